//! Who is who: matching chairs to participant entries and bodies to the bodies a
//! plan knows. Shared by counting and validation so they never disagree.

use crate::model::{Chair, ParticipantEntry, Plan};
use crate::names::{collective_of, ends_with_words, is_leader, normalise};

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
}

impl ChairKey {
    fn of(chair: &Chair) -> Self {
        Self {
            body: normalise(&chair.body),
            leader: chair.role.as_deref().is_some_and(is_leader),
        }
    }

    fn covered_by(&self, entry: &EntryKey) -> bool {
        if entry.each.is_some() {
            return false;
        }
        entry.body == self.body
            || (self.leader
                && entry.role.is_none()
                && collective_of(&entry.body) == Some(self.body.as_str()))
    }
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
}

impl Roster {
    /// Normalises every entry of `plan`.
    #[must_use]
    pub fn of(plan: &Plan) -> Self {
        Self {
            entries: plan
                .entries()
                .map(|(g, e, entry)| ((g, e), EntryKey::of(entry)))
                .collect(),
        }
    }

    /// The first entry (group, entry) covering `chair`, as [`covering_entry`].
    #[must_use]
    pub fn covering(&self, chair: &Chair) -> Option<(usize, usize)> {
        let chair = ChairKey::of(chair);
        self.entries
            .iter()
            .find(|(_, key)| chair.covered_by(key))
            .map(|(at, _)| *at)
    }

    /// Every entry's (group, entry) and key, in document order.
    pub fn keys(&self) -> impl Iterator<Item = ((usize, usize), &EntryKey)> {
        self.entries.iter().map(|(at, key)| (*at, key))
    }
}

/// The bodies a plan names, for deciding whether a name refers to something known.
#[derive(Debug, Clone)]
pub struct Directory {
    known: Vec<String>,
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
        let has_grassroots =
            plan.levels.iter().any(crate::levels::is_grassroots) || !plan.units.is_empty();
        Self {
            known,
            own,
            has_grassroots,
        }
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
        self.known
            .iter()
            .any(|k| ends_with_words(core, k) || ends_with_words(k, core))
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
