//! The plan as text: reading pasted or typed plans ([`parse_text`], [`parse_bytes`]).
//!
//! The reader accepts NFC or NFD Vietnamese, CRLF or LF, stray spaces, Markdown
//! bold and heading marks, and the bullets `-`, `+`, `•`, `*`. Sections may come in
//! any order. Every non-empty line lands in a field of the plan or, when not
//! understood, in [`crate::model::Plan::unrecognised`] with its line number and an
//! `unrecognised-line` diagnostic. Writing is in [`crate::render`].

mod counts;
mod lines;
mod outline;
mod parse;
pub mod recognise;
pub mod source;

pub use source::{Origin, SourceLine};

use crate::diagnostic::Diagnostic;
use crate::model::Plan;

/// The largest text accepted, in bytes (2 MiB; a national congress plan is far smaller).
pub const MAX_TEXT_BYTES: usize = 2 * 1024 * 1024;

/// The most lines accepted.
pub const MAX_LINES: usize = 50_000;

/// A plan read from text, with what the reader noticed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Parsed {
    /// The plan.
    pub plan: Plan,
    /// Parse diagnostics (`unrecognised-line`, `parse-note`), with line and column.
    pub diagnostics: Vec<Diagnostic>,
}

/// Why text could not be read as a plan at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// Nothing but white space.
    #[error("the text is empty")]
    Empty,
    /// Larger than [`MAX_TEXT_BYTES`] or [`MAX_LINES`].
    #[error("the text is too large: {size} {unit}, the limit is {limit}")]
    TooLarge {
        /// What was found.
        size: usize,
        /// The limit.
        limit: usize,
        /// "bytes" or "lines".
        unit: &'static str,
    },
    /// Beyond a counted limit of the plan it reads (participant entries, chairs, unit
    /// groups…; see [`crate::limits`]).
    #[error(transparent)]
    Limit(crate::limits::LimitExceeded),
    /// Not UTF-8.
    #[error("the text is not UTF-8 (first bad byte at offset {offset}){}", hint.map(|h| format!("; {h}")).unwrap_or_default())]
    NotUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// What the bytes look like, when recognisable.
        hint: Option<&'static str>,
    },
    /// Vietnamese typed in a legacy TCVN3 font (ABC, ".VnTime") and pasted without it,
    /// "KÕ ho¹ch" for "Kế hoạch": nothing is read from it, not a word nor a count.
    #[error("the text is Vietnamese typed in a TCVN3 (ABC, .VnTime) font and pasted without it (\"KÕ ho¹ch\" for \"Kế hoạch\"); convert it to Unicode first (Unikey's converter: TCVN3 → Unicode)")]
    LegacyFont,
    /// No plan structure: neither a document type line ("KẾ HOẠCH"), nor a web title
    /// ("Kế hoạch số …"), nor a section heading ("I. MỤC ĐÍCH, YÊU CẦU"), nor the
    /// labelled fields of a meeting ("Thời gian: …", "Địa điểm: …").
    #[error("no plan structure was found: no document type line (\"KẾ HOẠCH\"), no title such as \"Kế hoạch số …\", no section heading such as \"I. MỤC ĐÍCH, YÊU CẦU\", and no fields such as \"Thời gian:\" and \"Địa điểm:\"; is this a plan?")]
    NotAPlan,
}

impl ParseError {
    /// The stable code of this error.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "input-empty",
            Self::TooLarge { .. } | Self::Limit(_) => "input-too-large",
            Self::NotUtf8 { .. } => "input-not-utf8",
            Self::LegacyFont => "input-legacy-font",
            Self::NotAPlan => "not-a-plan",
        }
    }
}

/// The Roman numeral of section `n` (1-based, up to XII).
#[must_use]
pub fn roman_numeral(n: usize) -> &'static str {
    crate::roman::numeral(n)
}

/// Normalises to NFC (Vietnamese typed on some systems arrives as NFD).
#[must_use]
pub fn nfc(text: &str) -> String {
    crate::unicode::nfc(text)
}

