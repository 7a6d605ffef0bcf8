//! The conference as an iCalendar invitation (RFC 5545): one VEVENT in
//! Asia/Ho_Chi_Minh (UTC+7, no daylight saving) with its VTIMEZONE; one per meeting
//! when the plan holds several ([`crate::model::Plan::sessions`]), each with its own
//! time, place and UID (the plan's with the meeting's number: `…-2@hoinghi`).
//!
//! Chairs are `ATTENDEE;ROLE=CHAIR`, participants `ROLE=REQ-PARTICIPANT` (with
//! `RSVP=TRUE` when invited), a whole body or a per-unit entry `CUTYPE=GROUP`, the
//! issuing body the `ORGANIZER`. There is one attendee per person or body: a chair
//! who is also listed as a participant (the same name, compared as
//! [`crate::names::same`] does) is one `ATTENDEE` with `ROLE=CHAIR`, and `RSVP=TRUE`
//! when either invites them. Bodies have no e-mail addresses in a plan, so their
//! calendar addresses are URNs made from their names ([`addresses`]), unique within
//! the file.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use super::{slug, ExportError};
use crate::chars::one_line;
use crate::model::{Plan, ProgrammeItem, Schedule};

const TZID: &str = "Asia/Ho_Chi_Minh";

/// Escapes a TEXT value (RFC 5545 §3.3.11), written as one line of characters a
/// document can carry ([`one_line`]).
fn text(value: &str) -> String {
    let value = one_line(value);
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            c => out.push(c),
        }
    }
    out
}

/// A parameter value, quoted when it holds `:`, `;` or `,` (DQUOTE is not allowed
/// inside, nor are control characters).
fn param(value: &str) -> String {
    let clean = one_line(value).replace('"', "'");
    if clean.contains([':', ';', ',']) {
        format!("\"{clean}\"")
    } else {
        clean
    }
}

