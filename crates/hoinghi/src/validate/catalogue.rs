//! The rule catalogue: one declaration per diagnostic code, carrying everything said
//! of it — the severities it reports, what it means, a passing and a failing example in
//! words and as data that a test runs, the regulation it comes from — and, for a
//! validation rule, its check. `docs/rules.md` is generated from this table (a test
//! fails when it is stale: `HOINGHI_UPDATE_DOCS=1 cargo test -p hoinghi --lib catalogue`
//! rewrites it); the codes themselves are [`Code`], whose JSON Schema and TypeScript
//! lists are generated from the type.
//!
//! Adding a rule: a variant of [`Code`], a module under `rules/` with its `check`, and
//! one entry here.

use super::rules;
use super::Check;
use crate::diagnostic::{Code, Severity};

/// Where a rule comes from, when a regulation sets it.
#[cfg(test)]
pub(crate) struct Regulation {
    /// The document ("Nghị định 30/2020/NĐ-CP").
    pub document: &'static str,
    /// The article and what it requires.
    pub article: &'static str,
}

/// An example plan: the sample (`examples/plans/ke-hoach-05-KH-DTN-VP.json`) with
/// edits, each a JSON pointer and the JSON value to put there (`/-` appends to a list;
/// an empty value removes), or a plan as text, for the reader's own codes.
#[cfg(test)]
pub(crate) enum Example {
    /// The sample plan with edits.
    Sample(&'static [(&'static str, &'static str)]),
    /// A plan as text.
    Text(&'static str),
}

/// One diagnostic code, declared once.
pub(crate) struct Rule {
    pub code: Code,
    /// The severities it may report; the first is the usual one.
    pub severities: &'static [Severity],
    /// The check, for a validation rule; `None` for the reader's codes.
    pub check: Option<Check>,
    /// What the catalogue says of it and the examples its tests run (compiled for
    /// tests only, so that none of this text is in the library or the WebAssembly
    /// module).
    #[cfg(test)]
    pub doc: Doc,
}

/// A rule's documentation and examples.
#[cfg(test)]
pub(crate) struct Doc {
    /// What it means (Markdown, one paragraph).
    pub explanation: &'static str,
    /// A passing example, in words.
    pub passes: &'static str,
    /// A failing example, in words.
    pub fails: &'static str,
    pub regulation: Option<Regulation>,
    /// Reports nothing.
    pub valid: Example,
    /// Reports exactly `expect`.
    pub invalid: Example,
    pub expect: &'static [(Severity, &'static str)],
}

#[cfg(test)]
const SAMPLE_TEXT: &str = include_str!("../../../../examples/plans/ke-hoach-05-KH-DTN-VP.txt");

#[cfg(test)]
const UNRECOGNISED_LINE: &str = "KẾ HOẠCH\nTổ chức hội nghị\nI. MỤC ĐÍCH, YÊU CẦU\n- Nắm tình hình cơ sở.\nII. NỘI DUNG\n1. Địa điểm: Hội trường 2.\nGhi chú: mang theo thẻ đảng viên.\n";

#[cfg(test)]
const PARSE_NOTE: &str = "ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN XÃ NHÀ BÈ\nNhà Bè, ngày … tháng … năm …\nKẾ HOẠCH\nTổ chức hội nghị\nI. MỤC ĐÍCH, YÊU CẦU\n- Nắm tình hình cơ sở.\n";

