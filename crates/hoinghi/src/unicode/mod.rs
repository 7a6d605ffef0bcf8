//! Unicode normalisation to NFC.
//!
//! The data are the canonical decompositions, compositions and combining classes of
//! the Unicode Character Database, generated from the `unicode-normalization` crate
//! into `tables.rs` (checked in, with a test that fails when they drift). Only what NFC
//! needs is kept, packed: a third of the crate's tables in the WebAssembly build, and
//! no run-time dependency (BENCHMARKS.md has the sizes).

mod tables;

use tables::{COMBINING_CLASSES, COMBINING_RUNS, COMPOSITIONS, DECOMPOSITIONS};

// Hangul syllables are composed and decomposed arithmetically (Unicode §3.12).
const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// The canonical combining class of `c` (0 for starters).
#[must_use]
pub fn canonical_combining_class(c: char) -> u8 {
    let c = c as u32;
    let i = COMBINING_RUNS.partition_point(|run| run >> 8 <= c);
    match i
        .checked_sub(1)
        .and_then(|i| Some((COMBINING_RUNS.get(i)?, COMBINING_CLASSES.get(i)?)))
    {
        Some((run, class)) if c <= (run >> 8) + (run & 0xFF) => *class,
        _ => 0,
    }
}

/// The one-level canonical decomposition of `c`: one or two characters.
fn decomposition(c: char) -> Option<(char, Option<char>)> {
    let key = u64::from(c as u32);
    let i = DECOMPOSITIONS
        .binary_search_by_key(&key, |d| d >> 42)
        .ok()?;
    let d = DECOMPOSITIONS.get(i)?;
    let first = char::from_u32(((d >> 21) & 0x1F_FFFF) as u32)?;
    let second = (d & 0x1F_FFFF) as u32;
    Some((
        first,
        (second != 0).then(|| char::from_u32(second)).flatten(),
    ))
}

/// Emits the full canonical decomposition of `c` (`c` itself when it has none).
pub fn decompose_canonical(c: char, emit: &mut impl FnMut(char)) {
    let s = (c as u32).wrapping_sub(S_BASE);
    if s < S_COUNT {
        let parts = [
            L_BASE + s / N_COUNT,
            V_BASE + (s % N_COUNT) / T_COUNT,
            T_BASE + s % T_COUNT,
        ];
        for part in parts.into_iter().filter(|p| *p != T_BASE) {
            emit(char::from_u32(part).unwrap_or(c));
        }
        return;
    }
    match decomposition(c) {
        Some((first, second)) => {
            decompose_canonical(first, emit);
            if let Some(second) = second {
                decompose_canonical(second, emit);
            }
        }
        None => emit(c),
    }
}

/// The primary composite of `a` followed by `b`, if there is one.
#[must_use]
pub fn compose(a: char, b: char) -> Option<char> {
    let (ua, ub) = (a as u32, b as u32);
    // Hangul: leading consonant + vowel, then + trailing consonant.
    if (L_BASE..L_BASE + L_COUNT).contains(&ua) && (V_BASE..V_BASE + V_COUNT).contains(&ub) {
        return char::from_u32(S_BASE + ((ua - L_BASE) * V_COUNT + (ub - V_BASE)) * T_COUNT);
    }
    let s = ua.wrapping_sub(S_BASE);
    if s < S_COUNT && s % T_COUNT == 0 && (T_BASE + 1..T_BASE + T_COUNT).contains(&ub) {
        return char::from_u32(ua + (ub - T_BASE));
    }
    let pair = |d: u64| (((d >> 21) & 0x1F_FFFF) as u32, (d & 0x1F_FFFF) as u32);
    let i = COMPOSITIONS
        .binary_search_by_key(&(ua, ub), |&i| {
            DECOMPOSITIONS
                .get(usize::from(i))
                .map_or((0, 0), |d| pair(*d))
        })
        .ok()?;
    let d = DECOMPOSITIONS.get(usize::from(*COMPOSITIONS.get(i)?))?;
    char::from_u32((d >> 42) as u32)
}

/// Whether `c` leaves NFC unchanged wherever it stands: a starter (combining class 0)
/// that is its own NFC and never combines with the character before it. The ranges
/// cover Vietnamese text whole: Latin (U+0000–U+02FF), the precomposed Vietnamese
/// letters (U+1E00–U+1EFF), and punctuation and currency signs (U+2002–U+20CF, "–",
/// "“", "…", "₫"). Checked against the Unicode data in the tests.
pub(crate) const fn is_inert(c: char) -> bool {
    matches!(c, '\0'..='\u{2FF}' | '\u{1E00}'..='\u{1EFF}' | '\u{2002}'..='\u{20CF}')
}

