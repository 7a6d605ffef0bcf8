//! Stage 2 of the reader: the outline. Decides, knowing nothing of what sections
//! mean, where the header, the type line, the title, the preamble, the body and the
//! end matter are, and which body lines are top-level headings.
//!
//! ```text
//! document   = [header] [type-line | web-title] [title] [preamble] body [end]
//!            / [page-title lead] header …   ; no type line: the header below a page's lead
//! header     = *(header-line)          ; capitals, "Số…", "…, ngày …", mottos, rules,
//!                                      ; rows, a công văn's subject "V/v …"; a line of
//!                                      ; cells run together, parted first at its fixed
//!                                      ; phrases ("…VIỆT NAMCĐ TRƯỜNG…", "…năm 2017
//!                                      ; KẾ HOẠCH": the type line), see [`unglue`]
//! type-line  = type-name [title words] ; capitals, any document type of NĐ 30
//!                                      ; ("KẾ HOẠCH", "HƯỚNG DẪN TỔ CHỨC …")
//! web-title  = "Kế hoạch" ("số" number | "về việc" | "tổ chức") …  ; how web pages title a plan
//!            / "Tổ chức" ("hội nghị" | "đại hội" | "hội thảo" | "lễ" | "họp") …
//!                                      ; first line, no full stop: a post's title
//! title      = 1*4(line)               ; ends at a rule, a preamble word, a heading
//! preamble   = *(line)                 ; "Căn cứ…", "Thực hiện…"
//! body       = 1*(top-heading *(line))
//! top-heading = roman-marker text      ; "I.", "I-", "I –", any case; an item "1. X"
//!                                      ; glued to its last word is a line of its own
//!            / ("PHẦN" | "CHƯƠNG") numeral text
//!            / "Điều" number ("." | ":") heading   ; an article, short or keyed
//!                                      ; ("Điều 5. Thời gian: …"), beside the parts
//!            / [number "."] heading-words   ; without Roman numerals: "1. MỤC ĐÍCH",
//!                                           ; "MỤC ĐÍCH, YÊU CẦU", "2. Nội dung"
//! end        = ("Trên đây…" | "Nơi nhận" | authority | "Trân trọng!") *(line)
//!                                      ; after the last heading
//!            / signer-title name       ; closing the text with no such line ("Bí thư
//!                                      ; Chi bộ" / "Nguyễn Văn Nam"), any case
//!            / SIGNER                  ; the signing body alone, in capitals, last
//! fields     = 2*(field-line)          ; without any top heading: "Thời gian: …",
//!                                      ; "Địa điểm: …", "Thành phần:" (two kinds or more)
//! ```
//! A plan needs a type line, a web title, at least one top heading recognised by its
//! words, or (without headings) the labelled fields of a meeting; anything else is not
//! a plan. Fields without headings make a body read as content: it starts at the first
//! field line, or at a numbered line just above it ("1. Ngày 25/8/2015:").

use super::lines::{
    article_heading, bullet, glued_first_item, is_rule, numbered, part_heading, phrase_cells,
    roman_heading, Line,
};
use crate::names::{is_upper, normalise};

/// Words that make a line a section heading, each with the kind of section it opens;
/// listed once, for the outline (which lines are headings) and the section readers
/// (what they mean). Normalised; the first match in the heading decides the kind.
pub(crate) const HEADING_WORDS: &[(&str, Kind)] = &[
    ("phân công", Kind::Assignments),
    ("tổ chức thực hiện", Kind::Assignments),
    ("trách nhiệm", Kind::Assignments),
    ("kinh phí", Kind::Budget),
    ("mục đích", Kind::Purposes),
    ("yêu cầu", Kind::Purposes),
    ("mục tiêu", Kind::Purposes),
    ("thành phần", Kind::Participants),
    ("đại biểu", Kind::Participants),
    ("đối tượng", Kind::Participants),
    ("số lượng", Kind::Participants),
    ("chủ trì", Kind::Chairs),
    ("chủ tọa", Kind::Chairs),
    ("chủ toạ", Kind::Chairs),
    ("thời gian", Kind::Schedule),
    ("địa điểm", Kind::Schedule),
    ("hình thức", Kind::Schedule),
    ("phương thức", Kind::Schedule),
    ("chương trình", Kind::Programme),
    ("nội dung", Kind::Content),
    ("ban tổ chức", Kind::Other),
    ("nguyên tắc", Kind::Other),
    ("công tác chuẩn bị", Kind::Other),
    ("tiến độ", Kind::Other),
    ("cơ cấu", Kind::Other),
    ("tiêu chuẩn", Kind::Other),
    ("khen thưởng", Kind::Other),
];

