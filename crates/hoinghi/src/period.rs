//! Kỳ báo cáo: reporting periods named in a text ("6 tháng đầu năm 2022",
//! "6 tháng cuối năm", "quý III năm 2022").

use serde::{Deserialize, Serialize};

/// Kỳ báo cáo: a reporting period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
pub enum ReportingPeriod {
    /// "N tháng đầu năm": the first N months of a year.
    FirstMonths {
        /// N, 1 to 12.
        months: u8,
        /// The year, when the text names it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
    },
    /// "N tháng cuối năm": the last N months of a year.
    LastMonths {
        /// N, 1 to 12.
        months: u8,
        /// The year, when the text names it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
    },
    /// "Quý I–IV": a quarter.
    Quarter {
        /// 1 to 4.
        quarter: u8,
        /// The year, when the text names it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
    },
}

impl ReportingPeriod {
    /// Whether two periods can be the same: same kind and length, and the same year
    /// where both name one.
    #[must_use]
    pub fn agrees_with(&self, other: &Self) -> bool {
        let years = |a: Option<i32>, b: Option<i32>| a.zip(b).is_none_or(|(a, b)| a == b);
        match (*self, *other) {
            (
                Self::FirstMonths {
                    months: a,
                    year: ya,
                },
                Self::FirstMonths {
                    months: b,
                    year: yb,
                },
            )
            | (
                Self::LastMonths {
                    months: a,
                    year: ya,
                },
                Self::LastMonths {
                    months: b,
                    year: yb,
                },
            )
            | (
                Self::Quarter {
                    quarter: a,
                    year: ya,
                },
                Self::Quarter {
                    quarter: b,
                    year: yb,
                },
            ) => a == b && years(ya, yb),
            _ => false,
        }
    }

    /// Whether this is a period already passed at reporting time (first months or a
    /// quarter), as opposed to the months ahead ("6 tháng cuối năm") that plans look to.
    #[must_use]
    pub fn is_retrospective(&self) -> bool {
        !matches!(self, Self::LastMonths { .. })
    }

    /// The period in Vietnamese ("6 tháng đầu năm 2022").
    #[must_use]
    pub fn describe_vi(&self) -> String {
        let (head, year) = match *self {
            Self::FirstMonths { months, year } => (format!("{months} tháng đầu năm"), year),
            Self::LastMonths { months, year } => (format!("{months} tháng cuối năm"), year),
            Self::Quarter { quarter, year } => (format!("quý {}", roman(quarter)), year),
        };
        match year {
            Some(y) => format!("{head} {y}"),
            None => head,
        }
    }

    /// The period in English ("the first 6 months of 2022").
    #[must_use]
    pub fn describe_en(&self) -> String {
        let (head, year) = match *self {
            Self::FirstMonths { months, year } => (format!("the first {months} months"), year),
            Self::LastMonths { months, year } => (format!("the last {months} months"), year),
            Self::Quarter { quarter, year } => (format!("quarter {quarter}"), year),
        };
        match year {
            Some(y) => format!("{head} of {y}"),
            None => format!("{head} of the year"),
        }
    }
}

fn roman(n: u8) -> &'static str {
    match n {
        1 => "I",
        2 => "II",
        3 => "III",
        _ => "IV",
    }
}

fn clean(word: &str) -> String {
    crate::case::lowercase(word.trim_matches(|c: char| !c.is_alphanumeric()))
}

fn year_at(words: &[String], i: usize) -> Option<i32> {
    let w = words.get(i)?;
    (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
}

/// Every reporting period named in `text`, in order.
///
/// ```
/// use hoinghi::ReportingPeriod;
/// let found = hoinghi::period::find_all("kết quả 6 tháng đầu năm và phương hướng 6 tháng cuối năm 2022");
/// assert_eq!(found, vec![
///     ReportingPeriod::FirstMonths { months: 6, year: None },
///     ReportingPeriod::LastMonths { months: 6, year: Some(2022) },
/// ]);
/// ```
#[must_use]
pub fn find_all(text: &str) -> Vec<ReportingPeriod> {
    let text = crate::unicode::nfc(text);
    let words: Vec<String> = text.split_whitespace().map(clean).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = |k: usize| words.get(i + k).map(String::as_str);
        let mut consumed = 1;
        if let (Some(n), Some("tháng"), Some(which), Some("năm")) = (w(0), w(1), w(2), w(3)) {
            if let Ok(months) = n.parse::<u8>() {
                if (1..=12).contains(&months) && (which == "đầu" || which == "cuối") {
                    let year = year_at(&words, i + 4);
                    out.push(if which == "đầu" {
                        ReportingPeriod::FirstMonths { months, year }
                    } else {
                        ReportingPeriod::LastMonths { months, year }
                    });
                    consumed = if year.is_some() { 5 } else { 4 };
                }
            }
        } else if let (Some("quý"), Some(q)) = (w(0), w(1)) {
            let quarter = match q {
                "i" | "1" => Some(1),
                "ii" | "2" => Some(2),
                "iii" | "3" => Some(3),
                "iv" | "4" => Some(4),
                _ => None,
            };
            if let Some(quarter) = quarter {
                let year = if w(2) == Some("năm") {
                    year_at(&words, i + 3)
                } else {
                    None
                };
                out.push(ReportingPeriod::Quarter { quarter, year });
                consumed = if year.is_some() { 4 } else { 2 };
            }
        }
        i += consumed;
    }
    out
}

/// The first retrospective period named in `text` (what a title or report item covers).
#[must_use]
pub fn first_retrospective(text: &str) -> Option<ReportingPeriod> {
    find_all(text)
        .into_iter()
        .find(ReportingPeriod::is_retrospective)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_months_quarters_and_years() {
        assert_eq!(
            first_retrospective("Báo cáo kết quả 08 tháng đầu năm 2022, thông tin"),
            Some(ReportingPeriod::FirstMonths {
                months: 8,
                year: Some(2022)
            })
        );
        assert_eq!(
            find_all("quý III năm 2023 và quý 4"),
            vec![
                ReportingPeriod::Quarter {
                    quarter: 3,
                    year: Some(2023)
                },
                ReportingPeriod::Quarter {
                    quarter: 4,
                    year: None
                }
            ]
        );
        assert_eq!(find_all("13 tháng đầu năm 2022"), vec![]);
        assert_eq!(find_all("năm 2022"), vec![]);
    }

    #[test]
    fn agreement_ignores_missing_years() {
        let a = ReportingPeriod::FirstMonths {
            months: 6,
            year: Some(2022),
        };
        let b = ReportingPeriod::FirstMonths {
            months: 6,
            year: None,
        };
        let c = ReportingPeriod::FirstMonths {
            months: 8,
            year: Some(2022),
        };
        assert!(a.agrees_with(&b));
        assert!(!a.agrees_with(&c));
        assert!(!a.agrees_with(&ReportingPeriod::LastMonths {
            months: 6,
            year: None
        }));
        assert_eq!(c.describe_vi(), "8 tháng đầu năm 2022");
        assert_eq!(b.describe_en(), "the first 6 months of the year");
    }
}
