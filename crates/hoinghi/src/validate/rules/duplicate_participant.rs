//! `duplicate-participant` (warning): the same position in the same body listed twice.
//! The count takes them once (`EntryCount::repeats`): exactly once when a whole body
//! is listed again with the same count, otherwise as a range.

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
        if key.body.is_empty() {
            continue;
        }
        let earlier = *first.entry(key).or_insert((g, e));
        if earlier == (g, e) {
            continue;
        }
        let (fg, fe) = earlier;
        // As the count takes them: once when a whole body is listed again with the
        // same count, a range otherwise.
        let once = crate::matching::summons_whole(key)
            && cx
                .plan
                .participants
                .groups
                .get(fg)
                .and_then(|group| group.entries.get(fe))
                .is_some_and(|first| first.count == entry.count);
        let earlier = entry_pointer(fg, fe);
        let who = entry.label();
        let message = if once {
            Message::new(
                format!("\"{who}\" đã có ở {earlier}: được coi là cùng những người, chỉ đếm một lần."),
                format!("\"{who}\" is already listed at {earlier}: taken as the same people and counted once."),
            )
        } else {
            Message::new(
                format!("\"{who}\" đã có ở {earlier}: có thể là cùng những người hay người khác, số đại biểu thành một khoảng."),
                format!("\"{who}\" is already listed at {earlier}: they may be the same people or others, so the count is a range."),
            )
        };
        out.push(Diagnostic::new(
            Code::DuplicateParticipant,
            Severity::Warning,
            entry_pointer(g, e),
            message,
        )
        .with_help(Message::new(
            "Nếu là những người khác, ghi rõ đơn vị hoặc chức vụ của họ; nếu trùng, bỏ một dòng.",
            "If they are other people, name their body or position; if not, remove one line.",
        )));
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
