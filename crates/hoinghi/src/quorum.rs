//! Điều kiện hợp lệ: quorum rules as data, checked against the plan (can the rule be
//! met at all?) and against an attendance record (is it met, and what is missing?).
//!
//! Shares are exact fractions: "at least 2/3" needs `ceil(2n/3)` of `n`, "more than
//! 1/2" needs `floor(n/2) + 1`. No floating point is involved.

use serde::{Deserialize, Serialize};

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};

use crate::count::{bodies_in, count_with};
use crate::diagnostic::{entry_pointer, Message};
use crate::matching::{Roster, UnitGroups};
use crate::model::{Mode, ParticipantEntry, Plan};
pub use crate::model::{QuorumRule, RequiredPosition, Share, UnitShare};

/// Điểm danh: who is present on the day.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Attendance {
    /// People present, per participant entry (and unit).
    #[serde(default, deserialize_with = "crate::de::nullable")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<Presence>>"))]
    pub present: Vec<Presence>,
    /// Indices of chairs present who are not among the participants.
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<usize>>"))]
    pub chairs: Vec<usize>,
}

/// How many people of one participant entry (in one unit) are present.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Presence {
    /// Index of the participant group.
    pub group: usize,
    /// Index of the entry in the group.
    pub entry: usize,
    /// For an entry per unit: the unit, by its listed name or its number ("3").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// People present.
    pub count: u32,
}

/// Why an attendance record does not fit the plan.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QuorumError {
    /// No such participant entry.
    #[error("attendance refers to participant group {group}, entry {entry}, which the plan does not have")]
    NoSuchEntry {
        /// Group index.
        group: usize,
        /// Entry index.
        entry: usize,
    },
    /// No such chair.
    #[error("attendance refers to chair {0}, which the plan does not have")]
    NoSuchChair(usize),
    /// A per-unit entry without a unit, or a unit the group does not have.
    #[error("attendance for {path} names unit {unit:?}, which is not one of its units")]
    NoSuchUnit {
        /// The entry's JSON pointer.
        path: String,
        /// The unit as given ("" when missing).
        unit: String,
    },
    /// The plan is beyond one of the documented [limits](crate::limits) (a quorum
    /// report lists units one by one).
    #[error(transparent)]
    Limit(crate::limits::LimitExceeded),
    /// More present than summoned.
    #[error("attendance for {path} counts {count} present, more than the {summoned} summoned")]
    TooMany {
        /// The entry's JSON pointer.
        path: String,
        /// Present.
        count: u32,
        /// Summoned.
        summoned: u32,
    },
}

/// Met, not met, or not decidable from what the plan says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    /// Đạt.
    Met,
    /// Không đạt.
    NotMet,
    /// Cannot be decided: some count in the plan is unknown.
    Undetermined,
}

impl Outcome {
    fn and(self, other: Self) -> Self {
        match (self, other) {
            (Self::NotMet, _) | (_, Self::NotMet) => Self::NotMet,
            (Self::Undetermined, _) | (_, Self::Undetermined) => Self::Undetermined,
            _ => Self::Met,
        }
    }
}

/// The result of checking a rule against an attendance record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct QuorumReport {
    /// All parts together.
    pub outcome: Outcome,
    /// The people part, when the rule has one.
    pub people: Option<PeopleReport>,
    /// The units part, when the rule has one.
    pub units: Option<UnitsReport>,
    /// The required positions.
    pub required: Vec<RequiredReport>,
    /// Why the rule cannot be met by this plan at all (empty when it can).
    pub unreachable: Vec<Unreachable>,
    /// One line saying what is missing, in both languages.
    pub summary: Message,
}

/// The people part of a [`QuorumReport`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct PeopleReport {
    /// Present.
    pub present: u32,
    /// Summoned, lower bound.
    pub summoned_min: u32,
    /// Summoned, upper bound (`None` when unknown).
    pub summoned_max: Option<u32>,
    /// Needed, for the lower bound of summoned.
    pub needed_min: u32,
    /// Needed, for the upper bound (`None` when unknown).
    pub needed_max: Option<u32>,
    /// This part's outcome.
    pub outcome: Outcome,
}

/// The units part of a [`QuorumReport`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct UnitsReport {
    /// The unit noun ("phường").
    pub noun: String,
    /// Units with someone present.
    pub represented: u32,
    /// All units, when known.
    pub total: Option<u32>,
    /// Needed, when the total is known.
    pub needed: Option<u32>,
    /// The units with nobody present ("phường 3").
    pub unrepresented: Vec<String>,
    /// This part's outcome.
    pub outcome: Outcome,
}

