//! `delegate-limit-exceeded`: error when even the lower bound of the count exceeds
//! the planned cap ("Dự kiến 50 đại biểu"); warning when only the known upper bound
//! does, or when the cap is said to be approximate ("khoảng 120 đại biểu": a number
//! given as approximate is not a cap one can be sure is passed). An unbounded count is
//! reported by `delegate-count-unknown` instead.

use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(limit) = cx.count().limit else {
        return;
    };
    let approximate = cx.plan.participants.expected_approximate;
    let (severity, vi, en) = if cx.count().min > limit {
        let min = cx.count().min;
        if approximate {
            (
                Severity::Warning,
                format!("Triệu tập ít nhất {min} đại biểu, nhiều hơn số dự kiến khoảng {limit}."),
                format!(
                    "At least {min} delegates are summoned, more than the approximately {limit} planned."
                ),
            )
        } else {
            (
                Severity::Error,
                format!("Triệu tập ít nhất {min} đại biểu, vượt dự kiến {limit}."),
                format!("At least {min} delegates are summoned, more than the planned {limit}."),
            )
        }
    } else if let Some(max) = cx.count().max.filter(|m| *m > limit) {
        let about = if approximate { "khoảng " } else { "" };
        let approximately = if approximate { "approximately " } else { "" };
        (
            Severity::Warning,
            format!("Có thể tới {max} đại biểu, vượt dự kiến {about}{limit}."),
            format!(
                "Up to {max} delegates may come, more than the {approximately}{limit} planned."
            ),
        )
    } else {
        return;
    };
    let help = if approximate {
        Message::new(
            "Số dự kiến được ghi là ước lượng (\"khoảng\"): ghi số dự kiến đúng với thành phần, hoặc giảm thành phần.",
            "The planned number is given as approximate (\"khoảng\"): state a number that matches the participants, or summon fewer people.",
        )
    } else {
        Message::new(
            "Tăng số dự kiến hoặc giảm thành phần.",
            "Raise the planned number or summon fewer people.",
        )
    };
    out.push(
        Diagnostic::new(
            Code::DelegateLimitExceeded,
            severity,
            "/participants/expected",
            Message::new(vi, en),
        )
        .with_help(help),
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

    #[test]
    fn an_approximate_cap_passed_is_a_warning() {
        let mut plan = sample();
        plan.participants.expected_approximate = true;
        assert!(findings(&plan, Code::DelegateLimitExceeded).is_empty());
        // At least 64 of "khoảng 50": more than the plan said, but the plan did not
        // say 50 exactly.
        plan.units[0].count = Some(20);
        assert_eq!(
            findings(&plan, Code::DelegateLimitExceeded),
            [(Severity::Warning, "/participants/expected".to_owned())]
        );
        let d = crate::validate(&plan);
        let d = d
            .iter()
            .find(|d| d.code == Code::DelegateLimitExceeded)
            .unwrap();
        assert!(
            d.message.en.contains("approximately 50"),
            "{}",
            d.message.en
        );
        assert!(d.message.vi.contains("khoảng 50"), "{}", d.message.vi);
        // Up to 52: a warning either way, said to be of an approximate number.
        plan.units[0].count = Some(11);
        plan.participants.groups[1].entries[2].count = Headcount::Range { min: 9, max: 15 };
        assert_eq!(
            findings(&plan, Code::DelegateLimitExceeded),
            [(Severity::Warning, "/participants/expected".to_owned())]
        );
        // The exact cap is unchanged: an error.
        plan.participants.expected_approximate = false;
        plan.units[0].count = Some(20);
        assert_eq!(
            findings(&plan, Code::DelegateLimitExceeded),
            [(Severity::Error, "/participants/expected".to_owned())]
        );
    }
}
