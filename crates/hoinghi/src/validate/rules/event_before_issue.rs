//! `event-before-issue` (error): the conference cannot be held before the plan for it
//! is issued.

use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let (Some(issued), Some(s)) = (cx.plan.header.date, &cx.plan.schedule) else {
        return;
    };
    if s.date < issued {
        out.push(Diagnostic::new(
            Code::EventBeforeIssue,
            Severity::Error,
            "/schedule/date",
            Message::new(
                format!(
                    "Hội nghị ngày {} diễn ra trước ngày ban hành kế hoạch {}.",
                    super::dmy(s.date),
                    super::dmy(issued)
                ),
                format!(
                    "The conference on {} is before the plan's date of issue {}.",
                    super::dmy(s.date),
                    super::dmy(issued)
                ),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::validate::test_support::{findings, sample};
    use crate::{Code, Severity};

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        assert!(findings(&plan, Code::EventBeforeIssue).is_empty());
        plan.schedule.as_mut().unwrap().date = NaiveDate::from_ymd_opt(2022, 8, 17).unwrap();
        assert_eq!(
            findings(&plan, Code::EventBeforeIssue),
            [(Severity::Error, "/schedule/date".to_owned())]
        );
    }
}
