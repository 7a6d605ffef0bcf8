//! The body of a document (`word/document.xml`), footnotes and endnotes, as blocks:
//! paragraphs with their text as Word shows it and their list markers, and tables of
//! rows of cells.
//!
//! Tracked changes are read as accepted: insertions kept, deletions (`w:del`,
//! `w:moveFrom`) left out, a paragraph whose mark was deleted joined to the next, a
//! deleted table row left out. Fields are read by their shown result, not their code.
//! Hidden text (`w:vanish`) is left out; text in capitals by formatting (`w:caps`) is
//! given in capitals. Text boxes are read where they are anchored: their paragraphs
//! and tables follow the paragraph that holds them. Footnote and endnote references
//! are noted on their paragraph; their text is read separately ([`notes`]).

use super::numbering::{read_num_pr, NumPr, Numbering};
use super::xml::{self, attr, local, on, El, Ev, Ns, Xml};
use super::DocxError;
use crate::limits::MAX_DOCX_NESTING;

/// A paragraph as Word shows it.
#[derive(Debug, Default)]
pub(crate) struct Para {
    /// Its text: `'\t'` for tabs, `'\n'` for line breaks.
    pub text: String,
    /// The list marker Word shows before it ("I.", "1.1.", "a)", "•").
    pub marker: Option<String>,
    /// Its 1-based number among the body's paragraphs; `None` in a cell or text box.
    pub index: Option<u32>,
    /// The content of the text boxes anchored in it.
    pub boxes: Vec<Block>,
    /// The footnotes and endnotes it refers to.
    pub notes: Vec<NoteRef>,
    /// Its paragraph mark is a tracked deletion: accepted, it joins the next paragraph.
    mark_deleted: bool,
}

/// A footnote or endnote reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NoteRef {
    /// An endnote rather than a footnote.
    pub endnote: bool,
    /// Its `w:id`.
    pub id: String,
}

/// A table row.
#[derive(Debug, Default)]
pub(crate) struct Row {
    /// Its 1-based number in the table, counting deleted rows.
    pub number: u32,
    /// Its cells, in column order, each its blocks.
    pub cells: Vec<Vec<Block>>,
}

/// A table.
#[derive(Debug, Default)]
pub(crate) struct Table {
    /// Its 1-based number among the document's tables; `None` for a table in a cell.
    pub index: Option<u32>,
    /// Its rows, without deleted ones.
    pub rows: Vec<Row>,
}

/// A paragraph or a table.
#[derive(Debug)]
pub(crate) enum Block {
    /// A paragraph.
    Para(Para),
    /// A table.
    Table(Table),
}

/// Where blocks are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// The body: paragraphs and tables are numbered.
    Body,
    /// A text box anchored in the body: its tables are numbered, its paragraphs are not.
    BodyBox,
    /// A table cell, a text box within one, a footnote: nothing is numbered.
    Inner,
}

/// Reads blocks, numbering paragraphs and tables in document order and counting
/// list items as Word does.
pub(crate) struct Walker<'n> {
    numbering: &'n mut Numbering,
    paragraphs: u32,
    tables: u32,
}

/// Paragraph properties that matter here.
#[derive(Default)]
struct ParaProps {
    style: Option<String>,
    num: NumPr,
    mark_deleted: bool,
}

/// Run properties that matter here; `None` where the run leaves it to its styles.
#[derive(Default, Clone)]
struct RunProps {
    style: Option<String>,
    caps: Option<bool>,
    hidden: Option<bool>,
}

/// An element whose end is awaited inside a paragraph.
enum Frame {
    Run(RunProps),
    Other,
}

fn nested_too_deep(depth: usize) -> Result<(), DocxError> {
    if depth > MAX_DOCX_NESTING {
        return Err(DocxError::TooLarge {
            what: "levels of tables and text boxes within each other",
            found: depth as u64,
            limit: MAX_DOCX_NESTING as u64,
        });
    }
    Ok(())
}

/// Elements whose content is never shown text: properties, deleted content, the
/// fallback copy of alternate content, phonetic guides.
fn skipped(ns: Ns, name: &[u8]) -> bool {
    match ns {
        Ns::W => matches!(
            name,
            b"del"
                | b"moveFrom"
                | b"sdtPr"
                | b"sdtEndPr"
                | b"sectPr"
                | b"tblPr"
                | b"tblGrid"
                | b"tblPrEx"
                | b"trPr"
                | b"tcPr"
                | b"pPr"
                | b"rPr"
                | b"instrText"
                | b"delText"
                | b"delInstrText"
                | b"rt"
                | b"customXmlPr"
        ),
        Ns::Mc => name == b"Fallback",
        Ns::Other => false,
    }
}

