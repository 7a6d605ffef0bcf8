//! Reading plans from Word documents (.docx), as offices draft and send them
//! (cargo feature `docx`).
//!
//! [`read`] gives the same [`Parsed`] as [`crate::parse_text`] does for text: the
//! document's paragraphs and table rows become [`SourceLine`]s ([`source_lines`]) and
//! go through the same reader ([`crate::text::read_source`]), so the header table's
//! cells, the signature and Nơi nhận table, and Word's automatic numbering reach the
//! reader as cells and list markers rather than as text guessed from a copy.
//!
//! - **Paragraphs**, in order, one source line each ([`Origin::Paragraph`], numbered
//!   from 1 counting every paragraph of the body, empty ones too; empty ones give no
//!   line). A line break within a paragraph starts another line of the same paragraph;
//!   tabs separate cells, as they do in pasted text.
//! - **Automatic numbering** as Word shows it ("I.", "1.", "1.1.", "a)", "-", "•"),
//!   from `numbering.xml` and the paragraph styles: formats, multi-level text,
//!   restarts and start overrides. It is the line's [`SourceLine::marker`].
//! - **Tables**: one source line per row ([`Origin::TableRow`]), one cell per column; a
//!   cell's paragraphs are separated by `'\n'`, each with its own list marker in front.
//!   A table within a cell is read into the cell, a row a line, its cells separated by
//!   " | ".
//! - **Tracked changes** are read as accepted; **fields** (dates, page numbers) by the
//!   text they show; hidden text is left out; capitals set by formatting are capitals.
//! - **Text boxes** are read as paragraphs right after the paragraph they are anchored
//!   in, and reported (`parse-note`, information). **Footnotes and endnotes** are not
//!   part of a plan: each is reported with its text and where it is referred to.
//! - Page headers and footers, comments, pictures and equations are not read.
//!
//! Diagnostics of a document say where they are: [`Diagnostic::origin`] is the
//! paragraph or table row, and `source` is `{line: SourceLine::line_number(), column:
//! the cell's column}`; a line the reader kept without understanding names its
//! paragraph, or its table, row and column, in the message.
//!
//! ```
//! let text = include_str!("../../../../examples/plans/ke-hoach-05-KH-DTN-VP.txt");
//! let plan = hoinghi::parse_text(text)?.plan;
//! let bytes = hoinghi::export::docx::plan(&plan)?;     // a .docx, as Word would open it
//! let parsed = hoinghi::docx::read(&bytes)?;
//! assert_eq!(parsed.plan.header.title, plan.header.title);
//! assert_eq!(hoinghi::docx::read(b"not a zip").unwrap_err().code(), "docx-not-zip");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod body;
mod numbering;
mod package;
mod xml;

use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::text::{read_source, Origin, ParseError, Parsed, SourceLine};
use body::{Block, NoteRef, Walker};
use numbering::Numbering;
pub use package::{kind, Kind};
use package::{relationships, Package};

