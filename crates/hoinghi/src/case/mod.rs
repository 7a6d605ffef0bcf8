//! Chữ hoa, chữ thường: upper and lower case.
//!
//! The same mappings as `char::to_uppercase` and `char::to_lowercase`, from tables
//! generated out of the standard library into `tables.rs` and packed as runs (a
//! character range, a stride and an offset): about 4 KB instead of the standard
//! library's 25 KB, which the WebAssembly module would otherwise carry
//! (BENCHMARKS.md). Strings are mapped character by character (the final-sigma rule
//! of `str::to_lowercase` does not apply; Vietnamese has no sigma).

mod tables;

use tables::{LOWER, UPPER, UPPER_MULTI_KEYS, UPPER_MULTI_VALUES};

/// The version of Unicode whose case mappings these are (major, minor, update).
pub const UNICODE_VERSION: (u8, u8, u8) = tables::UNICODE_VERSION;

/// The one to three characters a character maps to, like the standard library's
/// `ToLowercase` and `ToUppercase`.
#[derive(Debug, Clone)]
pub struct CaseMapping {
    chars: [char; 3],
    len: u8,
    next: u8,
}

impl CaseMapping {
    fn one(c: char) -> Self {
        Self {
            chars: [c, '\0', '\0'],
            len: 1,
            next: 0,
        }
    }
}

impl Iterator for CaseMapping {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if self.next >= self.len {
            return None;
        }
        let c = self.chars.get(usize::from(self.next)).copied();
        self.next += 1;
        c
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = usize::from(self.len.saturating_sub(self.next));
        (left, Some(left))
    }
}

impl ExactSizeIterator for CaseMapping {}

impl std::iter::FusedIterator for CaseMapping {}

/// The one-character mapping of `c` by `runs`: `first << 43 | (length - 1) << 35 |
/// (stride - 1) << 34 | offset` (the offset as a 32-bit two's complement).
fn by_runs(c: char, runs: &[u64]) -> Option<char> {
    let code = c as u32;
    let i = runs.partition_point(|run| (run >> 43) as u32 <= code);
    let run = runs.get(i.checked_sub(1)?)?;
    let first = (run >> 43) as u32;
    let len = ((run >> 35) & 0xFF) as u32 + 1;
    let stride = ((run >> 34) & 1) as u32 + 1;
    let step = code - first;
    if step % stride != 0 || step / stride >= len {
        return None;
    }
    let offset = (run & 0xFFFF_FFFF) as u32;
    char::from_u32(code.wrapping_add(offset))
}

/// The lower case of `c` when it is one character (all but "İ").
///
/// Names are lower-cased for every comparison, so the letters of Vietnamese (and the
/// rest of Latin-1 and Latin Extended-A) are mapped by arithmetic before the tables.
#[inline]
pub(crate) fn lower_single(c: char) -> Option<char> {
    let code = c as u32;
    match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(code + 0x20),
        // Upper case at even code points, lower case at the odd one after ("Đ" "đ",
        // "Ă" "ă", "Ạ" "ạ", "Ế" "ế")…
        '\u{100}'..='\u{12F}'
        | '\u{132}'..='\u{137}'
        | '\u{14A}'..='\u{177}'
        | '\u{1A0}'..='\u{1A1}'
        | '\u{1E00}'..='\u{1E95}'
        | '\u{1EA0}'..='\u{1EFF}' => char::from_u32(code | 1),
        // …or at odd ones, lower case at the even one after ("Ư" "ư").
        '\u{139}'..='\u{148}' | '\u{1AF}'..='\u{1B0}' => char::from_u32(code + (code & 1)),
        // Already lower case, or not a letter.
        '\0'..='\u{BF}' | 'ß'..='ÿ' | '×' => Some(c),
        // The one character whose lower case is two: "İ" (U+0130), "i̇".
        '\u{130}' => None,
        _ => Some(lower_by_tables(c)),
    }
}

/// The rest of [`lower_single`], out of line.
#[inline(never)]
fn lower_by_tables(c: char) -> char {
    by_runs(c, &LOWER).unwrap_or(c)
}

