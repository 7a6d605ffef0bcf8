//! Số, ký hiệu: document numbers in the Party / Youth Union style (`05-KH/ĐTN-VP`),
//! the state style of Nghị định 30/2020/NĐ-CP (`05/KH-UBND`, a công văn's `15/UBND-VP`)
//! and slashes throughout (`80/KHĐH/PL-ĐTN`), with the year after the number when
//! written (`15/2026/KH-UBND`, as Nghị định 30/2020/NĐ-CP writes its own).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// How the number and symbol are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum NumberStyle {
    /// Party and Youth Union: `number-TYPE/ISSUER[-UNIT]`, e.g. `05-KH/ĐTN-VP`.
    Party,
    /// State bodies: `number/TYPE-ISSUER[-UNIT]`, e.g. `05/KH-UBND`.
    State,
    /// Slashes throughout, `number/TYPE/ISSUER[-UNIT]`, e.g. `80/KHĐH/PL-ĐTN`, as some
    /// school Youth Union branches write it.
    Slashed,
}

/// Số, ký hiệu: a document's number and symbol.
///
/// ```
/// use hoinghi::DocumentNumber;
/// let n: DocumentNumber = "Số 05 -KH/ĐTN-VP".parse()?;
/// assert_eq!((n.number, n.type_code.as_str(), n.issuer.as_str()), (5, "KH", "ĐTN"));
/// assert_eq!(n.unit.as_deref(), Some("VP"));
/// assert_eq!(n.to_string(), "05-KH/ĐTN-VP");
/// assert_eq!("05/KH-UBND".parse::<DocumentNumber>()?.to_string(), "05/KH-UBND");
/// let y: DocumentNumber = "Số: 15/2026/KH-UBND".parse()?;
/// assert_eq!((y.year, y.type_code.as_str(), y.to_string().as_str()), (Some(2026), "KH", "15/2026/KH-UBND"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocumentNumber {
    /// The layout.
    pub style: NumberStyle,
    /// The running number within the year (written zero-padded below 10).
    pub number: u32,
    /// The year, when written after the number (`15/2026/KH-UBND`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// The type code ("KH", "GM", "QyĐ").
    pub type_code: String,
    /// The issuer's code ("ĐTN", "UBND", "TW").
    pub issuer: String,
    /// The drafting unit ("VP"), when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

// The year, added later, is hashed only when set, so that the layout digests recorded
// before it ([`crate::model::Plan::fields_digest`]) stay current.
impl std::hash::Hash for DocumentNumber {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let Self {
            style,
            number,
            year,
            type_code,
            issuer,
            unit,
        } = self;
        style.hash(state);
        number.hash(state);
        type_code.hash(state);
        issuer.hash(state);
        unit.hash(state);
        if let Some(year) = year {
            year.hash(state);
        }
    }
}

/// Why a number and symbol could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NumberError {
    /// No running number at the start.
    #[error("the number and symbol must start with the running number, e.g. \"05-KH/ĐTN-VP\"")]
    MissingNumber,
    /// The running number does not fit.
    #[error("the running number {0:?} is too large")]
    NumberTooLarge(String),
    /// Neither `-` (Party style) nor `/` (state style) follows the number.
    #[error("expected \"-\" (as in 05-KH/ĐTN-VP) or \"/\" (as in 05/KH-UBND) after the number")]
    MissingSeparator,
    /// A part of the symbol is empty or has characters other than letters and digits.
    #[error("the {part} code {found:?} must be letters or digits")]
    BadCode {
        /// Which part: "type", "issuer" or "unit".
        part: &'static str,
        /// What was found.
        found: String,
    },
}

impl DocumentNumber {
    /// Builds a number; the codes are not checked (see [`DocumentNumber::from_str`]).
    #[must_use]
    pub fn new(
        style: NumberStyle,
        number: u32,
        type_code: &str,
        issuer: &str,
        unit: Option<&str>,
    ) -> Self {
        Self {
            style,
            number,
            year: None,
            type_code: type_code.to_owned(),
            issuer: issuer.to_owned(),
            unit: unit.map(str::to_owned),
        }
    }

    /// The same number and issuer for another type (a plan's invitation letter: `GM`).
    #[must_use]
    pub fn with_type(&self, type_code: &str) -> Self {
        Self {
            type_code: type_code.to_owned(),
            ..self.clone()
        }
    }

    /// Problems with the parts of a number built or deserialised by hand.
    #[must_use]
    pub fn problems(&self) -> Vec<NumberError> {
        let mut out = Vec::new();
        for (part, code) in [
            // A state number may have no type code ("21/HTTTS").
            (
                "type",
                Some(&self.type_code)
                    .filter(|t| !(t.is_empty() && self.style == NumberStyle::State)),
            ),
            ("issuer", Some(&self.issuer)),
            ("unit", self.unit.as_ref()),
        ] {
            if let Some(code) = code {
                let ok = if part == "unit" {
                    is_unit(code)
                } else {
                    is_code(code)
                };
                if !ok {
                    out.push(NumberError::BadCode {
                        part,
                        found: code.clone(),
                    });
                }
            }
        }
        out
    }
}

