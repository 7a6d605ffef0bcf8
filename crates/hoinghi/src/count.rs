//! Đếm đại biểu: counting delegates.
//!
//! The total is a range: unknown counts add nothing to the lower bound and make the
//! upper bound unknown. An entry for the same positions in each of N units counts
//! N times. A chair who is also a participant counts once. An entry listed again (a
//! second meeting summoning the same people, a line pasted twice) counts once when it
//! summons a whole body with the same count ("Toàn thể đảng viên Chi bộ (25 đồng
//! chí)"); otherwise the second listing adds to the lower bound only what it states
//! beyond the first, and its whole count to the upper: "giáo viên chủ nhiệm (08 đồng
//! chí)" under each grade's meeting may be other people.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, DefaultHasher};

use serde::{Deserialize, Serialize};

use crate::diagnostic::{entry_pointer, pointer};
use crate::limits::LimitExceeded;
use crate::matching::{EntryKey, Roster, UnitGroups};
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
    /// JSON pointers of the entries whose size is unknown, of the last group when
    /// listed with no entries (`/participants/groups/N`, of unknown size), of the
    /// participant lines the reader was unsure of (`/participants/uncertain/N`), and
    /// `/participants` itself when the plan lists no participants (its count is then
    /// unbounded).
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
    /// Lower bound of what the entry adds to the total (less than its own count when
    /// it [`repeats`](Self::repeats) an earlier entry).
    pub min: u32,
    /// Upper bound of what it adds, `None` when unknown.
    pub max: Option<u32>,
    /// The earlier entry listing the same position in the same body (`EntryKey`),
    /// when this one repeats it: a whole body with the same count is the same people
    /// and adds nothing; otherwise it adds to the lower bound only what it states
    /// beyond the earlier one, and its whole count to the upper.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeats: Option<String>,
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
    /// The participant entry that may or may not include the chair, when the reader
    /// cannot tell ("Chủ tịch UBND xã" and "Lãnh đạo các phòng, ban thuộc UBND
    /// xã"): the chair then adds nothing to the lower bound and one to the upper. With
    /// `covered_by`, a second entry holding another of the chair's positions ("Bí
    /// thư Đảng ủy, Chủ tịch HĐND xã" in "Bí thư Đảng ủy xã" and "Chủ tịch HĐND
    /// xã"): the person may be counted in both, so the lower bound is one less.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maybe_covered_by: Option<String>,
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
/// let count = hoinghi::count_delegates(&plan)?;
/// assert_eq!((count.min, count.max, count.limit), (37, None, Some(50)));
/// assert_eq!(count.unknown, ["/participants/groups/1/entries/2"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`LimitExceeded`] when a bound of the count does not fit in 32 bits
/// ([`crate::limits::MAX_DELEGATES`]). The readers refuse such a plan already
/// (`input-too-large`); only a plan built in code can reach this.
pub fn count_delegates(plan: &Plan) -> Result<DelegateCount, LimitExceeded> {
    // Entries are normalised only if there is a chair to match against them.
    let roster = OnceCell::new();
    let tally = tally(plan, &|chair| {
        roster.get_or_init(|| Roster::of(plan)).covering(chair)
    });
    tally.exact()
}

/// A count and whether its sums fit: `count` is always true (a lower bound that
/// overflowed stays at `u32::MAX`, an upper bound that overflowed is `None`), and
/// `total` is the sum in full, for the error.
pub(crate) struct Tally {
    pub(crate) count: DelegateCount,
    overflowed: bool,
    total: u128,
}

impl Tally {
    /// The count, or the limit it passes.
    pub(crate) fn exact(self) -> Result<DelegateCount, LimitExceeded> {
        if self.overflowed {
            Err(LimitExceeded {
                what: "delegates",
                found: u64::try_from(self.total).unwrap_or(u64::MAX),
                limit: u64::from(crate::limits::MAX_DELEGATES),
            })
        } else {
            Ok(self.count)
        }
    }
}

/// A lower and an upper bound, summed in full.
#[derive(Clone, Copy)]
struct Bounds {
    min: u128,
    max: Option<u128>,
}

impl Bounds {
    const ZERO: Self = Self {
        min: 0,
        max: Some(0),
    };

    fn add(self, other: Self) -> Self {
        Self {
            min: self.min.saturating_add(other.min),
            max: self.max.zip(other.max).map(|(a, b)| a.saturating_add(b)),
        }
    }

    /// As the count states them: the lower bound at most `u32::MAX` (still a lower
    /// bound), the upper bound `None` when it does not fit; and whether either did not.
    fn narrow(self, overflowed: &mut bool) -> (u32, Option<u32>) {
        let min = u32::try_from(self.min).unwrap_or_else(|_| {
            *overflowed = true;
            u32::MAX
        });
        let max = self
            .max
            .and_then(|m| u32::try_from(m).map_err(|_| *overflowed = true).ok());
        (min, max)
    }
}

