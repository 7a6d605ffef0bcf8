//! Đếm đại biểu: counting delegates.
//!
//! The total is a range: unknown counts add nothing to the lower bound and make the
//! upper bound unknown. An entry for the same positions in each of N units counts
//! N times. A chair who is also a participant counts once.

use std::cell::OnceCell;

use serde::{Deserialize, Serialize};

use crate::diagnostic::{entry_pointer, pointer};
use crate::matching::{Roster, UnitGroups};
use crate::model::{Chair, Headcount, ParticipantEntry, Plan};

/// The delegate count of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct DelegateCount {
    /// At least this many people are summoned.
    pub min: u32,
    /// At most this many; `None` when some count is unknown or unbounded.
    pub max: Option<u32>,
    /// The planned cap ("Dự kiến 50 đại biểu").
    pub limit: Option<u32>,
    /// JSON pointers of the entries whose size is unknown, and of the participant
    /// lines the reader was unsure of (`/participants/uncertain/N`).
    pub unknown: Vec<String>,
    /// The count per participant group (level).
    pub groups: Vec<GroupCount>,
    /// How each chair was counted.
    pub chairs: Vec<ChairCount>,
}

/// The count of one participant group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct GroupCount {
    /// The group's level id.
    pub level: Option<String>,
    /// The level's heading.
    pub name: Option<String>,
    /// Lower bound.
    pub min: u32,
    /// Upper bound, `None` when unknown.
    pub max: Option<u32>,
    /// Per entry.
    pub entries: Vec<EntryCount>,
}

/// The count of one participant entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct EntryCount {
    /// JSON pointer of the entry.
    pub path: String,
    /// People per body.
    pub per_body: Headcount,
    /// How many bodies: 1, the size of the unit group, or `None` when unknown.
    pub bodies: Option<u32>,
    /// Lower bound.
    pub min: u32,
    /// Upper bound.
    pub max: Option<u32>,
}

/// How a chair was counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ChairCount {
    /// JSON pointer of the chair.
    pub path: String,
    /// The participant entry that includes the chair, if any.
    pub covered_by: Option<String>,
    /// Whether the chair adds one person to the total (not covered by an entry).
    pub counted: bool,
}

/// How many bodies an entry stands for: 1, or the size of its unit group
/// (`None` when that size, or the group, is unknown).
#[must_use]
pub fn bodies_of(plan: &Plan, entry: &ParticipantEntry) -> Option<u32> {
    bodies_in(&UnitGroups::of(plan), entry)
}

/// [`bodies_of`], with the plan's unit groups already indexed.
pub(crate) fn bodies_in(groups: &UnitGroups<'_>, entry: &ParticipantEntry) -> Option<u32> {
    match &entry.each {
        None => Some(1),
        Some(noun) => groups.get(noun).and_then(crate::model::UnitGroup::size),
    }
}

/// Counts the delegates of `plan`.
///
/// ```
/// let plan = hoinghi::json::from_str(include_str!("../../../examples/plans/ke-hoach-05-KH-DTN-VP.json"))?;
/// let count = hoinghi::count_delegates(&plan);
/// assert_eq!((count.min, count.max, count.limit), (37, None, Some(50)));
/// assert_eq!(count.unknown, ["/participants/groups/1/entries/2"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn count_delegates(plan: &Plan) -> DelegateCount {
    // Entries are normalised only if there is a chair to match against them.
    let roster = OnceCell::new();
    count_with(plan, &|chair| {
        roster.get_or_init(|| Roster::of(plan)).covering(chair)
    })
}

