//! Giới hạn: the documented maximums of input, enforced before heavy work so that no
//! input can exhaust memory or the stack (a stack overflow kills a WebAssembly
//! instance).
//!
//! | what | maximum |
//! |---|---|
//! | plan text | [`crate::text::MAX_TEXT_BYTES`] bytes, [`crate::text::MAX_LINES`] lines |
//! | plan JSON | [`crate::json::MAX_JSON_BYTES`] bytes |
//! | participant entries | [`MAX_PARTICIPANT_ENTRIES`] |
//! | programme items (at every depth) | [`MAX_PROGRAMME_ITEMS`] |
//! | programme nesting | [`MAX_PROGRAMME_DEPTH`] levels |
//!
//! A national congress has a few thousand entries and a few hundred programme items;
//! the limits leave an order of magnitude above that.

use std::cell::Cell;

use serde::{Deserialize, Deserializer};

use crate::model::ProgrammeItem;

/// How deep programme items may nest (item, sub-item, …).
pub const MAX_PROGRAMME_DEPTH: u32 = 8;

/// The most participant entries a plan may have.
pub const MAX_PARTICIPANT_ENTRIES: usize = 50_000;

/// The most programme items a plan may have, counting sub-items.
pub const MAX_PROGRAMME_ITEMS: usize = 10_000;

/// A plan beyond one of the documented limits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the plan has {found} {what}; the limit is {limit}")]
pub struct LimitExceeded {
    /// What was counted ("participant entries", "programme items").
    pub what: &'static str,
    /// How many there are.
    pub found: usize,
    /// The limit.
    pub limit: usize,
}

fn programme_items(items: &[ProgrammeItem]) -> usize {
    items.iter().map(|i| 1 + programme_items(&i.items)).sum()
}

/// Checks the counted limits of a plan (sizes and nesting are checked while reading).
///
/// # Errors
/// The first limit exceeded.
pub fn check(plan: &crate::Plan) -> Result<(), LimitExceeded> {
    let entries: usize = plan
        .participants
        .groups
        .iter()
        .map(|g| g.entries.len())
        .sum();
    if entries > MAX_PARTICIPANT_ENTRIES {
        return Err(LimitExceeded {
            what: "participant entries",
            found: entries,
            limit: MAX_PARTICIPANT_ENTRIES,
        });
    }
    let items = programme_items(&plan.programme);
    if items > MAX_PROGRAMME_ITEMS {
        return Err(LimitExceeded {
            what: "programme items",
            found: items,
            limit: MAX_PROGRAMME_ITEMS,
        });
    }
    Ok(())
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

/// Deserialises `items` of a programme item, refusing nesting deeper than
/// [`MAX_PROGRAMME_DEPTH`] before recursing further.
pub(crate) fn nested_items<'de, D: Deserializer<'de>>(
    de: D,
) -> Result<Vec<ProgrammeItem>, D::Error> {
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
    Vec::<ProgrammeItem>::deserialize(de)
}

#[cfg(test)]
mod tests {
    use super::*;

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
