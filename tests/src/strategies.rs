//! Proptest strategies for whole plans.
//!
//! [`text_plan`] makes plans the text format can carry exactly (free text drawn from
//! a vocabulary that cannot be mistaken for structure); [`any_plan`] adds what only
//! JSON carries (quorum rules, kept lines, arbitrary strings); [`hostile_plan`] puts
//! line breaks, control characters and lines that read as parts of a plan into its
//! text fields, as a careless paste or an attacker would.

use chrono::{NaiveDate, NaiveTime};
use hoinghi::model::{
    Archive, Assignment, Authority, Budget, BudgetItem, Chair, DaySpan, Headcount, Header, Level,
    Mode, PartOfDay, ParticipantEntry, ParticipantGroup, Participants, ProgrammeItem, Recipient,
    Schedule, SectionKey, Signature, Site, SpanUnit, UnitGroup, UnrecognisedLine, Venue,
};
use hoinghi::quorum::{QuorumRule, RequiredPosition, Share, UnitShare};
use hoinghi::{DocumentNumber, NumberStyle, Plan, ReportingPeriod, SCHEMA_VERSION};
use proptest::prelude::*;
use proptest::sample::select;

const WORDS: &[&str] = &[
    "tăng", "cường", "công", "tác", "thanh", "niên", "phong", "trào", "đoàn", "viên", "chất",
    "lượng", "hoạt", "động", "giải", "pháp", "nâng", "cao", "tuyên", "truyền", "học", "tập", "cơ",
    "sở", "thiết", "thực", "hiệu", "quả", "kịp", "thời",
];

fn sentence(min: usize, max: usize) -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(select(WORDS), min..=max),
        select(&["Tăng", "Nâng", "Đánh", "Chuẩn", "Tổ", "Bảo"][..]),
    )
        .prop_map(|(words, first)| {
            let mut s = first.to_owned();
            for w in words {
                s.push(' ');
                s.push_str(w);
            }
            s.push('.');
            s
        })
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (2020i32..2028, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default())
}

fn time() -> impl Strategy<Value = NaiveTime> {
    (6u32..20, select(&[0u32, 15, 30, 45][..]))
        .prop_map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default())
}

fn period() -> impl Strategy<Value = (String, ReportingPeriod)> {
    (1u8..=12, 2020i32..2028).prop_map(|(m, y)| {
        (
            format!("{m} tháng đầu năm {y}"),
            ReportingPeriod::FirstMonths {
                months: m,
                year: Some(y),
            },
        )
    })
}

const HEADINGS: &[&[&str]] = &[
    &[],
    &["ĐOÀN TNCS HỒ CHÍ MINH"],
    &[
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ],
];

fn header() -> impl Strategy<Value = Header> {
    (
        select(HEADINGS),
        proptest::option::of(select(
            &[
                "THÀNH ĐOÀN TP. HỒ CHÍ MINH",
                "TỈNH ĐOÀN AN GIANG",
                "HUYỆN ỦY CỦ CHI",
            ][..],
        )),
        select(
            &[
                "BCH ĐOÀN QUẬN 12",
                "BCH ĐOÀN XÃ AN PHÚ",
                "ỦY BAN NHÂN DÂN XÃ NHÀ BÈ",
            ][..],
        ),
        proptest::option::of((
            any::<bool>(),
            1u32..1000,
            select(&["ĐTN", "UBND", "TĐTN"][..]),
            proptest::option::of(select(&["VP", "TC"][..])),
            proptest::option::of(2000u16..2100),
        )),
        proptest::option::of(select(&["Quận 12", "Nhà Bè", "TP. Hồ Chí Minh"][..])),
        proptest::option::of(date()),
        sentence(3, 10),
        proptest::option::of(period()),
    )
        .prop_map(
            |(heading, superior, issuer, number, place, date, title, period)| {
                let mut title = title.trim_end_matches('.').to_owned();
                let reporting_period = period.map(|(text, p)| {
                    title.push(' ');
                    title.push_str(&text);
                    p
                });
                Header {
                    heading: heading.iter().map(|h| (*h).to_owned()).collect(),
                    superior: superior.map(str::to_owned),
                    issuer: issuer.to_owned(),
                    number: number.map(|(party, n, issuer, unit, year)| DocumentNumber {
                        year,
                        ..DocumentNumber::new(
                            if party {
                                NumberStyle::Party
                            } else {
                                NumberStyle::State
                            },
                            n,
                            "KH",
                            issuer,
                            unit,
                        )
                    }),
                    place: place.map(str::to_owned),
                    date,
                    document_type: "KẾ HOẠCH".to_owned(),
                    title,
                    reporting_period,
                }
            },
        )
}

