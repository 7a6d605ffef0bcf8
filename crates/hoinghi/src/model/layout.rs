//! Bố cục: the document as its author wrote it, so that rendering keeps the
//! author's wording, order, numbering and bullets.

use serde::{Deserialize, Serialize};

/// Bố cục văn bản: the lines of the source document, in order, each with the part of
/// the document it stood in. The reader fills it; renderers write from it while the
/// plan's fields are as read ([`Layout::digest`]); a plan changed since is written
/// in the official layout instead, so that an edit is never hidden behind the old
/// wording.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Layout {
    /// A fingerprint of every other field of the plan when it was read (64-bit
    /// FNV-1a of its JSON, in hexadecimal).
    pub digest: String,
    /// The lines, in order.
    pub lines: Vec<LayoutLine>,
}

/// One line of the source document.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LayoutLine {
    /// The part of the document the line stands in.
    pub part: Part,
    /// The line as written (cleaned of extra spaces); several cells for a table row.
    pub cells: Vec<String>,
}

/// The parts of a document, for laying lines out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Part {
    /// Thể thức: the header block.
    Header,
    /// Tên loại và trích yếu: the type line and the title.
    Title,
    /// Lời mở đầu: between the title and the first section.
    Preamble,
    /// Đề mục: a top-level section heading.
    Heading,
    /// Nội dung: a line of a section.
    Body,
    /// Phần kết: the closing, the signature and the recipients.
    End,
}