/// [`count_delegates`], finding the entry that covers a chair with `covering`; never
/// fails, for the callers that can use a count whose sums did not fit.
pub(crate) fn count_with(
    plan: &Plan,
    covering: &dyn Fn(&Chair) -> Option<(usize, usize)>,
) -> DelegateCount {
    tally(plan, covering).count
}

pub(crate) fn tally(plan: &Plan, covering: &dyn Fn(&Chair) -> Option<(usize, usize)>) -> Tally {
    let mut overflowed = false;
    let mut total = Bounds::ZERO;
    let mut unknown = Vec::new();
    let mut groups = Vec::new();
    let units = UnitGroups::of(plan);
    // Each entry's key, the first entry (group, entry) of each key, and what each
    // entry counted, by its place among all entries. (The map is the one
    // `duplicate-participant` builds, so the wasm holds its code once.)
    let keys: Vec<EntryKey> = plan.entries().map(|(_, _, e)| EntryKey::of(e)).collect();
    let mut first: HashMap<&EntryKey, (usize, usize), BuildHasherDefault<DefaultHasher>> =
        HashMap::default();
    let mut counted: Vec<Bounds> = Vec::with_capacity(keys.len());
    let mut starts: Vec<usize> = Vec::with_capacity(plan.participants.groups.len());
    for (g, group) in plan.participants.groups.iter().enumerate() {
        let mut in_group = Bounds::ZERO;
        let mut entries = Vec::new();
        starts.push(counted.len());
        for (e, entry) in group.entries.iter().enumerate() {
            let path = entry_pointer(g, e);
            let bodies = bodies_in(&units, entry);
            let wide = Bounds {
                min: u128::from(entry.count.min()) * u128::from(bodies.unwrap_or(0)),
                max: entry
                    .count
                    .max()
                    .zip(bodies)
                    .map(|(c, b)| u128::from(c) * u128::from(b)),
            };
            let key = keys.get(counted.len());
            counted.push(wide);
            let earlier = key.filter(|k| !k.body.is_empty()).and_then(|k| {
                let at = *first.entry(k).or_insert((g, e));
                let was = counted.get(starts.get(at.0)? + at.1).copied()?;
                (at != (g, e)).then_some((at.0, at.1, was))
            });
            let adds = match earlier {
                // A whole body listed again with the same count: the same people.
                Some((_, _, first))
                    if first.min == wide.min
                        && first.max == wide.max
                        && key.is_some_and(crate::matching::summons_whole) =>
                {
                    Bounds::ZERO
                }
                // Otherwise the same people at least (what it states beyond the
                // earlier listing), other people at most.
                Some((_, _, first)) => Bounds {
                    min: wide.min.saturating_sub(first.min),
                    max: wide.max,
                },
                None => {
                    if entry.count.is_unknown() || bodies.is_none() {
                        unknown.push(path.clone());
                    }
                    wide
                }
            };
            if earlier.is_some() && adds.max.is_none() {
                unknown.push(path.clone());
            }
            in_group = in_group.add(adds);
            let (min, max) = adds.narrow(&mut overflowed);
            entries.push(EntryCount {
                path,
                per_body: entry.count,
                bodies,
                min,
                max,
                repeats: earlier.map(|(fg, fe, _)| entry_pointer(fg, fe)),
            });
        }
        // The last group listed with no entries summons people the plan does not list
        // (its heading is there, what follows it is not): of unknown size, never
        // none. An empty group before another may be a heading over it ("1. Đại biểu
        // chính thức" above "a) …", "b) …"), its people those of the groups after it.
        if group.entries.is_empty() && g + 1 == plan.participants.groups.len() {
            in_group.max = None;
            unknown.push(pointer(["participants", "groups", &g.to_string()]));
        }
        total = total.add(in_group);
        let (min, max) = in_group.narrow(&mut overflowed);
        groups.push(GroupCount {
            level: group.level.clone(),
            name: group
                .level
                .as_deref()
                .and_then(|id| plan.level(id))
                .map(|l| l.name.clone()),
            min,
            max,
            entries,
        });
    }
    let mut chairs = Vec::new();
    for (i, chair) in plan.chairs.iter().enumerate() {
        let covering = covering(chair).or_else(|| among_unknown(plan, chair));
        // A chair holding two positions, each in an entry: one person, maybe counted
        // in both; the lower bound does not claim them twice.
        let twice = covering.and_then(|first| crate::matching::also_covering(plan, chair, first));
        let covered_by = covering.map(|(g, e)| entry_pointer(g, e));
        let maybe_covered_by = twice
            .or_else(|| {
                covering
                    .is_none()
                    .then(|| may_include(plan, chair))
                    .flatten()
            })
            .map(|(g, e)| entry_pointer(g, e));
        let counted = covered_by.is_none() && maybe_covered_by.is_none();
        if covered_by.is_none() {
            total = total.add(Bounds {
                min: u128::from(counted),
                max: Some(1),
            });
        } else if twice.is_some() {
            total.min = total.min.saturating_sub(1);
        }
        chairs.push(ChairCount {
            path: pointer(["chairs", &i.to_string()]),
            covered_by,
            counted,
            maybe_covered_by,
        });
    }
    // A plan that lists no participants at all does not summon nobody: it does not
    // say whom it summons. No upper bound, and the missing list is named.
    if plan.participants.groups.is_empty() && plan.participants.uncertain.is_empty() {
        unknown.push("/participants".to_owned());
        total.max = None;
    }
    // Lines the reader could not safely read as entries: not counted, and no upper
    // bound can be claimed while they remain.
    for i in 0..plan.participants.uncertain.len() {
        unknown.push(pointer(["participants", "uncertain", &i.to_string()]));
        total.max = None;
    }
    let (min, max) = total.narrow(&mut overflowed);
    Tally {
        count: DelegateCount {
            min,
            max,
            limit: plan.participants.expected,
            unknown,
            groups,
            chairs,
        },
        overflowed,
        total: total.max.unwrap_or(total.min),
    }
}

