//! # hoinghi
//!
//! Plans for organising a conference (*Kế hoạch tổ chức hội nghị*) as Vietnamese
//! organisations issue them: the model, delegate counting, quorum, validation, the
//! text format and renderers.
//!
//! ## Quick start
//!
//! ```
//! // Read the plan as pasted text (or JSON with `hoinghi::json::from_str`).
//! let text = include_str!("../../../examples/plans/ke-hoach-05-KH-DTN-VP.txt");
//! let parsed = hoinghi::parse_text(text)?;
//! let plan = parsed.plan;
//!
//! // Count the delegates: 37 known, one entry of unknown size, cap 50.
//! let count = hoinghi::count_delegates(&plan)?;
//! assert_eq!((count.min, count.max, count.limit), (37, None, Some(50)));
//!
//! // Check it as a secretary would.
//! for d in hoinghi::validate(&plan) {
//!     println!("{} {} {}", d.code, d.path, d.message.vi);
//! }
//!
//! // Publish it.
//! let html = hoinghi::render::html(&plan);
//! assert!(html.contains("KẾ HOẠCH"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Modules
//!
//! `ARCHITECTURE.md` (at the repository's root) draws how they fit: the flow of data,
//! who owns what, and which module may use which.
//!
//! - [`model`]: the plan as data ([`Plan`]); JSON in [`json`].
//! - [`count_delegates`], [`quorum`]: counting and quorum.
//! - [`validate()`]: diagnostics ([`Diagnostic`]) with stable codes ([`Code`]).
//! - [`read_plan`]: text or JSON to the plan, its diagnostics and its count in one call;
//!   [`validate_json`].
//! - [`parse_text`] and [`render`]: the document as text, Markdown and HTML;
//!   `docx::read` (feature `docx`): plans from Word documents.
//! - [`levels`], [`period`], [`doctype`], [`roman`], [`DocumentNumber`]: domain
//!   vocabularies.
//! - [`limits`]: the documented maximums of input; [`bounds`] checks a plan against them.
//! - [`names`], [`matching`]: comparing names as a reader would, on [`unicode`] (NFC)
//!   and [`case`], whose Unicode data are generated into packed tables.
//! - [`chars`]: the characters a field may hold, and how every writer writes the
//!   others; [`export`]: iCalendar, invitation letters, DOCX.

#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod bounds;
pub mod case;
pub mod chars;
mod clock;
pub mod count;
mod de;
pub mod diagnostic;
pub mod doctype;
#[cfg(feature = "docx")]
pub mod docx;
mod error;
pub mod export;
#[cfg(test)]
mod generated;
pub mod json;
mod json_pointer;
pub mod levels;
pub mod limits;
pub mod matching;
pub mod model;
pub mod money;
pub mod names;
mod number;
pub mod period;
pub mod quorum;
pub mod read;
pub mod render;
pub mod roman;
#[cfg(feature = "schema")]
pub mod schema;
pub mod text;
pub mod unicode;
pub mod validate;
pub mod weekday;

pub use count::{count_delegates, DelegateCount};
pub use diagnostic::{Code, Diagnostic, LineCol, Locale, Message, Severity};
pub use error::Error;
pub use model::{Plan, QuorumRule, SCHEMA_VERSION};
pub use number::{DocumentNumber, NumberError, NumberStyle};
pub use period::ReportingPeriod;
pub use quorum::{check_attendance, Attendance, QuorumReport};
pub use read::{read_plan, validate_json, Checked, SourceFormat};
pub use text::{parse_text, Parsed};
pub use validate::{validate, validate_with, ValidateOptions};

/// This crate's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
