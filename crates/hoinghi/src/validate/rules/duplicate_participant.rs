//! `duplicate-participant` (warning): the same position in the same body listed twice
//! is counted twice.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, DefaultHasher};

use crate::diagnostic::{entry_pointer, Code, Diagnostic, Message, Severity};
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    // Each entry's key is normalised once and hashed once: O(n) in the number of
    // entries. (Ordering the keys instead compared long common prefixes byte by
    // byte, which wasm does slowly.) A fixed hasher: the order of the map is never
    // seen, and wasm has no randomness to seed one.
    let mut first: HashMap<_, (usize, usize), BuildHasherDefault<DefaultHasher>> =
        HashMap::default();
    for ((g, e, entry), (_, key)) in cx.plan.entries().zip(cx.roster().keys()) {
        let earlier = *first.entry(key).or_insert((g, e));
        if earlier == (g, e) {
            continue;
        }
        let (fg, fe) = earlier;
        let earlier = entry_pointer(fg, fe);
        let who = entry.label();
        out.push(Diagnostic::new(
            Code::DuplicateParticipant,
            Severity::Warning,
            entry_pointer(g, e),
            Message::new(
                format!("\"{who}\" đã có ở {earlier}; sẽ bị đếm hai lần."),
                format!("\"{who}\" is already listed at {earlier} and would be counted twice."),
            ),
        ));
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
