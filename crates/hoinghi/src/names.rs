//! Comparing names of bodies and positions as a reader would: ignoring case,
//! Unicode form, spacing, trailing punctuation and a leading "các" (plural).

/// The comparable form of a name: NFC, lower case, single spaces, no trailing
/// punctuation, no leading "các ".
///
/// Runs for every name of every entry on each validation and for every line read, so
/// it makes one pass, decoding by hand, and skips normalisation for text that is NFC
/// already (almost all Vietnamese text).
#[must_use]
pub fn normalise(text: &str) -> String {
    let out = match fold(text, true) {
        Some(out) => out,
        None => fold(&crate::unicode::nfc(text), false).unwrap_or_default(),
    };
    let start = if out.starts_with("các ") {
        "các ".len()
    } else {
        0
    };
    let kept = out
        .get(start..)
        .unwrap_or_default()
        .trim_end_matches(['.', ';', ':', ',', '!'])
        .trim_end();
    if start == 0 && kept.len() == out.len() {
        out
    } else {
        kept.to_owned()
    }
}

/// `text` in lower case with single spaces and no leading or trailing space; `None` if
/// `nfc_only` and it is not certainly NFC (see [`crate::unicode::is_nfc_quick`]).
fn fold(text: &str, nfc_only: bool) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 8);
    let mut space = false;
    let mut i = 0;
    let bytes = text.as_bytes();
    while bytes.get(i).is_some() {
        // A run of what folding leaves as it is, copied at once and its ASCII capitals
        // lower-cased in place: ASCII but white space, characters that are their own
        // lower case (most of a Vietnamese line), and single spaces between them.
        let mut run = i;
        while let Some(&b) = bytes.get(run) {
            if b == b' ' {
                let word_follows = bytes
                    .get(run + 1)
                    .is_some_and(|n| n.is_ascii() && !n.is_ascii_whitespace() && *n != 0x0B);
                if run == i || !word_follows {
                    break;
                }
                run += 1;
            } else if b.is_ascii() {
                if b.is_ascii_whitespace() || b == 0x0B {
                    break;
                }
                run += 1;
            } else if let Some(len) = own_lower_letter(bytes.get(run..).unwrap_or_default()) {
                run += len;
            } else {
                match crate::unicode::char_at(text, run) {
                    Some((c, len))
                        if crate::case::lower_single(c) == Some(c)
                            && (!nfc_only || crate::unicode::is_inert(c))
                            && !c.is_whitespace() =>
                    {
                        run += len;
                    }
                    _ => break,
                }
            }
        }
        if run > i {
            if space {
                out.push(' ');
                space = false;
            }
            let at = out.len();
            out.push_str(text.get(i..run).unwrap_or_default());
            if let Some(added) = out.get_mut(at..) {
                added.make_ascii_lowercase();
            }
            i = run;
            continue;
        }
        let Some((c, len)) = crate::unicode::char_at(text, i) else {
            break;
        };
        i += len;
        let white = match c {
            '\t'..='\r' | ' ' => true,
            c if c.is_ascii() => false,
            c => c.is_whitespace(),
        };
        if white {
            space = !out.is_empty();
            continue;
        }
        if nfc_only && !crate::unicode::is_inert(c) {
            return None;
        }
        if space {
            out.push(' ');
            space = false;
        }
        crate::case::push_lower(&mut out, c);
    }
    Some(out)
}

/// The length of the character `bytes` start with when it is a small letter of
/// Vietnamese outside ASCII, which folding leaves as it is (its own lower case, NFC,
/// no white space): "à".."ý", "ă", "đ", "ĩ", "ũ", "ơ", "ư", "ạ".."ỹ", read from
/// their bytes. `None` for any other character, to be decoded.
#[inline(always)]
fn own_lower_letter(bytes: &[u8]) -> Option<usize> {
    match *bytes {
        // U+00DF..U+00FF ("ß".."ÿ") and "×".
        [0xC3, b, ..] if b >= 0x9F || b == 0x97 => Some(2),
        // U+0100..U+012F and U+014A..U+0177: small letters at odd code points.
        [0xC4, b, ..] if b <= 0xAF && b & 1 == 1 => Some(2),
        [0xC5, b, ..] if (0x8A..=0xB7).contains(&b) && b & 1 == 1 => Some(2),
        // "ơ", "ư".
        [0xC6, 0xA1 | 0xB0, ..] => Some(2),
        // U+1EA0..U+1EFF: small letters at odd code points.
        [0xE1, 0xBA, b, ..] if b >= 0xA0 && b & 1 == 1 => Some(3),
        [0xE1, 0xBB, b, ..] if b & 1 == 1 => Some(3),
        _ => None,
    }
}

