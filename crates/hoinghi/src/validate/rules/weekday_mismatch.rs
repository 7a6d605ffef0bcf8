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
    let Some(s) = &cx.plan.schedule else { return };
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
                "/schedule/weekdayLabel",
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
            "/schedule/weekdayLabel",
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
