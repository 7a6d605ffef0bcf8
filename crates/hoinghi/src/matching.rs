//! Who is who: matching chairs to participant entries and bodies to the bodies a
//! plan knows. Shared by counting and validation so they never disagree.

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;

use crate::model::{Chair, ParticipantEntry, Plan, UnitGroup};
use crate::names::{collective_of, ends_with_words, is_leader, normalise, LEADERS};

/// Whether `entry` includes the person of `chair`: the same body, or a collective of
/// the chair's body that a leader sits on ("Bí thư Quận Đoàn" is on "Ban Thường vụ
/// Quận Đoàn").
#[must_use]
pub fn entry_covers_chair(entry: &ParticipantEntry, chair: &Chair) -> bool {
    ChairKey::of(chair).covered_by(&EntryKey::of(entry))
}

/// The first participant entry (group, entry) covering `chair`, if any.
///
/// To match several chairs, build a [`Roster`] once and ask it.
#[must_use]
pub fn covering_entry(plan: &Plan, chair: &Chair) -> Option<(usize, usize)> {
    let chair = ChairKey::of(chair);
    plan.entries()
        .find(|(_, _, entry)| chair.covered_by(&EntryKey::of(entry)))
        .map(|(g, e, _)| (g, e))
}

/// A chair, normalised for matching.
struct ChairKey {
    body: String,
    leader: bool,
    /// The bodies of the positions of a chair holding several ("bí thư đảng ủy, chủ
    /// tịch hđnd xã" → "đảng ủy", "hđnd xã"); empty for one position.
    held: Vec<String>,
}

impl ChairKey {
    /// The chair's body and whether its role is a leader's; a position written after
    /// the person's name ("Đồng chí" / "Nguyễn Văn An, Chủ tịch UBND xã") is the role
    /// and body.
    fn of(chair: &Chair) -> Self {
        let body = normalise(&chair.body);
        let (body, leader) = if chair.role.as_deref().is_some_and(is_leader) {
            (body, true)
        } else {
            match position_after_name(&body) {
                Some(of) => (of.to_owned(), true),
                None => (body, false),
            }
        };
        // "Phó Bí thư" / "Thường trực Đảng ủy xã": a leader among the standing members
        // of a body sits on its collectives, as its leaders do.
        let held = held_positions(&normalise(&chair.label()));
        match body.strip_prefix("thường trực ") {
            Some(of) if leader => Self {
                body: of.to_owned(),
                leader,
                held,
            },
            _ => Self { body, leader, held },
        }
    }

    fn covered_by(&self, entry: &EntryKey) -> bool {
        self.covered_by_collective(entry, || collective_of(&entry.body))
    }

    /// As `covered_by`, with the collective of the entry's body given (computed once
    /// per entry by a [`Roster`]).
    fn covered_by_collective<'e>(
        &self,
        entry: &'e EntryKey,
        collective: impl Fn() -> Option<&'e str>,
    ) -> bool {
        self.position_covered(entry, &collective).is_some()
    }

    /// Which of the chair's positions `entry` covers: the index among those held, or
    /// their number for the chair as one key.
    fn position_covered<'e>(
        &self,
        entry: &'e EntryKey,
        collective: &dyn Fn() -> Option<&'e str>,
    ) -> Option<usize> {
        if entry.each.is_some() {
            return None;
        }
        let covers = |body: &str, leader: bool| {
            entry.body == body
                || names_among(&entry.body, body)
                || (leader
                    && entry.role.is_none()
                    && collective().is_some_and(|c| c == body || names_among(c, body)))
                || (leader
                    && members_of(entry)
                        .is_some_and(|of| of == body || party_body(body).is_some_and(|p| p == of)))
        };
        if covers(&self.body, self.leader) {
            return Some(
                self.held
                    .iter()
                    .position(|b| *b == self.body)
                    .unwrap_or(self.held.len()),
            );
        }
        // A position before the last shares its place ("bí thư đảng ủy, chủ tịch hđnd
        // xã": "đảng ủy xã").
        let last = self.held.last()?;
        self.held.iter().position(|b| {
            covers(b, true)
                || entry
                    .body
                    .strip_prefix(b.as_str())
                    .and_then(|r| r.strip_prefix(' '))
                    .is_some_and(|place| b != last && place != last && ends_with_words(last, place))
        })
    }
}