/// One required position in a [`QuorumReport`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct RequiredReport {
    /// The entry's JSON pointer.
    pub path: String,
    /// Units where the position is missing (empty for an entry not per unit).
    pub missing_units: Vec<String>,
    /// This position's outcome.
    pub outcome: Outcome,
}

/// Why a rule cannot be met with the plan as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Unreachable {
    /// JSON pointer into the plan (into `/quorum`).
    pub path: String,
    /// Why.
    pub message: Message,
}

/// The unit group a units share refers to, and its position: named, else the plan's
/// only group.
fn unit_group<'p>(
    plan: &'p Plan,
    groups: &UnitGroups<'p>,
    share: &UnitShare,
) -> Option<(usize, &'p crate::model::UnitGroup)> {
    match &share.noun {
        Some(noun) => groups.find(noun),
        None => match plan.units.as_slice() {
            [only] => Some((0, only)),
            _ => None,
        },
    }
}

/// The error for `found` people present, more than a count states.
fn too_many_present(found: u64) -> QuorumError {
    QuorumError::Limit(crate::limits::LimitExceeded {
        what: "people present",
        found,
        limit: u64::from(crate::limits::MAX_DELEGATES),
    })
}

/// `a + b` people present, or the error when the sum passes what a count states.
fn present_sum(a: u32, b: u32) -> Result<u32, QuorumError> {
    let sum = u64::from(a) + u64::from(b);
    u32::try_from(sum).map_err(|_| too_many_present(sum))
}

/// The documented limits, for the plan and the rule (a report lists units one by
/// one, for the units share and for each required position).
fn within_limits(plan: &Plan, rule: &QuorumRule) -> Result<(), QuorumError> {
    crate::bounds::check(plan)
        .and_then(|()| crate::bounds::check_rule(rule))
        .map_err(QuorumError::Limit)
}

/// Checks whether `rule` can be met at all by `plan`: shares attainable, a unit group
/// to count with people summoned per unit, required positions that exist, and (in
/// person) a venue large enough for the people needed.
#[must_use]
pub fn reachability(plan: &Plan, rule: &QuorumRule, base: &str) -> Vec<Unreachable> {
    let mut out = Vec::new();
    let groups = UnitGroups::of(plan);
    if let Some(share) = &rule.people {
        let path = format!("{base}/people");
        let d = share.describe();
        if share.is_attainable() {
            // A count whose sums did not fit (only a plan built in code, beyond the
            // limits, has one) keeps a true lower bound and no upper bound.
            let roster = OnceCell::new();
            let count = count_with(plan, &|c| {
                roster.get_or_init(|| Roster::of(plan)).covering(c)
            });
            let capacity = plan
                .venue
                .as_ref()
                .and_then(|v| v.capacity)
                .filter(|_| plan.mode == Mode::InPerson);
            if let (Some(capacity), Some(needed)) = (capacity, share.needed(count.min)) {
                if needed > capacity {
                    out.push(Unreachable {
                        path,
                        message: Message::new(
                            format!("Cần {needed} người có mặt ({} số được triệu tập) nhưng địa điểm chỉ có {capacity} chỗ.", d.vi),
                            format!("{needed} people must attend ({} of those summoned) but the venue seats {capacity}.", d.en),
                        ),
                    });
                }
            }
        } else {
            out.push(Unreachable {
                path,
                message: Message::new(
                    format!("Tỷ lệ \"{}\" không thể đạt được.", d.vi),
                    format!("The share \"{}\" can never be reached.", d.en),
                ),
            });
        }
    }
    if let Some(units) = &rule.units {
        let path = format!("{base}/units");
        let d = units.share.describe();
        match unit_group(plan, &groups, units) {
            None => out.push(Unreachable {
                path,
                message: Message::new(
                    "Quy định tỷ lệ đơn vị nhưng kế hoạch không xác định nhóm đơn vị nào (ví dụ \"11 phường\").",
                    "The rule counts units but the plan defines no such unit group (e.g. \"11 phường\").",
                ),
            }),
            Some((position, group)) => {
                if !units.share.is_attainable() {
                    out.push(Unreachable {
                        path,
                        message: Message::new(
                            format!("Tỷ lệ đơn vị \"{}\" không thể đạt được.", d.vi),
                            format!("The unit share \"{}\" can never be reached.", d.en),
                        ),
                    });
                } else if !plan.entries().any(|(_, _, e)| {
                    e.count.max() != Some(0)
                        && e.each.as_deref().and_then(|n| groups.find(n)).is_some_and(|(at, _)| at == position)
                }) {
                    out.push(Unreachable {
                        path,
                        message: Message::new(
                            format!("Không triệu tập ai theo từng {} nên không {} nào có đại diện.", group.noun, group.noun),
                            format!("Nobody is summoned per {}, so no {} can be represented.", group.noun, group.noun),
                        ),
                    });
                }
            }
        }
    }
    for (i, required) in rule.required.iter().enumerate() {
        let path = format!("{base}/required/{i}");
        let entry = plan
            .participants
            .groups
            .get(required.group)
            .and_then(|g| g.entries.get(required.entry));
        match entry {
            None => out.push(Unreachable {
                path,
                message: Message::new(
                    format!("Vị trí bắt buộc trỏ tới mục thành phần {} không tồn tại.", entry_pointer(required.group, required.entry)),
                    format!("The required position refers to participant entry {}, which does not exist.", entry_pointer(required.group, required.entry)),
                ),
            }),
            Some(e) if e.count.max() == Some(0) || bodies_in(&groups, e) == Some(0) => out.push(Unreachable {
                path,
                message: Message::new(
                    "Vị trí bắt buộc không có người nào được triệu tập.",
                    "The required position has nobody summoned.",
                ),
            }),
            Some(_) => {}
        }
    }
    out
}