/// Whether two names are the same after [`normalise`].
#[must_use]
pub fn same(a: &str, b: &str) -> bool {
    normalise(a) == normalise(b)
}

/// Prefixes naming a collective of a body ("Ban Thường vụ Quận Đoàn" is the standing
/// committee of "Quận Đoàn"); normalised form.
pub(crate) const COLLECTIVES: &[&str] = &[
    "ban thường vụ",
    "ban chấp hành",
    "thường trực",
    "thường vụ",
    "bch",
    "btv",
    "ban thường trực",
];

/// Positions that sit on a body's collectives (a secretary is on its standing committee).
pub(crate) const LEADERS: &[&str] = &[
    "bí thư thứ nhất",
    "bí thư",
    "phó bí thư",
    "chủ tịch",
    "phó chủ tịch",
    "chủ nhiệm",
    "phó chủ nhiệm",
    "trưởng ban",
    "phó trưởng ban",
    "giám đốc",
    "phó giám đốc",
];

/// The body a collective belongs to: "ban thường vụ quận đoàn" → "quận đoàn", for a
/// name already [normalised](normalise); `None` when it does not start with a
/// collective.
#[must_use]
pub(crate) fn collective_of(n: &str) -> Option<&str> {
    COLLECTIVES.iter().find_map(|prefix| {
        n.strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix(' '))
    })
}

/// Whether `role` is held by someone who sits on a body's collectives.
#[must_use]
pub(crate) fn is_leader(role: &str) -> bool {
    let n = normalise(role);
    LEADERS
        .iter()
        .any(|l| n == *l || n.ends_with(&format!(" {l}")))
}

/// Whether `text` is written in capitals (ignoring non-letters) and has a letter.
#[must_use]
pub fn is_upper(text: &str) -> bool {
    // One pass: a small letter answers at once (most lines have one in their first
    // word), ASCII and the small letters of Vietnamese read from their bytes.
    let bytes = text.as_bytes();
    let mut letter = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if b.is_ascii_lowercase() {
                return false;
            }
            letter |= b.is_ascii_uppercase();
            i += 1;
            continue;
        }
        let rest = bytes.get(i..).unwrap_or_default();
        if !matches!(rest, [0xC3, 0x97 | 0xB7, ..]) && own_lower_letter(rest).is_some() {
            return false;
        }
        let Some((c, len)) = crate::unicode::char_at(text, i) else {
            break;
        };
        if c.is_alphabetic() {
            if c.is_lowercase() {
                return false;
            }
            letter = true;
        }
        i += len;
    }
    letter
}

/// Whether `whole` ends with the words of `part` (both normalised), on a word boundary.
#[must_use]
pub(crate) fn ends_with_words(whole: &str, part: &str) -> bool {
    if part.is_empty() {
        return false;
    }
    whole == part
        || whole
            .strip_suffix(part)
            .is_some_and(|head| head.ends_with(' '))
}

