//! `unknown-reference` (error): a participant group names a level the plan does not
//! define, or an entry is "per unit" of a unit group the plan does not define.

use crate::diagnostic::{entry_pointer, pointer, Code, Diagnostic, Message, Severity};
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let plan = cx.plan;
    for (g, group) in plan.participants.groups.iter().enumerate() {
        if let Some(level) = group.level.as_deref().filter(|id| plan.level(id).is_none()) {
            out.push(Diagnostic::new(
                Code::UnknownReference,
                Severity::Error,
                pointer(["participants", "groups", &g.to_string(), "level"]),
                Message::new(
                    format!("Cấp \"{level}\" chưa được khai báo trong danh sách cấp."),
                    format!("Level \"{level}\" is not defined in the plan's levels."),
                ),
            ));
        }
    }
    let units = crate::matching::UnitGroups::of(plan);
    for (g, e, entry) in plan.entries() {
        if let Some(noun) = entry.each.as_deref().filter(|n| units.get(n).is_none()) {
            out.push(Diagnostic::new(
                Code::UnknownReference,
                Severity::Error,
                format!("{}/each", entry_pointer(g, e)),
                Message::new(
                    format!("Nhóm đơn vị \"{noun}\" chưa được khai báo (ví dụ \"11 {noun}\")."),
                    format!("Unit group \"{noun}\" is not defined (e.g. \"11 {noun}\")."),
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
        assert!(findings(&plan, Code::UnknownReference).is_empty());
        plan.units.clear();
        plan.participants.groups[0].level = Some("galaxy".into());
        let found = findings(&plan, Code::UnknownReference);
        assert_eq!(found.len(), 3);
        assert_eq!(
            found[0],
            (Severity::Error, "/participants/groups/0/level".to_owned())
        );
        assert_eq!(found[1].1, "/participants/groups/2/entries/0/each");
    }
}