/// The bodies of the leaders' positions a chair holds, when it names several parted
/// by commas ("đồng chí bí thư đảng ủy, chủ tịch hđnd xã" → "đảng ủy", "hđnd xã"):
/// each part a leader's position. Empty otherwise. Normalised.
fn held_positions(label: &str) -> Vec<String> {
    let label = label.strip_prefix("đồng chí ").unwrap_or(label);
    // "đồng chí nguyễn văn an - bí thư đảng ủy, chủ tịch hđnd xã": the positions after
    // the name.
    let label = label
        .split_once(" - ")
        .or_else(|| label.split_once(" – "))
        .map_or(label, |(_, positions)| positions);
    let parts: Vec<&str> = label.split(", ").collect();
    let bodies: Vec<String> = parts
        .iter()
        .filter_map(|p| {
            LEADERS.iter().find_map(|l| {
                p.strip_prefix(l)
                    .and_then(|rest| rest.strip_prefix(' '))
                    .filter(|rest| !rest.is_empty())
                    .map(str::to_owned)
            })
        })
        .collect();
    if parts.len() >= 2 && bodies.len() == parts.len() {
        bodies
    } else {
        Vec::new()
    }
}

/// Another entry than `first` covering another of the positions of a chair holding
/// several ("Bí thư Đảng ủy, Chủ tịch HĐND xã" under "Bí thư Đảng ủy xã" and
/// "Chủ tịch HĐND xã"): the same person may be counted in both.
pub(crate) fn also_covering(
    plan: &Plan,
    chair: &Chair,
    first: (usize, usize),
) -> Option<(usize, usize)> {
    let key = ChairKey::of(chair);
    if key.held.len() < 2 {
        return None;
    }
    let position = |e: &ParticipantEntry| {
        let entry = EntryKey::of(e);
        key.position_covered(&entry, &|| collective_of(&entry.body))
    };
    let (_, _, covering) = plan.entries().find(|(g, e, _)| (*g, *e) == first)?;
    let p = position(covering)?;
    plan.entries()
        .find(|(g, e, entry)| (*g, *e) != first && position(entry).is_some_and(|q| q != p))
        .map(|(g, e, _)| (g, e))
}

/// The body whose members an entry summons, all of them: "các đồng chí ủy viên ban
/// chấp hành đảng bộ xã" and "ban chấp hành đoàn xã" (its committee), "toàn thể đảng
/// viên trong chi bộ" (its members); normalised. A body's leaders are among them.
fn members_of(entry: &EntryKey) -> Option<&str> {
    if !matches!(
        entry.role.as_deref(),
        None | Some("ủy viên" | "toàn thể" | "đồng chí")
    ) {
        return None;
    }
    let mut body = entry.body.as_str();
    for lead in ["các ", "đồng chí ", "toàn thể ", "ủy viên "] {
        body = body.strip_prefix(lead).unwrap_or(body);
    }
    if let Some(of) = ["ban chấp hành ", "bch "]
        .iter()
        .find_map(|c| body.strip_prefix(c))
    {
        return Some(of);
    }
    let rest = ["đảng viên ", "đoàn viên ", "hội viên ", "đội viên "]
        .iter()
        .find_map(|m| body.strip_prefix(m))?;
    Some(
        ["trong ", "của ", "thuộc "]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .unwrap_or(rest),
    )
}

/// Whether an entry summons a whole body, always the same people wherever it is
/// listed: "toàn thể …", "tất cả …", a body's whole committee or all its members.
/// Other entries may name people relative to where they are listed ("giáo viên chủ
/// nhiệm" under each grade's meeting).
pub(crate) fn summons_whole(entry: &EntryKey) -> bool {
    let all = |t: &str| t.starts_with("toàn thể") || t.starts_with("tất cả");
    entry.role.as_deref().is_some_and(all) || all(&entry.body) || members_of(entry).is_some()
}

/// The Party organisation whose committee a body names: "đảng ủy xã" is the committee
/// of "đảng bộ xã", "huyện ủy" of "đảng bộ huyện" (normalised).
fn party_body(body: &str) -> Option<String> {
    const COMMITTEES: &[(&str, &str)] = &[
        ("đảng ủy", "đảng bộ"),
        ("huyện ủy", "đảng bộ huyện"),
        ("tỉnh ủy", "đảng bộ tỉnh"),
        ("thành ủy", "đảng bộ thành phố"),
        ("quận ủy", "đảng bộ quận"),
        ("thị ủy", "đảng bộ thị xã"),
        ("chi ủy", "chi bộ"),
    ];
    COMMITTEES.iter().find_map(|(committee, organisation)| {
        let rest = body.strip_prefix(committee)?;
        (rest.is_empty() || rest.starts_with(' ')).then(|| format!("{organisation}{rest}"))
    })
}