const BODIES: &[&str] = &[
    "Thường trực Quận ủy",
    "Ban Dân vận Quận ủy",
    "Quận Đoàn",
    "Hội Liên hiệp Thanh niên Quận",
    "Ban Thường vụ Thành Đoàn",
];
const ROLES: &[(&str, u32)] = &[
    ("đại diện", 1),
    ("Bí thư và Phó Bí thư", 2),
    ("Đại diện lãnh đạo", 1),
    ("Chủ tịch", 1),
    ("Bí thư", 1),
];

fn chair() -> impl Strategy<Value = Chair> {
    (
        any::<bool>(),
        proptest::option::of(select(ROLES)),
        select(BODIES),
    )
        .prop_map(|(invited, role, body)| Chair {
            invited,
            role: role.map(|(r, _)| r.to_owned()),
            body: body.to_owned(),
        })
}

fn headcount() -> impl Strategy<Value = Headcount> {
    prop_oneof![
        (1u32..100).prop_map(|value| Headcount::Exact { value }),
        (1u32..50, 0u32..50).prop_map(|(min, extra)| Headcount::Range {
            min,
            max: min + extra
        }),
        (1u32..50).prop_map(|min| Headcount::AtLeast { min }),
    ]
}

/// An entry not per unit.
fn entry() -> impl Strategy<Value = ParticipantEntry> {
    prop_oneof![
        (any::<bool>(), select(ROLES), select(BODIES)).prop_map(|(invited, (role, n), body)| {
            ParticipantEntry {
                invited,
                role: Some(role.to_owned()),
                body: body.to_owned(),
                each: None,
                count: Headcount::Exact { value: n },
                count_stated: false,
            }
        }),
        (any::<bool>(), select(BODIES)).prop_map(|(invited, body)| ParticipantEntry {
            invited,
            role: None,
            body: body.to_owned(),
            each: None,
            count: Headcount::Unknown,
            count_stated: false,
        }),
        (
            any::<bool>(),
            proptest::option::of(select(ROLES)),
            select(BODIES),
            headcount()
        )
            .prop_map(|(invited, role, body, count)| ParticipantEntry {
                invited,
                role: role.map(|(r, _)| r.to_owned()),
                body: body.to_owned(),
                each: None,
                count,
                count_stated: true,
            }),
    ]
}

const LEVELS: &[(&str, &str)] = &[
    ("province", "Cấp thành phố"),
    ("district", "Cấp quận"),
    ("commune", "Cấp xã"),
    ("grassroots", "Cấp cơ sở"),
    ("khach-moi", "Khách mời"),
];

/// Participants with their levels and unit groups, consistent with each other.
fn participants() -> impl Strategy<Value = (Participants, Vec<Level>, Vec<UnitGroup>)> {
    (
        proptest::option::of(1u32..600),
        proptest::sample::subsequence(LEVELS, 0..=3),
        proptest::collection::vec(proptest::collection::vec(entry(), 0..4), 3),
        proptest::option::of((2u32..40, any::<bool>(), headcount())),
        proptest::collection::vec(entry(), 1..4),
    )
        .prop_map(|(expected, levels, mut entry_lists, per_unit, single)| {
            let mut units = Vec::new();
            let mut groups: Vec<ParticipantGroup> = if levels.is_empty() {
                // One group without a level (several would run together in text).
                vec![ParticipantGroup {
                    level: None,
                    entries: single,
                    ..ParticipantGroup::default()
                }]
            } else {
                levels
                    .iter()
                    .zip(entry_lists.iter_mut())
                    .map(|((id, _), entries)| ParticipantGroup {
                        level: Some((*id).to_owned()),
                        entries: std::mem::take(entries),
                        ..ParticipantGroup::default()
                    })
                    .collect()
            };
            if let (Some((n, also_stated, count)), Some(last)) = (per_unit, groups.last_mut()) {
                units.push(UnitGroup {
                    noun: "phường".to_owned(),
                    count: Some(n),
                    members: Vec::new(),
                });
                last.entries.push(ParticipantEntry {
                    invited: false,
                    role: Some("Bí thư và Phó Bí thư".to_owned()),
                    body: format!("Đoàn {n} phường"),
                    each: Some("phường".to_owned()),
                    count: Headcount::Exact { value: 2 },
                    count_stated: false,
                });
                if also_stated {
                    last.entries.push(ParticipantEntry {
                        invited: true,
                        role: Some("đại diện".to_owned()),
                        body: "Hội Sinh viên phường".to_owned(),
                        each: Some("phường".to_owned()),
                        count,
                        count_stated: true,
                    });
                }
            }
            let levels = levels
                .iter()
                .map(|(id, name)| Level {
                    id: (*id).to_owned(),
                    name: (*name).to_owned(),
                })
                .collect();
            if expected.is_none()
                && groups
                    .iter()
                    .all(|g| g.entries.is_empty() && g.level.is_none())
            {
                groups.clear();
            }
            (
                Participants {
                    expected,
                    // "Dự kiến khoảng N đại biểu" for a third of the totals, drawn from
                    // the total itself so that the recorded regressions still replay.
                    expected_approximate: expected.is_some_and(|e| e % 3 == 0),
                    groups,
                    uncertain: Vec::new(),
                },
                levels,
                units,
            )
        })
}