/// Checks `rule` against who is present.
///
/// # Errors
/// A [`QuorumError`] when the record refers to entries, chairs or units the plan
/// does not have, or counts more people than an entry summons;
/// [`QuorumError::Limit`] when the plan is beyond a documented limit.
///
/// ```
/// use hoinghi::quorum::{check_attendance, Attendance, Presence, QuorumRule, Outcome};
/// let plan = hoinghi::json::from_str(include_str!("../../../examples/plans/ke-hoach-05-KH-DTN-VP.json"))?;
/// let rule = QuorumRule::more_than_half();
/// let present = Attendance { present: vec![Presence { group: 2, entry: 1, unit: Some("3".into()), count: 2 }], chairs: vec![] };
/// let report = check_attendance(&plan, &rule, &present)?;
/// assert_eq!(report.outcome, Outcome::NotMet);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_attendance(
    plan: &Plan,
    rule: &QuorumRule,
    attendance: &Attendance,
) -> Result<QuorumReport, QuorumError> {
    within_limits(plan, rule)?;
    let groups = UnitGroups::of(plan);
    // Entries normalised once, for the chairs present and for the count, if either
    // needs them.
    let roster = OnceCell::new();
    let covering =
        |chair: &crate::model::Chair| roster.get_or_init(|| Roster::of(plan)).covering(chair);
    let tally = Tally::of(plan, &groups, attendance, &covering)?;
    let people = rule
        .people
        .map(|share| people_report(plan, share, tally.total, &covering));
    let units = rule
        .units
        .as_ref()
        .map(|share| units_report(plan, &groups, share, &tally));
    let required: Vec<RequiredReport> = rule
        .required
        .iter()
        .map(|r| required_report(plan, &groups, r, &tally))
        .collect();
    let mut outcome = people
        .iter()
        .map(|p| p.outcome)
        .chain(units.iter().map(|u| u.outcome))
        .chain(required.iter().map(|r| r.outcome))
        .fold(Outcome::Met, Outcome::and);
    let summary = summary(
        plan,
        rule,
        outcome,
        people.as_ref(),
        units.as_ref(),
        &required,
    );
    let unreachable = reachability(plan, rule, "/quorum");
    if !unreachable.is_empty() {
        outcome = Outcome::NotMet;
    }
    Ok(QuorumReport {
        outcome,
        people,
        units,
        required,
        unreachable,
        summary,
    })
}

/// Who is present, by entry: people per unit for per-unit entries, people for the
/// others, and everyone present in all (each chair present once, and only when no
/// entry present already counts them).
#[derive(Debug, Default, PartialEq, Eq)]
struct Tally {
    /// (group, entry) → unit index → people present.
    per_unit: BTreeMap<(usize, usize), BTreeMap<usize, u32>>,
    /// (group, entry) → people present, for entries not per unit.
    per_entry: BTreeMap<(usize, usize), u32>,
    /// Everyone present.
    total: u32,
}