/// The body of a leader's position written after a name and a comma or dash
/// ("nguyễn văn an, chủ tịch ubnd xã" → "ubnd xã"), normalised.
pub(crate) fn position_after_name(said: &str) -> Option<&str> {
    let (_, position) = said
        .rsplit_once(", ")
        .or_else(|| said.rsplit_once(" - "))
        .or_else(|| said.rsplit_once(" – "))?;
    LEADERS.iter().find_map(|l| {
        position
            .strip_prefix(l)
            .and_then(|rest| rest.strip_prefix(' '))
            .filter(|rest| !rest.is_empty())
    })
}

/// Whether `list`, bodies named with commas or "và" that share the place named after
/// the last ("hđnd, ubnd xã" is "hđnd xã" and "ubnd xã"), names `body` (both
/// [normalised](normalise)).
fn names_among(list: &str, body: &str) -> bool {
    let mut items: Vec<&str> = list.split(", ").flat_map(|p| p.split(" và ")).collect();
    let Some(last) = items.pop() else {
        return false;
    };
    !items.is_empty()
        && (last == body
            || items.iter().any(|item| {
                *item == body
                    || body
                        .strip_prefix(item)
                        .and_then(|rest| rest.strip_prefix(' '))
                        .is_some_and(|place| last != place && ends_with_words(last, place))
            }))
}

/// What makes two participant entries the same people: body, role and unit group,
/// normalised. Equal keys, same people.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntryKey {
    /// The body, normalised.
    pub body: String,
    /// The position, normalised.
    pub role: Option<String>,
    /// The unit group ("each ward"), normalised.
    pub each: Option<String>,
}

impl EntryKey {
    /// The key of `entry`.
    #[must_use]
    pub fn of(entry: &ParticipantEntry) -> Self {
        Self {
            body: normalise(&entry.body),
            role: entry.role.as_deref().map(normalise),
            each: entry.each.as_deref().map(normalise),
        }
    }
}

/// The participant entries of a plan with their names normalised once, in document
/// order: what counting, quorum and validation match chairs and bodies against.
#[derive(Debug, Clone)]
pub struct Roster {
    entries: Vec<((usize, usize), EntryKey)>,
    /// For each entry, the length of the body its collective belongs to (the end of
    /// the normalised body), if its body is a collective.
    collectives: Vec<Option<usize>>,
}

impl Roster {
    /// Normalises every entry of `plan`.
    #[must_use]
    pub fn of(plan: &Plan) -> Self {
        let entries: Vec<_> = plan
            .entries()
            .map(|(g, e, entry)| ((g, e), EntryKey::of(entry)))
            .collect();
        let collectives = entries
            .iter()
            .map(|(_, key)| collective_of(&key.body).map(str::len))
            .collect();
        Self {
            entries,
            collectives,
        }
    }

    /// The first entry (group, entry) covering `chair`, as [`covering_entry`].
    #[must_use]
    pub fn covering(&self, chair: &Chair) -> Option<(usize, usize)> {
        let chair = ChairKey::of(chair);
        self.entries
            .iter()
            .zip(&self.collectives)
            .find(|((_, key), collective)| {
                chair.covered_by_collective(key, || {
                    let len = (**collective)?;
                    key.body.get(key.body.len().saturating_sub(len)..)
                })
            })
            .map(|((at, _), _)| *at)
    }

    /// Every entry's (group, entry) and key, in document order.
    pub fn keys(&self) -> impl Iterator<Item = ((usize, usize), &EntryKey)> {
        self.entries.iter().map(|(at, key)| (*at, key))
    }
}

/// The unit groups of a plan with their nouns normalised once: where entries' `each`
/// and quorum rules are looked up, as [`Plan::unit_group`] looks up one.
///
/// ```
/// let plan = hoinghi::json::from_str(include_str!("../../../examples/plans/ke-hoach-05-KH-DTN-VP.json"))?;
/// let groups = hoinghi::matching::UnitGroups::of(&plan);
/// let (position, wards) = groups.find("PHƯỜNG").ok_or("no wards")?;
/// assert_eq!(wards.count, Some(11));
/// assert_eq!(groups.unit_index(position, "phường 3"), Some(2));
/// assert_eq!(groups.unit_index(position, "12"), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct UnitGroups<'p> {
    groups: Vec<&'p UnitGroup>,
    /// Each normalised noun and the position of the first group with it.
    by_noun: BTreeMap<String, usize>,
    /// Per group, its listed members normalised (first position of each), built
    /// when first asked.
    members: Vec<OnceCell<BTreeMap<String, usize>>>,
}

