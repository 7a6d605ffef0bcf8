//! WebAssembly bindings of [`hoinghi`]: the npm package `hoinghi`.
//!
//! Thin by design: every function converts its arguments from JavaScript, calls one
//! function of the core crate and converts the result back. Nothing is decided here.
//! Errors are thrown as `Error` objects named `HoinghiError` with a stable `code`
//! (and `path` for shape errors); see [`Thrown`].

mod error;

use hoinghi::render::Format;
use hoinghi::{json, DocumentNumber, Plan};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::error::invalid_argument;
pub use crate::error::Thrown;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!(concat!(env!("OUT_DIR"), "/types.d.ts"));

/// The one serializer: plain objects rather than `Map`s, absent values as `null`
/// exactly where the JSON form has them.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, Thrown> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| Thrown::internal(&e.to_string()))
}

/// The JSON text of a JavaScript value (`JSON.stringify`); values JSON cannot carry
/// (`undefined`, functions, symbols, BigInt, cycles, NaN, ±Infinity) are an argument
/// error.
fn json_text(value: &JsValue, name: &str, expected: &str) -> Result<String, Thrown> {
    // The engine's own JSON.stringify is fast, but writes NaN and ±Infinity as `null`;
    // only text with a `null` in it (rare: plans leave absent fields out) is written
    // again through the replacer that refuses them, which calls into wasm per value.
    let text = stringify(value, None, name, expected)?;
    if !text.contains("null") {
        return Ok(text);
    }
    FINITE.with(|replacer| stringify(value, Some(replacer.as_ref()), name, expected))
}

fn stringify(
    value: &JsValue,
    replacer: Option<&JsValue>,
    name: &str,
    expected: &str,
) -> Result<String, Thrown> {
    let text = match replacer {
        None => js_sys::JSON::stringify(value),
        Some(replacer) => js_sys::JSON::stringify_with_replacer(value, replacer),
    };
    match text {
        Ok(text) => text
            .as_string()
            .ok_or_else(|| invalid_argument(name, expected)),
        // Thrown by the replacer; without one, only for text too long for a string.
        Err(e) if e.is_instance_of::<js_sys::RangeError>() => Err(invalid_argument(
            name,
            if replacer.is_some() {
                "free of NaN and Infinity (JSON has no such numbers)"
            } else {
                "small enough to write as JSON"
            },
        )),
        Err(_) => Err(invalid_argument(name, expected)),
    }
}

thread_local! {
    /// A `JSON.stringify` replacer refusing NaN and ±Infinity, which JSON would
    /// otherwise turn into `null` (silently "absent" for optional fields).
    static FINITE: Closure<dyn Fn(JsValue, JsValue) -> Result<JsValue, JsValue>> = Closure::new(|_key: JsValue, value: JsValue| {
        match value.as_f64() {
            Some(n) if !n.is_finite() => Err(js_sys::RangeError::new("not a finite number").into()),
            _ => Ok(value),
        }
    });
}

/// Reads a value of the core's types from a JavaScript value, through its JSON text:
/// one reader, the core's, with the JSON pointer of the first part that does not fit.
fn from_js<T: DeserializeOwned>(value: &JsValue, name: &str, expected: &str) -> Result<T, Thrown> {
    json::read(&json_text(value, name, expected)?)
        .map_err(|e| Thrown::from(hoinghi::Error::from(e)))
}

/// The JSON text of a plan object.
fn plan_text(value: &JsValue) -> Result<String, Thrown> {
    if !value.is_object() {
        return Err(invalid_argument("plan", "an object (a plan)"));
    }
    json_text(value, "plan", "a plan object")
}

/// Reads a plan (checking its `schemaVersion`).
fn plan_from_js(value: &JsValue) -> Result<Plan, Thrown> {
    json::from_str(&plan_text(value)?).map_err(|e| Thrown::from(hoinghi::Error::from(e)))
}

/// The diagnostics of a plan's JSON text, as `validateJson` and `validatePlan` return them.
fn validate_text(text: &str, options: Option<JsValue>) -> Result<JsValue, Thrown> {
    let options = options_from_js(options)?;
    to_js(&hoinghi::validate_json(text, &options).map_err(hoinghi::Error::from)?)
}