impl Tally {
    /// Reads `attendance` against `plan`. Summed in full: more than 32 bits can count
    /// is an error, not a saturated total.
    fn of(
        plan: &Plan,
        groups: &UnitGroups<'_>,
        attendance: &Attendance,
        covering: &dyn Fn(&crate::model::Chair) -> Option<(usize, usize)>,
    ) -> Result<Self, QuorumError> {
        let mut tally = Self::default();
        let mut total: u64 = 0;
        for p in &attendance.present {
            let entry = plan
                .participants
                .groups
                .get(p.group)
                .and_then(|g| g.entries.get(p.entry))
                .ok_or(QuorumError::NoSuchEntry {
                    group: p.group,
                    entry: p.entry,
                })?;
            let path = entry_pointer(p.group, p.entry);
            let slot = match entry.each.as_deref().and_then(|noun| groups.find(noun)) {
                Some((position, _)) => {
                    let unit = p.unit.as_deref().unwrap_or("");
                    let index = groups.unit_index(position, unit).ok_or_else(|| {
                        QuorumError::NoSuchUnit {
                            path: path.clone(),
                            unit: unit.to_owned(),
                        }
                    })?;
                    tally
                        .per_unit
                        .entry((p.group, p.entry))
                        .or_default()
                        .entry(index)
                        .or_insert(0)
                }
                None => tally.per_entry.entry((p.group, p.entry)).or_insert(0),
            };
            *slot = present_sum(*slot, p.count)?;
            if let Some(max) = entry.count.max().filter(|max| *slot > *max) {
                return Err(QuorumError::TooMany {
                    path,
                    count: *slot,
                    summoned: max,
                });
            }
            total += u64::from(p.count);
        }
        // Each chair present counts once, however often the record lists it.
        let mut chairs_present = BTreeSet::new();
        for chair in &attendance.chairs {
            let c = plan
                .chairs
                .get(*chair)
                .ok_or(QuorumError::NoSuchChair(*chair))?;
            if chairs_present.insert(*chair) && covering(c).is_none() {
                total += 1;
            }
        }
        tally.total = u32::try_from(total).map_err(|_| too_many_present(total))?;
        Ok(tally)
    }
}

/// The share of summoned people: `present` against the count of `plan`.
fn people_report(
    plan: &Plan,
    share: Share,
    present: u32,
    covering: &dyn Fn(&crate::model::Chair) -> Option<(usize, usize)>,
) -> PeopleReport {
    let count = count_with(plan, covering);
    let needed_min = share.needed(count.min).unwrap_or(u32::MAX);
    let needed_max = count.max.map(|m| share.needed(m).unwrap_or(u32::MAX));
    let outcome = match needed_max {
        Some(n) if present >= n => Outcome::Met,
        _ if present < needed_min => Outcome::NotMet,
        Some(_) => Outcome::NotMet,
        None => Outcome::Undetermined,
    };
    PeopleReport {
        present,
        summoned_min: count.min,
        summoned_max: count.max,
        needed_min,
        needed_max,
        outcome,
    }
}

/// The share of units represented: a unit is represented when someone of a per-unit
/// entry of the rule's unit group is present for it.
fn units_report(
    plan: &Plan,
    groups: &UnitGroups<'_>,
    share: &UnitShare,
    tally: &Tally,
) -> UnitsReport {
    let found = unit_group(plan, groups, share);
    let group = found.map(|(_, g)| g);
    let noun = group.map_or_else(
        || share.noun.clone().unwrap_or_default(),
        |g| g.noun.clone(),
    );
    let total = group.and_then(crate::model::UnitGroup::size);
    let mut represented = BTreeSet::new();
    for ((g, e), units) in &tally.per_unit {
        let same_group = plan
            .participants
            .groups
            .get(*g)
            .and_then(|grp| grp.entries.get(*e))
            .and_then(|entry| entry.each.as_deref())
            .and_then(|n| groups.find(n))
            .is_some_and(|(at, _)| found.is_some_and(|(position, _)| at == position));
        if same_group {
            represented.extend(units.iter().filter(|(_, c)| **c > 0).map(|(i, _)| *i));
        }
    }
    let unrepresented: Vec<String> = match (group, total) {
        (Some(grp), Some(t)) => (0..t as usize)
            .filter(|i| !represented.contains(i))
            .map(|i| grp.member_name(i))
            .collect(),
        _ => Vec::new(),
    };
    let needed = total.and_then(|t| share.share.needed(t));
    let count = u32::try_from(represented.len()).unwrap_or(u32::MAX);
    let outcome = match needed {
        Some(n) if count >= n => Outcome::Met,
        Some(_) => Outcome::NotMet,
        None if group.is_none() || !share.share.is_attainable() => Outcome::NotMet,
        None => Outcome::Undetermined,
    };
    UnitsReport {
        noun,
        represented: count,
        total,
        needed,
        unrepresented,
        outcome,
    }
}

