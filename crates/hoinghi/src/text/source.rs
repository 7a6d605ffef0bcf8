//! What the reader reads: the lines of pasted text, or the paragraphs and table rows
//! of a Word document, in one shape.
//!
//! Text is split into [`SourceLine`]s by [`from_text`]: one per line, its cells split
//! on TAB or `|` (how a Word or web table arrives when pasted). A `.docx` reader
//! builds them from paragraphs and table rows directly, with Word's automatic
//! numbering given as [`SourceLine::marker`] rather than glued into the text, so
//! both go through the same stages ([`crate::text::read_source`]).

pub use crate::diagnostic::Origin;

/// One line as the reader's first stage sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLine {
    /// Where it came from.
    pub origin: Origin,
    /// Its cells: one for an ordinary line or paragraph, several for a table row.
    /// A cell of several paragraphs has them separated by `'\n'`. Empty cells are
    /// kept, so that a cell's column is known ("\tĐOÀN TNCS HỒ CHÍ MINH" is a right
    /// cell).
    pub cells: Vec<String>,
    /// The list marker a document's automatic numbering shows before the text
    /// ("I.", "1.1.", "a)", "-", "•"), when it is not part of the text itself.
    pub marker: Option<String>,
}

impl SourceLine {
    /// A line of one cell.
    #[must_use]
    pub fn text(origin: Origin, text: impl Into<String>) -> Self {
        Self {
            origin,
            cells: vec![text.into()],
            marker: None,
        }
    }

    /// The 1-based number used in diagnostics' `source.line`: the text line, the
    /// paragraph, or the table row's table number times 10,000 plus the row (so
    /// every location stays distinct and ordered).
    #[must_use]
    pub fn line_number(&self) -> u32 {
        match self.origin {
            Origin::Line { line, .. } => line,
            Origin::Paragraph { index } => index,
            Origin::TableRow { table, row } => table.saturating_mul(10_000).saturating_add(row),
        }
    }
}

/// Splits text into source lines: CRLF, CR and LF alike, a leading byte-order mark
/// dropped, cells split on TAB, on " | " and on Markdown table pipes (wide spaces
/// count as spaces); a list marker before a TAB ("•\tĐại diện …") is the line's
/// [`SourceLine::marker`], as a Word document's numbering is.
#[must_use]
pub fn from_text(text: &str) -> Vec<SourceLine> {
    let mut out = Vec::new();
    parts(text, |i, quote, part| out.push(line(i, quote, part)));
    out
}

/// The non-blank parts of text that [`from_text`] makes source lines of, each with its
/// 0-based line number and the width of the e-mail quote marks dropped before it:
/// CRLF, CR and LF alike, a leading byte-order mark dropped. A plan forwarded or
/// replied to in an e-mail quotes its lines ("> I. MỤC ĐÍCH", ">" alone for a blank
/// line, "> > " twice quoted): when half the lines or more open with ">", their marks
/// are dropped; a lone "> " line in a plan is kept as written.
pub(crate) fn parts(text: &str, mut each: impl FnMut(usize, usize, &str)) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (mut lines, mut quoted) = (0, 0);
    for raw in text.split('\n').filter(|l| !l.trim().is_empty()) {
        lines += 1;
        quoted += usize::from(raw.trim_start().starts_with('>'));
    }
    let quoted = quoted > 0 && quoted * 2 >= lines;
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let (quote, raw) = if quoted { unquote(raw) } else { (0, raw) };
        for part in raw.split('\r') {
            if part.trim().is_empty() {
                continue;
            }
            each(i, quote, part);
        }
    }
}

/// A line without its e-mail quote marks (">", each with the space after it), and
/// the width dropped in characters.
fn unquote(raw: &str) -> (usize, &str) {
    let mut rest = raw;
    while let Some(r) = rest.trim_start().strip_prefix('>') {
        rest = r.strip_prefix(' ').unwrap_or(r);
    }
    (raw.chars().count() - rest.chars().count(), rest)
}

/// The 1-based number of the line at 0-based `i`.
pub(crate) fn line_number(i: usize) -> u32 {
    u32::try_from(i + 1).unwrap_or(u32::MAX)
}