fn string_arg(value: &JsValue, name: &str, max_utf16: usize) -> Result<String, Thrown> {
    let Some(js) = value.dyn_ref::<js_sys::JsString>() else {
        return Err(invalid_argument(name, "a string"));
    };
    // Every UTF-16 unit is at least one UTF-8 byte: refuse before copying.
    if js.length() as usize > max_utf16 {
        return Err(hoinghi::Error::from(hoinghi::text::ParseError::TooLarge {
            size: js.length() as usize,
            limit: max_utf16,
            unit: "UTF-16 units",
        })
        .into());
    }
    Ok(String::from(js))
}

/// Reads plan text (pasted, typed or exported) into a plan and parse diagnostics.
#[wasm_bindgen(js_name = parsePlan, unchecked_return_type = "Parsed")]
pub fn parse_plan(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, Thrown> {
    let text = string_arg(&text, "text", hoinghi::text::MAX_TEXT_BYTES)?;
    let parsed = hoinghi::parse_text(&text).map_err(hoinghi::Error::from)?;
    to_js(&parsed)
}

/// Validation options, the defaults when absent.
fn options_from_js(options: Option<JsValue>) -> Result<hoinghi::ValidateOptions, Thrown> {
    match options.filter(|o| !o.is_undefined() && !o.is_null()) {
        Some(o) => from_js(&o, "options", "an options object"),
        None => Ok(hoinghi::ValidateOptions::default()),
    }
}

/// Reads a plan's text or its JSON (told apart by the first character that is not
/// white space: `{` for JSON), checks it and counts its delegates, in one call.
#[wasm_bindgen(js_name = readPlan, unchecked_return_type = "Checked")]
pub fn read_plan(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
) -> Result<JsValue, Thrown> {
    let text = string_arg(&text, "text", json::MAX_JSON_BYTES)?;
    let options = options_from_js(options)?;
    to_js(&hoinghi::read_plan(&text, &options)?)
}

/// Checks a plan given as JSON text; returns its diagnostics (never throws for
/// problems in the plan).
#[wasm_bindgen(js_name = validateJson, unchecked_return_type = "Diagnostic[]")]
pub fn validate_json(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
) -> Result<JsValue, Thrown> {
    validate_text(&string_arg(&text, "text", json::MAX_JSON_BYTES)?, options)
}

/// Checks a plan; returns its diagnostics (never throws for problems in the plan).
#[wasm_bindgen(js_name = validatePlan, unchecked_return_type = "Diagnostic[]")]
pub fn validate_plan(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ValidateOptions")] options: Option<JsValue>,
) -> Result<JsValue, Thrown> {
    // The same path as `validateJson`, from the plan's JSON text.
    validate_text(&plan_text(&plan)?, options)
}

/// Counts the delegates of a plan: a range, the cap and the breakdown.
#[wasm_bindgen(js_name = countDelegates, unchecked_return_type = "DelegateCount")]
pub fn count_delegates(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
) -> Result<JsValue, Thrown> {
    let plan = plan_from_js(&plan)?;
    to_js(&hoinghi::count_delegates(&plan).map_err(hoinghi::Error::from)?)
}

/// Checks a quorum rule against the plan, and against an attendance record when given.
#[wasm_bindgen(js_name = checkQuorum, unchecked_return_type = "QuorumReport")]
pub fn check_quorum(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "QuorumRule")] rule: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Attendance")] attendance: Option<JsValue>,
) -> Result<JsValue, Thrown> {
    let plan = plan_from_js(&plan)?;
    let rule: hoinghi::QuorumRule = from_js(&rule, "rule", "a quorum rule object")?;
    let attendance: Option<hoinghi::Attendance> =
        match attendance.filter(|a| !a.is_undefined() && !a.is_null()) {
            Some(a) => Some(from_js(&a, "attendance", "an attendance object")?),
            None => None,
        };
    let report = hoinghi::quorum::evaluate(&plan, &rule, attendance.as_ref())
        .map_err(hoinghi::Error::from)?;
    to_js(&report)
}

/// Renders a plan as `"text"`, `"markdown"` or `"html"`: the author's document as
/// written while the plan's fields are unchanged, or with `{ official: true }` the
/// official layout (see `officialChanges` for what it changes).
#[wasm_bindgen(js_name = renderPlan)]
pub fn render_plan(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Format")] format: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions")] options: Option<JsValue>,
) -> Result<String, Thrown> {
    let format: Format = string_arg(&format, "format", 16)?
        .parse()
        .map_err(|_| invalid_argument("format", "\"text\", \"markdown\" or \"html\""))?;
    let options: hoinghi::render::RenderOptions =
        match options.filter(|o| !o.is_undefined() && !o.is_null()) {
            Some(o) => from_js(&o, "options", "an options object ({ official: boolean })")?,
            None => hoinghi::render::RenderOptions::default(),
        };
    let plan = plan_from_js(&plan)?;
    Ok(hoinghi::render::render_with(&plan, format, options))
}