/// The lower case of `c`, as `char::to_lowercase`.
#[must_use]
pub fn lower(c: char) -> CaseMapping {
    match lower_single(c) {
        Some(l) => CaseMapping::one(l),
        None => CaseMapping {
            chars: ['i', '\u{307}', '\0'],
            len: 2,
            next: 0,
        },
    }
}

/// The upper case of `c`, as `char::to_uppercase` ("ß" is "SS").
#[must_use]
pub fn upper(c: char) -> CaseMapping {
    if c.is_ascii() {
        return CaseMapping::one(c.to_ascii_uppercase());
    }
    if let Ok(i) = UPPER_MULTI_KEYS.binary_search(&(c as u32)) {
        let packed = UPPER_MULTI_VALUES.get(i).copied().unwrap_or(0);
        let part = |shift: u32| char::from_u32(((packed >> shift) & 0x1F_FFFF) as u32);
        let chars = [part(42), part(21), part(0)].map(|p| p.unwrap_or('\0'));
        let len = chars.iter().take_while(|c| **c != '\0').count();
        return CaseMapping {
            chars,
            len: u8::try_from(len).unwrap_or(3),
            next: 0,
        };
    }
    CaseMapping::one(by_runs(c, &UPPER).unwrap_or(c))
}

/// Appends the lower case of `c` to `out` (the hot loops push into a `String` whole
/// encodings, so the text is never validated again as UTF-8).
#[inline(always)]
pub(crate) fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let mut buf = [0; 4];
    match lower_single(c) {
        Some(l) => out.push_str(l.encode_utf8(&mut buf)),
        None => lower(c).for_each(|l| out.push_str(l.encode_utf8(&mut buf))),
    }
}

/// `text` in lower case, character by character.
///
/// ```
/// assert_eq!(hoinghi::case::lowercase("KẾ HOẠCH Tổ Chức"), "kế hoạch tổ chức");
/// ```
#[must_use]
pub fn lowercase(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while let Some((c, len)) = crate::unicode::char_at(text, i) {
        i += len;
        push_lower(&mut out, c);
    }
    out
}

/// The length in bytes of the start of `text` that reads `prefix`, the case of both
/// ignored ("Giấy mời dự …" starts with "GIẤY MỜI"), without lower-casing either.
pub(crate) fn prefix_len_ignoring_case(text: &str, prefix: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    for p in prefix.chars() {
        let (_, c) = chars.next()?;
        if c != p && lower_single(c).unwrap_or(c) != lower_single(p).unwrap_or(p) {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(i, _)| i))
}

/// The length in bytes of the start of `text` that reads `prefix` ignoring case
/// (`prefix` written in lower case), or `None`: "Mời đại diện" starts with "mời ".
/// Checks a prefix without lower-casing the whole text.
#[must_use]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))] // The wasm build is sized.
pub(crate) fn lower_prefix_len(text: &str, prefix: &str) -> Option<usize> {
    // Most calls fail at the first byte: an ASCII letter is itself or its capital,
    // and a non-ASCII letter is never ASCII in the other case.
    if let (Some(&p), Some(&t)) = (prefix.as_bytes().first(), text.as_bytes().first()) {
        if p.is_ascii() && t != p && t.to_ascii_lowercase() != p || !p.is_ascii() && t.is_ascii() {
            return None;
        }
    }
    lower_prefix_len_by_chars(text, prefix)
}

/// The rest of [`lower_prefix_len`], out of line in the wasm build (sized); inlined
/// elsewhere, where roles, connectors and nouns are compared so about 16 times per
/// participants line.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn lower_prefix_len_by_chars(text: &str, prefix: &str) -> Option<usize> {
    let (t, p) = (text.as_bytes(), prefix.as_bytes());
    let mut i = 0;
    let mut j = 0;
    loop {
        // Equal bytes first (most of a prefix is written as listed).
        while let (Some(a), Some(b)) = (t.get(i), p.get(j)) {
            if a != b {
                break;
            }
            i += 1;
            j += 1;
        }
        let Some(&b) = p.get(j) else {
            // All of the prefix, ending where a character of the text does.
            return Some(i);
        };
        let &a = t.get(i)?;
        // Two ASCII characters that differ: the same letter in two cases or not.
        if a.is_ascii() && b.is_ascii() {
            if a.to_ascii_lowercase() != b {
                return None;
            }
            i += 1;
            j += 1;
            continue;
        }
        // Back to the start of a character where they part; then one character
        // compared by case.
        while !text.is_char_boundary(i) && i > 0 && j > 0 {
            i -= 1;
            j -= 1;
        }
        let (p, plen) = crate::unicode::char_at(prefix, j)?;
        let (c, len) = crate::unicode::char_at(text, i)?;
        if c != p && lower_single(c) != Some(p) {
            return None;
        }
        i += len;
        j += plen;
    }
}

