//! The error of any fallible operation of this crate, with stable codes.

use crate::json::JsonError;
use crate::number::NumberError;
use crate::quorum::QuorumError;
use crate::text::ParseError;

/// Any error of this crate. Each has a stable kebab-case [`Error::code`] that
/// bindings pass on (e.g. as `HoinghiError.code` in JavaScript).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading JSON failed.
    #[error(transparent)]
    Json(#[from] JsonError),
    /// Reading text failed.
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// A document number could not be read.
    #[error(transparent)]
    Number(#[from] NumberError),
    /// An attendance record does not fit the plan.
    #[error(transparent)]
    Quorum(#[from] QuorumError),
    /// An export could not be made.
    #[error(transparent)]
    Export(#[from] crate::export::ExportError),
    /// A plan beyond one of the documented [limits](crate::limits) (a count that does
    /// not fit in 32 bits, from [`crate::count_delegates`]).
    #[error(transparent)]
    Limit(#[from] crate::limits::LimitExceeded),
    /// A Word document could not be read as a plan.
    #[cfg(feature = "docx")]
    #[error(transparent)]
    Docx(#[from] crate::docx::DocxError),
}

/// The codes of every build, then `$extra` (a const slice cannot be concatenated).
macro_rules! core_codes {
    ($($extra:literal),* $(,)?) => {
        [
            "json-syntax",
            "json-shape",
            "schema-version",
            "input-empty",
            "input-too-large",
            "input-not-utf8",
            "input-legacy-font",
            "not-a-plan",
            "document-number-invalid",
            "attendance-invalid",
            "export-no-schedule",
            "export-schedule-invalid",
            "export-failed",
            $($extra),*
        ]
    };
}

impl Error {
    /// Every code [`Error::code`] can return.
    #[cfg(not(feature = "docx"))]
    pub const CODES: &'static [&'static str] = Self::CORE_CODES;

    /// Every code [`Error::code`] can return.
    #[cfg(feature = "docx")]
    pub const CODES: &'static [&'static str] = &core_codes![
        "docx-not-zip",
        "docx-legacy-doc",
        "docx-encrypted",
        "docx-too-large",
        "docx-malformed",
    ];

    /// The codes of every build (those of the feature `docx` come after them).
    #[cfg(any(test, not(feature = "docx")))]
    const CORE_CODES: &'static [&'static str] = &core_codes![];

    /// The stable code of this error ("json-syntax", "json-shape", "input-too-large", …).
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::Json(JsonError::Syntax { .. }) => "json-syntax",
            Self::Json(JsonError::Shape { .. }) => "json-shape",
            Self::Json(JsonError::UnsupportedVersion { .. }) => "schema-version",
            Self::Json(JsonError::TooLarge { .. } | JsonError::Limit(_)) => "input-too-large",
            Self::Parse(e) => e.code(),
            Self::Number(_) => "document-number-invalid",
            Self::Quorum(QuorumError::Limit(_)) => "input-too-large",
            Self::Quorum(_) => "attendance-invalid",
            Self::Export(crate::export::ExportError::NoSchedule) => "export-no-schedule",
            Self::Export(crate::export::ExportError::ScheduleInvalid(_)) => {
                "export-schedule-invalid"
            }
            Self::Export(crate::export::ExportError::Write(_)) => "export-failed",
            Self::Export(crate::export::ExportError::TooLarge { .. }) | Self::Limit(_) => {
                "input-too-large"
            }
            #[cfg(feature = "docx")]
            Self::Docx(e) => e.code(),
        }
    }

    /// The JSON pointer the error is about, when it has one.
    #[must_use]
    pub fn path(&self) -> Option<&str> {
        match self {
            Self::Json(JsonError::Shape { path, .. }) => Some(path),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_listed() {
        let errors: Vec<Error> = vec![
            JsonError::Syntax {
                line: 1,
                column: 1,
                message: String::new(),
            }
            .into(),
            JsonError::Shape {
                path: String::new(),
                message: String::new(),
            }
            .into(),
            JsonError::UnsupportedVersion { found: 2 }.into(),
            ParseError::Empty.into(),
            ParseError::TooLarge {
                size: 0,
                limit: 0,
                unit: "bytes",
            }
            .into(),
            ParseError::NotUtf8 {
                offset: 0,
                hint: None,
            }
            .into(),
            ParseError::LegacyFont.into(),
            ParseError::NotAPlan.into(),
            NumberError::MissingNumber.into(),
            QuorumError::NoSuchChair(0).into(),
            crate::export::ExportError::NoSchedule.into(),
            crate::export::ExportError::ScheduleInvalid("").into(),
            crate::export::ExportError::Write(String::new()).into(),
        ];
        let codes: Vec<&str> = errors.iter().map(Error::code).collect();
        assert_eq!(codes, Error::CORE_CODES);
        #[cfg(feature = "docx")]
        let codes = {
            let mut codes = codes;
            use crate::docx::DocxError;
            let docx: Vec<Error> = vec![
                DocxError::NotZip.into(),
                DocxError::LegacyDoc.into(),
                DocxError::Encrypted.into(),
                DocxError::TooLarge {
                    what: "zip entries",
                    found: 0,
                    limit: 0,
                }
                .into(),
                DocxError::Malformed {
                    part: "zip",
                    reason: String::new(),
                }
                .into(),
            ];
            codes.extend(docx.iter().map(Error::code));
            assert_eq!(DocxError::CODES, &codes[Error::CORE_CODES.len()..]);
            assert_eq!(
                Error::from(DocxError::Parse(ParseError::NotAPlan)).code(),
                "not-a-plan"
            );
            codes
        };
        assert_eq!(codes, Error::CODES);
    }
}
