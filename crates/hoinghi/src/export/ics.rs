//! The conference as an iCalendar invitation (RFC 5545): one VEVENT in
//! Asia/Ho_Chi_Minh (UTC+7, no daylight saving) with its VTIMEZONE.
//!
//! Chairs are `ATTENDEE;ROLE=CHAIR`, participants `ROLE=REQ-PARTICIPANT` (with
//! `RSVP=TRUE` when invited), a whole body or a per-unit entry `CUTYPE=GROUP`, the
//! issuing body the `ORGANIZER`. Bodies have no e-mail addresses in a plan, so their
//! calendar addresses are URNs made from their names (`urn:hoinghi:quan-doan`).

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use super::{slug, ExportError};
use crate::model::{Plan, ProgrammeItem};

const TZID: &str = "Asia/Ho_Chi_Minh";

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value, quoted when it holds `:`, `;` or `,` (DQUOTE is not allowed inside).
fn param(value: &str) -> String {
    let clean: String = value
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| if c == '"' { '\'' } else { c })
        .collect();
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

fn date(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

fn date_time(d: NaiveDate, t: NaiveTime) -> String {
    format!("{}T{:02}{:02}00", date(d), t.hour(), t.minute())
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

/// The plan as an iCalendar file (CRLF line ends, folded lines).
///
/// `DTSTAMP` is the date of issue (or the conference date), so the same plan always
/// gives the same file.
///
/// # Errors
/// [`ExportError::NoSchedule`] when the plan has no date.
///
/// ```
/// let plan = hoinghi::json::from_str(include_str!("../../../../examples/plans/ke-hoach-05-KH-DTN-VP.json"))?;
/// let ics = hoinghi::export::ics::to_icalendar(&plan)?;
/// assert!(ics.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20220826T080000\r\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_icalendar(plan: &Plan) -> Result<String, ExportError> {
    let s = plan.schedule.as_ref().ok_or(ExportError::NoSchedule)?;
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
        "BEGIN:VEVENT".into(),
        format!("UID:{}", uid(plan)),
        format!("DTSTAMP:{}T000000Z", date(h.date.unwrap_or(s.date))),
    ];
    match s.start {
        Some(start) => {
            lines.push(format!("DTSTART;TZID={TZID}:{}", date_time(s.date, start)));
            let last_day = s.end_date.unwrap_or(s.date);
            if let Some(end) = s.end {
                lines.push(format!("DTEND;TZID={TZID}:{}", date_time(last_day, end)));
            } else if let Some(minutes) = s.duration_minutes {
                lines.push(format!("DURATION:PT{minutes}M"));
            }
        }
        None => {
            lines.push(format!("DTSTART;VALUE=DATE:{}", date(s.date)));
            let after = s.end_date.unwrap_or(s.date).succ_opt().unwrap_or(s.date);
            lines.push(format!("DTEND;VALUE=DATE:{}", date(after)));
        }
    }
    lines.push(format!("SUMMARY:{}", text(&h.title)));
    let mut places: Vec<String> = plan.venue.iter().map(|v| v.name.clone()).collect();
    places.extend(plan.sites.iter().map(|site| site.name.clone()));
    if !places.is_empty() {
        lines.push(format!("LOCATION:{}", text(&places.join("; "))));
    }
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
    lines.push(format!("DESCRIPTION:{}", text(&description.join("\n"))));
    lines.push(format!(
        "STATUS:{}",
        if s.tentative {
            "TENTATIVE"
        } else {
            "CONFIRMED"
        }
    ));
    lines.push(format!(
        "ORGANIZER;CN={}:urn:hoinghi:{}",
        param(&h.issuer),
        slug(&h.issuer)
    ));
    for chair in &plan.chairs {
        let name = match &chair.role {
            Some(role) => format!("{role} {}", chair.body),
            None => chair.body.clone(),
        };
        let rsvp = if chair.invited { ";RSVP=TRUE" } else { "" };
        lines.push(format!(
            "ATTENDEE;CN={};ROLE=CHAIR;CUTYPE=INDIVIDUAL{rsvp}:urn:hoinghi:{}",
            param(&name),
            slug(&name)
        ));
    }
    for (_, _, entry) in plan.entries() {
        let name = match &entry.role {
            Some(role) => format!("{role} {}", entry.body),
            None => entry.body.clone(),
        };
        let group = entry.role.is_none() || entry.each.is_some() || entry.count.max() != Some(1);
        let cutype = if group { "GROUP" } else { "INDIVIDUAL" };
        let rsvp = if entry.invited { ";RSVP=TRUE" } else { "" };
        lines.push(format!(
            "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;CUTYPE={cutype}{rsvp}:urn:hoinghi:{}",
            param(&name),
            slug(&name)
        ));
    }
    lines.push("END:VEVENT".into());
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
        assert_eq!(text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        assert_eq!(param("Thành Đoàn: VP"), "\"Thành Đoàn: VP\"");
        assert_eq!(param("Quận \"12\""), "Quận '12'");
    }

    #[test]
    fn no_date_no_calendar() {
        let plan = Plan::new("X", "Y");
        assert_eq!(to_icalendar(&plan), Err(ExportError::NoSchedule));
    }
}