/// A required position: someone of the entry present (in every unit, when asked).
fn required_report(
    plan: &Plan,
    groups: &UnitGroups<'_>,
    r: &RequiredPosition,
    tally: &Tally,
) -> RequiredReport {
    let path = entry_pointer(r.group, r.entry);
    let entry = plan
        .participants
        .groups
        .get(r.group)
        .and_then(|g| g.entries.get(r.entry));
    let report = |missing_units, outcome| RequiredReport {
        path: path.clone(),
        missing_units,
        outcome,
    };
    let met = |ok: bool| if ok { Outcome::Met } else { Outcome::NotMet };
    let Some(e) = entry else {
        return report(Vec::new(), Outcome::NotMet);
    };
    let Some(group) = e.each.as_deref().and_then(|n| groups.get(n)) else {
        let ok = tally
            .per_entry
            .get(&(r.group, r.entry))
            .is_some_and(|c| *c > 0);
        return report(Vec::new(), met(ok));
    };
    let Some(size) = group.size() else {
        return report(Vec::new(), Outcome::Undetermined);
    };
    let present = tally.per_unit.get(&(r.group, r.entry));
    let has = |i: usize| present.and_then(|m| m.get(&i)).is_some_and(|c| *c > 0);
    let missing: Vec<String> = (0..size as usize)
        .filter(|i| !has(*i))
        .map(|i| group.member_name(i))
        .collect();
    if r.every_unit {
        let ok = missing.is_empty();
        report(missing, met(ok))
    } else {
        report(Vec::new(), met((missing.len() as u64) < u64::from(size)))
    }
}

/// "Không đủ điều kiện: có mặt 20/38, cần 26; …": the outcome and each part, in the
/// order of the rule.
fn summary(
    plan: &Plan,
    rule: &QuorumRule,
    outcome: Outcome,
    people: Option<&PeopleReport>,
    units: Option<&UnitsReport>,
    required: &[RequiredReport],
) -> Message {
    let mut vi_parts = Vec::new();
    let mut en_parts = Vec::new();
    if let Some(p) = people {
        let summoned = match p.summoned_max {
            Some(m) if m == p.summoned_min => m.to_string(),
            Some(m) => format!("{}–{m}", p.summoned_min),
            None => format!("{}+?", p.summoned_min),
        };
        let needed = match p.needed_max {
            Some(n) if n == p.needed_min => n.to_string(),
            Some(n) => format!("{}–{n}", p.needed_min),
            None => format!("≥ {}", p.needed_min),
        };
        let present = p.present;
        vi_parts.push(format!("có mặt {present}/{summoned}, cần {needed}"));
        en_parts.push(format!("{present} of {summoned} present, need {needed}"));
    }
    if let Some(u) = units {
        let (count, noun) = (u.represented, &u.noun);
        let total_text = u.total.map_or_else(|| "?".to_owned(), |t| t.to_string());
        let needed_text = u.needed.map_or_else(|| "?".to_owned(), |n| n.to_string());
        let (listed_vi, listed_en) = if u.unrepresented.is_empty() {
            (String::new(), String::new())
        } else {
            let names = u.unrepresented.join(", ");
            (format!(" ({names})"), format!("; unrepresented: {names}"))
        };
        vi_parts.push(format!(
            "{count}/{total_text} {noun} có đại diện, cần {needed_text}{listed_vi}"
        ));
        en_parts.push(format!(
            "{count} of {total_text} {noun} represented, need {needed_text}{listed_en}"
        ));
    }
    for (r, report) in rule.required.iter().zip(required) {
        if report.outcome == Outcome::Met {
            continue;
        }
        let who = plan
            .participants
            .groups
            .get(r.group)
            .and_then(|g| g.entries.get(r.entry))
            .map_or_else(|| report.path.clone(), ParticipantEntry::label);
        if report.missing_units.is_empty() {
            vi_parts.push(format!("vắng {who}"));
            en_parts.push(format!("{who} absent"));
        } else {
            let missing = report.missing_units.join(", ");
            vi_parts.push(format!("vắng {who} tại {missing}"));
            en_parts.push(format!("{who} absent in {missing}"));
        }
    }
    let (vi_head, en_head) = match outcome {
        Outcome::Met => ("Đủ điều kiện", "Quorum met"),
        Outcome::NotMet => ("Không đủ điều kiện", "Quorum not met"),
        Outcome::Undetermined => ("Chưa xác định được", "Cannot be decided"),
    };
    let sentence = |head: &str, parts: &[String]| {
        if parts.is_empty() {
            format!("{head}.")
        } else {
            format!("{head}: {}.", parts.join("; "))
        }
    };
    Message::new(sentence(vi_head, &vi_parts), sentence(en_head, &en_parts))
}

