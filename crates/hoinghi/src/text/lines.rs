//! Stage 1 of the reader: lines. Each source line (a pasted line, a paragraph or a
//! table row) becomes one cleaned [`Line`]; the shapes of a line (bullets,
//! numbering, Roman numerals, rules) are read by the functions below.
//!
//! ```text
//! line     = cells                      ; TAB, " | " or Markdown pipes between cells
//! cell     = [md-heading] [bold] text [bold] / italics
//! md-heading = 1*"#" ; dropped
//! bold     = "**" / "__"                ; dropped, remembered (titles are bold)
//! italics  = "*" text "*" / "_" text "_"  ; around a whole cell: dropped
//! text     = NFC, trimmed, white space runs as one space
//! ```
//! A line with several cells keeps them ([`Line::cells`]); its [`Line::text`] is the
//! non-empty cells joined by one space, for readers that want a sentence.
//!
//! A header's cells pasted with no separator at all are found by the fixed phrases
//! they hold ([`phrase_cells`]):
//! ```text
//! glued-header = 1*(heading / number / place-date type-name / text)
//! heading    = national title / motto / Party / Đoàn … ; marks, case, spaces, dashes aside
//! number     = "Số" …                   ; in the middle of the line
//! type-name  = a type of NĐ 30, in capitals, after "năm" YYYY
//! ```

use super::source::{bullet_depth, Origin, SourceLine};
use crate::roman::{value as roman_value, LONGEST_FIRST as ROMAN};

/// One non-empty source line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    /// 1-based line number in the source (see [`SourceLine::line_number`]).
    pub no: u32,
    /// 1-based column of the first character kept.
    pub column: u32,
    /// NFC, trimmed, single-spaced, without Markdown bold or heading marks; the
    /// non-empty cells joined by a space.
    pub text: String,
    /// The cleaned cells of a table row (empty cells kept, as `""`); none for a line
    /// of one cell, which is its text (not copied a second time): read them with
    /// [`Line::cell_list`].
    pub cells: Vec<String>,
    /// Whether the source line opened Markdown bold (`**`).
    pub bold_open: bool,
    /// Whether the source line closed Markdown bold.
    pub bold_close: bool,
}

impl Line {
    /// Whether the line is a table row (two or more cells, at least two non-empty,
    /// or one non-empty cell that is not the first).
    pub fn is_row(&self) -> bool {
        self.cells.len() > 1
    }

    /// The cells: those of a row, or the text alone.
    pub fn cell_list(&self) -> &[String] {
        if self.cells.is_empty() {
            std::slice::from_ref(&self.text)
        } else {
            &self.cells
        }
    }

    /// The paragraphs of the cells, in turn.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.cell_list().iter().flat_map(|c| split_byte(c, b'\n'))
    }

    /// The non-empty cells with their column (0-based), each cell's paragraphs apart.
    pub fn columns(&self) -> impl Iterator<Item = (usize, &str)> {
        self.cell_list().iter().enumerate().flat_map(|(i, c)| {
            split_byte(c, b'\n')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(move |p| (i, p))
        })
    }
}

/// Cleans one cell: NFC, Markdown heading and bold marks dropped, white space folded.
/// Returns the text and whether bold opened and closed. A cell's paragraphs stay
/// apart (`'\n'`).
fn clean(cell: &str) -> (String, bool, bool) {
    // Text NFC already (almost all) is read where it is, not copied.
    let normalised = if crate::unicode::is_nfc_quick(cell) {
        std::borrow::Cow::Borrowed(cell)
    } else {
        std::borrow::Cow::Owned(crate::unicode::nfc(cell))
    };
    let mut bold_open = false;
    let mut bold_close = false;
    let mut out = String::with_capacity(normalised.len());
    // Where the last non-empty paragraph ends: empty paragraphs at the end are dropped.
    let mut kept = 0;
    for (i, part) in normalised.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut t = part.trim().trim_start_matches('#').trim_start();
        // Bold marks around words; "***" rules and "***&***" ornaments stay.
        for mark in ["**", "__"] {
            if let Some(rest) = t.strip_prefix(mark).filter(|r| !r.starts_with(['*', '_'])) {
                t = rest;
                bold_open = true;
            }
            if let Some(rest) = t.strip_suffix(mark).filter(|r| !r.ends_with(['*', '_'])) {
                t = rest;
                bold_close = true;
            }
        }
        // A whole cell in italics ("*Lê Thị Hồng*", "_Nơi nhận:_"): the marks dropped; "*
        // Đại biểu" is a bullet, "*" alone an ornament.
        for mark in ['*', '_'] {
            if let Some(inner) = t.strip_prefix(mark).and_then(|r| r.strip_suffix(mark)) {
                if !inner.is_empty()
                    && !inner.starts_with([mark, ' '])
                    && !inner.ends_with([mark, ' '])
                    && !inner.contains(mark)
                {
                    t = inner;
                }
            }
        }
        let unbolded;
        let t = if t.contains("**") && !t.contains("***") {
            unbolded = t.replace("**", "");
            unbolded.as_str()
        } else {
            t
        };
        for (w, word) in t.split_whitespace().enumerate() {
            if w > 0 {
                out.push(' ');
            }
            out.push_str(word);
        }
        if !out.ends_with('\n') && !out.is_empty() {
            kept = out.len();
        }
    }
    out.truncate(kept);
    (out, bold_open, bold_close)
}

/// Cleans source lines into [`Line`]s, dropping those with nothing left.
pub(crate) fn from_source(source: &[SourceLine]) -> Vec<Line> {
    let mut out = Vec::with_capacity(source.len());
    for s in source {
        push_source(s, &mut out);
    }
    out
}