/// The source line of one non-blank part of text (see [`parts`]) on line `i` (0-based),
/// after `quote` characters of quote marks.
pub(crate) fn line(i: usize, quote: usize, part: &str) -> SourceLine {
    let leading = quote + part.chars().take_while(|c| c.is_whitespace()).count();
    let (marker, cells) = list_marker(cells(part));
    SourceLine {
        origin: Origin::Line {
            line: line_number(i),
            column: u32::try_from(leading + 1).unwrap_or(u32::MAX),
        },
        cells,
        marker,
    }
}

/// The cells of one pasted line: TAB-separated, "|"-separated (with a space on at
/// least one side, or Markdown's leading and trailing pipes), else the whole line.
fn cells(line: &str) -> Vec<String> {
    // Word and web pages paste non-breaking and other wide spaces: a space here, so
    // that " | " and a run of spaces part cells as they do when typed.
    let spaced;
    let line = if line
        .chars()
        .any(|c| c != '\t' && c != ' ' && c.is_whitespace())
    {
        spaced = line
            .chars()
            .map(|c| {
                if c != '\t' && c.is_whitespace() {
                    ' '
                } else {
                    c
                }
            })
            .collect::<String>();
        spaced.as_str()
    } else {
        line
    };
    let trimmed_end = line.trim_end();
    if trimmed_end.contains('\t') {
        return trimmed_end
            .split('\t')
            .map(|c| c.trim().to_owned())
            .collect();
    }
    let t = line.trim();
    let markdown = t.starts_with('|') && t.ends_with('|') && t.len() > 1;
    // "a | b", and a row whose first or last cell is empty ("| Nguyễn Văn An", "- Lưu
    // VT. |"), as a TAB before or after the text.
    let piped = t.contains('|')
        && (t.contains(" | ")
            || t.contains(" |") && t.contains("| ")
            || t.starts_with("| ")
            || t.ends_with(" |"));
    if markdown || piped {
        let inner = if markdown {
            t.get(1..t.len() - 1).unwrap_or("")
        } else {
            t
        };
        let parts: Vec<String> = inner.split('|').map(|c| c.trim().to_owned()).collect();
        if parts.len() > 1 {
            return parts;
        }
    }
    // Columns typed apart by a run of spaces ("Nơi nhận:          HIỆU TRƯỞNG"): five
    // or more, after two words or more and before a capital; not the blanks of a date
    // to fill in ("ngày      tháng") nor the space after a numbering ("I-      Công …").
    // A table aligned with spaces: its row number opens the row ("1     Lãnh đạo Sở")
    // and its count closes it ("…     04").
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mut parts = Vec::new();
    let mut rest = t;
    while let Some(i) = rest.find("     ") {
        let (left, right) = rest.split_at(i);
        let right = right.trim_start();
        if left.split_whitespace().count() < 2 && !(parts.is_empty() && digits(left))
            || !right.starts_with(char::is_uppercase) && !digits(right)
        {
            break;
        }
        parts.push(left.to_owned());
        rest = right;
    }
    parts.push(rest.to_owned());
    parts
}

/// A list item pasted from Word comes as its marker, a TAB and its text ("•\tĐại
/// diện …", "1.\tMục đích", "\t-\tMời …"): the marker is the line's, not a cell, so
/// the line is no table row.
fn list_marker(mut cells: Vec<String>) -> (Option<String>, Vec<String>) {
    let Some(at) = cells.iter().position(|c| !c.is_empty()) else {
        return (None, cells);
    };
    let is_marker = cells.get(at).is_some_and(|c| marker_only(c));
    let has_text = cells.get(at + 1).is_some_and(|c| !c.is_empty());
    if !is_marker || !has_text {
        return (None, cells);
    }
    let marker = cells.get(at).cloned();
    cells.drain(..=at);
    (marker, cells)
}

