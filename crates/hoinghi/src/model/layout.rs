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
    /// What the reader took each paragraph of the line for, in order (the cells in
    /// turn, each cell's paragraphs apart by `'\n'`), when the line is part of the
    /// header, a numbered heading within a section, or part of the signature and
    /// recipients; empty for other lines. Renderers set the author's header and
    /// signature in their columns, and the headings in bold, by it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<LineRole>,
}

/// Vai trò: what a line of the header, a heading within a section or a line of the
/// end of a document is, as the reader took it. It says which column of the
/// official two-column layout the line stands in ([`LineRole::left`]) and how it is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum LineRole {
    /// Neither: a rule, a note, a line the reader kept as written.
    Text,
    /// Cơ quan chủ quản: the superior body (left).
    Superior,
    /// Cơ quan ban hành: the issuing body (left, bold).
    Issuer,
    /// Số, ký hiệu (left).
    Number,
    /// Quốc hiệu, tiêu ngữ, or the Đoàn's heading (right, bold).
    Motto,
    /// Địa danh, ngày tháng (right, italic).
    PlaceDate,
    /// The signature block: authority, title, name (right, bold).
    Signature,
    /// Another line of the signature block, such as "(Đã ký)" (right).
    SignatureNote,
    /// "Nơi nhận:" (left, bold italic).
    Recipients,
    /// One recipient, or the archive copy (left, small).
    Recipient,
    /// Đề mục nhỏ: a numbered heading within a section ("1. Chủ trì hội nghị:",
    /// "2.1 Cấp thành phố") (bold).
    Subheading,
}

impl LineRole {
    /// The column of the two-column layout: `Some(true)` left, `Some(false)` right,
    /// `None` for [`LineRole::Text`].
    #[must_use]
    pub fn left(self) -> Option<bool> {
        match self {
            Self::Text | Self::Subheading => None,
            Self::Superior | Self::Issuer | Self::Number | Self::Recipients | Self::Recipient => {
                Some(true)
            }
            Self::Motto | Self::PlaceDate | Self::Signature | Self::SignatureNote => Some(false),
        }
    }
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
