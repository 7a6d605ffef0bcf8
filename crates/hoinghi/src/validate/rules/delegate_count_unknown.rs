//! `delegate-count-unknown` (warning): an entry whose size the plan does not give
//! ("Ban Thường vụ Quận Đoàn"), so the total is only a lower bound.

use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    // The count lists groups and entries in the plan's order: walk both together.
    let entries = cx.plan.participants.groups.iter().flat_map(|g| &g.entries);
    let counts = cx.count().groups.iter().flat_map(|g| &g.entries);
    for (entry, counted) in entries.zip(counts) {
        if counted.per_body.is_unknown() || counted.bodies.is_none() {
            let who = entry.label();
            out.push(
                Diagnostic::new(
                    Code::DelegateCountUnknown,
                    Severity::Warning,
                    counted.path.clone(),
                    Message::new(
                        format!("Không rõ số người của \"{who}\"."),
                        format!("The number of people of \"{who}\" is not given."),
                    ),
                )
                .with_help(Message::new(
                    "Ghi rõ số lượng, ví dụ \"(15 đồng chí)\".",
                    "State the number, e.g. \"(15 đồng chí)\".",
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Headcount;
    use crate::validate::test_support::{findings, sample};
    use crate::{Code, Severity};

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        assert_eq!(
            findings(&plan, Code::DelegateCountUnknown),
            [(
                Severity::Warning,
                "/participants/groups/1/entries/2".to_owned()
            )]
        );
        plan.participants.groups[1].entries[2].count = Headcount::Exact { value: 15 };
        assert!(findings(&plan, Code::DelegateCountUnknown).is_empty());
    }
}
