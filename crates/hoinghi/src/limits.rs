//! Giới hạn: the documented maximums of input, enforced before heavy work so that no
//! input can exhaust memory or the stack (a stack overflow kills a WebAssembly
//! instance).
//!
//! | what | maximum |
//! |---|---|
//! | plan text | [`crate::text::MAX_TEXT_BYTES`] bytes, [`crate::text::MAX_LINES`] lines |
//! | programme nesting | [`MAX_PROGRAMME_DEPTH`] levels |

use std::cell::Cell;

use serde::{Deserialize, Deserializer};

use crate::model::ProgrammeItem;

/// How deep programme items may nest (item, sub-item, …).
pub const MAX_PROGRAMME_DEPTH: u32 = 8;

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
