//! `duplicate-participant` (warning): the same position in the same body listed twice
//! is counted twice.

use crate::diagnostic::{pointer, Code, Diagnostic, Message, Severity};
use crate::matching::same_entry;
use crate::validate::Context;

use super::describe_entry;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let entries: Vec<_> = cx.plan.entries().collect();
    for (i, (g, e, entry)) in entries.iter().enumerate() {
        let first = entries
            .iter()
            .take(i)
            .find(|(_, _, other)| same_entry(other, entry));
        if let Some((fg, fe, _)) = first {
            let earlier = pointer([
                "participants",
                "groups",
                &fg.to_string(),
                "entries",
                &fe.to_string(),
            ]);
            let who = describe_entry(entry);
            out.push(Diagnostic::new(
                Code::DuplicateParticipant,
                Severity::Warning,
                pointer([
                    "participants",
                    "groups",
                    &g.to_string(),
                    "entries",
                    &e.to_string(),
                ]),
                Message::new(
                    format!("\"{who}\" đã có ở {earlier}; sẽ bị đếm hai lần."),
                    format!("\"{who}\" is already listed at {earlier} and would be counted twice."),
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::validate::test_support::{findings, sample};
    use crate::{Code, Severity};

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        assert!(findings(&plan, Code::DuplicateParticipant).is_empty());
        let again = plan.participants.groups[0].entries[0].clone();
        plan.participants.groups[1].entries.push(again);
        assert_eq!(
            findings(&plan, Code::DuplicateParticipant),
            [(
                Severity::Warning,
                "/participants/groups/1/entries/3".to_owned()
            )]
        );
    }
}