/// Reads a plan from bytes, which must be UTF-8 (a UTF-8 byte-order mark is allowed).
///
/// # Errors
/// [`ParseError::NotUtf8`] with a hint when the bytes look like UTF-16 or a legacy
/// Vietnamese encoding (TCVN3, VNI); otherwise as [`parse_text`].
pub fn parse_bytes(bytes: &[u8]) -> Result<Parsed, ParseError> {
    if bytes.len() > MAX_TEXT_BYTES {
        return Err(ParseError::TooLarge {
            size: bytes.len(),
            limit: MAX_TEXT_BYTES,
            unit: "bytes",
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_text(text),
        Err(e) => {
            let hint = if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
                Some("it looks like UTF-16; save it as UTF-8")
            } else if bytes.iter().filter(|b| **b >= 0x80).count() * 20 > bytes.len() {
                Some("it looks like a legacy Vietnamese encoding (TCVN3/ABC or VNI); convert it to Unicode UTF-8 first")
            } else {
                None
            };
            Err(ParseError::NotUtf8 {
                offset: e.valid_up_to(),
                hint,
            })
        }
    }
}

/// Reads a plan from source lines: the paragraphs and table rows of a document (see
/// [`source`]), or text already split by [`source::from_text`].
///
/// # Errors
/// As [`parse_text`].
pub fn read_source(lines: &[SourceLine]) -> Result<Parsed, ParseError> {
    if lines.len() > MAX_LINES {
        return Err(ParseError::TooLarge {
            size: lines.len(),
            limit: MAX_LINES,
            unit: "lines",
        });
    }
    if legacy_font(
        lines
            .iter()
            .flat_map(|l| l.cells.iter().map(String::as_str)),
    ) {
        return Err(ParseError::LegacyFont);
    }
    read_lines(lines::from_source(lines))
}

/// Whether text is Vietnamese typed in TCVN3 and pasted without its font ("KÕ ho¹ch tæ
/// chøc Héi nghÞ"): ten times or more, a letter beside one of the signs TCVN3 puts for
/// ă â ê ô ơ đ à ả á ạ ("¨©ª«¬®µ¶¸¹"), which Unicode Vietnamese never writes so.
fn legacy_font<'a>(texts: impl IntoIterator<Item = &'a str>) -> bool {
    let sign = |c: char| {
        matches!(
            c,
            '\u{a8}'..='\u{ac}' | '\u{ae}' | '\u{b5}' | '\u{b6}' | '\u{b8}' | '\u{b9}'
        )
    };
    let mut found = 0;
    for text in texts {
        // Most text holds none of U+0080..U+00BF (UTF-8 0xC2 …) at all.
        if !text.as_bytes().contains(&0xC2) {
            continue;
        }
        let mut prev = ' ';
        for c in text.chars() {
            if sign(c) && prev.is_ascii_alphabetic() || sign(prev) && c.is_ascii_alphabetic() {
                found += 1;
            }
            prev = c;
        }
    }
    found >= 10
}

/// Reads a plan from its cleaned lines.
fn read_lines(lines: Vec<lines::Line>) -> Result<Parsed, ParseError> {
    if lines.is_empty() {
        return Err(ParseError::Empty);
    }
    let parsed = parse::run(lines)?;
    crate::bounds::check(&parsed.plan).map_err(ParseError::Limit)?;
    Ok(parsed)
}

/// Reads a plan from text.
///
/// # Errors
/// [`ParseError::Empty`], [`ParseError::TooLarge`], or [`ParseError::NotAPlan`]
/// when no document type line is found. Anything else is read as well as it can
/// be and reported in [`Parsed::diagnostics`].
///
/// ```
/// let parsed = hoinghi::parse_text(include_str!("../../../../examples/plans/ke-hoach-05-KH-DTN-VP.txt"))?;
/// assert_eq!(parsed.plan.header.number.unwrap().to_string(), "05-KH/ĐTN-VP");
/// assert!(parsed.plan.unrecognised.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_text(text: &str) -> Result<Parsed, ParseError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(ParseError::TooLarge {
            size: text.len(),
            limit: MAX_TEXT_BYTES,
            unit: "bytes",
        });
    }
    if legacy_font([text]) {
        return Err(ParseError::LegacyFont);
    }
    // As `read_source(&source::from_text(text))`, without the source lines between.
    let (lines, count) = lines::from_text(text, MAX_LINES);
    if count > MAX_LINES {
        return Err(ParseError::TooLarge {
            size: count,
            limit: MAX_LINES,
            unit: "lines",
        });
    }
    read_lines(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_have_codes() {
        assert_eq!(parse_text("  \n\n"), Err(ParseError::Empty));
        assert_eq!(
            parse_text("Một đoạn văn bất kỳ.").unwrap_err().code(),
            "not-a-plan"
        );
        let err = parse_bytes(b"K\xea ho\xb9ch t\xe6 ch\xf8c h\xe9i ngh\xfb").unwrap_err();
        assert!(
            matches!(err, ParseError::NotUtf8 { offset: 1, hint: Some(h) } if h.contains("TCVN3")),
            "{err:?}"
        );
        assert_eq!(
            parse_bytes(&[0xFF, 0xFE, b'K', 0]).unwrap_err().code(),
            "input-not-utf8"
        );
        // TCVN3 pasted without its font: said, nothing read; one "µm" or "Word®" is
        // no such text.
        let tcvn3 = "KÕ ho¹ch\nTæ chøc Héi nghÞ s¬ kÕt\nI. Môc ®Ých, yªu cÇu\nII. Thµnh phÇn\n- §¹i diÖn l·nh ®¹o (02 ®ång chÝ).\n- Tr\u{ad}ëng c¸c Êp (11 ®ång chÝ).\nIII. Thêi gian, ®Þa ®iÓm\n";
        assert_eq!(parse_text(tcvn3), Err(ParseError::LegacyFont));
        assert_eq!(parse_text(tcvn3).unwrap_err().code(), "input-legacy-font");
        let source = source::from_text(tcvn3);
        assert_eq!(read_source(&source), Err(ParseError::LegacyFont));
        assert!(
            parse_text("KẾ HOẠCH\nTổ chức hội nghị (Word®, 5µm, ©2026)\nI. MỤC ĐÍCH\nA.\n").is_ok()
        );
        let big = "a".repeat(MAX_TEXT_BYTES + 1);
        assert_eq!(parse_text(&big).unwrap_err().code(), "input-too-large");
    }
}