/// Why a file could not be read as a plan in a Word document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DocxError {
    /// Not a zip archive, so not a .docx.
    #[error("this is not a Word document (.docx): it is not a zip archive")]
    NotZip,
    /// A Word 97–2003 document (an OLE compound file).
    #[error("this is a Word 97–2003 document (.doc); open it in Word or LibreOffice and save it as .docx")]
    LegacyDoc,
    /// Saved with a password: the document is encrypted.
    #[error("the document is encrypted (saved with a password); save a copy without the password")]
    Encrypted,
    /// Beyond a limit on the archive (see [`crate::limits`]).
    #[error("the document is too large: {found} {what}; the limit is {limit}")]
    TooLarge {
        /// What was counted ("zip entries", "bytes of unpacked XML").
        what: &'static str,
        /// How many there are (at least).
        found: u64,
        /// The limit.
        limit: u64,
    },
    /// A zip that is not a Word document, or a damaged one.
    #[error("the document cannot be read as a Word document ({part}: {reason})")]
    Malformed {
        /// The part ("word/document.xml", "zip").
        part: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// The document was read, but the text reader could not read a plan from it
    /// (`not-a-plan`, `input-empty`, `input-too-large`).
    #[error(transparent)]
    Parse(#[from] ParseError),
}

impl DocxError {
    /// Every code [`DocxError::code`] returns of its own (a [`DocxError::Parse`]
    /// passes the text reader's on).
    pub const CODES: &'static [&'static str] = &[
        "docx-not-zip",
        "docx-legacy-doc",
        "docx-encrypted",
        "docx-too-large",
        "docx-malformed",
    ];

    /// The stable code of this error.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotZip => "docx-not-zip",
            Self::LegacyDoc => "docx-legacy-doc",
            Self::Encrypted => "docx-encrypted",
            Self::TooLarge { .. } => "docx-too-large",
            Self::Malformed { .. } => "docx-malformed",
            Self::Parse(e) => e.code(),
        }
    }

    /// What went wrong, in Vietnamese and English.
    #[must_use]
    pub fn message(&self) -> Message {
        let vi = match self {
            Self::NotZip => "Đây không phải văn bản Word (.docx): tệp không phải là tệp nén zip.".to_owned(),
            Self::LegacyDoc => "Đây là văn bản Word 97–2003 (.doc); hãy mở bằng Word hoặc LibreOffice và lưu lại dưới dạng .docx.".to_owned(),
            Self::Encrypted => "Văn bản đã được mã hóa (lưu kèm mật khẩu); hãy lưu một bản không có mật khẩu.".to_owned(),
            Self::TooLarge { what, found, limit } => format!(
                "Văn bản quá lớn: {found} {}; giới hạn là {limit}.",
                match *what {
                    "zip entries" => "mục trong tệp nén",
                    "bytes of unpacked XML" => "byte XML sau khi giải nén",
                    "XML nodes in one part" => "nút XML trong một phần của văn bản",
                    _ => "cấp bảng và hộp văn bản lồng nhau",
                }
            ),
            Self::Malformed { part, reason } => format!(
                "Không đọc được văn bản Word: tệp hỏng hoặc không phải văn bản Word ({part}: {reason})."
            ),
            Self::Parse(ParseError::NotAPlan) => "Không tìm thấy dòng loại văn bản như \"KẾ HOẠCH\"; đây có phải là kế hoạch không?".to_owned(),
            Self::Parse(ParseError::Empty) => "Văn bản không có nội dung.".to_owned(),
            Self::Parse(e) => format!("Văn bản quá lớn ({e})."),
        };
        Message::new(vi, self.to_string())
    }
}

/// Reads a plan from the bytes of a .docx file.
///
/// # Errors
/// [`DocxError::NotZip`], [`DocxError::LegacyDoc`] and [`DocxError::Encrypted`] by
/// the file's content (not its name); [`DocxError::TooLarge`] beyond
/// [`crate::limits::MAX_DOCX_ENTRIES`], [`crate::limits::MAX_DOCX_UNPACKED_BYTES`],
/// [`crate::limits::MAX_DOCX_XML_NODES`] or [`crate::limits::MAX_DOCX_NESTING`]; [`DocxError::Malformed`] for a zip that is not a
/// Word document or is damaged; and the text reader's errors
/// ([`DocxError::Parse`], e.g. `not-a-plan`).
pub fn read(bytes: &[u8]) -> Result<Parsed, DocxError> {
    let doc = document(bytes)?;
    let mut parsed = read_source(&doc.lines)?;
    relocate(&mut parsed, &doc.lines);
    parsed.diagnostics.extend(doc.notes);
    Ok(parsed)
}

/// The source lines of a .docx file: what [`read`] gives the reader.
///
/// ```
/// # let mut plan = hoinghi::parse_text(include_str!("../../../../examples/plans/ke-hoach-05-KH-DTN-VP.txt"))?.plan;
/// plan.layout = None; // the official layout, with its header table
/// let bytes = hoinghi::export::docx::plan(&plan)?;
/// let lines = hoinghi::docx::source_lines(&bytes)?;
/// // The header table: issuer left, heading and place-date right.
/// assert_eq!(lines[0].cells.len(), 2);
/// assert!(lines[0].cells[1].starts_with("ĐOÀN TNCS HỒ CHÍ MINH\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// As [`read`], without the reader's.
pub fn source_lines(bytes: &[u8]) -> Result<Vec<SourceLine>, DocxError> {
    Ok(document(bytes)?.lines)
}

/// A document's lines, and what it reports of itself (text boxes, notes).
struct Document {
    lines: Vec<SourceLine>,
    notes: Vec<Diagnostic>,
}