impl<'n> Walker<'n> {
    /// A walker over one document, counting its lists in `numbering`.
    pub(crate) fn new(numbering: &'n mut Numbering) -> Self {
        Self {
            numbering,
            paragraphs: 0,
            tables: 0,
        }
    }

    /// The blocks of `word/document.xml`'s body.
    pub(crate) fn document(&mut self, text: &str) -> Result<Vec<Block>, DocxError> {
        let doc = xml::parse(text, "word/document.xml")?;
        let mut x = Xml::new(&doc, "word/document.xml");
        loop {
            match x.next()? {
                Ev::Start(Ns::W, e) if local(&e) == b"body" => {
                    return self.blocks(&mut x, Place::Body, 0);
                }
                Ev::Empty(Ns::W, e) if local(&e) == b"body" => return Ok(Vec::new()),
                Ev::Eof => return Err(x.malformed("there is no w:body")),
                _ => {}
            }
        }
    }

    /// The notes of `word/footnotes.xml` or `word/endnotes.xml`, by `w:id`, as text.
    pub(crate) fn notes(
        &mut self,
        text: &str,
        part: &'static str,
    ) -> Result<Vec<(String, String)>, DocxError> {
        let doc = xml::parse(text, part)?;
        let mut x = Xml::new(&doc, part);
        let mut out = Vec::new();
        loop {
            match x.next()? {
                Ev::Start(Ns::W, e) if matches!(local(&e), b"footnote" | b"endnote") => {
                    let id = attr(&e, b"id").unwrap_or_default();
                    let separator = attr(&e, b"type").is_some_and(|t| t != "normal");
                    let blocks = self.blocks(&mut x, Place::Inner, 1)?;
                    if !separator {
                        out.push((id, super::cell_text(&blocks).replace('\n', " ")));
                    }
                }
                Ev::Eof => return Ok(out),
                _ => {}
            }
        }
    }

    /// Paragraphs and tables up to the end of the element whose start was just read.
    fn blocks(
        &mut self,
        x: &mut Xml<'_, '_>,
        place: Place,
        depth: usize,
    ) -> Result<Vec<Block>, DocxError> {
        nested_too_deep(depth)?;
        let mut out: Vec<Block> = Vec::new();
        // Elements read through (content controls, custom XML, insertions).
        let mut open = 0usize;
        loop {
            match x.next()? {
                Ev::Start(Ns::W, e) if local(&e) == b"p" => {
                    let para = self.paragraph(x, place, depth)?;
                    push(&mut out, para);
                }
                Ev::Empty(Ns::W, e) if local(&e) == b"p" => {
                    let mut para = Para::default();
                    if place == Place::Body {
                        self.paragraphs = self.paragraphs.saturating_add(1);
                        para.index = Some(self.paragraphs);
                    }
                    push(&mut out, para);
                }
                Ev::Start(Ns::W, e) if local(&e) == b"tbl" => {
                    let table = self.table(x, place, depth + 1)?;
                    out.push(Block::Table(table));
                }
                Ev::Start(ns, e) if skipped(ns, local(&e)) => x.skip(&e)?,
                Ev::Start(..) => open += 1,
                Ev::End => {
                    if open == 0 {
                        return Ok(out);
                    }
                    open -= 1;
                }
                Ev::Eof => return Err(x.malformed("the part ends inside a block")),
                Ev::Empty(..) | Ev::Text => {}
            }
        }
    }

    fn table(
        &mut self,
        x: &mut Xml<'_, '_>,
        place: Place,
        depth: usize,
    ) -> Result<Table, DocxError> {
        nested_too_deep(depth)?;
        let mut table = Table::default();
        if place != Place::Inner {
            self.tables = self.tables.saturating_add(1);
            table.index = Some(self.tables);
        }
        let mut rows = 0u32;
        let mut open = 0usize;
        loop {
            match x.next()? {
                Ev::Start(Ns::W, e) if local(&e) == b"tr" => {
                    rows = rows.saturating_add(1);
                    if let Some(cells) = self.row(x, depth)? {
                        table.rows.push(Row {
                            number: rows,
                            cells,
                        });
                    }
                }
                Ev::Empty(Ns::W, e) if local(&e) == b"tr" => rows = rows.saturating_add(1),
                Ev::Start(ns, e) if skipped(ns, local(&e)) => x.skip(&e)?,
                Ev::Start(..) => open += 1,
                Ev::End => {
                    if open == 0 {
                        return Ok(table);
                    }
                    open -= 1;
                }
                Ev::Eof => return Err(x.malformed("the part ends inside w:tbl")),
                Ev::Empty(..) | Ev::Text => {}
            }
        }
    }