/// Checks `rule` against `plan`, and against `attendance` when given.
///
/// Without attendance the report says only whether the rule can be met:
/// [`Outcome::NotMet`] with the reasons in `unreachable`, else
/// [`Outcome::Undetermined`].
///
/// # Errors
/// As [`check_attendance`].
pub fn evaluate(
    plan: &Plan,
    rule: &QuorumRule,
    attendance: Option<&Attendance>,
) -> Result<QuorumReport, QuorumError> {
    if let Some(attendance) = attendance {
        return check_attendance(plan, rule, attendance);
    }
    within_limits(plan, rule)?;
    let unreachable = reachability(plan, rule, "/quorum");
    let (outcome, summary) = if unreachable.is_empty() {
        (
            Outcome::Undetermined,
            Message::new(
                "Quy định có thể đạt được; chưa có điểm danh.",
                "The rule can be met; no attendance is recorded yet.",
            ),
        )
    } else {
        let vi: Vec<&str> = unreachable.iter().map(|u| u.message.vi.as_str()).collect();
        let en: Vec<&str> = unreachable.iter().map(|u| u.message.en.as_str()).collect();
        (
            Outcome::NotMet,
            Message::new(
                format!("Không thể đạt: {}", vi.join(" ")),
                format!("Cannot be met: {}", en.join(" ")),
            ),
        )
    };
    Ok(QuorumReport {
        outcome,
        people: None,
        units: None,
        required: Vec::new(),
        unreachable,
        summary,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Headcount, ParticipantEntry, ParticipantGroup, UnitGroup, Venue};

    fn ward_plan() -> Plan {
        let mut plan = Plan::new("BCH ĐOÀN QUẬN 12", "Hội nghị");
        plan.units.push(UnitGroup {
            noun: "phường".into(),
            count: Some(11),
            members: vec![],
        });
        plan.participants.groups.push(ParticipantGroup {
            level: None,
            entries: vec![
                ParticipantEntry {
                    invited: false,
                    role: Some("Bí thư và Phó Bí thư".into()),
                    body: "Đoàn 11 phường".into(),
                    each: Some("phường".into()),
                    count: Headcount::Exact { value: 2 },
                    count_stated: false,
                },
                ParticipantEntry {
                    invited: false,
                    role: None,
                    body: "Ban Thường vụ Quận Đoàn".into(),
                    each: None,
                    count: Headcount::Exact { value: 16 },
                    count_stated: false,
                },
            ],
            ..ParticipantGroup::default()
        });
        plan
    }

    fn present(units: &[u32], per_ward: u32, btv: u32) -> Attendance {
        let mut present: Vec<Presence> = units
            .iter()
            .map(|u| Presence {
                group: 0,
                entry: 0,
                unit: Some(u.to_string()),
                count: per_ward,
            })
            .collect();
        present.push(Presence {
            group: 0,
            entry: 1,
            unit: None,
            count: btv,
        });
        Attendance {
            present,
            chairs: vec![],
        }
    }

    /// The tally of `attendance` on `plan`, with no chair matched to an entry.
    fn tally(plan: &Plan, attendance: &Attendance) -> Result<Tally, QuorumError> {
        Tally::of(plan, &UnitGroups::of(plan), attendance, &|_| None)
    }

    #[test]
    fn the_tally_reads_who_is_present_by_entry_and_unit() {
        let plan = ward_plan();
        let t = tally(&plan, &present(&[1, 3, 3], 1, 12)).unwrap();
        // Ward 3 listed twice: its two people are summed in its unit.
        assert_eq!(t.per_unit[&(0, 0)], BTreeMap::from([(0, 1), (2, 2)]));
        assert_eq!(t.per_entry, BTreeMap::from([((0, 1), 12)]));
        assert_eq!(t.total, 15);
        // Three in a ward that summons two: an error, not a count.
        assert!(matches!(
            tally(&plan, &present(&[3, 3, 3], 1, 0)),
            Err(QuorumError::TooMany {
                count: 3,
                summoned: 2,
                ..
            })
        ));
        assert!(matches!(
            tally(&plan, &present(&[12], 1, 0)),
            Err(QuorumError::NoSuchUnit { .. })
        ));
    }

    #[test]
    fn each_part_of_a_rule_is_judged_alone() {
        let plan = ward_plan();
        let groups = UnitGroups::of(&plan);
        // 38 summoned: 2/3 is 26.
        let people = people_report(&plan, Share::at_least(2, 3), 26, &|_| None);
        assert_eq!((people.needed_min, people.outcome), (26, Outcome::Met));
        let people = people_report(&plan, Share::at_least(2, 3), 25, &|_| None);
        assert_eq!(people.outcome, Outcome::NotMet);

        let t = tally(&plan, &present(&[1, 2, 3], 1, 0)).unwrap();
        let share = UnitShare {
            share: Share::at_least(1, 4),
            noun: None,
        };
        let units = units_report(&plan, &groups, &share, &t);
        assert_eq!(
            (units.represented, units.needed, units.total),
            (3, Some(3), Some(11))
        );
        assert_eq!(units.outcome, Outcome::Met);
        assert_eq!(units.unrepresented.len(), 8);

        let every = RequiredPosition {
            group: 0,
            entry: 0,
            every_unit: true,
        };
        let required = required_report(&plan, &groups, &every, &t);
        assert_eq!(required.missing_units.len(), 8);
        assert_eq!(required.outcome, Outcome::NotMet);
        let some = RequiredPosition {
            every_unit: false,
            ..every
        };
        assert_eq!(
            required_report(&plan, &groups, &some, &t).outcome,
            Outcome::Met
        );
        let absent = RequiredPosition {
            group: 0,
            entry: 1,
            every_unit: false,
        };
        let report = required_report(&plan, &groups, &absent, &t);
        assert_eq!(report.outcome, Outcome::NotMet);

        // The summary speaks of each part, in the order of the rule.
        let rule = QuorumRule {
            people: None,
            units: None,
            required: vec![absent],
        };
        let summary = summary(&plan, &rule, Outcome::NotMet, None, Some(&units), &[report]);
        assert_eq!(
            summary.en,
            "Quorum not met: 3 of 11 phường represented, need 3; unrepresented: phường 4, \
             phường 5, phường 6, phường 7, phường 8, phường 9, phường 10, phường 11; \
             Ban Thường vụ Quận Đoàn absent."
        );
    }

    #[test]
    fn shares_are_exact() {
        assert_eq!(Share::at_least(2, 3).needed(38), Some(26));
        assert_eq!(Share::at_least(2, 3).needed(36), Some(24));
        assert_eq!(Share::more_than(1, 2).needed(38), Some(20));
        assert_eq!(Share::more_than(1, 2).needed(37), Some(19));
        assert_eq!(Share::at_least(4, 3).needed(10), None);
        assert_eq!(Share::more_than(1, 1).needed(10), None);
        assert_eq!(Share::at_least(1, 0).needed(10), None);
    }

    #[test]
    fn youth_union_rule_reports_missing_wards() {
        let plan = ward_plan();
        let rule = QuorumRule::youth_union_congress();
        let wards: Vec<u32> = (1..=11).filter(|w| *w != 3 && *w != 7).collect();
        let report = check_attendance(&plan, &rule, &present(&wards, 2, 12)).unwrap();
        assert_eq!(report.outcome, Outcome::Met);
        let units = report.units.unwrap();
        assert_eq!(units.unrepresented, ["phường 3", "phường 7"]);
        assert_eq!((units.represented, units.needed), (9, Some(8)));
        assert_eq!(report.people.unwrap().needed_max, Some(26));
        assert!(
            report.summary.en.contains("phường 3, phường 7"),
            "{}",
            report.summary.en
        );

        let few: Vec<u32> = (1..=6).collect();
        let report = check_attendance(&plan, &rule, &present(&few, 2, 16)).unwrap();
        assert_eq!(report.outcome, Outcome::NotMet);
        assert!(report.summary.vi.starts_with("Không đủ điều kiện"));
    }

    #[test]
    fn unknown_sizes_leave_the_outcome_open() {
        let mut plan = ward_plan();
        plan.participants.groups[0].entries[1].count = Headcount::Unknown;
        let rule = QuorumRule::more_than_half();
        let all: Vec<u32> = (1..=11).collect();
        // 22 of at least 22 are present: enough unless the committee is large.
        let report = check_attendance(&plan, &rule, &present(&all, 2, 0)).unwrap();
        assert_eq!(report.outcome, Outcome::Undetermined);
        let report = check_attendance(&plan, &rule, &present(&[1], 1, 0)).unwrap();
        assert_eq!(report.outcome, Outcome::NotMet);
    }

    #[test]
    fn required_positions_in_every_unit() {
        let plan = ward_plan();
        let rule = QuorumRule {
            people: None,
            units: None,
            required: vec![RequiredPosition {
                group: 0,
                entry: 0,
                every_unit: true,
            }],
        };
        let report = check_attendance(&plan, &rule, &present(&[1, 2], 1, 0)).unwrap();
        assert_eq!(report.required[0].missing_units.len(), 9);
        assert_eq!(report.outcome, Outcome::NotMet);
        let all: Vec<u32> = (1..=11).collect();
        assert_eq!(
            check_attendance(&plan, &rule, &present(&all, 1, 0))
                .unwrap()
                .outcome,
            Outcome::Met
        );
    }

    #[test]
    fn bad_records_are_errors() {
        let plan = ward_plan();
        let rule = QuorumRule::more_than_half();
        let bad = Attendance {
            present: vec![Presence {
                group: 5,
                entry: 0,
                unit: None,
                count: 1,
            }],
            chairs: vec![],
        };
        assert!(matches!(
            check_attendance(&plan, &rule, &bad),
            Err(QuorumError::NoSuchEntry { .. })
        ));
        let bad = Attendance {
            present: vec![Presence {
                group: 0,
                entry: 0,
                unit: Some("12".into()),
                count: 1,
            }],
            chairs: vec![],
        };
        assert!(matches!(
            check_attendance(&plan, &rule, &bad),
            Err(QuorumError::NoSuchUnit { .. })
        ));
        let bad = Attendance {
            present: vec![Presence {
                group: 0,
                entry: 0,
                unit: Some("1".into()),
                count: 3,
            }],
            chairs: vec![],
        };
        assert!(matches!(
            check_attendance(&plan, &rule, &bad),
            Err(QuorumError::TooMany { .. })
        ));
        let bad = Attendance {
            present: vec![],
            chairs: vec![4],
        };
        assert!(matches!(
            check_attendance(&plan, &rule, &bad),
            Err(QuorumError::NoSuchChair(4))
        ));
    }

    #[test]
    fn a_chair_listed_twice_is_one_person() {
        let mut plan = ward_plan();
        plan.chairs.push(crate::model::Chair {
            invited: false,
            role: Some("Bí thư".into()),
            body: "Thành Đoàn".into(),
        });
        let rule = QuorumRule::more_than_half();
        let present = |chairs: Vec<usize>| Attendance {
            present: vec![],
            chairs,
        };
        let people = |a: &Attendance| {
            check_attendance(&plan, &rule, a)
                .unwrap()
                .people
                .map(|p| p.present)
        };
        assert_eq!(people(&present(vec![0])), Some(1));
        assert_eq!(people(&present(vec![0, 0, 0])), Some(1));
    }

    #[test]
    fn plans_and_rules_beyond_the_limits_are_errors() {
        let mut plan = ward_plan();
        plan.units[0].count = Some(u32::MAX);
        let rule = QuorumRule::youth_union_congress();
        let limit = |r: Result<QuorumReport, QuorumError>| match r {
            Err(QuorumError::Limit(e)) => Some(e.what),
            _ => None,
        };
        assert_eq!(
            limit(check_attendance(&plan, &rule, &present(&[1], 1, 0))),
            Some("units in one group")
        );
        assert_eq!(
            limit(evaluate(&plan, &rule, None)),
            Some("units in one group")
        );
        let plan = ward_plan();
        let mut rule = QuorumRule::more_than_half();
        rule.required = vec![
            RequiredPosition {
                group: 0,
                entry: 0,
                every_unit: true,
            };
            crate::limits::MAX_REQUIRED_POSITIONS + 1
        ];
        assert_eq!(
            limit(check_attendance(&plan, &rule, &present(&[1], 1, 0))),
            Some("required positions")
        );
        assert_eq!(
            limit(evaluate(&plan, &rule, None)),
            Some("required positions")
        );
        rule.required.pop();
        assert!(check_attendance(&plan, &rule, &present(&[1], 1, 0)).is_ok());
    }

    #[test]
    fn evaluate_without_attendance_reports_reachability() {
        let plan = ward_plan();
        let report = evaluate(&plan, &QuorumRule::youth_union_congress(), None).unwrap();
        assert_eq!(
            (report.outcome, report.unreachable.len()),
            (Outcome::Undetermined, 0)
        );
        let impossible = QuorumRule {
            people: Some(Share::at_least(3, 2)),
            ..Default::default()
        };
        let report = evaluate(&plan, &impossible, None).unwrap();
        assert_eq!(report.outcome, Outcome::NotMet);
        assert!(report.summary.en.starts_with("Cannot be met"));
        let all: Vec<u32> = (1..=11).collect();
        let report = evaluate(&plan, &impossible, Some(&present(&all, 2, 16))).unwrap();
        assert_eq!(
            report.outcome,
            Outcome::NotMet,
            "an impossible rule is never met"
        );
    }

    #[test]
    fn reachability_finds_impossible_rules() {
        let mut plan = ward_plan();
        assert!(reachability(&plan, &QuorumRule::youth_union_congress(), "/quorum").is_empty());
        plan.venue = Some(Venue {
            name: "Phòng họp".into(),
            capacity: Some(20),
        });
        let problems = reachability(&plan, &QuorumRule::youth_union_congress(), "/quorum");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, "/quorum/people");
        plan.units.clear();
        plan.venue = None;
        let problems = reachability(&plan, &QuorumRule::youth_union_congress(), "/quorum");
        assert_eq!(problems[0].path, "/quorum/units");
        let rule = QuorumRule {
            people: Some(Share::at_least(3, 2)),
            units: None,
            required: vec![RequiredPosition {
                group: 9,
                entry: 0,
                every_unit: false,
            }],
        };
        assert_eq!(reachability(&plan, &rule, "/quorum").len(), 2);
    }
}