fn schedule() -> impl Strategy<Value = Schedule> {
    (
        any::<bool>(),
        date(),
        proptest::option::of(1i64..4),
        proptest::option::of((time(), proptest::option::of(time()))),
        proptest::option::of(30u32..240),
        any::<bool>(),
        proptest::option::of((
            1u32..4,
            select(vec![SpanUnit::Day, SpanUnit::HalfDay, SpanUnit::Session]),
        )),
        proptest::option::of(select(vec![
            PartOfDay::Morning,
            PartOfDay::Noon,
            PartOfDay::Afternoon,
            PartOfDay::Evening,
        ])),
    )
        .prop_map(
            |(tentative, date, extra_days, times, duration, label, span, part)| {
                let (start, end) = match times {
                    Some((s, e)) => (Some(s), e),
                    None => (None, None),
                };
                Schedule {
                    tentative,
                    date,
                    end_date: extra_days.map(|d| date + chrono::Duration::days(d)),
                    start,
                    end,
                    duration_minutes: if end.is_none() { duration } else { None },
                    weekday_label: label.then(|| {
                        hoinghi::weekday::label(chrono::Datelike::weekday(&date)).to_owned()
                    }),
                    span: span.map(|(count, unit)| DaySpan { count, unit }),
                    part_of_day: part,
                }
            },
        )
}

fn programme_item(depth: u32) -> BoxedStrategy<ProgrammeItem> {
    let leaf = (
        proptest::option::of((time(), proptest::option::of(time()))),
        sentence(2, 8),
        proptest::option::of(select(
            &[
                "Bí thư Quận Đoàn",
                "Ban Tổ chức",
                "Phó Chủ tịch Ủy ban nhân dân xã",
            ][..],
        )),
        proptest::option::of(period()),
    )
        .prop_map(|(times, text, presenter, period)| {
            let (start, end) = times.map_or((None, None), |(s, e)| (Some(s), e));
            let mut text = text;
            let reporting_period = period.map(|(p, value)| {
                text = format!("Báo cáo kết quả {p}.");
                value
            });
            ProgrammeItem {
                start,
                end,
                text,
                presenter: presenter.map(str::to_owned),
                reporting_period,
                items: Vec::new(),
            }
        });
    if depth >= 3 {
        return leaf.boxed();
    }
    (
        leaf,
        proptest::collection::vec(programme_item(depth + 1), 0..3),
    )
        .prop_map(|(mut item, children)| {
            item.items = children;
            item
        })
        .boxed()
}

fn assignment() -> impl Strategy<Value = Assignment> {
    (
        select(&["Văn phòng Quận Đoàn", "Các Ban Quận Đoàn", "Các cơ sở Đoàn"][..]),
        proptest::collection::vec(sentence(3, 12), 0..3),
        proptest::option::of(date()),
    )
        .prop_map(|(body, tasks, deadline)| Assignment {
            body: body.to_owned(),
            tasks,
            deadline,
        })
}

fn budget() -> impl Strategy<Value = Budget> {
    (
        proptest::collection::vec(
            (
                select(
                    &[
                        "In ấn tài liệu",
                        "Khen thưởng",
                        "Trang trí hội trường",
                        "Nước uống",
                    ][..],
                ),
                0u64..2_000_000_000,
            ),
            0..4,
        ),
        proptest::option::of(0u64..5_000_000_000),
        proptest::option::of(select(&["ngân sách Quận Đoàn", "xã hội hóa"][..])),
    )
        .prop_map(|(items, total, source)| Budget {
            items: items
                .into_iter()
                .map(|(d, amount)| BudgetItem {
                    description: d.to_owned(),
                    amount,
                })
                .collect(),
            total,
            source: source.map(str::to_owned),
        })
}