/// Splits text into cleaned lines as [`from_source`] reads [`super::source::from_text`]'s,
/// without the source lines in between: a line that cleaning leaves as it is (most of
/// a plan, see [`plain`]) is copied once. Returns the lines and the number of source
/// lines; past `limit` of those, the rest are only counted.
pub(crate) fn from_text(text: &str, limit: usize) -> (Vec<Line>, usize) {
    let mut out = Vec::with_capacity(text.bytes().filter(|b| *b == b'\n').count() + 1);
    let mut count = 0;
    super::source::parts(text, |i, quote, part| {
        count += 1;
        if count > limit {
            return;
        }
        if plain(part) {
            out.push(Line {
                no: super::source::line_number(i),
                column: u32::try_from(quote + 1).unwrap_or(u32::MAX),
                text: part.to_owned(),
                cells: Vec::new(),
                bold_open: false,
                bold_close: false,
            });
        } else {
            push_source(&super::source::line(i, quote, part), &mut out);
        }
    });
    (out, count)
}

/// Whether splitting and cleaning leave a part of text as it is, one cell of itself:
/// NFC for certain, no white space but single spaces between words, no TAB, `|`,
/// `*` (bold, cells), no `#` or `_` at the start or `_` at the end (heading and bold
/// marks). One pass over the bytes, most of them ASCII.
fn plain(part: &str) -> bool {
    let bytes = part.as_bytes();
    if matches!(bytes.first(), None | Some(b' ' | b'#' | b'_'))
        || matches!(bytes.last(), Some(b' ' | b'_'))
    {
        return false;
    }
    let mut space = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if b < 0x20 || b == b'*' || b == b'|' || b == 0x7F || b == b' ' && space {
                return false;
            }
            space = b == b' ';
            i += 1;
            continue;
        }
        space = false;
        // The letters of Vietnamese by their bytes: U+0080..U+02FF but two spaces, and
        // U+1E00..U+1EFF, all inert and none white space; the rest decoded.
        i += match *bytes.get(i..).unwrap_or_default() {
            [0xC3..=0xCB, ..] => 2,
            [0xC2, c, ..] if c != 0x85 && c != 0xA0 => 2,
            [0xE1, 0xB8..=0xBB, ..] => 3,
            _ => match crate::unicode::char_at(part, i) {
                Some((c, len)) if crate::unicode::is_inert(c) && !inert_space(c) => len,
                _ => return false,
            },
        };
    }
    true
}

/// Whether an inert character (see [`crate::unicode::is_inert`]) outside ASCII is
/// white space, as `char::is_whitespace` says.
fn inert_space(c: char) -> bool {
    matches!(
        c,
        '\u{85}' | '\u{a0}' | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}'
    )
}

/// Cleans one source line into `out`, unless nothing is left of it.
fn push_source(s: &SourceLine, out: &mut Vec<Line>) {
    let mut bold_open = false;
    let mut bold_close = false;
    let mut cells: Vec<String> = s
        .cells
        .iter()
        .map(|c| {
            let (text, open, close) = clean(c);
            bold_open |= open;
            bold_close |= close;
            text
        })
        .collect();
    if let (Some(marker), Some(first)) = (&s.marker, cells.iter_mut().find(|c| !c.is_empty())) {
        let marker = marker.trim();
        if !marker.is_empty() {
            *first = format!("{marker} {first}");
        }
    }
    // Trailing empty cells say nothing about columns.
    while cells.len() > 1 && cells.last().is_some_and(String::is_empty) {
        cells.pop();
    }
    let (no, column) = match s.origin {
        Origin::Line { line, column } => (line, column),
        _ => (s.line_number(), 1),
    };
    // One cell of several paragraphs (a table row whose other cells are empty):
    // its paragraphs are lines, as they would be outside the table.
    if let [cell] = cells.as_slice() {
        if cell.contains('\n') {
            let paragraphs: Vec<&str> = cell.split('\n').filter(|p| !p.is_empty()).collect();
            let last = paragraphs.len().saturating_sub(1);
            for (i, paragraph) in paragraphs.into_iter().enumerate() {
                out.push(Line {
                    no,
                    column,
                    text: paragraph.to_owned(),
                    cells: Vec::new(),
                    bold_open: bold_open && i == 0,
                    bold_close: bold_close && i == last,
                });
            }
            return;
        }
    }
    // A line of one cell keeps it as its text only.
    let text = match cells.as_mut_slice() {
        [one] => {
            let one = std::mem::take(one);
            cells.clear();
            one
        }
        _ => cells
            .iter()
            .flat_map(|c| c.split('\n'))
            .filter(|c| !c.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
    };
    if text.is_empty()
        || text
            .chars()
            .all(|c| c == '|' || c == ':' || c == '-' || c == ' ')
            && s.cells.len() > 1
    {
        return;
    }
    out.push(Line {
        no,
        column,
        text,
        cells,
        bold_open,
        bold_close,
    });
}

/// Splits text into non-empty cleaned lines (CRLF, CR and LF alike; BOM dropped).
#[cfg(test)]
pub(crate) fn split(text: &str) -> Vec<Line> {
    from_source(&super::source::from_text(text))
}

/// The last word of `text`, after its last space (all of it without one), as
/// `text.rsplit(' ').next()` gives it, found by its bytes.
pub(crate) fn last_word(text: &str) -> Option<&str> {
    let at = text
        .as_bytes()
        .iter()
        .rposition(|b| *b == b' ')
        .map_or(0, |i| i + 1);
    text.get(at..)
}

/// `text` parted at the first `byte` (ASCII), as `text.split_once(byte as char)`
/// parts it, found by a loop over the bytes (no searcher to set up for a short line).
pub(crate) fn split_once_byte(text: &str, byte: u8) -> Option<(&str, &str)> {
    let at = text.as_bytes().iter().position(|b| *b == byte)?;
    Some((text.get(..at)?, text.get(at + 1..)?))
}

/// `text` split at each `byte` (ASCII), as `text.split(byte as char)` splits it, by
/// a loop over the bytes.
pub(crate) fn split_byte(text: &str, byte: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let t = rest?;
        match split_once_byte(t, byte) {
            Some((head, tail)) => {
                rest = Some(tail);
                Some(head)
            }
            None => {
                rest = None;
                Some(t)
            }
        }
    })
}

