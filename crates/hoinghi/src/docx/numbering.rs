//! Word's automatic numbering (`word/numbering.xml`) and the paragraph styles that
//! carry it (`word/styles.xml`), materialised as Word shows them: "I.", "1.", "1.1.",
//! "a)", "-", "•".
//!
//! Counters are kept per abstract definition (`w:abstractNum`): two lists (`w:num`)
//! of one definition continue each other, as in Word, unless a list overrides a
//! level's start (`w:lvlOverride/w:startOverride`), which restarts that level at the
//! list's first paragraph. A level restarts after any higher level is used, or as
//! `w:lvlRestart` says; `w:isLgl` shows every level in decimal.

use std::collections::{HashMap, HashSet};

use super::xml::{self, attr, local, number, on, Ev, Ns, Xml};
use super::DocxError;

/// Levels of a list (Word has nine: `w:ilvl` 0 to 8).
const LEVELS: usize = 9;
/// How far a chain of styles (`w:basedOn`) is followed: Word's own are a few deep.
const STYLE_CHAIN: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Decimal,
    DecimalZero,
    UpperRoman,
    LowerRoman,
    UpperLetter,
    LowerLetter,
    Bullet,
    None,
}

#[derive(Debug, Clone)]
struct Level {
    start: u32,
    format: Format,
    text: String,
    /// `w:lvlRestart`: restart after a use of this 1-based level or a higher one
    /// (0: never); absent, after any higher level.
    restart: Option<u32>,
    legal: bool,
}

impl Default for Level {
    fn default() -> Self {
        Self {
            start: 1,
            format: Format::Decimal,
            text: String::new(),
            restart: None,
            legal: false,
        }
    }
}

#[derive(Debug, Default)]
struct Abstract {
    levels: [Option<Level>; LEVELS],
    /// `w:numStyleLink`: the levels are those of the list a numbering style names.
    style_link: Option<String>,
}

#[derive(Debug, Default, Clone)]
struct Override {
    start: Option<u32>,
    level: Option<Level>,
}

#[derive(Debug, Default)]
struct Num {
    abstract_id: u32,
    overrides: [Option<Override>; LEVELS],
}

/// What a style gives a paragraph or run.
#[derive(Debug, Default, Clone)]
struct Style {
    based_on: Option<String>,
    num_id: Option<u32>,
    ilvl: Option<u8>,
    caps: Option<bool>,
    hidden: Option<bool>,
}

/// Numbering definitions and styles, and the counters of the lists read so far.
#[derive(Debug, Default)]
pub(crate) struct Numbering {
    abstracts: HashMap<u32, Abstract>,
    nums: HashMap<u32, Num>,
    styles: HashMap<String, Style>,
    default_style: Option<String>,
    counters: HashMap<u32, [Option<u32>; LEVELS]>,
    started: HashSet<u32>,
}

/// A paragraph's list membership: `w:numPr` of the paragraph over that of its style.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct NumPr {
    /// `w:numId` (0: no list).
    pub num_id: Option<u32>,
    /// `w:ilvl`.
    pub ilvl: Option<u8>,
}

impl Numbering {
    /// Reads `word/numbering.xml`.
    pub(crate) fn read_numbering(&mut self, text: &str) -> Result<(), DocxError> {
        let doc = xml::parse(text, "word/numbering.xml")?;
        let mut x = Xml::new(&doc, "word/numbering.xml");
        loop {
            match x.next()? {
                Ev::Start(Ns::W, e) if local(&e) == b"abstractNum" => {
                    let id = number(&e, b"abstractNumId").unwrap_or(u32::MAX);
                    let def = read_abstract(&mut x)?;
                    self.abstracts.insert(id, def);
                }
                Ev::Start(Ns::W, e) if local(&e) == b"num" => {
                    let id = number(&e, b"numId").unwrap_or(0);
                    let num = read_num(&mut x)?;
                    self.nums.insert(id, num);
                }
                Ev::Eof => return Ok(()),
                _ => {}
            }
        }
    }

