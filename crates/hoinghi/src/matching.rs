//! Who is who: matching chairs to participant entries and bodies to the bodies a
//! plan knows. Shared by counting and validation so they never disagree.

use crate::model::{Chair, ParticipantEntry, Plan};
use crate::names::{collective_of, ends_with_words, is_leader, normalise};

/// Whether `entry` includes the person of `chair`: the same body, or a collective of
/// the chair's body that a leader sits on ("Bí thư Quận Đoàn" is on "Ban Thường vụ
/// Quận Đoàn").
#[must_use]
pub fn entry_covers_chair(entry: &ParticipantEntry, chair: &Chair) -> bool {
    if entry.each.is_some() {
        return false;
    }
    let chair_body = normalise(&chair.body);
    if normalise(&entry.body) == chair_body {
        return true;
    }
    let leader = chair.role.as_deref().is_some_and(is_leader);
    leader && entry.role.is_none() && collective_of(&entry.body).is_some_and(|of| of == chair_body)
}

/// The first participant entry (group, entry) covering `chair`, if any.
#[must_use]
pub fn covering_entry(plan: &Plan, chair: &Chair) -> Option<(usize, usize)> {
    plan.entries()
        .find(|(_, _, entry)| entry_covers_chair(entry, chair))
        .map(|(g, e, _)| (g, e))
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
        let mut own = vec![normalise(&plan.header.issuer)];
        if let Some(principal) = plan.signature.as_ref().and_then(|s| s.principal.as_ref()) {
            own.push(normalise(principal));
        }
        let own: Vec<String> = own
            .into_iter()
            .map(|n| collective_of(&n).unwrap_or(n))
            .filter(|n| !n.is_empty())
            .collect();
        let mut known: Vec<String> = own.clone();
        known.extend(plan.header.superior.iter().map(|s| normalise(s)));
        known.extend(plan.chairs.iter().map(|c| normalise(&c.body)));
        known.extend(plan.entries().map(|(_, _, e)| normalise(&e.body)));
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
        let n = normalise(body);
        self.own.iter().any(|own| ends_with_words(&n, own))
    }

    /// Whether `body` is known: the issuer or a part of it, a body the plan names
    /// elsewhere (or a part or collective of one), or the grassroots units when the
    /// plan has a grassroots level.
    #[must_use]
    pub fn knows(&self, body: &str) -> bool {
        let n = normalise(body);
        if self.is_own(&n) {
            return true;
        }
        if self.has_grassroots && (n.starts_with("cơ sở") || n.contains(" cơ sở")) {
            return true;
        }
        let core = collective_of(&n).unwrap_or_else(|| n.clone());
        self.known
            .iter()
            .any(|k| ends_with_words(&core, k) || ends_with_words(k, &core))
    }
}

/// Whether a recipient named `recipient` receives the copy meant for `body`: the same
/// body, or `body` is a part of it ("Ban Thường vụ Thành Đoàn" via "Thành Đoàn").
#[must_use]
pub fn recipient_covers(recipient: &str, body: &str) -> bool {
    ends_with_words(&normalise(body), &normalise(recipient))
}

/// What makes two participant entries the same people: body, role and unit group,
/// normalised. Equal keys, same people.
#[must_use]
pub fn entry_key(entry: &ParticipantEntry) -> (String, Option<String>, Option<String>) {
    (
        normalise(&entry.body),
        entry.role.as_deref().map(normalise),
        entry.each.as_deref().map(normalise),
    )
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
    fn recipients_cover_their_parts() {
        assert!(recipient_covers("Thành Đoàn", "Ban Thường vụ Thành Đoàn"));
        assert!(recipient_covers(
            "Thường trực Quận ủy",
            "Thường trực Quận ủy"
        ));
        assert!(!recipient_covers("Quận ủy", "Ban Thường vụ Thành Đoàn"));
    }
}