fn signature() -> impl Strategy<Value = Signature> {
    (
        select(&Authority::ALL[..]),
        select(&["BAN THƯỜNG VỤ QUẬN ĐOÀN", "ỦY BAN NHÂN DÂN", "BÍ THƯ"][..]),
        proptest::option::of(select(&["BÍ THƯ", "PHÓ BÍ THƯ", "CHỦ TỊCH"][..])),
        proptest::option::of(select(
            &["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Tuấn"][..],
        )),
    )
        .prop_map(|(authority, principal, title, name)| Signature {
            authority: Some(authority),
            principal: Some(principal.to_owned()),
            delegations: Vec::new(),
            title: title.map(str::to_owned),
            name: name.map(str::to_owned),
        })
}

fn recipient() -> impl Strategy<Value = Recipient> {
    (
        select(
            &[
                "Thành Đoàn",
                "Thường trực Quận ủy",
                "Ban Dân vận Quận ủy",
                "Đoàn 11 phường",
            ][..],
        ),
        proptest::collection::vec(select(&["VP", "BTNTH", "Ban Tổ chức"][..]), 0..3),
    )
        .prop_map(|(body, subs)| Recipient {
            body: body.to_owned(),
            sub_units: subs.into_iter().map(str::to_owned).collect(),
        })
}

/// A plan the text format carries exactly: `parse_text(render::text(p)) == p`.
pub fn text_plan() -> impl Strategy<Value = Plan> {
    let venue = (
        proptest::option::of((
            select(
                &[
                    "Hội trường 2 - Ủy ban Nhân dân Quận",
                    "Phòng họp A",
                    "Nhà văn hóa Thanh niên",
                ][..],
            ),
            proptest::option::of(10u32..500),
        )),
        select(&[Mode::InPerson, Mode::Online, Mode::Hybrid][..]),
        proptest::collection::vec(
            (
                any::<bool>(),
                select(
                    &[
                        "Hội trường Thành Đoàn",
                        "Trụ sở Đảng ủy phường",
                        "Nhà văn hóa xã",
                    ][..],
                ),
                proptest::option::of(10u32..200),
            ),
            0..3,
        ),
    );
    let body = (
        proptest::collection::vec(sentence(4, 16), 0..3),
        proptest::collection::vec(sentence(4, 16), 0..4),
        proptest::collection::vec(chair(), 0..3),
        participants(),
        proptest::option::of(schedule()),
        venue,
        proptest::collection::vec(programme_item(1), 0..5),
    );
    let end = (
        proptest::collection::vec(assignment(), 0..3),
        proptest::option::of(budget()),
        proptest::option::of(sentence(2, 6)),
        proptest::option::of(signature()),
        proptest::collection::vec(recipient(), 0..4),
        proptest::option::of(proptest::collection::vec(select(&["VP", "VT"][..]), 1..3)),
    );
    (header(), body, end).prop_map(
        |(
            header,
            (
                preamble,
                purposes,
                chairs,
                (participants, levels, units),
                schedule,
                (venue, mode, sites),
                programme,
            ),
            (assignments, budget, closing, signature, recipients, archive),
        )| Plan {
            schema_version: SCHEMA_VERSION,
            header,
            preamble,
            purposes,
            levels,
            units,
            chairs,
            participants,
            schedule,
            venue: venue.map(|(name, capacity)| Venue {
                name: name.to_owned(),
                capacity,
            }),
            mode,
            sites: sites
                .into_iter()
                .map(|(host, name, capacity)| Site {
                    host,
                    name: name.to_owned(),
                    capacity,
                })
                .collect(),
            programme,
            assignments,
            budget,
            quorum: None,
            closing: closing
                .map(|c| vec![format!("Trên đây là kế hoạch. {c}")])
                .unwrap_or_default(),
            signature,
            recipients,
            archive: archive.map(|units| Archive {
                units: units.into_iter().map(str::to_owned).collect(),
            }),
            sessions: Vec::new(),
            unrecognised: Vec::new(),
            layout: None,
        },
    )
}

fn share() -> impl Strategy<Value = Share> {
    (0u32..10, 0u32..10, any::<bool>()).prop_map(|(numerator, denominator, strict)| Share {
        numerator,
        denominator,
        strict,
    })
}