/// What a section is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Purposes,
    Content,
    Chairs,
    Participants,
    Schedule,
    Programme,
    Assignments,
    Budget,
    Other,
}

/// The kind of a heading by its words (`None` when it has none of them). "Nội dung"
/// says least: a heading that names the programme beside it ("NỘI DUNG, CHƯƠNG
/// TRÌNH HỘI NGHỊ", "Nội dung chương trình") lists the programme.
pub(crate) fn heading_kind(text: &str) -> Option<Kind> {
    let n = normalise(text.trim_end_matches([':', '.', ';']));
    let kind = HEADING_WORDS
        .iter()
        .find(|(w, _)| n.starts_with(w))
        .or_else(|| HEADING_WORDS.iter().find(|(w, _)| n.contains(w)))
        .map(|(_, k)| *k);
    match kind {
        Some(Kind::Content) if n.contains("chương trình") => Some(Kind::Programme),
        kind => kind,
    }
}

/// Whether a line opens with heading words ("Thời gian, địa điểm", "NỘI DUNG").
fn starts_with_heading_words(text: &str) -> bool {
    let n = normalise(text);
    HEADING_WORDS.iter().any(|(w, _)| n.starts_with(w))
}

/// Whether text reads as a heading rather than a sentence: short, and not a list item
/// ending in ";" or ",".
pub(crate) fn heading_shaped(text: &str) -> bool {
    text.split(' ').count() <= 14 && !text.ends_with([';', ','])
}

/// Where each part of the document is; indexes into the lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Outline {
    /// Lines before the type line (or before the body when there is none).
    pub header: std::ops::Range<usize>,
    /// The document type line ("KẾ HOẠCH", "KẾ HOẠCH TỔ CHỨC ĐẠI HỘI …").
    pub type_line: Option<usize>,
    /// Header lines written after a type line that opens the document ("KẾ HOẠCH
    /// ĐẠI HỘI LIÊN ĐỘI 2019 - 2020" above the issuer, number and date).
    pub header_after: std::ops::Range<usize>,
    /// A web title standing for the type line and title.
    pub web_title: Option<usize>,
    /// Title lines and the preamble: between the type line and the first heading.
    pub front: std::ops::Range<usize>,
    /// From the first top heading to the end matter.
    pub body: std::ops::Range<usize>,
    /// Closing, signature and recipients.
    pub end: std::ops::Range<usize>,
    /// Top-level headings, with the text after their marker.
    pub top: Vec<usize>,
    /// Whether the body has no top heading and was found by its labelled fields.
    pub fields: bool,
}

/// A document type line, and the title words written on it ("KẾ HOẠCH TỔ CHỨC …"):
/// any type of NĐ 30 in capitals, alone or followed by its title.
pub(crate) fn type_line(text: &str) -> Option<(&'static str, &str)> {
    if !is_upper(text) || text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if let Some(code) = crate::doctype::code_of(text) {
        return Some((code, ""));
    }
    // A type's name, then the title's words on the same line ("KẾ HOẠCH TỔ CHỨC …",
    // "HƯỚNG DẪN TỔ CHỨC HỘI NGHỊ CBVC …", "THÔNG BÁO MỜI HỌP").
    crate::doctype::TYPES.iter().find_map(|(code, name)| {
        let rest = text.strip_prefix(name)?.strip_prefix(' ')?.trim();
        (!rest.is_empty()).then_some((*code, rest))
    })
}

/// Where the words after the type begin in a web title, and the type it names: after
/// an optional note in parentheses ("(THAY GIẤY MỜI) "), a type's name in any case
/// ("Kế hoạch ", "Giấy mời dự …") or the abbreviation "KH " (portals shorten titles:
/// "KH tổ chức HN …"); a title alone ("Tổ chức Hội nghị …") is a kế hoạch's. A byte
/// offset into `text`.
fn web_title_parts(text: &str) -> Option<(usize, &'static str)> {
    let mut at = 0;
    if text.starts_with('(') {
        at = text.find(')')? + 1;
        let rest = text.get(at..)?;
        at += rest.len() - rest.trim_start().len();
    }
    let rest = text.get(at..)?;
    let typed = crate::doctype::TYPES.iter().find_map(|(_, name)| {
        let len = crate::case::prefix_len_ignoring_case(rest, name)?;
        rest.get(len..)?.starts_with(' ').then_some((len, *name))
    });
    if at == 0 && untyped_title(rest) {
        Some((0, "KẾ HOẠCH"))
    } else if let Some((len, name)) = typed {
        Some((at + len + 1, name))
    } else if rest.starts_with("KH ") {
        Some((at + "KH ".len(), "KẾ HOẠCH"))
    } else {
        None
    }
}