/// What rendering a plan in the official layout changes in the author's text, line
/// by line: an empty list when the plan has no author's layout or is already official.
#[wasm_bindgen(js_name = officialChanges, unchecked_return_type = "LayoutChange[]")]
pub fn official_changes(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
) -> Result<JsValue, Thrown> {
    let plan = plan_from_js(&plan)?;
    to_js(&hoinghi::render::official_changes(&plan))
}

/// Writes a number and symbol ("05-KH/ĐTN-VP", "05/KH-UBND").
#[wasm_bindgen(js_name = formatDocumentNumber)]
pub fn format_document_number(
    #[wasm_bindgen(unchecked_param_type = "DocumentNumber")] number: JsValue,
) -> Result<String, Thrown> {
    let number: DocumentNumber = from_js(&number, "number", "a document number object")?;
    Ok(number.to_string())
}

/// Reads a number and symbol in either style.
#[wasm_bindgen(js_name = parseDocumentNumber, unchecked_return_type = "DocumentNumber")]
pub fn parse_document_number(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, Thrown> {
    let text = string_arg(&text, "text", 256)?;
    let number: DocumentNumber = text.parse().map_err(hoinghi::Error::from)?;
    to_js(&number)
}

/// The conference as an iCalendar invitation (RFC 5545, Asia/Ho_Chi_Minh).
#[wasm_bindgen(js_name = toICalendar)]
pub fn to_icalendar(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
) -> Result<String, Thrown> {
    let plan = plan_from_js(&plan)?;
    Ok(hoinghi::export::ics::to_icalendar(&plan).map_err(hoinghi::Error::from)?)
}

/// The invitation letters (Giấy mời), one per invited body, as text and HTML.
#[wasm_bindgen(js_name = invitationLetters, unchecked_return_type = "Letter[]")]
pub fn invitation_letters(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
) -> Result<JsValue, Thrown> {
    let plan = plan_from_js(&plan)?;
    to_js(&hoinghi::export::letters::letters(&plan).map_err(hoinghi::Error::from)?)
}

/// The plan as a Word document (.docx bytes), or invitation letter `letter` (its
/// index in `invitationLetters`) when given.
#[cfg(feature = "docx")]
#[wasm_bindgen(js_name = toDocx)]
pub fn to_docx(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
    letter: Option<u32>,
) -> Result<Vec<u8>, Thrown> {
    let plan = plan_from_js(&plan)?;
    let bytes = match letter {
        None => hoinghi::export::docx::plan(&plan),
        Some(i) => {
            let invitation = hoinghi::export::letters::invitations(&plan)
                .into_iter()
                .nth(i as usize)
                .ok_or_else(|| {
                    invalid_argument("letter", "the index of one of invitationLetters(plan)")
                })?;
            hoinghi::export::docx::letter(&plan, &invitation)
        }
    };
    Ok(bytes.map_err(hoinghi::Error::from)?)
}

/// Reads a plan from the bytes of a Word document (.docx): the same plan and parse
/// diagnostics as `parsePlan` gives for text, each diagnostic with its `origin` (the
/// paragraph, or the table row and, in `source.column`, the cell).
#[cfg(feature = "docx")]
#[wasm_bindgen(js_name = parsePlanDocx, unchecked_return_type = "Parsed")]
pub fn parse_plan_docx(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array")] bytes: JsValue,
) -> Result<JsValue, Thrown> {
    let Some(array) = bytes.dyn_ref::<js_sys::Uint8Array>() else {
        return Err(invalid_argument(
            "bytes",
            "a Uint8Array (the bytes of a .docx file)",
        ));
    };
    let parsed = hoinghi::docx::read(&array.to_vec()).map_err(hoinghi::Error::from)?;
    to_js(&parsed)
}

/// The JSON shape version this package reads and writes.
#[wasm_bindgen(js_name = schemaVersion)]
#[must_use]
pub fn schema_version() -> u32 {
    hoinghi::SCHEMA_VERSION
}

/// The version of the package.
#[wasm_bindgen]
#[must_use]
pub fn version() -> String {
    hoinghi::VERSION.to_owned()
}