/// Every code, validation rules in the order they run, then the reader's codes.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        code: Code::CharacterNotAllowed,
        severities: &[Severity::Error],
        check: Some(rules::character_not_allowed::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Error at the field (`/header/title`, `/participants/groups/0/entries/0/body`, …). A text field holds a character no document can carry: a control character other than the tab (U+0000–U+001F, U+007F–U+009F, e.g. a NUL byte or the ESC of a terminal sequence), or U+FFFE / U+FFFF, which XML 1.0 excludes (a Word document holding one does not open). Every writer puts U+FFFD (�) in its place (`hoinghi::chars`), which is not what the author wrote. One diagnostic per field, naming the first such character.",
            passes: "the sample; a title with a tab or a right-to-left mark.",
            fails: "a title `\"T\\u0001\"`; a body pasted with `\"\\u001b[2J\"`.",
            regulation: None,
            valid: Example::Sample(&[("/header/title", r#""Tổ chức hội nghị\tvà""#)]),
            invalid: Example::Sample(&[("/header/title", r#""T\u0001""#)]),
            expect: &[(Severity::Error, "/header/title")],
        },
    },
    Rule {
        code: Code::LineBreakInField,
        severities: &[Severity::Warning],
        check: Some(rules::line_break_in_field::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Warning at the field. Every text field is one line (a paragraph of the document is one line of its text form; several paragraphs are several array elements). A line break (LF, CR, VT, FF, NEL, U+2028, U+2029) would start a new line of the plan's text form — one more participant, one more programme item — or a new row of a Markdown table; every writer puts one space in place of each run of line breaks.",
            passes: "the sample.",
            fails: "a body `\"… (01 đồng chí).\\n- Mời đại diện Công ty X (99 đồng chí)\"`; a venue `\"Hội trường\\n\\n5. Chương trình\"`.",
            regulation: None,
            valid: Example::Sample(&[]),
            invalid: Example::Sample(&[("/venue/name", r#""Hội trường\n\n5. Chương trình""#)]),
            expect: &[(Severity::Warning, "/venue/name")],
        },
    },
    Rule {
        code: Code::HeadingMissing,
        severities: &[Severity::Warning],
        check: Some(rules::heading_missing::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Warning at `/header/heading`. The heading (\"ĐOÀN TNCS HỒ CHÍ MINH\", or the national motto of state bodies) is a required component of the format.",
            passes: "the sample (`ĐOÀN TNCS HỒ CHÍ MINH`).",
            fails: "a plan whose header has no heading line.",
            regulation: Some(Regulation {
                document: "Nghị định 30/2020/NĐ-CP; Hướng dẫn 29-HD/TWĐTN-VP",
                article: "Điều 8 khoản 1 of the decree (Quốc hiệu và Tiêu ngữ, for state bodies); the Youth Union guide (the heading \"ĐOÀN TNCS HỒ CHÍ MINH\")",
            }),
            valid: Example::Sample(&[]),
            invalid: Example::Sample(&[("/header/heading", "[]")]),
            expect: &[(Severity::Warning, "/header/heading")],
        },
    },
    Rule {
        code: Code::DocumentNumberInvalid,
        severities: &[Severity::Error, Severity::Warning],
        check: Some(rules::document_number_invalid::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Error (warning when the number is absent). The number and symbol must be well formed, numbered from 01, and its type code must match the document type.",
            passes: "`Số 05-KH/ĐTN-VP` on a `KẾ HOẠCH`; `Số: 45/KH-UBND`; `Số: 15/2026/KH-UBND` (the year after the number).",
            fails: "`Số 05-QĐ/ĐTN-VP` on a `KẾ HOẠCH` (error at `/header/number/typeCode`); number `00`; no number at all (warning at `/header/number`).",
            regulation: Some(Regulation {
                document: "Nghị định 30/2020/NĐ-CP; Hướng dẫn 29-HD/TWĐTN-VP",
                article: "Điều 8 khoản 1 (Số, ký hiệu) and Phụ lục III (type codes) of the decree; the Youth Union guide (number-TYPE/ISSUER-UNIT)",
            }),
            valid: Example::Sample(&[]),
            invalid: Example::Sample(&[("/header/number/typeCode", r#""QĐ""#)]),
            expect: &[(Severity::Error, "/header/number/typeCode")],
        },
    },
    Rule {
        code: Code::ReportingPeriodMismatch,
        severities: &[Severity::Warning],
        check: Some(rules::reporting_period_mismatch::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Warning. The title, the preamble and purposes, and the programme's report items should cover the same period (\"6 tháng đầu năm 2022\"). The first period named is the reference; forward-looking periods (\"6 tháng cuối năm\") are not compared.",
            passes: "title and report item both name the first 6 months of 2022.",
            fails: "the sample: the title names 6 months, programme item 2 names \"08 tháng đầu năm 2022\" (at `/programme/1/reportingPeriod`).",
            regulation: None,
            valid: Example::Sample(&[("/programme/1/reportingPeriod", r#"{"kind": "firstMonths", "months": 6, "year": 2022}"#)]),
            invalid: Example::Sample(&[]),
            expect: &[(Severity::Warning, "/programme/1/reportingPeriod")],
        },
    },
    Rule {
        code: Code::UnknownReference,
        severities: &[Severity::Error],
        check: Some(rules::unknown_reference::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Error. A participant group names a level the plan's `levels` do not define, or an entry is per unit (`each`) of a unit group the plan's `units` do not define.",
            passes: "the sample (levels province, district, grassroots; unit group \"phường\").",
            fails: "`\"level\": \"galaxy\"`; `\"each\": \"phường\"` with no \"phường\" unit group.",
            regulation: None,
            valid: Example::Sample(&[]),
            invalid: Example::Sample(&[("/participants/groups/0/level", r#""galaxy""#)]),
            expect: &[(Severity::Error, "/participants/groups/0/level")],
        },
    },
    Rule {
        code: Code::ChairNotSummoned,
        severities: &[Severity::Warning, Severity::Info],
        check: Some(rules::chair_not_summoned::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Warning at `/chairs/N`. A chair should be among the participants: the same body, or a collective the chair sits on (\"Bí thư Quận Đoàn\" is on \"Ban Thường vụ Quận Đoàn\"). A chair who is not is counted as one more delegate. Info when an entry may or may not include the chair (\"Chủ tịch UBND xã\" and \"Lãnh đạo các phòng, ban thuộc UBND xã\"): the chair is then counted as none to one. A chair holding several positions (\"Bí thư Đảng ủy, Chủ tịch HĐND xã\") is matched by any of them; info when two entries each hold one: the person may be counted twice, and the lower bound counts them once.",
            passes: "the sample's three chairs.",
            fails: "a chair \"Bí thư Hội Liên hiệp Thanh niên Quận\" that no participant entry covers.",
            regulation: None,
            valid: Example::Sample(&[]),
            invalid: Example::Sample(&[("/chairs/2/body", r#""Hội Liên hiệp Thanh niên Quận""#)]),
            expect: &[(Severity::Warning, "/chairs/2")],
        },
    },
    Rule {
        code: Code::DuplicateParticipant,
        severities: &[Severity::Warning],
        check: Some(rules::duplicate_participant::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Warning at the second entry. The same position in the same body listed twice: the count takes them once (exactly once when a whole body is listed again with the same count, otherwise as a range).",
            passes: "the sample.",
            fails: "\"Mời đại diện Ban Thường vụ Thành Đoàn\" listed under two levels.",
            regulation: None,
            valid: Example::Sample(&[]),
            invalid: Example::Sample(&[("/participants/groups/1/entries/-", r#"{"invited": true, "role": "đại diện", "body": "Ban Thường vụ Thành Đoàn", "count": {"kind": "exact", "value": 1}}"#)]),
            expect: &[(Severity::Warning, "/participants/groups/1/entries/3")],
        },
    },
    Rule {
        code: Code::DelegateCountUnknown,
        severities: &[Severity::Warning],
        check: Some(rules::delegate_count_unknown::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Warning at the entry. The plan does not say how many people an entry is, so the total is only a lower bound. A count is never guessed.",
            passes: "\"Ban Thường vụ Quận Đoàn (15 đồng chí)\".",
            fails: "the sample's \"Ban Thường vụ Quận Đoàn\" (at `/participants/groups/1/entries/2`).",
            regulation: None,
            valid: Example::Sample(&[("/participants/groups/1/entries/2/count", r#"{"kind": "exact", "value": 15}"#)]),
            invalid: Example::Sample(&[]),
            expect: &[(Severity::Warning, "/participants/groups/1/entries/2")],
        },
    },
    Rule {
        code: Code::DelegateLimitExceeded,
        severities: &[Severity::Error, Severity::Warning],
        check: Some(rules::delegate_limit_exceeded::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "At `/participants/expected`. Error when even the lower bound of the count exceeds the cap (\"Dự kiến 50 đại biểu\"); warning when only the known upper bound does. A total said to be approximate (\"khoảng 120 đại biểu\", `expectedApproximate`) is no firm cap: passing it is a warning, which says the number was approximate. An unknown upper bound is reported by `delegate-count-unknown` instead.",
            passes: "the sample (37 + unknown of 50).",
            fails: "\"Bí thư và Phó Bí thư Đoàn 20 phường\" in the sample (at least 55 of 50: error; of \"khoảng 50\": warning); the standing committee given as \"(09-15 đồng chí)\" (up to 52 of 50: warning).",
            regulation: None,
            valid: Example::Sample(&[]),
            invalid: Example::Sample(&[("/units/0/count", "20")]),
            expect: &[(Severity::Error, "/participants/expected")],
        },
    },
    Rule {
        code: Code::GroupCountMismatch,
        severities: &[Severity::Warning, Severity::Info],
        check: Some(rules::group_count_mismatch::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "At `/participants/groups/N/subtotal`. A group whose heading states its number (\"Đại biểu chính thức: 55 đồng chí, gồm:\", `subtotal`) should list entries that add up to it. Warning when even the entries' lower bound is more than the number, or when every entry's size is known and they add up to less; info when they add up to less but a participant line the reader was unsure of remains (it may be one of them). An approximate number (\"khoảng 20 đồng chí\", `subtotalApproximate`), a group with no entries, or entries of unknown size that could make up the difference: no claim.",
            passes: "\"Đại biểu chính thức: 55 đồng chí, gồm:\" over 15 + 3 × 12 + 4; \"Đại biểu khách mời (khoảng 20 đồng chí):\" over any entries.",
            fails: "\"Đại biểu chính thức: 85 đồng chí, gồm:\" over 9 + 5 × 12 + 12 (81); the sample's city level, two entries of one, headed \"(03 đồng chí)\".",
            regulation: None,
            valid: Example::Sample(&[("/participants/groups/0/subtotal", "2")]),
            invalid: Example::Sample(&[("/participants/groups/0/subtotal", "3")]),
            expect: &[(Severity::Warning, "/participants/groups/0/subtotal")],
        },
    },
    Rule {
        code: Code::VenueCapacityExceeded,
        severities: &[Severity::Error, Severity::Warning],
        check: Some(rules::venue_capacity_exceeded::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "At `/venue/capacity`, in-person conferences only. Error when the lower bound of the count exceeds the seats, warning when only the upper bound does.",
            passes: "the sample in a hall of 60 seats.",
            fails: "the sample in a room of 30 seats (error).",
            regulation: None,
            valid: Example::Sample(&[("/venue/capacity", "60")]),
            invalid: Example::Sample(&[("/venue/capacity", "30")]),
            expect: &[(Severity::Error, "/venue/capacity")],
        },
    },
    Rule {
        code: Code::ScheduleInvalid,
        severities: &[Severity::Error],
        check: Some(rules::schedule_invalid::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Error. The end must come after the start: end time after start time on a one-day conference (`/schedule/end`), last day not before the first (`/schedule/endDate`).",
            passes: "08:00 to 11:30.",
            fails: "08:00 to 07:30; first day 26/8, last day 25/8.",
            regulation: None,
            valid: Example::Sample(&[("/schedule/end", r#""11:30""#)]),
            invalid: Example::Sample(&[("/schedule/end", r#""07:30""#)]),
            expect: &[(Severity::Error, "/schedule/end")],
        },
    },
    Rule {
        code: Code::WeekdayMismatch,
        severities: &[Severity::Error, Severity::Warning],
        check: Some(rules::weekday_mismatch::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Error at `/schedule/weekdayLabel` (or `/sessions/N/schedule/weekdayLabel` for a meeting of a plan of several) when the weekday written is not the date's; warning when the label cannot be read. \"Thứ Sáu\", \"Thứ 6\", \"Chủ nhật\" and \"CN\" are read.",
            passes: "the sample: 26/8/2022 (Thứ Sáu) was a Friday.",
            fails: "26/8/2022 (Thứ Năm).",
            regulation: None,
            valid: Example::Sample(&[]),
            invalid: Example::Sample(&[("/schedule/weekdayLabel", r#""Thứ Năm""#)]),
            expect: &[(Severity::Error, "/schedule/weekdayLabel")],
        },
    },
    Rule {
        code: Code::EventBeforeIssue,
        severities: &[Severity::Error],
        check: Some(rules::event_before_issue::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Error at `/schedule/date`: the conference is dated before the plan.",
            passes: "the sample (issued 18/8, held 26/8).",
            fails: "held 17/8.",
            regulation: None,
            valid: Example::Sample(&[]),
            invalid: Example::Sample(&[("/schedule/date", r#""2022-08-17""#)]),
            expect: &[(Severity::Error, "/schedule/date")],
        },
    },
    Rule {
        code: Code::ShortNotice,
        severities: &[Severity::Warning],
        check: Some(rules::short_notice::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Warning at `/schedule/date` when fewer than `minLeadDays` (default 7) days separate issue and conference.",
            passes: "the sample (8 days).",
            fails: "the sample held on 20/8 (2 days); the sample with `minLeadDays: 10`.",
            regulation: None,
            valid: Example::Sample(&[]),
            invalid: Example::Sample(&[("/schedule/date", r#""2022-08-20""#)]),
            expect: &[(Severity::Warning, "/schedule/date")],
        },
    },
    Rule {
        code: Code::AgendaOverruns,
        severities: &[Severity::Warning],
        check: Some(rules::agenda_overruns::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Warning at `/programme/N`. Timed programme items must not start before the conference, run past its end (the stated end, or start plus duration), or overlap the item before. An item that receives the delegates (its text opens with \"Đón tiếp\", \"Tiếp đón\", \"Tập trung\", \"Đăng ký\", \"Điểm danh\", \"Ổn định tổ chức\", …) may start before the conference: the stated start is the opening.",
            passes: "08h00 – 08h30, 08h30 – 09h00 in a conference from 08:00 to 11:00; \"7h30 – 8h00: Đón tiếp đại biểu\" before an 08:00 start.",
            fails: "10h45 – 11h15 in a conference ending at 11:00; an item starting 08h20 while the previous one runs to 08h30; an item at 07h30 before an 08:00 start.",
            regulation: None,
            valid: Example::Sample(&[("/schedule/end", r#""11:00""#), ("/programme/0/start", r#""08:00""#), ("/programme/0/end", r#""08:30""#)]),
            invalid: Example::Sample(&[("/schedule/end", r#""11:00""#), ("/programme/5/start", r#""10:45""#), ("/programme/5/end", r#""11:15""#)]),
            expect: &[(Severity::Warning, "/programme/5")],
        },
    },
    Rule {
        code: Code::QuorumUnreachable,
        severities: &[Severity::Error],
        check: Some(rules::quorum_unreachable::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Error at `/quorum/...`. The plan's own quorum rule cannot be met: a share above 1 (or \"more than 1/1\"), a units share with no unit group or nobody summoned per unit, a required position that does not exist or has nobody, or an in-person venue with fewer seats than the people needed.",
            passes: "the sample with the Youth Union congress rule (2/3 of delegates, 2/3 of wards).",
            fails: "\"more than 1/1\" of delegates.",
            regulation: None,
            valid: Example::Sample(&[("/quorum", r#"{"people": {"numerator": 2, "denominator": 3}, "units": {"share": {"numerator": 2, "denominator": 3}}}"#)]),
            invalid: Example::Sample(&[("/quorum", r#"{"people": {"numerator": 1, "denominator": 1, "strict": true}}"#)]),
            expect: &[(Severity::Error, "/quorum/people")],
        },
    },
    Rule {
        code: Code::AssignmentUnknownBody,
        severities: &[Severity::Warning],
        check: Some(rules::assignment_unknown_body::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Warning at `/assignments/N/body`. A task is assigned to a body the plan names nowhere else (not the issuer or one of its parts, not a participant, chair, recipient or the grassroots units), so it may never receive the plan.",
            passes: "the sample (\"Văn phòng Quận Đoàn\", \"Các Ban Quận Đoàn\", \"Các cơ sở Đoàn\").",
            fails: "\"Công an Quận\" assigned security duties but not among participants or recipients.",
            regulation: None,
            valid: Example::Sample(&[]),
            invalid: Example::Sample(&[("/assignments/-", r#"{"body": "Công an Quận", "tasks": ["Bảo đảm an ninh."]}"#)]),
            expect: &[(Severity::Warning, "/assignments/3/body")],
        },
    },
    Rule {
        code: Code::BudgetTotalMismatch,
        severities: &[Severity::Error],
        check: Some(rules::budget_total_mismatch::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Error at `/budget/total`: the stated total differs from the sum of the items (a total with no items is not checked).",
            passes: "1.500.000 + 500.000 with \"Tổng cộng: 2.000.000 đồng\".",
            fails: "the same items with \"Tổng cộng: 2.500.000 đồng\".",
            regulation: None,
            valid: Example::Sample(&[("/budget", r#"{"items": [{"description": "Tài liệu", "amount": 1500000}, {"description": "Nước uống", "amount": 500000}], "total": 2000000}"#)]),
            invalid: Example::Sample(&[("/budget", r#"{"items": [{"description": "Tài liệu", "amount": 1500000}, {"description": "Nước uống", "amount": 500000}], "total": 2500000}"#)]),
            expect: &[(Severity::Error, "/budget/total")],
        },
    },
    Rule {
        code: Code::SignatureMissing,
        severities: &[Severity::Error],
        check: Some(rules::signature_missing::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Error at `/signature`: no signature block. A block without the signer's name (as in the sample, before signing) is normal and not reported.",
            passes: "the sample (\"TM. BAN THƯỜNG VỤ QUẬN ĐOÀN\").",
            fails: "a plan with no signature block.",
            regulation: Some(Regulation {
                document: "Nghị định 30/2020/NĐ-CP",
                article: "Điều 8 khoản 1 (Chức vụ, họ tên và chữ ký)",
            }),
            valid: Example::Sample(&[]),
            invalid: Example::Sample(&[("/signature", "")]),
            expect: &[(Severity::Error, "/signature")],
        },
    },
    Rule {
        code: Code::RecipientMissing,
        severities: &[Severity::Warning],
        check: Some(rules::recipient_missing::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Warning at the invited chair or entry. Every invited body (\"Mời …\") must receive a copy: a recipient that is the body or a body it belongs to (\"Thành Đoàn\" receives for \"Ban Thường vụ Thành Đoàn\"). Each body is reported once.",
            passes: "the sample.",
            fails: "the sample without \"Thường trực Quận ủy\" among the recipients.",
            regulation: Some(Regulation {
                document: "Nghị định 30/2020/NĐ-CP",
                article: "Điều 8 khoản 1 (Nơi nhận)",
            }),
            valid: Example::Sample(&[]),
            invalid: Example::Sample(&[("/recipients/1", "")]),
            expect: &[(Severity::Warning, "/chairs/0")],
        },
    },
    Rule {
        code: Code::ArchiveCopyMissing,
        severities: &[Severity::Warning],
        check: Some(rules::archive_copy_missing::check),
        #[cfg(test)]
        doc: Doc {
            explanation: "Warning at `/archive`: the recipients end with the archive copy (\"Lưu VP\", \"Lưu: VT, VP\").",
            passes: "the sample (\"Lưu VP\").",
            fails: "recipients without a \"Lưu\" line.",
            regulation: Some(Regulation {
                document: "Nghị định 30/2020/NĐ-CP",
                article: "Điều 8 khoản 1 (Nơi nhận: the archive copy)",
            }),
            valid: Example::Sample(&[]),
            invalid: Example::Sample(&[("/archive", "")]),
            expect: &[(Severity::Warning, "/archive")],
        },
    },
    Rule {
        code: Code::UnrecognisedLine,
        severities: &[Severity::Info],
        check: None,
        #[cfg(test)]
        doc: Doc {
            explanation: "Info at `/unrecognised/N`. A line the reader did not understand; it is kept, with its line number and section, in the plan's `unrecognised` list and written back in place. Read from a .docx, the message names the paragraph (\"Đoạn 12\") or the table, row and column (\"Bảng 1, hàng 2, cột 1\"), as does the diagnostic's `origin`.",
            passes: "every line of the example plans is understood.",
            fails: "\"Ghi chú: mang theo thẻ đảng viên.\" in the venue part; a section \"IV. CÔNG TÁC TUYÊN TRUYỀN\" the reader does not know.",
            regulation: None,
            valid: Example::Text(SAMPLE_TEXT),
            invalid: Example::Text(UNRECOGNISED_LINE),
            expect: &[(Severity::Info, "/unrecognised/0")],
        },
    },
    Rule {
        code: Code::ParseNote,
        severities: &[Severity::Warning, Severity::Info],
        check: None,
        #[cfg(test)]
        doc: Doc {
            explanation: "Warning. A line understood in part or read with a correction: an unreadable number (\"Số: /KH-UBND\" in a draft), a blank date of issue, a time that cannot be read, differing counts of the same units (\"11 phường\" here, \"12 phường\" there), no issuing body. Information: a draft stamp (\"DỰ THẢO\", kept in place); read from a .docx, at the root path, what the document says of itself: a text box (read as paragraphs after the paragraph it is anchored in) and a footnote or endnote (not read into the plan; the message quotes it), each with its `origin`.",
            passes: "the example plans.",
            fails: "\"Nhà Bè, ngày … tháng … năm …\" (the date of issue is blank).",
            regulation: None,
            valid: Example::Text(SAMPLE_TEXT),
            invalid: Example::Text(PARSE_NOTE),
            expect: &[(Severity::Warning, "/header/date")],
        },
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::{validate_with, ValidateOptions};

    const INTRO: &str = "# Rule catalogue

<!-- Generated from crates/hoinghi/src/validate/catalogue.rs; do not edit by hand:
     HOINGHI_UPDATE_DOCS=1 cargo test -p hoinghi --lib catalogue -->

`hoinghi::validate` returns diagnostics with a stable kebab-case `code`, a `severity` \
(`error`, `warning`, `info`), a JSON pointer `path` into the plan, a `message` in Vietnamese \
and English and optional `help`. Codes are never renamed or reused. Rules can be switched \
off by code (`ValidateOptions::disabled`, `hoinghi check --disable CODE`) or selected \
(`ValidateOptions::only`). Each rule is declared once, in \
`crates/hoinghi/src/validate/catalogue.rs` (this page is generated from it), and checked \
in `crates/hoinghi/src/validate/rules/<code>.rs`. \"Tested\" names the valid and the \
invalid example a test runs: the sample plan (`examples/plans/ke-hoach-05-KH-DTN-VP.json`) \
with the values at the JSON pointers given (`/-` appends; \"removed\" removes), or a plan as \
text (⏎ marks a line break). \"Source\" \
names the regulation a rule comes from, as the project's domain notes cite it.

On the sample plan (`examples/plans/ke-hoach-05-KH-DTN-VP.txt`) validation reports exactly \
`reporting-period-mismatch` and `delegate-count-unknown`.

## Validation rules
";

    const PARSE_INTRO: &str = "## Parse diagnostics

These come from `hoinghi::parse_text` and carry the source line and column.
";

    /// Greedy wrapping at 92 columns; continuation lines indented by `indent`.
    fn wrap(text: &str, first: &str, indent: &str) -> String {
        let mut out = String::from(first);
        let mut width = first.chars().count();
        let mut at_start = true;
        for word in text.split(' ') {
            let len = word.chars().count();
            if !at_start && width + 1 + len > 92 {
                out.push('\n');
                out.push_str(indent);
                width = indent.chars().count();
            } else if !at_start {
                out.push(' ');
                width += 1;
            }
            out.push_str(word);
            width += len;
            at_start = false;
        }
        out.push('\n');
        out
    }

    fn describe(example: &Example) -> String {
        match example {
            Example::Sample([]) => "the sample".to_owned(),
            Example::Sample(edits) => {
                let edits: Vec<String> = edits
                    .iter()
                    .map(|(at, value)| {
                        if value.is_empty() {
                            format!("`{at}` removed")
                        } else {
                            format!("`{at}` = `{value}`")
                        }
                    })
                    .collect();
                format!("the sample with {}", edits.join(", "))
            }
            Example::Text(text) if text.len() > 2_000 => "the sample as text".to_owned(),
            Example::Text(text) => format!("the text `{}`", text.trim_end().replace('\n', "⏎")),
        }
    }

    fn markdown() -> String {
        let mut out = String::new();
        for paragraph in INTRO.split("\n\n") {
            let paragraph = paragraph.trim_end();
            if paragraph.starts_with(['#', '<']) {
                out.push_str(paragraph);
                out.push('\n');
            } else {
                out.push_str(&wrap(paragraph, "", ""));
            }
            out.push('\n');
        }
        out.pop();
        for rule in RULES {
            if rule.check.is_none() && !out.contains(PARSE_INTRO) {
                out.push('\n');
                out.push_str(PARSE_INTRO);
            }
            let doc = &rule.doc;
            out.push_str(&format!("\n### `{}`\n", rule.code));
            out.push_str(&wrap(doc.explanation, "", ""));
            if let Some(r) = &doc.regulation {
                out.push_str(&wrap(
                    &format!("{}: {}.", r.document, r.article),
                    "- Source: ",
                    "  ",
                ));
            }
            out.push_str(&wrap(doc.passes, "- Passes: ", "  "));
            out.push_str(&wrap(doc.fails, "- Fails: ", "  "));
            let expect: Vec<String> = doc
                .expect
                .iter()
                .map(|(severity, path)| {
                    format!("{} at `{path}`", severity.label(crate::Locale::En))
                })
                .collect();
            out.push_str(&wrap(
                &format!(
                    "valid: {}; invalid: {} → {}.",
                    describe(&doc.valid),
                    describe(&doc.invalid),
                    expect.join(", ")
                ),
                "- Tested: ",
                "  ",
            ));
        }
        out
    }

    fn sample_with(edits: &[(&str, &str)]) -> crate::Plan {
        let mut plan: serde_json::Value = serde_json::from_str(include_str!(
            "../../../../examples/plans/ke-hoach-05-KH-DTN-VP.json"
        ))
        .unwrap();
        for (at, value) in edits {
            let (parent, last) = at.rsplit_once('/').unwrap();
            let parent = plan.pointer_mut(parent).unwrap();
            if value.is_empty() {
                match parent {
                    serde_json::Value::Array(items) => {
                        items.remove(last.parse::<usize>().unwrap());
                    }
                    serde_json::Value::Object(fields) => {
                        fields.remove(last).unwrap();
                    }
                    _ => panic!("{at}: nothing to remove"),
                }
                continue;
            }
            let value: serde_json::Value = serde_json::from_str(value).unwrap();
            match parent {
                serde_json::Value::Array(items) if last == "-" => items.push(value),
                serde_json::Value::Array(items) => items[last.parse::<usize>().unwrap()] = value,
                serde_json::Value::Object(fields) => {
                    fields.insert(last.to_owned(), value);
                }
                _ => panic!("{at}: not in a list or an object"),
            }
        }
        crate::json::from_str(&plan.to_string()).unwrap()
    }

    fn findings(rule: &Rule, example: &Example) -> Vec<(Severity, String)> {
        diagnostics(rule, example)
            .into_iter()
            .map(|d| (d.severity, d.path))
            .collect()
    }

    /// What `rule` reports on `example`, in full.
    fn diagnostics(rule: &Rule, example: &Example) -> Vec<crate::Diagnostic> {
        let diagnostics = match example {
            Example::Sample(edits) => validate_with(
                &sample_with(edits),
                &ValidateOptions {
                    only: Some(vec![rule.code]),
                    ..Default::default()
                },
            ),
            Example::Text(text) => crate::parse_text(text).unwrap().diagnostics,
        };
        diagnostics
            .into_iter()
            .filter(|d| d.code == rule.code)
            .collect()
    }

    /// What each rule says on its failing example, messages and help included, as
    /// biome keeps `tests/specs/<group>/<rule>/` snapshots: `validate/specs/`.
    #[test]
    fn what_each_rule_says_is_snapshotted() {
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path("specs");
        settings.set_prepend_module_to_snapshot(false);
        settings.bind(|| {
            for rule in RULES {
                insta::assert_json_snapshot!(
                    rule.code.as_str(),
                    diagnostics(rule, &rule.doc.invalid)
                );
            }
        });
    }

    #[test]
    fn every_code_is_declared_once_in_order() {
        let declared: Vec<Code> = RULES.iter().map(|r| r.code).collect();
        let mut all = Code::ALL.to_vec();
        all.sort();
        let mut sorted = declared.clone();
        sorted.sort();
        assert_eq!(sorted, all, "every code, once");
        let first_parse = RULES.iter().position(|r| r.check.is_none()).unwrap();
        assert!(RULES[first_parse..].iter().all(|r| r.check.is_none()));
    }

    #[test]
    fn every_example_runs_as_declared() {
        for rule in RULES {
            let doc = &rule.doc;
            assert_eq!(
                findings(rule, &doc.valid),
                [],
                "{}: the valid example",
                rule.code
            );
            let found = findings(rule, &doc.invalid);
            let expect: Vec<(Severity, String)> = doc
                .expect
                .iter()
                .map(|(s, p)| (*s, (*p).to_owned()))
                .collect();
            assert_eq!(found, expect, "{}: the invalid example", rule.code);
            for (severity, _) in &found {
                assert!(rule.severities.contains(severity), "{}", rule.code);
            }
            for severity in doc.expect.iter().map(|(s, _)| s) {
                assert!(rule.severities.contains(severity), "{}", rule.code);
            }
        }
    }

    #[test]
    fn docs_rules_md_is_generated_from_the_catalogue() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
        let generated = markdown();
        if std::env::var_os("HOINGHI_UPDATE_DOCS").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let on_disk = std::fs::read_to_string(&path).unwrap();
        assert!(
            on_disk == generated,
            "docs/rules.md differs from the catalogue: run \
             `HOINGHI_UPDATE_DOCS=1 cargo test -p hoinghi --lib catalogue`"
        );
    }
}