/// Where the words after the type begin in a web title (see [`web_title_parts`]).
pub(crate) fn web_title_start(text: &str) -> Option<usize> {
    web_title_parts(text).map(|(at, _)| at)
}

/// The type a web title names ("Giấy mời dự …" → "GIẤY MỜI"), as NĐ 30 writes it; a
/// kế hoạch when it names none.
pub(crate) fn web_title_name(text: &str) -> &'static str {
    web_title_parts(text).map_or("KẾ HOẠCH", |(_, name)| name)
}

/// A web title without the type's name: "Tổ chức Hội nghị Giám đốc Sở KH&CN toàn quốc
/// bằng hình thức trực tuyến" (a post's title over a công văn's body). It names the
/// meeting at once, in ordinary case, and ends without a full stop.
pub(crate) fn untyped_title(text: &str) -> bool {
    let n = normalise(text);
    let meeting = ["hội nghị ", "đại hội ", "hội thảo ", "lễ ", "họp "];
    n.strip_prefix("tổ chức ")
        .is_some_and(|rest| meeting.iter().any(|m| rest.starts_with(m)))
        && !is_upper(text)
        && !text.trim_end().ends_with(['.', ';', ':', ','])
        && text.split(' ').count() <= 30
}

/// "Kế hoạch số 55-KH/BDVTW ngày 10/6/2022 về việc tổ chức Hội nghị …", "(THAY GIẤY
/// MỜI) KH tổ chức HN …".
pub(crate) fn is_web_title(text: &str) -> bool {
    let Some((at, name)) = web_title_parts(text) else {
        return false;
    };
    let rest = text.get(at..).unwrap_or("");
    // "KẾ HOẠCH Tiếp xúc cử tri …": the type in capitals and the title in sentence
    // case on one line, as portals print a post's title.
    let typed = text.starts_with("KẾ HOẠCH ") && rest.starts_with(char::is_uppercase);
    let rest = normalise(rest);
    // An invitation or a notice names its meeting at once ("Giấy mời dự Lễ …",
    // "Thông báo triệu tập …").
    let calls = ["dự ", "họp ", "triệu tập ", "mời "]
        .iter()
        .any(|w| rest.starts_with(w));
    // Other types only so, or by their own number and then the meeting they are about
    // ("Thông báo số 97-TB/BDVTW ngày … về Hội nghị toàn quốc …", "Công văn 268/HCTNXPVN
    // về việc họp trực tuyến"): "Hướng dẫn tổ chức họp phụ huynh" over a công văn is
    // the page's title, the document's own header below it.
    if name != "KẾ HOẠCH" {
        return !is_upper(text) && (calls || numbered_about_meeting(&rest) || moves_meeting(&rest));
    }
    !is_upper(text)
        && (typed
            || calls
            || rest.starts_with("số ")
            || rest.starts_with(|c: char| c.is_ascii_digit())
            || rest.contains("về việc")
            || rest.starts_with("tổ chức")
            || rest.starts_with("chỉ đạo"))
}

/// A title's words after its type that move or put off a meeting: a change, then the
/// meeting within five words ("thay đổi thời gian tổ chức Hội nghị …", "hoãn Đại hội
/// …", "điều chỉnh thời gian, địa điểm họp …"). Normalised text.
fn moves_meeting(rest: &str) -> bool {
    let Some(after) = ["thay đổi ", "điều chỉnh ", "hoãn ", "lùi "]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
    else {
        return false;
    };
    let words: Vec<&str> = after.split(' ').take(7).collect();
    (0..words.len().min(6)).any(|i| {
        let from = words.get(i..).map(|w| w.join(" ")).unwrap_or_default();
        ["hội nghị", "đại hội", "hội thảo", "họp", "lễ "]
            .iter()
            .any(|m| from.starts_with(m))
    })
}

/// A title's words after its type that give the document's number ("số 97-TB/…",
/// "268/HCTNXPVN") and then, after "về", the meeting it is about ("về Hội nghị …",
/// "về việc họp …", "về việc tổ chức Đại hội …"). Normalised text.
fn numbered_about_meeting(rest: &str) -> bool {
    let number = rest.strip_prefix("số ").unwrap_or(rest);
    let coded = number
        .split(' ')
        .next()
        .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()) && n.contains('/'));
    let meeting = ["hội nghị", "đại hội", "hội thảo", "họp ", "lễ "];
    coded
        && rest.split(" về ").skip(1).any(|about| {
            let about = about.strip_prefix("việc ").unwrap_or(about);
            let about = about.strip_prefix("tổ chức ").unwrap_or(about);
            meeting.iter().any(|m| about.starts_with(m))
        })
}

