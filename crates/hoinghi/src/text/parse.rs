//! The reader's state machine: header, title, preamble, Roman-numeral sections and
//! their numbered subsections, closing, signature and recipients.

use std::collections::{BTreeMap, BTreeSet};

use super::counts::{
    approximate, bare_sum, before_part_of, count_mentions, counted_sentence, counts_a_part,
    excluding_guests, households, keyed_subtotal_heading, named_units, parenthesized_total,
    people_of_a_part, per_unit, subtotal_heading, total_of, uncertain_entry, whole_total,
    without_remark, PerUnit,
};
use super::lines::{
    article_heading, bullet, glued_cells, is_draft_mark, is_heading, is_number_line, is_page_mark,
    is_rule, numbered, part_heading, roman_heading, Line, HEADINGS,
};
use super::outline::{self, heading_kind, Kind};
use super::recognise as rec;
use super::{ParseError, Parsed};
use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::model::{
    Archive, Assignment, Authority, Budget, BudgetItem, Layout, LayoutLine, Level, LineRole, Mode,
    Part, ParticipantGroup, Plan, ProgrammeItem, Recipient, Schedule, SectionKey, Session,
    Signature, Site, UnrecognisedLine, Venue,
};
use crate::names::{is_upper, normalise, slug};
use crate::{levels, period, DocumentNumber};

/// Issuer names that continue on the next line ("ỦY BAN NHÂN DÂN" / "XÃ AN PHÚ").
const GENERIC_ISSUERS: &[&str] = &["ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân"];

/// Words that open the name of a body ("SỞ Y TẾ", "BCH ĐOÀN …", "TRƯỜNG THCS …",
/// "HUYỆN ĐOÀN …"), normalised. An issuer line in the header that opens with none of
/// them does not name a body of its own: it is the name above it, wrapped ("HỘI
/// TRUYỀN THỐNG TRƯỜNG SƠN" / "ĐƯỜNG HỒ CHÍ MINH VIỆT NAM", "LĐ TRƯỜNG …" / "MƯỜNG
/// MÙN", "HỘI LIÊN HIỆP PHỤ NỮ" / "TỈNH QUẢNG NAM").
const BODY_HEADS: &[&str] = &[
    "ủy ban",
    "uỷ ban",
    "ubnd",
    "hđnd",
    "ub",
    "ubmttq",
    "mttq",
    "mặt trận",
    "hội",
    "chi hội",
    "tỉnh hội",
    "huyện hội",
    "thành hội",
    "quận hội",
    "hiệp hội",
    "liên hiệp",
    "hlhpn",
    "lhpn",
    "hnd",
    "ccb",
    "hccb",
    "đảng",
    "đảng bộ",
    "đảng ủy",
    "đảng uỷ",
    "đảng đoàn",
    "chi bộ",
    "đu",
    "đoàn",
    "chi đoàn",
    "đtn",
    "bch",
    "btv",
    "ban",
    "sở",
    "phòng",
    "cục",
    "chi cục",
    "vụ",
    "bộ",
    "trường",
    "lớp",
    "khoa",
    "viện",
    "học viện",
    "đại học",
    "cao đẳng",
    "trung tâm",
    "bệnh viện",
    "công ty",
    "cty",
    "tổng công ty",
    "tập đoàn",
    "chi nhánh",
    "xí nghiệp",
    "nhà máy",
    "ngân hàng",
    "hợp tác xã",
    "htx",
    "doanh nghiệp",
    "công đoàn",
    "cđcs",
    "cđ",
    "liên đoàn",
    "lđlđ",
    "liên đội",
    "lđ",
    "chi đội",
    "đội",
    "hội đồng",
    "hđqt",
    "thường trực",
    "văn phòng",
    "tòa án",
    "toà án",
    "viện kiểm sát",
    "công an",
    "bộ chỉ huy",
    "ban chỉ huy",
    "quân",
    "sư đoàn",
    "trung đoàn",
    "lữ đoàn",
    "tiểu đoàn",
    "tiểu ban",
    "tổ",
    "nhóm",
    "khối",
    "cơ quan",
    "trạm",
    "đồn",
    "đài",
    "báo",
    "tạp chí",
    "thư viện",
    "bảo tàng",
    "nhà",
    "câu lạc bộ",
    "clb",
    "tỉnh ủy",
    "tỉnh uỷ",
    "tỉnh đoàn",
    "huyện ủy",
    "huyện uỷ",
    "huyện đoàn",
    "quận ủy",
    "quận uỷ",
    "quận đoàn",
    "thành ủy",
    "thành uỷ",
    "thành đoàn",
    "thị ủy",
    "thị uỷ",
    "thị đoàn",
    "xã đoàn",
    "phường đoàn",
    "hội đồng đội",
    "chính phủ",
    "quốc hội",
    "tổng cục",
    "tổng liên đoàn",
    "kho bạc",
    "bảo hiểm",
    "thanh tra",
];

/// Whether a header line names a body of its own (see [`BODY_HEADS`]).
fn opens_body(name: &str) -> bool {
    let n = normalise(name);
    let n = n.trim_start_matches(|c: char| !c.is_alphanumeric());
    BODY_HEADS.iter().any(|h| {
        n.strip_prefix(h)
            .is_some_and(|r| r.is_empty() || r.starts_with(|c: char| !c.is_alphanumeric()))
    })
}

/// Nouns that open the name of a body ("Chi bộ trường THCS …", "Chi đoàn …"):
/// a header line in ordinary case that opens with one, under an issuer in capitals
/// and above the number, is the issuing body written in ordinary case.
const BODY_NOUNS: &[&str] = &[
    "chi bộ",
    "đảng bộ",
    "đảng ủy",
    "đảng uỷ",
    "chi đoàn",
    "đoàn trường",
    "liên đội",
    "chi đội",
    "chi hội",
    "công đoàn",
    "ban chấp hành",
    "ban thường vụ",
    "trường",
    "phòng",
];

/// Whether a header name holds words of the national motto (its columns interleaved).
fn motto_words(name: &str) -> bool {
    let name = normalise(name);
    ["cộng hòa xã hội", "cộng hoà xã hội", "độc lập"]
        .iter()
        .any(|m| name.contains(m))
}

/// Words that open a preamble rather than continue a title.
const PREAMBLE_STARTS: &[&str] = &[
    "kính gửi",
    "căn cứ",
    "thực hiện",
    "nhằm",
    "để ",
    "được sự",
    "theo ",
    "trên cơ sở",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sub {
    None,
    Chairs,
    Participants,
    Schedule,
    Venue,
    Sites,
    Programme,
    Assignments,
    Budget,
    Purposes,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Header,
    Title,
    Preamble,
    Body,
    Closing,
    Signature,
    Recipients,
}

struct Reader {
    plan: Plan,
    diagnostics: Vec<Diagnostic>,
    phase: Phase,
    section: Kind,
    sub: Sub,
    /// Numbering depth of the current subsection heading (0 for a Roman section).
    sub_depth: usize,
    /// Index of the current participant group.
    group: Option<usize>,
    /// Whether the current assignment came from a "Body: task" bullet.
    assignment_inline: bool,
    title_lines: Vec<String>,
    title_bold: bool,
    /// Per-unit nouns named by stated counts, keyed by (group, entry).
    per_unit: Vec<((usize, usize), String)>,
    /// Entries of no stated size naming the people of one part of the body ("viên
    /// chức, người lao động trong tổ"), keyed by (group, entry), with their lines.
    parts: Vec<((usize, usize), Line)>,
    /// The latest heading that may name a meeting (one that is no known section),
    /// when a plan holds several.
    last_heading: Option<String>,
    /// The heading of a part whose time was a deadline ("Thời gian: hoàn thành trước
    /// ngày 20/01/2026"): its place is no venue of the plan either.
    deadline_part: Option<Option<String>>,
    /// Whether the header held a công văn's subject ("V/v …").
    subject_line: bool,
    /// The place said with the first meeting's time ("…, tại Hội trường A").
    first_venue: Option<Venue>,
    /// The name the first meeting was read under ("" when none).
    first_session: String,
    /// How many lines after the type line the title took.
    title_count: usize,
    /// What the header and end lines were taken for: (line number, column, text, role).
    roles: Vec<(u32, usize, String, LineRole)>,
    /// The column of the end line being read (0 but in a table row).
    column: usize,
    /// The day the current heading names ("1. Ngày 26/8/2015:"), for times written
    /// under it without a date.
    day: Option<chrono::NaiveDate>,
    /// Whether a line said how the meeting is held ("Hình thức: …").
    mode_stated: bool,
    /// Numbered participant headings whose value is a count ("2. Đại biểu khách mời:
    /// 30 đồng chí."), with the level each opened and the number it states (and
    /// whether approximate), when one: an entry when nothing follows under it, a
    /// subtotal (uncertain, and the group's `subtotal`) when entries do.
    count_headings: Vec<CountHeading>,
    /// The group and depth of the last numbered heading that gives a number and
    /// announces its parts ("1. Đại biểu chính thức: 120 đại biểu, gồm:"): deeper
    /// items are its entries ("a) …: 10 đại biểu;"), not levels of their own.
    parts_heading: Option<(usize, usize)>,
    /// Whether the body line after the one being read opens with a bullet.
    next_bulleted: bool,
    /// Time lines that say only how long the meeting lasts ("Thời gian: 01 ngày"),
    /// and the length written: no date unless another line gives one.
    spans: Vec<(Line, String)>,
    /// The columns of the participants table that name and count people, from its
    /// header row ("STT | Thành phần | Số lượng").
    table_columns: Option<(usize, usize)>,
    /// Sums closing the entries of a level ("Tổng: 05 đồng chí", "Cộng: 12 đ/c"): the
    /// part's or the plan's, told once every group is read (`settle_group_sums`).
    group_sums: Vec<GroupSum>,
    /// The participant group current when that header row was read: a table opened
    /// under a part's heading.
    table_group: Option<Option<usize>>,
    /// The depth of the numbered item that named the last assignment's body: deeper
    /// items ("a) Chuẩn bị hội trường.") are its tasks.
    assignment_depth: Option<usize>,
    /// Whether the numbered item being read is lettered ("a)", "b-").
    item_lettered: bool,
}

/// A sum closing the entries of group `group`, its number stated with no word naming
/// the whole ("Tổng:", "Cộng:", "Tổng số:").
struct GroupSum {
    group: usize,
    total: u32,
    approximate: bool,
    text: String,
    line: Line,
}

/// A participant heading whose value is a count ("2. Đại biểu khách mời: 30 đồng
/// chí."), settled once the lines after it are read.
struct CountHeading {
    /// The group it opened.
    group: usize,
    /// Its text.
    text: String,
    line: Line,
    /// The number it states, and whether approximate ("khoảng 20 đồng chí"), when
    /// it is one number.
    stated: Option<(u32, bool)>,
}

/// The kind of section a heading opens; [`Kind::Other`] when its words name none.
fn classify(heading: &str) -> Kind {
    heading_kind(heading).unwrap_or(Kind::Other)
}

/// The text of a heading after its marker ("II- Nội dung" → "Nội dung").
fn strip_marker(t: &str) -> &str {
    roman_heading(t)
        .or_else(|| part_heading(t))
        .or_else(|| article_heading(t))
        .map(|(_, rest)| rest)
        .or_else(|| numbered(t).map(|(_, rest)| rest))
        .or_else(|| bullet(t).map(|(_, rest)| rest))
        .unwrap_or(t)
}

fn sub_of(heading: &str) -> Sub {
    let n = normalise(heading);
    let has = |k: &str| n.contains(k);
    if has("chủ trì") || has("chủ tọa") || has("chủ toạ") {
        Sub::Chairs
    } else if has("thành phần") {
        Sub::Participants
    } else if has("thời gian") {
        Sub::Schedule
    } else if has("địa điểm") || has("hình thức") || has("điểm cầu") {
        Sub::Venue
    } else if has("chương trình") {
        Sub::Programme
    } else if has("phân công") || has("tổ chức thực hiện") {
        Sub::Assignments
    } else if has("kinh phí") {
        Sub::Budget
    } else if has("mục đích") || has("yêu cầu") || has("mục tiêu") {
        Sub::Purposes
    } else {
        Sub::Other
    }
}

fn sub_for(section: Kind) -> Sub {
    match section {
        Kind::Purposes => Sub::Purposes,
        Kind::Chairs => Sub::Chairs,
        Kind::Participants => Sub::Participants,
        Kind::Schedule => Sub::Schedule,
        Kind::Programme => Sub::Programme,
        Kind::Assignments => Sub::Assignments,
        Kind::Budget => Sub::Budget,
        Kind::Content => Sub::None,
        Kind::Other => Sub::Other,
    }
}

fn section_key(sub: Sub, section: Kind) -> SectionKey {
    match sub {
        Sub::Chairs => SectionKey::Chairs,
        Sub::Participants => SectionKey::Participants,
        Sub::Schedule => SectionKey::Schedule,
        Sub::Venue | Sub::Sites => SectionKey::Venue,
        Sub::Programme => SectionKey::Programme,
        Sub::Assignments => SectionKey::Assignments,
        Sub::Budget => SectionKey::Budget,
        Sub::Purposes => SectionKey::Purposes,
        Sub::None | Sub::Other => match section {
            Kind::Purposes => SectionKey::Purposes,
            Kind::Assignments => SectionKey::Assignments,
            Kind::Budget => SectionKey::Budget,
            Kind::Programme => SectionKey::Programme,
            Kind::Participants => SectionKey::Participants,
            Kind::Chairs => SectionKey::Chairs,
            Kind::Schedule => SectionKey::Schedule,
            Kind::Content | Kind::Other => SectionKey::Other,
        },
    }
}

/// "Key: value" with the key normalised, when the key is short.
fn key_value(text: &str) -> Option<(String, &str)> {
    let (key, value) = super::lines::split_once_byte(text, b':')?;
    let k = normalise(key);
    (k.chars().count() <= 40).then(|| (k, value.trim()))
}

/// Reads a schedule from "Dự kiến 08 giờ 00, ngày 26 tháng 8 năm 2022 (Thứ Sáu)".
pub(crate) fn schedule(text: &str) -> Option<Schedule> {
    let (date, range) = rec::find_date(text)?;
    let rest = text.get(range.end..).unwrap_or("");
    let end_date = rec::find_date(rest).map(|(d, _)| d);
    // "từ ngày 20 đến ngày 21/3/2025": the full date ends the range.
    let (date, end_date) = match rec::range_start(text.get(..range.start).unwrap_or(""), date) {
        Some(start) if end_date.is_none() => (start, Some(date)),
        _ => (date, end_date),
    };
    let mut s = Schedule::on(date);
    s.end_date = end_date;
    read_times(&mut s, text);
    Some(s)
}

/// What a time line says of its day, onto a schedule: whether it is tentative, the
/// start and end times, the weekday written, the length and part of the day, a length in
/// minutes ("trong 30 phút").
fn read_times(s: &mut Schedule, text: &str) {
    let l = normalise(text);
    s.tentative = l.starts_with("dự kiến");
    let times = rec::find_times(text);
    s.start = times.first().map(|t| t.0);
    // "sáng từ 07 giờ 30, chiều từ 13 giờ 30": a second time said to start something
    // begins another part of the day, and ends nothing.
    s.end = times
        .get(1)
        .filter(|(_, at)| {
            let before = normalise(text.get(..at.start).unwrap_or(""));
            let before = before.trim_end();
            !["từ", "bắt đầu"]
                .iter()
                .any(|w| before.ends_with(&format!(" {w}")))
        })
        .map(|t| t.0);
    s.weekday_label = rec::find_weekday(text);
    (s.span, s.part_of_day) = rec::day_span_and_part(text);
    if let Some(i) = l.find("trong ") {
        let after = l.get(i + "trong ".len()..).unwrap_or("");
        let mut words = after.split(' ');
        if let (Some(n), Some(unit)) = (words.next(), words.next()) {
            if unit.starts_with("phút") {
                s.duration_minutes = n.parse().ok();
            }
        }
    }
}

/// A time of day written under a day's heading without a date ("1. Ngày 26/8/2015:"
/// … "Thời gian: Khai mạc 08h00’"): that day, at that time.
fn schedule_on(day: chrono::NaiveDate, text: &str) -> Option<Schedule> {
    let mut s = Schedule::on(day);
    read_times(&mut s, text);
    s.start.is_some().then_some(s)
}

/// The day a heading names and nothing else ("Ngày 25/8/2015", "Sáng ngày 26/8/2015",
/// "Thứ Tư, ngày 26/8/2015"): a date, at most eight words, no time of day.
fn day_label(head: &str) -> Option<chrono::NaiveDate> {
    let n = normalise(head);
    let opens = [
        "ngày",
        "sáng",
        "chiều",
        "tối",
        "trưa",
        "buổi",
        "thứ",
        "chủ nhật",
    ];
    if n.split(' ').count() > 8
        || !opens.iter().any(|w| n.starts_with(w))
        || !rec::find_times(head).is_empty()
    {
        return None;
    }
    rec::find_date(head).map(|(d, _)| d)
}

/// Whether `text` is one sentence of at most twelve words.
fn short_sentence(text: &str) -> bool {
    !text.contains(". ") && text.split_whitespace().count() <= 12
}

/// The month or quarter a time gives without its day ("trong tháng 12/2026", "Tháng
/// 12 năm 2026", "dự kiến tuần đầu tháng 01/2027", "Quý IV/2026") → "tháng 12/2026",
/// "quý IV/2026": one month or quarter and its year, in one short sentence. A range
/// ("từ tháng 3 đến tháng 5/2026") is none.
fn period_only(text: &str) -> Option<String> {
    let t = text.trim().trim_end_matches(['.', ';']);
    if !short_sentence(t) {
        return None;
    }
    let n = normalise(t);
    let words: Vec<&str> = n.split([' ', '/', '-']).filter(|w| !w.is_empty()).collect();
    let mut units = words
        .iter()
        .enumerate()
        .filter(|(_, w)| matches!(**w, "tháng" | "quý"));
    let ((i, unit), None) = (units.next()?, units.next()) else {
        return None;
    };
    let num = *words.get(i + 1)?;
    let rest = words.get(i + 2..)?;
    let year = rest.strip_prefix(&["năm"]).unwrap_or(rest).first()?;
    let in_range = |n: &str, last: u32| n.parse::<u32>().is_ok_and(|v| (1..=last).contains(&v));
    let num = match *unit {
        "tháng" if in_range(num, 12) => num.to_owned(),
        _ if in_range(num, 4) => num.to_owned(),
        _ if matches!(num, "i" | "ii" | "iii" | "iv") => num.to_uppercase(),
        _ => return None,
    };
    (year.len() == 4
        && year
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y)))
    .then(|| format!("{unit} {num}/{year}"))
}

/// Whether `label` (before a ':') can name a meeting ("Đại hội trù bị", "Khối 6"):
/// short, starting with a word, not a field's own name ("Thời gian: …").
fn session_label(label: &str) -> bool {
    let n = normalise(label);
    n.starts_with(char::is_alphabetic)
        && n.split(' ').count() <= 8
        && !matches!(
            n.as_str(),
            "thời gian" | "dự kiến" | "bắt đầu" | "từ" | "vào lúc" | "lúc"
        )
}