/// An entry of unknown size that names the body a chair holds a position in ("Ủy
/// viên Ủy ban MTTQ Việt Nam xã" for "Đồng chí Nguyễn Văn Bình, Chủ tịch Ủy ban MTTQ
/// Việt Nam xã"): the chair may be one of them, so is not counted apart (the lower
/// bound stays a lower bound; the entry leaves the count without an upper one).
fn among_unknown(plan: &Plan, chair: &crate::model::Chair) -> Option<(usize, usize)> {
    let said = crate::names::normalise(&chair.label());
    plan.entries()
        .find(|(_, _, e)| {
            e.count.is_unknown()
                && e.each.is_none()
                && e.body.split(' ').count() >= 2
                && crate::names::ends_with_words(&said, &crate::names::normalise(&e.body))
        })
        .map(|(g, e, _)| (g, e))
}

/// An entry whose body names the chair's body and more ("Lãnh đạo các phòng, ban
/// thuộc UBND xã" for "Chủ tịch UBND xã"), or whose body the chair's position ends
/// with ("Ủy viên Ủy ban MTTQ Việt Nam xã (15 đồng chí)" for "…, Chủ tịch Ủy ban
/// MTTQ Việt Nam xã"): the chair may be one of its people or not.
fn may_include(plan: &Plan, chair: &Chair) -> Option<(usize, usize)> {
    let said = crate::names::normalise(&chair.label());
    let body = crate::names::normalise(&chair.body);
    let body = crate::matching::position_after_name(&body).unwrap_or(&body);
    let named = |n: &str| n.split(' ').count() >= 2;
    plan.entries()
        .find(|(_, _, e)| {
            let entry = crate::names::normalise(&e.body);
            e.each.is_none()
                && ((named(body) && crate::names::ends_with_words(&entry, body))
                    || (named(&entry) && crate::names::ends_with_words(&said, &entry)))
        })
        .map(|(g, e, _)| (g, e))
}