impl<'p> UnitGroups<'p> {
    /// Normalises the nouns of `plan`'s unit groups.
    #[must_use]
    pub fn of(plan: &'p Plan) -> Self {
        let mut by_noun = BTreeMap::new();
        // Last to first, so that the first group of a noun is the one kept.
        for (i, group) in plan.units.iter().enumerate().rev() {
            by_noun.insert(normalise(&group.noun), i);
        }
        Self {
            groups: plan.units.iter().collect(),
            by_noun,
            members: plan.units.iter().map(|_| OnceCell::new()).collect(),
        }
    }

    /// The group named `noun` and its position in the plan's unit groups.
    #[must_use]
    pub fn find(&self, noun: &str) -> Option<(usize, &'p UnitGroup)> {
        let i = *self.by_noun.get(&normalise(noun))?;
        Some((i, *self.groups.get(i)?))
    }

    /// The group named `noun`.
    #[must_use]
    pub fn get(&self, noun: &str) -> Option<&'p UnitGroup> {
        self.find(noun).map(|(_, group)| group)
    }

    /// The index of a unit of the group at `position`, given as a listed name or a
    /// number ("3", "phường 3").
    #[must_use]
    pub fn unit_index(&self, position: usize, unit: &str) -> Option<usize> {
        let group = self.groups.get(position)?;
        let members = self.members.get(position)?.get_or_init(|| {
            let mut by_name = BTreeMap::new();
            for (i, member) in group.members.iter().enumerate().rev() {
                by_name.insert(normalise(member), i);
            }
            by_name
        });
        if let Some(i) = members.get(&normalise(unit)) {
            return Some(*i);
        }
        let number: usize = unit.rsplit(' ').next()?.parse().ok()?;
        let size = usize::try_from(group.size()?).ok()?;
        (1..=size).contains(&number).then(|| number - 1)
    }
}

/// The bodies a plan names, for deciding whether a name refers to something known.
#[derive(Debug, Clone)]
pub struct Directory {
    /// The names known, normalised: those a name may end with.
    known: BTreeSet<String>,
    /// The same names written backwards: those that may end with a name (found by
    /// the name written backwards, as a prefix).
    reversed: BTreeSet<String>,
    own: Vec<String>,
    has_grassroots: bool,
}

impl Directory {
    /// Collects the issuer (and the body it signs for), the superior, chairs,
    /// participants, recipients and unit groups of `plan`.
    #[must_use]
    pub fn of(plan: &Plan) -> Self {
        Self::with_roster(plan, &Roster::of(plan))
    }

    /// As [`Directory::of`], with the entries already normalised.
    #[must_use]
    pub fn with_roster(plan: &Plan, roster: &Roster) -> Self {
        let mut own = vec![normalise(&plan.header.issuer)];
        if let Some(principal) = plan.signature.as_ref().and_then(|s| s.principal.as_ref()) {
            own.push(normalise(principal));
        }
        let own: Vec<String> = own
            .into_iter()
            .map(|n| collective_of(&n).map_or_else(|| n.clone(), str::to_owned))
            .filter(|n| !n.is_empty())
            .collect();
        let mut known: Vec<String> = own.clone();
        known.extend(plan.header.superior.iter().map(|s| normalise(s)));
        known.extend(plan.chairs.iter().map(|c| normalise(&c.body)));
        known.extend(roster.keys().map(|(_, key)| key.body.clone()));
        known.extend(plan.recipients.iter().map(|r| normalise(&r.body)));
        known.extend(plan.units.iter().map(|u| normalise(&u.noun)));
        // Inserted one by one: collecting would sort them first, more code for wasm.
        let mut reversed = BTreeSet::new();
        let mut known_set = BTreeSet::new();
        for k in known.into_iter().filter(|k| !k.is_empty()) {
            reversed.insert(k.chars().rev().collect());
            known_set.insert(k);
        }
        let has_grassroots =
            plan.levels.iter().any(crate::levels::is_grassroots) || !plan.units.is_empty();
        Self {
            known: known_set,
            reversed,
            own,
            has_grassroots,
        }
    }