/// "Hội trường 2 (sức chứa 120 chỗ)" → name and capacity.
fn venue(text: &str) -> Venue {
    let t = rec::strip_end(text);
    // "Địa điểm: Tại Hội trường …": the preposition is no part of the place's name.
    let t = ["Tại ", "tại "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .filter(|rest| !rest.trim().is_empty())
        .unwrap_or(t);
    if t.ends_with(')') {
        if let Some(open) = t.rfind('(') {
            let inner = normalise(t.get(open + 1..t.len() - 1).unwrap_or(""));
            let inner = inner.strip_prefix("sức chứa ").unwrap_or(&inner);
            let mut words = inner.split(' ');
            if let (Some(n), Some(unit)) = (words.next(), words.next()) {
                if unit == "chỗ" {
                    if let Ok(capacity) = n.parse() {
                        return Venue {
                            name: t.get(..open).unwrap_or("").trim_end().to_owned(),
                            capacity: Some(capacity),
                        };
                    }
                }
            }
        }
    }
    Venue {
        name: t.to_owned(),
        capacity: None,
    }
}

fn site(text: &str, host: bool) -> Site {
    let v = venue(text);
    Site {
        host,
        name: v.name,
        capacity: v.capacity,
    }
}

/// A sentence opened by a connective and its phrase ("Theo Kế hoạch, …", "Đối với
/// ngành Giáo dục và Đào tạo, …", "Sau khi khai mạc, …"): prose, no name of who
/// attends. Normalised.
fn prose_opening(n: &str) -> bool {
    [
        "theo ",
        "đối với ",
        "sau khi ",
        "sau ",
        "nếu ",
        "trường hợp ",
        "trong trường hợp ",
    ]
    .iter()
    .any(|c| n.starts_with(c))
        && n.split_once(',').is_some_and(|(phrase, rest)| {
            phrase.split(' ').count() <= 8 && rest.split(' ').count() >= 4
        })
}

/// A line naming a group of participants with nothing else ("Khách mời:", "Đại biểu
/// chính thức" above bulleted entries): a few words opening with a capital, no number,
/// no closing mark but a colon, no words of the participants' own field ("Thành
/// phần", "Số lượng"); closed by a colon, or followed by bulleted lines.
fn group_label(t: &str, next_bulleted: bool) -> bool {
    let colon = t.ends_with(':');
    let label = t.trim_end_matches(':').trim_end();
    let n = normalise(label);
    // Without a colon, a line opening with a position ("Đại diện lãnh đạo Huyện ủy")
    // is an entry whose bullet was lost, not a heading.
    (colon || next_bulleted && rec::split_role(label).0.is_none())
        && label.starts_with(char::is_uppercase)
        && (1..=8).contains(&label.split(' ').count())
        && !label.contains([':', ';', '.', ',', '(', ')'])
        && !label.bytes().any(|b| b.is_ascii_digit())
        && !["thành phần", "đối tượng", "số lượng", "tổng"]
            .iter()
            .any(|w| n.starts_with(w))
        && !request(&n)
}

/// A request to those summoned ("Đề nghị các đồng chí đảng viên tham dự đầy đủ, đúng
/// giờ", "Yêu cầu …", "Lưu ý: …"): no name of who attends. Normalised.
fn request(n: &str) -> bool {
    ["đề nghị ", "kính đề nghị ", "yêu cầu ", "lưu ý"]
        .iter()
        .any(|w| n.starts_with(w))
}

/// A time that is a deadline: "hoàn thành trước ngày 20/01/2026", "Trước ngày 30/4",
/// "chậm nhất ngày 15/3", "xong trước 30/4/2026", or a sentence whose first date
/// follows such words ("Các tổ đại biểu tiếp xúc cử tri xong trước ngày 30/11/2022").
fn is_deadline(when: &str) -> bool {
    let n = normalise(when);
    let n = ["hoàn thành ", "tổ chức xong ", "xong ", "kết thúc "]
        .iter()
        .find_map(|p| n.strip_prefix(p))
        .unwrap_or(&n);
    let opens = ["trước ngày", "chậm nhất", "hạn chót"]
        .iter()
        .any(|p| n.starts_with(p))
        || n.strip_prefix("trước ")
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    opens
        || rec::find_date(when).is_some_and(|(_, at)| {
            let before = normalise(when.get(..at.start).unwrap_or(""));
            let before = before.trim_end();
            let before = before.strip_suffix(" ngày").unwrap_or(before);
            [" trước", " chậm nhất", " hạn chót"]
                .iter()
                .any(|w| before.ends_with(w))
        })
}

/// "08h00 – 08h30: Đón tiếp đại biểu (Ban Tổ chức trình bày)".
fn programme_item(text: &str) -> ProgrammeItem {
    let mut item = ProgrammeItem::new(text);
    let mut rest = text;
    let times = rec::find_times(text);
    // The first time opens the line, or follows "Từ" ("Từ 7h30’ đến 7h40’: …").
    let opens = |at: usize| at == 0 || normalise(text.get(..at).unwrap_or("")) == "từ";
    if let Some((start, r)) = times.first().filter(|(_, r)| opens(r.start)) {
        item.start = Some(*start);
        let mut pos = r.end;
        if let Some((end, r2)) = times.get(1) {
            let between = normalise(text.get(r.end..r2.start).unwrap_or("x"));
            if matches!(between.as_str(), "-" | "–" | "—" | "đến") {
                item.end = Some(*end);
                pos = r2.end;
            }
        }
        let after = text.get(pos..).unwrap_or("").trim_start();
        rest = after
            .strip_prefix([':', '-', '–'])
            .unwrap_or(after)
            .trim_start();
    }
    let mut text_part = rest.to_owned();
    if text_part.ends_with(" trình bày).") {
        text_part.pop();
    }
    if text_part.ends_with(" trình bày)") {
        if let Some(open) = text_part.rfind('(') {
            let inner = text_part
                .get(open + 1..text_part.len() - " trình bày)".len())
                .unwrap_or("")
                .trim()
                .to_owned();
            if !inner.is_empty() {
                item.presenter = Some(inner);
                text_part = text_part.get(..open).unwrap_or("").trim_end().to_owned();
            }
        }
    }
    item.reporting_period = period::first_retrospective(&text_part);
    item.text = text_part;
    item
}

/// A row of a timetable: a time range opening the line ("Từ 7h30’ đến 7h40’: …",
/// "08h00 – 08h30: …"), then what happens.
fn timetable_row(text: &str) -> bool {
    let item = programme_item(text);
    item.start.is_some() && item.end.is_some() && !item.text.is_empty()
}

fn authority(text: &str) -> Option<(Authority, &str)> {
    let (a, rest) = rec::authority_prefix(text)?;
    let rest = rest.trim_start();
    (!rest.is_empty() && is_upper(rest)).then_some((a, rest))
}

/// A sentence that goes on after its date ("Hội nghị khai mạc vào lúc 8 giờ, ngày
/// 05/01/2017 theo hình thức trực tuyến."): no place and date of issue, which ends with
/// its date (or a type line in capitals glued after it, "…năm 2017 KẾ HOẠCH", or a
/// date left blank, "…, ngày … tháng … năm …").
fn date_then_words(t: &str) -> bool {
    // A line that ends with a date, written or left blank ("…, ngày … tháng … năm …"),
    // ends with its date of issue, whatever a pasted line holds before it.
    let ends_dated = t
        .rfind("ngày")
        .and_then(|at| t.get(at..))
        .is_some_and(|tail| {
            tail.split_whitespace()
                .map(|w| w.trim_matches(|c: char| matches!(c, ',' | '.' | '…' | '/' | '-')))
                .all(|w| {
                    w.is_empty()
                        || matches!(w, "ngày" | "tháng" | "năm")
                        || w.chars()
                            .all(|c| c.is_ascii_digit() || matches!(c, '/' | '.' | '-' | '…'))
                })
        });
    if ends_dated {
        return false;
    }
    rec::find_date(t).map(|(_, at)| at.end).is_some_and(|end| {
        t.get(end..)
            .unwrap_or("")
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .any(|w| {
                w.chars().any(char::is_lowercase)
                    && !["ngày", "tháng", "năm"].contains(&w.to_lowercase().as_str())
            })
    })
}

/// "Số: 42/KH-UBND Thành phố Hồ Chí Minh, ngày 06 tháng 01 năm 2020" → the number
/// and the place and date. The symbol's words have digits, slashes or capitals
/// only; the place starts at the first word with a small letter.
fn split_number_place(t: &str) -> (&str, Option<&str>) {
    let mut pos = 0;
    let mut seen_number = false;
    for word in t.split(' ') {
        let start = pos;
        pos += word.len() + 1;
        let lowered = word.chars().any(char::is_lowercase);
        let is_so = normalise(word).trim_end_matches(':') == "số";
        if is_so || !lowered {
            seen_number |= !is_so;
            continue;
        }
        if seen_number {
            let place = t.get(start..).unwrap_or("").trim();
            let n = normalise(place);
            if n.contains("ngày") {
                return (t.get(..start).unwrap_or(t).trim(), Some(place));
            }
        }
        break;
    }
    (t, None)
}

/// The lines of one header cell printed wrapped at the cell's width, joined where the
/// wrap cut a line: after a word alone ("ỦY" / "BAN NHÂN DÂN"), before a word alone
/// ("ỦY BAN NHÂN" / "DÂN"), after a label or a date word ("Số:" / "29/KH-UBND",
/// "Đồng Nai, ngày" / "04 tháng 12 năm 2013"), before lower case, or where the two make
/// a motto neither holds ("CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM"). Rules are dropped;
/// each joined line keeps the first source line, for diagnostics.
fn unwrap_cell(cell: &[Line]) -> Vec<(&Line, String)> {
    let mut out: Vec<(&Line, String)> = Vec::new();
    for line in cell.iter().filter(|l| !is_rule(&l.text)) {
        let next = line.text.as_str();
        let joins = out.last().is_some_and(|(_, current)| {
            let words = |t: &str| t.split_whitespace().count();
            let c = normalise(current);
            let n = normalise(next);
            let both = format!("{c} {n}");
            words(current) == 1
                || words(next) == 1
                || current.ends_with(':')
                || ["ngày", "tháng", "năm"]
                    .iter()
                    .any(|w| c.ends_with(&format!(" {w}")) || c == *w)
                || next.starts_with(|ch: char| ch.is_lowercase())
                || HEADINGS
                    .iter()
                    .any(|h| both.contains(h) && !c.contains(h) && !n.contains(h))
        });
        match out.last_mut() {
            Some((_, current)) if joins => {
                current.push(' ');
                current.push_str(next);
            }
            _ => out.push((line, next.to_owned())),
        }
    }
    out
}

/// Verbs that end the name of a body in an assignment written as one sentence.
const ASSIGNMENT_VERBS: &[&str] = &[
    " chủ trì",
    " phối hợp",
    " chịu trách nhiệm",
    " có trách nhiệm",
    " tham mưu",
    " chuẩn bị",
    " phụ trách",
    " xây dựng",
    " bố trí",
    " đảm bảo",
    " bảo đảm",
    " thực hiện",
    " tổ chức",
    " gửi",
    " bầu đại biểu",
    " báo cáo",
    " hướng dẫn",
    " triển khai",
    " theo dõi",
    " rà soát",
];

/// "Văn phòng Quận Đoàn chủ trì, chuẩn bị tài liệu" → ("Văn phòng Quận Đoàn", "chủ
/// trì, chuẩn bị tài liệu"): the body before the first verb of the task.
fn assignment_sentence(text: &str) -> Option<(&str, &str)> {
    // Verbs in small letters: "Ban Tổ chức" names a body.
    let at = ASSIGNMENT_VERBS.iter().filter_map(|v| text.find(v)).min()?;
    let body = text.get(..at)?.trim().trim_end_matches(',').trim();
    let task = text.get(at..)?.trim();
    // "Phối hợp với Văn phòng chuẩn bị …" is a task: no body opens with a verb.
    let verb = ASSIGNMENT_VERBS
        .iter()
        .any(|v| crate::case::lower_prefix_len(body, v.trim_start()).is_some());
    // "Trong quá trình chuẩn bị …", "Những tổ chức Hội mới thành lập … thực hiện": a
    // sentence about when or which, no body.
    let first = body.split(' ').next().map(crate::case::lowercase);
    let circumstance = first.as_deref().is_some_and(|w| {
        matches!(
            w,
            "những"
                | "trong"
                | "khi"
                | "nếu"
                | "để"
                | "việc"
                | "sau"
                | "trước"
                | "đối"
                | "mọi"
                | "ngoài"
                | "nơi"
        )
    });
    (!body.is_empty() && !verb && !circumstance && body.split(' ').count() <= 12)
        .then_some((body, task))
}

impl Reader {
    fn new() -> Self {
        Self {
            plan: Plan::new("", ""),
            diagnostics: Vec::new(),
            phase: Phase::Header,
            section: Kind::Content,
            sub: Sub::None,
            sub_depth: 0,
            group: None,
            assignment_inline: false,
            title_lines: Vec::new(),
            title_bold: false,
            per_unit: Vec::new(),
            parts: Vec::new(),
            last_heading: None,
            deadline_part: None,
            subject_line: false,
            first_venue: None,
            day: None,
            mode_stated: false,
            count_headings: Vec::new(),
            parts_heading: None,
            next_bulleted: false,
            spans: Vec::new(),
            table_columns: None,
            group_sums: Vec::new(),
            table_group: None,
            assignment_depth: None,
            item_lettered: false,
            first_session: String::new(),
            title_count: 0,
            roles: Vec::new(),
            column: 0,
        }
    }

    /// Records what the paragraph `text` of `line` (in the current column) was taken for.
    fn role(&mut self, line: &Line, text: &str, role: LineRole) {
        self.roles
            .push((line.no, self.column, text.to_owned(), role));
    }

    fn keep(&mut self, line: &Line, section: SectionKey) {
        let index = self.plan.unrecognised.len();
        self.plan.unrecognised.push(UnrecognisedLine {
            line: line.no,
            section,
            text: line.text.clone(),
        });
        self.diagnostics.push(
            Diagnostic::new(
                Code::UnrecognisedLine,
                Severity::Info,
                format!("/unrecognised/{index}"),
                Message::new(
                    format!("Dòng {} chưa nhận dạng được, đã giữ nguyên.", line.no),
                    format!(
                        "Line {} was not understood and is kept as written.",
                        line.no
                    ),
                ),
            )
            .at(line.no, line.column),
        );
    }

    /// A draft stamp ("DỰ THẢO"): kept in place as written, and said.
    fn draft_mark(&mut self, line: &Line, text: &str) {
        self.keep_saying(
            line,
            SectionKey::Header,
            text.to_owned(),
            Message::new(
                format!("Văn bản ghi “{text}”: đây là bản dự thảo, chưa ban hành."),
                format!("The document is marked “{text}”: it is a draft, not yet issued."),
            ),
        );
    }

    /// Keeps `text` of `line` in place as written, with an info note saying what the
    /// reader took it for (`message`) where [`Reader::keep`] says it was not understood.
    fn keep_saying(&mut self, line: &Line, section: SectionKey, text: String, message: Message) {
        let index = self.plan.unrecognised.len();
        self.plan.unrecognised.push(UnrecognisedLine {
            line: line.no,
            section,
            text,
        });
        self.diagnostics.push(
            Diagnostic::new(
                Code::ParseNote,
                Severity::Info,
                format!("/unrecognised/{index}"),
                message,
            )
            .at(line.no, line.column),
        );
    }

    /// Keeps part of a line (a header cell) as written.
    fn keep_text(&mut self, line: &Line, section: SectionKey, text: &str) {
        let part = Line {
            text: text.to_owned(),
            cells: vec![text.to_owned()],
            ..line.clone()
        };
        self.keep(&part, section);
    }

    fn note(&mut self, line: &Line, path: &str, vi: String, en: String) {
        self.diagnostics.push(
            Diagnostic::new(
                Code::ParseNote,
                Severity::Warning,
                path,
                Message::new(vi, en),
            )
            .at(line.no, line.column),
        );
    }

    // ---- header ----

    /// The header block, however its table was pasted: every cell's paragraphs are
    /// fragments with their column (when the line was a row), glued cells split at
    /// the mottos and numbers they contain.
    fn header_zone(&mut self, lines: &[Line]) {
        let mut issuers: Vec<(Line, String)> = Vec::new();
        if lines.iter().any(|l| l.text == "|") {
            // Legal-text sites print the header table a cell at a time, each cell's
            // text wrapped at the cell's width, and a line holding only "|" between
            // cells ("ỦY" / "BAN NHÂN DÂN" / "TỈNH …" / "|" / "CỘNG" / "HÒA XÃ HỘI …").
            for cell in lines.split(|l| l.text == "|") {
                for (line, text) in unwrap_cell(cell) {
                    for piece in glued_cells(&text) {
                        self.header_fragment(line, None, &piece, &mut issuers);
                    }
                }
            }
        } else {
            for line in lines {
                let row = line.is_row();
                let mut after_motto = false;
                for (column, cell) in line.columns() {
                    self.column = column;
                    // A two-row header table pasted as one line ("UBND TỈNH …   CỘNG
                    // HÒA …   SỞ …   Độc lập …"): a cell after a motto is the next row
                    // of the left column, the issuer's.
                    let side = if after_motto && !is_heading(cell) {
                        0
                    } else {
                        column
                    };
                    after_motto = is_heading(cell);
                    for piece in glued_cells(cell) {
                        let column = row.then_some(side);
                        self.header_fragment(line, column, &piece, &mut issuers);
                    }
                }
            }
        }
        self.column = 0;
        self.title_above_header(&mut issuers);
        self.finish_header(issuers);
        // A portal's lead above the type line ("Ngày 04/10/2022, Ban Thường vụ … ban
        // hành Kế hoạch số 382-KH/HNDT; …") when the header gave nothing, as below it.
        for line in lines {
            self.portal_lead(line);
        }
    }

    /// A line in capitals that names no body, above two lines that each name one
    /// ("DỰ TRIỂN LÃM …" over "UBND TỈNH …" / "SỞ GIÁO DỤC …"): Nghị định 30 gives a
    /// header two levels (the superior and the issuer), so it is not a third one but
    /// a title the page printed above the document. It is kept as written, in place,
    /// and the header is read without it.
    ///
    /// So too a lone line in capitals that names no body in a header with nothing else
    /// of one, no number, date or motto ("CÁC VĂN BẢN VỀ TỔ CHỨC ĐẠI HỘI …" over a
    /// post's lead): a page's title, not the issuer.
    fn title_above_header(&mut self, issuers: &mut Vec<(Line, String)>) {
        let h = &self.plan.header;
        let bare = h.number.is_none() && h.date.is_none() && h.heading.is_empty();
        if let [(line, only)] = issuers.as_slice() {
            if bare && !opens_body(only) {
                let (line, only) = (line.clone(), only.clone());
                issuers.clear();
                self.untake_issuer(&line, &only);
            }
            return;
        }
        let bodies = issuers
            .iter()
            .skip(1)
            .filter(|(_, t)| opens_body(t))
            .count();
        let Some((line, first)) = issuers.first() else {
            return;
        };
        if bodies < 2 || opens_body(first) || !issuers.get(1).is_some_and(|(_, t)| opens_body(t)) {
            return;
        }
        let (line, first) = (line.clone(), first.clone());
        issuers.remove(0);
        self.untake_issuer(&line, &first);
    }

    /// A line first taken for the issuer, kept as written instead.
    fn untake_issuer(&mut self, line: &Line, text: &str) {
        if let Some(role) = self
            .roles
            .iter_mut()
            .find(|r| r.0 == line.no && r.2 == text && r.3 == LineRole::Issuer)
        {
            role.3 = LineRole::Text;
        }
        self.keep_text(line, SectionKey::Header, text);
    }

    fn header_fragment(
        &mut self,
        line: &Line,
        column: Option<usize>,
        t: &str,
        issuers: &mut Vec<(Line, String)>,
    ) {
        let n = normalise(t);
        // Rules, and the "*" ornament under the issuer, say nothing.
        if is_rule(t) || !t.is_empty() && t.chars().all(|c| c == '*') {
            return;
        }
        if is_draft_mark(t) {
            self.draft_mark(line, t);
        } else if outline::type_line(t).is_some() || outline::is_web_title(t) {
            // A title repeated above the header (web pages do this): kept as written.
            self.keep_text(line, SectionKey::Header, t);
        } else if n.starts_with("v/v ") && self.plan.header.title.is_empty() {
            // "V/v dự Triển lãm …" under the number: a công văn's subject, its title
            // (Nghị định 30 writes it so); the letter has no type line.
            self.plan.header.title = t.to_owned();
            self.subject_line = true;
        } else if is_heading(t) {
            self.role(line, t, LineRole::Motto);
            self.plan.header.heading.push(t.to_owned());
        } else if is_number_line(&n) {
            self.role(line, t, LineRole::Number);
            let (number, place_date) = split_number_place(t);
            self.number(line, number);
            if let Some(pd) = place_date {
                self.place_date(line, pd);
            }
        } else if (n.contains(", ngày") || n.starts_with("ngày ") && rec::find_date(t).is_some())
            && !date_then_words(t)
        {
            self.role(line, t, LineRole::PlaceDate);
            self.place_date(line, t);
        } else if is_upper(t) && column.is_none_or(|c| c == 0) {
            self.role(line, t, LineRole::Issuer);
            issuers.push((line.clone(), t.to_owned()));
        } else if is_upper(t) {
            // Capitals in the right column: a motto this reader does not list.
            self.role(line, t, LineRole::Motto);
            self.plan.header.heading.push(t.to_owned());
        } else if column.is_none_or(|c| c == 0)
            && !issuers.is_empty()
            && self.plan.header.number.is_none()
            && BODY_NOUNS
                .iter()
                .any(|b| n.strip_prefix(b).is_some_and(|r| r.starts_with(' ')))
        {
            // "ĐẢNG ỦY PHƯỜNG …" / "Chi bộ trường THCS …": the issuer under its superior.
            self.role(line, t, LineRole::Issuer);
            issuers.push((line.clone(), t.to_owned()));
        } else {
            self.keep_text(line, SectionKey::Header, t);
        }
    }

    fn number(&mut self, line: &Line, t: &str) {
        if self.plan.header.number.is_some() {
            self.keep_text(line, SectionKey::Header, t);
            return;
        }
        match t.parse::<DocumentNumber>() {
            Ok(number) => self.plan.header.number = Some(number),
            Err(crate::number::NumberError::MissingNumber) => {
                self.note(
                    line,
                    "/header/number",
                    format!("Số văn bản để trống (\"{t}\"): điền số khi ban hành."),
                    format!("The document number is blank (\"{t}\"): fill it in when issuing."),
                );
                self.keep_text(line, SectionKey::Header, t);
            }
            Err(e) => {
                self.note(
                    line,
                    "/header/number",
                    format!("Chưa đọc được số, ký hiệu \"{t}\": {e}."),
                    format!("Could not read the number \"{t}\": {e}."),
                );
                self.keep_text(line, SectionKey::Header, t);
            }
        }
    }

    fn place_date(&mut self, line: &Line, t: &str) {
        let n = normalise(t);
        let i = n
            .find(", ngày")
            .or_else(|| n.starts_with("ngày").then_some(0))
            .unwrap_or(0);
        let place_end = t
            .char_indices()
            .nth(n.get(..i).map_or(0, |p| p.chars().count()))
            .map_or(t.len(), |(b, _)| b);
        // "*   Nghệ An, ngày …": the ornament under the issuer, pasted on the same row.
        let place = t
            .get(..place_end)
            .unwrap_or("")
            .trim()
            .trim_start_matches(['*', ' '])
            .trim_end_matches(',')
            .trim();
        if !place.is_empty() && self.plan.header.place.is_none() {
            self.plan.header.place = Some(place.to_owned());
        }
        if let Some(first) = self.plan.header.date {
            // A second date line ("Ngày có hiệu lực …" on a legal-text site, or the
            // document's own after the site's): a different date is said, not dropped.
            if let Some((other, _)) = rec::find_date(t).filter(|(d, _)| *d != first) {
                self.note(
                    line,
                    "/header/date",
                    format!("Dòng \"{t}\" ghi ngày {other} khác với ngày ban hành {first} đã đọc; giữ {first}."),
                    format!("The line \"{t}\" gives {other}, not the date of issue {first} read before; keeping {first}."),
                );
            }
        } else {
            self.plan.header.date = rec::find_date(t).map(|(d, _)| d);
            if self.plan.header.date.is_none() {
                self.note(
                    line,
                    "/header/date",
                    "Chưa có ngày ban hành.".to_owned(),
                    "The date of issue is blank.".to_owned(),
                );
            }
        }
    }

    /// The superior read from `lines` header lines, and the levels named between it
    /// and the issuer, kept as written.
    fn superior(
        &mut self,
        superior: String,
        lines: usize,
        between: Vec<(String, Vec<(Line, String)>)>,
    ) {
        self.plan.header.superior = Some(superior);
        let above = lines + between.iter().map(|(_, l)| l.len()).sum::<usize>();
        for role in self
            .roles
            .iter_mut()
            .filter(|r| r.3 == LineRole::Issuer)
            .take(above)
        {
            role.3 = LineRole::Superior;
        }
        for (_, lines) in between {
            for (line, text) in lines {
                self.keep_saying(
                    &line,
                    SectionKey::Header,
                    text,
                    Message::new(
                        format!("Dòng {} nêu một cấp giữa cơ quan cấp trên và cơ quan ban hành: giữ nguyên.", line.no),
                        format!("Line {} names a level between the superior and the issuing body: kept as written.", line.no),
                    ),
                );
            }
        }
    }

    fn finish_header(&mut self, names: Vec<(Line, String)>) {
        // Each name with the lines it took.
        // "ỦY BAN NHÂN DÂN" / "XÃ AN PHÚ" is one name.
        let mut merged: Vec<(String, Vec<(Line, String)>)> = Vec::new();
        let mut names = names.into_iter();
        while let Some((line, name)) = names.next() {
            if GENERIC_ISSUERS.contains(&normalise(&name).as_str()) {
                if let Some((next_line, next)) = names.next() {
                    merged.push((
                        format!("{name} {next}"),
                        vec![(line, name), (next_line, next)],
                    ));
                    continue;
                }
            }
            merged.push((name.clone(), vec![(line, name)]));
        }
        // A line that names no body of its own continues the name above it.
        let mut joined: Vec<(String, Vec<(Line, String)>)> = Vec::new();
        for (name, lines) in merged {
            match joined.last_mut() {
                Some((previous, taken)) if !opens_body(&name) => {
                    previous.push(' ');
                    previous.push_str(&name);
                    taken.extend(lines);
                }
                _ => joined.push((name, lines)),
            }
        }
        // The first body named is the superior, the last the issuer. A body between
        // them ("HỘI NCT HUYỆN ĐÔNG ANH" between "HỘI NGƯỜI CAO TUỔI VIỆT NAM" and
        // "BCH HỘI NCT XÃ XUÂN NỘN") is neither: kept as written, and said.
        let issuer = joined.pop();
        let mut joined = joined.into_iter();
        let superior = joined.next();
        let mut between: Vec<(String, Vec<(Line, String)>)> = joined.collect();
        let Some((mut issuer, _)) = issuer else {
            return;
        };
        // Words of the national motto among them: the columns were interleaved, no
        // level can be told apart; the names below the first are the issuer, said
        // below.
        if between.iter().any(|(name, _)| motto_words(name)) {
            between.push((issuer, Vec::new()));
            issuer = between
                .drain(..)
                .map(|(name, _)| name)
                .collect::<Vec<_>>()
                .join(" ");
        }
        self.plan.header.issuer = issuer;
        if let Some((superior, superior_lines)) = superior {
            self.superior(superior, superior_lines.len(), between);
        }
        // Words of the national motto inside the issuer: the header's two columns were
        // interleaved (text taken out of a PDF line by line); say so rather than pass
        // the name off as read.
        if motto_words(&self.plan.header.issuer) {
            self.diagnostics.push(Diagnostic::new(
                Code::ParseNote,
                Severity::Warning,
                "/header/issuer",
                Message::new(
                    format!(
                        "Tên cơ quan ban hành \"{}\" lẫn với quốc hiệu: hai cột của phần đầu văn bản đã bị trộn khi sao chép; cần ghi lại tên cơ quan.",
                        self.plan.header.issuer
                    ),
                    format!(
                        "The issuing body \"{}\" is mixed with the national motto: the header's two columns were interleaved when copied; write the body's name again.",
                        self.plan.header.issuer
                    ),
                ),
            ));
        }
    }

    /// "Kế hoạch số 55-KH/BDVTW ngày 10/6/2022 [của ISSUER] về [việc] tổ chức Hội nghị
    /// …": number, date, issuer and title, where the header does not give them.
    fn web_title(&mut self, line: &Line) {
        let t = line.text.as_str();
        let lower = t.to_lowercase();
        // Lower-casing Vietnamese keeps byte offsets; where it would not, read less.
        let lower = if lower.len() == t.len() {
            lower
        } else {
            String::new()
        };
        let at = |key: &str, from: usize| {
            lower
                .get(from..)
                .and_then(|l| l.find(key))
                .map(|i| i + from)
        };
        let Some(after_type) = outline::web_title_start(t) else {
            return;
        };
        let mut cursor = after_type;
        // "số 97-TB/BDVTW …", or the number at once ("Công văn 268/HCTNXPVN về …").
        let numbered = at("số ", after_type)
            .filter(|i| *i == after_type)
            .map(|i| i + "số ".len())
            .or_else(|| {
                t.get(after_type..)
                    .and_then(|r| r.split(' ').next())
                    .filter(|n| n.starts_with(|c: char| c.is_ascii_digit()) && n.contains('/'))
                    .map(|_| after_type)
            });
        if let Some(start) = numbered {
            let end = [" ngày ", ", ", " về ", " của "]
                .iter()
                .filter_map(|k| at(k, start))
                .min()
                .unwrap_or(t.len());
            if self.plan.header.number.is_none() {
                if let Ok(number) = t.get(start..end).unwrap_or("").parse::<DocumentNumber>() {
                    self.plan.header.number = Some(number);
                }
            }
            cursor = end;
        }
        if let Some(i) = at("ngày ", cursor).filter(|i| *i <= cursor + 3) {
            let rest = t.get(i..).unwrap_or("");
            if let Some((date, range)) = rec::find_date(rest) {
                if self.plan.header.date.is_none() {
                    self.plan.header.date = Some(date);
                }
                cursor = i + range.end;
            }
        }
        if let Some(i) = at(" của ", cursor).filter(|i| *i <= cursor + 2) {
            let start = i + " của ".len();
            let end = at(" về ", start).unwrap_or(t.len());
            if self.plan.header.issuer.is_empty() {
                self.plan.header.issuer = t.get(start..end).unwrap_or("").trim().to_owned();
            }
            cursor = end;
        }
        let title_start = at(" về việc ", cursor)
            .map(|i| i + " về việc ".len())
            .or_else(|| at(" v/v ", cursor).map(|i| i + " v/v ".len()))
            .or_else(|| {
                at(" về ", cursor)
                    .filter(|i| *i <= cursor + 2)
                    .map(|i| i + " về ".len())
            })
            .unwrap_or(cursor);
        self.plan.header.document_type = outline::web_title_name(t).to_owned();
        if after_type == 0 {
            // "Tổ chức Hội nghị …": the title, without a type.
            self.diagnostics.push(Diagnostic::new(
                Code::ParseNote,
                Severity::Warning,
                "/header/documentType",
                Message::new(
                    format!(
                        "Không có tên loại văn bản (\"KẾ HOẠCH\"): dòng {} được đọc là trích yếu.",
                        line.no
                    ),
                    format!(
                        "No document type (\"KẾ HOẠCH\"): line {} is read as the title.",
                        line.no
                    ),
                ),
            ));
        }
        if self.plan.header.title.is_empty() {
            let title = crate::case::capitalise(
                t.get(title_start..)
                    .unwrap_or("")
                    .trim_start_matches([',', ' '])
                    .trim(),
            );
            self.plan.header.reporting_period = period::first_retrospective(&title);
            self.plan.header.title = title;
        }
    }

    // ---- title ----

    fn title_line(&mut self, line: &Line) -> bool {
        let t = line.text.as_str();
        if is_rule(t) {
            self.phase = Phase::Preamble;
            return true;
        }
        if is_draft_mark(t) {
            self.draft_mark(line, t);
            return true;
        }
        // The same type again, with its title ("HƯỚNG DẪN TỔ CHỨC HỘI NGHỊ …" under a
        // page title of the same words): the document's own type line; the title
        // starts over from it.
        if let Some((_, rest)) = outline::type_line(t).filter(|(code, _)| {
            crate::doctype::code_of(&self.plan.header.document_type) == Some(*code)
        }) {
            self.title_lines.clear();
            if !rest.is_empty() {
                self.title_lines.push(rest.to_owned());
            }
            return true;
        }
        let n = normalise(t);
        let starts_preamble = PREAMBLE_STARTS.iter().any(|s| n.starts_with(s));
        // "Theo kế hoạch, Ủy ban … dự kiến tổ chức … vào ngày 08/05/2021." under a lone
        // "THÔNG BÁO": a notice with no title opens with its first sentence.
        if self.title_lines.is_empty()
            && starts_preamble
            && t.ends_with('.')
            && t.split_whitespace().count() >= 12
        {
            self.phase = Phase::Preamble;
            return false;
        }
        if self.title_lines.is_empty() {
            self.title_bold = line.bold_open;
            self.title_lines.push(t.to_owned());
            if line.bold_open && line.bold_close {
                self.phase = Phase::Preamble;
            }
            return true;
        }
        if self.title_bold {
            self.title_lines.push(t.to_owned());
            if line.bold_close {
                self.phase = Phase::Preamble;
            }
            return true;
        }
        let previous_closed = self
            .title_lines
            .last()
            .is_some_and(|p| p.ends_with(['.', ':', ';']));
        // A sentence that announces what follows ("… tổ chức đợt tuyên truyền và hoạt
        // động như sau:") opens the preamble; a title never ends in a colon.
        let announces = t.ends_with(':') && t.split_whitespace().count() >= 5;
        // "- Căn cứ Điều lệ …": a title has no bullets.
        if previous_closed
            || starts_preamble
            || bullet(t).is_some()
            || announces
            || t.chars().count() > 160
            || roman_heading(t).is_some()
            || self.title_lines.len() >= 4
        {
            self.phase = Phase::Preamble;
            return false;
        }
        self.title_lines.push(t.to_owned());
        true
    }

    fn finish_title(&mut self) {
        let title = self.title_lines.join(" ");
        self.plan.header.reporting_period = period::first_retrospective(&title);
        self.plan.header.title = title;
    }

    // ---- body ----

    fn enter_section(&mut self, heading: &str) {
        self.section = classify(heading);
        self.enter_sub(sub_for(self.section), 0);
        if self.section == Kind::Participants {
            self.heading_total(heading);
        }
    }

    /// The total a participants heading gives in parentheses ("Thành phần tham dự
    /// (dự kiến 120 đại biểu):"), as the same words on a line of their own.
    fn heading_total(&mut self, heading: &str) {
        let whole = || {
            let n = normalise(strip_marker(heading));
            whole_total(&n).map(|t| (t, approximate(&n)))
        };
        if let (Some((total, about)), None) = (
            parenthesized_total(heading).or_else(whole),
            self.plan.participants.expected,
        ) {
            self.plan.participants.expected = Some(total);
            self.plan.participants.expected_approximate = about;
        }
    }

    /// Starts a subsection; a budget heading alone already means the plan has one.
    fn enter_sub(&mut self, sub: Sub, depth: usize) {
        self.sub = sub;
        self.sub_depth = depth;
        self.group = None;
        self.assignment_depth = None;
        if sub == Sub::Budget {
            self.plan.budget.get_or_insert_with(Budget::default);
        }
    }

    fn subsection(&mut self, depth: usize, heading: &str, line: &Line) {
        let (head, value) = match heading.split_once(':') {
            Some((h, v)) => (h.trim(), v.trim()),
            None => (heading.trim(), ""),
        };
        // Numbered lines under a subsection of participants, programme or assignments.
        // "1. Chủ trì: Giám đốc Sở." under "I. THÀNH PHẦN": the chair, not a level of
        // participants; likewise a time, a programme, assignments or a budget.
        // The words must open the heading: a level that mentions them further on
        // ("2.1 Đại biểu theo chương trình …") is still a level.
        let opening = normalise(head);
        let names_other_part = [
            "chủ trì",
            "chủ tọa",
            "thời gian",
            "chương trình",
            "phân công",
            "tổ chức thực hiện",
            "kinh phí",
        ]
        .iter()
        .any(|w| opening.starts_with(w));
        // "a) Điểm cầu tại Bộ …: Phòng 110, …", "b) Điểm cầu tại các địa phương:": a
        // site, kept as written (the central one by its name); under participants, who
        // follows is listed by site.
        if opening.starts_with("điểm cầu ") {
            let host = ["điểm cầu chính", "điểm cầu trung tâm"].contains(&opening.as_str());
            self.plan.sites.push(if host && !value.is_empty() {
                site(value, true)
            } else if host {
                site(head, true)
            } else {
                site(heading, false)
            });
            self.sites_mean_online();
            self.role(line, &line.text, LineRole::Subheading);
            if self.sub == Sub::Participants && depth > self.sub_depth {
                self.level_group(head);
            } else {
                self.enter_sub(Sub::Sites, depth);
            }
            return;
        }
        if depth > self.sub_depth && !(self.sub == Sub::Participants && names_other_part) {
            match self.sub {
                // "1.Đối tượng:" under "I. ĐỐI TƯỢNG, NGUYÊN TẮC …": a heading of
                // the part, no level; "2.Nguyên tắc:", "3. Tiêu chuẩn": a part the
                // reader has no meaning for, kept as written with what follows.
                Sub::Participants
                    if value.is_empty()
                        && matches!(opening.as_str(), "thành phần" | "đối tượng") =>
                {
                    self.role(line, &line.text, LineRole::Subheading);
                    self.group = None;
                    return;
                }
                Sub::Participants
                    if value.is_empty() && outline::heading_kind(head) == Some(Kind::Other) =>
                {
                    self.keep(line, section_key(Sub::Other, self.section));
                    self.sub = Sub::Other;
                    self.sub_depth = depth;
                    return;
                }
                Sub::Participants
                    if self
                        .parts_heading
                        .is_some_and(|(g, d)| self.group == Some(g) && depth > d) =>
                {
                    self.participant_line(heading, line);
                    return;
                }
                Sub::Participants => {
                    // "1. Đại diện Thành Đoàn (02 đồng chí)" is an entry, not a group.
                    let h = normalise(head);
                    // "2. Tổng số đại biểu: 180 người": the plan's total, numbered as
                    // its parts are, never a level of 180 more.
                    let whole = normalise(heading);
                    if value.is_empty()
                        && (h.starts_with("mời ")
                            || rec::entry(head).0.count_stated
                            || rec::names_a_person(head))
                        || total_of(&whole).is_some() && !whole.contains("chính thức")
                    {
                        self.participant_line(heading, line);
                        return;
                    }
                    self.role(line, &line.text, LineRole::Subheading);
                    // "2. Đại biểu khách mời: 30 đồng chí.": an entry with its count, or
                    // the subtotal of the entries listed under it; which, the lines
                    // after tell (see `settle_count_headings`).
                    // "85 đồng chí, gồm:": the count, then the word announcing its parts.
                    let counted = rec::strip_end(value.trim_end_matches([':', ' ']));
                    let counted = [", gồm", " gồm", ", trong đó", ", cụ thể", " cụ thể"]
                        .iter()
                        .find_map(|w| counted.strip_suffix(w))
                        .unwrap_or(counted);
                    if let Some((count, per)) = rec::count_phrase(rec::strip_end(counted)) {
                        self.level_group(head);
                        let stated = match (count, per) {
                            (crate::model::Headcount::Exact { value }, None) => {
                                Some((value, false))
                            }
                            _ => None,
                        };
                        if let Some(group) = self.group {
                            self.count_headings.push(CountHeading {
                                group,
                                text: heading.to_owned(),
                                line: line.clone(),
                                stated,
                            });
                            // "…, gồm:": its parts follow, deeper.
                            self.parts_heading = (counted.len() < value.len()
                                && value.trim_end().ends_with(':'))
                            .then_some((group, depth));
                        }
                        return;
                    }
                    self.level_group(head);
                    if value.is_empty() {
                        // "1. Đại biểu cấp tỉnh (dự kiến 45 người):": the level and the
                        // number of those listed under it.
                        if let Some((total, about)) = parenthesized_total(head) {
                            self.stated_subtotal(total, about);
                        }
                    } else if normalise(value).starts_with("mỗi ")
                        || total_of(&normalise(value)).is_some()
                            && total_of(&normalise(heading)).is_none()
                    {
                        // "b) Đại biểu do chi hội bầu: mỗi chi hội 10 đại biểu, gồm 11 chi
                        // hội": the label names whom each unit sends. "2. Đại biểu khách
                        // mời: khoảng 30 đồng chí": the label makes it no total.
                        self.participant_line(heading, line);
                    } else {
                        self.participant_line(value, line);
                    }
                    return;
                }
                Sub::Programme => {
                    self.programme_line(1, heading);
                    return;
                }
                // "3. Kinh phí: từ nguồn …" among the assignments: the budget, no body
                // assigned a task.
                Sub::Assignments if outline::heading_kind(head) == Some(Kind::Budget) => {
                    self.enter_sub(Sub::Budget, depth);
                    self.role(line, &line.text, LineRole::Subheading);
                    if !value.is_empty() {
                        self.budget_line(heading, line);
                    }
                    return;
                }
                // "1. Văn phòng Đảng ủy" then "a) Chuẩn bị hội trường.": its tasks.
                Sub::Assignments if self.assignment_depth.is_some_and(|d| depth > d) => {
                    self.task_line(heading, line);
                    return;
                }
                // "2. Những tổ chức Hội mới thành lập … theo hướng dẫn trên.": a
                // sentence that assigns no body, kept as written.
                Sub::Assignments
                    if value.is_empty()
                        && !heading.trim_end().ends_with(':')
                        && assignment_sentence(head).is_none()
                        && (head.ends_with('.') || head.split(' ').count() > 12) =>
                {
                    self.keep(line, SectionKey::Assignments);
                    return;
                }
                Sub::Assignments => {
                    if value.is_empty() && assignment_sentence(head).is_none() {
                        // "1. Văn phòng Quận Đoàn:": the unit, its tasks below.
                        self.role(line, &line.text, LineRole::Subheading);
                    }
                    // "Văn phòng Quận Đoàn chủ trì, chuẩn bị …": the body, then its task.
                    let (body, task) = match (value.is_empty(), assignment_sentence(head)) {
                        (true, Some((body, task))) => (body, task),
                        _ => (head, value),
                    };
                    self.plan.assignments.push(Assignment {
                        body: body.to_owned(),
                        tasks: Vec::new(),
                        deadline: None,
                    });
                    // Numbered bodies only: "a) …" bodies have no lettered tasks.
                    self.assignment_depth = (!self.item_lettered).then_some(depth);
                    self.assignment_inline = false;
                    if !task.is_empty() {
                        self.task_line(task, line);
                    }
                    return;
                }
                Sub::Purposes => {
                    // "1. Mục đích", "2. Yêu cầu", "1. Mục tiêu chung", "2. Mục tiêu cụ
                    // thể": the headings of the purposes, not purposes.
                    let h = normalise(head);
                    let heads = ["mục đích", "yêu cầu", "mục tiêu", "ý nghĩa"];
                    if value.is_empty()
                        && h.split(' ').count() <= 5
                        && heads.iter().any(|w| h.starts_with(w))
                    {
                        self.role(line, &line.text, LineRole::Subheading);
                        return;
                    }
                    self.plan.purposes.push(heading.to_owned());
                    return;
                }
                _ => {}
            }
        }
        // "3. Phương thức tổ chức: Hội nghị trực tuyến tại điểm cầu trung tâm …", "2.
        // Hình thức: Trực tuyến.": how the meeting is held, read as the keyed line is.
        let h = normalise(head);
        if !value.is_empty() && (h.starts_with("hình thức") || h.starts_with("phương thức"))
        {
            self.enter_sub(Sub::Venue, depth);
            self.content(heading, line);
            return;
        }
        // A numbered sentence that mentions "chương trình" or "thời gian" ("1. Quyết
        // định số 924/QĐ-TTg … phê duyệt Chương trình …;") is no subsection heading.
        let shaped = outline::heading_shaped(head);
        let sub = if value.is_empty() && !shaped {
            Sub::Other
        } else {
            sub_of(head)
        };
        // "2. Số lượng:" in a plan's contents ("II. NỘI DUNG KẾ HOẠCH"): who comes, and
        // how many; elsewhere (a Ban Chấp hành's "Số lượng") a part kept as written.
        let sub = if sub == Sub::Other && self.section == Kind::Content && h == "số lượng" {
            Sub::Participants
        } else {
            sub
        };
        // A heading the reader knows, or one shaped as a heading standing alone.
        if sub != Sub::Other || value.is_empty() && shaped {
            self.role(line, &line.text, LineRole::Subheading);
        }
        self.day = if value.is_empty() {
            day_label(head)
        } else {
            None
        };
        // "1. Đại hội trù bị: 14 giờ 00, chiều ngày 25/4/2026" under a time heading: a
        // meeting named in the line, read as the time line it is.
        if sub == Sub::Other
            && self.section == Kind::Schedule
            && session_label(head)
            && self.when(value).is_some()
        {
            self.enter_sub(Sub::Schedule, depth);
            self.content(heading, line);
            return;
        }
        // "2. Hội nghị toàn trường" in a part of participants, time and place listed by
        // meeting ("1. Hội nghị tổ chuyên môn" above, with its "Thành phần:", "Thời
        // gian:"): the next meeting, whose participants are its own.
        let by_meeting = self.section == Kind::Participants
            && value.is_empty()
            && session_label(head)
            && self
                .group
                .and_then(|g| self.plan.participants.groups.get(g))
                .is_some_and(|g| g.level.is_some());
        if sub == Sub::Other && by_meeting {
            self.role(line, &line.text, LineRole::Subheading);
            self.level_group(head);
            self.sub = Sub::Participants;
            self.sub_depth = depth.saturating_sub(1);
            self.last_heading = Some(rec::strip_end(head).to_owned());
            return;
        }
        if sub == Sub::Other {
            self.keep(line, section_key(Sub::Other, self.section));
            self.sub = Sub::Other;
            self.sub_depth = depth;
            // "1. Đại hội trù bị" may be a meeting whose time and place follow.
            if value.is_empty() {
                self.last_heading = Some(rec::strip_end(head).to_owned());
            }
            return;
        }
        self.enter_sub(sub, depth);
        if sub == Sub::Participants {
            // "1. Thành phần: gồm 60 đại biểu, cụ thể như sau:": the value is the total.
            let whole = format!("{} {value}", strip_marker(head));
            if !value.is_empty() && whole_total(&normalise(&whole)).is_some() {
                self.heading_total(&whole);
                return;
            }
            self.heading_total(head);
        }
        if !value.is_empty() {
            self.content(value, line);
        } else if sub == Sub::Venue && normalise(head).contains("điểm cầu") {
            self.sub = Sub::Sites;
        }
    }

    /// The time a line gives ([`schedule`]); "chiều cùng ngày, từ 14 giờ 00" (the same
    /// day) on the day of the meeting read last.
    fn when(&self, t: &str) -> Option<Schedule> {
        schedule(t).or_else(|| {
            let last = self
                .plan
                .sessions
                .last()
                .map(|m| &m.schedule)
                .or(self.plan.schedule.as_ref())?;
            normalise(t)
                .contains("cùng ngày")
                .then(|| schedule_on(last.end_date.unwrap_or(last.date), t))
                .flatten()
        })
    }

    fn level_group(&mut self, heading: &str) {
        let heading = rec::strip_end(heading);
        let preset = levels::preset_for(self.plan.header.date);
        let n = normalise(heading);
        let id = preset
            .recognise_normalised(&n)
            .or_else(|| {
                levels::PRESETS
                    .iter()
                    .find_map(|p| p.recognise_normalised(&n))
            })
            .map_or_else(|| slug(heading), str::to_owned);
        if self.plan.level(&id).is_none() {
            self.plan.levels.push(Level {
                id: id.clone(),
                name: heading.to_owned(),
            });
        }
        self.plan.participants.groups.push(ParticipantGroup {
            level: Some(id),
            ..ParticipantGroup::default()
        });
        self.group = Some(self.plan.participants.groups.len() - 1);
    }

    /// A part of the participants announced with its number, its entries to follow
    /// ("Đại biểu khách mời (30 đồng chí):", "Đại biểu chính thức: 45 đồng chí, gồm:"):
    /// a group named `name`, and the heading `text` settled once they are read.
    fn part_heading(&mut self, name: &str, text: &str, line: &Line, stated: Option<(u32, bool)>) {
        self.level_group(name);
        if let Some(group) = self.group {
            self.count_headings.push(CountHeading {
                group,
                text: text.to_owned(),
                line: line.clone(),
                stated,
            });
        }
    }

    /// The plan's expected total read from line `t`; a second, different one is said
    /// and the first kept.
    fn expected_total(&mut self, total: u32, approximate: bool, t: &str, line: &Line) {
        match self.plan.participants.expected {
            Some(e) if e != total => self.note(
                line,
                "/participants/expected",
                format!("Tổng số đại biểu \"{t}\" khác với {e} đã ghi trước; giữ {e}."),
                format!("The total \"{t}\" differs from {e} given before; keeping {e}."),
            ),
            Some(_) => {}
            None => {
                self.plan.participants.expected = Some(total);
                self.plan.participants.expected_approximate = approximate;
            }
        }
    }

    /// Each sum closing a level's entries ([`GroupSum`]) is that part's when another
    /// level follows it, or when it closes the last and is what that part's entries
    /// add up to but not what all do; it is the plan's total when it is what all add
    /// up to, or when the plan has one level. Otherwise the reader cannot tell which:
    /// kept as written, and said. A part's sum is its `subtotal`, checked against its
    /// entries by `group-count-mismatch`; never the plan's cap.
    fn settle_group_sums(&mut self) {
        let sums = std::mem::take(&mut self.group_sums);
        if sums.is_empty() {
            return;
        }
        let count = crate::count::count_with(&self.plan, &|_: &crate::model::Chair| None);
        let exact = |g: &crate::count::GroupCount| (Some(g.min) == g.max).then_some(g.min);
        let groups = &self.plan.participants.groups;
        let filled: Vec<usize> = (0..groups.len())
            .filter(|g| groups.get(*g).is_some_and(|grp| !grp.entries.is_empty()))
            .collect();
        let whole = count
            .groups
            .iter()
            .try_fold(0u32, |sum, g| sum.checked_add(exact(g)?));
        for GroupSum {
            group,
            total,
            approximate,
            text,
            line,
        } in sums
        {
            let part = count.groups.get(group).and_then(exact);
            let last = filled.last() == Some(&group);
            let of_part =
                !last || (filled.len() > 1 && part == Some(total) && whole != Some(total));
            let of_all = last && (filled.len() == 1 || whole == Some(total));
            if of_part {
                if let Some(grp) = self.plan.participants.groups.get_mut(group) {
                    if grp.subtotal.is_none() {
                        grp.subtotal = Some(total);
                        grp.subtotal_approximate = approximate;
                    }
                }
                self.keep(&line, SectionKey::Participants);
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::ParseNote,
                        Severity::Info,
                        format!("/participants/groups/{group}/subtotal"),
                        Message::new(
                            format!("Dòng {} \"{text}\" là tổng của phần ở trên, không phải tổng số đại biểu.", line.no),
                            format!("Line {} \"{text}\" is the sum of the part above it, not the plan's total.", line.no),
                        ),
                    )
                    .at(line.no, line.column),
                );
            } else if of_all {
                self.expected_total(total, approximate, &text, &line);
            } else {
                let at = format!("/unrecognised/{}", self.plan.unrecognised.len());
                self.keep(&line, SectionKey::Participants);
                self.note(
                    &line,
                    &at,
                    format!("Dòng {} ghi tổng {total} người sau phần cuối: không rõ là tổng của phần đó hay của cả kế hoạch, chưa dùng.", line.no),
                    format!("Line {} gives a total of {total} after the last part: whether that part's or the whole plan's is unclear, so it is not used.", line.no),
                );
            }
        }
    }

    /// The number the current group's heading states for the entries under it.
    fn stated_subtotal(&mut self, total: u32, approximate: bool) {
        if let Some(group) = self
            .group
            .and_then(|g| self.plan.participants.groups.get_mut(g))
        {
            group.subtotal = Some(total);
            group.subtotal_approximate = approximate;
        }
    }

    /// A time the plan gives: the schedule, or one more meeting when the plan names
    /// it apart from the first ("Đại hội trù bị" / "Đại hội chính thức", by a heading
    /// or in the line). A second time under the first's name, or under none, cannot be
    /// told from the first meeting's: it is kept as written, and said.
    fn meeting(&mut self, s: Schedule, name: Option<&str>, text: &str, line: &Line) {
        let name = name
            .map(str::to_owned)
            .or_else(|| self.last_heading.clone())
            .unwrap_or_default();
        // "7 giờ 30, sáng Chủ nhật ngày 18/01/2026, tại phòng học các lớp khối 6": the
        // place said with the time.
        let place = [", tại ", ", Tại "]
            .iter()
            .filter_map(|k| text.rfind(k).map(|i| i + k.len()))
            .max()
            .and_then(|i| text.get(i..))
            .map(str::trim)
            .filter(|p| !p.is_empty() && !normalise(p).starts_with("điểm cầu"))
            .map(venue);
        let Some(first) = self.plan.schedule.clone() else {
            self.plan.schedule = Some(s);
            self.first_session = name;
            self.first_venue = place;
            return;
        };
        let known = |n: &str| {
            normalise(n) == normalise(&self.first_session)
                || self
                    .plan
                    .sessions
                    .iter()
                    .any(|m| normalise(&m.name) == normalise(n))
        };
        if first == s && normalise(&name) == normalise(&self.first_session) {
            return;
        }
        // Only a meeting the plan names can be told apart: a second time with no
        // name (a deadline under "Thời gian:" elsewhere, say) is no meeting.
        if name.trim().is_empty() || known(&name) {
            self.note(
                line,
                "/schedule",
                format!("Kế hoạch có nhiều buổi, nhiều thời điểm: \"{text}\" được giữ nguyên, thời gian của kế hoạch là thời điểm đầu tiên."),
                format!("The plan has several meetings: \"{text}\" is kept as written; the plan's schedule is the first."),
            );
            self.keep(line, SectionKey::Schedule);
            return;
        }
        if self.plan.sessions.is_empty() {
            self.plan.sessions.push(Session {
                name: self.first_session.clone(),
                schedule: first,
                venue: self.first_venue.take(),
            });
        }
        self.plan.sessions.push(Session {
            name,
            schedule: s,
            venue: place,
        });
    }

    /// The meeting a venue line is for, and the place: "Đại hội chính thức: Hội
    /// trường B" names it; a place under a later meeting's own heading is that
    /// meeting's.
    fn session_venue<'t>(&self, text: &'t str) -> Option<(usize, &'t str)> {
        if self.plan.sessions.is_empty() {
            return None;
        }
        if let Some((label, place)) = text.split_once(':') {
            let label = normalise(label);
            if let Some(at) = self
                .plan
                .sessions
                .iter()
                .position(|m| !m.name.is_empty() && normalise(&m.name) == label)
            {
                return Some((at, place.trim()));
            }
        }
        let last = self.plan.sessions.len() - 1;
        let current = self.plan.sessions.get(last)?;
        (last > 0
            && current.venue.is_none()
            && self.plan.venue.is_some()
            && self
                .last_heading
                .as_deref()
                .is_some_and(|h| normalise(h) == normalise(&current.name)))
        .then_some((last, text))
    }

    /// A line of the participants part: the expected total ("Tổng số đại biểu dự
    /// kiến: 60 người", never an entry), a level heading, an entry, or a line this
    /// reader is not sure of, kept apart and not counted.
    fn participant_line(&mut self, text: &str, line: &Line) {
        let t = rec::strip_end(text);
        // Normalised once for every reading below.
        let n = normalise(t);
        // "* Đại biểu khách mời (khoảng 20 đồng chí):": a part of the participants and
        // the number of those listed under it, never the plan's total.
        if let Some(group) = subtotal_heading(t) {
            self.part_heading(group, group, line, parenthesized_total(group));
            return;
        }
        // "Đại biểu chính thức: 45 đồng chí, gồm:": a part and its number, the entries
        // to follow; settled as a parenthesised one is.
        if let Some((name, total, approx)) = keyed_subtotal_heading(t) {
            self.part_heading(name, t, line, Some((total, approx)));
            return;
        }
        let besides_guests = excluding_guests(&n);
        if let Some(total) = total_of(&n)
            .or_else(|| whole_total(&n))
            .or_else(|| total_of(without_remark(&n)?))
            .or_else(|| total_of(besides_guests?))
        {
            // "Tổng số đại biểu chính thức được triệu tập: 55 đại biểu, trong đó:": the
            // official delegates, guests beyond them; their group and its number, as
            // "Đại biểu chính thức: 85 đồng chí, gồm:" is, not the cap of everyone (the
            // guests' number is no total: see `total_of`). Both named ("… chính thức và
            // khách mời: 80"), or one "kể cả" the other, is everyone.
            // "(không kể khách mời)" says the same as "chính thức".
            let official = n.contains("chính thức") || besides_guests.is_some();
            let guests = n.contains("khách mời") && besides_guests.is_none();
            if official && !guests && !n.contains("kể cả") && !n.contains("bao gồm cả") {
                self.part_heading(t, t, line, Some((total, approximate(&n))));
                return;
            }
            // "Tổng cộng 120" closing the table of a part whose heading gave 150: that
            // part's sum (fewer than the part), never the plan's total; kept as written.
            let part = self
                .group
                .and_then(|g| self.count_headings.iter().find(|h| h.group == g))
                .and_then(|h| h.stated)
                .map(|(stated, _)| stated)
                .filter(|stated| *stated > total);
            if let Some(part) = part {
                let at = format!("/unrecognised/{}", self.plan.unrecognised.len());
                self.keep(line, SectionKey::Participants);
                self.note(
                    line,
                    &at,
                    format!("Dòng {} ghi tổng {total} người, ít hơn {part} của phần chứa nó: là tổng của một phần, không phải tổng số đại biểu.", line.no),
                    format!("Line {} gives a total of {total}, fewer than the {part} of the part it is in: the sum of a part, not the plan's total.", line.no),
                );
                return;
            }
            // "Tổng cộng 265" closing a table that opened under a part's heading
            // ("2. Tại các điểm cầu huyện") after another part's entries ("1. Tại
            // điểm cầu tỉnh"): that part's sum, not the plan's total; kept as written.
            let own_table = line.is_row()
                && self.group.is_some()
                && self.table_group == Some(self.group)
                && (self.plan.participants.groups.iter().enumerate())
                    .any(|(i, g)| Some(i) != self.group && !g.entries.is_empty());
            if own_table {
                let at = format!("/unrecognised/{}", self.plan.unrecognised.len());
                self.keep(line, SectionKey::Participants);
                self.note(
                    line,
                    &at,
                    format!("Dòng {} ghi tổng {total} người ở cuối bảng của một phần: là tổng của phần đó, không phải tổng số đại biểu.", line.no),
                    format!("Line {} gives a total of {total} closing the table of one part: that part's sum, not the plan's total.", line.no),
                );
                return;
            }
            // "Tổng: 05 đồng chí" under the entries of "1. Cấp huyện:": the sum of that
            // part, or of all when it closes the last; told once all are read.
            let level_with_entries = self.group.filter(|g| {
                self.plan
                    .participants
                    .groups
                    .get(*g)
                    .is_some_and(|grp| grp.level.is_some() && !grp.entries.is_empty())
            });
            if let Some(group) = level_with_entries.filter(|_| bare_sum(&n)) {
                self.group_sums.push(GroupSum {
                    group,
                    total,
                    approximate: approximate(&n),
                    text: t.to_owned(),
                    line: line.clone(),
                });
                return;
            }
            self.expected_total(total, approximate(&n), t, line);
            return;
        }
        if levels::PRESETS
            .iter()
            .any(|p| p.recognise_normalised(&n).is_some())
        {
            self.level_group(t);
            return;
        }
        // "Theo Kế hoạch, sau hoạt động khai mạc …", "Đối với ngành Giáo dục, thời gian
        // tham quan …": a sentence about the meeting, not who attends; kept.
        if (prose_opening(&n) || request(&n)) && count_mentions(&n) == 0 {
            self.keep(line, SectionKey::Participants);
            return;
        }
        // "… (25 đồng chí), trong đó có 10 đại biểu nữ": the entry before the clause
        // that counts part of it.
        if let Some(head) = before_part_of(t) {
            let (entry, per) = rec::entry(head);
            if entry.count_stated && uncertain_entry(head, &normalise(head), &entry).is_none() {
                self.push_entry(entry, per);
                return;
            }
        }
        // A line naming only the units ("Mỗi chi hội bầu 04 đại biểu, …") under an
        // entry for the same units may restate it: read below, and not counted.
        if let Some(per) = n
            .contains("mỗi ")
            .then(|| per_unit(t))
            .flatten()
            .filter(|p| !(p.unnamed && self.per_unit.iter().any(|(_, noun)| *noun == p.noun)))
        {
            self.per_unit_entry(per);
            return;
        }
        // Several entries on one line, apart by ";" ("Đại diện Thường trực Huyện ủy; Đại
        // diện lãnh đạo UBND huyện"): one entry each when none states a count. When some
        // do and others do not, a count may stand for its clause or the whole line: not
        // counted (below).
        // None listed for a line without ";": one clause, read whole below.
        let clauses: Vec<&str> = if t.contains(';') {
            t.split(';')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect()
        } else {
            Vec::new()
        };
        let stated = |c: &&str| count_mentions(&normalise(c)) > 0 || rec::entry(c).0.count_stated;
        let mixed = clauses.len() > 1 && clauses.iter().any(stated) && !clauses.iter().all(stated);
        // A short label before the first entry ("Đại biểu mời: …", "Các công ty: …"), or
        // a side of any length ("Về phía Bộ Công Thương: …"), names them all; invited
        // when it says so.
        let label = clauses
            .first()
            .and_then(|c| c.split_once(':'))
            .filter(|(k, v)| {
                !v.trim().is_empty()
                    && (k.split_whitespace().count() <= 4
                        || crate::case::lower_prefix_len(k, "về phía ").is_some())
                    && !k.chars().any(|c| c.is_ascii_digit())
            });
        // Each clause read once, without the label: (its text, its entry).
        let read: Vec<_> = if clauses.len() > 1 {
            clauses
                .iter()
                .enumerate()
                .map(|(i, clause)| {
                    let text = match label {
                        Some((_, first)) if i == 0 => first.trim(),
                        _ => clause,
                    };
                    (text, rec::entry(text))
                })
                .collect()
        } else {
            Vec::new()
        };
        // Each clause an entry with its own count and nothing else ("Khách mời: đại
        // diện Phòng GD&ĐT (01 đ/c); đại diện Đảng ủy, UBND xã (02 đ/c)"): one entry
        // each, each count its clause's. Not when a clause counts part of another ("45
        // đồng chí; trong đó nữ 12"): each must name its own body.
        let each_counted = !read.is_empty()
            && read.iter().all(|(text, (entry, _))| {
                let n = normalise(text);
                entry.count_stated
                    && entry.body.chars().any(char::is_alphabetic)
                    && !counts_a_part(&n)
                    && uncertain_entry(text, &n, entry).is_none()
            });
        // Some clauses counted, two or more ("Thường trực Đảng ủy; Lãnh đạo UBND xã (03
        // đồng chí); Trưởng các ban ngành (12 đồng chí)"): no count is then the whole
        // line's, each is its clause's. A clause without one is of unknown size: its
        // people may be among the next clause's count.
        let counted_apart = mixed
            && read.iter().filter(|(_, (e, _))| e.count_stated).count() >= 2
            && read.iter().all(|(text, (entry, _))| {
                let n = normalise(text);
                entry.body.chars().any(char::is_alphabetic)
                    && !counts_a_part(&n)
                    && uncertain_entry(text, &n, entry).is_none()
                    && (entry.count_stated || count_mentions(&n) == 0)
            });
        if !read.is_empty() && (each_counted || counted_apart || !clauses.iter().any(stated)) {
            let invited = label.is_some_and(|(k, _)| normalise(k).contains("mời"));
            for (_, (mut entry, per)) in read {
                entry.invited |= invited;
                if counted_apart && !entry.count_stated {
                    entry.count = crate::model::Headcount::Unknown;
                }
                self.push_entry(entry, per);
            }
            return;
        }
        // "A (15 đồng chí), B (22 đồng chí) và C (05 đồng chí)": entries in a sentence,
        // each closed by its own count; one entry each when every part reads so.
        if let Some(parts) = counted_sentence(t) {
            let read: Vec<_> = parts.iter().map(|p| (*p, rec::entry(p))).collect();
            let each = read.iter().all(|(text, (entry, _))| {
                let n = normalise(text);
                entry.count_stated
                    && entry.body.chars().any(char::is_alphabetic)
                    && !counts_a_part(&n)
                    && uncertain_entry(text, &n, entry).is_none()
            });
            if each {
                for (_, (entry, per)) in read {
                    self.push_entry(entry, per);
                }
                return;
            }
        }
        let (entry, per) = rec::entry(t);
        let reason = if mixed {
            Some((
                "số lượng có thể chỉ của một phần dòng hay cả dòng",
                "a count that may stand for one part of the line or all of it",
            ))
        } else {
            uncertain_entry(t, &n, &entry)
        };
        if let Some(reason) = reason {
            self.uncertain(
                line,
                t,
                Message::new(
                    format!("Không chắc dòng {} là một thành phần tham dự ({}): chưa tính vào số đại biểu.", line.no, reason.0),
                    format!("Line {} may or may not be a participant entry ({}): not counted.", line.no, reason.1),
                ),
                Some(Message::new(
                    "Viết mỗi thành phần một dòng, số người trong ngoặc: \"- Đại diện Thành Đoàn (02 đồng chí).\"",
                    "Write one entry per line with its size in brackets: \"- Đại diện Thành Đoàn (02 đồng chí).\"",
                )),
            );
            return;
        }
        // The same person named again (a schedule of meetings, each row listing who
        // goes): one person, never counted twice; the line is kept apart.
        let named = entry.role.as_deref().is_some_and(rec::person_address);
        if named
            && self
                .plan
                .participants
                .groups
                .iter()
                .flat_map(|g| &g.entries)
                .any(|e| e.body == entry.body && e.role == entry.role)
        {
            self.uncertain(
                line,
                t,
                Message::new(
                    format!(
                        "Dòng {} nêu lại một người đã có tên ở trên: không tính hai lần.",
                        line.no
                    ),
                    format!(
                        "Line {} names again a person named above: not counted twice.",
                        line.no
                    ),
                ),
                None,
            );
            return;
        }
        // "Nông dân sản xuất giỏi tiêu biểu: 15 hộ": households, not people; the entry
        // is not counted, and the reader says why.
        if let Some(homes) = entry.count.is_unknown().then(|| households(&n)).flatten() {
            self.push_entry(entry, per);
            if let Some((g, e)) = self.last_entry() {
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::ParseNote,
                        Severity::Warning,
                        format!("/participants/groups/{g}/entries/{e}/count"),
                        Message::new(
                            format!("Dòng {} ghi {homes} hộ, không ghi số người: mỗi hộ có thể cử một hay nhiều người, nên chưa tính vào số đại biểu.", line.no),
                            format!("Line {} counts {homes} households, not people: a household may send one person or more, so it is not counted."
                                , line.no),
                        ),
                    )
                    .with_help(Message::new(
                        "Ghi số người: \"(15 người, mỗi hộ 01 người)\".",
                        "Give the number of people: \"(15 người, mỗi hộ 01 người)\".",
                    ))
                    .at(line.no, line.column),
                );
            }
            return;
        }
        let part = entry.count.is_unknown() && people_of_a_part(&entry.body).is_some();
        self.push_entry(entry, per);
        if let Some(at) = self.last_entry().filter(|_| part) {
            self.parts.push((at, line.clone()));
        }
    }

    /// The people of one part of the body, summoned where the whole body is summoned in
    /// another group with its size ("Hội nghị tổ chuyên môn: viên chức, người lao
    /// động trong tổ" before "Hội nghị toàn trường: toàn thể viên chức, người lao động
    /// nhà trường (68 người)"): the same people, met apart first. Counted once, with
    /// the whole; the line is kept as written and said.
    fn settle_parts(&mut self) {
        for ((g, e), line) in std::mem::take(&mut self.parts).into_iter().rev() {
            let groups = &self.plan.participants.groups;
            let Some(people) = groups
                .get(g)
                .and_then(|grp| grp.entries.get(e))
                .and_then(|entry| people_of_a_part(&entry.body))
            else {
                continue;
            };
            let whole = groups
                .iter()
                .enumerate()
                .filter(|(other, _)| *other != g)
                .flat_map(|(_, grp)| &grp.entries)
                .find(|w| {
                    let all = w.role.as_deref().map(normalise).as_deref() == Some("toàn thể");
                    let body = normalise(&w.body);
                    let body = match body.strip_prefix("toàn thể ") {
                        Some(rest) if !all => rest.to_owned(),
                        _ if all => body,
                        _ => return false,
                    };
                    w.count_stated
                        && w.each.is_none()
                        && matches!(w.count, crate::model::Headcount::Exact { .. })
                        && body
                            .strip_prefix(people.as_str())
                            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
                });
            let Some(whole) = whole.map(crate::model::ParticipantEntry::label) else {
                continue;
            };
            if let Some(grp) = self.plan.participants.groups.get_mut(g) {
                if e < grp.entries.len() {
                    grp.entries.remove(e);
                }
            }
            self.per_unit.retain(|(at, _)| *at != (g, e));
            for (at, _) in &mut self.per_unit {
                if at.0 == g && at.1 > e {
                    at.1 -= 1;
                }
            }
            self.renumber(g, Some(e));
            // A group left with no entry is no group: its level stays, and says no
            // number of its own (an empty group would count 0 people).
            if self
                .plan
                .participants
                .groups
                .get(g)
                .is_some_and(|grp| grp.entries.is_empty())
            {
                self.plan.participants.groups.remove(g);
                for (at, _) in &mut self.per_unit {
                    if at.0 > g {
                        at.0 -= 1;
                    }
                }
                self.renumber(g, None);
            }
            self.keep_saying(
                &line,
                SectionKey::Participants,
                line.text.clone(),
                Message::new(
                    format!("Dòng {} nêu những người của từng bộ phận, đã có trong \"{whole}\": không tính lần nữa; dòng được giữ nguyên.", line.no),
                    format!("Line {} names the people of each part, already in \"{whole}\": not counted again; the line is kept as written.", line.no),
                ),
            );
        }
    }

    /// The paths of the diagnostics said so far after entry `e` of group `g` is
    /// removed, or group `g` itself when `e` is `None`.
    fn renumber(&mut self, g: usize, e: Option<usize>) {
        const GROUPS: &str = "/participants/groups/";
        for d in &mut self.diagnostics {
            let Some(rest) = d.path.strip_prefix(GROUPS) else {
                continue;
            };
            let (group, tail) = rest.split_once('/').unwrap_or((rest, ""));
            let Ok(group) = group.parse::<usize>() else {
                continue;
            };
            let path = match e {
                None if group > g => Some(format!("{GROUPS}{}/{tail}", group - 1)),
                Some(e) if group == g => tail
                    .strip_prefix("entries/")
                    .and_then(|t| {
                        let (entry, after) = t.split_once('/').unwrap_or((t, ""));
                        entry.parse::<usize>().ok().map(|n| (n, after))
                    })
                    .filter(|(n, _)| *n > e)
                    .map(|(n, after)| format!("{GROUPS}{g}/entries/{}/{after}", n - 1)),
                _ => None,
            };
            if let Some(path) = path {
                d.path = path.trim_end_matches('/').to_owned();
            }
        }
    }

    /// The group and index of the entry read last.
    fn last_entry(&self) -> Option<(usize, usize)> {
        let g = self.group?;
        let len = self.plan.participants.groups.get(g)?.entries.len();
        len.checked_sub(1).map(|e| (g, e))
    }

    /// Keeps a participants line the reader is not sure of apart
    /// (`participants.uncertain`), not counted, and says why.
    fn uncertain(&mut self, line: &Line, text: &str, message: Message, help: Option<Message>) {
        let index = self.plan.participants.uncertain.len();
        self.plan.participants.uncertain.push(text.to_owned());
        let mut diagnostic = Diagnostic::new(
            Code::ParseNote,
            Severity::Warning,
            format!("/participants/uncertain/{index}"),
            message,
        );
        if let Some(help) = help {
            diagnostic = diagnostic.with_help(help);
        }
        self.diagnostics.push(diagnostic.at(line.no, line.column));
    }

    /// "Trưởng các ấp: mỗi ấp 01 đồng chí, gồm 11 ấp": the same count in each unit.
    fn per_unit_entry(&mut self, per: PerUnit) {
        let (invited, rest) = rec::strip_invited(&per.body);
        let (role, body) = rec::split_role(rest);
        let entry = crate::model::ParticipantEntry {
            invited,
            role,
            body,
            each: None,
            count: per.count,
            count_stated: true,
        };
        if let Some(units) = per.units {
            if self.plan.unit_group(&per.noun).is_none() {
                self.plan.units.push(crate::model::UnitGroup {
                    noun: per.noun.clone(),
                    count: Some(units),
                    members: Vec::new(),
                });
            }
        }
        self.push_entry(entry, Some(per.noun));
    }

    /// Adds an entry to the current group (a new one when there is none), with the
    /// unit noun it stands for in each unit, when it is per unit.
    fn push_entry(&mut self, entry: crate::model::ParticipantEntry, per: Option<String>) {
        let g = match self.group {
            Some(g) => g,
            None => {
                self.plan
                    .participants
                    .groups
                    .push(ParticipantGroup::default());
                let g = self.plan.participants.groups.len() - 1;
                self.group = Some(g);
                g
            }
        };
        if let Some(group) = self.plan.participants.groups.get_mut(g) {
            group.entries.push(entry);
            if let Some(noun) = per {
                self.per_unit.push(((g, group.entries.len() - 1), noun));
            }
        }
    }

    fn task_line(&mut self, text: &str, line: &Line) {
        let n = normalise(text);
        let Some(current) = self.plan.assignments.last_mut() else {
            self.keep(line, SectionKey::Assignments);
            return;
        };
        if n.starts_with("thời hạn") || n.starts_with("hoàn thành trước") {
            if let Some((d, _)) = rec::find_date(text) {
                current.deadline = Some(d);
                return;
            }
        }
        // "…, gửi về Văn phòng trước ngày 11/12/2026.": the task keeps its words, and
        // the date is its deadline.
        if current.deadline.is_none() {
            if let Some(i) = n.find("trước ngày").or_else(|| n.find("chậm nhất ngày")) {
                let chars = n.get(..i).map_or(0, |p| p.chars().count());
                let start = text
                    .char_indices()
                    .nth(chars)
                    .map_or(text.len(), |(b, _)| b);
                current.deadline = rec::find_date(text.get(start..).unwrap_or("")).map(|(d, _)| d);
            }
        }
        current.tasks.push(text.to_owned());
    }

    fn programme_line(&mut self, depth: u8, text: &str) {
        /// Appends at `depth` under the last item of each shallower level.
        fn push(list: &mut Vec<ProgrammeItem>, depth: u8, item: ProgrammeItem) {
            match list.last_mut() {
                Some(parent) if depth > 1 => push(&mut parent.items, depth - 1, item),
                _ => list.push(item),
            }
        }
        push(&mut self.plan.programme, depth, programme_item(text));
    }

    fn budget_line(&mut self, text: &str, line: &Line) {
        let budget = self.plan.budget.get_or_insert_with(Budget::default);
        let t = rec::strip_end(text);
        if let Some((key, value)) = key_value(t) {
            if key.starts_with("tổng") {
                // "18.650.000 đồng (Mười tám triệu … đồng), gồm:": the figures, before
                // the amount in words and the list it announces.
                let figures = value.split('(').next().unwrap_or(value);
                let figures = figures.trim_end().trim_end_matches([',', ':']);
                let figures = figures.strip_suffix("gồm").unwrap_or(figures);
                let figures = figures.trim_end().trim_end_matches(',');
                if let Some((a, _)) = rec::amount(value).or_else(|| rec::amount(figures)) {
                    budget.total = Some(a);
                    return;
                }
            }
            // "Nguồn kinh phí: …"; "Kinh phí: từ nguồn …" (a line of assignments).
            let v = normalise(value);
            if key.starts_with("nguồn")
                || key == "kinh phí" && (v.starts_with("từ nguồn") || v.starts_with("nguồn"))
            {
                budget.source = Some(value.to_owned());
                return;
            }
        }
        // "Khen thưởng 10 tập thể x 500.000đ = 5.000.000 đồng": the amount after "=".
        if let Some((description, value)) = t.rsplit_once(':').or_else(|| t.rsplit_once(" = ")) {
            if let Some((amount, _)) = rec::amount(value) {
                budget.items.push(BudgetItem {
                    description: description.trim().to_owned(),
                    amount,
                });
                return;
            }
        }
        self.keep(line, SectionKey::Budget);
    }

    /// A content line (bullet stripped) in the current subsection.
    fn content(&mut self, text: &str, line: &Line) {
        // Keyed lines work anywhere in the body: "- Thời gian: …", "Địa điểm: …".
        if let Some((key, value)) = key_value(text) {
            let target = match key.as_str() {
                k if k.starts_with("thời gian")
                    && !matches!(self.sub, Sub::Programme | Sub::Assignments) =>
                {
                    Some(Sub::Schedule)
                }
                "địa điểm" => Some(Sub::Venue),
                k if (k.starts_with("thành phần") || k.starts_with("đối tượng"))
                    && k.split(' ').count() <= 4 =>
                {
                    Some(Sub::Participants)
                }
                k if (k.starts_with("chủ trì")
                    || k.starts_with("chủ tọa")
                    || k.starts_with("chủ toạ"))
                    && k.split(' ').count() <= 4 =>
                {
                    Some(Sub::Chairs)
                }
                k if k.starts_with("chương trình") && k.split(' ').count() <= 4 => {
                    Some(Sub::Programme)
                }
                k if k.starts_with("hình thức") || k.starts_with("phương thức") => {
                    Some(Sub::Venue)
                }
                "điểm cầu chính" | "địa điểm trực tuyến" | "các điểm cầu" => {
                    Some(Sub::Sites)
                }
                // "Điểm cầu trung tâm: …", "a) Điểm cầu tại Bộ …: Phòng 110, …".
                k if k.starts_with("điểm cầu ") => Some(Sub::Sites),
                // "Nội dung: …", "Kinh phí: …" after the fields of a meeting: a field
                // of another part ends theirs ("Thành phần:" is not still listing).
                k if matches!(
                    self.sub,
                    Sub::Participants | Sub::Chairs | Sub::Venue | Sub::Sites | Sub::Schedule
                ) && k.split(' ').count() <= 4 =>
                {
                    match outline::HEADING_WORDS
                        .iter()
                        .find(|(w, _)| k.starts_with(w))
                        .map(|(_, kind)| *kind)
                    {
                        Some(Kind::Content) => Some(Sub::Other),
                        Some(kind @ (Kind::Purposes | Kind::Budget | Kind::Assignments)) => {
                            Some(sub_for(kind))
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(target) = target {
                match key.as_str() {
                    k if k.starts_with("hình thức") || k.starts_with("phương thức") => {
                        let v = normalise(value);
                        self.mode_stated = true;
                        self.plan.mode = if v.contains("kết hợp") {
                            Mode::Hybrid
                        } else if v.contains("trực tuyến") {
                            Mode::Online
                        } else {
                            Mode::InPerson
                        };
                    }
                    // The central site by its name: the place is the value.
                    "điểm cầu chính" | "điểm cầu trung tâm" => {
                        self.plan.sites.push(site(value, true));
                        self.sites_mean_online();
                        self.sub = Sub::Sites;
                    }
                    // "Điểm cầu tại Bộ …: Phòng 110, …", "Điểm cầu các tỉnh: …": a
                    // site named by its key, kept as written. Who follows ("Thành
                    // phần: …") is read as participants.
                    k if k.starts_with("điểm cầu ") => {
                        self.plan.sites.push(site(text, false));
                        self.sites_mean_online();
                        self.sub = Sub::Sites;
                    }
                    // "Địa điểm trực tuyến:" then one line per site: held online.
                    "địa điểm trực tuyến" | "các điểm cầu" if !self.mode_stated => {
                        self.mode_stated = true;
                        self.plan.mode = Mode::Online;
                        self.sub = Sub::Sites;
                        if !value.is_empty() {
                            self.content(value, line);
                        }
                    }
                    _ if value.is_empty() => self.sub = target,
                    // "Thành phần: gồm 60 đại biểu, cụ thể như sau:": the total, which
                    // the key is part of.
                    _ if target == Sub::Participants && whole_total(&normalise(text)).is_some() => {
                        self.sub = target;
                        self.participant_line(text, line);
                    }
                    // "- Chủ trì: Đồng chí Nguyễn Văn A - Bí thư Chi bộ" among the
                    // participants: the chair said in its line; the lines after it
                    // are still the participants.
                    _ if target == Sub::Chairs && self.sub == Sub::Participants => {
                        self.sub = target;
                        self.content(value, line);
                        self.sub = Sub::Participants;
                    }
                    _ => {
                        self.sub = target;
                        self.content(value, line);
                    }
                }
                return;
            }
        }
        match self.sub {
            // "Thư ký: …" under the chairs: the secretary, no chair.
            Sub::Chairs if crate::case::lower_prefix_len(text, "thư ký").is_some() => {
                self.keep(line, SectionKey::Chairs);
            }
            Sub::Chairs => self.plan.chairs.push(rec::chair(text)),
            Sub::Participants => self.participant_line(text, line),
            Sub::Schedule => {
                let read = |t: &str| self.when(t);
                // "Đại hội trù bị: 14 giờ 00, ngày 20/3/2025": a meeting named in the line.
                let (name, when, read) = match text.split_once(':') {
                    Some((label, rest)) if session_label(label) => match read(rest) {
                        Some(s) => (Some(label.trim()), rest.trim(), Some(s)),
                        None => (None, text, read(text)),
                    },
                    _ => (None, text, read(text)),
                };
                // "hoàn thành trước ngày 20/01/2026": a deadline, not the meeting's
                // date; kept as written, and the place that follows with it.
                if is_deadline(when) {
                    self.note(
                        line,
                        "/schedule",
                        format!("\"{text}\" là thời hạn, không phải ngày họp: giữ nguyên, không đọc là thời gian của hội nghị."),
                        format!("\"{text}\" is a deadline, not the meeting's date: kept as written, not read as the meeting's time."),
                    );
                    self.keep(line, SectionKey::Schedule);
                    self.deadline_part = Some(self.last_heading.clone());
                    return;
                }
                match read.or_else(|| self.day.and_then(|d| schedule_on(d, when))) {
                    Some(s) => self.meeting(s, name, text, line),
                    // "Từ 7h30’ đến 7h40’: Kiểm tra quân số": a row of the day's
                    // timetable, under the meeting's time.
                    None if name.is_none() && timetable_row(text) => {
                        self.programme_line(1, text);
                    }
                    // "Thời gian: 01 ngày": how long, not when; kept as written. One
                    // short sentence: prose that names a length among other things
                    // stays a time not read.
                    None if rec::day_span_and_part(when).0.is_some()
                        && short_sentence(when.trim().trim_end_matches(['.', ';'])) =>
                    {
                        let said = when.trim().trim_end_matches(['.', ';']).to_owned();
                        self.keep_saying(
                            line,
                            SectionKey::Schedule,
                            line.text.clone(),
                            Message::new(
                                format!("\"{said}\" là thời lượng của hội nghị, không phải ngày họp: giữ nguyên như đã viết."),
                                format!("\"{said}\" is how long the meeting lasts, not its date: kept as written."),
                            ),
                        );
                        self.spans.push((line.clone(), said));
                    }
                    // "Thời gian: trong tháng 12/2026": the month or quarter, not yet
                    // the day; kept as written, and said.
                    None if period_only(when).is_some() => {
                        let period = period_only(when).unwrap_or_default();
                        let said = when.trim().trim_end_matches(['.', ';']).to_owned();
                        self.keep_saying(
                            line,
                            SectionKey::Schedule,
                            line.text.clone(),
                            Message::new(
                                format!("\"{said}\" chỉ ghi {period}, chưa có ngày họp cụ thể: giữ nguyên như đã viết."),
                                format!("\"{said}\" gives {period} only, not the day of the meeting: kept as written."),
                            ),
                        );
                    }
                    None => {
                        self.note(
                            line,
                            "/schedule",
                            format!("Chưa đọc được thời gian \"{text}\"."),
                            format!("Could not read the time \"{text}\"."),
                        );
                        self.keep(line, SectionKey::Schedule);
                    }
                }
            }
            // The place of a part held by a deadline ("tại các phòng, ban, phân
            // xưởng"): kept, as its time was.
            Sub::Venue if self.deadline_part.as_ref() == Some(&self.last_heading) => {
                self.keep(line, SectionKey::Venue);
            }
            Sub::Venue => {
                let n = normalise(text);
                if n.starts_with("các điểm cầu") || n == "điểm cầu" {
                    self.sub = Sub::Sites;
                } else if n.starts_with("điểm cầu ") {
                    // "điểm cầu trung tâm và 63 điểm cầu tại …": the sites described,
                    // no place; kept (its count of sites is read as a unit mention).
                    self.keep(line, SectionKey::Venue);
                } else if let Some(at) = self.session_venue(text) {
                    // "Đại hội chính thức: Hội trường B", or the place under a
                    // meeting's own heading.
                    let (at, place) = at;
                    if let Some(session) = self.plan.sessions.get_mut(at) {
                        session.venue = Some(venue(place));
                    }
                } else if self.plan.venue.is_none() {
                    self.plan.venue = Some(venue(text));
                } else {
                    self.keep(line, SectionKey::Venue);
                }
            }
            Sub::Sites => {
                let n = normalise(text);
                if n.starts_with("các điểm cầu") {
                    return;
                }
                self.plan.sites.push(site(text, false));
            }
            Sub::Programme => self.programme_line(1, text),
            Sub::Assignments => {
                let inline = self.plan.assignments.is_empty() || self.assignment_inline;
                let keyed = key_value(text).filter(|_| inline);
                // "- Chi ủy chuẩn bị văn kiện …" (no key): a body, then its task.
                let sentence = if inline && keyed.is_none() {
                    assignment_sentence(text)
                } else {
                    None
                };
                match (keyed, sentence) {
                    (Some((_, task)), _) if !task.is_empty() => {
                        let body = text.split_once(':').map_or("", |(b, _)| b.trim());
                        self.plan.assignments.push(Assignment {
                            body: body.to_owned(),
                            tasks: vec![task.to_owned()],
                            deadline: None,
                        });
                        self.assignment_inline = true;
                    }
                    (_, Some((body, task))) => {
                        self.plan.assignments.push(Assignment {
                            body: body.to_owned(),
                            tasks: Vec::new(),
                            deadline: None,
                        });
                        self.assignment_inline = true;
                        self.task_line(task, line);
                    }
                    _ => self.task_line(text, line),
                }
            }
            Sub::Budget => self.budget_line(text, line),
            Sub::Purposes => self.plan.purposes.push(text.to_owned()),
            // "08h00’: Các đại biểu có mặt tại …" under "1. Ngày 25/8/2015:": that
            // day's meeting, at that time.
            Sub::None | Sub::Other => match self
                .day
                .filter(|_| {
                    rec::find_times(text)
                        .first()
                        .is_some_and(|t| t.1.start == 0)
                })
                .and_then(|d| schedule_on(d, text))
            {
                Some(s) => self.meeting(s, None, text, line),
                None => self.keep(line, section_key(self.sub, self.section)),
            },
        }
    }

    /// One line of the body: a top heading (the outline decided), a numbered
    /// subsection, a table row, a bullet or a paragraph.
    fn body_line(&mut self, line: &Line, top: bool) {
        let t = line.text.as_str();
        if top {
            let heading = strip_marker(t);
            // "II. ĐỊA ĐIỂM: Các phòng học.": the heading, then its value as content.
            // The whole "key: value" goes to the content reader, whose keys route it
            // ("ĐỊA ĐIỂM" within a time-and-place section is the venue).
            let (name, keyed) = match heading.split_once(':') {
                Some((h, v)) if !v.trim().is_empty() && classify(h.trim()) != Kind::Other => {
                    (h.trim(), true)
                }
                _ => (heading, false),
            };
            self.enter_section(name);
            self.day = if keyed { None } else { day_label(name) };
            self.last_heading =
                (self.section == Kind::Other).then(|| rec::strip_end(name).to_owned());
            if keyed {
                self.content(heading, line);
                return;
            }
            if self.section == Kind::Other {
                self.keep(line, SectionKey::Other);
            }
            return;
        }
        if line.is_row() {
            self.row(line);
            return;
        }
        // "Điều 7. Ban Chấp hành … chuẩn bị …": an item numbered as an article, as an
        // item "1." is under its part.
        if let Some((_, rest)) = article_heading(t) {
            self.subsection(1, rest, line);
            return;
        }
        if let Some((numbers, rest)) = numbered(t) {
            self.item_lettered = numbers == [0];
            let depth = if numbers == [0] {
                // "a)" under "1. Đại biểu chính thức: 120 đại biểu, gồm:": its part;
                // under "1. Văn phòng Đảng ủy" among the assignments, its task.
                match (self.parts_heading, self.assignment_depth) {
                    (Some((g, d)), _) if self.group == Some(g) => d + 1,
                    (_, Some(d)) if self.sub == Sub::Assignments => d + 1,
                    _ => self.sub_depth + 1,
                }
            } else {
                numbers.len()
            };
            self.subsection(depth, rest, line);
            return;
        }
        // "Khách mời:", "Đại biểu chính thức" alone above bulleted entries: the heading
        // of their group, as "1.1 Khách mời" is, not an entry of unknown size.
        if self.sub == Sub::Participants
            && bullet(t).is_none()
            && group_label(t, self.next_bulleted)
        {
            self.level_group(t.trim_end_matches(':').trim_end());
            return;
        }
        match bullet(t) {
            Some((depth, rest)) if self.sub == Sub::Programme => self.programme_line(depth, rest),
            Some((_, rest)) => self.content(rest, line),
            None => {
                if self.sub == Sub::Programme {
                    self.programme_line(1, t);
                } else {
                    self.content(t, line);
                }
            }
        }
    }

    /// A table row in the body: a programme row ("08h00 – 08h30 | Đón tiếp | Ban Tổ
    /// chức"), a participants row ("1 | Đại diện Thành Đoàn | 02"), a header row of
    /// such a table (kept), else its text as a line.
    fn row(&mut self, line: &Line) {
        let cells: Vec<&str> = line.cells.iter().map(String::as_str).collect();
        let words = normalise(&line.text);
        let header_row = [
            "thời gian",
            "nội dung",
            "thành phần",
            "số lượng",
            "stt",
            "người thực hiện",
            // "STT | Đơn vị | Số đại biểu": the delegates allotted to each unit.
            "đơn vị",
            "số đại biểu",
        ]
        .iter()
        .filter(|w| words.contains(**w))
        .count()
            >= 2;
        // "STT | Thành phần | Số lượng", "TT | Đơn vị | Số đại biểu | Ghi chú": cells
        // that are each a column's name.
        let column = |c: &str| {
            matches!(
                normalise(c).as_str(),
                "stt"
                    | "tt"
                    | "số tt"
                    | "thành phần"
                    | "thành phần tham dự"
                    | "đơn vị"
                    | "số lượng"
                    | "số đại biểu"
                    | "số người"
                    | "ghi chú"
            )
        };
        let named_columns = cells.iter().filter(|c| column(c)).count() >= 2;
        if header_row || named_columns {
            if self.sub == Sub::Participants {
                // Which column names people and which counts them, for the rows below.
                let at = |names: &[&str]| {
                    cells
                        .iter()
                        .position(|c| names.contains(&normalise(c).as_str()))
                };
                self.table_columns = at(&["thành phần", "thành phần tham dự", "đơn vị"])
                    .zip(at(&["số lượng", "số đại biểu", "số người"]));
                self.table_group = Some(self.group);
                let text = line.text.clone();
                self.keep_saying(
                    line,
                    SectionKey::Participants,
                    text,
                    Message::new(
                        format!(
                            "Dòng {} là dòng tiêu đề của bảng thành phần, giữ nguyên.",
                            line.no
                        ),
                        format!(
                            "Line {} is the header row of the participants table, kept as written.",
                            line.no
                        ),
                    ),
                );
            } else {
                self.keep(line, section_key(self.sub, self.section));
            }
            return;
        }
        let timed = cells.first().is_some_and(|c| {
            rec::find_times(c)
                .first()
                .is_some_and(|(_, r)| r.start == 0)
        });
        if self.sub == Sub::Programme || timed {
            let non_empty: Vec<&str> = cells.iter().copied().filter(|c| !c.is_empty()).collect();
            let (time, rest) = if timed {
                (
                    non_empty.first().copied(),
                    non_empty.get(1..).unwrap_or(&[]),
                )
            } else {
                (None, non_empty.as_slice())
            };
            let mut text = String::new();
            if let Some(time) = time {
                text.push_str(time);
                text.push_str(": ");
            }
            text.push_str(rest.first().copied().unwrap_or(""));
            let mut item = programme_item(&text);
            if let Some(presenter) = rest.get(1) {
                item.presenter = Some((*presenter).to_owned());
            }
            self.sub = Sub::Programme;
            self.plan.programme.push(item);
            return;
        }
        if self.sub == Sub::Participants {
            // "STT | Thành phần | Số lượng": the one cell naming people (a cell of
            // several paragraphs names them together) and the one cell counting them
            // ("01 đồng chí", "25 người", "12"); the row's number is neither.
            let count_cell = |c: &str| {
                let c = c.trim();
                (!c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit()))
                    || rec::count_phrase(c).is_some()
            };
            let counts: Vec<&str> = cells
                .iter()
                .skip(1)
                .copied()
                .filter(|c| count_cell(c))
                .collect();
            let names: Vec<&str> = cells
                .iter()
                .copied()
                .filter(|c| !count_cell(c) && c.chars().any(char::is_alphabetic))
                .collect();
            // Under a header naming its columns, a row whose count cell is empty or
            // no number ("2 | Đại diện các phòng, ban | "): its people, of a number
            // the table does not give.
            // Under a header naming its columns, a row with a note beside its count
            // ("2 | Trưởng các ấp | 11 | Mỗi ấp 01"): the note may change the number,
            // so the row is kept apart, not counted.
            if let Some((n, c)) = self.table_columns {
                let note = cells
                    .iter()
                    .enumerate()
                    .skip(1)
                    .any(|(i, cell)| i != n && i != c && !cell.trim().is_empty());
                let name = cells.get(n).copied().unwrap_or("");
                if note
                    && name.chars().any(char::is_alphabetic)
                    && total_of(&normalise(name)).is_none()
                {
                    let text = line.text.clone();
                    self.uncertain(
                        line,
                        &text,
                        Message::new(
                            format!("Dòng {} của bảng thành phần có ghi chú bên cạnh số lượng: chưa đếm.", line.no),
                            format!("Line {} of the participants table has a note beside its count: not counted.", line.no),
                        ),
                        Some(Message::new(
                            "Ghi số người của dòng vào cột số lượng, không kèm ghi chú làm đổi số đó.",
                            "Give the row's number in the count column, without a note that changes it.",
                        )),
                    );
                    return;
                }
            }
            if let Some((name, count)) = self
                .table_columns
                // A cell left empty at the end of a row is not pasted at all.
                .and_then(|(n, c)| {
                    // Nothing else in the row but its number: a note beside it
                    // ("Ghi chú") is read with the row's text, as before.
                    let others = cells
                        .iter()
                        .enumerate()
                        .skip(1)
                        .any(|(i, cell)| i != n && i != c && !cell.trim().is_empty());
                    (!others).then_some((*cells.get(n)?, cells.get(c).copied().unwrap_or("")))
                })
                .filter(|(n, c)| {
                    !count_cell(c)
                        && n.chars().any(char::is_alphabetic)
                        && total_of(&normalise(n)).is_none()
                })
            {
                let before = self.plan.entries().count();
                self.participant_line(name, line);
                let added = self.plan.entries().count() > before;
                if added
                    && self.last_entry().is_some_and(|(g, e)| {
                        self.plan
                            .participants
                            .groups
                            .get(g)
                            .and_then(|grp| grp.entries.get(e))
                            .is_some_and(|e| e.count.is_unknown())
                    })
                {
                    let said = count.trim();
                    self.note(
                        line,
                        "/participants",
                        format!(
                            "Ô số lượng của \"{name}\" {}: không rõ số người.",
                            if said.is_empty() {
                                "để trống".to_owned()
                            } else {
                                format!("ghi \"{said}\"")
                            }
                        ),
                        format!(
                            "The count cell of \"{name}\" {}: its number is unknown.",
                            if said.is_empty() {
                                "is empty".to_owned()
                            } else {
                                format!("says \"{said}\"")
                            }
                        ),
                    );
                }
                return;
            }
            if let ([name], [count]) = (names.as_slice(), counts.as_slice()) {
                let name = name
                    .split('\n')
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(|p| p.trim_end_matches([';', ',', '.']))
                    .collect::<Vec<_>>()
                    .join(", ");
                let count = count.trim();
                let count = if count.chars().all(|ch| ch.is_ascii_digit()) {
                    format!("{count} người")
                } else {
                    count.to_owned()
                };
                self.participant_line(&format!("{name} ({count})"), line);
                return;
            }
        }
        let joined = Line {
            cells: vec![line.text.clone()],
            ..line.clone()
        };
        self.body_line(&joined, false);
    }

    // ---- end matter ----

    fn recipient_line(&mut self, line: &Line) -> bool {
        let Some((_, rest)) = bullet(&line.text) else {
            return false;
        };
        let t = rec::strip_end(rest);
        let n = normalise(t);
        if let Some(after) = n.strip_prefix("lưu") {
            if after.is_empty() || after.starts_with([' ', ':']) {
                let original = t
                    .get("lưu".len()..)
                    .unwrap_or("")
                    .trim_start_matches([':', ' ']);
                let units = original
                    .split(',')
                    .map(str::trim)
                    .filter(|u| !u.is_empty())
                    .map(str::to_owned)
                    .collect();
                self.plan.archive = Some(Archive { units });
                return true;
            }
        }
        let recipient = match t.split_once(':') {
            Some((body, subs)) => Recipient {
                body: body.trim().to_owned(),
                sub_units: subs
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect(),
            },
            None => Recipient {
                body: t.to_owned(),
                sub_units: Vec::new(),
            },
        };
        self.plan.recipients.push(recipient);
        true
    }

    /// Signature lines: authority, title, name. Returns whether the line was one.
    fn signature_line(&mut self, line: &Line) -> bool {
        let t = line.text.as_str();
        if let Some((a, principal)) = authority(t) {
            let sig = self.plan.signature.get_or_insert_with(Signature::default);
            if sig.authority.is_none() {
                sig.authority = Some(a);
                sig.principal = Some(principal.to_owned());
            } else {
                sig.delegations.push(crate::model::Delegation {
                    authority: a,
                    principal: principal.to_owned(),
                });
            }
            return true;
        }
        let in_signature = matches!(
            self.phase,
            Phase::Signature | Phase::Recipients | Phase::Closing
        );
        if in_signature && is_upper(t) && bullet(t).is_none() && normalise(t) != "nơi nhận" {
            let sig = self.plan.signature.get_or_insert_with(Signature::default);
            if sig.title.is_none() {
                sig.title = Some(t.to_owned());
                return true;
            }
        }
        // "Bí thư Chi bộ" above the name, typed without capitals: the title, when no
        // other is read (never among the recipients).
        if in_signature
            && self.phase != Phase::Recipients
            && bullet(t).is_none()
            && self
                .plan
                .signature
                .as_ref()
                .is_none_or(|s| s.title.is_none())
            && rec::signer_title(t)
        {
            self.plan
                .signature
                .get_or_insert_with(Signature::default)
                .title = Some(t.to_owned());
            return true;
        }
        if in_signature && rec::is_name(t) {
            if let Some(sig) = self
                .plan
                .signature
                .as_mut()
                .filter(|s| s.name.is_none() && (s.title.is_some() || s.authority.is_some()))
            {
                sig.name = Some(t.to_owned());
                return true;
            }
        }
        false
    }

    /// The end matter: closing paragraphs, the signature block and the recipients,
    /// side by side when pasted as a two-column table (Nơi nhận left, signature right).
    fn end_zone(&mut self, lines: &[Line]) {
        let mut recipients_column = None;
        let mut signature_column = None;
        // A column where someone approves the plan beside its signer ("DUYỆT CỦA BAN
        // GIÁM HIỆU", "XÁC NHẬN CỦA …", "Ý KIẾN CỦA CHI BỘ"): no signature of its own.
        let mut approval_column = None;
        for line in lines {
            if !line.is_row() {
                // A row of the Nơi nhận / signature table whose signature cell is empty
                // ("- Các phòng, đội;\t") arrives as a line of one cell: a bullet under
                // the Nơi nhận column is a recipient, wherever the signature block is.
                if recipients_column == Some(0) && bullet(&line.text).is_some() {
                    let saved = self.phase;
                    self.phase = Phase::Recipients;
                    self.end_line(line);
                    self.phase = saved;
                    continue;
                }
                self.end_line(line);
                continue;
            }
            for (column, cell) in line.columns() {
                let n = normalise(cell);
                if n.starts_with("nơi nhận") {
                    recipients_column = Some(column);
                }
                if ["duyệt ", "phê duyệt", "xác nhận", "ý kiến "]
                    .iter()
                    .any(|w| n.starts_with(w))
                    && is_upper(cell)
                {
                    approval_column = Some(column);
                }
                let piece = Line {
                    text: cell.to_owned(),
                    cells: vec![cell.to_owned()],
                    ..line.clone()
                };
                self.column = column;
                if recipients_column == Some(column) {
                    let saved = self.phase;
                    self.phase = Phase::Recipients;
                    self.end_line(&piece);
                    self.phase = if saved == Phase::Recipients {
                        Phase::Recipients
                    } else {
                        saved
                    };
                } else if approval_column == Some(column) {
                    // The approver's title and name: kept as written beside the signer.
                    self.keep(&piece, SectionKey::Signature);
                } else if signature_column.is_some_and(|c| c != column) {
                    // A second signer beside the first ("TM. BAN CHẤP HÀNH CÔNG ĐOÀN" |
                    // "GIÁM ĐỐC"): kept as written, not mixed into the first signature.
                    self.keep(&piece, SectionKey::Signature);
                } else {
                    let saved = self.phase;
                    if saved == Phase::Recipients {
                        self.phase = Phase::Signature;
                    }
                    self.end_line(&piece);
                    if saved == Phase::Recipients {
                        self.phase = saved;
                    }
                    if self.plan.signature.is_some() {
                        signature_column.get_or_insert(column);
                    }
                }
            }
            self.column = 0;
        }
    }

    fn end_line(&mut self, line: &Line) {
        let t = line.text.as_str();
        if is_rule(t) {
            return;
        }
        let n = normalise(t);
        if n == "nơi nhận" || n.starts_with("nơi nhận:") {
            self.role(line, t, LineRole::Recipients);
            self.phase = Phase::Recipients;
            if let Some(rest) = t
                .split_once(':')
                .map(|(_, r)| r.trim())
                .filter(|r| !r.is_empty())
            {
                let inner = Line {
                    text: format!("- {rest}"),
                    ..line.clone()
                };
                self.recipient_line(&inner);
            }
            return;
        }
        if self.signature_line(line) {
            self.role(line, t, LineRole::Signature);
            if self.phase != Phase::Recipients {
                self.phase = Phase::Signature;
            }
            return;
        }
        if self.phase == Phase::Recipients {
            self.role(line, t, LineRole::Recipient);
            if !self.recipient_line(line) {
                self.keep(line, SectionKey::Signature);
            }
            return;
        }
        if n.starts_with("trên đây") {
            self.phase = Phase::Closing;
        }
        match self.phase {
            Phase::Signature => {
                self.role(line, t, LineRole::SignatureNote);
                self.keep(line, SectionKey::Signature);
            }
            _ => self.plan.closing.push(t.to_owned()),
        }
    }

    /// Between the type line and the first heading: the title, then the preamble.
    fn front_line(&mut self, line: &Line) {
        if self.phase == Phase::Title {
            if self.title_line(line) {
                self.title_count += 1;
                if self.phase == Phase::Preamble {
                    self.finish_title();
                }
                return;
            }
            self.finish_title();
            self.phase = Phase::Preamble;
        }
        if is_rule(&line.text) {
            return;
        }
        self.portal_lead(line);
        self.plan.preamble.push(line.text.clone());
    }

    /// A portal's lead above a plan printed without its header ("(Phù Ninh)- Ngày
    /// 21/11/2022, Hội đồng nhân dân huyện Phù Ninh ban hành kế hoạch số 06/KH-HĐND
    /// về …"): the plan's number, date and issuer, when the header gave none. Not a
    /// document cited ("Căn cứ Kế hoạch số …"): the lead says the plan was issued. The
    /// line stays in the preamble as written; a warning says where they were read.
    fn portal_lead(&mut self, line: &Line) {
        let h = &self.plan.header;
        if h.number.is_some() || h.date.is_some() || !h.issuer.is_empty() {
            return;
        }
        const VERB: &str = " ban hành kế hoạch số ";
        let t = line.text.as_str();
        if !rec::contains_ignoring_case(t, VERB) {
            return;
        }
        let lower = t.to_lowercase();
        // A citation opens with the words that cite ("Căn cứ Quyết định … ban hành Kế
        // hoạch số …"); a purpose ("Để đánh giá …, ngày 19/8/2015, UBND tỉnh ban hành
        // Kế hoạch số …") may open a lead.
        let cites = ["căn cứ", "thực hiện", "theo ", "trên cơ sở", "được sự"];
        if lower.len() != t.len() || cites.iter().any(|p| lower.starts_with(p)) {
            return;
        }
        let Some(verb) = lower.find(VERB) else {
            return;
        };
        let start = verb + VERB.len();
        let end = t
            .get(start..)
            .and_then(|r| r.find([' ', ',', ';']))
            .map_or(t.len(), |e| start + e);
        let Ok(number) = t.get(start..end).unwrap_or("").parse::<DocumentNumber>() else {
            return;
        };
        // "Ngày 21/11/2022, <issuer> (đã) ban hành …": the date before the issuer.
        let before = t.get(..verb).unwrap_or("");
        let Some((date, at)) = rec::find_date(before) else {
            return;
        };
        let issuer = before
            .get(at.end..)
            .unwrap_or("")
            .trim_start_matches([',', ' '])
            .trim();
        let issuer = issuer.strip_suffix(" đã").unwrap_or(issuer).trim();
        if issuer.is_empty() || issuer.split(' ').count() > 12 {
            return;
        }
        self.plan.header.number = Some(number);
        self.plan.header.date = Some(date);
        self.plan.header.issuer = issuer.to_owned();
        self.note(
            line,
            "/header",
            format!("Không có phần đầu văn bản: số, ngày ban hành và cơ quan ban hành được đọc từ dòng giới thiệu {} (\"{issuer} ban hành kế hoạch số …\").", line.no),
            format!("No document header: the number, date of issue and issuing body are read from the lead at line {} (\"{issuer} ban hành kế hoạch số …\").", line.no),
        );
    }

    /// A numbered participant heading with a count ("2. Đại biểu khách mời: 30 đồng
    /// chí.") is an entry when no entry follows under it; when some do, its count is
    /// their subtotal ("2. Đại biểu chính thức: 150 đại biểu." then "- Đương nhiên: 25
    /// đồng chí; …"), and counting it too would count them twice: it is uncertain.
    fn settle_count_headings(&mut self) {
        for CountHeading {
            group: g,
            text: heading,
            line,
            stated,
        } in std::mem::take(&mut self.count_headings)
        {
            let empty = self
                .plan
                .participants
                .groups
                .get(g)
                .is_some_and(|grp| grp.entries.is_empty());
            if empty {
                self.group = Some(g);
                let (entry, per) = rec::entry(&heading);
                self.push_entry(entry, per);
            } else if let Some(sum) = self.agreeing_subtotal(g, &heading) {
                // The entries under it add up to its number exactly: the heading counts
                // them, nothing more and nothing apart. Its level is named as written,
                // number and all, so that no plan written from this one loses it.
                let level = self.plan.participants.groups.get_mut(g).and_then(|grp| {
                    grp.subtotal = Some(sum);
                    grp.subtotal_approximate = false;
                    grp.level.clone()
                });
                let written = rec::strip_end(heading.trim_end_matches([':', ' ']));
                if let Some(l) = self
                    .plan
                    .levels
                    .iter_mut()
                    .find(|l| Some(&l.id) == level.as_ref())
                {
                    if written.starts_with(l.name.as_str()) {
                        written.clone_into(&mut l.name);
                    }
                }
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::ParseNote,
                        Severity::Info,
                        format!("/participants/groups/{g}"),
                        Message::new(
                            format!("Dòng {} ghi {sum} người, đúng bằng tổng các thành phần liệt kê bên dưới: không tính thêm.", line.no),
                            format!("Line {} gives {sum} people, the sum of the entries listed under it: not counted again.", line.no),
                        ),
                    )
                    .at(line.no, line.column),
                );
            } else {
                if let Some(grp) = self.plan.participants.groups.get_mut(g) {
                    if let Some((total, about)) = stated {
                        grp.subtotal = Some(total);
                        grp.subtotal_approximate = about;
                    }
                }
                self.uncertain(
                    &line,
                    rec::strip_end(&heading),
                    Message::new(
                        format!("Dòng {} ghi số người của các thành phần liệt kê bên dưới: chưa tính, để không tính hai lần.", line.no),
                        format!("Line {} gives the number of the entries listed under it: not counted, so as not to count them twice.", line.no),
                    ),
                    None,
                );
            }
        }
        // Entries added here may belong to earlier groups: keep the per-unit nouns in
        // the order `entries()` walks them.
        self.per_unit.sort_by_key(|(at, _)| *at);
    }

    /// The number a count heading states ("Đại biểu chính thức: 120 đại biểu, gồm:",
    /// "Đại biểu khách mời (30 đồng chí):", "Tổng số …: 55 đại biểu, trong đó:") when
    /// the entries of group `g` are each exact and add up to it.
    fn agreeing_subtotal(&self, g: usize, heading: &str) -> Option<u32> {
        let t = rec::strip_end(heading.trim_end_matches([':', ' ']));
        let t = [
            ", gồm",
            " gồm",
            ", trong đó",
            " trong đó",
            ", cụ thể",
            " cụ thể",
        ]
        .iter()
        .find_map(|w| t.strip_suffix(w))
        .unwrap_or(t);
        let stated = total_of(&normalise(t))
            .or_else(|| {
                let (_, inner) = t.strip_suffix(')')?.rsplit_once('(')?;
                total_of(&normalise(inner)).or_else(|| {
                    rec::count_phrase(inner)
                        .map(|(c, _)| c.min())
                        .filter(|_| !inner.contains("khoảng"))
                })
            })
            .or_else(|| {
                let (_, value) = t.rsplit_once(':')?;
                match rec::count_phrase(value.trim())? {
                    (crate::model::Headcount::Exact { value }, None) => Some(value),
                    _ => None,
                }
            })?;
        let group = self.plan.participants.groups.get(g)?;
        // Entries at each site of an online meeting are multiplied later: not summed.
        let level = group.level.as_deref().and_then(|l| self.plan.level(l));
        if level.is_some_and(|l| normalise(&l.name).contains("điểm cầu")) {
            return None;
        }
        let mut sum: u32 = 0;
        for (e, entry) in group.entries.iter().enumerate() {
            let crate::model::Headcount::Exact { value } = entry.count else {
                return None;
            };
            // Units are known only once the whole text is read: an entry per unit
            // counts by the units its own line gave, and one that may yet be found to
            // stand for each of some units ("Bí thư Đoàn 11 phường") is not summed.
            let bodies = match self.per_unit.iter().find(|(at, _)| *at == (g, e)) {
                Some((_, noun)) => self.plan.unit_group(noun)?.size()?,
                None if entry.each.is_none()
                    && rec::trailing_unit_noun(&entry.body).is_none()
                    && !entry
                        .role
                        .as_deref()
                        .is_some_and(|r| r.ends_with(|c: char| c.is_ascii_digit())) =>
                {
                    1
                }
                None => return None,
            };
            sum = sum.checked_add(value.checked_mul(bodies)?)?;
        }
        (sum == stated).then_some(stated)
    }

    /// The time said in the opening when no line gives it ("Vào lúc 15h00 ngày 21/7/2017
    /// Ủy ban nhân dân tỉnh … sẽ khai mạc Triển lãm …", as a công văn writes): read,
    /// and said to be read from there.
    fn time_from_opening(&mut self) {
        if self.plan.schedule.is_some() {
            return;
        }
        let found = self.plan.preamble.iter().find_map(|p| {
            let n = normalise(p);
            ["vào lúc ", "vào hồi ", "lúc "]
                .iter()
                .any(|w| n.starts_with(w))
                .then(|| schedule(p))
                .flatten()
                .filter(|s| s.start.is_some())
        });
        let Some(found) = found else {
            return;
        };
        self.plan.schedule = Some(found);
        self.diagnostics.push(Diagnostic::new(
            Code::ParseNote,
            Severity::Info,
            "/schedule",
            Message::new(
                "Thời gian được đọc từ phần mở đầu (\"Vào lúc …\"); kế hoạch không có dòng \"Thời gian:\".",
                "The time was read from the opening (\"Vào lúc …\"); the plan has no \"Thời gian:\" line.",
            ),
        ));
    }

    /// A length of the meeting was written and no line gives its date: said, as a
    /// date missing, not a time misread.
    fn span_without_date(&mut self) {
        if self.plan.schedule.is_some() || !self.plan.sessions.is_empty() {
            return;
        }
        for (line, said) in std::mem::take(&mut self.spans) {
            self.note(
                &line,
                "/schedule",
                format!("Kế hoạch ghi thời lượng \"{said}\" nhưng không ghi ngày họp."),
                format!("The plan says how long the meeting lasts (\"{said}\") but gives no date for it."),
            );
        }
    }

    /// A site of the meeting was named ("Điểm cầu trung tâm: …"): held online, unless a
    /// line said how; the title or opening may still say hybrid.
    fn sites_mean_online(&mut self) {
        if !self.mode_stated {
            self.plan.mode = Mode::Online;
        }
    }

    /// How the meeting is held, from the title when no line says it ("Tổ chức Hội nghị
    /// trực tuyến toàn quốc …"), or from the opening when there is no title ("Bộ Công
    /// Thương tổ chức Hội nghị trực tuyến về …"): online, or hybrid when it also says
    /// "kết hợp" or "trực tiếp". Said, since the body may tell otherwise in a part not
    /// given.
    fn mode_from_title(&mut self) {
        if self.mode_stated {
            return;
        }
        let title = normalise(&self.plan.header.title);
        let (said, vi, en) =
            if title.contains("trực tuyến") {
                (title, "trích yếu", "title")
            } else if let Some(p) =
                self.plan.preamble.iter().map(|p| normalise(p)).find(|p| {
                    p.contains("hội nghị trực tuyến") || p.contains("hình thức trực tuyến")
                })
            {
                (p, "phần mở đầu", "opening")
            } else {
                return;
            };
        self.plan.mode = if said.contains("kết hợp") || said.contains("trực tiếp") {
            Mode::Hybrid
        } else {
            Mode::Online
        };
        self.diagnostics.push(Diagnostic::new(
            Code::ParseNote,
            Severity::Info,
            "/mode",
            Message::new(
                format!("Hình thức tổ chức được đọc từ {vi} (hội nghị trực tuyến); kế hoạch không có dòng “Hình thức”."),
                format!("How the meeting is held was read from the {en} (an online conference); the plan has no “Hình thức” line."),
            ),
        ));
    }

    /// Decides which entries stand for each unit of a group, and the groups' sizes.
    fn resolve_units(&mut self) {
        // Each "N noun" of the texts that may count units, in order: the entries (a
        // role and its body read apart, unless the role ends with a number), the chairs,
        // the title, the opening, the purposes, the recipients; and the time-and-place
        // part, which says how many sites an online meeting has ("4. Các điểm cầu:
        // điểm cầu trung tâm và 63 điểm cầu tại …"): the venue, a site, or a line of
        // that part kept as written.
        let mut found: Vec<(&'static str, u32)> = Vec::new();
        for (_, _, e) in self.plan.entries() {
            match &e.role {
                Some(r) if r.ends_with(|c: char| c.is_ascii_digit()) => {
                    rec::unit_mentions_into(&format!("{r} {}", e.body), &mut found);
                }
                Some(r) => {
                    rec::unit_mentions_into(r, &mut found);
                    rec::unit_mentions_into(&e.body, &mut found);
                }
                None => rec::unit_mentions_into(&e.body, &mut found),
            }
        }
        let p = &self.plan;
        let others = p
            .chairs
            .iter()
            .map(|c| c.body.as_str())
            .chain(std::iter::once(p.header.title.as_str()))
            .chain(p.preamble.iter().map(String::as_str))
            .chain(p.purposes.iter().map(String::as_str))
            .chain(p.recipients.iter().map(|r| r.body.as_str()))
            .chain(p.venue.iter().map(|v| v.name.as_str()))
            .chain(p.sites.iter().map(|s| s.name.as_str()))
            // "Cấp xã (21 xã, thị trấn)": a level heading numbering its units.
            .chain(p.levels.iter().map(|l| l.name.as_str()))
            .chain(
                p.unrecognised
                    .iter()
                    .filter(|u| u.section == SectionKey::Venue)
                    .map(|u| u.text.as_str()),
            );
        for text in others {
            rec::unit_mentions_into(text, &mut found);
        }
        // Each noun the text counts ("11 phường"), with the counts it gives, in order.
        let mut mentioned: BTreeMap<String, usize> = BTreeMap::new();
        let mut counts: Vec<Vec<u32>> = Vec::new();
        for (noun, count) in found {
            match mentioned.get(noun).and_then(|at| counts.get_mut(*at)) {
                Some(list) => list.push(count),
                None => {
                    mentioned.insert(noun.to_owned(), counts.len());
                    counts.push(vec![count]);
                }
            }
        }
        // Stated per-unit nouns were recorded as their entries were read, so in the
        // order `entries()` walks them (a lookup per entry made long lists quadratic).
        let mut per_unit = std::mem::take(&mut self.per_unit).into_iter().peekable();
        // The issuer's own levels ("HỘI NÔNG DÂN HUYỆN …" under "… TỈNH …"): a site
        // named by one of them is the issuer's own, one place.
        let own = normalise(&format!(
            "{} {}",
            self.plan.header.superior.as_deref().unwrap_or(""),
            self.plan.header.issuer
        ));
        // Each entry standing for some units, and whether its count, stated on its line
        // with no "mỗi", is the line's own ("Bí thư Đoàn 11 phường (11 đồng chí)").
        let mut decided: Vec<((usize, usize), String, bool)> = Vec::new();
        for (g, e, entry) in self.plan.entries() {
            let stated = per_unit.next_if(|(at, _)| *at == (g, e)).map(|(_, n)| n);
            let at_each_site = || {
                let level = self.plan.participants.groups.get(g)?.level.as_deref()?;
                per_site(&self.plan.level(level)?.name, &own).then(|| "điểm cầu".to_owned())
            };
            // The body's own units ("Bí thư Đoàn 11 phường"), when the line states no
            // count for each of them.
            let of_body = || {
                // Only a noun the text counts is taken: none, none to look for.
                if mentioned.is_empty() {
                    return None;
                }
                rec::trailing_unit_noun(&entry.body)
                    .filter(|noun| mentioned.contains_key(*noun))
                    .map(|noun| (noun.to_owned(), true))
            };
            let noun = stated
                .map(|noun| (noun, false))
                .or_else(of_body)
                .or_else(|| at_each_site().map(|noun| (noun, false)));
            if let Some((noun, of_body)) = noun {
                decided.push(((g, e), noun, of_body && entry.count_stated));
            }
        }
        // The nouns of the unit groups, normalised, as groups are added.
        let mut defined = BTreeSet::new();
        for unit in &self.plan.units {
            defined.insert(normalise(&unit.noun));
        }
        for ((g, e), noun, line_total) in decided {
            // "các tổ chức thành viên: A, B, C (mỗi tổ chức 01 đồng chí)": the units are
            // the names listed, as many as there are.
            let body = self
                .plan
                .participants
                .groups
                .get(g)
                .and_then(|grp| grp.entries.get(e));
            let named = body.and_then(|entry| named_units(&entry.body, &noun));
            let fresh = !defined.contains(&normalise(&noun));
            // How many units the text says elsewhere ("gồm 3 tổ chức"), or the group
            // an entry above made.
            let known = match &named {
                None => None,
                Some(_) if fresh => mentioned
                    .get(noun.as_str())
                    .and_then(|at| counts.get(*at))
                    .and_then(|c| c.first().copied()),
                Some(_) => crate::matching::UnitGroups::of(&self.plan)
                    .get(&noun)
                    .and_then(crate::model::UnitGroup::size),
            };
            match named {
                Some(Ok(names)) if fresh && known.is_none() => {
                    defined.insert(normalise(&noun));
                    self.plan.units.push(crate::model::UnitGroup {
                        noun: noun.clone(),
                        count: None,
                        members: names,
                    });
                }
                // As many as said elsewhere; or not clearly names, with a number said.
                Some(Ok(names)) if u32::try_from(names.len()).ok() == known => {}
                Some(Err(())) if known.is_some() => {}
                Some(_) => {
                    let path = crate::diagnostic::entry_pointer(g, e);
                    self.diagnostics.push(Diagnostic::new(
                        Code::ParseNote,
                        Severity::Warning,
                        path,
                        Message::new(
                            format!(
                                "Chưa rõ số {noun} được kể tên trong thành phần này: không đếm."
                            ),
                            format!("How many {noun} this entry names is unclear: not counted."),
                        ),
                    ));
                    if let Some(entry) = self
                        .plan
                        .participants
                        .groups
                        .get_mut(g)
                        .and_then(|grp| grp.entries.get_mut(e))
                    {
                        entry.count = crate::model::Headcount::Unknown;
                    }
                }
                None => {}
            }
            let counts = mentioned
                .get(noun.as_str())
                .and_then(|at| counts.get(*at))
                .map_or(&[][..], Vec::as_slice);
            let count = counts.first().copied();
            if defined.insert(normalise(&noun)) {
                if counts.iter().any(|c| Some(*c) != count) {
                    self.diagnostics.push(Diagnostic::new(
                        Code::ParseNote,
                        Severity::Warning,
                        "/units",
                        Message::new(format!("Số {noun} không thống nhất: {counts:?}; dùng {count:?}."), format!("The number of {noun} differs across the text: {counts:?}; using {count:?}.")),
                    ));
                }
                self.plan.units.push(crate::model::UnitGroup {
                    noun: noun.clone(),
                    count,
                    members: Vec::new(),
                });
            }
            let Some(entry) = self
                .plan
                .participants
                .groups
                .get_mut(g)
                .and_then(|grp| grp.entries.get_mut(e))
            else {
                continue;
            };
            if !line_total {
                entry.each = Some(noun);
                continue;
            }
            // A count stated beside units, with no "mỗi" or "/phường" saying it is each
            // unit's: "Bí thư Đoàn 11 phường (11 đồng chí)" is 11 people, one in each
            // ward, never 121. Units the line numbers itself make it the line's count;
            // units it names as one ("Lãnh đạo UBND xã (01 đồng chí)", the communes
            // counted elsewhere) make a smaller count each one's, as before.
            let crate::model::Headcount::Exact { value: stated } = entry.count else {
                continue;
            };
            let own = rec::unit_mentions_of(&entry.body, &noun).is_some();
            // ("normalise" drops a leading "các": looked for as written.)
            let several = ["các ", "những "].iter().any(|w| {
                crate::case::lower_prefix_len(&entry.body, w).is_some()
                    || rec::contains_ignoring_case(&entry.body, &format!(" {w}"))
            });
            match count.filter(|units| *units > 0) {
                Some(units) if stated >= units && stated % units == 0 => {
                    entry.count = crate::model::Headcount::Exact {
                        value: stated / units,
                    };
                    entry.each = Some(noun);
                }
                // "(20 đồng chí)" for 11 wards: the line's 20, tied to no ward.
                Some(units) if own && stated >= units => {}
                Some(units) if !own && !several && stated < units => entry.each = Some(noun),
                // "Bí thư Đoàn 11 phường (01 đồng chí)": one in each or one in all, the
                // line does not say; either way between these two.
                Some(units) => {
                    entry.count = match stated.checked_mul(units) {
                        Some(max) => crate::model::Headcount::Range { min: stated, max },
                        None => crate::model::Headcount::Unknown,
                    };
                    self.diagnostics.push(
                        Diagnostic::new(
                            Code::ParseNote,
                            Severity::Warning,
                            format!("/participants/groups/{g}/entries/{e}/count"),
                            Message::new(
                                format!("Dòng ghi {stated} người cho {units} {noun}: không rõ là mỗi {noun} {stated} người hay cả thảy {stated} người; tính từ {stated} đến {} người.", entry.count.max().unwrap_or(stated)),
                                format!("The line gives {stated} people for {units} {noun}: {stated} in each or {stated} in all, it does not say; counted as {stated} to {}.", entry.count.max().unwrap_or(stated)),
                            ),
                        )
                        .with_help(Message::new(
                            format!("Ghi rõ \"mỗi {noun} {stated:02} đồng chí\" hoặc tổng số người của dòng."),
                            format!("Write \"mỗi {noun} {stated:02} đồng chí\" (in each) or the line's total."),
                        )),
                    );
                }
                None => {}
            }
        }
        // "Chủ tịch UBND 05 xã", "Đại diện 15 hộ": a role in each of several units
        // whose count no unit group gives is no single person; how many, the line does
        // not say (see `rec::numbered_units`).
        for grp in &mut self.plan.participants.groups {
            for entry in &mut grp.entries {
                if entry.each.is_none()
                    && !entry.count_stated
                    && entry.role.is_some()
                    && matches!(entry.count, crate::model::Headcount::Exact { .. })
                    && rec::numbered_units(&entry.body)
                {
                    entry.count = crate::model::Headcount::Unknown;
                }
            }
        }
    }
}

/// Whether a level of participants names the sites of an online meeting other than
/// the central one ("Tại các điểm cầu", "Tại điểm cầu tỉnh", "Tại điểm cầu các huyện"):
/// who is listed under it is at each of them. A site by its name ("Tại điểm cầu Hà
/// Nội"), the central site ("trung tâm", "chính"), or a site named by a level the
/// issuer belongs to (`own`, normalised: "Tại điểm cầu huyện" in a district body's
/// plan, where there is one such site) is one place.
fn per_site(level: &str, own: &str) -> bool {
    let mut words = level.split(' ');
    let mut before = "";
    while let Some(word) = words.next() {
        if matches!(word, "điểm" | "Điểm") && words.clone().next() == Some("cầu") {
            words.next();
            if matches!(before, "các" | "mỗi") {
                return true;
            }
            let Some(after) = words.next() else {
                return false;
            };
            // "thành phố", "thị xã": the level in two words.
            let named = if matches!(after, "thành" | "thị") {
                format!("{after} {}", words.next().unwrap_or(""))
            } else {
                after.to_owned()
            };
            let issuers_own = own
                .split(|c: char| !c.is_alphanumeric())
                .collect::<Vec<_>>()
                .windows(named.split(' ').count())
                .any(|w| w.join(" ") == named);
            return after.starts_with(char::is_lowercase)
                && !matches!(after, "trung" | "chính" | "của" | "tại")
                && !issuers_own;
        }
        before = word;
    }
    false
}

/// Whether a line `next` continues the paragraph a line `prev` was cut from, in two
/// halves ([`open_paragraph`] of `prev`, [`continues_open`] of `next`): text copied
/// from a PDF or a legal-text site is wrapped at a fixed width. `prev` ends no sentence
/// or item and is not in capitals (headers, type lines and headings are); `next` opens
/// in lower case (not "a)", "đ."), with "(", or with a date or a number that ends the
/// text ("08/02/2012 của …", "25 tháng 7 …", "2080/QĐ-TTg …", "2020;"), never with an
/// item's number.
///
/// Whether a line may be cut from a longer paragraph: no table row, not in capitals,
/// not ending a sentence or an item.
fn open_paragraph(prev: &Line) -> bool {
    !prev.is_row()
        && !is_upper(&prev.text)
        && !prev
            .text
            .ends_with(['.', ';', ':', '!', '?', ')', '”', '"', '…'])
}

/// A news dateline opening a line: a source or place in parentheses, a dash, then a
/// capital ("(Phù Ninh)- Ngày …", "(ĐCSVN) – Sáng …").
fn dateline(t: &str) -> bool {
    let Some(close) = t.find(')') else {
        return false;
    };
    let inside = t.get(1..close).unwrap_or("");
    let after = t.get(close + 1..).unwrap_or("").trim_start();
    let Some(after) = after.strip_prefix(['-', '–', '—']) else {
        return false;
    };
    inside.split(' ').count() <= 4
        && !inside.chars().any(|c| c.is_ascii_digit())
        && after.trim_start().starts_with(char::is_uppercase)
}

/// Whether `next` continues an open paragraph (see [`open_paragraph`]).
fn continues_open(next: &Line) -> bool {
    if next.is_row() || is_rule(&next.text) {
        return false;
    }
    let t = next.text.as_str();
    let mut chars = t.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if first == '(' {
        // Not a news portal's dateline ("(Phù Ninh)- Ngày 21/11/2022, …", "(Chinhphu.vn)
        // - …"): its own paragraph, under the post's title.
        return !dateline(t);
    }
    if first.is_lowercase() {
        return !matches!(chars.next(), Some(')' | '.')) && numbered(t).is_none();
    }
    if first.is_ascii_digit() {
        // "08/02/2012 của …", "25 tháng 7 …", "2080/QĐ-TTg ngày …", "2020;"; not an
        // item of a timetable ("7 giờ 30: Khai mạc", "08h00 - 08h30: …", "26/8/2022
        // (Thứ Sáu): …") nor a numbered item.
        let words: Vec<&str> = t.split_whitespace().collect();
        let timed = words.iter().take(4).any(|w| w.contains(':'))
            || words.first().is_some_and(|w| w.contains('h'))
            || words
                .get(1)
                .is_some_and(|w| ["giờ", "h", "phút"].contains(&normalise(w).as_str()));
        return numbered(t).is_none()
            && !timed
            && (words.len() == 1
                || words
                    .get(1)
                    .is_some_and(|w| w.starts_with(char::is_lowercase)));
    }
    false
}

/// Words a phrase cannot end with: a preposition, a conjunction, a determiner, a verb
/// that wants its object ("… gửi" / "Văn phòng trước ngày 15/12", "… của" / "Chính
/// phủ về …"). A line cut after one of them goes on, whatever the case of the next.
const OPEN_ENDS: &[&str] = &[
    "của", "và", "với", "cho", "gửi", "tại", "về", "theo", "từ", "đến", "tới", "trên", "dưới",
    "trong", "thuộc", "các", "những", "mỗi", "hoặc", "để", "do", "bởi", "vào", "giữa", "cùng",
    "là",
];

/// Whether a line open for more (see [`open_paragraph`]) stops mid-phrase: its last
/// word is one of [`OPEN_ENDS`].
fn ends_mid_phrase(prev: &Line) -> bool {
    super::lines::last_word(&prev.text).is_some_and(|w| OPEN_ENDS.contains(&w))
}

/// Whether `next`, opening with a capital, goes on with a line cut mid-phrase (see
/// [`ends_mid_phrase`]): a name ("Văn phòng trước ngày …", "Chính phủ về …"), not an
/// item, a heading, a line in capitals (a signature's body, a header) or a labelled
/// field ("Thời gian: …", "Nơi nhận:").
fn continues_capital(next: &Line) -> bool {
    let t = next.text.as_str();
    !next.is_row()
        && t.starts_with(char::is_uppercase)
        && !is_upper(t)
        && bullet(t).is_none()
        && numbered(t).is_none()
        && roman_heading(t).is_none()
        && !t.split(' ').take(6).any(|w| w.ends_with(':'))
}

/// A running header at the top of a page ("UBND PHƯỜNG TÂN LẬP – Kế hoạch tổ chức Hội
/// nghị tổng kết năm 2026"), right after a page's number: a short line naming the
/// document, neither an item nor a sentence.
fn running_header(line: &Line) -> bool {
    let t = line.text.as_str();
    !line.is_row()
        && bullet(t).is_none()
        && numbered(t).is_none()
        && roman_heading(t).is_none()
        && !t.ends_with(['.', ';', ':', ','])
        && t.split(' ').count() <= 20
        && normalise(t).contains("kế hoạch")
}

/// Whether `next` closes a parenthesis the paragraph `prev` left open ("… ngày
/// 22/12/2026 (thứ" / "Ba)."), whatever its case; not an item of its own.
fn closes_parenthesis(prev: &Line, next: &Line) -> bool {
    let t = next.text.as_str();
    t.contains(')')
        && !next.is_row()
        && bullet(t).is_none()
        && numbered(t).is_none()
        && prev.text.matches('(').count() > prev.text.matches(')').count()
}

/// The roles of the paragraphs of the source line `no` (see
/// [`crate::model::LayoutLine::roles`]): each found by its column and its text
/// among what the reader recorded; empty when none has one.
fn roles_of(
    recorded: &[(u32, usize, String, LineRole)],
    no: u32,
    cells: &[String],
) -> Vec<LineRole> {
    if !recorded.iter().any(|(n, ..)| *n == no) {
        return Vec::new();
    }
    let roles: Vec<LineRole> = cells
        .iter()
        .enumerate()
        .flat_map(|(column, cell)| {
            // A paragraph holding pieces the reader took for different things (a
            // cell's lines glued together) has no one role.
            cell.split('\n').map(move |p| {
                let mut found = recorded.iter().filter(|(n, c, t, _)| {
                    *n == no && *c == column && !t.is_empty() && p.contains(t.as_str())
                });
                let first = found.next().map_or(LineRole::Text, |r| r.3);
                if found.all(|r| r.3 == first) {
                    first
                } else {
                    LineRole::Text
                }
            })
        })
        .collect();
    if roles.iter().all(|r| *r == LineRole::Text) {
        Vec::new()
    } else {
        roles
    }
}

/// The lines as the reader reads them, hard-wrapped paragraphs joined back (see
/// [`continues_open`]), and for each source line the reader's line it belongs to. The
/// layout keeps the source lines.
fn unwrap_lines(lines: Vec<Line>) -> (Vec<Line>, Vec<usize>) {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut owner = Vec::with_capacity(lines.len());
    let mut joined_any = vec![false; 0];
    // Whether the last source line left its paragraph open (lines are moved, not
    // copied: what is needed of the last one is kept apart).
    let mut open = false;
    // Whether it stopped mid-phrase ([`ends_mid_phrase`]).
    let mut mid_phrase = false;
    // Whether the last source line was a page's number.
    let mut page_turned = false;
    for line in lines {
        // A page's number between two pages, and the running header that may open the
        // next page: kept in the layout, not read; the paragraph they cut goes on
        // after them.
        let page_mark = !line.is_row() && is_page_mark(&line.text);
        if !out.is_empty() && (page_mark || page_turned && running_header(&line)) {
            owner.push(out.len() - 1);
            page_turned = page_mark;
            continue;
        }
        page_turned = false;
        let next_open = open_paragraph(&line);
        let next_mid = next_open && ends_mid_phrase(&line);
        match out.last_mut() {
            Some(joined)
                if open
                    && (continues_open(&line)
                        || closes_parenthesis(joined, &line)
                        || mid_phrase && continues_capital(&line)) =>
            {
                joined.text.push(' ');
                joined.text.push_str(&line.text);
                joined.bold_close = line.bold_close;
                if let Some(flag) = joined_any.last_mut() {
                    *flag = true;
                }
            }
            _ => {
                out.push(line);
                joined_any.push(false);
            }
        }
        owner.push(out.len().saturating_sub(1));
        open = next_open;
        mid_phrase = next_mid;
    }
    // The cells of a joined line are its text (set once: a long run of wrapped lines
    // stays linear).
    for (line, joined) in out.iter_mut().zip(joined_any) {
        if joined {
            line.cells = vec![line.text.clone()];
        }
    }
    (out, owner)
}

/// Whether the lines are Vietnamese typed without its marks ("KE HOACH", "Thanh phan:
/// ... dong chi", as a chat message is typed): no letter outside ASCII, and several of
/// the words every plan writes, unmarked. The reader reads Vietnamese with its marks;
/// such a text is read for what it can, and said.
fn unmarked_vietnamese(lines: &[Line]) -> bool {
    const WORDS: &[&str] = &[
        "ke hoach",
        "hoi nghi",
        "thanh phan",
        "dong chi",
        "thoi gian",
        "dia diem",
        "dai bieu",
        "to chuc",
    ];
    if lines.iter().any(|l| !l.text.is_ascii()) {
        return false;
    }
    let mut found = 0;
    for word in WORDS {
        if lines.iter().any(|l| {
            l.text
                .as_bytes()
                .windows(word.len())
                .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
        }) {
            found += 1;
        }
    }
    found >= 3
}

pub(crate) fn run(physical: Vec<Line>) -> Result<Parsed, ParseError> {
    let unmarked = unmarked_vietnamese(&physical);
    // The layout keeps the source lines as they are, before they are joined and read.
    let layout_cells: Vec<(u32, Vec<String>)> = physical
        .iter()
        .map(|l| {
            let cells = if l.is_row() {
                l.cells.clone()
            } else {
                vec![l.text.clone()]
            };
            (l.no, cells)
        })
        .collect();
    let (joined, owner) = unwrap_lines(physical);
    // Parts pasting ran together are lines of their own; the layout keeps them as
    // written, each source line in the part of its first.
    let (joined, moved) = outline::unglue(joined);
    let owner: Vec<usize> = owner
        .into_iter()
        .map(|o| moved.get(o).copied().unwrap_or(o))
        .collect();
    let lines = joined.as_slice();
    let o = outline::outline(lines);
    if o.type_line.is_none() && o.web_title.is_none() && o.top.is_empty() && !o.fields {
        return Err(ParseError::NotAPlan);
    }
    let mut r = Reader::new();
    let slice = |range: std::ops::Range<usize>| lines.get(range).unwrap_or(&[]);
    let header: Vec<Line> = slice(o.header.clone())
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(o.header.start + i) != o.web_title)
        .map(|(_, l)| l.clone())
        .chain(slice(o.header_after.clone()).iter().cloned())
        .collect();
    r.header_zone(&header);
    if let Some(line) = o.web_title.and_then(|w| lines.get(w)) {
        r.web_title(line);
    }
    r.phase = Phase::Preamble;
    if let Some(line) = o.type_line.and_then(|t| lines.get(t)) {
        let (_, rest) = outline::type_line(&line.text).unwrap_or(("KH", ""));
        r.phase = Phase::Title;
        // No role of the header: a source line that holds it with the place and date
        // ("…, ngày 03 tháng 7 năm 2017 KẾ HOẠCH") is no one thing.
        r.role(line, &line.text, LineRole::Text);
        if rest.is_empty() {
            r.plan.header.document_type = line.text.clone();
        } else {
            r.plan.header.document_type = line
                .text
                .get(..line.text.len() - rest.len())
                .unwrap_or(&line.text)
                .trim()
                .to_owned();
            let first = Line {
                text: rest.to_owned(),
                cells: vec![rest.to_owned()],
                ..line.clone()
            };
            r.title_line(&first);
        }
    } else if r.subject_line {
        // No type line, a subject "V/v …" for title: the type its number gives
        // ("407/HD-…" is a hướng dẫn), else a công văn.
        let by_number = r
            .plan
            .header
            .number
            .as_ref()
            .and_then(|n| crate::doctype::name_of(&n.type_code));
        let name = by_number.unwrap_or("CÔNG VĂN");
        r.plan.header.document_type = name.to_owned();
        r.diagnostics.push(Diagnostic::new(
            Code::ParseNote,
            Severity::Info,
            "/header/documentType",
            if by_number.is_some() {
                Message::new(
                    format!("Văn bản không có dòng tên loại mà có trích yếu \"V/v …\": loại \"{name}\" được đọc theo ký hiệu của số văn bản."),
                    format!("The text has no type line but a subject \"V/v …\": its type \"{name}\" is read from the number's symbol."),
                )
            } else {
                Message::new(
                    "Văn bản không có dòng tên loại mà có trích yếu \"V/v …\": đọc là công văn.",
                    "The text has no type line but a subject \"V/v …\": read as a công văn (letter).",
                )
            },
        ));
    } else if o.web_title.is_none() {
        r.diagnostics.push(Diagnostic::new(
            Code::ParseNote,
            Severity::Warning,
            "/header/title",
            Message::new(
                "Không có dòng tên loại văn bản (\"KẾ HOẠCH\") và trích yếu: văn bản được đọc theo các mục của nó.",
                "No document type line (\"KẾ HOẠCH\") and title: the text is read by its sections.",
            ),
        ));
    }
    for line in slice(o.front.clone()) {
        r.front_line(line);
    }
    if r.phase == Phase::Title {
        r.finish_title();
    }
    r.phase = Phase::Body;
    if o.fields {
        // A body of labelled fields without headings reads as the plan's content.
        r.enter_section("nội dung");
    }
    let mut tops = o.top.iter().peekable();
    let body = slice(o.body.clone());
    for (i, line) in body.iter().enumerate() {
        let top = tops.next_if(|t| **t == o.body.start + i).is_some();
        if is_rule(&line.text) && !line.is_row() {
            continue;
        }
        r.next_bulleted = body
            .get(i + 1)
            .is_some_and(|next| !next.is_row() && bullet(&next.text).is_some());
        r.body_line(line, top);
    }
    r.phase = Phase::Closing;
    r.end_zone(slice(o.end.clone()));
    r.settle_count_headings();
    r.settle_parts();
    r.resolve_units();
    r.settle_group_sums();
    r.mode_from_title();
    r.time_from_opening();
    r.span_without_date();
    // One meeting, its place said with its time only: the plan's venue.
    if r.plan.venue.is_none() {
        r.plan.venue = r.first_venue.take();
    }
    // A meeting held at the plan's venue has none of its own.
    let main_venue = r.plan.venue.clone();
    for m in &mut r.plan.sessions {
        if m.venue.is_some() && m.venue == main_venue {
            m.venue = None;
        }
    }
    let part = |i: usize| {
        if o.header.contains(&i) && Some(i) != o.web_title || o.header_after.contains(&i) {
            Part::Header
        } else if Some(i) == o.type_line
            || Some(i) == o.web_title
            || o.front.contains(&i) && i < o.front.start + r.title_count
        {
            Part::Title
        } else if o.front.contains(&i) {
            Part::Preamble
        } else if o.top.binary_search(&i).is_ok() {
            Part::Heading
        } else if o.body.contains(&i) {
            Part::Body
        } else {
            Part::End
        }
    };
    let layout_lines = layout_cells
        .into_iter()
        .enumerate()
        .map(|(i, (no, cells))| LayoutLine {
            part: part(owner.get(i).copied().unwrap_or(i)),
            roles: roles_of(&r.roles, no, &cells),
            cells,
        })
        .collect();
    r.plan.layout = Some(Layout {
        digest: r.plan.fields_digest(),
        lines: layout_lines,
    });
    if unmarked {
        r.diagnostics.push(Diagnostic::new(
            Code::ParseNote,
            Severity::Warning,
            "",
            Message::new(
                "Văn bản gõ không dấu: trình đọc chỉ đọc tiếng Việt có dấu, nên các mục, số đại biểu, thời gian có thể chưa được đọc; hãy gõ lại có dấu.",
                "The text is Vietnamese typed without its diacritics: the reader reads Vietnamese with its marks, so sections, counts and times may not have been read; type it again with its marks.",
            ),
        ));
    }
    if r.plan.header.issuer.is_empty() {
        r.diagnostics.push(Diagnostic::new(
            Code::ParseNote,
            Severity::Warning,
            "/header/issuer",
            Message::new(
                "Không tìm thấy cơ quan ban hành (dòng chữ in hoa ở đầu văn bản).",
                "No issuing body (a line in capitals at the top) was found.",
            ),
        ));
    }
    Ok(Parsed {
        plan: r.plan,
        diagnostics: r.diagnostics,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, NaiveTime};

    #[test]
    fn counts_are_numbers_before_words_for_people() {
        assert_eq!(count_mentions("đại diện thành đoàn (02 đồng chí)"), 1);
        assert_eq!(count_mentions("bí thư đoàn xã số 22 tỉnh số 1"), 0);
        assert_eq!(count_mentions("3-5 đ/c, 12 người; 7 đại biểu"), 3);
        assert_eq!(count_mentions("x12 người, 1.500 người, 12 34 người"), 1);
        assert_eq!(count_mentions("trong 12 ngày, 30 phút"), 0);
        assert_eq!(count_mentions("tổng số 60"), 0);
    }

    #[test]
    fn a_month_or_quarter_without_the_day() {
        for (text, period) in [
            ("trong tháng 12/2026.", Some("tháng 12/2026")),
            ("Tháng 12 năm 2026", Some("tháng 12/2026")),
            ("dự kiến tuần đầu tháng 01/2027", Some("tháng 01/2027")),
            ("Quý IV/2026", Some("quý IV/2026")),
            ("quý 4 năm 2026", Some("quý 4/2026")),
            ("từ tháng 3 đến tháng 5/2026", None),
            ("tháng 13/2026", None),
            ("trong tháng này", None),
        ] {
            assert_eq!(period_only(text).as_deref(), period, "{text}");
        }
    }

    #[test]
    fn schedules() {
        let s = schedule("Dự kiến 08 giờ 00, ngày 26 tháng 8 năm 2022 (Thứ Sáu).").unwrap();
        assert!(s.tentative);
        assert_eq!(s.start, NaiveTime::from_hms_opt(8, 0, 0));
        assert_eq!(s.weekday_label.as_deref(), Some("Thứ Sáu"));
        let s = schedule("Từ 14g00 đến 16g30, ngày 05/9/2025 (Thứ 6)").unwrap();
        assert_eq!(
            (s.start, s.end),
            (
                NaiveTime::from_hms_opt(14, 0, 0),
                NaiveTime::from_hms_opt(16, 30, 0)
            )
        );
        let s = schedule(
            "08h00, từ ngày 26 tháng 8 năm 2022 đến ngày 27 tháng 8 năm 2022, trong 90 phút",
        )
        .unwrap();
        assert_eq!(s.end_date, NaiveDate::from_ymd_opt(2022, 8, 27));
        assert_eq!(s.duration_minutes, Some(90));
        assert!(schedule("sáng thứ sáu").is_none());
    }

    #[test]
    fn programme_items() {
        let i = programme_item("08h00 – 08h30: Đón tiếp đại biểu (Ban Tổ chức trình bày)");
        assert_eq!(
            (i.start, i.end),
            (
                NaiveTime::from_hms_opt(8, 0, 0),
                NaiveTime::from_hms_opt(8, 30, 0)
            )
        );
        assert_eq!(i.text, "Đón tiếp đại biểu");
        assert_eq!(i.presenter.as_deref(), Some("Ban Tổ chức"));
        let i = programme_item("Báo cáo tổng kết (Phó Bí thư trình bày).");
        assert_eq!(
            (i.text.as_str(), i.presenter.as_deref()),
            ("Báo cáo tổng kết", Some("Phó Bí thư"))
        );
        let i = programme_item("Báo cáo 08 tháng đầu năm 2022.");
        assert_eq!(
            i.reporting_period,
            Some(crate::ReportingPeriod::FirstMonths {
                months: 8,
                year: Some(2022)
            })
        );
        assert_eq!(i.start, None);
    }

    #[test]
    fn venues_authorities_names() {
        assert_eq!(
            venue("Hội trường A (sức chứa 120 chỗ)."),
            Venue {
                name: "Hội trường A".into(),
                capacity: Some(120)
            }
        );
        assert_eq!(
            venue("Hội trường 2 - Ủy ban Nhân dân Quận."),
            Venue {
                name: "Hội trường 2 - Ủy ban Nhân dân Quận".into(),
                capacity: None
            }
        );
        assert_eq!(
            authority("TM. BAN THƯỜNG VỤ QUẬN ĐOÀN"),
            Some((Authority::Tm, "BAN THƯỜNG VỤ QUẬN ĐOÀN"))
        );
        assert_eq!(authority("KT. BÍ THƯ"), Some((Authority::Kt, "BÍ THƯ")));
        assert_eq!(authority("Q. Trưởng"), None);
        assert_eq!(authority("T/M CHI BỘ"), Some((Authority::Tm, "CHI BỘ")));
        assert_eq!(
            authority("K.T. CHỦ TỊCH"),
            Some((Authority::Kt, "CHỦ TỊCH"))
        );
        assert_eq!(authority("T/MCHI BỘ"), None);
        assert!(rec::is_name("Nguyễn Văn An"));
        assert!(!rec::is_name("Bế mạc Hội nghị."));
        assert_eq!(slug("Khách mời đặc biệt"), "khach-moi-dac-biet");
    }
}
