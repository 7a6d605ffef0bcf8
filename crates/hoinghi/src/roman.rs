//! Roman numerals I to XII, as section headings use them ("II. NỘI DUNG"): read by the
//! text reader, written by the renderers. One table for both directions.

/// The numerals in order: `NUMERALS[n - 1]` is section `n`.
const NUMERALS: [&str; 12] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

/// The numerals, longest first where one begins another ("VIII" before "VII"), so that
/// the first that prefixes a text is the one written.
pub(crate) const LONGEST_FIRST: [&str; 12] = [
    "XII", "XI", "X", "IX", "VIII", "VII", "VI", "V", "IV", "III", "II", "I",
];

/// The Roman numeral of section `n` (1-based; beyond XII, XII).
#[must_use]
pub fn numeral(n: usize) -> &'static str {
    NUMERALS
        .get(n.clamp(1, NUMERALS.len()) - 1)
        .copied()
        .unwrap_or("XII")
}

/// The value of a numeral of [`LONGEST_FIRST`] ("IV" → 4); anything else, 12.
pub(crate) fn value(numeral: &str) -> u32 {
    NUMERALS
        .iter()
        .position(|n| *n == numeral)
        .map_or(12, |i| u32::try_from(i + 1).unwrap_or(12))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_directions_agree() {
        for n in 1..=12 {
            assert_eq!(value(numeral(n)), u32::try_from(n).unwrap());
        }
        assert_eq!(numeral(0), "I");
        assert_eq!(numeral(13), "XII");
        let mut sorted = LONGEST_FIRST;
        sorted.sort_by_key(|n| value(n));
        assert_eq!(sorted, NUMERALS);
        // Longest first: no numeral begins with one listed before it.
        for (i, a) in LONGEST_FIRST.iter().enumerate() {
            for b in &LONGEST_FIRST[i + 1..] {
                assert!(!b.starts_with(a), "{b} is read as {a}");
            }
        }
    }
}
