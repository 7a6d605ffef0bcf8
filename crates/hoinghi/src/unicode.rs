//! Unicode normalisation to NFC, built on the canonical primitives of the
//! `unicode-normalization` crate.
//!
//! The crate's string iterators link its compatibility-decomposition tables too
//! (they choose the table at run time), which cost ~60 KB gzip in the WebAssembly
//! build (measured, see BENCHMARKS.md); its char-level functions used here link only
//! the canonical tables that NFC needs.

use unicode_normalization::char::{canonical_combining_class, compose, decompose_canonical};

/// Whether `c` leaves NFC unchanged wherever it stands: a starter (combining class 0)
/// that is its own NFC and never combines with the character before it. The ranges
/// cover Vietnamese text whole: Latin (U+0000–U+02FF), the precomposed Vietnamese
/// letters (U+1E00–U+1EFF), and punctuation and currency signs (U+2002–U+20CF, "–",
/// "“", "…", "₫"). Checked against the Unicode data in the tests.
const fn is_inert(c: char) -> bool {
    matches!(c, '\0'..='\u{2FF}' | '\u{1E00}'..='\u{1EFF}' | '\u{2002}'..='\u{20CF}')
}

/// Whether `text` is certainly NFC already: every character is an inert starter
/// (Latin, the precomposed Vietnamese letters, punctuation).
/// True for almost all Vietnamese text, which then skips decomposition.
#[must_use]
pub fn is_nfc_quick(text: &str) -> bool {
    text.chars().all(is_inert)
}

/// `text` in Normalization Form C (canonical decomposition, canonical ordering of
/// combining marks, canonical composition).
///
/// ```
/// let nfd = "Ke\u{302}\u{301} hoa\u{323}ch"; // "Kế hoạch", decomposed
/// assert_eq!(hoinghi::unicode::nfc(nfd), "Kế hoạch");
/// ```
#[must_use]
pub fn nfc(text: &str) -> String {
    if is_nfc_quick(text) {
        return text.to_owned();
    }
    // Canonical decomposition.
    let mut chars: Vec<(char, u8)> = Vec::with_capacity(text.len());
    for c in text.chars() {
        decompose_canonical(c, |d| chars.push((d, canonical_combining_class(d))));
    }
    // Canonical ordering: stable sort of each run of non-starters by class.
    let mut start = 0;
    while start < chars.len() {
        if chars.get(start).is_some_and(|(_, class)| *class != 0) {
            let end = chars
                .iter()
                .skip(start)
                .position(|(_, class)| *class == 0)
                .map_or(chars.len(), |p| start + p);
            if let Some(run) = chars.get_mut(start..end) {
                run.sort_by_key(|(_, class)| *class);
            }
            start = end;
        } else {
            start += 1;
        }
    }
    // Canonical composition.
    let mut out = String::with_capacity(text.len());
    let mut starter: Option<char> = None;
    let mut pending: Vec<char> = Vec::new();
    let mut last_class: Option<u8> = None;
    for (c, class) in chars {
        if let Some(s) = starter {
            let blocked = last_class.is_some_and(|last| last == 0 || last >= class);
            if !blocked {
                if let Some(composed) = compose(s, c) {
                    starter = Some(composed);
                    continue;
                }
            }
            if class == 0 {
                out.push(s);
                out.extend(pending.drain(..));
                starter = Some(c);
                last_class = None;
                continue;
            }
            pending.push(c);
            last_class = Some(class);
        } else if class == 0 {
            starter = Some(c);
            last_class = None;
        } else {
            out.push(c);
        }
    }
    if let Some(s) = starter {
        out.push(s);
    }
    out.extend(pending);
    out
}

/// `text` decomposed canonically (NFD), for folding letters to their base.
#[must_use]
pub fn nfd_chars(text: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        decompose_canonical(c, |d| out.push(d));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn matches_the_crate_on_vietnamese_and_beyond() {
        let samples = [
            "Kế hoạch tổ chức hội nghị thông tin với cấp ủy Đảng 11 phường",
            "ĐOÀN TNCS HỒ CHÍ MINH — Thứ Sáu, ngày 26 tháng 8 năm 2022",
            "Ư ơ ẫ ỹ Ỵ ặ",
            "ÅΩ ḱ ǘ ệ̂ Å ﬁ ㎐ 한국어 a\u{0328}\u{0301}",
            "e\u{0301}\u{0323}\u{0302}", // marks out of canonical order
            "\u{0301}leading mark",
            "plain ascii",
        ];
        for s in samples {
            let nfd: String = s.nfd().collect();
            for input in [s.to_owned(), nfd] {
                let expected: String = input.nfc().collect();
                assert_eq!(nfc(&input), expected, "{input:?}");
            }
        }
    }

    /// The inert ranges hold what the fast path assumes, for every character in them.
    #[test]
    fn inert_characters_are_stable_starters() {
        let inert: Vec<char> = (0..=0x10FFFF_u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_inert(c))
            .collect();
        assert!(inert.len() > 1_000);
        for &c in &inert {
            assert_eq!(canonical_combining_class(c), 0, "{c:?} is a starter");
            let alone: String = c.to_string().nfc().collect();
            assert_eq!(alone, c.to_string(), "{c:?} is its own NFC");
        }
        // Never the second part of a canonical decomposition, so never composed with
        // the character before it.
        for x in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let mut parts = Vec::new();
            decompose_canonical(x, |d| parts.push(d));
            for d in parts.iter().skip(1) {
                assert!(!is_inert(*d), "{d:?} follows in the decomposition of {x:?}");
            }
        }
        assert!(is_nfc_quick("Kế hoạch “Đại hội” – 1.000 ₫…"));
        assert!(!is_nfc_quick("\u{2126}")); // U+2126 OHM SIGN, NFC is U+03A9
    }

    #[test]
    fn decomposes() {
        assert_eq!(nfd_chars("ế"), ['e', '\u{302}', '\u{301}']);
    }
}