/// A bullet and its depth (see [`bullet_depth`]), and the text after it.
pub(crate) fn bullet(text: &str) -> Option<(u8, &str)> {
    let mut chars = text.chars();
    let c = chars.next()?;
    let depth = bullet_depth(c)?;
    let rest = chars.as_str();
    // "-5%" or "--" are not bullets; "-Mời" (no space) is; a letter ("o", "Ø", "ü") is
    // a bullet only before a space ("o   Phó Chủ tịch", as Word pastes its levels).
    let next = rest.chars().next()?;
    let letter = c.is_alphabetic();
    if next.is_whitespace() || (next.is_alphabetic() && c != '*' && !letter) {
        // A Markdown task list's box after the bullet ("- [ ] Văn phòng: …", "- [x] …")
        // is part of the marker.
        let rest = rest.trim_start();
        let boxed = ["[ ] ", "[x] ", "[X] "]
            .iter()
            .find_map(|b| rest.strip_prefix(b));
        Some((depth, boxed.map_or(rest, str::trim_start)))
    } else {
        None
    }
}

/// Section numbering: "2." → [2], "2.1" / "2.1." → [2, 1], "1/" → [1], "3.3.Bầu"
/// (the dot glued to a capital) → [3, 3]; letters "a)" → [0].
/// Returns the numbers and the text after them.
pub(crate) fn numbered(text: &str) -> Option<(Vec<u32>, &str)> {
    let mut numbers = Vec::new();
    let mut rest = text;
    loop {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() || digits.len() > 2 {
            break;
        }
        numbers.push(digits.parse().ok()?);
        rest = rest.get(digits.len()..)?;
        match rest.strip_prefix('.') {
            Some(r) => rest = r,
            None => break,
        }
    }
    // "1/ Thời gian": a slash and a space after a single number ("1/2 ngày" is a
    // fraction).
    if let (1, Some(r)) = (numbers.len(), rest.strip_prefix("/ ")) {
        return Some((numbers, r.trim_start()));
    }
    // "1- Tổng kết", "2 - Thời gian", "3– Địa điểm" (as "I-" is to "I."): a dash after
    // a single number, then a capital ("2 - 3 đồng chí" is a range, "45-KH/ĐU" a code).
    if numbers.len() == 1 {
        let r = rest.strip_prefix(' ').unwrap_or(rest);
        if let Some(r) = r.strip_prefix('-').or_else(|| r.strip_prefix('–')) {
            let r = r.trim_start();
            let first_word = r.split(' ').next().unwrap_or("");
            if r.starts_with(char::is_uppercase) && !first_word.contains('/') {
                return Some((numbers, r));
            }
        }
    }
    // "3.3.Bầu", "2.Thời gian": the dot glued to the first word, when that word opens
    // with a capital ("1.000đ" and "25.8.2015" are numbers).
    if text.len() > rest.len()
        && text.as_bytes().get(text.len() - rest.len() - 1) == Some(&b'.')
        && rest.starts_with(char::is_uppercase)
    {
        return Some((numbers, rest));
    }
    if numbers.is_empty() {
        // "a)" or "a." lettered items; "a- Đánh giá", "b – Các chi bộ" as "1-" is to
        // "1.": the dash then a capital.
        let mut chars = text.chars();
        let letter = chars.next()?;
        if !letter.is_ascii_lowercase() {
            return None;
        }
        let after = chars.as_str();
        if let Some(r) = after
            .strip_prefix([')', '.'])
            .filter(|r| r.starts_with(' '))
        {
            return Some((vec![0], r.trim_start()));
        }
        let dashed = after.strip_prefix(' ').unwrap_or(after);
        return dashed
            .strip_prefix(['-', '–'])
            .filter(|r| r.starts_with(' '))
            .map(str::trim_start)
            .filter(|r| r.starts_with(char::is_uppercase))
            .map(|r| (vec![0], r));
    }
    // "2.1 Cấp" or "1. Chủ trì" or "1) x": need a space after; "2.1" then text.
    let rest = rest.strip_prefix(')').unwrap_or(rest);
    if !rest.starts_with(' ') {
        return None;
    }
    // A single number must have had its dot ("1. x"), else "50 đại biểu" is numbered.
    if numbers.len() == 1
        && !text
            .get(..text.len() - rest.len())
            .is_some_and(|p| p.ends_with('.') || p.ends_with(')'))
    {
        return None;
    }
    Some((numbers, rest.trim_start()))
}

/// "II. NỘI DUNG", "II- Nội dung", "II – NỘI DUNG", "II.NỘI DUNG" → (2, the text).
/// The text may be in any case; whether the line is a heading is the outline's call.
pub(crate) fn roman_heading(text: &str) -> Option<(u32, &str)> {
    // "V/v …" ("về việc"): a subject, not section V.
    if text.starts_with("V/v ") || text.starts_with("V/V ") {
        return None;
    }
    for numeral in ROMAN {
        if let Some(rest) = text.strip_prefix(numeral) {
            let rest = rest.trim_start();
            let rest = rest.strip_prefix(['.', '-', '/', ')', '–', ':'])?;
            let title = rest.trim_start_matches(['.', ' ']);
            if title.is_empty()
                || !title.starts_with(char::is_alphabetic) && !title.starts_with(['"', '“', '('])
            {
                return None;
            }
            return Some((roman_value(numeral), title));
        }
    }
    None
}