/// Whether a line belongs to a header block: capitals, a number, a place and date,
/// a motto, a rule, or a table row.
pub(crate) fn header_like(line: &Line) -> bool {
    if line.is_row() {
        return true;
    }
    let t = line.text.as_str();
    let n = normalise(t);
    is_rule(t)
        || (is_upper(t) && heading_kind(t).is_none() && roman_heading(t).is_none())
        || n.starts_with("số:")
        || n.starts_with("số ") && t.chars().any(|c| c.is_ascii_digit() || c == '/')
        || place_date_like(&n)
        || n.starts_with("độc lập")
        || n.starts_with("v/v ")
}

/// A place and date ("Hà Nội, ngày 25 tháng 8 năm 2021", after a number on the same
/// line or not): a few words before ", ngày" and the date ending the line, not a
/// sentence that mentions a date ("Để đánh giá, ngày 19/8/2015, UBND tỉnh ban hành
/// …"; "… trong 02 ngày, ngày 25-26/8."). Normalised.
pub(crate) fn place_date_like(n: &str) -> bool {
    n.find(", ngày ").is_some_and(|i| {
        let words = |s: Option<&str>| s.map_or(0, |s| s.split_whitespace().count());
        words(n.get(..i)) <= 10 && words(n.get(i + 1..)) <= 9
    })
}

/// A line only a header holds: a motto, a number, a place and date.
fn strong_header(line: &Line) -> bool {
    line.columns().any(|(_, t)| {
        let n = normalise(t);
        n.starts_with("số:")
            || n.starts_with("số ") && t.chars().any(|c| c.is_ascii_digit())
            || place_date_like(&n)
            || n.starts_with("độc lập")
            || n.starts_with("cộng hòa xã hội")
            || n.starts_with("cộng hoà xã hội")
            || n.starts_with("đoàn tncs")
            || n.starts_with("đội thiếu niên")
            || n.starts_with("đội tntp")
            || n.starts_with("đảng cộng sản")
    })
}

/// A top-level heading in a document without Roman numerals: "1. MỤC ĐÍCH",
/// "MỤC ĐÍCH, YÊU CẦU", "• NỘI DUNG CHƯƠNG TRÌNH", "2. Nội dung" (numbered in turn).
fn arabic_top(line: &Line, last: Option<u32>) -> bool {
    let t = line.text.as_str();
    let (number, rest) = match numbered(t) {
        Some((numbers, rest)) if numbers.len() == 1 && numbers != [0] => {
            (numbers.first().copied(), rest)
        }
        Some(_) => return false,
        None => match bullet(t) {
            Some((_, rest)) => (None, rest),
            None => (None, t),
        },
    };
    // A web list numbers every heading "1.": after a heading "1." in capitals,
    // another "1." in capitals is the next heading, whatever its words ("1. ĐƠN VỊ
    // LÀM ĐIỂM" after "1. MỤC ĐÍCH, YÊU CẦU").
    if number == Some(1) && last == Some(1) && is_upper(rest) && heading_shaped(rest) {
        return true;
    }
    // Without a numeral, the heading words must open the line ("MỤC ĐÍCH, YÊU CẦU",
    // not "BCH ĐOÀN QUẬN 12 … CHƯƠNG TRÌNH").
    if !starts_with_heading_words(rest) || !heading_shaped(rest) {
        return false;
    }
    let caps = is_upper(rest);
    match number {
        // "1. MỤC ĐÍCH" or "2. Nội dung" after "1. …": numbered in turn. A web list
        // numbers every heading "1.", in capitals.
        Some(n) => caps || last.map_or(n == 1, |l| n == l + 1),
        None => caps,
    }
}