fn document(bytes: &[u8]) -> Result<Document, DocxError> {
    match kind(bytes) {
        Kind::Zip => {}
        Kind::Ole => return Err(package::ole_error(bytes)),
        Kind::Other => return Err(DocxError::NotZip),
    }
    let mut pkg = Package::open(bytes)?;
    let main = match pkg.part("_rels/.rels")? {
        Some(rels) => relationships(&rels, "", &["officeDocument"])?
            .into_iter()
            .map(|(_, target)| target)
            .next(),
        None => None,
    }
    .unwrap_or_else(|| "word/document.xml".to_owned());
    let Some(text) = pkg.part(&main)? else {
        return Err(not_word(&pkg));
    };
    let (dir, file) = main.rsplit_once('/').unwrap_or(("", main.as_str()));
    let rels = match pkg.part(&format!("{dir}/_rels/{file}.rels"))? {
        Some(r) => relationships(&r, &main, &["styles", "numbering", "footnotes", "endnotes"])?,
        None => Vec::new(),
    };
    let target = |which: usize, default: &str| {
        rels.iter()
            .find(|(w, _)| *w == which)
            .map_or_else(|| default.to_owned(), |(_, t)| t.clone())
    };
    let mut numbering = Numbering::default();
    if let Some(styles) = pkg.part(&target(0, "word/styles.xml"))? {
        numbering.read_styles(&styles)?;
    }
    if let Some(lists) = pkg.part(&target(1, "word/numbering.xml"))? {
        numbering.read_numbering(&lists)?;
    }
    let mut walker = Walker::new(&mut numbering);
    let blocks = walker.document(&text)?;
    drop(text);
    let mut out = Lines::default();
    body_lines(&blocks, None, &mut out);
    let mut notes = Vec::new();
    for (i, part, label) in [
        (
            2,
            "word/footnotes.xml",
            ("Chú thích cuối trang", "footnote"),
        ),
        (
            3,
            "word/endnotes.xml",
            ("Chú thích cuối văn bản", "endnote"),
        ),
    ] {
        let refs: Vec<&(Origin, Option<u32>, NoteRef)> = out
            .notes
            .iter()
            .filter(|(_, _, n)| n.endnote == (i == 3))
            .collect();
        if refs.is_empty() {
            continue;
        }
        let texts = match pkg.part(&target(i, part))? {
            Some(t) => walker.notes(&t, part)?,
            None => Vec::new(),
        };
        for (at, cell, note) in refs {
            let text = texts
                .iter()
                .find(|(id, _)| *id == note.id)
                .map(|(_, t)| t.trim())
                .unwrap_or("");
            let (vi, en) = place(*at, *cell);
            notes.push(located(
                Message::new(
                    format!("{} ở {vi} không được đọc vào kế hoạch: “{text}”.", label.0),
                    format!(
                        "The {} at {en} is not read into the plan: “{text}”.",
                        label.1
                    ),
                ),
                *at,
                *cell,
            ));
        }
    }
    for (at, cell) in &out.boxes {
        let (vi, en) = place(*at, *cell);
        notes.push(located(
            Message::new(
                format!("Hộp văn bản ở {vi} được đọc như các đoạn ngay sau {vi}."),
                format!("The text box at {en} is read as paragraphs right after {en}."),
            ),
            *at,
            *cell,
        ));
    }
    notes.sort_by_key(|d| d.source.map(|s| (s.line, s.column)));
    Ok(Document {
        lines: out.lines,
        notes,
    })
}

/// Why a zip holds no Word document.
fn not_word(pkg: &Package<'_>) -> DocxError {
    let reason = if pkg.has("content.xml") {
        "this is an OpenDocument file (.odt); save it as .docx"
    } else if pkg.has("xl/workbook.xml") || pkg.has("ppt/presentation.xml") {
        "this is an Excel or PowerPoint file, not a Word document"
    } else {
        "there is no word/document.xml: this zip is not a Word document"
    };
    DocxError::Malformed {
        part: "zip",
        reason: reason.to_owned(),
    }
}

/// Source lines, and where text boxes and note references were.
#[derive(Default)]
struct Lines {
    lines: Vec<SourceLine>,
    notes: Vec<(Origin, Option<u32>, NoteRef)>,
    boxes: Vec<(Origin, Option<u32>)>,
}

/// A pasted line's cells: split at tabs (trailing ones dropped), each trimmed.
fn tab_cells(line: &str) -> Vec<String> {
    let line = line.trim_end();
    if line.contains('\t') {
        line.split('\t').map(|c| c.trim().to_owned()).collect()
    } else {
        vec![line.trim().to_owned()]
    }
}

