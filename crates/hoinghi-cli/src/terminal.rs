//! Text from a plan, shown on a terminal: characters that would act rather than be
//! read are written as escapes.

use std::borrow::Cow;

/// Whether a terminal would act on `c` rather than show it: control characters (ESC
/// starts the sequences that clear the screen or move the cursor, CR returns to the
/// start of the line, LF starts a new one), line and paragraph separators, and the
/// bidirectional formatting characters that reorder what is shown around them.
fn acts(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// `text` with each character a terminal would act on written as `\u{1b}`, so that
/// what a plan holds is shown, never done. Borrowed when there is nothing to escape.
pub(crate) fn shown(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if acts(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_a_terminal_would_act_on() {
        assert_eq!(shown("BCH ĐOÀN QUẬN 12"), "BCH ĐOÀN QUẬN 12");
        assert_eq!(shown("A\u{1b}[2J\u{1b}[H"), "A\\u{1b}[2J\\u{1b}[H");
        assert_eq!(shown("x\ny\rz\u{7}"), "x\\u{a}y\\u{d}z\\u{7}");
        assert_eq!(shown("\u{202E}abc"), "\\u{202e}abc");
        assert_eq!(shown("\u{9b}31m"), "\\u{9b}31m");
    }
}