/// "Điều 3. Nội dung", "ĐIỀU 5: Thời gian …" → (3, the text after): an article, as a
/// regulation numbers its parts (a trade union's plan may be written so). The
/// number must be followed by "." or ":" ("Điều 3 người" is no article).
pub(crate) fn article_heading(text: &str) -> Option<(u32, &str)> {
    let rest = ["Điều ", "ĐIỀU "]
        .iter()
        .find_map(|p| text.strip_prefix(p))?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let n = rest.get(..digits)?.parse().ok()?;
    let after = rest.get(digits..)?.trim_start();
    let title = after.strip_prefix(['.', ':'])?.trim_start();
    (!title.is_empty()).then_some((n, title))
}

/// "PHẦN I. …", "Phần II: …", "PHẦN 1 - …", "PHẦN THỨ NHẤT", "Chương II. …" → (n,
/// the text after);
/// a lettered part in capitals, "A- VỀ NỘI DUNG HOẠT ĐỘNG:", "B. TỔ CHỨC THỰC HIỆN"
/// → (its letter's rank, the text after).
pub(crate) fn part_heading(text: &str) -> Option<(u32, &str)> {
    if let Some(part) = letter_part(text) {
        return Some(part);
    }
    let rest = ["PHẦN ", "Phần ", "CHƯƠNG ", "Chương "]
        .iter()
        .find_map(|p| text.strip_prefix(p))?;
    let (n, after) = if let Some((n, after)) = ROMAN.iter().find_map(|r| {
        rest.strip_prefix(r)
            .filter(|a| a.is_empty() || a.starts_with(['.', ':', ' ', '-', '–']))
            .map(|a| (roman_value(r), a))
    }) {
        (n, after)
    } else {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let n = digits.parse().ok()?;
        (n, rest.get(digits.len()..)?)
    };
    Some((n, after.trim_start_matches(['.', ':', ' ', '-', '–'])))
}

/// A part lettered A to H ("A-", "B.", "C/", "D)"), then its name in capitals: the
/// letters above Roman sections in Party and association plans. A letter in ordinary
/// case ("a) Cấp tỉnh") is an item, and so is a capital letter before ordinary text.
fn letter_part(text: &str) -> Option<(u32, &str)> {
    let mut chars = text.chars();
    let letter = chars.next().filter(|c| ('A'..='H').contains(c))?;
    let rest = chars.as_str().trim_start();
    let rest = rest.strip_prefix(['.', '-', '/', ')', '–', ':'])?;
    let title = rest.trim_start();
    if title.len() == rest.len() || title.is_empty() || !crate::names::is_upper(title) {
        return None;
    }
    let rank = u32::from(letter) - u32::from('A') + 1;
    Some((rank, title))
}

/// The fixed headings of a header (normalised): the Đoàn's, the Party's, the national
/// title and motto, the mass organisations'.
pub(crate) const HEADINGS: &[&str] = &[
    "đoàn tncs hồ chí minh",
    "đoàn thanh niên cộng sản hồ chí minh",
    "đảng cộng sản việt nam",
    "cộng hòa xã hội chủ nghĩa việt nam",
    "cộng hoà xã hội chủ nghĩa việt nam",
    "độc lập - tự do - hạnh phúc",
    "độc lập – tự do – hạnh phúc",
    "hội liên hiệp thanh niên việt nam",
    "hội sinh viên việt nam",
    "công đoàn việt nam",
    "đội tntp hồ chí minh",
    "đội thiếu niên tiền phong hồ chí minh",
];

/// A letter or digit as a fixed phrase is compared: without its marks, in lower case,
/// "đ" as "d" ("Ĩ", "Ã", "I" alike).
fn bare(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut base = None;
    crate::unicode::decompose_canonical(c, &mut |d| {
        base.get_or_insert(d);
    });
    match base.unwrap_or(c) {
        'đ' | 'Đ' => 'd',
        b => crate::case::lower_single(b).unwrap_or(b),
    }
}

/// Where one of the [`HEADINGS`] stands in `text`, however it is spelt: marks, case,
/// spaces and dashes aside ("CỘNG HOÀ XÃ HỘI CHỦ NGHIÃ VIỆT NAM", "Độc lập - Tự do-
/// Hạnh phúc"). The byte range of the first found (the longest there); with
/// `capitals`, only a heading in capitals or the motto counts ("thành lập Đảng Cộng
/// sản Việt Nam" in a sentence is no heading).
fn heading_at(text: &str, capitals: bool) -> Option<(usize, usize)> {
    text.char_indices()
        .filter(|(_, c)| c.is_alphanumeric())
        .find_map(|(start, c)| {
            let rest = text.get(start..)?;
            let first = bare(c);
            let end = HEADINGS
                .iter()
                .filter(|heading| heading.chars().next().map(bare) == Some(first))
                .filter_map(|heading| {
                    let len = bare_prefix_len(rest, heading)?;
                    let written = rest.get(..len)?;
                    let counts = !capitals
                        || heading.starts_with("độc lập")
                        || crate::names::is_upper(written);
                    counts.then_some(len)
                })
                .max()?;
            Some((start, start + end))
        })
}