/// Folds a content line at 75 octets without splitting a UTF-8 character, and ends it
/// with CRLF (RFC 5545 §3.1).
fn fold(line: &str, out: &mut String) {
    let mut budget = 75;
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > budget {
            out.push_str("\r\n ");
            used = 0;
            budget = 74;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

/// A DATE value; iCalendar writes years with four digits (RFC 5545 §3.3.4).
fn date(d: NaiveDate) -> Result<String, ExportError> {
    if (0..=9999).contains(&d.year()) {
        Ok(format!("{:04}{:02}{:02}", d.year(), d.month(), d.day()))
    } else {
        Err(ExportError::ScheduleInvalid(
            "a date lies outside the years 0000 to 9999 that iCalendar can write",
        ))
    }
}

fn date_time(d: NaiveDate, t: NaiveTime) -> Result<String, ExportError> {
    Ok(format!("{}T{:02}{:02}00", date(d)?, t.hour(), t.minute()))
}

/// DTSTART and DTEND or DURATION of the event, refusing a schedule that ends before it
/// starts (validation reports it as `schedule-invalid`): a calendar entry cannot say
/// so, and a client would show it wrongly or not at all.
fn when(s: &Schedule) -> Result<Vec<String>, ExportError> {
    const BACKWARDS: ExportError =
        ExportError::ScheduleInvalid("the conference ends before it starts (schedule-invalid)");
    let last_day = s.end_date.unwrap_or(s.date);
    if last_day < s.date {
        return Err(BACKWARDS);
    }
    let mut lines = Vec::new();
    match s.start {
        Some(start) => {
            lines.push(format!("DTSTART;TZID={TZID}:{}", date_time(s.date, start)?));
            if let Some(end) = s.end {
                if (last_day, end) <= (s.date, start) {
                    return Err(BACKWARDS);
                }
                lines.push(format!("DTEND;TZID={TZID}:{}", date_time(last_day, end)?));
            } else if let Some(minutes) = s.duration_minutes {
                lines.push(format!("DURATION:PT{minutes}M"));
            }
        }
        None => {
            // All day: a duration in days rather than the day after the last, which
            // for 9999-12-31 would be a year iCalendar cannot write.
            let days = (last_day - s.date).num_days().saturating_add(1);
            lines.push(format!("DTSTART;VALUE=DATE:{}", date(s.date)?));
            lines.push(format!("DURATION:P{days}D"));
        }
    }
    Ok(lines)
}

fn describe(items: &[ProgrammeItem], depth: usize, out: &mut Vec<String>) {
    for item in items {
        let times = match (item.start, item.end) {
            (Some(s), Some(e)) => format!(
                "{} – {}: ",
                crate::clock::hh_h_mm(s),
                crate::clock::hh_h_mm(e)
            ),
            (Some(s), None) => format!("{}: ", crate::clock::hh_h_mm(s)),
            _ => String::new(),
        };
        let presenter = item
            .presenter
            .as_ref()
            .map(|p| format!(" ({p})"))
            .unwrap_or_default();
        out.push(format!(
            "{}{times}{}{presenter}",
            "  ".repeat(depth) + "- ",
            item.text
        ));
        describe(&item.items, depth + 1, out);
    }
}

/// One event of the calendar: the plan, or one of its meetings.
struct Meeting<'p> {
    uid: String,
    name: Option<&'p str>,
    schedule: &'p Schedule,
    venue: Option<&'p crate::model::Venue>,
}

/// The stable UID: the document number and date of issue, else the issuer, title and
/// conference date.
#[must_use]
pub fn uid(plan: &Plan) -> String {
    let h = &plan.header;
    let key = match (&h.number, h.date) {
        (Some(n), Some(d)) => format!("{n}-{d}"),
        (Some(n), None) => n.to_string(),
        _ => format!(
            "{}-{}-{}",
            h.issuer,
            h.title,
            plan.schedule
                .as_ref()
                .map(|s| s.date.to_string())
                .unwrap_or_default()
        ),
    };
    format!("{}@hoinghi", slug(&key))
}

/// One attendee: a person or body, however often the plan lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendee {
    /// The name as first written ("đại diện Thường trực Quận ủy").
    pub name: String,
    /// Chủ trì: listed among the chairs.
    pub chair: bool,
    /// Mời: invited (by any of their listings).
    pub invited: bool,
    /// A body or several people (`CUTYPE=GROUP`) rather than one person.
    pub group: bool,
    /// Its calendar address, unique within the file (`urn:hoinghi:…`).
    pub address: String,
}