/// Whether a code is a document type's, or starts with one ("KHPH" for a kế hoạch
/// phối hợp): "UBND" and "SGDĐT" name issuers. The Party's "TT" (thông tri) and "KL"
/// (kết luận) only as written: "TTYT" is a Trung tâm Y tế.
fn names_a_type(code: &str) -> bool {
    crate::doctype::TYPES
        .iter()
        .any(|(c, _)| code == *c || code.starts_with(c) && !matches!(*c, "TT" | "KL"))
}

/// A unit's code: codes joined by hyphens ("VP", "CTTT-HSSV").
fn is_unit(code: &str) -> bool {
    code.split('-').all(is_code)
}

/// Letters and digits, and "&" between them ("THCS&THPTTST": a school of two levels).
fn is_code(code: &str) -> bool {
    !code.is_empty()
        && !code.starts_with('&')
        && !code.ends_with('&')
        && code.chars().all(|c| c.is_alphanumeric() || c == '&')
}

fn code(part: &'static str, text: &str) -> Result<String, NumberError> {
    if is_code(text) {
        Ok(text.to_owned())
    } else {
        Err(NumberError::BadCode {
            part,
            found: text.to_owned(),
        })
    }
}

/// Splits `ISSUER[-UNIT...]` at the first hyphen.
fn issuer_and_unit(text: &str) -> Result<(String, Option<String>), NumberError> {
    match text.split_once('-') {
        Some((issuer, unit)) if is_unit(unit) => {
            Ok((code("issuer", issuer)?, Some(unit.to_owned())))
        }
        Some((_, unit)) => Err(NumberError::BadCode {
            part: "unit",
            found: unit.to_owned(),
        }),
        None => Ok((code("issuer", text)?, None)),
    }
}

impl FromStr for DocumentNumber {
    type Err = NumberError;

    /// Reads either style, tolerating a leading "Số"/"Số:" and stray spaces.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        // Dashes as typed ("27 –KH/ĐT") are hyphens; spaces are noise ("976 - KH").
        let compact: String = input
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| {
                if matches!(c, '–' | '—' | '‐') {
                    '-'
                } else {
                    c
                }
            })
            .collect();
        let compact = crate::unicode::nfc(&compact);
        let rest = compact
            .strip_prefix("Số:")
            .or_else(|| compact.strip_prefix("Số"))
            .or_else(|| compact.strip_prefix("SỐ:"))
            .or_else(|| compact.strip_prefix("SỐ"))
            .unwrap_or(&compact);
        let digits_end = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let (digits, rest) = rest.split_at(digits_end);
        if digits.is_empty() {
            return Err(NumberError::MissingNumber);
        }
        let number: u32 = digits
            .parse()
            .map_err(|_| NumberError::NumberTooLarge(digits.to_owned()))?;
        // "15/2026/KH-UBND": a year of four digits between the number and the symbol.
        let year = rest
            .get(1..5)
            .filter(|y| rest.starts_with('/') && y.bytes().all(|b| b.is_ascii_digit()))
            .filter(|_| matches!(rest.as_bytes().get(5), Some(b'/' | b'-')))
            .and_then(|y| y.parse().ok());
        let rest = if year.is_some() { &rest[5..] } else { rest };
        // "298 KH/TWĐTN": the Party style with its hyphen left out.
        let party = rest.strip_prefix('-').or_else(|| {
            rest.starts_with(char::is_alphabetic)
                .then_some(rest)
                .filter(|r| r.contains('/'))
        });
        if let Some(symbol) = party {
            let (type_code, issuer) = symbol
                .split_once('/')
                .ok_or(NumberError::MissingSeparator)?;
            let (issuer, unit) = issuer_and_unit(issuer)?;
            Ok(Self {
                style: NumberStyle::Party,
                number,
                year,
                type_code: code("type", type_code)?,
                issuer,
                unit,
            })
        } else if let Some((type_code, issuer)) = rest
            .strip_prefix('/')
            .and_then(|symbol| symbol.split_once('/'))
            .filter(|(t, _)| !t.contains('-'))
        {
            // "80 /KHĐH/PL-ĐTN": the Party style's parts, slashes throughout.
            let (issuer, unit) = issuer_and_unit(issuer)?;
            Ok(Self {
                style: NumberStyle::Slashed,
                number,
                year,
                type_code: code("type", type_code)?,
                issuer,
                unit,
            })
        } else if let Some(symbol) = rest.strip_prefix('/') {
            // "21/HTTTS", "1788/SGDĐT-CTTT": the issuer's code first, no type code, as
            // a công văn's number is written (the checks say a plan's lacks KH). The
            // first code is a type when it is one, or starts with one ("KHPH").
            let (type_code, issuer) = match symbol.split_once('-') {
                Some((t, issuer)) if names_a_type(t) => (code("type", t)?, issuer),
                _ => (String::new(), symbol),
            };
            let (issuer, unit) = issuer_and_unit(issuer)?;
            Ok(Self {
                style: NumberStyle::State,
                number,
                year,
                type_code,
                issuer,
                unit,
            })
        } else {
            Err(NumberError::MissingSeparator)
        }
    }
}

