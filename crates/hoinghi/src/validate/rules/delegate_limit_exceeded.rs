//! `delegate-limit-exceeded`: error when even the lower bound of the count exceeds
//! the planned cap ("Dự kiến 50 đại biểu"); warning when only the known upper bound
//! does. An unbounded count is reported by `delegate-count-unknown` instead.

use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(limit) = cx.count().limit else {
        return;
    };
    let (severity, vi, en) = if cx.count().min > limit {
        (
            Severity::Error,
            format!(
                "Triệu tập ít nhất {} đại biểu, vượt dự kiến {limit}.",
                cx.count().min
            ),
            format!(
                "At least {} delegates are summoned, more than the planned {limit}.",
                cx.count().min
            ),
        )
    } else if let Some(max) = cx.count().max.filter(|m| *m > limit) {
        (
            Severity::Warning,
            format!("Có thể tới {max} đại biểu, vượt dự kiến {limit}."),
            format!("Up to {max} delegates may come, more than the planned {limit}."),
        )
    } else {
        return;
    };
    out.push(
        Diagnostic::new(
            Code::DelegateLimitExceeded,
            severity,
            "/participants/expected",
            Message::new(vi, en),
        )
        .with_help(Message::new(
            "Tăng số dự kiến hoặc giảm thành phần.",
            "Raise the planned number or summon fewer people.",
        )),
    );
}

#[cfg(test)]
mod tests {
    use crate::model::Headcount;
    use crate::validate::test_support::{findings, sample};
    use crate::{Code, Severity};

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        assert!(findings(&plan, Code::DelegateLimitExceeded).is_empty());
        plan.units[0].count = Some(20);
        assert_eq!(
            findings(&plan, Code::DelegateLimitExceeded),
            [(Severity::Error, "/participants/expected".to_owned())]
        );
        plan.units[0].count = Some(11);
        plan.participants.groups[1].entries[2].count = Headcount::Range { min: 9, max: 15 };
        assert_eq!(
            findings(&plan, Code::DelegateLimitExceeded),
            [(Severity::Warning, "/participants/expected".to_owned())]
        );
        plan.participants.groups[1].entries[2].count = Headcount::Range { min: 9, max: 13 };
        assert!(findings(&plan, Code::DelegateLimitExceeded).is_empty());
    }
}