/// The calendar addresses of `names` (already [normalised](crate::names::normalise),
/// distinct), in order: `urn:hoinghi:` and the name's [`slug`]; when an earlier name
/// has the same slug ("Đoàn Phường" and "Doan Phuong"), `-2`, `-3`…; a name with no
/// Latin letter or digit (whose slug is empty) percent-encoded. `taken` holds the
/// addresses already given.
fn address(name: &str, taken: &mut HashSet<String>) -> String {
    let mut base = slug(name);
    if base.is_empty() {
        base = name
            .bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() {
                    char::from(b).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
    }
    let mut candidate = format!("urn:hoinghi:{base}");
    let mut n = 1u32;
    while taken.contains(&candidate) {
        n = n.saturating_add(1);
        candidate = format!("urn:hoinghi:{base}-{n}");
    }
    taken.insert(candidate.clone());
    candidate
}

/// The organizer's address and the attendees, one per person or body: chairs first,
/// then participants, in document order, each merged with the later listings of the
/// same name.
#[must_use]
pub fn addresses(plan: &Plan) -> (String, Vec<Attendee>) {
    let mut taken = HashSet::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let issuer = crate::names::normalise(&plan.header.issuer);
    let organizer = address(&issuer, &mut taken);
    let mut known: HashMap<String, String> = HashMap::new();
    known.insert(issuer, organizer.clone());
    let mut out: Vec<Attendee> = Vec::new();
    let chairs = plan
        .chairs
        .iter()
        .map(|c| (c.label(), true, c.invited, false));
    let entries = plan.entries().map(|(_, _, e)| {
        let group = e.role.is_none() || e.each.is_some() || e.count.max() != Some(1);
        (e.label(), false, e.invited, group)
    });
    for (name, chair, invited, group) in chairs.chain(entries) {
        let key = crate::names::normalise(&name);
        if let Some(attendee) = by_name.get(&key).and_then(|i| out.get_mut(*i)) {
            attendee.chair |= chair;
            attendee.invited |= invited;
            attendee.group |= group;
            continue;
        }
        let address = match known.get(&key) {
            Some(a) => a.clone(),
            None => address(&key, &mut taken),
        };
        by_name.insert(key, out.len());
        out.push(Attendee {
            name,
            chair,
            invited,
            group,
            address,
        });
    }
    (organizer, out)
}

/// The plan as an iCalendar file (CRLF line ends, folded lines).
///
/// `DTSTAMP` is the date of issue (or the conference date), so the same plan always
/// gives the same file.
///
/// # Errors
/// [`ExportError::NoSchedule`] when the plan has no date;
/// [`ExportError::ScheduleInvalid`] when it ends before it starts, or has a date
/// outside the years 0000–9999.
///
/// ```
/// let plan = hoinghi::json::from_str(include_str!("../../../../examples/plans/ke-hoach-05-KH-DTN-VP.json"))?;
/// let ics = hoinghi::export::ics::to_icalendar(&plan)?;
/// assert!(ics.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20220826T080000\r\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_icalendar(plan: &Plan) -> Result<String, ExportError> {
    let first = plan.schedule.as_ref().ok_or(ExportError::NoSchedule)?;
    let h = &plan.header;
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!("PRODID:-//hoinghi//hoinghi {}//VI", crate::VERSION),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:REQUEST".into(),
        "BEGIN:VTIMEZONE".into(),
        format!("TZID:{TZID}"),
        "BEGIN:STANDARD".into(),
        "DTSTART:19750613T000000".into(),
        "TZOFFSETFROM:+0700".into(),
        "TZOFFSETTO:+0700".into(),
        "TZNAME:ICT".into(),
        "END:STANDARD".into(),
        "END:VTIMEZONE".into(),
    ];
    // One event per meeting of a plan that holds several (each with its own UID, the
    // plan's with the meeting's number), else one for the plan.
    let uid = uid(plan);
    let meetings: Vec<Meeting<'_>> = if plan.sessions.len() > 1 {
        plan.sessions
            .iter()
            .enumerate()
            .map(|(i, m)| Meeting {
                uid: uid.replacen('@', &format!("-{}@", i + 1), 1),
                name: Some(m.name.as_str()).filter(|n| !n.is_empty()),
                schedule: &m.schedule,
                venue: m.venue.as_ref().or(plan.venue.as_ref()),
            })
            .collect()
    } else {
        vec![Meeting {
            uid,
            name: None,
            schedule: first,
            venue: plan.venue.as_ref(),
        }]
    };
    let mut places: Vec<String> = Vec::new();
    let mut description = vec![format!(
        "{} {}",
        h.document_type,
        h.number
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default()
    )
    .trim()
    .to_owned()];
    if !plan.programme.is_empty() {
        description.push("Chương trình:".into());
        describe(&plan.programme, 0, &mut description);
    }
    let description: Vec<String> = description.iter().map(|l| text(l)).collect();
    let description = format!("DESCRIPTION:{}", description.join("\\n"));
    let (organizer, attendees) = addresses(plan);
    for m in &meetings {
        let s = m.schedule;
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", m.uid));
        lines.push(format!(
            "DTSTAMP:{}T000000Z",
            date(h.date.unwrap_or(first.date))?
        ));
        lines.extend(when(s)?);
        lines.push(match m.name {
            Some(name) => format!("SUMMARY:{}", text(&format!("{} – {name}", h.title))),
            None => format!("SUMMARY:{}", text(&h.title)),
        });
        places.clear();
        places.extend(m.venue.iter().map(|v| v.name.clone()));
        places.extend(plan.sites.iter().map(|site| site.name.clone()));
        if !places.is_empty() {
            lines.push(format!("LOCATION:{}", text(&places.join("; "))));
        }
        lines.push(description.clone());
        lines.push(format!(
            "STATUS:{}",
            if s.tentative {
                "TENTATIVE"
            } else {
                "CONFIRMED"
            }
        ));
        lines.push(format!("ORGANIZER;CN={}:{organizer}", param(&h.issuer)));
        for a in &attendees {
            let role = if a.chair { "CHAIR" } else { "REQ-PARTICIPANT" };
            let cutype = if a.group { "GROUP" } else { "INDIVIDUAL" };
            let rsvp = if a.invited { ";RSVP=TRUE" } else { "" };
            lines.push(format!(
                "ATTENDEE;CN={};ROLE={role};CUTYPE={cutype}{rsvp}:{}",
                param(&a.name),
                a.address
            ));
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in &lines {
        fold(line, &mut out);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_at_75_octets_on_character_boundaries() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "Tổ chức hội nghị ".repeat(10));
        fold(&line, &mut out);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end_matches("\r\n"), line);
    }

    #[test]
    fn escapes_text_and_params() {
        assert_eq!(text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d e");
        assert_eq!(text("T\u{1}\r\n\u{FFFE}"), "T\u{FFFD} \u{FFFD}");
        assert_eq!(param("Thành Đoàn: VP"), "\"Thành Đoàn: VP\"");
        assert_eq!(param("Quận \"12\""), "Quận '12'");
        assert_eq!(param("A\nB\u{1B}"), "A B\u{FFFD}");
    }

    #[test]
    fn one_event_per_meeting() {
        let mut plan = on("2024-09-20");
        let first = plan.schedule.clone().unwrap();
        let mut second = Schedule::on(NaiveDate::from_ymd_opt(2024, 9, 21).unwrap());
        second.start = NaiveTime::from_hms_opt(7, 30, 0);
        plan.venue = Some(crate::model::Venue {
            name: "Phòng họp số 1".into(),
            capacity: None,
        });
        plan.sessions = vec![
            crate::model::Session {
                name: "Đại hội trù bị".into(),
                schedule: first,
                venue: None,
            },
            crate::model::Session {
                name: "Đại hội chính thức".into(),
                schedule: second,
                venue: Some(crate::model::Venue {
                    name: "Hội trường lớn".into(),
                    capacity: None,
                }),
            },
        ];
        let ics = to_icalendar(&plan).unwrap();
        assert_eq!(ics.matches("BEGIN:VEVENT\r\n").count(), 2);
        let uids: Vec<&str> = ics.lines().filter(|l| l.starts_with("UID:")).collect();
        assert_eq!(uids.len(), 2);
        assert_ne!(uids[0], uids[1]);
        assert!(uids[1].trim_end().ends_with("-2@hoinghi"), "{uids:?}");
        assert!(ics.contains("LOCATION:Phòng họp số 1\r\n"));
        assert!(ics.contains("LOCATION:Hội trường lớn\r\n"));
        assert!(ics.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20240921T073000\r\n"));
        assert!(ics.contains("– Đại hội chính thức"));
    }

    #[test]
    fn no_date_no_calendar() {
        let plan = Plan::new("X", "Y");
        assert_eq!(to_icalendar(&plan), Err(ExportError::NoSchedule));
    }

    fn on(date: &str) -> Plan {
        let mut plan = Plan::new("X", "Y");
        plan.schedule = Some(Schedule::on(date.parse().unwrap()));
        plan
    }

    #[test]
    fn a_schedule_that_ends_before_it_starts_is_refused() {
        let t = |h| NaiveTime::from_hms_opt(h, 0, 0);
        let mut plan = on("2022-08-26");
        let s = plan.schedule.as_mut().unwrap();
        (s.start, s.end) = (t(10), t(8));
        assert!(matches!(
            to_icalendar(&plan),
            Err(ExportError::ScheduleInvalid(_))
        ));
        let s = plan.schedule.as_mut().unwrap();
        s.end = t(10);
        assert!(
            matches!(to_icalendar(&plan), Err(ExportError::ScheduleInvalid(_))),
            "zero length"
        );
        // Over two days, the end time may be earlier in the day than the start.
        let s = plan.schedule.as_mut().unwrap();
        (s.end, s.end_date) = (t(8), "2022-08-27".parse().ok());
        assert!(to_icalendar(&plan)
            .unwrap()
            .contains("DTEND;TZID=Asia/Ho_Chi_Minh:20220827T080000"));
        let s = plan.schedule.as_mut().unwrap();
        s.end_date = "2022-08-25".parse().ok();
        assert!(matches!(
            to_icalendar(&plan),
            Err(ExportError::ScheduleInvalid(_))
        ));
        let mut plan = on("2022-08-26");
        plan.schedule.as_mut().unwrap().end_date = "2022-08-25".parse().ok();
        assert!(
            matches!(to_icalendar(&plan), Err(ExportError::ScheduleInvalid(_))),
            "all day"
        );
    }

    #[test]
    fn all_day_events_last_whole_days_up_to_the_last_year() {
        let ics = to_icalendar(&on("9999-12-31")).unwrap();
        assert!(
            ics.contains("DTSTART;VALUE=DATE:99991231\r\nDURATION:P1D\r\n"),
            "{ics}"
        );
        assert!(!ics.contains("DTEND"));
        let mut plan = on("2022-08-26");
        plan.schedule.as_mut().unwrap().end_date = "2022-08-28".parse().ok();
        assert!(to_icalendar(&plan).unwrap().contains("DURATION:P3D\r\n"));
        let mut plan = on("2022-08-26");
        plan.schedule.as_mut().unwrap().date = NaiveDate::from_ymd_opt(10_000, 1, 1).unwrap();
        assert!(matches!(
            to_icalendar(&plan),
            Err(ExportError::ScheduleInvalid(_))
        ));
    }

    #[test]
    fn one_attendee_per_name_with_unique_addresses() {
        use crate::model::{Chair, Headcount, ParticipantEntry, ParticipantGroup};
        let mut plan = on("2022-08-26");
        plan.header.issuer = "Quận Đoàn".into();
        plan.chairs.push(Chair {
            invited: false,
            role: Some("đại diện".into()),
            body: "Thường trực Quận ủy".into(),
        });
        let entry = |role: Option<&str>, body: &str, invited| ParticipantEntry {
            invited,
            role: role.map(str::to_owned),
            body: body.into(),
            each: None,
            count: Headcount::Exact { value: 1 },
            count_stated: true,
        };
        plan.participants.groups.push(ParticipantGroup {
            level: None,
            entries: vec![
                entry(Some("Đại diện"), "Thường trực  Quận ủy", true),
                entry(None, "Đoàn Phường", false),
                entry(None, "Doan Phuong", false),
                entry(None, "ĐOÀN PHƯỜNG", false),
                entry(None, "doan-phuong-2", false),
                entry(None, "共青团", false),
                entry(None, "Quận Đoàn", false),
            ],
            ..ParticipantGroup::default()
        });
        let (organizer, attendees) = addresses(&plan);
        assert_eq!(organizer, "urn:hoinghi:quan-doan");
        let found: Vec<(&str, bool, bool, &str)> = attendees
            .iter()
            .map(|a| (a.name.as_str(), a.chair, a.invited, a.address.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "đại diện Thường trực Quận ủy",
                    true,
                    true,
                    "urn:hoinghi:dai-dien-thuong-truc-quan-uy"
                ),
                ("Đoàn Phường", false, false, "urn:hoinghi:doan-phuong"),
                ("Doan Phuong", false, false, "urn:hoinghi:doan-phuong-2"),
                ("doan-phuong-2", false, false, "urn:hoinghi:doan-phuong-2-2"),
                (
                    "共青团",
                    false,
                    false,
                    "urn:hoinghi:%E5%85%B1%E9%9D%92%E5%9B%A2"
                ),
                ("Quận Đoàn", false, false, "urn:hoinghi:quan-doan"),
            ]
        );
        let ics = to_icalendar(&plan).unwrap().replace("\r\n ", "");
        assert_eq!(ics.matches("ATTENDEE").count(), 6);
        assert!(ics.contains(
            "ROLE=CHAIR;CUTYPE=INDIVIDUAL;RSVP=TRUE:urn:hoinghi:dai-dien-thuong-truc-quan-uy"
        ));
    }
}