    /// Whether a known name ends with the words of `core` (normalised, not empty).
    fn known_ends_with(&self, core: &str) -> bool {
        let mut probe: String = core.chars().rev().collect();
        if self.reversed.contains(&probe) {
            return true;
        }
        // A longer name: `core` preceded by a space, written backwards.
        probe.push(' ');
        self.reversed
            .range::<str, _>((Bound::Included(probe.as_str()), Bound::Unbounded))
            .next()
            .is_some_and(|k| k.starts_with(&probe))
    }

    /// Whether `body` is the issuer itself or one of its parts ("Văn phòng Quận Đoàn").
    #[must_use]
    pub fn is_own(&self, body: &str) -> bool {
        self.is_own_normalised(&normalise(body))
    }

    fn is_own_normalised(&self, n: &str) -> bool {
        self.own.iter().any(|own| ends_with_words(n, own))
    }

    /// Whether `body` is known: the issuer or a part of it, a body the plan names
    /// elsewhere (or a part or collective of one), or the grassroots units when the
    /// plan has a grassroots level.
    #[must_use]
    pub fn knows(&self, body: &str) -> bool {
        let n = normalise(body);
        if self.is_own_normalised(&n) {
            return true;
        }
        if self.has_grassroots && (n.starts_with("cơ sở") || n.contains(" cơ sở")) {
            return true;
        }
        let core = collective_of(&n).unwrap_or(&n);
        !core.is_empty()
            && (word_suffixes(core).any(|s| self.known.contains(s)) || self.known_ends_with(core))
    }
}

/// `n` (normalised) and each of its endings that starts a word: "quận đoàn 12",
/// "đoàn 12", "12". A name ends with the words of another exactly when the other is
/// one of these.
fn word_suffixes(n: &str) -> impl Iterator<Item = &str> {
    std::iter::once(n).chain(n.match_indices(' ').filter_map(|(i, _)| n.get(i + 1..)))
}

/// The recipients of a plan, normalised once: who receives a copy.
///
/// ```
/// let plan = hoinghi::json::from_str(include_str!("../../../examples/plans/ke-hoach-05-KH-DTN-VP.json"))?;
/// let recipients = hoinghi::matching::Recipients::of(&plan);
/// // "Thành Đoàn" is a recipient: it receives for its standing committee.
/// assert!(recipients.cover("Ban Thường vụ Thành Đoàn"));
/// assert!(!recipients.cover("Ủy ban nhân dân Quận 7"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Recipients {
    names: BTreeSet<String>,
}

impl Recipients {
    /// Normalises the recipients of `plan`.
    #[must_use]
    pub fn of(plan: &Plan) -> Self {
        let mut names = BTreeSet::new();
        for recipient in &plan.recipients {
            let name = normalise(&recipient.body);
            if !name.is_empty() {
                names.insert(name);
            }
        }
        Self { names }
    }

    /// Whether some recipient receives the copy meant for `body`, as
    /// [`recipient_covers`] says of one.
    #[must_use]
    pub fn cover(&self, body: &str) -> bool {
        word_suffixes(&normalise(body)).any(|s| self.names.contains(s))
    }
}