/// The length in bytes of the start of `text` that reads `phrase`, letter by letter
/// as [`bare`] compares them, anything but letters and digits skipped.
fn bare_prefix_len(text: &str, phrase: &str) -> Option<usize> {
    let mut letters = text.char_indices().filter(|(_, c)| c.is_alphanumeric());
    let mut end = 0;
    for p in phrase.chars().filter(|c| c.is_alphanumeric()) {
        let (i, c) = letters.next()?;
        if bare(c) != bare(p) {
            return None;
        }
        end = i + c.len_utf8();
    }
    Some(end)
}

/// Whether `text` is one of the [`HEADINGS`] and nothing else, however it is spelt.
pub(crate) fn is_heading(text: &str) -> bool {
    let t = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    HEADINGS.iter().any(|h| {
        bare_prefix_len(t, h)
            .and_then(|len| t.get(len..))
            .is_some_and(|rest| !rest.chars().any(char::is_alphanumeric))
    })
}

/// Whether a normalised fragment is a "Số…" line ("Số: 05-KH", "Số 27 –KH/ĐT",
/// "Số:    – KH/LĐ").
pub(crate) fn is_number_line(n: &str) -> bool {
    n.strip_prefix("số").is_some_and(|r| {
        let r = r.trim_start();
        r.starts_with(':')
            || r.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '–' || c == '/')
    })
}

/// Splits a header fragment where pasting glued cells together: after a cell in
/// capitals glued to the text before it, at "***" rules, and at the fixed phrases of
/// [`phrase_cells`].
pub(crate) fn glued_cells(fragment: &str) -> Vec<String> {
    // An ornamented rule ("*****&*****") is one, not cells apart at its "***".
    if is_rule(fragment) {
        return vec![fragment.to_owned()];
    }
    // A cell in capitals glued to the text before it, after a small letter or ")"
    // ("… (10:01 23/01/2021)HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI").
    let mut prev = ' ';
    let glued = fragment.char_indices().find_map(|(i, c)| {
        let after = std::mem::replace(&mut prev, c);
        let rest = fragment.get(i..)?;
        (c.is_uppercase() && (after.is_lowercase() || after == ')'))
            .then_some(i)
            .filter(|_| rest.contains(' ') && crate::names::is_upper(rest))
    });
    let parts = match glued {
        Some(i) => vec![
            fragment.get(..i).unwrap_or(""),
            fragment.get(i..).unwrap_or(""),
        ],
        None => vec![fragment],
    };
    parts
        .into_iter()
        .flat_map(|p| p.split("***"))
        .flat_map(phrase_cells)
        .collect()
}