/// The field a line's label names, when the line opens with one ("Thời gian: …",
/// "- Địa điểm: …", "Thành phần:"): 0 when, 1 where, 2 who, 3 chair, 4 programme.
/// A label is at most four words, the field's and the meeting's ("Chủ trì Hội thảo:",
/// "Thành phần tham dự:").
fn field_label(line: &Line) -> Option<u8> {
    if line.is_row() {
        return None;
    }
    // After a bullet or a number: "- Thời gian:", "1. Thời gian:", "a) Địa điểm và
    // thành phần:".
    let t = bullet(&line.text)
        .map(|(_, rest)| rest)
        .or_else(|| numbered(&line.text).map(|(_, rest)| rest))
        .unwrap_or(line.text.as_str());
    let (key, _) = t.split_once(':')?;
    let n = normalise(key);
    if n.split(' ').count() > 4 {
        return None;
    }
    let field = |w: &str| n == w || n.starts_with(&format!("{w} "));
    if field("thời gian") {
        Some(0)
    } else if field("địa điểm") {
        Some(1)
    } else if field("thành phần") || field("đối tượng") {
        Some(2)
    } else if field("chủ trì") || field("chủ tọa") || field("chủ toạ") {
        Some(3)
    } else if field("chương trình") {
        Some(4)
    } else {
        None
    }
}

/// Without top headings: where a body of labelled fields starts, when lines from
/// `from` hold two kinds of field or more. It starts at the first field line, or at a
/// numbered line at most three lines above it that opens the part ("1. Ngày 25/8:").
fn fields_start(lines: &[Line], from: usize) -> Option<usize> {
    let mut kinds = [false; 5];
    let mut first = None;
    for (i, line) in lines.iter().enumerate().skip(from) {
        if let Some(k) = field_label(line) {
            first.get_or_insert(i);
            if let Some(seen) = kinds.get_mut(usize::from(k)) {
                *seen = true;
            }
        }
    }
    let first = first?;
    if kinds.iter().filter(|k| **k).count() < 2 {
        return None;
    }
    let numbered_above = (first.saturating_sub(3).max(from)..first).find(|i| {
        lines
            .get(*i)
            .is_some_and(|l| !l.is_row() && numbered(&l.text).is_some_and(|(n, _)| n.len() == 1))
    });
    Some(numbered_above.unwrap_or(first))
}

/// Headings whose numbering a paste lost, in a document with no other heading: lines
/// made only of heading words, not in capitals ("Mục đích, yêu cầu", "Thời gian, địa
/// điểm", "Chương trình hội nghị", "Tổ chức thực hiện"): each part (between commas
/// and "và") opens with heading words, at most five words in all, no colon and no full
/// stop. Two kinds of section or more, else none (one such line is a label).
fn bare_headings(lines: &[Line], from: usize) -> Vec<usize> {
    let bare = |l: &Line| {
        let t = l.text.as_str();
        !l.is_row()
            && t.split(' ').count() <= 5
            && !t.ends_with(['.', ':', ';', ','])
            && !t.contains(':')
            && t.chars().next().is_some_and(char::is_uppercase)
            && t.split([',', '&'])
                .flat_map(|p| p.split(" và "))
                .all(|p| starts_with_heading_words(p.trim()))
    };
    let top: Vec<usize> = (from..lines.len())
        .filter(|i| lines.get(*i).is_some_and(bare))
        .collect();
    let mut kinds: Vec<Kind> = top
        .iter()
        .filter_map(|i| lines.get(*i).and_then(|l| heading_kind(&l.text)))
        .collect();
    kinds.dedup();
    if kinds.len() < 2 {
        return Vec::new();
    }
    top
}

fn roman_top(text: &str) -> Option<u32> {
    let (n, rest) = roman_heading(text).or_else(|| part_heading(text))?;
    (is_upper(rest) || heading_shaped(rest) || heading_kind(rest).is_some()).then_some(n)
}

/// An article heading ("Điều 3. Nội dung hội nghị", "Điều 5. Thời gian: 14 giờ …"):
/// its words (before a colon) a heading's, or short in capitals. "Điều 7. Ban Chấp
/// hành … chuẩn bị …" is an item numbered so, and a decision's "Điều 2. Quyết định
/// có hiệu lực …" no heading of a plan.
pub(crate) fn article_top(text: &str) -> bool {
    article_heading(text).is_some_and(|(_, rest)| {
        let key = rest.split_once(':').map_or(rest, |(k, _)| k);
        heading_shaped(key) && heading_kind(key).is_some() || is_upper(rest) && heading_shaped(rest)
    })
}

