//! Đọc và kiểm tra: reading a plan, as text or as JSON, and checking it in one call.
//!
//! [`read_plan`] is what an editor or a checker calls on whatever the user pasted or
//! opened: it tells text from JSON by content ([`SourceFormat::of`]), reads the plan,
//! validates it and counts its delegates, and returns all of it together
//! ([`Checked`]). [`validate_json`] checks JSON text without handing the plan back.
//! Both only compose [`crate::parse_text`], [`crate::json::from_str`] and
//! [`crate::validate_with`]; the normalised names that validation and counting share
//! are built once.

use serde::{Deserialize, Serialize};

use crate::count::DelegateCount;
use crate::diagnostic::Diagnostic;
use crate::json::JsonError;
use crate::model::Plan;
use crate::validate::ValidateOptions;

/// The form a plan was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    /// Văn bản: the plan as a document, read by `parse_text`.
    Text,
    /// JSON: the plan as data, read by `json::from_str`.
    Json,
}

impl SourceFormat {
    /// The form of `text`: JSON when its first character that is not white space,
    /// after an optional UTF-8 byte-order mark, is `{`; text otherwise. A plan as a
    /// document never starts with `{`, and a plan as JSON always does.
    ///
    /// ```
    /// use hoinghi::SourceFormat;
    /// assert_eq!(SourceFormat::of("\u{feff}\n  {\"schemaVersion\": 1}"), SourceFormat::Json);
    /// assert_eq!(SourceFormat::of("ĐOÀN TNCS HỒ CHÍ MINH\nKẾ HOẠCH"), SourceFormat::Text);
    /// ```
    #[must_use]
    pub fn of(text: &str) -> Self {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        if body.trim_start().starts_with('{') {
            Self::Json
        } else {
            Self::Text
        }
    }
}

/// A plan read and checked: the plan, every diagnostic and the delegate count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Checked {
    /// The plan.
    pub plan: Plan,
    /// The reader's diagnostics (text only: `unrecognised-line`, `parse-note`, in the
    /// reader's order), then validation's (in the order the rules run).
    pub diagnostics: Vec<Diagnostic>,
    /// The delegate count, as `count_delegates` gives it.
    pub count: DelegateCount,
    /// The form the plan was read from.
    pub format: SourceFormat,
}

/// Reads a plan from its text or its JSON (told apart by [`SourceFormat::of`]),
/// validates it with `options` and counts its delegates: *đọc và kiểm tra kế hoạch*.
///
/// # Errors
/// As [`crate::parse_text`] for text and [`crate::json::from_str`] for JSON: what
/// cannot be read as a plan at all. Problems in a plan that can be read are
/// diagnostics, never errors.
///
/// ```
/// use hoinghi::{read_plan, SourceFormat, ValidateOptions};
/// let text = include_str!("../../../examples/plans/ke-hoach-05-KH-DTN-VP.txt");
/// let checked = read_plan(text, &ValidateOptions::default())?;
/// assert_eq!(checked.format, SourceFormat::Text);
/// assert_eq!((checked.count.min, checked.count.limit), (37, Some(50)));
/// let codes: Vec<&str> = checked.diagnostics.iter().map(|d| d.code.as_str()).collect();
/// assert_eq!(codes, ["reporting-period-mismatch", "delegate-count-unknown"]);
///
/// // The same plan as JSON gives the same plan and the same findings.
/// let json = read_plan(&hoinghi::json::to_string(&checked.plan), &ValidateOptions::default())?;
/// assert_eq!((json.format, &json.plan, &json.diagnostics), (SourceFormat::Json, &checked.plan, &checked.diagnostics));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_plan(text: &str, options: &ValidateOptions) -> Result<Checked, crate::Error> {
    let format = SourceFormat::of(text);
    let (plan, mut diagnostics) = match format {
        SourceFormat::Text => {
            let parsed = crate::parse_text(text)?;
            (parsed.plan, parsed.diagnostics)
        }
        SourceFormat::Json => (crate::json::from_str(without_bom(text))?, Vec::new()),
    };
    let (found, count) = crate::validate::validate_and_count(&plan, options)?;
    diagnostics.extend(found);
    Ok(Checked {
        plan,
        diagnostics,
        count,
        format,
    })
}