    /// A row's cells, or `None` for a row whose insertion was deleted.
    fn row(
        &mut self,
        x: &mut Xml<'_, '_>,
        depth: usize,
    ) -> Result<Option<Vec<Vec<Block>>>, DocxError> {
        let mut cells = Vec::new();
        let mut deleted = false;
        let mut open = 0usize;
        loop {
            match x.next()? {
                Ev::Start(Ns::W, e) if local(&e) == b"trPr" => loop {
                    match x.next()? {
                        Ev::Empty(Ns::W, d) if local(&d) == b"del" => deleted = true,
                        Ev::Start(Ns::W, d) if local(&d) == b"del" => {
                            deleted = true;
                            x.skip(&d)?;
                        }
                        Ev::Start(_, other) => x.skip(&other)?,
                        Ev::End => break,
                        Ev::Eof => return Err(x.malformed("the part ends inside w:trPr")),
                        _ => {}
                    }
                },
                Ev::Start(Ns::W, e) if local(&e) == b"tc" => {
                    cells.push(self.blocks(x, Place::Inner, depth)?);
                }
                Ev::Empty(Ns::W, e) if local(&e) == b"tc" => cells.push(Vec::new()),
                Ev::Start(ns, e) if skipped(ns, local(&e)) => x.skip(&e)?,
                Ev::Start(..) => open += 1,
                Ev::End => {
                    if open == 0 {
                        return Ok((!deleted).then_some(cells));
                    }
                    open -= 1;
                }
                Ev::Eof => return Err(x.malformed("the part ends inside w:tr")),
                Ev::Empty(..) | Ev::Text => {}
            }
        }
    }

    /// Whether a run's text is hidden, and whether it shows in capitals.
    fn looks(&self, run: Option<&RunProps>, para: &ParaProps) -> (bool, bool) {
        let style = para.style.as_deref();
        let run_style = run.and_then(|r| r.style.as_deref());
        let hidden = run
            .and_then(|r| r.hidden)
            .unwrap_or_else(|| self.numbering.style_hidden(style, run_style));
        let caps = run
            .and_then(|r| r.caps)
            .unwrap_or_else(|| self.numbering.style_caps(style, run_style));
        (hidden, caps)
    }

    fn paragraph(
        &mut self,
        x: &mut Xml<'_, '_>,
        place: Place,
        depth: usize,
    ) -> Result<Para, DocxError> {
        let mut para = Para::default();
        if place == Place::Body {
            self.paragraphs = self.paragraphs.saturating_add(1);
            para.index = Some(self.paragraphs);
        }
        let mut props = ParaProps::default();
        let mut frames: Vec<Frame> = Vec::new();
        // Complex fields open: `true` once past their code, in the shown result.
        let mut fields: Vec<bool> = Vec::new();
        let inner = if place == Place::Body {
            Place::BodyBox
        } else {
            Place::Inner
        };
        loop {
            let ev = x.next()?;
            match ev {
                Ev::Start(Ns::W, e) if local(&e) == b"pPr" && frames.is_empty() => {
                    props = paragraph_props(x)?;
                }
                Ev::Start(Ns::W, e) if local(&e) == b"rPr" => {
                    let read = run_props(x)?;
                    if let Some(Frame::Run(p)) = frames.last_mut() {
                        *p = read;
                    }
                }
                Ev::Start(Ns::W, e) if local(&e) == b"r" => {
                    frames.push(Frame::Run(RunProps::default()));
                }
                Ev::Start(Ns::W, e) if local(&e) == b"t" => {
                    let text = x.text(&e)?;
                    let (hidden, caps) = self.looks(current_run(&frames), &props);
                    if shown(&fields) && !hidden {
                        if caps {
                            para.text.push_str(&crate::case::uppercase(&text));
                        } else {
                            para.text.push_str(&text);
                        }
                    }
                }
                Ev::Empty(Ns::W, e) => {
                    let shown = shown(&fields) && !self.looks(current_run(&frames), &props).0;
                    match local(&e) {
                        b"tab" | b"ptab" if shown => para.text.push('\t'),
                        b"br" | b"cr" if shown => para.text.push('\n'),
                        b"noBreakHyphen" if shown => para.text.push('-'),
                        b"fldChar" => field_char(&e, &mut fields),
                        b"footnoteReference" | b"endnoteReference" => {
                            para.notes.push(NoteRef {
                                endnote: local(&e) == b"endnoteReference",
                                id: attr(&e, b"id").unwrap_or_default(),
                            });
                        }
                        _ => {}
                    }
                }
                Ev::Start(Ns::W, e) if local(&e) == b"fldChar" => {
                    field_char(&e, &mut fields);
                    x.skip(&e)?;
                }
                Ev::Start(Ns::W, e) if local(&e) == b"txbxContent" => {
                    let blocks = self.blocks(x, inner, depth + 1)?;
                    para.boxes.extend(blocks);
                }
                Ev::Start(ns, e) if skipped(ns, local(&e)) => x.skip(&e)?,
                Ev::Start(..) => frames.push(Frame::Other),
                Ev::End => {
                    if frames.pop().is_none() {
                        break;
                    }
                }
                Ev::Eof => return Err(x.malformed("the part ends inside w:p")),
                Ev::Empty(..) | Ev::Text => {}
            }
        }
        para.mark_deleted = props.mark_deleted;
        if !props.mark_deleted {
            para.marker = self.numbering.marker(props.num, props.style.as_deref());
        }
        Ok(para)
    }
}