/// The lines of body blocks; `anchor` is the paragraph a text box is anchored in.
fn body_lines(blocks: &[Block], anchor: Option<Origin>, out: &mut Lines) {
    for block in blocks {
        match block {
            Block::Para(p) => {
                let origin = match (p.index, anchor) {
                    (Some(index), _) => Origin::Paragraph { index },
                    (None, Some(a)) => a,
                    (None, None) => Origin::Paragraph { index: 0 },
                };
                let mut marker = p.marker.clone();
                for part in p.text.replace('\r', " ").split('\n') {
                    let cells = tab_cells(part);
                    if cells.iter().all(String::is_empty) {
                        continue;
                    }
                    out.lines.push(SourceLine {
                        origin,
                        cells,
                        marker: marker.take(),
                    });
                }
                out.notes
                    .extend(p.notes.iter().map(|n| (origin, None, n.clone())));
                if !p.boxes.is_empty() {
                    out.boxes.push((origin, None));
                    body_lines(&p.boxes, Some(origin), out);
                }
            }
            Block::Table(t) => {
                let table = t.index.unwrap_or(0);
                for row in &t.rows {
                    let origin = Origin::TableRow {
                        table,
                        row: row.number,
                    };
                    let cells: Vec<String> = row.cells.iter().map(|c| cell_text(c)).collect();
                    for (column, cell) in row.cells.iter().enumerate() {
                        let column = u32::try_from(column + 1).unwrap_or(u32::MAX);
                        let mut refs = Vec::new();
                        let mut boxes = false;
                        cell_refs(cell, &mut refs, &mut boxes);
                        out.notes
                            .extend(refs.into_iter().map(|n| (origin, Some(column), n)));
                        if boxes {
                            out.boxes.push((origin, Some(column)));
                        }
                    }
                    if cells.iter().any(|c| !c.is_empty()) {
                        out.lines.push(SourceLine {
                            origin,
                            cells,
                            marker: None,
                        });
                    }
                }
            }
        }
    }
}

/// A cell's text: its paragraphs' lines (each with its list marker in front) separated
/// by `'\n'`, empty ones left out; text boxes after their paragraph; a table in the
/// cell a line per row, its cells separated by " | ".
pub(crate) fn cell_text(blocks: &[Block]) -> String {
    let mut lines: Vec<String> = Vec::new();
    cell_lines(blocks, &mut lines);
    lines.join("\n")
}

fn cell_lines(blocks: &[Block], lines: &mut Vec<String>) {
    for block in blocks {
        match block {
            Block::Para(p) => {
                let mut marker = p.marker.as_deref();
                let text = p.text.replace(['\t', '\r'], " ");
                for part in text.split('\n') {
                    let part = part.trim();
                    if part.is_empty() {
                        continue;
                    }
                    lines.push(match marker.take() {
                        Some(m) => format!("{m} {part}"),
                        None => part.to_owned(),
                    });
                }
                cell_lines(&p.boxes, lines);
            }
            Block::Table(t) => {
                for row in &t.rows {
                    let cells: Vec<String> = row
                        .cells
                        .iter()
                        .map(|c| cell_text(c).replace('\n', " "))
                        .filter(|c| !c.is_empty())
                        .collect();
                    if !cells.is_empty() {
                        lines.push(cells.join(" | "));
                    }
                }
            }
        }
    }
}

/// The note references and whether there are text boxes, within a cell.
fn cell_refs(blocks: &[Block], refs: &mut Vec<NoteRef>, boxes: &mut bool) {
    for block in blocks {
        match block {
            Block::Para(p) => {
                refs.extend(p.notes.iter().cloned());
                *boxes |= !p.boxes.is_empty();
                cell_refs(&p.boxes, refs, boxes);
            }
            Block::Table(t) => {
                for cell in t.rows.iter().flat_map(|r| &r.cells) {
                    cell_refs(cell, refs, boxes);
                }
            }
        }
    }
}

/// Where a diagnostic of a document is, in words: "đoạn 3" / "paragraph 3", "bảng 1,
/// hàng 2, cột 1" / "table 1, row 2, column 1"; `None` without an origin.
///
/// ```
/// use hoinghi::text::Origin;
/// let mut d = hoinghi::Diagnostic::new(
///     hoinghi::Code::ParseNote,
///     hoinghi::Severity::Info,
///     "",
///     hoinghi::Message::new("", ""),
/// );
/// assert!(hoinghi::docx::location(&d).is_none());
/// d.origin = Some(Origin::TableRow { table: 1, row: 2 });
/// d.source = Some(hoinghi::LineCol { line: 10_002, column: 3 });
/// assert_eq!(hoinghi::docx::location(&d).unwrap().en, "table 1, row 2, column 3");
/// ```
#[must_use]
pub fn location(d: &Diagnostic) -> Option<Message> {
    let origin = d.origin?;
    let column = match origin {
        Origin::TableRow { .. } => d.source.map(|s| s.column),
        _ => None,
    };
    let (vi, en) = place(origin, column);
    Some(Message::new(vi, en))
}

