//! Outputs people send: an iCalendar invitation ([`ics`]), invitation letters
//! ([`letters`], type GM) and, with the `docx` feature, Word documents ([`docx`]).

#[cfg(feature = "docx")]
pub mod docx;
pub mod ics;
pub mod letters;

/// Why an export could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// A calendar entry needs a date.
    #[error("the plan has no date (Thời gian), so there is no calendar entry to make")]
    NoSchedule,
    /// The schedule cannot be a calendar entry: the conference ends before it starts
    /// (what validation reports as `schedule-invalid`), or a date lies outside the
    /// years iCalendar writes.
    #[error("the schedule cannot be written as a calendar entry: {0}")]
    ScheduleInvalid(&'static str),
    /// The output would be too large to hand out (see
    /// [`letters::MAX_LETTER_BYTES`]).
    #[error("the letters would hold at least {size} bytes in all; the limit is {limit}")]
    TooLarge {
        /// Bytes the output would hold at least.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// Writing the document failed.
    #[error("the document could not be written: {0}")]
    Write(String),
}

/// ASCII, lower-case, hyphenated, for file names and identifiers:
/// "05-KH/ĐTN-VP" → "05-kh-dtn-vp".
///
/// ```
/// assert_eq!(hoinghi::export::slug("Ban Thường vụ Thành Đoàn"), "ban-thuong-vu-thanh-doan");
/// ```
#[must_use]
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in crate::unicode::nfd_chars(&crate::names::normalise(text).replace('đ', "d")) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if (c.is_whitespace() || matches!(c, '-' | '/' | '.' | '_')) && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_owned()
}
