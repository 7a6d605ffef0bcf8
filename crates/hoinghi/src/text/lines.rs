//! Splitting text into cleaned lines, and the shapes of a line: bullets, numbering,
//! Roman-numeral section headings.

/// One non-empty source line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    /// 1-based line number in the source.
    pub no: u32,
    /// 1-based column of the first character kept.
    pub column: u32,
    /// NFC, trimmed, single-spaced, without Markdown bold or heading marks.
    pub text: String,
    /// Whether the source line opened Markdown bold (`**`).
    pub bold_open: bool,
    /// Whether the source line closed Markdown bold.
    pub bold_close: bool,
}

/// Splits text into non-empty cleaned lines (CRLF, CR and LF alike; BOM dropped).
pub(crate) fn split(text: &str) -> Vec<Line> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let normalised = crate::unicode::nfc(text);
    let mut out = Vec::new();
    for (i, raw) in normalised.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        for part in raw.split('\r') {
            let trimmed = part.trim();
            if trimmed.is_empty() {
                continue;
            }
            let leading = part.chars().take_while(|c| c.is_whitespace()).count();
            let mut t = trimmed.trim_start_matches('#').trim_start();
            let mut bold_open = false;
            let mut bold_close = false;
            for mark in ["**", "__"] {
                if let Some(rest) = t.strip_prefix(mark) {
                    t = rest;
                    bold_open = true;
                }
                if let Some(rest) = t.strip_suffix(mark) {
                    t = rest;
                    bold_close = true;
                }
            }
            let cleaned = t.replace("**", "");
            let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
            if cleaned.is_empty() {
                continue;
            }
            out.push(Line {
                no: u32::try_from(i + 1).unwrap_or(u32::MAX),
                column: u32::try_from(leading + 1).unwrap_or(u32::MAX),
                text: cleaned,
                bold_open,
                bold_close,
            });
        }
    }
    out
}

/// A bullet and its depth: `-`, `–`, `•`, `*`, `●` are 1; `+` is 2; `◦`, `○` are 3.
pub(crate) fn bullet(text: &str) -> Option<(u8, &str)> {
    let mut chars = text.chars();
    let c = chars.next()?;
    let depth = match c {
        '-' | '–' | '•' | '*' | '●' | '▪' => 1,
        '+' => 2,
        '◦' | '○' => 3,
        _ => return None,
    };
    let rest = chars.as_str();
    // "-5%" or "--" are not bullets; "-Mời" (no space) is.
    let next = rest.chars().next()?;
    if next.is_whitespace() || (next.is_alphabetic() && c != '*') {
        Some((depth, rest.trim_start()))
    } else {
        None
    }
}

/// Section numbering: "2." → [2], "2.1" / "2.1." → [2, 1]; letters "a)" → [0].
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
    if numbers.is_empty() {
        // "a)" or "a." lettered items.
        let mut chars = text.chars();
        let letter = chars.next()?;
        let sep = chars.next()?;
        if letter.is_ascii_lowercase()
            && (sep == ')' || sep == '.')
            && chars.as_str().starts_with(' ')
        {
            return Some((vec![0], chars.as_str().trim_start()));
        }
        return None;
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

const ROMAN: [&str; 12] = [
    "XII", "XI", "X", "IX", "VIII", "VII", "VI", "V", "IV", "III", "II", "I",
];

/// "II. NỘI DUNG" → (2, "NỘI DUNG").
pub(crate) fn roman_heading(text: &str) -> Option<(u32, &str)> {
    for numeral in ROMAN {
        if let Some(rest) = text.strip_prefix(numeral) {
            let rest = rest.strip_prefix(['.', '-', '/', ')', '–'])?;
            let title = rest.trim_start();
            if title.is_empty() || !crate::names::is_upper(title) {
                return None;
            }
            let value = match numeral {
                "I" => 1,
                "II" => 2,
                "III" => 3,
                "IV" => 4,
                "V" => 5,
                "VI" => 6,
                "VII" => 7,
                "VIII" => 8,
                "IX" => 9,
                "X" => 10,
                "XI" => 11,
                _ => 12,
            };
            return Some((value, title));
        }
    }
    None
}

/// Roman numeral for section `n` (1-based).
pub(crate) fn roman(n: usize) -> &'static str {
    match n {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        5 => "V",
        6 => "VI",
        7 => "VII",
        8 => "VIII",
        9 => "IX",
        10 => "X",
        11 => "XI",
        _ => "XII",
    }
}

/// A decorative rule ("-----", "___", "***").
pub(crate) fn is_rule(text: &str) -> bool {
    text.chars().count() >= 3
        && text
            .chars()
            .all(|c| matches!(c, '-' | '_' | '*' | '=' | '–' | '—' | ' '))
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(bullet("-5%"), None);
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
        assert_eq!(numbered("08 giờ 00"), None);
        assert_eq!(roman_heading("II. NỘI DUNG"), Some((2, "NỘI DUNG")));
        assert_eq!(roman_heading("IV. KINH PHÍ"), Some((4, "KINH PHÍ")));
        assert_eq!(roman_heading("Việc tổ chức"), None);
        assert_eq!(roman_heading("V. Lenin"), None);
        assert!(is_rule("-----"));
        assert!(!is_rule("- a"));
    }
}