/// Where a line is, in words (see [`location`]).
fn place(origin: Origin, cell: Option<u32>) -> (String, String) {
    match (origin, cell) {
        (Origin::Paragraph { index }, _) => (format!("đoạn {index}"), format!("paragraph {index}")),
        (Origin::TableRow { table, row }, Some(c)) => (
            format!("bảng {table}, hàng {row}, cột {c}"),
            format!("table {table}, row {row}, column {c}"),
        ),
        (Origin::TableRow { table, row }, None) => (
            format!("bảng {table}, hàng {row}"),
            format!("table {table}, row {row}"),
        ),
        (Origin::Line { line, .. }, _) => (format!("dòng {line}"), format!("line {line}")),
    }
}

/// A `parse-note` about a place in the document.
fn located(message: Message, origin: Origin, cell: Option<u32>) -> Diagnostic {
    let line = SourceLine {
        origin,
        cells: Vec::new(),
        marker: None,
    }
    .line_number();
    let mut d =
        Diagnostic::new(Code::ParseNote, Severity::Info, "", message).at(line, cell.unwrap_or(1));
    d.origin = Some(origin);
    d
}

/// Gives the reader's diagnostics the place they are in the document.
///
/// The reader numbers each line by [`SourceLine::line_number`] (the paragraph, or the
/// table and row); this names that place in the message ("paragraph 12", "table 1,
/// row 2" where a text would say "line 12") and sets the diagnostic's `origin`.
/// Diagnostics that already name their origin are left as they are.
fn relocate(parsed: &mut Parsed, lines: &[SourceLine]) {
    let by_number: std::collections::HashMap<u32, &SourceLine> =
        lines.iter().map(|l| (l.line_number(), l)).collect();
    for d in &mut parsed.diagnostics {
        if d.origin.is_some() {
            continue;
        }
        let Some(source) = d.source else { continue };
        let Some(line) = by_number.get(&source.line) else {
            continue;
        };
        // A row's cell: the only one holding text, or the one holding the text a
        // kept line keeps.
        let kept = d
            .path
            .strip_prefix("/unrecognised/")
            .and_then(|i| i.parse::<usize>().ok())
            .and_then(|i| parsed.plan.unrecognised.get(i))
            .map(|k| k.text.as_str());
        let filled: Vec<usize> = (0..line.cells.len())
            .filter(|&c| line.cells.get(c).is_some_and(|t| !t.trim().is_empty()))
            .collect();
        let holding =
            |c: &usize| kept.is_some_and(|k| line.cells.get(*c).is_some_and(|t| t.contains(k)));
        let cell = match (line.origin, filled.as_slice()) {
            (Origin::TableRow { .. }, [only]) => Some(*only),
            (Origin::TableRow { .. }, many) => many.iter().copied().find(|c| holding(c)),
            _ => None,
        }
        .and_then(|c| u32::try_from(c + 1).ok());
        if let (Some(c), Some(s)) = (cell, d.source.as_mut()) {
            s.column = c;
        }
        let (vi, en) = place(line.origin, cell);
        d.message.vi = renamed(&d.message.vi, "Dòng", source.line, &capitalised(&vi));
        d.message.vi = renamed(&d.message.vi, "dòng", source.line, &vi);
        d.message.en = renamed(&d.message.en, "Line", source.line, &capitalised(&en));
        d.message.en = renamed(&d.message.en, "line", source.line, &en);
        d.origin = Some(line.origin);
    }
}

/// `text` with "{word} {n}" (not followed by a digit) replaced by `with`.
fn renamed(text: &str, word: &str, n: u32, with: &str) -> String {
    let pattern = format!("{word} {n}");
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(&pattern) {
        let after = rest.get(at + pattern.len()..).unwrap_or("");
        out.push_str(rest.get(..at).unwrap_or(""));
        if after.starts_with(|c: char| c.is_ascii_digit()) {
            out.push_str(&pattern);
        } else {
            out.push_str(with);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        crate::case::uppercase(&first.to_string()) + chars.as_str()
    })
}

#[cfg(test)]
mod tests;