    /// Reads `word/styles.xml`: the list, caps and hidden text each style gives.
    pub(crate) fn read_styles(&mut self, text: &str) -> Result<(), DocxError> {
        let doc = xml::parse(text, "word/styles.xml")?;
        let mut x = Xml::new(&doc, "word/styles.xml");
        loop {
            match x.next()? {
                Ev::Start(Ns::W, e) if local(&e) == b"style" => {
                    let id = attr(&e, b"styleId").unwrap_or_default();
                    if attr(&e, b"type").as_deref() == Some("paragraph")
                        && attr(&e, b"default").is_some_and(|v| v == "1" || v == "true")
                    {
                        self.default_style = Some(id.clone());
                    }
                    let style = read_style(&mut x)?;
                    self.styles.insert(id, style);
                }
                Ev::Eof => return Ok(()),
                _ => {}
            }
        }
    }

    /// Follows a style's `basedOn` chain for the first style that sets `get`.
    fn style_value<T>(&self, id: Option<&str>, get: impl Fn(&Style) -> Option<T>) -> Option<T> {
        let mut id = id.or(self.default_style.as_deref())?;
        for _ in 0..STYLE_CHAIN {
            let style = self.styles.get(id)?;
            if let Some(v) = get(style) {
                return Some(v);
            }
            id = style.based_on.as_deref()?;
        }
        None
    }

    /// Whether text in paragraph style `para` and character style `run` shows in capitals.
    pub(crate) fn style_caps(&self, para: Option<&str>, run: Option<&str>) -> bool {
        let of_run = run.and_then(|r| {
            let mut id = r;
            for _ in 0..STYLE_CHAIN {
                let style = self.styles.get(id)?;
                if let Some(v) = style.caps {
                    return Some(v);
                }
                id = style.based_on.as_deref()?;
            }
            None
        });
        of_run
            .or_else(|| self.style_value(para, |s| s.caps))
            .unwrap_or(false)
    }

    /// Whether text in these styles is hidden (`w:vanish`).
    pub(crate) fn style_hidden(&self, para: Option<&str>, run: Option<&str>) -> bool {
        let of_run = run.and_then(|r| self.styles.get(r).and_then(|s| s.hidden));
        of_run
            .or_else(|| self.style_value(para, |s| s.hidden))
            .unwrap_or(false)
    }

    /// The marker Word shows before a paragraph with `numPr` in style `style`, and
    /// counts it. `None` when the paragraph is not in a list or its level shows nothing.
    pub(crate) fn marker(&mut self, own: NumPr, style: Option<&str>) -> Option<String> {
        let style_num = self.style_value(style, |s| s.num_id);
        let num_id = own.num_id.or(style_num)?;
        if num_id == 0 {
            return None;
        }
        let ilvl = own
            .ilvl
            .or_else(|| self.style_value(style, |s| s.ilvl))
            .unwrap_or(0);
        let ilvl = usize::from(ilvl).min(LEVELS - 1);
        let (abstract_id, overrides) = self.list(num_id)?;
        let levels = self.levels(abstract_id, &overrides);
        let level = levels.get(ilvl)?.as_ref()?;
        let start_of = |l: usize| -> u32 {
            overrides
                .get(l)
                .and_then(|o| o.as_ref())
                .and_then(|o| o.start)
                .or_else(|| levels.get(l).and_then(|v| v.as_ref()).map(|v| v.start))
                .unwrap_or(1)
        };
        let first_use = self.started.insert(num_id);
        let counters = self.counters.entry(abstract_id).or_default();
        if first_use {
            for (l, o) in overrides.iter().enumerate() {
                if o.as_ref().is_some_and(|o| o.start.is_some()) {
                    if let Some(c) = counters.get_mut(l) {
                        *c = None;
                    }
                }
            }
        }
        if let Some(c) = counters.get_mut(ilvl) {
            *c = Some(c.map_or_else(|| start_of(ilvl), |v| v.saturating_add(1)));
        }
        for (deeper, c) in counters.iter_mut().enumerate().skip(ilvl + 1) {
            let restart = levels
                .get(deeper)
                .and_then(|l| l.as_ref())
                .and_then(|l| l.restart);
            let resets = match restart {
                None => true,
                Some(r) => u32::try_from(ilvl).is_ok_and(|i| i < r),
            };
            if resets {
                *c = None;
            }
        }
        let values: Vec<u32> = (0..LEVELS)
            .map(|l| {
                counters
                    .get(l)
                    .copied()
                    .flatten()
                    .unwrap_or_else(|| start_of(l))
            })
            .collect();
        let label = label(level, &levels, &values);
        let label = label.trim();
        (!label.is_empty()).then(|| label.to_owned())
    }