/// Whether a recipient named `recipient` receives the copy meant for `body`: the same
/// body, or `body` is a part of it ("Ban Thường vụ Thành Đoàn" via "Thành Đoàn").
#[must_use]
pub fn recipient_covers(recipient: &str, body: &str) -> bool {
    ends_with_words(&normalise(body), &normalise(recipient))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Headcount;

    fn entry(role: Option<&str>, body: &str) -> ParticipantEntry {
        ParticipantEntry {
            invited: false,
            role: role.map(str::to_owned),
            body: body.to_owned(),
            each: None,
            count: Headcount::Unknown,
            count_stated: false,
        }
    }

    fn chair(role: Option<&str>, body: &str) -> Chair {
        Chair {
            invited: false,
            role: role.map(str::to_owned),
            body: body.to_owned(),
        }
    }

    #[test]
    fn chairs_match_their_body_or_its_standing_committee() {
        let btv = entry(None, "Ban Thường vụ Quận Đoàn");
        assert!(entry_covers_chair(
            &btv,
            &chair(Some("Bí thư"), "Quận Đoàn")
        ));
        assert!(!entry_covers_chair(
            &btv,
            &chair(Some("đại diện"), "Quận Đoàn")
        ));
        assert!(!entry_covers_chair(
            &btv,
            &chair(Some("Bí thư"), "Thành Đoàn")
        ));
        let dv = entry(Some("Đại diện lãnh đạo"), "Ban Dân vận Quận ủy");
        assert!(entry_covers_chair(
            &dv,
            &chair(Some("lãnh đạo"), "Ban Dân vận Quận ủy")
        ));
    }

    #[test]
    fn the_roster_finds_the_entry_covering_entry_finds() {
        let plan = crate::validate::test_support::sample();
        let roster = Roster::of(&plan);
        assert_eq!(roster.keys().count(), plan.entries().count());
        let mut chairs = plan.chairs.clone();
        chairs.push(chair(Some("Bí thư"), "Quận Đoàn"));
        chairs.push(chair(None, "Không có ở đâu"));
        for c in &chairs {
            assert_eq!(roster.covering(c), covering_entry(&plan, c), "{c:?}");
        }
        assert!(chairs.iter().any(|c| roster.covering(c).is_some()));
        assert!(chairs.iter().any(|c| roster.covering(c).is_none()));
    }

    /// Names made of a few words that end one another often ("Quận Đoàn",
    /// "Ban Thường vụ Quận Đoàn"), in any case and spacing.
    fn name() -> impl proptest::strategy::Strategy<Value = String> {
        let word = proptest::sample::select(vec![
            "Quận",
            "ĐOÀN",
            "đoàn",
            "Thành",
            "Ban",
            "Thường",
            "vụ",
            "12",
            "các",
            "x",
        ]);
        proptest::collection::vec(word, 0..5).prop_map(|words| words.join("  "))
    }

    use proptest::prelude::*;

    proptest::proptest! {
        #[test]
        fn indexes_answer_as_the_one_by_one_matchers(
            bodies in proptest::collection::vec(name(), 0..8),
            recipients in proptest::collection::vec(name(), 0..5),
            nouns in proptest::collection::vec(name(), 0..4),
            asked in proptest::collection::vec(name(), 1..6),
        ) {
            let mut plan = crate::Plan::new("Quận Đoàn", "T");
            plan.participants.groups.push(crate::model::ParticipantGroup {
                level: None,
                entries: bodies.iter().map(|b| entry(None, b)).collect(),
                ..crate::model::ParticipantGroup::default()
            });
            plan.recipients = recipients
                .iter()
                .map(|r| crate::model::Recipient { body: r.clone(), sub_units: Vec::new() })
                .collect();
            plan.units = nouns
                .iter()
                .map(|n| UnitGroup { noun: n.clone(), count: Some(3), members: vec!["P một".into()] })
                .collect();
            let directory = Directory::of(&plan);
            let covers = Recipients::of(&plan);
            let groups = UnitGroups::of(&plan);
            // The one-by-one definitions these indexes replace.
            let mut known: Vec<String> = vec![normalise("Quận Đoàn")];
            known.extend(bodies.iter().chain(&recipients).chain(&nouns).map(|n| normalise(n)));
            for a in &asked {
                let n = normalise(a);
                let core = collective_of(&n).unwrap_or(&n);
                let knows = directory.is_own(a)
                    || known.iter().any(|k| ends_with_words(core, k) || ends_with_words(k, core));
                prop_assert_eq!(directory.knows(a), knows, "knows {:?}", a);
                prop_assert_eq!(
                    covers.cover(a),
                    plan.recipients.iter().any(|r| recipient_covers(&r.body, a)),
                    "covers {:?}", a
                );
                prop_assert_eq!(
                    groups.get(a).map(|g| &g.noun),
                    plan.unit_group(a).map(|g| &g.noun),
                    "unit group {:?}", a
                );
                if let Some((position, _)) = groups.find(a) {
                    prop_assert_eq!(groups.unit_index(position, "p  MỘT"), Some(0));
                    // One member listed: the group has one unit, whatever its count.
                    prop_assert_eq!(groups.unit_index(position, "phường 1"), Some(0));
                    prop_assert_eq!(groups.unit_index(position, "2"), None);
                }
            }
        }
    }

    #[test]
    fn recipients_cover_their_parts() {
        assert!(recipient_covers("Thành Đoàn", "Ban Thường vụ Thành Đoàn"));
        assert!(recipient_covers(
            "Thường trực Quận ủy",
            "Thường trực Quận ủy"
        ));
        assert!(!recipient_covers("Quận ủy", "Ban Thường vụ Thành Đoàn"));
    }
}