/// The properties of the innermost run open.
fn current_run(frames: &[Frame]) -> Option<&RunProps> {
    frames.iter().rev().find_map(|f| match f {
        Frame::Run(p) => Some(p),
        Frame::Other => None,
    })
}

/// Whether text is shown: outside fields, or in the result of every field open.
fn shown(fields: &[bool]) -> bool {
    fields.iter().all(|in_result| *in_result)
}

/// Adds a paragraph, joining it to one before whose mark was deleted.
fn push(out: &mut Vec<Block>, mut para: Para) {
    if let Some(Block::Para(prev)) = out.last_mut() {
        if prev.mark_deleted {
            let mut text = std::mem::take(&mut prev.text);
            text.push_str(&para.text);
            para.text = text;
            para.index = prev.index.or(para.index);
            let mut boxes = std::mem::take(&mut prev.boxes);
            boxes.append(&mut para.boxes);
            para.boxes = boxes;
            let mut notes = std::mem::take(&mut prev.notes);
            notes.append(&mut para.notes);
            para.notes = notes;
            out.pop();
        }
    }
    out.push(Block::Para(para));
}

fn field_char(e: &El<'_, '_>, fields: &mut Vec<bool>) {
    match attr(e, b"fldCharType").as_deref() {
        Some("begin") => fields.push(false),
        Some("separate") => {
            if let Some(f) = fields.last_mut() {
                *f = true;
            }
        }
        Some("end") => {
            fields.pop();
        }
        _ => {}
    }
}

fn paragraph_props(x: &mut Xml<'_, '_>) -> Result<ParaProps, DocxError> {
    let mut props = ParaProps::default();
    loop {
        match x.next()? {
            Ev::Empty(Ns::W, e) if local(&e) == b"pStyle" => props.style = attr(&e, b"val"),
            Ev::Start(Ns::W, e) if local(&e) == b"numPr" => props.num = read_num_pr(x)?,
            Ev::Start(Ns::W, e) if local(&e) == b"rPr" => loop {
                match x.next()? {
                    Ev::Empty(Ns::W, d) if matches!(local(&d), b"del" | b"moveFrom") => {
                        props.mark_deleted = true;
                    }
                    Ev::Start(Ns::W, d) if matches!(local(&d), b"del" | b"moveFrom") => {
                        props.mark_deleted = true;
                        x.skip(&d)?;
                    }
                    Ev::Start(_, other) => x.skip(&other)?,
                    Ev::End => break,
                    Ev::Eof => return Err(x.malformed("the part ends inside w:rPr")),
                    _ => {}
                }
            },
            Ev::Start(_, e) => x.skip(&e)?,
            Ev::End => return Ok(props),
            Ev::Eof => return Err(x.malformed("the part ends inside w:pPr")),
            _ => {}
        }
    }
}

fn run_props(x: &mut Xml<'_, '_>) -> Result<RunProps, DocxError> {
    let mut props = RunProps::default();
    loop {
        match x.next()? {
            Ev::Empty(Ns::W, e) => match local(&e) {
                b"rStyle" => props.style = attr(&e, b"val"),
                b"caps" => props.caps = Some(on(&e)),
                b"vanish" => props.hidden = Some(on(&e)),
                _ => {}
            },
            Ev::Start(_, e) => x.skip(&e)?,
            Ev::End => return Ok(props),
            Ev::Eof => return Err(x.malformed("the part ends inside w:rPr")),
            Ev::Empty(..) | Ev::Text => {}
        }
    }
}
