//! Whether a plan and a quorum rule keep within the documented [`crate::limits`]:
//! the counted limits (sizes of lists, the delegate sum), checked by every reader once
//! a plan is read. Sizes of input and nesting are checked while reading.

use crate::limits::{
    LimitExceeded, MAX_CHAIRS, MAX_LEVELS, MAX_PARTICIPANT_ENTRIES, MAX_PARTICIPANT_GROUPS,
    MAX_PROGRAMME_ITEMS, MAX_REQUIRED_POSITIONS, MAX_UNITS_PER_GROUP, MAX_UNIT_GROUPS,
};
use crate::model::{Plan, ProgrammeItem, QuorumRule};

fn wide(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

fn programme_items(items: &[ProgrammeItem]) -> usize {
    items.iter().map(|i| 1 + programme_items(&i.items)).sum()
}

/// Checks the counted limits of a plan (sizes and nesting are checked while reading).
///
/// # Errors
/// The first limit exceeded.
pub fn check(plan: &Plan) -> Result<(), LimitExceeded> {
    let within = |what: &'static str, found: usize, limit: usize| {
        if found > limit {
            Err(LimitExceeded {
                what,
                found: wide(found),
                limit: wide(limit),
            })
        } else {
            Ok(())
        }
    };
    let groups = &plan.participants.groups;
    within(
        "participant entries",
        groups.iter().map(|g| g.entries.len()).sum(),
        MAX_PARTICIPANT_ENTRIES,
    )?;
    within("participant groups", groups.len(), MAX_PARTICIPANT_GROUPS)?;
    within(
        "programme items",
        programme_items(&plan.programme),
        MAX_PROGRAMME_ITEMS,
    )?;
    within("chairs", plan.chairs.len(), MAX_CHAIRS)?;
    within("levels", plan.levels.len(), MAX_LEVELS)?;
    within("unit groups", plan.units.len(), MAX_UNIT_GROUPS)?;
    for group in &plan.units {
        let units = group.members.len().max(
            group
                .count
                .map_or(0, |c| usize::try_from(c).unwrap_or(usize::MAX)),
        );
        within("units in one group", units, MAX_UNITS_PER_GROUP)?;
    }
    plan.quorum.as_ref().map_or(Ok(()), check_rule)?;
    // Last: within the limits above the full sum fits in 64 bits. Chairs are matched
    // to entries only when the entries alone could pass the limit.
    if crate::count::may_overflow(plan) {
        crate::count::count_delegates(plan)?;
    }
    Ok(())
}

/// Checks the counted limits of a quorum rule.
///
/// # Errors
/// The first limit exceeded.
pub fn check_rule(rule: &QuorumRule) -> Result<(), LimitExceeded> {
    if rule.required.len() > MAX_REQUIRED_POSITIONS {
        return Err(LimitExceeded {
            what: "required positions",
            found: wide(rule.required.len()),
            limit: wide(MAX_REQUIRED_POSITIONS),
        });
    }
    Ok(())
}