/// Whether a line opens the end matter.
pub(crate) fn opens_end(line: &Line) -> bool {
    use crate::case::lower_prefix_len;
    line.paragraphs().any(|cell| {
        // As the normalised cell would read, without normalising every line of a
        // long body: a leading "các " aside, compared ignoring case; "nơi nhận"
        // alone (trailing marks aside) or with a colon.
        let cell = cell.trim();
        let words = lower_prefix_len(cell, "các ")
            .and_then(|l| cell.get(l..))
            .map_or(cell, str::trim_start);
        let after = |prefix: &str| lower_prefix_len(words, prefix).and_then(|l| words.get(l..));
        after("trên đây").is_some()
            || after("nơi nhận").is_some_and(|rest| {
                rest.starts_with(':')
                    || rest
                        .trim_end_matches(['.', ';', ':', ',', '!'])
                        .trim_end()
                        .is_empty()
            })
            || super::recognise::authority_prefix(cell).is_some() && is_upper(cell)
            // A letter's "Trân trọng!" (", cảm ơn"), as a plan sent by e-mail closes.
            || after("trân trọng").is_some_and(|rest| {
                let rest = rest.trim_matches(|c: char| matches!(c, '.' | '!' | '/' | ',' | ' '));
                rest.is_empty() || lower_prefix_len(rest, "cảm ơn").is_some()
            })
    })
}

/// Where the end matter starts when no line opens it: at the last line when that is
/// the signing body alone, in capitals ("CỤC CÔNG THƯƠNG ĐỊA PHƯƠNG", "BAN TỔ CHỨC"),
/// neither a bullet nor numbered, after `from` and after a line not in capitals (a title
/// in two lines of capitals is no signer); else at the end.
fn signer_alone(lines: &[Line], from: usize) -> usize {
    let last = lines.len().saturating_sub(1);
    // "Bí thư Chi bộ" / "Nguyễn Văn Nam": a signer's title on a line of its own, then
    // the name, closing the text (a plan typed without a signature table).
    let plain = |l: &Line| !l.is_row() && bullet(&l.text).is_none() && numbered(&l.text).is_none();
    let named = last > from
        && lines
            .get(last)
            .is_some_and(|l| plain(l) && super::recognise::is_name(&l.text))
        && lines
            .get(last - 1)
            .is_some_and(|l| plain(l) && super::recognise::signer_title(&l.text));
    if named {
        return last - 1;
    }
    let signer = last >= from.max(1)
        && lines.get(last).is_some_and(|l| {
            !l.is_row()
                && is_upper(&l.text)
                && l.text.split(' ').count() <= 8
                && bullet(&l.text).is_none()
                && numbered(&l.text).is_none()
        })
        && lines
            .get(last.wrapping_sub(1))
            .is_some_and(|p| !is_upper(&p.text));
    if signer {
        last
    } else {
        lines.len()
    }
}

/// Where a header block that starts below a page's title and lead ends: after a line
/// only a header holds, found among the first lines before any heading, and the
/// header lines and rules around it. 0 when there is none.
fn header_below_lead(lines: &[Line]) -> usize {
    let Some(strong) = lines
        .iter()
        .take(30)
        .take_while(|l| roman_top(&l.text).is_none() && field_label(l).is_none())
        .position(strong_header)
    else {
        return 0;
    };
    let mut end = strong + 1;
    while lines
        .get(end)
        .is_some_and(|l| (header_like(l) || is_rule(&l.text)) && roman_top(&l.text).is_none())
    {
        end += 1;
    }
    end
}

/// The lines as the outline reads them, where pasting ran a line's parts together
/// with no separator: in the header (the lines from the top that are header lines,
/// up to the type line or a heading), a line holding fixed phrases is parted at them
/// into its cells ([`phrase_cells`]), each a line of its own, as a table cell's
/// paragraphs are ("CỘNG HOÀ … VIỆT NAMCĐ TRƯỜNG …", and "…, ngày 03 tháng 7 năm
/// 2017 KẾ HOẠCH", whose type is then the type line); after it, a top heading and
/// its first item glued on ("I. Mục đích, yêu cầu …các cấp1. Quán triệt …") are two
/// lines. Returns the lines and, for each line given, the index of the first it
/// became.
pub(crate) fn unglue(lines: Vec<Line>) -> (Vec<Line>, Vec<usize>) {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut first = Vec::with_capacity(lines.len());
    let mut header = true;
    for line in lines {
        first.push(out.len());
        if line.is_row() {
            out.push(line);
            continue;
        }
        let t = line.text.as_str();
        // Once past the header, no line is looked at as a header line again.
        header = header && type_line(t).is_none() && roman_top(t).is_none();
        let pieces: Vec<String> = if header {
            phrase_cells(t)
        } else {
            glued_first_item(t)
                .filter(|i| {
                    roman_heading(t.get(..*i).unwrap_or(""))
                        .is_some_and(|(_, h)| heading_kind(h).is_some() && heading_shaped(h))
                })
                .map(|i| {
                    vec![
                        t.get(..i).unwrap_or("").trim_end().to_owned(),
                        t.get(i..).unwrap_or("").to_owned(),
                    ]
                })
                .unwrap_or_default()
        };
        if pieces.len() < 2 {
            header = header && header_like(&line);
            out.push(line);
            continue;
        }
        header &= pieces.last().is_none_or(|p| type_line(p).is_none());
        let last = pieces.len() - 1;
        for (i, piece) in pieces.into_iter().enumerate() {
            out.push(Line {
                text: piece.clone(),
                cells: vec![piece],
                bold_open: line.bold_open && i == 0,
                bold_close: line.bold_close && i == last,
                ..line.clone()
            });
        }
    }
    (out, first)
}