/// ASCII, lower-case, hyphenated, for file names and identifiers (level ids, calendar
/// addresses):
/// "05-KH/ĐTN-VP" → "05-kh-dtn-vp".
///
/// ```
/// assert_eq!(hoinghi::names::slug("Ban Thường vụ Thành Đoàn"), "ban-thuong-vu-thanh-doan");
/// ```
#[must_use]
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in crate::unicode::nfd_chars(&normalise(text).replace('đ', "d")) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if (c.is_whitespace() || matches!(c, '-' | '/' | '.' | '_')) && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `fold` as it was written before ASCII runs were copied at once: one character
    /// at a time.
    fn fold_by_chars(text: &str, nfc_only: bool) -> Option<String> {
        let mut out = String::new();
        let mut space = false;
        for c in text.chars() {
            let white = match c {
                '\t'..='\r' | ' ' => true,
                c if c.is_ascii() => false,
                c => c.is_whitespace(),
            };
            if white {
                space = !out.is_empty();
                continue;
            }
            if nfc_only && !crate::unicode::is_inert(c) {
                return None;
            }
            if space {
                out.push(' ');
                space = false;
            }
            crate::case::push_lower(&mut out, c);
        }
        Some(out)
    }

    /// Every character read from its bytes as a small letter of Vietnamese is one that
    /// folding leaves as it is.
    #[test]
    fn own_lower_letters_are_left_as_they_are() {
        let mut found = 0;
        for c in ('\u{80}'..='\u{ffff}').filter(|c| !c.is_ascii()) {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if let Some(len) = own_lower_letter(bytes) {
                found += 1;
                assert_eq!(len, c.len_utf8(), "{c:?}");
                assert!(
                    crate::case::lower_single(c) == Some(c)
                        && crate::unicode::is_inert(c)
                        && !c.is_whitespace(),
                    "{c:?}"
                );
            }
        }
        // The small letters of Vietnamese and their neighbours.
        assert!(found > 120, "{found}");
        for c in "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".chars()
        {
            let mut buf = [0; 4];
            assert!(
                own_lower_letter(c.encode_utf8(&mut buf).as_bytes()).is_some(),
                "{c}"
            );
        }
    }

    /// Every character `is_upper` takes for a small letter by its bytes is one.
    #[test]
    fn small_letters_read_from_their_bytes_are_small_letters() {
        for c in ('\u{80}'..='\u{ffff}').filter(|c| !c.is_ascii()) {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if !matches!(bytes, [0xC3, 0x97 | 0xB7, ..]) && own_lower_letter(bytes).is_some() {
                assert!(c.is_alphabetic() && c.is_lowercase(), "{c:?}");
            }
        }
    }

    proptest::proptest! {
        /// `is_upper` reads as it was written: some letter, and no small one.
        #[test]
        fn is_upper_reads_as_letters_filtered(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Đ", "đ", "Ư", "ư", "A", "a", "Ạ", "ạ", "1", " ", "-", "×", "÷", "ß", "ẞ",
                    "Σ", "σ", "ǅ", "ª", "\u{2170}", "Ⅰ", "e\u{301}", "\u{301}", "(", "Ÿ", "ÿ",
                ]),
                0..8,
            ),
        ) {
            let text: String = parts.concat();
            let mut letters = text.chars().filter(|c| c.is_alphabetic()).peekable();
            let plain = letters.peek().is_some() && letters.all(|c| !c.is_lowercase());
            proptest::prop_assert_eq!(is_upper(&text), plain, "{:?}", text);
        }
    }

    proptest::proptest! {
        /// Copying ASCII runs at once folds as one character at a time does.
        #[test]
        fn ascii_runs_fold_as_characters_do(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Đại", "DIỆN", "ab", "AB", "12", " ", "  ", "\t", "\u{b}", "\u{c}", "\r\n",
                    "\u{a0}", "\u{2003}", "(", "Ủy", "e\u{301}", "ß", "İ", ",", "x",
                    "ơ", "Ơ", "ư", "Ư", "ă", "Ă", "đ", "ĩ", "ũ", "ạ", "Ạ", "ỹ", "Ỹ", "ẞ", "ẛ",
                    "×", "÷", "Ÿ", "ÿ", "ı", "ĸ", "ŉ", "Ŀ", "ŀ", "ŷ", "Ź", "ź", "ž", "ɐ",
                ]),
                0..16,
            ),
            nfc_only in proptest::bool::ANY,
        ) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(fold(&text, nfc_only), fold_by_chars(&text, nfc_only), "{:?}", text);
        }
    }
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn normalise_ignores_case_form_space_and_plural() {
        let nfd: String = "Các  Ban Quận Đoàn;".nfd().collect();
        assert_eq!(normalise(&nfd), "ban quận đoàn");
        assert!(same("Thành Đoàn", "THÀNH ĐOÀN"));
        assert!(!same("Thành Đoàn", "Quận Đoàn"));
    }

    /// The definition `normalise` implements in one pass.
    fn reference(text: &str) -> String {
        let lowered: String = crate::unicode::nfc(text)
            .chars()
            .flat_map(char::to_lowercase)
            .collect();
        let mut words: Vec<&str> = lowered.split_whitespace().collect();
        if words.first() == Some(&"các") && words.len() > 1 {
            words.remove(0);
        }
        words
            .join(" ")
            .trim_end_matches(['.', ';', ':', ',', '!'])
            .trim()
            .to_owned()
    }

    proptest::proptest! {
        #[test]
        fn normalise_is_the_reference(text in "[ \t\u{a0}cácCÁCaăâbđĐeêiIİoôơuưyAĂÂ.;:,!\u{300}-\u{303}\u{309}\u{323}ΩΣς\u{2126}\u{85}\u{2003}\u{3000}\u{1F600}\u{130}]{0,24}") {
            proptest::prop_assert_eq!(normalise(&text), reference(&text));
        }
    }

    #[test]
    fn collectives_and_leaders() {
        assert_eq!(
            collective_of(&normalise("Ban Thường vụ Quận Đoàn")),
            Some("quận đoàn")
        );
        assert_eq!(collective_of(&normalise("Quận Đoàn")), None);
        assert!(is_leader("Bí thư"));
        assert!(is_leader("Phó Bí thư"));
        assert!(!is_leader("đại diện"));
    }

    #[test]
    fn upper_and_suffix() {
        assert!(is_upper("BCH ĐOÀN QUẬN 12"));
        assert!(!is_upper("Quận 12"));
        assert!(!is_upper("12"));
        assert!(ends_with_words("văn phòng quận đoàn", "quận đoàn"));
        assert!(!ends_with_words("văn phòng quậnđoàn", "đoàn x"));
    }
}
