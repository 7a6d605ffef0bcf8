//! Diagnostics: what validation and parsing report, as data.
//!
//! A [`Diagnostic`] has a stable [`Code`], a [`Severity`], a JSON pointer into the
//! plan, a message in Vietnamese and English and optional help. Parse diagnostics
//! also carry the line and column of the source text.

use serde::{Deserialize, Serialize};

/// A text in both languages of the library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// Vietnamese.
    pub vi: String,
    /// English.
    pub en: String,
}

impl Message {
    /// A message from its two texts.
    #[must_use]
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            vi: vi.into(),
            en: en.into(),
        }
    }

    /// The text in `locale`.
    #[must_use]
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::Vi => &self.vi,
            Locale::En => &self.en,
        }
    }
}

/// The language to show messages in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// Tiếng Việt (the default).
    #[default]
    Vi,
    /// English.
    En,
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Lỗi: the plan is wrong and should not be issued as is.
    Error,
    /// Cảnh báo: probably wrong, or something a reader cannot tell.
    Warning,
    /// Thông tin: worth knowing.
    Info,
}

impl Severity {
    /// The word in `locale` ("lỗi", "warning").
    #[must_use]
    pub fn label(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Self::Error, Locale::Vi) => "lỗi",
            (Self::Warning, Locale::Vi) => "cảnh báo",
            (Self::Info, Locale::Vi) => "thông tin",
            (Self::Error, Locale::En) => "error",
            (Self::Warning, Locale::En) => "warning",
            (Self::Info, Locale::En) => "info",
        }
    }
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $text:literal ),+ $(,)?) => {
        /// The stable identifier of a kind of diagnostic (kebab-case in JSON).
        ///
        /// Codes are never renamed or reused; see `docs/rules.md` for the catalogue.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[non_exhaustive]
        pub enum Code {
            $( $(#[$doc])* #[serde(rename = $text)] $variant, )+
        }

        impl Code {
            /// Every code, in catalogue order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),+];

            /// The kebab-case name ("delegate-limit-exceeded").
            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $text),+ }
            }

            /// The code with this name.
            #[must_use]
            pub fn from_name(name: &str) -> Option<Self> {
                match name { $($text => Some(Code::$variant),)+ _ => None }
            }
        }
    };
}

codes! {
    /// The delegates summoned exceed the planned cap.
    DelegateLimitExceeded = "delegate-limit-exceeded",
    /// A participant entry has no count.
    DelegateCountUnknown = "delegate-count-unknown",
    /// More delegates than the venue (or a site) seats.
    VenueCapacityExceeded = "venue-capacity-exceeded",
    /// The weekday written does not match the date.
    WeekdayMismatch = "weekday-mismatch",
    /// The conference is dated before the plan is issued.
    EventBeforeIssue = "event-before-issue",
    /// Too little time between issue and conference.
    ShortNotice = "short-notice",
    /// Title, purposes and programme name different reporting periods.
    ReportingPeriodMismatch = "reporting-period-mismatch",
    /// A chair is not among the participants.
    ChairNotSummoned = "chair-not-summoned",
    /// An assignment names a body the plan does not otherwise know.
    AssignmentUnknownBody = "assignment-unknown-body",
    /// An invited body receives no copy of the plan.
    RecipientMissing = "recipient-missing",
    /// No archive copy ("Lưu VP") among the recipients.
    ArchiveCopyMissing = "archive-copy-missing",
    /// The number and symbol is malformed or does not match the document type.
    DocumentNumberInvalid = "document-number-invalid",
    /// The signature block is missing.
    SignatureMissing = "signature-missing",
    /// Timed programme items run past the end of the conference or overlap.
    AgendaOverruns = "agenda-overruns",
    /// The plan's quorum rule cannot be met with who is summoned.
    QuorumUnreachable = "quorum-unreachable",
    /// The same participant is listed twice.
    DuplicateParticipant = "duplicate-participant",
    /// An entry refers to a unit group or level the plan does not define.
    UnknownReference = "unknown-reference",
    /// The heading line ("ĐOÀN TNCS HỒ CHÍ MINH") is missing.
    HeadingMissing = "heading-missing",
    /// The stated budget total differs from the sum of its items.
    BudgetTotalMismatch = "budget-total-mismatch",
    /// The end of the conference is not after its start.
    ScheduleInvalid = "schedule-invalid",
    /// A text field holds a line break; every field is one line.
    LineBreakInField = "line-break-in-field",
    /// A text field holds a character no document can carry (a control character).
    CharacterNotAllowed = "character-not-allowed",
    /// A participant group's stated number differs from the sum of its entries.
    GroupCountMismatch = "group-count-mismatch",
    /// A line of text the parser kept without understanding it.
    UnrecognisedLine = "unrecognised-line",
    /// A line the parser understood only in part, or read with a correction.
    ParseNote = "parse-note",
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A position in source text, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LineCol {
    /// Line, from 1.
    pub line: u32,
    /// Column in characters, from 1.
    pub column: u32,
}

/// One finding about a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Diagnostic {
    /// What kind of finding.
    pub code: Code,
    /// How serious.
    pub severity: Severity,
    /// JSON pointer (RFC 6901) into the plan: where to look.
    pub path: String,
    /// What is wrong.
    pub message: Message,
    /// What to do about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Message>,
    /// Where in the source text, for parse diagnostics. For a document read from
    /// .docx, `line` is [`crate::text::SourceLine::line_number`] and `column` the
    /// 1-based column of the table cell (1 for a paragraph).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<LineCol>,
    /// Where in a document, for parse diagnostics of a document read from .docx: the
    /// paragraph, or the table row (its cell is `source.column`). Only in builds with
    /// the `docx` feature: writing it out costs the WebAssembly module without that
    /// feature 0.4 KB gzip (measured), over its size ceiling, for a field it would
    /// never fill.
    #[cfg(feature = "docx")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
}

