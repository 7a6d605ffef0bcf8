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
}

impl Error {
    /// The stable code of this error ("json-syntax", "json-shape", "input-too-large", …).
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::Json(JsonError::Syntax { .. }) => "json-syntax",
            Self::Json(JsonError::Shape { .. }) => "json-shape",
            Self::Json(JsonError::UnsupportedVersion { .. }) => "schema-version",
            Self::Parse(e) => e.code(),
            Self::Number(_) => "document-number-invalid",
            Self::Quorum(_) => "attendance-invalid",
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
