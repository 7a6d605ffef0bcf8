//! Giới hạn: the documented maximums of input, enforced before heavy work so that no
//! input can exhaust memory or the stack (a stack overflow kills a WebAssembly
//! instance).
//!
//! | what | maximum |
//! |---|---|
//! | plan text | [`crate::text::MAX_TEXT_BYTES`] bytes, [`crate::text::MAX_LINES`] lines |
//! | plan JSON | [`crate::json::MAX_JSON_BYTES`] bytes |
//! | participant entries | [`MAX_PARTICIPANT_ENTRIES`] |
//! | participant groups | [`MAX_PARTICIPANT_GROUPS`] |
//! | programme items (at every depth) | [`MAX_PROGRAMME_ITEMS`] |
//! | programme nesting | [`MAX_PROGRAMME_DEPTH`] levels |
//! | chairs | [`MAX_CHAIRS`] |
//! | levels | [`MAX_LEVELS`] |
//! | unit groups | [`MAX_UNIT_GROUPS`] |
//! | units in one group (its count, or its listed members) | [`MAX_UNITS_PER_GROUP`] |
//! | required positions of a quorum rule | [`MAX_REQUIRED_POSITIONS`] |
//! | delegates summoned (each bound of the count) | [`MAX_DELEGATES`] |
//! | invitation letters, bytes in all | [`crate::export::letters::MAX_LETTER_BYTES`] |
//! | .docx: entries of the zip archive | [`MAX_DOCX_ENTRIES`] |
//! | .docx: XML unpacked, in all | [`MAX_DOCX_UNPACKED_BYTES`] bytes |
//! | .docx: tables and text boxes within each other | [`MAX_DOCX_NESTING`] levels |
//! | .docx: XML nodes (elements, text, attributes) of one part | [`MAX_DOCX_XML_NODES`] |
//!
//! A national congress has a few thousand entries and a few hundred programme items;
//! the limits leave an order of magnitude above that. Vietnam had about 10,600
//! communes before 1 July 2025 and has about 3,300 since: no plan counts more units
//! in one group. Within these, every operation takes time in proportion to the size
//! of the plan, whatever its shape: lists matched against each other are either
//! indexed once per call (unit groups, recipients, the bodies a plan knows) or bounded
//! here so that matching them pair by pair stays cheap (chairs against entries, levels
//! against groups); the units of a group and the required positions bound what a
//! quorum report lists one by one. Other lists need no limit beyond the input's size.

use std::cell::Cell;

use serde::{Deserialize, Deserializer};

/// How deep programme items may nest (item, sub-item, …).
pub const MAX_PROGRAMME_DEPTH: u32 = 8;

/// The most participant entries a plan may have.
pub const MAX_PARTICIPANT_ENTRIES: usize = 50_000;

/// The most programme items a plan may have, counting sub-items.
pub const MAX_PROGRAMME_ITEMS: usize = 10_000;

/// The most participant groups a plan may have.
pub const MAX_PARTICIPANT_GROUPS: usize = 50_000;

/// The most chairs (chủ trì) a plan may name; the presidium of a national congress
/// has a few dozen. Each chair is matched against every participant entry.
pub const MAX_CHAIRS: usize = 200;

/// The most levels (cấp) a plan may define.
pub const MAX_LEVELS: usize = 100;

/// The most unit groups ("11 phường", "các chi đoàn") a plan may define.
pub const MAX_UNIT_GROUPS: usize = 1_000;

/// The most units one unit group may have, by its count or its listed members (a
/// quorum report lists the units not represented, one by one).
pub const MAX_UNITS_PER_GROUP: usize = 50_000;

/// The most required positions a quorum rule may name (a report lists, for each,
/// the units where it is missing).
pub const MAX_REQUIRED_POSITIONS: usize = 20;

/// The most delegates a count states (each bound of it): the largest 32-bit number.
/// Counts are summed in full and checked, never saturated, so a plan summoning more
/// (only absurd counts can: 50,000 entries of a few people each are far below) is an
/// error rather than a total reported as exact.
pub const MAX_DELEGATES: u32 = u32::MAX;
/// The most entries a .docx archive may have. Word writes about a dozen, and one
/// more per picture; a zip of millions of empty entries is a way to exhaust memory
/// before any XML is read.
pub const MAX_DOCX_ENTRIES: usize = 10_000;