impl fmt::Display for DocumentNumber {
    /// The canonical form: number zero-padded below 10, no spaces.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}", self.number)?;
        if let Some(year) = self.year {
            write!(f, "/{year}")?;
        }
        match self.style {
            NumberStyle::Party => write!(f, "-{}/{}", self.type_code, self.issuer)?,
            NumberStyle::State if self.type_code.is_empty() => write!(f, "/{}", self.issuer)?,
            NumberStyle::State => write!(f, "/{}-{}", self.type_code, self.issuer)?,
            NumberStyle::Slashed => write!(f, "/{}/{}", self.type_code, self.issuer)?,
        }
        if let Some(unit) = &self.unit {
            write!(f, "-{unit}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_styles_round_trip() {
        for text in [
            "05-KH/ĐTN-VP",
            "05/KH-UBND",
            "123/QĐ-UBND-VP",
            "15-NQ/TW",
            "07-QyĐ/TWĐTN-VP",
            "21/HTTTS",
            "1788/SGDĐT-CTTT-HSSV",
            "15/UBND-VP",
            "05/KHPH-UBND",
            "407/HD-THCS&THPTTST",
            "80/KHĐH/PL-ĐTN",
            "15/2026/KH-UBND",
            "03/2026/KH-BCĐ-VP",
            "30/2020/NĐ-CP",
            "07/2026-KH/ĐTN",
            "08/2026/KHĐH/PL-ĐTN",
        ] {
            let n: DocumentNumber = text.parse().unwrap();
            assert_eq!(n.to_string(), text);
        }
    }

    #[test]
    fn slashes_throughout() {
        let n: DocumentNumber = "80 /KHĐH/PL-ĐTN".parse().unwrap();
        assert_eq!(
            n,
            DocumentNumber::new(NumberStyle::Slashed, 80, "KHĐH", "PL", Some("ĐTN"))
        );
    }

    #[test]
    fn a_cong_van_number_has_no_type_code() {
        let n: DocumentNumber = "Số:  1788  /SGDĐT-CTTT-HSSV".parse().unwrap();
        assert_eq!(
            n,
            DocumentNumber::new(NumberStyle::State, 1788, "", "SGDĐT", Some("CTTT-HSSV"))
        );
        assert!(n.problems().is_empty());
        let n: DocumentNumber = "15/UBND-VP".parse().unwrap();
        assert_eq!((n.type_code.as_str(), n.issuer.as_str()), ("", "UBND"));
        let n: DocumentNumber = "05/KHPH-UBND".parse().unwrap();
        assert_eq!((n.type_code.as_str(), n.issuer.as_str()), ("KHPH", "UBND"));
    }

    #[test]
    fn a_year_after_the_number() {
        let n: DocumentNumber = "Số 03 / 2026 / KH-BCĐ".parse().unwrap();
        assert_eq!(
            (n.number, n.year, n.type_code.as_str(), n.issuer.as_str()),
            (3, Some(2026), "KH", "BCĐ")
        );
        assert_eq!(n.style, NumberStyle::State);
        // Not a year: five digits, or nothing after it.
        let n: DocumentNumber = "15/20261/KH-UBND".parse().unwrap();
        assert_eq!(n.year, None);
        assert_eq!(
            "15/2026".parse::<DocumentNumber>().map(|n| n.year).ok(),
            Some(None)
        );
    }

    #[test]
    fn tolerates_spacing_and_prefix() {
        let n: DocumentNumber = "Số 05 -KH/ĐTN-VP".parse().unwrap();
        assert_eq!(
            n,
            DocumentNumber::new(NumberStyle::Party, 5, "KH", "ĐTN", Some("VP"))
        );
        let s: DocumentNumber = "Số: 5 / KH - UBND".parse().unwrap();
        assert_eq!(s.to_string(), "05/KH-UBND");
    }

    #[test]
    fn rejects_malformed() {
        assert_eq!(
            "KH/ĐTN".parse::<DocumentNumber>(),
            Err(NumberError::MissingNumber)
        );
        assert_eq!(
            "05 KH".parse::<DocumentNumber>(),
            Err(NumberError::MissingSeparator)
        );
        assert!(matches!(
            "05-/ĐTN".parse::<DocumentNumber>(),
            Err(NumberError::BadCode { part: "type", .. })
        ));
        assert!(matches!(
            "05/KH-".parse::<DocumentNumber>(),
            Err(NumberError::BadCode { part: "issuer", .. })
        ));
        assert!(matches!(
            "99999999999-KH/X".parse::<DocumentNumber>(),
            Err(NumberError::NumberTooLarge(_))
        ));
    }

    #[test]
    fn problems_of_hand_built_numbers() {
        let n = DocumentNumber::new(NumberStyle::State, 1, "K H", "UBND", None);
        assert_eq!(n.problems().len(), 1);
    }
}