/// Any plan JSON can carry, including quorum rules, kept lines and arbitrary text.
pub fn any_plan() -> impl Strategy<Value = Plan> {
    let quorum = proptest::option::of((
        proptest::option::of(share()),
        proptest::option::of((share(), proptest::option::of(".{0,8}"))),
        proptest::collection::vec((0usize..5, 0usize..5, any::<bool>()), 0..3),
    ));
    let kept = proptest::collection::vec(
        (
            1u32..1000,
            select(&[SectionKey::Header, SectionKey::Programme, SectionKey::Other][..]),
            ".{0,30}",
        ),
        0..3,
    );
    (text_plan(), quorum, kept, ".{0,40}", "\\PC{0,20}").prop_map(
        |(mut plan, quorum, kept, free, issuer)| {
            plan.quorum = quorum.map(|(people, units, required)| QuorumRule {
                people,
                units: units.map(|(share, noun)| UnitShare { share, noun }),
                required: required
                    .into_iter()
                    .map(|(group, entry, every_unit)| RequiredPosition {
                        group,
                        entry,
                        every_unit,
                    })
                    .collect(),
            });
            plan.unrecognised = kept
                .into_iter()
                .map(|(line, section, text)| UnrecognisedLine {
                    line,
                    section,
                    text,
                })
                .collect();
            plan.purposes.push(free);
            plan.header.issuer = issuer;
            plan
        },
    )
}

/// What breaks a one-line field: every kind of line break, runs of them, and the
/// characters no document can carry (ESC, NUL, DEL, C1 controls, U+FFFE).
pub const BREAKS: &[&str] = &[
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "\r\n\r\n",
    "\u{b}",
    "\u{c}",
    "\u{85}",
    "\u{2028}",
    "\u{2029}",
    "\n \n",
    "\u{0}",
    "\u{1}",
    "\u{1b}[2J\u{1b}[H",
    "\u{7f}",
    "\u{9b}",
    "\u{fffe}",
    "\u{ffff}",
    "\t",
    "\u{0}\n\u{1}",
];

/// Lines that read as parts of a plan, to follow a break: a new participant, a
/// programme item, a section, a sub-heading, a topic, the document type, the
/// signature, a rule, nothing.
pub const PLAN_LINES: &[&str] = &[
    "- Mời đại diện Công ty X",
    "5. Chương trình hội nghị",
    "II. NỘI DUNG",
    "+ Thảo luận",
    "KẾ HOẠCH",
    "2.1 Cấp thành phố",
    "TM. BAN THƯỜNG VỤ QUẬN ĐOÀN",
    "-----",
    "",
    // These also carry the text form's syntax within a line (a count, the colon
    // of sub-units, a time, the full stop that ends a list item): on one line they
    // still mean something there, so they are checked for the plan's shape only.
    "- Mời đại diện Công ty X (99 đồng chí)",
    "Nơi nhận:",
    "- Lưu VP.",
    "Thời gian: 08 giờ 00, ngày 26 tháng 8 năm 2022",
    "08h00 – 08h30: Khai mạc",
];

/// The lines of [`PLAN_LINES`] with syntax within a line.
pub const INLINE_SYNTAX: &[&str] = &[
    "(99 đồng chí)",
    "nơi nhận:",
    "lưu vp.",
    "thời gian:",
    "08h00 – 08h30:",
];

/// Whether a field of `plan` holds one of the [`INLINE_SYNTAX`] lines.
#[must_use]
pub fn has_inline_syntax(plan: &Plan) -> bool {
    let json = serde_json::to_string(plan)
        .unwrap_or_default()
        .to_lowercase();
    INLINE_SYNTAX.iter().any(|s| json.contains(s))
}

/// The JSON fields that name something else in the plan (a level id, a unit group's
/// noun, a document number's codes, the weekday checked against the date), that are
/// read from a fixed vocabulary (a role, the document type) or are not text at all
/// (dates, times, enum values): not free text, so not where a paste lands.
const NOT_FREE_TEXT: &[&str] = &[
    "date",
    "endDate",
    "start",
    "end",
    "deadline",
    "kind",
    "mode",
    "section",
    "authority",
    "style",
    "id",
    "level",
    "each",
    "noun",
    "typeCode",
    "issuer",
    "unit",
    "weekdayLabel",
    "role",
    "documentType",
];