/// The most bytes of XML a .docx may unpack to, counting only the parts read (the
/// document, its styles, numbering, footnotes and endnotes, relationships). Word's XML
/// is about 15 times the plan's text (run properties, revision ids), so a plan at the
/// text limit ([`crate::text::MAX_TEXT_BYTES`]) fits; a zip bomb (a few KB that
/// inflate to gigabytes) is stopped when this many bytes have been inflated, whatever
/// the archive declares.
pub const MAX_DOCX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;

/// How deep tables (a table in a cell) and text boxes may nest in a .docx. Offices
/// nest one or two levels; the reader recurses once per level.
pub const MAX_DOCX_NESTING: usize = 16;

/// The most XML nodes one part of a .docx may have. A paragraph of Word's is about ten
/// (the paragraph, its properties, runs, their properties and text), so a plan at the
/// line limit ([`crate::text::MAX_LINES`]) has about 500,000; the limit bounds the
/// memory of the parsed part (tens of bytes a node) for XML of tiny nodes.
pub const MAX_DOCX_XML_NODES: u32 = 2_000_000;

/// A plan beyond one of the documented limits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the plan has {found} {what}; the limit is {limit}")]
pub struct LimitExceeded {
    /// What was counted ("participant entries", "programme items", "delegates").
    pub what: &'static str,
    /// How many there are.
    pub found: u64,
    /// The limit.
    pub limit: u64,
}

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// Restores the depth when a level of items is done, even on error.
struct Level;

impl Drop for Level {
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    }
}