/// The depth of a list bullet character: `-`, `–`, `•`, `*`, `●`, `▪`, `➢`, `♦`, `❖`,
/// arrows, checks and squares, and Word's Symbol and Wingdings bullets (U+F0B7,
/// U+F0A7, …, or as they paste when the font is lost: `·`, `§`, `Ø`, `ü`) are 1; `+`
/// and Word's second level `o` are 2; `◦`, `○` are 3. Listed once, for the bullet of a
/// line and for a bullet alone in a cell.
pub(super) fn bullet_depth(c: char) -> Option<u8> {
    match c {
        // Word's Symbol and Wingdings bullets paste as private-use characters.
        '-' | '–' | '•' | '*' | '●' | '▪' | '\u{f0b7}' | '\u{f0a7}' | '\u{f0d8}' | '\u{f0fc}'
        | '\u{f076}' | '\u{f0a8}' | '➢' | '➤' | '►' | '▶' | '→' | '⇒' | '♦' | '◆' | '❖' | '■'
        | '□' | '✓' | '✔' | '·' | '§' | 'Ø' | 'ü' => Some(1),
        // A chat group's or a post's emoji bullets ("✅ Thời gian:", "👉 Ban giám hiệu").
        '✅' | '☑' | '👉' | '📌' | '🔹' | '🔸' => Some(1),
        '+' | 'o' => Some(2),
        '◦' | '○' => Some(3),
        _ => None,
    }
}

/// A bullet alone, or a numbering alone ("1.", "2.1.", "a)", "IV."); not "*", the
/// ornament under an issuer ("*\tHà Nội, ngày …").
fn marker_only(cell: &str) -> bool {
    let mut chars = cell.chars();
    let bullet = match (chars.next(), chars.next()) {
        (Some(c), None) => c != '*' && bullet_depth(c).is_some(),
        _ => false,
    };
    let numbering = cell.ends_with(['.', ')'])
        && cell.len() <= 8
        && cell.trim_end_matches(['.', ')']).split('.').all(|part| {
            !part.is_empty()
                && (part.chars().all(|c| c.is_ascii_digit())
                    || part.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
                    || part.len() == 1 && part.chars().all(|c| c.is_ascii_lowercase()))
        });
    bullet || numbering
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_of_pasted_tables() {
        let lines = from_text("A\tB\r\n\n| x | y |\n\tĐOÀN\nSố: 1 | Hà Nội\nplain");
        let cells: Vec<Vec<&str>> = lines
            .iter()
            .map(|l| l.cells.iter().map(String::as_str).collect())
            .collect();
        assert_eq!(
            cells,
            [
                vec!["A", "B"],
                vec!["x", "y"],
                vec!["", "ĐOÀN"],
                vec!["Số: 1", "Hà Nội"],
                vec!["plain"]
            ]
        );
        assert_eq!(lines[1].origin, Origin::Line { line: 3, column: 1 });
    }

    #[test]
    fn e_mail_quote_marks_are_dropped_from_a_quoted_text_only() {
        let lines = from_text("From: a\n> X\tY\n>\n> >  Z\n");
        let cells: Vec<&[String]> = lines.iter().map(|l| l.cells.as_slice()).collect();
        assert_eq!(cells, [&["From: a"][..], &["X", "Y"], &["Z"]]);
        assert_eq!(lines[2].origin, Origin::Line { line: 4, column: 6 });
        // One quoted line among others is written so.
        let lines = from_text("a\nb\n> c\n");
        assert_eq!(lines[2].cells, ["> c"]);
    }

    #[test]
    fn wide_spaces_part_cells_as_spaces_do() {
        let cells: Vec<Vec<String>> = from_text(
            "Số: 1\u{a0}|\u{a0}Hà Nội\nNơi nhận:\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}HIỆU TRƯỞNG",
        )
        .into_iter()
        .map(|l| l.cells)
        .collect();
        assert_eq!(
            cells,
            [vec!["Số: 1", "Hà Nội"], vec!["Nơi nhận:", "HIỆU TRƯỞNG"]]
        );
    }

    #[test]
    fn a_list_marker_before_a_tab_is_the_lines() {
        let lines = from_text("•\tĐại diện Thành Đoàn\n1.\tMục đích\n\t-\tMời đại diện\nSố: 1\tHà Nội\n\tĐOÀN TNCS\n*\tHà Nội, ngày 1/1/2026");
        let read: Vec<(Option<&str>, Vec<&str>)> = lines
            .iter()
            .map(|l| {
                (
                    l.marker.as_deref(),
                    l.cells.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                (Some("•"), vec!["Đại diện Thành Đoàn"]),
                (Some("1."), vec!["Mục đích"]),
                (Some("-"), vec!["Mời đại diện"]),
                (None, vec!["Số: 1", "Hà Nội"]),
                (None, vec!["", "ĐOÀN TNCS"]),
                (None, vec!["*", "Hà Nội, ngày 1/1/2026"]),
            ]
        );
    }
}