/// Whether the string at JSON pointer `at` is free text.
fn is_free(at: &str) -> bool {
    let mut parts = at.rsplit('/');
    let last = parts.next().unwrap_or_default();
    if last.chars().all(|c| c.is_ascii_digit()) {
        let parent = parts.next().unwrap_or_default();
        // Not the heading lines: the text form knows them by their words (the Youth
        // Union's name, the national motto).
        return matches!(
            parent,
            "purposes" | "preamble" | "closing" | "tasks" | "subUnits" | "members"
        ) || at.starts_with("/archive/");
    }
    // A level's name is free text, but the text form has no level ids: it derives
    // them from the names, so a longer name is another id.
    // Nor the signer's name, which the text form knows by its shape (a few
    // capitalised words).
    at == "/header/issuer"
        || (!NOT_FREE_TEXT.contains(&last)
            && !at.starts_with("/levels/")
            && at != "/signature/name")
}

fn text_fields(value: &serde_json::Value, at: &str, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(_) if is_free(at) => out.push(at.to_owned()),
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                text_fields(v, &format!("{at}/{i}"), out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                // A per-unit entry's body ends with its units ("Đoàn 11 phường"),
                // from which the text form infers the unit group.
                if k == "body" && map.contains_key("each") {
                    continue;
                }
                // A title or an item naming a reporting period: the text form reads
                // the period from the words ("… năm 2022"), which a character glued
                // to the year would hide.
                if matches!(k.as_str(), "title" | "text") && map.contains_key("reportingPeriod") {
                    continue;
                }
                text_fields(v, &format!("{at}/{k}"), out);
            }
        }
        _ => {}
    }
}

/// Maps every string of `plan` with `f`.
fn map_strings(plan: &Plan, f: &dyn Fn(&str) -> String) -> Plan {
    fn walk(value: &mut serde_json::Value, f: &dyn Fn(&str) -> String) {
        match value {
            serde_json::Value::String(s) => *s = f(s),
            serde_json::Value::Array(items) => items.iter_mut().for_each(|v| walk(v, f)),
            serde_json::Value::Object(map) => map.values_mut().for_each(|v| walk(v, f)),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(plan).unwrap_or_default();
    walk(&mut value, f);
    serde_json::from_value(value).unwrap_or_else(|_| plan.clone())
}

/// `plan` with each field on one line, as every writer writes it
/// ([`hoinghi::chars::one_line`]).
#[must_use]
pub fn one_lined(plan: &Plan) -> Plan {
    map_strings(plan, &|s| hoinghi::chars::one_line(s).into_owned())
}

/// `plan` as its text form reads back: each field on one line as every writer
/// writes it ([`hoinghi::chars::one_line`]), then as the reader keeps a line
/// (trimmed, single spaces).
#[must_use]
pub fn read_back(plan: &Plan) -> Plan {
    map_strings(plan, &|s| {
        hoinghi::chars::one_line(s)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// A plan of [`text_plan`] with one to four of its free-text fields (titles, names,
/// paragraphs, places, programme items, recipients…) followed by a [break](BREAKS)
/// and a [line of a plan](PLAN_LINES). Its text form must read back as
/// [`read_back`] of it: the same number of participants, programme items and
/// recipients, each field on one line.
pub fn hostile_plan() -> impl Strategy<Value = Plan> {
    (
        text_plan(),
        proptest::collection::vec(
            (
                any::<proptest::sample::Index>(),
                select(BREAKS),
                select(PLAN_LINES),
            ),
            1..5,
        ),
    )
        .prop_map(|(plan, edits)| {
            let Ok(mut value) = serde_json::to_value(&plan) else {
                return plan;
            };
            let mut fields = Vec::new();
            text_fields(&value, "", &mut fields);
            if fields.is_empty() {
                return plan;
            }
            for (index, brk, line) in edits {
                let at = index.get(&fields);
                // The header's and the signature's lines are told apart by their
                // capitals: what a paste adds there keeps them (such a line in lower
                // case is not read as one, with or without a break).
                let capitals = [
                    "/header/superior",
                    "/header/issuer",
                    "/signature/principal",
                    "/signature/title",
                ]
                .iter()
                .any(|h| at.starts_with(h));
                if let Some(serde_json::Value::String(s)) = value.pointer_mut(at) {
                    s.push_str(brk);
                    if capitals {
                        s.push_str(&line.to_uppercase());
                    } else {
                        s.push_str(line);
                    }
                }
            }
            serde_json::from_value(value).unwrap_or(plan)
        })
}