/// `text` in upper case, character by character.
///
/// ```
/// assert_eq!(hoinghi::case::uppercase("Kế hoạch"), "KẾ HOẠCH");
/// ```
#[must_use]
pub fn uppercase(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    out.extend(text.chars().flat_map(upper));
    out
}

/// `text` with its first character in upper case ("ban" → "Ban").
#[must_use]
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => upper(first).chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generated::{all_chars, is_current, TableFile};

    /// Runs of characters mapped to one character at a constant offset, consecutive
    /// or every other one.
    fn runs(map: impl Fn(char) -> Vec<char>) -> Vec<String> {
        let mut runs: Vec<(u32, u32, u32, u32)> = Vec::new(); // first, len, stride, offset
        for c in all_chars().filter(|c| !c.is_ascii()) {
            let code = c as u32;
            let [m] = map(c)[..] else { continue };
            if m == c {
                continue;
            }
            let offset = (m as u32).wrapping_sub(code);
            match runs.last_mut() {
                Some((first, len, stride, o))
                    if *o == offset
                        && *len < 256
                        && ((*len == 1 && (code - *first == 1 || code - *first == 2))
                            || (*len > 1 && code == *first + *len * *stride)) =>
                {
                    if *len == 1 {
                        *stride = code - *first;
                    }
                    *len += 1;
                }
                _ => runs.push((code, 1, 1, offset)),
            }
        }
        runs.iter()
            .map(|&(first, len, stride, offset)| {
                let run = u64::from(first) << 43
                    | u64::from(len - 1) << 35
                    | u64::from(stride - 1) << 34
                    | u64::from(offset);
                format!("0x{run:016X}")
            })
            .collect()
    }

    fn generate() -> String {
        let (major, minor, patch) = char::UNICODE_VERSION;
        let mut file = TableFile::new(&[
            &format!("Generated from the standard library's case mappings (Unicode {major}.{minor}.{patch}) by"),
            "`HOINGHI_UPDATE_TABLES=1 cargo test -p hoinghi --lib case`; do not edit.",
        ]);
        file.constant(
            "/// The Unicode version of the data.",
            "UNICODE_VERSION",
            "(u8, u8, u8)",
            &format!("({major}, {minor}, {patch})"),
        );
        let doc = "as runs: `first << 43 | (length - 1) << 35 | (stride - 1) << 34 | offset`.";
        file.array(
            &format!("/// Lower case of the characters that map to one other character, {doc}"),
            "LOWER",
            "u64",
            &runs(|c| c.to_lowercase().collect()),
        );
        file.array(
            &format!("/// Upper case of the characters that map to one other character, {doc}"),
            "UPPER",
            "u64",
            &runs(|c| c.to_uppercase().collect()),
        );
        let multi: Vec<(char, Vec<char>)> = all_chars()
            .map(|c| (c, c.to_uppercase().collect::<Vec<char>>()))
            .filter(|(_, m)| m.len() > 1)
            .collect();
        file.array(
            "/// Characters whose upper case is several characters.",
            "UPPER_MULTI_KEYS",
            "u32",
            &multi
                .iter()
                .map(|(c, _)| format!("0x{:05X}", *c as u32))
                .collect::<Vec<_>>(),
        );
        file.array(
            "/// Their upper case, up to three characters packed 21 bits each (first highest).",
            "UPPER_MULTI_VALUES",
            "u64",
            &multi
                .iter()
                .map(|(_, m)| {
                    let packed = m
                        .iter()
                        .chain(['\0'; 3].iter())
                        .take(3)
                        .fold(0u64, |acc, c| acc << 21 | u64::from(*c as u32));
                    format!("0x{packed:016X}")
                })
                .collect::<Vec<_>>(),
        );
        file.finish()
    }

    /// The tables are the standard library's data when it has the same Unicode
    /// version. A toolchain with a newer version only adds mappings (case pairs are
    /// stable), for characters new to it: there, every mapping here must still be
    /// the same, and the ones missing here few (a Unicode version adds some dozens).
    #[test]
    fn tables_are_generated() {
        let update = std::env::var_os("HOINGHI_UPDATE_TABLES").is_some();
        if update || char::UNICODE_VERSION == UNICODE_VERSION {
            assert!(
                is_current("src/case/tables.rs", &generate()),
                "src/case/tables.rs is out of date: run HOINGHI_UPDATE_TABLES=1 cargo test -p hoinghi --lib case"
            );
            return;
        }
        let mut missing = 0;
        for c in all_chars() {
            for (ours, theirs) in [
                (
                    upper(c).collect::<Vec<_>>(),
                    c.to_uppercase().collect::<Vec<_>>(),
                ),
                (lower(c).collect(), c.to_lowercase().collect()),
            ] {
                if ours != theirs {
                    assert_eq!(ours, [c], "{c:?} maps differently");
                    missing += 1;
                }
            }
        }
        assert!(
            missing < 200,
            "{missing} case mappings are missing: regenerate the tables"
        );
    }

    #[test]
    fn prefixes_ignore_case() {
        assert_eq!(lower_prefix_len("MỜI đại diện", "mời "), Some("MỜI ".len()));
        assert_eq!(lower_prefix_len("Mời", "mời "), None);
        assert_eq!(lower_prefix_len("Bí thư", ""), Some(0));
        assert_eq!(lower_prefix_len("Phó Bí thư", "bí thư"), None);
        // Characters that share their first bytes and part in the last.
        assert_eq!(lower_prefix_len("bồ câu", "bố"), None);
        assert_eq!(lower_prefix_len("BỐ CÂU", "bố"), Some("BỐ".len()));
        assert_eq!(lower_prefix_len("Bố", "bốn"), None);
    }

    proptest::proptest! {
        /// The byte-wise shortcut answers as a comparison character by character does.
        #[test]
        fn prefixes_agree_with_comparing_characters(
            text in "[aAbBđĐốỐồỒôÔ ,kKiİ]{0,8}",
            prefix in "[abđốồô ,ki]{0,5}",
        ) {
            let mut t = text.char_indices();
            let mut expected = Some(0);
            for p in prefix.chars() {
                match t.next() {
                    Some((i, c)) if c == p || lower_single(c) == Some(p) => {
                        expected = Some(i + c.len_utf8());
                    }
                    _ => {
                        expected = None;
                        break;
                    }
                }
            }
            proptest::prop_assert_eq!(lower_prefix_len(&text, &prefix), expected);
        }
    }

    #[test]
    fn agrees_with_the_standard_library_everywhere() {
        if char::UNICODE_VERSION != UNICODE_VERSION {
            return; // covered, for the mappings both have, by `tables_are_generated`
        }
        for c in all_chars() {
            assert!(lower(c).eq(c.to_lowercase()), "lower {c:?}");
            let mut pushed = String::new();
            push_lower(&mut pushed, c);
            assert_eq!(pushed, c.to_lowercase().to_string(), "push_lower {c:?}");
            assert!(upper(c).eq(c.to_uppercase()), "upper {c:?}");
            assert_eq!(lower(c).size_hint().0, c.to_lowercase().count());
        }
    }

    #[test]
    fn strings() {
        assert_eq!(
            lowercase("ĐOÀN TNCS HỒ CHÍ MINH İ"),
            "đoàn tncs hồ chí minh i\u{307}"
        );
        assert_eq!(uppercase("straße ǆ ﬃ"), "STRASSE Ǆ FFI");
        assert_eq!(capitalise("ủy ban"), "Ủy ban");
        assert_eq!(capitalise(""), "");
    }
}