/// The cells of a header line whose cells pasting ran together, with or without a
/// space ("CỘNG HOÀ XÃ HỘI CHỦ NGHIÃ VIỆT NAMCĐ TRƯỜNG CĐCN VIỆT ĐỨC Độc lập - Tự do-
/// Hạnh phúc Số: /KH-CĐ-CĐCNVĐ"), parted at the fixed phrases it holds: a heading
/// (see [`heading_at`]), before a "Số:" in the middle, and before a type's name in
/// capitals after the year of a place and date ("Thái Nguyên, ngày 03 tháng 7 năm
/// 2017 KẾ HOẠCH"). Every character but the spaces at the cuts is kept, in order;
/// one cell when none is found.
pub(crate) fn phrase_cells(text: &str) -> Vec<String> {
    // A header line is short, and holds a few headings at most (the national title
    // and motto, or the Party's or the Đoàn's): longer text is no header line, and
    // is read in one pass.
    if text.len() > 1000 {
        return vec![text.to_owned()];
    }
    let mut out = Vec::new();
    let mut rest = text;
    while let Some((s, e)) = heading_at(rest, true).filter(|_| out.len() < 8) {
        out.extend([rest.get(..s), rest.get(s..e)].into_iter().flatten());
        rest = rest.get(e..).unwrap_or("");
    }
    out.push(rest);
    out.into_iter()
        .flat_map(|p| {
            let at = [" Số:", " Số ", " SỐ:"]
                .iter()
                .filter_map(|k| p.find(k))
                .min()
                .filter(|i| is_number_line(&crate::names::normalise(p.get(i + 1..).unwrap_or(""))))
                .or_else(|| type_after_date(p));
            match at {
                Some(i) if i > 0 => vec![p.get(..i).unwrap_or(""), p.get(i..).unwrap_or("")],
                _ => vec![p],
            }
        })
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Where a type's name in capitals follows the year that ends a place and date
/// ("Thái Nguyên, ngày 03 tháng 7 năm 2017 KẾ HOẠCH"): the type line, glued.
fn type_after_date(text: &str) -> Option<usize> {
    let at = text.rfind("năm ")? + "năm ".len();
    let year = text.get(at..)?;
    let digits = year.chars().take_while(char::is_ascii_digit).count();
    let after = year.get(digits..)?;
    let tail = after.trim_start();
    let typed = crate::doctype::TYPES.iter().any(|(_, name)| {
        tail.strip_prefix(name)
            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
    });
    (digits == 4
        && tail.len() < after.len()
        && typed
        && crate::names::is_upper(tail)
        && text.contains(", ngày "))
    .then(|| text.len() - tail.len())
}

/// A top heading with its first item glued to its last word ("I. Mục đích, yêu cầu
/// Đại hội công đoàn các cấp1. Quán triệt …"): where the item's "1." starts, after a
/// small letter and before ". " and a capital.
pub(crate) fn glued_first_item(text: &str) -> Option<usize> {
    // The bytes first: most lines hold no "1. " at all.
    let bytes = text.as_bytes();
    let mut from = 0;
    loop {
        let i = from + bytes.get(from..)?.iter().position(|b| *b == b'1')?;
        if bytes.get(i + 1..i + 3) == Some(&b". "[..]) {
            break;
        }
        from = i + 1;
    }
    let mut prev = ' ';
    text.char_indices().find_map(|(i, c)| {
        let before = std::mem::replace(&mut prev, c);
        let item = text.get(i + 1..)?.strip_prefix(". ")?;
        (c == '1' && before.is_lowercase() && item.starts_with(char::is_uppercase)).then_some(i)
    })
}

/// A decorative rule ("-----", "___", "***").
pub(crate) fn is_rule(text: &str) -> bool {
    let mark = |c: char| matches!(c, '-' | '_' | '*' | '=' | '–' | '—' | '~' | ' ');
    // The characters first: almost no line is made of rule marks only.
    if text.chars().all(mark) {
        return text.chars().count() >= 3;
    }
    // A rule with an ornament in its middle, as headers draw them: "*****&*****",
    // "---oOo---", "------o0o------", "~~~ ♦ ~~~". (Most lines open with a letter:
    // answered by their first character.)
    if !text.starts_with(mark) || !text.ends_with(mark) {
        return false;
    }
    let middle = text.trim_matches(mark);
    let drawn = |side: &str| side.chars().filter(|c| *c != ' ').count() >= 2;
    text.split_once(middle)
        .is_some_and(|(before, after)| drawn(before) && drawn(after))
        && matches!(
            middle,
            "&" | "o"
                | "O"
                | "0"
                | "oOo"
                | "o0o"
                | "0o0"
                | "OoO"
                | "ooOoo"
                | "♦"
                | "❖"
                | "●"
                | "•"
                | "✽"
                | "❀"
        )
}

/// A page's number alone on its line, as text copied from a PDF keeps it ("2", "- 2 -",
/// "Trang 2/3"): no part of the text around it. Not zero-padded ("01" is a table's
/// row number, pasted one cell a line).
pub(crate) fn is_page_mark(text: &str) -> bool {
    let t = text.trim();
    let t = crate::case::lower_prefix_len(t, "trang ")
        .and_then(|l| t.get(l..))
        .unwrap_or(t);
    let t = t.trim_matches(|c: char| matches!(c, '-' | '–' | ' '));
    // A page's number, or white space before it: most lines open otherwise.
    if !t.starts_with(|c: char| c.is_ascii_digit() || c.is_whitespace()) {
        return false;
    }
    let number = |s: &str| {
        !s.is_empty()
            && s.len() <= 3
            && !s.starts_with('0')
            && s.bytes().all(|b| b.is_ascii_digit())
    };
    match t.split_once('/') {
        // "2/3": a page of the pages, never past the last.
        Some((page, of)) => {
            let (page, of) = (page.trim(), of.trim());
            number(page) && number(of) && page.parse::<u16>().ok() <= of.parse::<u16>().ok()
        }
        None => number(t),
    }
}

/// A draft stamp: "DỰ THẢO", "(Dự thảo)", "Dự thảo lần 2", "DỰ THẢO 3". It marks the
/// document, and is neither its issuer nor part of its title.
pub(crate) fn is_draft_mark(text: &str) -> bool {
    let n = crate::case::lowercase(text.trim());
    let n = n.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | ':' | '.' | '*' | ' '));
    let Some(rest) = crate::unicode::nfc(n)
        .strip_prefix("dự thảo")
        .map(str::to_owned)
    else {
        return false;
    };
    let rest = rest.trim();
    let rest = rest.strip_prefix("lần").unwrap_or(rest).trim();
    rest.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_marks() {
        for t in [
            "2",
            "- 2 -",
            "– 12 –",
            "Trang 2",
            "Trang 2/3",
            "trang 2 / 3",
        ] {
            assert!(is_page_mark(t), "{t}");
        }
        // A table's row number is zero-padded; a count or a date is more than a number.
        for t in [
            "01",
            "2 đồng chí",
            "2/2026x",
            "Trang",
            "1000",
            "2.",
            "26/8/2022",
            "26/8",
        ] {
            assert!(!is_page_mark(t), "{t}");
        }
    }

    #[test]
    fn draft_marks() {
        for t in [
            "DỰ THẢO",
            "(Dự thảo)",
            "Dự thảo lần 2",
            "DỰ THẢO 3",
            "  [DỰ THẢO]  ",
        ] {
            assert!(is_draft_mark(t), "{t}");
        }
        for t in ["Dự thảo kế hoạch", "DỰ THẢO BÁO CÁO CHÍNH TRỊ", "KẾ HOẠCH"]
        {
            assert!(!is_draft_mark(t), "{t}");
        }
    }

    #[test]
    fn header_cells_run_together() {
        assert_eq!(
            phrase_cells("CỘNG HOÀ XÃ HỘI CHỦ NGHIÃ VIỆT NAMCĐ TRƯỜNG CĐCN Độc lập - Tự do- Hạnh phúc Số: /KH-CĐ"),
            ["CỘNG HOÀ XÃ HỘI CHỦ NGHIÃ VIỆT NAM", "CĐ TRƯỜNG CĐCN", "Độc lập - Tự do- Hạnh phúc", "Số: /KH-CĐ"]
        );
        assert_eq!(
            phrase_cells("Thái Nguyên, ngày 03 tháng 7 năm 2017 KẾ HOẠCH"),
            ["Thái Nguyên, ngày 03 tháng 7 năm 2017", "KẾ HOẠCH"]
        );
        // A phrase in a sentence, a type's word in a sentence, no phrase: one cell.
        for t in [
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
            "Hà Nội, ngày 03 tháng 7 năm 2017 kế hoạch",
            "CĐ CÔNG THƯƠNG VN",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ] {
            assert_eq!(phrase_cells(t), [t], "{t}");
        }
        assert!(is_heading("Độc lập- Tự do – Hạnh phúc"));
        assert!(!is_heading("Độc lập - Tự do - Hạnh phúc Số: 1"));
        assert_eq!(
            glued_first_item("I. Mục đích các cấp1. Quán triệt"),
            Some("I. Mục đích các cấp".len())
        );
        assert_eq!(glued_first_item("Năm 20171. Tháng"), None);
        assert_eq!(glued_first_item("Điều 1. Quy định"), None);
    }

    /// `glued_first_item` as it was written, without looking at the bytes first.
    fn glued_first_item_by_chars(text: &str) -> Option<usize> {
        let mut prev = ' ';
        text.char_indices().find_map(|(i, c)| {
            let before = std::mem::replace(&mut prev, c);
            let item = text.get(i + 1..)?.strip_prefix(". ")?;
            (c == '1' && before.is_lowercase() && item.starts_with(char::is_uppercase)).then_some(i)
        })
    }

    /// `is_page_mark` as it was written, without looking at the first character first.
    fn is_page_mark_plain(text: &str) -> bool {
        let t = text.trim();
        let t = crate::case::lower_prefix_len(t, "trang ")
            .and_then(|l| t.get(l..))
            .unwrap_or(t);
        let t = t.trim_matches(|c: char| matches!(c, '-' | '–' | ' '));
        let number = |s: &str| {
            !s.is_empty()
                && s.len() <= 3
                && !s.starts_with('0')
                && s.bytes().all(|b| b.is_ascii_digit())
        };
        match t.split_once('/') {
            Some((page, of)) => {
                let (page, of) = (page.trim(), of.trim());
                number(page) && number(of) && page.parse::<u16>().ok() <= of.parse::<u16>().ok()
            }
            None => number(t),
        }
    }

    proptest::proptest! {
        /// Looking at the bytes or the first character first finds what the plain
        /// versions find.
        #[test]
        fn glued_items_and_page_marks_as_the_plain_versions_find_them(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "1", "2", "12", "0", ".", ". ", "1. ", "a", "Á", "B", "cấp", "Quán", " ",
                    "/", " / ", "-", "–", "Trang ", "trang ", "\u{a0}", "\t", "x", "ư1. Đ",
                ]),
                0..10,
            ),
        ) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(glued_first_item(&text), glued_first_item_by_chars(&text), "{:?}", text);
            proptest::prop_assert_eq!(is_page_mark(&text), is_page_mark_plain(&text), "{:?}", text);
        }
    }

    proptest::proptest! {
        /// The last word found by its bytes is the last one `rsplit` gives.
        #[test]
        fn last_words_are_those_rsplit_gives(text in "[ aĐ\u{a0}\u{2003}\t]{0,8}") {
            proptest::prop_assert_eq!(last_word(&text), text.rsplit(' ').next());
            proptest::prop_assert_eq!(split_once_byte(&text, b' '), text.split_once(' '));
            proptest::prop_assert_eq!(
                split_byte(&text, b' ').collect::<Vec<_>>(),
                text.split(' ').collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn inert_spaces_are_the_white_space_of_inert_characters() {
        for c in ('\u{80}'..='\u{2ff}')
            .chain('\u{1e00}'..='\u{1eff}')
            .chain('\u{2002}'..='\u{20cf}')
        {
            assert!(crate::unicode::is_inert(c));
            assert_eq!(inert_space(c), c.is_whitespace(), "{c:?}");
        }
    }

    proptest::proptest! {
        /// Text split with plain parts copied at once reads as text split into source
        /// lines, then cleaned.
        #[test]
        fn plain_parts_read_as_cleaned_source_lines(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Đại", "DIỆN", "ab", "AB", "12", " ", "  ", "     ", "\t", "\u{b}", "\r\n",
                    "\n", "\r", "\u{a0}", "\u{2003}", "\u{85}", "|", " | ", "*", "**", "_", "__",
                    "#", "\u{7f}", "e\u{301}", "–", "•", "-", "1.", ":", "\u{feff}", "x",
                    "ạ", "Ỹ", "ơ", "Ư", "ß", "\u{2ff}", "\u{300}", "\u{1dff}", "\u{1f00}", "\u{2002}",
                    "\u{20d0}", "\u{1680}", "Ж", "\u{3000}",
                ]),
                0..24,
            ),
        ) {
            let text: String = parts.concat();
            let (fast, count) = from_text(&text, usize::MAX);
            proptest::prop_assert_eq!(count, super::super::source::from_text(&text).len());
            proptest::prop_assert_eq!(fast, split(&text), "{:?}", text);
        }
    }

    #[test]
    fn italics_around_a_whole_cell_are_dropped() {
        let texts: Vec<String> = split("*Lê Thị Hồng*\n_Nơi nhận:_\n* Đại biểu\n*\n*a*b*\n2*3*4")
            .into_iter()
            .map(|l| l.text)
            .collect();
        assert_eq!(
            texts,
            [
                "Lê Thị Hồng",
                "Nơi nhận:",
                "* Đại biểu",
                "*",
                "*a*b*",
                "2*3*4"
            ]
        );
    }

    #[test]
    fn split_cleans_lines() {
        let lines = split("  **KẾ  HOẠCH**  \r\n\r\n# Tiêu đề\rdòng");
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["KẾ HOẠCH", "Tiêu đề", "dòng"]);
        assert_eq!(
            (
                lines[0].no,
                lines[0].column,
                lines[0].bold_open,
                lines[0].bold_close
            ),
            (1, 3, true, true)
        );
        assert_eq!(lines[1].no, 3);
    }

    #[test]
    fn shapes() {
        assert_eq!(bullet("- Mời đại diện"), Some((1, "Mời đại diện")));
        assert_eq!(bullet("+ Thực trạng"), Some((2, "Thực trạng")));
        assert_eq!(bullet("• A"), Some((1, "A")));
        assert_eq!(bullet("- [ ] Văn phòng"), Some((1, "Văn phòng")));
        assert_eq!(bullet("- [x] Văn phòng"), Some((1, "Văn phòng")));
        assert_eq!(bullet("- [Dự thảo]"), Some((1, "[Dự thảo]")));
        assert_eq!(bullet("-5%"), None);
        // Word's bullets as they paste when their font is lost; a letter only before a
        // space.
        assert_eq!(bullet("·\tĐại diện"), Some((1, "Đại diện")));
        assert_eq!(bullet("o\tBí thư"), Some((2, "Bí thư")));
        assert_eq!(bullet("§ Ủy viên"), Some((1, "Ủy viên")));
        assert_eq!(bullet("Ø Khách mời"), Some((1, "Khách mời")));
        assert_eq!(bullet("ocean"), None);
        assert_eq!(bullet("Ønsker"), None);
        assert_eq!(
            numbered("2.1 Cấp thành phố"),
            Some((vec![2, 1], "Cấp thành phố"))
        );
        assert_eq!(
            numbered("1. Chủ trì hội nghị:"),
            Some((vec![1], "Chủ trì hội nghị:"))
        );
        assert_eq!(numbered("a) Cấp tỉnh"), Some((vec![0], "Cấp tỉnh")));
        assert_eq!(numbered("50 đại biểu"), None);
        assert_eq!(
            numbered("1/ Thời gian tổ chức"),
            Some((vec![1], "Thời gian tổ chức"))
        );
        assert_eq!(numbered("1/2 ngày"), None);
        // A dash as Party plans number ("1- ", "2 - ", "3– "); not a range or a code.
        assert_eq!(numbered("1- Tổng kết"), Some((vec![1], "Tổng kết")));
        assert_eq!(numbered("2 - Thời gian:"), Some((vec![2], "Thời gian:")));
        assert_eq!(numbered("3–Địa điểm"), Some((vec![3], "Địa điểm")));
        assert_eq!(numbered("2 - 3 đồng chí"), None);
        assert_eq!(numbered("45-KH/ĐU"), None);
        assert_eq!(numbered("12-CT/TW ngày 5/1"), None);
        assert_eq!(numbered("5-7 ngày"), None);
        assert_eq!(
            numbered("3.3.Bầu đại biểu"),
            Some((vec![3, 3], "Bầu đại biểu"))
        );
        assert_eq!(numbered("2.Thời gian"), Some((vec![2], "Thời gian")));
        assert_eq!(numbered("1.000.000 đồng"), None);
        assert_eq!(numbered("25.8.2015"), None);
        assert_eq!(numbered("2.5.ha"), None);
        assert_eq!(numbered("08 giờ 00"), None);
        assert_eq!(roman_heading("II. NỘI DUNG"), Some((2, "NỘI DUNG")));
        assert_eq!(roman_heading("IV. KINH PHÍ"), Some((4, "KINH PHÍ")));
        assert_eq!(roman_heading("Việc tổ chức"), None);
        assert_eq!(roman_heading("I- Mục đích"), Some((1, "Mục đích")));
        assert_eq!(roman_heading("III – THỜI GIAN"), Some((3, "THỜI GIAN")));
        assert_eq!(roman_heading("II.Thời gian"), Some((2, "Thời gian")));
        assert_eq!(roman_heading("V/v dự Triển lãm"), None);
        assert_eq!(roman_heading("V/ Kinh phí"), Some((5, "Kinh phí")));
        assert_eq!(part_heading("PHẦN II. NỘI DUNG"), Some((2, "NỘI DUNG")));
        assert_eq!(
            part_heading("Chương I: QUY ĐỊNH CHUNG"),
            Some((1, "QUY ĐỊNH CHUNG"))
        );
        assert_eq!(article_heading("Điều 3. Nội dung"), Some((3, "Nội dung")));
        assert_eq!(
            article_heading("ĐIỀU 12: THỜI GIAN"),
            Some((12, "THỜI GIAN"))
        );
        assert_eq!(article_heading("Điều 3 người"), None);
        assert_eq!(article_heading("Điều chỉnh lịch"), None);
        assert_eq!(
            part_heading("A-  VỀ NỘI DUNG HOẠT ĐỘNG:"),
            Some((1, "VỀ NỘI DUNG HOẠT ĐỘNG:"))
        );
        assert_eq!(
            part_heading("B. TỔ CHỨC THỰC HIỆN"),
            Some((2, "TỔ CHỨC THỰC HIỆN"))
        );
        assert_eq!(part_heading("A. Mục đích"), None);
        assert_eq!(part_heading("a) CẤP TỈNH"), None);
        assert_eq!(part_heading("B.TỔ CHỨC"), None);
        assert!(is_rule("-----"));
        assert!(!is_rule("- a"));
        // Ornamented, as headers draw them under the issuer and the motto.
        for rule in ["*****&*****", "---oOo---", "------o0o------", "~~~ ♦ ~~~"] {
            assert!(is_rule(rule), "{rule}");
        }
        for not in ["- o -", "-o", "--- Hết ---", "-- 2 --", "oOo"] {
            assert!(!is_rule(not), "{not}");
        }
    }
}