    /// The abstract definition and level overrides of list `num_id`.
    fn list(&self, num_id: u32) -> Option<(u32, [Option<Override>; LEVELS])> {
        let num = self.nums.get(&num_id)?;
        let mut abstract_id = num.abstract_id;
        // A definition that only links to a numbering style takes that style's list.
        if let Some(link) = self
            .abstracts
            .get(&abstract_id)
            .and_then(|a| a.style_link.as_deref())
        {
            if let Some(linked) = self
                .style_value(Some(link), |s| s.num_id)
                .and_then(|id| self.nums.get(&id))
            {
                abstract_id = linked.abstract_id;
            }
        }
        Some((abstract_id, num.overrides.clone()))
    }

    fn levels(
        &self,
        abstract_id: u32,
        overrides: &[Option<Override>; LEVELS],
    ) -> [Option<Level>; LEVELS] {
        let mut levels: [Option<Level>; LEVELS] = self
            .abstracts
            .get(&abstract_id)
            .map(|a| a.levels.clone())
            .unwrap_or_default();
        for (slot, o) in levels.iter_mut().zip(overrides) {
            if let Some(level) = o.as_ref().and_then(|o| o.level.clone()) {
                *slot = Some(level);
            }
        }
        levels
    }
}

/// `w:lvlText` with `%1`…`%9` replaced by the counters in each level's format.
fn label(level: &Level, levels: &[Option<Level>; LEVELS], values: &[u32]) -> String {
    if level.format == Format::Bullet {
        return bullet(&level.text);
    }
    let mut out = String::new();
    let mut chars = level.text.chars().peekable();
    while let Some(c) = chars.next() {
        let digit = chars.peek().and_then(|d| d.to_digit(10));
        match digit {
            Some(d @ 1..=9) if c == '%' => {
                chars.next();
                let l = (d - 1) as usize;
                let value = values.get(l).copied().unwrap_or(1);
                let format = if level.legal {
                    Format::Decimal
                } else {
                    levels
                        .get(l)
                        .and_then(|v| v.as_ref())
                        .map_or(Format::Decimal, |v| v.format)
                };
                out.push_str(&format_number(value, format));
            }
            _ => out.push(c),
        }
    }
    out
}

/// A bullet as it looks: symbol-font characters (Symbol's U+F0B7, Wingdings' "§", a
/// Courier "o") become the Unicode bullets they show.
fn bullet(text: &str) -> String {
    let mut chars = text.trim().chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return text.trim().to_owned();
    };
    match c {
        '-' | '–' | '—' | '−' | '+' | '*' | '•' | '●' | '▪' | '■' | '□' | '◦' | '○' | '►' | '➢'
        | '✓' | '❖' | '◆' | '♦' => c.to_string(),
        'o' => "◦".to_owned(),
        '§' | '\u{F0A7}' | 'n' | '\u{F06E}' => "▪".to_owned(),
        _ => "•".to_owned(),
    }
}

