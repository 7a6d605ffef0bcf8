//! Word documents (.docx) of the plan and of invitation letters, in the official
//! layout: A4, margins 20 mm top and bottom, 30 mm left, 20 mm right, Times New Roman
//! 14 pt, the two-column header table (issuing body left, heading right), the type and
//! title bold and centred, the signature on the right and the recipients in 11 pt on
//! the left. Written with the `docx-rs` crate from the same outline as the other
//! renderings.

use docx_rs::{
    AlignmentType, Docx, LineSpacing, PageMargin, Paragraph, Run, RunFonts, SpecialIndentType,
    Table, TableBorders, TableCell, TableRow, WidthType,
};

use super::letters::{self, Invitation};
use super::ExportError;
use crate::model::Plan;
use crate::render::outline::{emphasis, recipients};
use crate::render::{outline, Block};

/// Twentieths of a point per millimetre (1 mm = 56.7 twips).
fn mm(v: u32) -> i32 {
    i32::try_from(v * 567 / 10).unwrap_or(i32::MAX)
}

/// A4 in twips.
const A4: (u32, u32) = (11_906, 16_838);
/// The text width: 210 mm less 30 + 20 mm of margins.
const TEXT_WIDTH: usize = 9_072;
const FONT: &str = "Times New Roman";
/// Half-points.
const BODY: usize = 28;
const SMALL: usize = 22;

/// Every piece of text enters the document here, one line, in characters XML 1.0
/// can carry ([`crate::chars::one_line`]).
fn run(text: &str) -> Run {
    Run::new().add_text(crate::chars::one_line(text))
}

fn lines(cell_lines: &[(String, bool, bool)], align: AlignmentType, size: usize) -> TableCell {
    let cell = TableCell::new().width(TEXT_WIDTH / 2, WidthType::Dxa);
    add_lines(cell, cell_lines, align, size)
}

/// `cell` with a paragraph for each of `cell_lines`: (text, bold, italic).
fn add_lines(
    mut cell: TableCell,
    cell_lines: &[(String, bool, bool)],
    align: AlignmentType,
    size: usize,
) -> TableCell {
    for (text, bold, italic) in cell_lines {
        let mut r = run(text).size(size);
        if *bold {
            r = r.bold();
        }
        if *italic {
            r = r.italic();
        }
        cell = cell.add_paragraph(Paragraph::new().add_run(r).align(align));
    }
    cell
}

fn two_columns(left: TableCell, right: TableCell) -> Table {
    Table::new(vec![TableRow::new(vec![left, right])])
        .set_grid(vec![TEXT_WIDTH / 2, TEXT_WIDTH / 2])
        .width(TEXT_WIDTH, WidthType::Dxa)
        .set_borders(TableBorders::with_empty())
}

/// A line of the type and title: bold, centred, `before` and `after` it in twips.
fn title_paragraph(text: &str, before: u32, after: u32) -> Paragraph {
    Paragraph::new()
        .add_run(run(text).bold())
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().before(before).after(after))
}