/// Validates a plan given as JSON text (a UTF-8 byte-order mark is allowed): what
/// [`crate::json::from_str`] and then [`crate::validate_with`] give, without the plan.
///
/// # Errors
/// As [`crate::json::from_str`]: text that is not JSON, or not the shape of a plan,
/// with the JSON pointer of the first value that does not fit.
///
/// ```
/// use hoinghi::{validate_json, ValidateOptions};
/// let json = include_str!("../../../examples/plans/ke-hoach-05-KH-DTN-VP.json");
/// let diagnostics = validate_json(json, &ValidateOptions::default())?;
/// assert_eq!(diagnostics.len(), 2);
/// let err = validate_json(r#"{"schemaVersion": 1, "header": {"issuer": 5}}"#, &ValidateOptions::default()).unwrap_err();
/// assert!(matches!(err, hoinghi::json::JsonError::Shape { ref path, .. } if path == "/header/issuer"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn validate_json(text: &str, options: &ValidateOptions) -> Result<Vec<Diagnostic>, JsonError> {
    let plan = crate::json::from_str(without_bom(text))?;
    Ok(crate::validate_with(&plan, options))
}

fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = include_str!("../../../examples/plans/ke-hoach-05-KH-DTN-VP.txt");
    const JSON: &str = include_str!("../../../examples/plans/ke-hoach-05-KH-DTN-VP.json");

    #[test]
    fn format_by_content() {
        for json in [
            "{}",
            "  \n\t{",
            "\u{feff}{",
            "\u{feff} \r\n{\"a\":1}",
            "\u{a0}{",
        ] {
            assert_eq!(SourceFormat::of(json), SourceFormat::Json, "{json:?}");
        }
        for text in ["", "   ", "KẾ HOẠCH\n{", "[{}]", "x{", "\u{feff}\u{feff}{"] {
            assert_eq!(SourceFormat::of(text), SourceFormat::Text, "{text:?}");
        }
    }

    #[test]
    fn text_and_json_agree_with_the_separate_calls() {
        let options = ValidateOptions::default();
        let from_text = read_plan(TEXT, &options).unwrap();
        let parsed = crate::parse_text(TEXT).unwrap();
        let mut expected = parsed.diagnostics.clone();
        expected.extend(crate::validate(&parsed.plan));
        assert_eq!(from_text.plan, parsed.plan);
        assert_eq!(from_text.diagnostics, expected);
        assert_eq!(
            from_text.count,
            crate::count_delegates(&parsed.plan).unwrap()
        );
        assert_eq!(from_text.format, SourceFormat::Text);

        let from_json = read_plan(&format!("\u{feff}{JSON}"), &options).unwrap();
        assert_eq!(from_json.format, SourceFormat::Json);
        assert_eq!(from_json.plan, crate::json::from_str(JSON).unwrap());
        assert_eq!(from_json.diagnostics, crate::validate(&from_json.plan));
        assert_eq!(
            from_json.count,
            crate::count_delegates(&from_json.plan).unwrap()
        );
    }

    #[test]
    fn parse_diagnostics_come_first_then_the_rules() {
        let text = TEXT.replace(
            "4. Địa điểm:",
            "Ghi chú: mang theo thẻ đảng viên.\n\n4. Địa điểm:",
        );
        let checked = read_plan(&text, &ValidateOptions::default()).unwrap();
        let from_reader = |d: &Diagnostic| {
            matches!(
                d.code,
                crate::Code::UnrecognisedLine | crate::Code::ParseNote
            )
        };
        let split = checked
            .diagnostics
            .iter()
            .position(|d| !from_reader(d))
            .unwrap();
        let (reader, rules) = checked.diagnostics.split_at(split);
        assert!(reader
            .iter()
            .any(|d| d.code == crate::Code::UnrecognisedLine));
        let codes: Vec<&str> = rules.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(
            codes,
            ["reporting-period-mismatch", "delegate-count-unknown"]
        );
    }

    #[test]
    fn options_apply_and_errors_keep_their_codes() {
        let options = ValidateOptions {
            only: Some(Vec::new()),
            ..Default::default()
        };
        let checked = read_plan(JSON, &options).unwrap();
        assert!(checked.diagnostics.is_empty());
        assert_eq!(checked.count.min, 37, "counted even when no rule runs");
        assert_eq!(validate_json(JSON, &options), Ok(Vec::new()));

        let code = |text: &str| {
            read_plan(text, &ValidateOptions::default())
                .unwrap_err()
                .code()
        };
        assert_eq!(code("{\"schemaVersion\": 1,"), "json-syntax");
        assert_eq!(code("{\"schemaVersion\": 2}"), "schema-version");
        assert_eq!(code("Xin chào."), "not-a-plan");
        assert_eq!(code(" \n "), "input-empty");
        assert!(matches!(
            validate_json("[]", &ValidateOptions::default()),
            Err(JsonError::Shape { .. })
        ));
        assert!(matches!(
            validate_json("{", &ValidateOptions::default()),
            Err(JsonError::Syntax { .. })
        ));
    }
}