/// Whether the count of `plan` could pass [`crate::limits::MAX_DELEGATES`]: a bound
/// from the entries alone and every chair, without matching chairs to entries.
pub(crate) fn may_overflow(plan: &Plan) -> bool {
    let units = UnitGroups::of(plan);
    let mut most: u128 = u128::try_from(plan.chairs.len()).unwrap_or(u128::MAX);
    for (_, _, entry) in plan.entries() {
        let per_body = entry.count.max().unwrap_or_else(|| entry.count.min());
        let bodies = bodies_in(&units, entry).unwrap_or(0);
        most = most.saturating_add(u128::from(per_body) * u128::from(bodies));
    }
    most > u128::from(crate::limits::MAX_DELEGATES)
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
            ..ParticipantGroup::default()
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
        let c = count_delegates(&plan).unwrap();
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
        assert_eq!(count_delegates(&plan).unwrap().min, 2);
    }

    #[test]
    fn the_same_people_listed_again_count_once() {
        // A second meeting summons the whole chi bộ again, with the same count.
        let all = || {
            entry(
                Some("Toàn thể"),
                "đảng viên Chi bộ",
                Headcount::Exact { value: 25 },
                None,
            )
        };
        let guests = entry(None, "Đảng ủy xã", Headcount::Exact { value: 2 }, None);
        let c = count_delegates(&plan_with(vec![all(), guests, all()])).unwrap();
        assert_eq!((c.min, c.max), (27, Some(27)));
        let again = &c.groups[0].entries[2];
        assert_eq!((again.min, again.max), (0, Some(0)));
        assert_eq!(
            again.repeats.as_deref(),
            Some("/participants/groups/0/entries/0")
        );
        assert_eq!(c.groups[0].entries[0].repeats, None);
        // With another count they may be other people: the lower bound takes only
        // what the second states beyond the first.
        let mut plan = plan_with(vec![all()]);
        plan.participants.groups.push(ParticipantGroup {
            level: None,
            entries: vec![entry(
                Some("Toàn thể"),
                "Đảng viên chi bộ",
                Headcount::Exact { value: 27 },
                None,
            )],
            ..ParticipantGroup::default()
        });
        let c = count_delegates(&plan).unwrap();
        assert_eq!((c.min, c.max), (27, Some(52)));
        // People named by what they do, with the same count: "giáo viên chủ nhiệm (08
        // đồng chí)" under each grade's meeting may be other people.
        let teachers = || {
            entry(
                None,
                "giáo viên chủ nhiệm",
                Headcount::Exact { value: 8 },
                None,
            )
        };
        let c = count_delegates(&plan_with(vec![teachers(), teachers()])).unwrap();
        assert_eq!((c.min, c.max), (8, Some(16)));
        // Unknown again: no upper bound, and said.
        let unknown = || entry(None, "Ban A", Headcount::Unknown, None);
        let mut plan = plan_with(vec![unknown()]);
        plan.participants.groups.push(ParticipantGroup {
            level: None,
            entries: vec![unknown()],
            ..ParticipantGroup::default()
        });
        let c = count_delegates(&plan).unwrap();
        assert_eq!((c.min, c.max), (0, None));
        assert_eq!(c.unknown.len(), 2);
    }

    #[test]
    fn ranges_and_unknowns_are_not_guessed() {
        let plan = plan_with(vec![
            entry(None, "Ban A", Headcount::Range { min: 2, max: 4 }, None),
            entry(None, "Ban B", Headcount::Exact { value: 3 }, None),
        ]);
        let c = count_delegates(&plan).unwrap();
        assert_eq!((c.min, c.max), (5, Some(7)));
        let plan = plan_with(vec![
            entry(None, "Ban A", Headcount::Unknown, None),
            entry(None, "Ban B", Headcount::AtLeast { min: 3 }, None),
        ]);
        let c = count_delegates(&plan).unwrap();
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
        let c = count_delegates(&plan).unwrap();
        assert_eq!((c.min, c.max), (0, None));
        assert_eq!(c.unknown.len(), 1);
    }

    #[test]
    fn sums_that_do_not_fit_are_an_error_not_a_saturated_total() {
        let big = |n| entry(None, "Ban", Headcount::Exact { value: n }, None);
        let plan = plan_with(vec![big(u32::MAX - 1), big(1)]);
        assert_eq!(count_delegates(&plan).unwrap().max, Some(u32::MAX));
        let plan = plan_with(vec![big(u32::MAX), big(2)]);
        let err = count_delegates(&plan).unwrap_err();
        assert_eq!(
            (err.what, err.found),
            ("delegates", u64::from(u32::MAX) + 2)
        );
        assert!(may_overflow(&plan));
        // Inside, the count stays true: at least u32::MAX, the upper bound unknown.
        let c = count_with(&plan, &|_| None);
        assert_eq!((c.min, c.max), (u32::MAX, None));
        // Per unit: 3 people in each of 2,000,000,000 units.
        let mut plan = plan_with(vec![entry(
            None,
            "Đoàn xã",
            Headcount::Exact { value: 3 },
            Some("xã"),
        )]);
        plan.units.push(UnitGroup {
            noun: "xã".into(),
            count: Some(2_000_000_000),
            members: vec![],
        });
        assert_eq!(count_delegates(&plan).unwrap_err().found, 6_000_000_000);
        let c = count_with(&plan, &|_| None);
        assert_eq!(
            (c.groups[0].entries[0].min, c.groups[0].entries[0].max),
            (u32::MAX, None)
        );
        // A chair is one more: one past the largest count is an error too.
        let mut plan = plan_with(vec![big(u32::MAX)]);
        assert!(count_delegates(&plan).is_ok());
        plan.chairs.push(Chair {
            invited: false,
            role: None,
            body: "Khác".into(),
        });
        assert!(count_delegates(&plan).is_err());
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
        let c = count_delegates(&plan).unwrap();
        assert_eq!((c.min, c.max), (10, Some(10)));
        assert_eq!(
            c.chairs[0].covered_by.as_deref(),
            Some("/participants/groups/0/entries/0")
        );
        assert!(c.chairs[1].counted);
    }
}
