//! `weekday-mismatch` (error): the weekday written ("Thứ Sáu") must be the weekday of
//! the date. An unreadable label is a warning.

use chrono::Datelike;

use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::validate::Context;
use crate::weekday::{label as weekday_label, parse as parse_weekday};

fn english_weekday(day: chrono::Weekday) -> &'static str {
    match day {
        chrono::Weekday::Mon => "Monday",
        chrono::Weekday::Tue => "Tuesday",
        chrono::Weekday::Wed => "Wednesday",
        chrono::Weekday::Thu => "Thursday",
        chrono::Weekday::Fri => "Friday",
        chrono::Weekday::Sat => "Saturday",
        chrono::Weekday::Sun => "Sunday",
    }
}

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if let Some(s) = &cx.plan.schedule {
        check_one(s, "/schedule/weekdayLabel", out);
    }
    // Each meeting of a plan of several, the first aside when it is the schedule.
    for (i, m) in cx.plan.sessions.iter().enumerate() {
        if i == 0 && cx.plan.schedule.as_ref() == Some(&m.schedule) {
            continue;
        }
        check_one(
            &m.schedule,
            &format!("/sessions/{i}/schedule/weekdayLabel"),
            out,
        );
    }
}

fn check_one(s: &crate::model::Schedule, path: &str, out: &mut Vec<Diagnostic>) {
    let Some(label) = &s.weekday_label else {
        return;
    };
    let actual = weekday_label(s.date.weekday());
    match parse_weekday(label) {
        Some(day) if day == s.date.weekday() => {}
        Some(_) => out.push(
            Diagnostic::new(
                Code::WeekdayMismatch,
                Severity::Error,
                path,
                Message::new(
                    format!(
                        "Ngày {} là {actual}, không phải {label}.",
                        super::dmy(s.date)
                    ),
                    format!(
                        "{} is a {}, not \"{label}\".",
                        super::dmy(s.date),
                        english_weekday(s.date.weekday())
                    ),
                ),
            )
            .with_help(Message::new(
                format!("Sửa thành \"{actual}\" hoặc sửa ngày."),
                format!("Write \"{actual}\" or correct the date."),
            )),
        ),
        None => out.push(Diagnostic::new(
            Code::WeekdayMismatch,
            Severity::Warning,
            path,
            Message::new(
                format!("Không đọc được thứ \"{label}\"."),
                format!("\"{label}\" is not a weekday."),
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::test_support::{findings, sample};
    use crate::Code;
    use chrono::Weekday;

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        assert!(findings(&plan, Code::WeekdayMismatch).is_empty());
        plan.schedule.as_mut().unwrap().weekday_label = Some("Thứ Năm".into());
        assert_eq!(
            findings(&plan, Code::WeekdayMismatch),
            [(Severity::Error, "/schedule/weekdayLabel".to_owned())]
        );
        plan.schedule.as_mut().unwrap().weekday_label = Some("Thứ 6".into());
        assert!(findings(&plan, Code::WeekdayMismatch).is_empty());
        plan.schedule.as_mut().unwrap().weekday_label = Some("Thứ Tám".into());
        assert_eq!(
            findings(&plan, Code::WeekdayMismatch),
            [(Severity::Warning, "/schedule/weekdayLabel".to_owned())]
        );
    }

    #[test]
    fn each_meeting_is_checked() {
        let mut plan = sample();
        let first = plan.schedule.clone().unwrap();
        let mut second = first.clone();
        second.date = second.date.succ_opt().unwrap();
        // The sample's day is a Friday: the next day is no "Thứ Sáu".
        second.weekday_label = first.weekday_label.clone();
        plan.sessions = vec![
            crate::model::Session {
                name: "Đại hội trù bị".into(),
                schedule: first,
                venue: None,
            },
            crate::model::Session {
                name: "Đại hội chính thức".into(),
                schedule: second,
                venue: None,
            },
        ];
        assert_eq!(
            findings(&plan, Code::WeekdayMismatch),
            [(
                Severity::Error,
                "/sessions/1/schedule/weekdayLabel".to_owned()
            )]
        );
    }

    #[test]
    fn labels_round_trip() {
        for day in [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
        ] {
            assert_eq!(parse_weekday(weekday_label(day)), Some(day));
        }
    }
}