/// Deserialises the `items` of a programme item (`T`), refusing nesting deeper than
/// [`MAX_PROGRAMME_DEPTH`] before recursing further.
pub(crate) fn nested_items<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    de: D,
) -> Result<Vec<T>, D::Error> {
    let depth = DEPTH.with(|d| {
        let next = d.get().saturating_add(1);
        d.set(next);
        next
    });
    let _level = Level;
    if depth >= MAX_PROGRAMME_DEPTH {
        return Err(serde::de::Error::custom(format!(
            "programme items nest deeper than {MAX_PROGRAMME_DEPTH} levels"
        )));
    }
    // An explicit `null` reads as absent, as for every optional field.
    Ok(Option::<Vec<T>>::deserialize(de)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bounds::{check, check_rule};
    use crate::model::ProgrammeItem;

    #[test]
    fn counted_limits() {
        let mut plan = crate::Plan::new("X", "Y");
        assert_eq!(check(&plan), Ok(()));
        plan.programme = vec![ProgrammeItem::new("x"); MAX_PROGRAMME_ITEMS + 1];
        assert_eq!(check(&plan).map_err(|e| e.what), Err("programme items"));
        let json = crate::json::to_string(&plan);
        assert!(matches!(
            crate::json::from_str(&json),
            Err(crate::json::JsonError::Limit(_))
        ));
        let text = "KẾ HOẠCH\nT\n-----\nII. CHƯƠNG TRÌNH\n".to_owned()
            + &"- Mục.\n".repeat(MAX_PROGRAMME_ITEMS + 1);
        assert_eq!(
            crate::parse_text(&text).map_err(|e| e.code()),
            Err("input-too-large")
        );
    }

    #[test]
    fn lists_that_meet_each_other_are_bounded() {
        use crate::model::{Level, ParticipantGroup, UnitGroup};
        let what = |plan: &crate::Plan| check(plan).map_err(|e| e.what);
        let unit = |count: Option<u32>, members: usize| UnitGroup {
            noun: "phường".into(),
            count,
            members: vec!["P".into(); members],
        };
        let limit = |n: usize| u32::try_from(n).unwrap();
        let chair = || crate::model::Chair {
            invited: false,
            role: None,
            body: "Quận Đoàn".into(),
        };

        let mut plan = crate::Plan::new("X", "Y");
        let level = |id: &str| Level {
            id: id.into(),
            name: id.into(),
        };
        plan.levels = vec![level("a"); MAX_LEVELS];
        plan.units = vec![unit(Some(limit(MAX_UNITS_PER_GROUP)), 0); MAX_UNIT_GROUPS];
        plan.participants.groups = vec![ParticipantGroup::default(); MAX_PARTICIPANT_GROUPS];
        plan.chairs = vec![chair(); MAX_CHAIRS];
        assert_eq!(what(&plan), Ok(()), "at every limit");

        let mut over = plan.clone();
        over.chairs = vec![chair(); MAX_CHAIRS + 1];
        assert_eq!(what(&over), Err("chairs"));
        let mut over = plan.clone();
        over.levels.push(level("b"));
        assert_eq!(what(&over), Err("levels"));
        let mut over = plan.clone();
        over.units.push(unit(None, 0));
        assert_eq!(what(&over), Err("unit groups"));
        let mut over = plan.clone();
        over.participants.groups.push(ParticipantGroup::default());
        assert_eq!(what(&over), Err("participant groups"));
        let mut over = plan.clone();
        over.units[0] = unit(Some(u32::MAX), 0);
        assert_eq!(what(&over), Err("units in one group"));
        let mut over = plan;
        over.units[0] = unit(None, MAX_UNITS_PER_GROUP + 1);
        assert_eq!(what(&over), Err("units in one group"));
        let mut with_rule = crate::Plan::new("X", "Y");
        let mut rule = crate::QuorumRule::more_than_half();
        rule.required = vec![
            crate::quorum::RequiredPosition {
                group: 0,
                entry: 0,
                every_unit: true
            };
            MAX_REQUIRED_POSITIONS
        ];
        with_rule.quorum = Some(rule.clone());
        assert_eq!(what(&with_rule), Ok(()));
        rule.required.push(rule.required[0].clone());
        assert_eq!(
            check_rule(&rule).map_err(|e| e.what),
            Err("required positions")
        );
        with_rule.quorum = Some(rule);
        assert_eq!(what(&with_rule), Err("required positions"));
        // Read from JSON, a unit group of four billion units is refused up front.
        let json = crate::json::to_string(&over);
        assert!(matches!(
            crate::json::from_str(&json),
            Err(crate::json::JsonError::Limit(LimitExceeded {
                what: "units in one group",
                ..
            }))
        ));
    }

    #[test]
    fn a_count_beyond_32_bits_is_refused_when_read() {
        let json = |per_unit: u64| {
            format!(
                r#"{{"schemaVersion":1,"header":{{"issuer":"X","documentType":"KẾ HOẠCH","title":"T"}},
                "units":[{{"noun":"xã","count":50000}}],
                "participants":{{"groups":[{{"entries":[{{"body":"Đoàn xã","each":"xã","count":{{"kind":"exact","value":{per_unit}}}}}]}}]}}}}"#
            )
        };
        // 85,899 × 50,000 fits in 32 bits; 85,900 × 50,000 does not.
        assert!(crate::json::from_str(&json(85_899)).is_ok());
        assert_eq!(
            crate::json::from_str(&json(85_900)),
            Err(crate::json::JsonError::Limit(LimitExceeded {
                what: "delegates",
                found: 4_295_000_000,
                limit: u64::from(u32::MAX)
            }))
        );
    }

    fn nested(depth: usize) -> String {
        let mut json = String::from("{\"text\":\"x\"}");
        for _ in 0..depth {
            json = format!("{{\"text\":\"x\",\"items\":[{json}]}}");
        }
        json
    }

    #[test]
    fn nesting_is_bounded() {
        assert!(
            serde_json::from_str::<ProgrammeItem>(&nested(MAX_PROGRAMME_DEPTH as usize - 1))
                .is_ok()
        );
        let err = serde_json::from_str::<ProgrammeItem>(&nested(MAX_PROGRAMME_DEPTH as usize))
            .unwrap_err();
        assert!(err.to_string().contains("nest deeper"), "{err}");
        // The counter is back to zero after an error.
        assert!(serde_json::from_str::<ProgrammeItem>(&nested(3)).is_ok());
        // Far deeper than the stack would allow without the bound.
        let deep = "{\"text\":\"x\",\"items\":[".repeat(100_000);
        assert!(serde_json::from_str::<ProgrammeItem>(&deep).is_err());
    }
}
