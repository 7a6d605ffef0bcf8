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

pub use crate::names::slug;