/// Builds the outline of cleaned lines.
pub(crate) fn outline(lines: &[Line]) -> Outline {
    let mut out = Outline::default();
    // The type line, or a web title, before any section heading.
    let mut web = None;
    for (i, line) in lines.iter().enumerate().take(80) {
        let first = line.columns().next().map_or("", |(_, t)| t);
        if roman_top(first).is_some() || arabic_top(line, None) && !header_like(line) {
            break;
        }
        if type_line(first).is_some() && !line.is_row() {
            out.type_line = Some(i);
            break;
        }
        if web.is_none() && is_web_title(&line.text) {
            web = Some(i);
        }
    }
    if out.type_line.is_none() {
        out.web_title = web;
    }
    // A type line above the header: the header follows it, and a second type line
    // after that header is the real one.
    if let Some(k) = out.type_line {
        let mut last_strong = None;
        for j in k + 1..(k + 14).min(lines.len()) {
            let Some(line) = lines.get(j) else { break };
            let first = line.columns().next().map_or("", |(_, t)| t);
            if type_line(first).is_some() && !line.is_row() && last_strong.is_some() {
                out.type_line = Some(j);
                last_strong = None;
                break;
            }
            if !header_like(line) {
                break;
            }
            if strong_header(line) {
                last_strong = Some(j);
            }
        }
        if let Some(last) = last_strong {
            out.header_after = k + 1..last + 1;
        }
    }
    let front_start = match (out.type_line, out.web_title) {
        (Some(i), _) => {
            out.header = 0..i;
            i + 1 + out.header_after.len()
        }
        (None, Some(w)) => {
            // Header lines may follow a web title ("Kế hoạch số …" above the header).
            let mut end = w + 1;
            while lines.get(end).is_some_and(header_like) {
                end += 1;
            }
            out.header = 0..end;
            end
        }
        (None, None) => {
            let mut end = 0;
            while lines
                .get(end)
                .is_some_and(|l| header_like(l) && roman_top(&l.text).is_none())
            {
                end += 1;
            }
            // No header at the top: a page's title and lead paragraph may come first,
            // then the document's own header ("Số: 407 /HD-…", the motto, the place
            // and date). The header zone runs to the end of that block; the lines
            // above it are kept there as written.
            if end == 0 {
                end = header_below_lead(lines);
            }
            out.header = 0..end;
            end
        }
    };
    // Top headings: Roman numerals (or PHẦN), and articles ("Điều 1."), when the
    // document has any, else numbered or capital lines with heading words.
    let top_of = |l: &Line| roman_top(&l.text).is_some() || article_top(&l.text);
    let roman = lines
        .iter()
        .skip(front_start)
        .any(|l| !l.is_row() && top_of(l));
    let mut last = None;
    for (i, line) in lines.iter().enumerate().skip(front_start) {
        if line.is_row() {
            continue;
        }
        let top = if roman {
            top_of(line)
        } else {
            arabic_top(line, last)
        };
        if top {
            if !roman {
                last = numbered(&line.text)
                    .and_then(|(n, _)| n.first().copied())
                    .or(last);
            }
            out.top.push(i);
        }
    }
    if out.top.is_empty() {
        out.top = bare_headings(lines, front_start);
    }
    let body_start = out.top.first().copied().unwrap_or(lines.len());
    out.front = front_start..body_start.max(front_start);
    let after_last = out.top.last().map_or(front_start, |l| l + 1);
    let end_start = (after_last..lines.len())
        .find(|i| lines.get(*i).is_some_and(opens_end))
        .unwrap_or_else(|| signer_alone(lines, after_last));
    out.body = body_start.min(end_start)..end_start;
    out.end = end_start..lines.len();
    // Without headings, the end matter can still follow the front; labelled fields
    // of a meeting make a body between them.
    if out.top.is_empty() {
        let end = (front_start..lines.len())
            .find(|i| lines.get(*i).is_some_and(opens_end))
            .unwrap_or_else(|| signer_alone(lines, front_start + 1));
        let body = fields_start(lines.get(..end).unwrap_or(lines), front_start)
            .filter(|b| *b < end)
            .unwrap_or(end);
        out.fields = body < end;
        out.front = front_start..body;
        out.body = body..end;
        out.end = end..lines.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines::split;

    fn tops(text: &str) -> Vec<String> {
        let lines = split(text);
        let o = outline(&lines);
        o.top
            .iter()
            .filter_map(|i| lines.get(*i))
            .map(|l| l.text.clone())
            .collect()
    }

    #[test]
    fn headings_by_numeral_or_words() {
        assert_eq!(
            tops("KẾ HOẠCH\nX\nI- Mục đích, yêu cầu\n1. Mục đích\nII – NỘI DUNG\n1. Thời gian"),
            ["I- Mục đích, yêu cầu", "II – NỘI DUNG"]
        );
        assert_eq!(
            tops("1. MỤC ĐÍCH, YÊU CẦU\n- a\n1. NỘI DUNG\n1. Thời gian: 8 giờ"),
            ["1. MỤC ĐÍCH, YÊU CẦU", "1. NỘI DUNG"]
        );
        assert_eq!(
            tops("KẾ HOẠCH\nT\n1. Mục đích, yêu cầu\n- a\n2. Thời gian, địa điểm\n- b\n1. Thời gian: x"),
            ["1. Mục đích, yêu cầu", "2. Thời gian, địa điểm"]
        );
    }

    #[test]
    fn type_lines_and_web_titles() {
        assert_eq!(type_line("KẾ HOẠCH"), Some(("KH", "")));
        assert_eq!(
            type_line("KẾ HOẠCH TỔ CHỨC ĐẠI HỘI LIÊN ĐỘI"),
            Some(("KH", "TỔ CHỨC ĐẠI HỘI LIÊN ĐỘI"))
        );
        assert_eq!(
            type_line("HƯỚNG DẪN TỔ CHỨC HỘI NGHỊ CBVC CẤP KHOA, PHÒNG"),
            Some(("HD", "TỔ CHỨC HỘI NGHỊ CBVC CẤP KHOA, PHÒNG"))
        );
        assert_eq!(type_line("KẾ HOẠCHX"), None);
        assert_eq!(type_line("Hướng dẫn tổ chức"), None);
        assert!(is_web_title(
            "Kế hoạch số 55-KH/BDVTW ngày 10/6/2022 về việc tổ chức Hội nghị"
        ));
        assert!(!is_web_title("Kế hoạch này được gửi tới các đơn vị."));
        assert!(is_web_title(
            "Tổ chức Hội nghị Giám đốc Sở KH&CN toàn quốc bằng hình thức trực tuyến"
        ));
        assert!(!is_web_title("Tổ chức Hội nghị đúng thời gian."));
        assert!(!is_web_title("Tổ chức tốt công tác chuẩn bị"));
        assert!(is_web_title(
            "(THAY GIẤY MỜI) KH tổ chức HN đánh giá tình hình trồng chè"
        ));
        assert!(!is_web_title("KHÁCH MỜI tổ chức"));
        assert!(!is_web_title("(Dự thảo) Kế hoạch này được gửi đi."));
        // Another type by its own number and the meeting it is about.
        assert!(is_web_title(
            "Thông báo số 97-TB/BDVTW ngày 19/12/2016 của Ban Dân vận Trung ương về Hội nghị toàn quốc tổng kết"
        ));
        assert!(is_web_title("Công văn 268/HCTNXPVN về việc họp trực tuyến"));
        assert!(!is_web_title(
            "Thông báo số 12/TB-UBND về kết quả tuyển dụng viên chức"
        ));
        assert!(!is_web_title(
            "Thông báo về Hội nghị đã diễn ra thành công."
        ));
        assert!(!is_web_title("Công văn 268 về việc họp trực tuyến"));
        // A notice moving or putting off its meeting.
        assert!(is_web_title(
            "Thông báo thay đổi thời gian tổ chức Hội nghị tổng kết hệ thống Nhà Thiếu nhi năm 2017"
        ));
        assert!(is_web_title("Thông báo hoãn Đại hội Chi đoàn khóa mới"));
        assert!(is_web_title(
            "Thông báo điều chỉnh thời gian, địa điểm họp giao ban"
        ));
        assert!(!is_web_title(
            "Thông báo thay đổi địa chỉ trụ sở làm việc của Sở"
        ));
        assert!(!is_web_title(
            "Thông báo thay đổi nhân sự phụ trách công tác văn phòng và công tác họp báo"
        ));
    }
}