impl Diagnostic {
    /// A diagnostic with no help or source position.
    #[must_use]
    pub fn new(code: Code, severity: Severity, path: impl Into<String>, message: Message) -> Self {
        Self {
            code,
            severity,
            path: path.into(),
            message,
            help: None,
            source: None,
            #[cfg(feature = "docx")]
            origin: None,
        }
    }

    /// Adds help.
    #[must_use]
    pub fn with_help(mut self, help: Message) -> Self {
        self.help = Some(help);
        self
    }

    /// Adds a source position.
    #[must_use]
    pub fn at(mut self, line: u32, column: u32) -> Self {
        self.source = Some(LineCol { line, column });
        self
    }
}

/// Builds a JSON pointer from segments, escaping `~` and `/` (RFC 6901).
#[must_use]
pub fn pointer<I, S>(segments: I) -> String
where
    I: IntoIterator<Item = S>,
    S: std::fmt::Display,
{
    let mut out = String::new();
    for s in segments {
        out.push('/');
        out.push_str(&s.to_string().replace('~', "~0").replace('/', "~1"));
    }
    out
}

/// The JSON pointer of participant entry `entry` of group `group`.
#[must_use]
pub fn entry_pointer(group: usize, entry: usize) -> String {
    format!("/participants/groups/{group}/entries/{entry}")
}

/// Where a source line came from, for diagnostics (the reader's
/// [`crate::text::SourceLine::origin`]). It lives here, at the bottom, so that a
/// diagnostic can name it without depending on the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub enum Origin {
    /// Dòng: a line of text (1-based line and column).
    Line {
        /// 1-based line number.
        line: u32,
        /// 1-based column of the first character kept.
        column: u32,
    },
    /// Đoạn: a paragraph of a document body (1-based, in document order).
    Paragraph {
        /// 1-based paragraph number.
        index: u32,
    },
    /// Hàng bảng: a table row (1-based table and row numbers).
    TableRow {
        /// 1-based table number in document order.
        table: u32,
        /// 1-based row number.
        row: u32,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_kebab_case_and_round_trip() {
        for code in Code::ALL {
            let json = serde_json::to_string(code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(Code::from_name(code.as_str()), Some(*code));
            assert!(code
                .as_str()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-'));
        }
    }

    #[test]
    fn pointer_escapes() {
        assert_eq!(pointer(["a/b", "c~d"]), "/a~1b/c~0d");
        assert_eq!(pointer(["programme", "1"]), "/programme/1");
        assert_eq!(
            entry_pointer(2, 1),
            pointer(["participants", "groups", "2", "entries", "1"])
        );
    }
}