/// `c.is_alphanumeric()`, the Latin letters of Vietnamese (U+00C0–U+024F but "×" and
/// "÷", U+1E00–U+1EFF) answered without the standard library's tables. Checked
/// against it for every character in the tests.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c {
        '\u{C0}'..='\u{24F}' => !matches!(c, '×' | '÷'),
        '\u{1E00}'..='\u{1EFF}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// The character starting at byte `i` of `text` (which must be a character boundary)
/// and its length in bytes; `None` at the end.
///
/// The hot loops over names decode by hand: in the WebAssembly build, optimised for
/// size, `str::chars` costs two calls per character.
#[inline(always)]
pub(crate) fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let bytes = text.as_bytes();
    let b0 = u32::from(*bytes.get(i)?);
    let cont = |k: usize| bytes.get(i + k).map_or(0, |b| u32::from(b & 0x3F));
    let (code, len) = match b0 {
        0x00..=0x7F => (b0, 1),
        0xC0..=0xDF => ((b0 & 0x1F) << 6 | cont(1), 2),
        0xE0..=0xEF => ((b0 & 0x0F) << 12 | cont(1) << 6 | cont(2), 3),
        _ => (
            (b0 & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3),
            4,
        ),
    };
    char::from_u32(code).map(|c| (c, len))
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
        decompose_canonical(c, &mut |d| chars.push((d, canonical_combining_class(d))));
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
        decompose_canonical(c, &mut |d| out.push(d));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Latin letters' fast path reads every character as the tables do.
    #[test]
    fn alphanumeric_as_the_tables() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
    use crate::generated::{all_chars, is_current, TableFile};
    use unicode_normalization::char as ucd;
    use unicode_normalization::UnicodeNormalization;

    fn full_decomposition(c: char) -> Vec<char> {
        let mut out = Vec::new();
        ucd::decompose_canonical(c, |d| out.push(d));
        out
    }

    /// `tables.rs` as generated from the `unicode-normalization` crate.
    fn generate() -> String {
        use std::collections::BTreeMap;

        // Combining classes, as runs of at most 256 characters of one class.
        let mut runs: Vec<(u32, u32, u8)> = Vec::new();
        for c in all_chars() {
            let class = ucd::canonical_combining_class(c);
            if class == 0 {
                continue;
            }
            match runs.last_mut() {
                Some((first, len, k)) if *k == class && *first + *len == c as u32 && *len < 256 => {
                    *len += 1
                }
                _ => runs.push((c as u32, 1, class)),
            }
        }
        // One-level decompositions: the full decomposition is the decomposition of the
        // first character followed by the second, which never decomposes further.
        let by_full: BTreeMap<Vec<char>, char> = all_chars()
            .rev()
            .map(|c| (full_decomposition(c), c))
            .collect();
        let mut decompositions: Vec<(char, char, Option<char>)> = Vec::new();
        for x in all_chars().filter(|c| !(0xAC00..0xAC00 + S_COUNT).contains(&(*c as u32))) {
            let full = full_decomposition(x);
            match full.as_slice() {
                [only] if *only == x => {}
                [only] => decompositions.push((x, *only, None)),
                [prefix @ .., last] => {
                    let first = match prefix {
                        [one] => *one,
                        _ => {
                            let composed: Vec<char> =
                                prefix.iter().copied().collect::<String>().nfc().collect();
                            match composed.as_slice() {
                                [one] => *one,
                                _ => by_full[prefix],
                            }
                        }
                    };
                    decompositions.push((x, first, Some(*last)));
                }
                [] => unreachable!(),
            }
        }
        let mut compositions: Vec<usize> = (0..decompositions.len())
            .filter(|&i| {
                let (x, a, b) = decompositions[i];
                b.is_some_and(|b| ucd::compose(a, b) == Some(x))
            })
            .collect();
        compositions.sort_by_key(|&i| (decompositions[i].1, decompositions[i].2));

        let (major, minor, patch) = unicode_normalization::UNICODE_VERSION;
        let mut file = TableFile::new(&[
            &format!("Generated from the `unicode-normalization` crate (Unicode {major}.{minor}.{patch}) by"),
            "`HOINGHI_UPDATE_TABLES=1 cargo test -p hoinghi --lib unicode`; do not edit.",
        ]);
        file.array(
            "/// Runs of characters with a combining class other than 0: `first << 8 | (length - 1)`.",
            "COMBINING_RUNS",
            "u32",
            &runs.iter().map(|(first, len, _)| format!("0x{:08X}", first << 8 | (len - 1))).collect::<Vec<_>>(),
        );
        file.array(
            "/// The combining class of each run.",
            "COMBINING_CLASSES",
            "u8",
            &runs
                .iter()
                .map(|(_, _, k)| k.to_string())
                .collect::<Vec<_>>(),
        );
        file.array(
            "/// One-level canonical decompositions by code point: `c << 42 | first << 21 | second`\n/// (`second` is 0 for a singleton).",
            "DECOMPOSITIONS",
            "u64",
            &decompositions
                .iter()
                .map(|(x, a, b)| format!("0x{:016X}", u64::from(*x as u32) << 42 | u64::from(*a as u32) << 21 | u64::from(b.map_or(0, |b| b as u32))))
                .collect::<Vec<_>>(),
        );
        file.array(
            "/// The primary composites (decompositions that compose back), as indices into\n/// [`DECOMPOSITIONS`], in order of (first, second).",
            "COMPOSITIONS",
            "u16",
            &compositions.iter().map(|i| i.to_string()).collect::<Vec<_>>(),
        );
        file.finish()
    }

    /// The checked-in tables are what the generator makes now; set
    /// `HOINGHI_UPDATE_TABLES=1` to write them after updating `unicode-normalization`.
    #[test]
    fn tables_are_generated() {
        assert!(
            is_current("src/unicode/tables.rs", &generate()),
            "src/unicode/tables.rs is out of date: run HOINGHI_UPDATE_TABLES=1 cargo test -p hoinghi --lib unicode"
        );
    }

    /// Every character: the same combining class, decomposition and (for every pair
    /// the Unicode data compose) composition as the crate.
    #[test]
    fn tables_agree_with_the_crate_everywhere() {
        for c in all_chars() {
            assert_eq!(
                canonical_combining_class(c),
                ucd::canonical_combining_class(c),
                "{c:?}"
            );
            let mut ours = Vec::new();
            decompose_canonical(c, &mut |d| ours.push(d));
            assert_eq!(ours, full_decomposition(c), "{c:?}");
            if let [a, b] = full_decomposition(c).as_slice() {
                assert_eq!(compose(*a, *b), ucd::compose(*a, *b), "{a:?} {b:?}");
            }
            if let Some((a, Some(b))) = decomposition(c) {
                assert_eq!(compose(a, b), ucd::compose(a, b), "{a:?} {b:?}");
            }
        }
        // Hangul: LV, LVT, and pairs that do not compose.
        for (a, b) in [
            ('\u{1100}', '\u{1161}'),
            ('\u{AC00}', '\u{11A8}'),
            ('\u{AC01}', '\u{11A8}'),
            ('\u{AC00}', '\u{11A7}'),
            ('a', '\u{301}'),
            ('\u{301}', 'a'),
        ] {
            assert_eq!(compose(a, b), ucd::compose(a, b), "{a:?} {b:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn nfc_is_the_crates_nfc(text in "[a-zA-ZđĐâăêôơưÅ\u{300}-\u{36F}\u{1E00}-\u{1EFF}\u{1100}-\u{1175}\u{11A8}-\u{11C2}\u{AC00}-\u{AC40}\u{F900}-\u{F910}\u{2126}\u{212B}\u{0958}-\u{095F}\u{093C}\u{0F71}-\u{0F81}\u{1D15E}-\u{1D16F} ]{0,16}") {
            let expected: String = text.nfc().collect();
            proptest::prop_assert_eq!(nfc(&text), expected);
        }
    }

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
            decompose_canonical(x, &mut |d| parts.push(d));
            for d in parts.iter().skip(1) {
                assert!(!is_inert(*d), "{d:?} follows in the decomposition of {x:?}");
            }
        }
        assert!(is_nfc_quick("Kế hoạch “Đại hội” – 1.000 ₫…"));
        assert!(!is_nfc_quick("\u{2126}")); // U+2126 OHM SIGN, NFC is U+03A9
    }

    proptest::proptest! {
        #[test]
        fn char_at_is_chars(text in "\\PC{0,12}") {
            let mut decoded = Vec::new();
            let mut i = 0;
            while let Some((c, len)) = char_at(&text, i) {
                decoded.push(c);
                i += len;
            }
            proptest::prop_assert_eq!(i, text.len());
            proptest::prop_assert_eq!(decoded, text.chars().collect::<Vec<_>>());
        }
    }

    #[test]
    fn decomposes() {
        assert_eq!(nfd_chars("ế"), ['e', '\u{302}', '\u{301}']);
    }
}