/// [`count_delegates`], finding the entry that covers a chair with `covering`.
pub(crate) fn count_with(
    plan: &Plan,
    covering: &dyn Fn(&Chair) -> Option<(usize, usize)>,
) -> DelegateCount {
    let mut total_min = 0u32;
    let mut total_max = Some(0u32);
    let mut unknown = Vec::new();
    let mut groups = Vec::new();
    let units = UnitGroups::of(plan);
    for (g, group) in plan.participants.groups.iter().enumerate() {
        let mut group_min = 0u32;
        let mut group_max = Some(0u32);
        let mut entries = Vec::new();
        for (e, entry) in group.entries.iter().enumerate() {
            let path = entry_pointer(g, e);
            let bodies = bodies_in(&units, entry);
            let min = entry.count.min().saturating_mul(bodies.unwrap_or(0));
            let max = entry
                .count
                .max()
                .zip(bodies)
                .map(|(c, b)| c.saturating_mul(b));
            if entry.count.is_unknown() || bodies.is_none() {
                unknown.push(path.clone());
            }
            group_min = group_min.saturating_add(min);
            group_max = group_max.zip(max).map(|(a, b)| a.saturating_add(b));
            entries.push(EntryCount {
                path,
                per_body: entry.count,
                bodies,
                min,
                max,
            });
        }
        total_min = total_min.saturating_add(group_min);
        total_max = total_max.zip(group_max).map(|(a, b)| a.saturating_add(b));
        groups.push(GroupCount {
            level: group.level.clone(),
            name: group
                .level
                .as_deref()
                .and_then(|id| plan.level(id))
                .map(|l| l.name.clone()),
            min: group_min,
            max: group_max,
            entries,
        });
    }
    let mut chairs = Vec::new();
    for (i, chair) in plan.chairs.iter().enumerate() {
        let covered_by = covering(chair).map(|(g, e)| entry_pointer(g, e));
        let counted = covered_by.is_none();
        if counted {
            total_min = total_min.saturating_add(1);
            total_max = total_max.map(|m| m.saturating_add(1));
        }
        chairs.push(ChairCount {
            path: pointer(["chairs", &i.to_string()]),
            covered_by,
            counted,
        });
    }
    // Lines the reader could not safely read as entries: not counted, and no upper
    // bound can be claimed while they remain.
    for i in 0..plan.participants.uncertain.len() {
        unknown.push(pointer(["participants", "uncertain", &i.to_string()]));
        total_max = None;
    }
    DelegateCount {
        min: total_min,
        max: total_max,
        limit: plan.participants.expected,
        unknown,
        groups,
        chairs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Chair, ParticipantGroup, UnitGroup};

    fn entry(
        role: Option<&str>,
        body: &str,
        count: Headcount,
        each: Option<&str>,
    ) -> ParticipantEntry {
        ParticipantEntry {
            invited: false,
            role: role.map(str::to_owned),
            body: body.to_owned(),
            each: each.map(str::to_owned),
            count,
            count_stated: false,
        }
    }

    fn plan_with(entries: Vec<ParticipantEntry>) -> Plan {
        let mut plan = Plan::new("BCH ĐOÀN QUẬN 12", "Hội nghị");
        plan.participants.groups.push(ParticipantGroup {
            level: None,
            entries,
        });
        plan
    }

    #[test]
    fn multiplicity_expands_per_unit() {
        let mut plan = plan_with(vec![entry(
            Some("Bí thư và Phó Bí thư"),
            "Đoàn 11 phường",
            Headcount::Exact { value: 2 },
            Some("phường"),
        )]);
        plan.units.push(UnitGroup {
            noun: "phường".into(),
            count: Some(11),
            members: vec![],
        });
        let c = count_delegates(&plan);
        assert_eq!((c.min, c.max), (22, Some(22)));
        assert_eq!(c.groups[0].entries[0].bodies, Some(11));
    }

    #[test]
    fn listed_members_override_the_stated_count() {
        let mut plan = plan_with(vec![entry(
            None,
            "Bí thư xã",
            Headcount::Exact { value: 1 },
            Some("xã"),
        )]);
        plan.units.push(UnitGroup {
            noun: "xã".into(),
            count: Some(9),
            members: vec!["A".into(), "B".into()],
        });
        assert_eq!(count_delegates(&plan).min, 2);
    }

    #[test]
    fn ranges_and_unknowns_are_not_guessed() {
        let plan = plan_with(vec![
            entry(None, "Ban A", Headcount::Range { min: 2, max: 4 }, None),
            entry(None, "Ban B", Headcount::Exact { value: 3 }, None),
        ]);
        let c = count_delegates(&plan);
        assert_eq!((c.min, c.max), (5, Some(7)));
        let plan = plan_with(vec![
            entry(None, "Ban A", Headcount::Unknown, None),
            entry(None, "Ban B", Headcount::AtLeast { min: 3 }, None),
        ]);
        let c = count_delegates(&plan);
        assert_eq!((c.min, c.max), (3, None));
        assert_eq!(c.unknown, ["/participants/groups/0/entries/0"]);
    }

    #[test]
    fn unknown_unit_group_size_is_unknown() {
        let mut plan = plan_with(vec![entry(
            None,
            "Đoàn xã",
            Headcount::Exact { value: 1 },
            Some("xã"),
        )]);
        plan.units.push(UnitGroup {
            noun: "xã".into(),
            count: None,
            members: vec![],
        });
        let c = count_delegates(&plan);
        assert_eq!((c.min, c.max), (0, None));
        assert_eq!(c.unknown.len(), 1);
    }

    #[test]
    fn a_chair_who_is_a_participant_counts_once() {
        let mut plan = plan_with(vec![entry(
            None,
            "Ban Thường vụ Quận Đoàn",
            Headcount::Exact { value: 9 },
            None,
        )]);
        plan.chairs.push(Chair {
            invited: false,
            role: Some("Bí thư".into()),
            body: "Quận Đoàn".into(),
        });
        plan.chairs.push(Chair {
            invited: true,
            role: Some("đại diện".into()),
            body: "Thành Đoàn".into(),
        });
        let c = count_delegates(&plan);
        assert_eq!((c.min, c.max), (10, Some(10)));
        assert_eq!(
            c.chairs[0].covered_by.as_deref(),
            Some("/participants/groups/0/entries/0")
        );
        assert!(c.chairs[1].counted);
    }
}
