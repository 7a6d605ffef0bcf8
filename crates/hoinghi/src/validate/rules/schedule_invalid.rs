//! `schedule-invalid` (error): the end must come after the start (time, and last day).

use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(s) = &cx.plan.schedule else { return };
    if let Some(end_date) = s.end_date.filter(|d| *d < s.date) {
        out.push(Diagnostic::new(
            Code::ScheduleInvalid,
            Severity::Error,
            "/schedule/endDate",
            Message::new(
                format!(
                    "Ngày kết thúc {} trước ngày bắt đầu {}.",
                    super::dmy(end_date),
                    super::dmy(s.date)
                ),
                format!(
                    "The last day {} is before the first {}.",
                    super::dmy(end_date),
                    super::dmy(s.date)
                ),
            ),
        ));
    }
    let one_day = s.end_date.is_none_or(|d| d == s.date);
    if let (Some(start), Some(end), true) = (s.start, s.end, one_day) {
        if end <= start {
            out.push(Diagnostic::new(
                Code::ScheduleInvalid,
                Severity::Error,
                "/schedule/end",
                Message::new(
                    format!(
                        "Giờ kết thúc {} không sau giờ bắt đầu {}.",
                        crate::clock::hh_mm(end),
                        crate::clock::hh_mm(start)
                    ),
                    format!(
                        "The end {} is not after the start {}.",
                        crate::clock::hh_mm(end),
                        crate::clock::hh_mm(start)
                    ),
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, NaiveTime};

    use crate::validate::test_support::{findings, sample};
    use crate::{Code, Severity};

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        let s = plan.schedule.as_mut().unwrap();
        s.end = NaiveTime::from_hms_opt(11, 30, 0);
        assert!(findings(&plan, Code::ScheduleInvalid).is_empty());
        let s = plan.schedule.as_mut().unwrap();
        s.end = NaiveTime::from_hms_opt(7, 30, 0);
        assert_eq!(
            findings(&plan, Code::ScheduleInvalid),
            [(Severity::Error, "/schedule/end".to_owned())]
        );
        let s = plan.schedule.as_mut().unwrap();
        s.end = None;
        s.end_date = NaiveDate::from_ymd_opt(2022, 8, 25);
        assert_eq!(
            findings(&plan, Code::ScheduleInvalid),
            [(Severity::Error, "/schedule/endDate".to_owned())]
        );
    }
}
