//! Ký tự: which characters a plan's text may hold, decided once for every reader and
//! writer.
//!
//! Every text field of a plan is one line: a title, a name, a programme item, a
//! paragraph (a paragraph of the official document is one line of the text form;
//! several paragraphs are several array elements). Two kinds of character do not fit:
//!
//! - **line breaks** ([`is_line_break`]: LF, CR, VT, FF, NEL, U+2028, U+2029), which
//!   in the text form would start a new line of the plan (a new participant, a new
//!   programme item) and in a Markdown table a new row, and the TAB, which in the
//!   text form starts a new table cell (pasted Word tables arrive so);
//! - **characters no document can carry** ([`is_allowed`] is false): control characters
//!   (U+0000–U+001F, U+007F–U+009F) and what XML 1.0 excludes
//!   ([`is_xml_char`]: U+FFFE, U+FFFF). A `.docx` holding one is refused by Word.
//!
//! The policy, the same everywhere:
//!
//! - the readers keep what they read (JSON can carry any character, and a plan is
//!   data: refusing all of it for one stray character helps nobody);
//! - validation reports each field holding either kind, with its JSON pointer
//!   (`line-break-in-field`, a warning; `character-not-allowed`, an error);
//! - every writer (text, Markdown, HTML, iCalendar, DOCX, letters) writes each field
//!   through [`one_line`]: a run of line breaks becomes one space, a character not
//!   allowed becomes U+FFFD (�), so that no output is malformed and nothing is hidden.

use std::borrow::Cow;

/// What a character no document can carry is written as: U+FFFD REPLACEMENT
/// CHARACTER, visible in every output.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Whether XML 1.0 can carry `c` (its `Char` production): tab, LF, CR, U+0020–U+D7FF,
/// U+E000–U+FFFD, U+10000–U+10FFFF.
///
/// ```
/// use hoinghi::chars::is_xml_char;
/// assert!(is_xml_char('Đ') && is_xml_char('\n'));
/// assert!(!is_xml_char('\u{1}') && !is_xml_char('\u{FFFE}'));
/// ```
#[must_use]
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Whether `c` ends a line for some reader, editor or viewer: LF, VT, FF, CR, NEL
/// (U+0085), LINE SEPARATOR (U+2028), PARAGRAPH SEPARATOR (U+2029); or ends a cell:
/// TAB, which is how a Word or web table arrives when pasted, so the text reader
/// reads it as the edge of a table cell.
#[must_use]
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{B}' | '\u{C}' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Whether a field of a plan may hold `c`: not a line or cell break, and not a
/// character a document cannot carry (a control character, or one XML 1.0 excludes).
///
/// ```
/// use hoinghi::chars::is_allowed;
/// assert!(is_allowed('ệ') && !is_allowed('\t') && is_allowed('\u{202E}'));
/// assert!(!is_allowed('\n') && !is_allowed('\u{1B}') && !is_allowed('\u{0}'));
/// ```
#[must_use]
pub fn is_allowed(c: char) -> bool {
    !c.is_control() && is_xml_char(c) && !is_line_break(c)
}

/// `text` as every writer writes a field: each run of line breaks becomes one space,
/// each other character not [allowed](is_allowed) becomes [`REPLACEMENT`]. Borrowed
/// when there is nothing to change (almost always).
///
/// ```
/// use hoinghi::chars::one_line;
/// assert_eq!(one_line("Hội trường 2"), "Hội trường 2");
/// assert_eq!(one_line("A.\r\n\n5. Chương trình"), "A. 5. Chương trình");
/// assert_eq!(one_line("T\u{1}\u{FFFE}"), "T\u{FFFD}\u{FFFD}");
/// ```
#[must_use]
pub fn one_line(text: &str) -> Cow<'_, str> {
    if text.chars().all(is_allowed) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut after_break = false;
    for c in text.chars() {
        if is_line_break(c) {
            if !after_break {
                out.push(' ');
            }
            after_break = true;
            continue;
        }
        after_break = false;
        out.push(if is_allowed(c) { c } else { REPLACEMENT });
    }
    Cow::Owned(out)
}

/// The first character of `text` that is neither allowed nor a line break, if any.
#[must_use]
pub fn first_not_allowed(text: &str) -> Option<char> {
    text.chars().find(|c| !is_allowed(*c) && !is_line_break(*c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_chars_follow_the_char_production() {
        for c in [
            '\u{0}', '\u{1}', '\u{8}', '\u{B}', '\u{C}', '\u{1F}', '\u{FFFE}', '\u{FFFF}',
        ] {
            assert!(!is_xml_char(c), "{c:?}");
        }
        for c in [
            '\t',
            '\n',
            '\r',
            ' ',
            '\u{D7FF}',
            '\u{E000}',
            '\u{FFFD}',
            '\u{10000}',
            '\u{10FFFF}',
        ] {
            assert!(is_xml_char(c), "{c:?}");
        }
    }

    #[test]
    fn every_character_is_allowed_a_break_or_replaced() {
        // One pass over every scalar value: one_line keeps exactly the allowed ones,
        // and nothing it writes is a line break or outside XML 1.0.
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            let out = one_line(&s);
            let expected = if is_allowed(c) {
                s.clone()
            } else if is_line_break(c) {
                " ".to_owned()
            } else {
                REPLACEMENT.to_string()
            };
            assert_eq!(out, expected, "{c:?}");
            assert!(out.chars().all(|o| is_xml_char(o) && !is_line_break(o)));
            if !is_allowed(c) {
                assert!(
                    c.is_control() || !is_xml_char(c) || is_line_break(c),
                    "{c:?}"
                );
            }
        }
    }

    #[test]
    fn runs_of_breaks_are_one_space() {
        assert_eq!(one_line("a\n\n\r\nb\u{2028}c"), "a b c");
        assert_eq!(one_line("\na\n"), " a ");
        assert_eq!(one_line("x\u{0}\n\u{0}y"), "x\u{FFFD} \u{FFFD}y");
        // A tab is a cell edge in the text form: a space in a field.
        assert_eq!(one_line("Đoàn\tPhường"), "Đoàn Phường");
        assert_eq!(first_not_allowed("a\nb\u{1B}c"), Some('\u{1B}'));
        assert_eq!(first_not_allowed("a\nb"), None);
    }
}