/// Any outline as a .docx file.
///
/// # Errors
/// [`ExportError::Write`] if the archive cannot be written (it is written to memory).
pub fn blocks_docx(blocks: Vec<Block>) -> Result<Vec<u8>, ExportError> {
    let mut doc = Docx::new()
        .page_size(A4.0, A4.1)
        .page_margin(
            PageMargin::new()
                .top(mm(20))
                .bottom(mm(20))
                .left(mm(30))
                .right(mm(20)),
        )
        .default_fonts(
            RunFonts::new()
                .ascii(FONT)
                .hi_ansi(FONT)
                .cs(FONT)
                .east_asia(FONT),
        )
        .default_size(BODY)
        // 6 pt after each paragraph, lines at 1.15 (240ths of a line).
        .default_line_spacing(LineSpacing::new().after(120).line(276));
    for block in blocks {
        match block {
            Block::Header {
                superior,
                issuer,
                number,
                heading,
                place_date,
            } => {
                let mut left: Vec<(String, bool, bool)> =
                    superior.into_iter().map(|s| (s, false, false)).collect();
                left.push((issuer, true, false));
                left.extend(number.map(|n| (n, false, false)));
                let mut right: Vec<(String, bool, bool)> =
                    heading.into_iter().map(|h| (h, true, false)).collect();
                right.extend(place_date.map(|p| (p, false, true)));
                doc = doc.add_table(two_columns(
                    lines(&left, AlignmentType::Center, 26),
                    lines(&right, AlignmentType::Center, 26),
                ));
            }
            Block::Title {
                document_type,
                title,
            } if title.is_empty() => {
                doc = doc.add_paragraph(title_paragraph(&document_type, 360, 0));
            }
            Block::TitleLine(text) => doc = doc.add_paragraph(title_paragraph(&text, 0, 0)),
            Block::Columns(rows) => {
                // The author's rows in a borderless table of two columns (more when a
                // pasted row has more cells); a row of fewer cells spans the rest.
                let n = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0).max(2);
                let rows = rows.into_iter().map(|row| {
                    let k = row.cells.len();
                    let cells = row.cells.into_iter().enumerate().map(|(i, cell)| {
                        let small = recipients(&cell);
                        let styled: Vec<(String, bool, bool)> = cell
                            .into_iter()
                            .map(|(text, role)| {
                                let (b, i) = emphasis(role);
                                (text, b, i)
                            })
                            .collect();
                        let span = if i + 1 == k { n + 1 - k } else { 1 };
                        add_lines(
                            TableCell::new()
                                .width(TEXT_WIDTH * span / n, WidthType::Dxa)
                                .grid_span(span),
                            &styled,
                            if small {
                                AlignmentType::Left
                            } else {
                                AlignmentType::Center
                            },
                            if small { SMALL } else { 26 },
                        )
                    });
                    TableRow::new(cells.collect())
                });
                doc = doc.add_table(
                    Table::new(rows.collect())
                        .set_grid(vec![TEXT_WIDTH / n; n])
                        .width(TEXT_WIDTH, WidthType::Dxa)
                        .set_borders(TableBorders::with_empty()),
                );
            }
            Block::Title {
                document_type,
                title,
            } => {
                doc = doc
                    .add_paragraph(title_paragraph(&document_type, 360, 0))
                    .add_paragraph(title_paragraph(&title, 0, 240));
            }
            Block::Section(text) => {
                doc = doc.add_paragraph(Paragraph::new().add_run(run(&text).bold()))
            }
            Block::Subsection { level: 1, text } => {
                doc = doc.add_paragraph(Paragraph::new().add_run(run(&text).bold()))
            }
            Block::Subsection { text, .. } => {
                doc = doc.add_paragraph(Paragraph::new().add_run(run(&text).italic()))
            }
            Block::Paragraph(text) => {
                doc = doc.add_paragraph(
                    Paragraph::new()
                        .add_run(run(&text))
                        .align(AlignmentType::Both)
                        .indent(None, Some(SpecialIndentType::FirstLine(mm(10))), None, None),
                );
            }
            Block::Item { depth, text } => {
                let bullet = crate::render::outline::bullet(depth);
                doc = doc.add_paragraph(
                    Paragraph::new()
                        .add_run(run(&format!("{bullet} {text}")))
                        .align(AlignmentType::Both)
                        .indent(Some(mm(6) * i32::from(depth)), None, None, None),
                );
            }
            Block::Signature(sig) => {
                let right: Vec<(String, bool, bool)> =
                    sig.into_iter().map(|l| (l, true, false)).collect();
                doc = doc.add_table(two_columns(
                    lines(&[], AlignmentType::Left, SMALL),
                    lines(&right, AlignmentType::Center, BODY),
                ));
            }
            Block::Row(cells) => {
                let column = |cell: Option<&String>| -> Vec<(String, bool, bool)> {
                    cell.map(|c| {
                        c.split('\n')
                            .map(|p| (p.to_owned(), false, false))
                            .collect()
                    })
                    .unwrap_or_default()
                };
                if let [left, right] = cells.as_slice() {
                    doc = doc.add_table(two_columns(
                        lines(&column(Some(left)), AlignmentType::Center, BODY),
                        lines(&column(Some(right)), AlignmentType::Center, BODY),
                    ));
                } else {
                    doc = doc.add_paragraph(Paragraph::new().add_run(run(&cells.join("\t"))));
                }
            }
            Block::Recipients(items) => {
                let mut left = vec![("Nơi nhận:".to_owned(), true, true)];
                left.extend(items.into_iter().map(|l| (format!("- {l}"), false, false)));
                doc = doc.add_table(two_columns(
                    lines(&left, AlignmentType::Left, SMALL),
                    lines(&[], AlignmentType::Left, SMALL),
                ));
            }
        }
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.pack(&mut bytes)
        .map_err(|e| ExportError::Write(e.to_string()))?;
    Ok(bytes.into_inner())
}

/// The plan as a .docx file.
///
/// # Errors
/// As [`blocks_docx`].
pub fn plan(plan: &Plan) -> Result<Vec<u8>, ExportError> {
    blocks_docx(outline::outline(plan))
}

/// One invitation letter as a .docx file.
///
/// # Errors
/// As [`blocks_docx`].
pub fn letter(plan: &Plan, invitation: &Invitation) -> Result<Vec<u8>, ExportError> {
    blocks_docx(letters::outline(plan, invitation))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_a_zip_with_the_text() {
        let sample = crate::json::from_str(include_str!(
            "../../../../examples/plans/ke-hoach-05-KH-DTN-VP.json"
        ))
        .unwrap();
        let bytes = plan(&sample).unwrap();
        assert_eq!(bytes.get(..2), Some(&b"PK"[..]));
        assert!(bytes.len() > 4_000);
        let first = letters::invitations(&sample).remove(0);
        assert_eq!(letter(&sample, &first).unwrap().get(..2), Some(&b"PK"[..]));
    }
}