fn format_number(n: u32, format: Format) -> String {
    match format {
        Format::None | Format::Bullet => String::new(),
        Format::DecimalZero if n < 10 => format!("0{n}"),
        Format::UpperRoman | Format::LowerRoman if (1..4000).contains(&n) => {
            let roman = roman(n);
            if format == Format::LowerRoman {
                roman.to_ascii_lowercase()
            } else {
                roman
            }
        }
        // Word writes 27 as "aa", 28 as "bb"; beyond a few rounds, digits.
        Format::UpperLetter | Format::LowerLetter if (1..=26 * 20).contains(&n) => {
            let base = if format == Format::UpperLetter {
                b'A'
            } else {
                b'a'
            };
            let letter = char::from(base + u8::try_from((n - 1) % 26).unwrap_or(0));
            std::iter::repeat_n(letter, ((n - 1) / 26 + 1) as usize).collect()
        }
        _ => n.to_string(),
    }
}

fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, numeral) in TABLE {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

fn format_of(name: &str) -> Format {
    match name {
        "decimalZero" => Format::DecimalZero,
        "upperRoman" => Format::UpperRoman,
        "lowerRoman" => Format::LowerRoman,
        "upperLetter" => Format::UpperLetter,
        "lowerLetter" => Format::LowerLetter,
        "bullet" => Format::Bullet,
        "none" => Format::None,
        // decimal, and the formats Word has for other scripts: digits.
        _ => Format::Decimal,
    }
}

fn read_abstract(x: &mut Xml<'_, '_>) -> Result<Abstract, DocxError> {
    let mut def = Abstract::default();
    loop {
        match x.next()? {
            Ev::Start(Ns::W, e) if local(&e) == b"lvl" => {
                let ilvl = number(&e, b"ilvl").map(|l| l as usize);
                let level = read_level(x)?;
                if let Some(slot) = ilvl.and_then(|l| def.levels.get_mut(l)) {
                    *slot = Some(level);
                }
            }
            Ev::Empty(Ns::W, e) if local(&e) == b"numStyleLink" => {
                def.style_link = attr(&e, b"val");
            }
            Ev::Start(_, e) => x.skip(&e)?,
            Ev::End => return Ok(def),
            Ev::Eof => return Err(x.malformed("the part ends inside w:abstractNum")),
            _ => {}
        }
    }
}

fn read_level(x: &mut Xml<'_, '_>) -> Result<Level, DocxError> {
    let mut level = Level::default();
    loop {
        match x.next()? {
            Ev::Empty(Ns::W, e) => match local(&e) {
                b"start" => level.start = number(&e, b"val").unwrap_or(1),
                b"numFmt" => level.format = format_of(&attr(&e, b"val").unwrap_or_default()),
                b"lvlText" => level.text = attr(&e, b"val").unwrap_or_default(),
                b"lvlRestart" => level.restart = number(&e, b"val"),
                b"isLgl" => level.legal = on(&e),
                b"lvlPicBulletId" => level.format = Format::Bullet,
                _ => {}
            },
            Ev::Start(_, e) => x.skip(&e)?,
            Ev::End => return Ok(level),
            Ev::Eof => return Err(x.malformed("the part ends inside w:lvl")),
            _ => {}
        }
    }
}

fn read_num(x: &mut Xml<'_, '_>) -> Result<Num, DocxError> {
    let mut num = Num::default();
    loop {
        match x.next()? {
            Ev::Empty(Ns::W, e) if local(&e) == b"abstractNumId" => {
                num.abstract_id = number(&e, b"val").unwrap_or(u32::MAX);
            }
            Ev::Start(Ns::W, e) if local(&e) == b"lvlOverride" => {
                let ilvl = number(&e, b"ilvl").map(|l| l as usize);
                let mut o = Override::default();
                loop {
                    match x.next()? {
                        Ev::Empty(Ns::W, s) if local(&s) == b"startOverride" => {
                            o.start = number(&s, b"val");
                        }
                        Ev::Start(Ns::W, l) if local(&l) == b"lvl" => {
                            o.level = Some(read_level(x)?);
                        }
                        Ev::Start(_, other) => x.skip(&other)?,
                        Ev::End => break,
                        Ev::Eof => return Err(x.malformed("the part ends inside w:lvlOverride")),
                        _ => {}
                    }
                }
                if let Some(slot) = ilvl.and_then(|l| num.overrides.get_mut(l)) {
                    *slot = Some(o);
                }
            }
            Ev::Empty(Ns::W, e) if local(&e) == b"lvlOverride" => {}
            Ev::Start(_, e) => x.skip(&e)?,
            Ev::End => return Ok(num),
            Ev::Eof => return Err(x.malformed("the part ends inside w:num")),
            _ => {}
        }
    }
}

fn read_style(x: &mut Xml<'_, '_>) -> Result<Style, DocxError> {
    let mut style = Style::default();
    // Depth below w:style, to read w:pPr/w:numPr and w:rPr without caring for the rest.
    let mut path: Vec<Vec<u8>> = Vec::new();
    loop {
        match x.next()? {
            Ev::Start(Ns::W, e) => {
                let name = local(&e).to_vec();
                let wanted = if path.is_empty() {
                    matches!(name.as_slice(), b"pPr" | b"rPr")
                } else {
                    path.len() < 2
                };
                if wanted {
                    path.push(name);
                } else {
                    x.skip(&e)?;
                }
            }
            Ev::Empty(Ns::W, e) => {
                let inside: Vec<&[u8]> = path.iter().map(Vec::as_slice).collect();
                match (inside.as_slice(), local(&e)) {
                    ([], b"basedOn") => style.based_on = attr(&e, b"val"),
                    ([b"pPr", b"numPr"], b"numId") => style.num_id = number(&e, b"val"),
                    ([b"pPr", b"numPr"], b"ilvl") => {
                        style.ilvl = number(&e, b"val").and_then(|v| u8::try_from(v).ok());
                    }
                    ([b"rPr"], b"caps") => style.caps = Some(on(&e)),
                    ([b"rPr"], b"vanish") => style.hidden = Some(on(&e)),
                    _ => {}
                }
            }
            Ev::Start(_, e) => x.skip(&e)?,
            Ev::End => {
                if path.pop().is_none() {
                    return Ok(style);
                }
            }
            Ev::Eof => return Err(x.malformed("the part ends inside w:style")),
            Ev::Empty(..) | Ev::Text => {}
        }
    }
}

/// Reads a paragraph's `w:numPr` (its start was just read).
pub(crate) fn read_num_pr(x: &mut Xml<'_, '_>) -> Result<NumPr, DocxError> {
    let mut pr = NumPr::default();
    loop {
        match x.next()? {
            Ev::Empty(Ns::W, e) if local(&e) == b"numId" => pr.num_id = number(&e, b"val"),
            Ev::Empty(Ns::W, e) if local(&e) == b"ilvl" => {
                pr.ilvl = number(&e, b"val").and_then(|v| u8::try_from(v).ok());
            }
            Ev::Start(_, e) => x.skip(&e)?,
            Ev::End => return Ok(pr),
            Ev::Eof => return Err(x.malformed("the part ends inside w:numPr")),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn numbering(body: &str) -> Numbering {
        let mut n = Numbering::default();
        n.read_numbering(&format!("<w:numbering {NS}>{body}</w:numbering>"))
            .unwrap();
        n
    }

    fn lvl(ilvl: u8, fmt: &str, text: &str) -> String {
        format!(
            r#"<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>"#
        )
    }

    fn at(n: &mut Numbering, num: u32, ilvl: u8) -> Option<String> {
        n.marker(
            NumPr {
                num_id: Some(num),
                ilvl: Some(ilvl),
            },
            None,
        )
    }

    #[test]
    fn multi_level_with_restarts() {
        let mut n = numbering(&format!(
            r#"<w:abstractNum w:abstractNumId="0">{}{}{}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#,
            lvl(0, "upperRoman", "%1."),
            lvl(1, "decimal", "%2."),
            lvl(2, "decimal", "%2.%3.")
        ));
        let seq: Vec<Option<String>> = [(0, 0), (0, 1), (0, 2), (0, 2), (0, 1), (0, 0), (0, 1)]
            .iter()
            .map(|&(_, l)| at(&mut n, 1, l))
            .collect();
        let seq: Vec<&str> = seq.iter().map(|s| s.as_deref().unwrap_or("")).collect();
        assert_eq!(seq, ["I.", "1.", "1.1.", "1.2.", "2.", "II.", "1."]);
        assert_eq!(at(&mut n, 9, 0), None, "an undefined list shows nothing");
    }

    #[test]
    fn lists_of_one_definition_continue_unless_restarted() {
        let mut n = numbering(&format!(
            r#"<w:abstractNum w:abstractNumId="3">{}</w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="3"/></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
            <w:num w:numId="4"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>"#,
            lvl(0, "lowerLetter", "%1)")
        ));
        let got: Vec<String> = [1, 1, 2, 3, 3, 4, 1]
            .iter()
            .map(|&num| at(&mut n, num, 0).unwrap_or_default())
            .collect();
        assert_eq!(got, ["a)", "b)", "c)", "a)", "b)", "e)", "f)"]);
    }

    #[test]
    fn formats() {
        assert_eq!(format_number(4, Format::UpperRoman), "IV");
        assert_eq!(format_number(1994, Format::LowerRoman), "mcmxciv");
        assert_eq!(format_number(4000, Format::UpperRoman), "4000");
        assert_eq!(format_number(27, Format::LowerLetter), "aa");
        assert_eq!(format_number(28, Format::UpperLetter), "BB");
        assert_eq!(format_number(u32::MAX, Format::LowerLetter), "4294967295");
        assert_eq!(format_number(7, Format::DecimalZero), "07");
        assert_eq!(bullet("\u{F0B7}"), "•");
        assert_eq!(bullet("o"), "◦");
        assert_eq!(bullet("-"), "-");
        assert_eq!(bullet("+"), "+");
        assert_eq!(bullet("§"), "▪");
    }

    #[test]
    fn legal_and_restart_rules() {
        let mut n = numbering(&format!(
            r#"<w:abstractNum w:abstractNumId="0">{}<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlRestart w:val="0"/><w:lvlText w:val="%2)"/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%3"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>"#,
            lvl(0, "upperRoman", "%1.")
        ));
        let got: Vec<String> = [0, 1, 1, 0, 1, 2]
            .iter()
            .map(|&l| at(&mut n, 7, l).unwrap_or_default())
            .collect();
        // Level 2 never restarts; level 3 shows level 1 in digits.
        assert_eq!(got, ["I.", "a)", "b)", "II.", "c)", "2.1"]);
    }

    #[test]
    fn styles_carry_lists_and_caps() {
        let mut n = numbering(&format!(
            r#"<w:abstractNum w:abstractNumId="0">{}</w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>"#,
            lvl(0, "upperRoman", "%1.")
        ));
        n.read_styles(&format!(
            r#"<w:styles {NS}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="Muc"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr><w:rPr><w:caps/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Muc2"><w:basedOn w:val="Muc"/></w:style>
            <w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style></w:styles>"#
        ))
        .unwrap();
        assert_eq!(
            n.marker(NumPr::default(), Some("Muc2")).as_deref(),
            Some("I.")
        );
        assert_eq!(
            n.marker(NumPr::default(), Some("Muc")).as_deref(),
            Some("II.")
        );
        assert_eq!(
            n.marker(
                NumPr {
                    num_id: Some(0),
                    ilvl: None
                },
                Some("Muc")
            ),
            None,
            "numId 0 takes a paragraph out of its style's list"
        );
        assert!(n.style_caps(Some("Muc2"), None));
        assert!(!n.style_caps(Some("Normal"), None));
        assert_eq!(n.marker(NumPr::default(), Some("Loop")), None);
    }
}
