//! Reading and writing plans as JSON.
//!
//! Reading is strict: unknown fields, wrong types and other schema versions are
//! errors that name the JSON pointer where they occur; nothing is silently dropped.

use serde::Deserialize;

use crate::model::{Plan, SCHEMA_VERSION};

/// Why JSON could not be read as a plan.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum JsonError {
    /// Not JSON at all.
    #[error("invalid JSON at line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the JSON reader said.
        message: String,
    },
    /// JSON, but not the shape of a plan.
    #[error("{message} (at {path})")]
    Shape {
        /// JSON pointer of the offending value ("" for the root).
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A `schemaVersion` this library does not read.
    #[error("schemaVersion {found} is not supported; this library reads version {SCHEMA_VERSION}")]
    UnsupportedVersion {
        /// The version found.
        found: u64,
    },
}

/// Reads only `schemaVersion`, skipping everything else, so that a plan of another
/// version is reported as such rather than as a shape error.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct VersionProbe {
    schema_version: Option<serde_json::Value>,
}

fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut segments = Vec::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => segments.push(index.to_string()),
            Segment::Map { key } => segments.push(key.clone()),
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    crate::diagnostic::pointer(segments)
}

fn syntax(e: &serde_json::Error) -> JsonError {
    JsonError::Syntax {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    }
}

/// Reads a plan from JSON text.
///
/// # Errors
/// [`JsonError::Syntax`] for malformed JSON, [`JsonError::UnsupportedVersion`] for a
/// `schemaVersion` other than [`SCHEMA_VERSION`], [`JsonError::Shape`] with the
/// JSON pointer of the first value that does not fit (including unknown fields).
///
/// ```
/// let err = hoinghi::json::from_str(r#"{"schemaVersion":1,"header":{"issuer":"X","documentType":"KẾ HOẠCH","title":"T","colour":"red"}}"#)
///     .unwrap_err();
/// assert!(matches!(err, hoinghi::json::JsonError::Shape { ref path, .. } if path == "/header/colour"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn from_str(text: &str) -> Result<Plan, JsonError> {
    let probe: VersionProbe = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            JsonError::Shape {
                path: String::new(),
                message: "a plan is a JSON object".to_owned(),
            }
        } else {
            syntax(&e)
        }
    })?;
    if let Some(found) = probe
        .schema_version
        .and_then(|v| v.as_u64())
        .filter(|v| *v != u64::from(SCHEMA_VERSION))
    {
        return Err(JsonError::UnsupportedVersion { found });
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let plan: Plan = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().clone();
        let inner = e.into_inner();
        if inner.is_syntax() || inner.is_eof() || inner.is_io() {
            return syntax(&inner);
        }
        let message = strip_position(&inner.to_string());
        let mut pointer = pointer_of(&path);
        if let Some(field) = unknown_field(&message) {
            if !pointer.ends_with(&format!("/{field}")) {
                pointer = format!("{pointer}/{field}");
            }
        }
        JsonError::Shape {
            path: pointer,
            message,
        }
    })?;
    de.end().map_err(|e| syntax(&e))?;
    Ok(plan)
}

/// serde_json appends " at line L column C" to data errors; the pointer says more.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message.get(..i).unwrap_or(message).to_owned(),
        None => message.to_owned(),
    }
}

fn unknown_field(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("unknown field `")?;
    rest.split('`').next()
}

/// Writes a plan as pretty JSON (two-space indent, UTF-8, no escapes of Vietnamese).
#[must_use]
pub fn to_string_pretty(plan: &Plan) -> String {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string_pretty(plan).unwrap_or_default()
}

/// Writes a plan as compact JSON.
#[must_use]
pub fn to_string(plan: &Plan) -> String {
    serde_json::to_string(plan).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = include_str!("../../../examples/plans/ke-hoach-05-KH-DTN-VP.json");

    #[test]
    fn sample_round_trips() {
        let plan = from_str(SAMPLE).unwrap();
        let again = from_str(&to_string_pretty(&plan)).unwrap();
        assert_eq!(plan, again);
    }

    #[test]
    fn errors_name_the_path() {
        let err = from_str("{\"schemaVersion\":1,\"header\":{\"issuer\":1}}").unwrap_err();
        assert!(
            matches!(err, JsonError::Shape { ref path, .. } if path == "/header/issuer"),
            "{err:?}"
        );
        let bad = SAMPLE.replace(
            "\"countStated\": true",
            "\"countStated\": true, \"extra\": 1",
        );
        let err = from_str(&bad).unwrap_err();
        assert!(
            matches!(err, JsonError::Shape { ref path, .. } if path == "/participants/groups/0/entries/0/extra"),
            "{err:?}"
        );
        let bad = SAMPLE.replace("\"kind\": \"unknown\"", "\"kind\": \"lots\"");
        let err = from_str(&bad).unwrap_err();
        assert!(
            matches!(err, JsonError::Shape { ref path, .. } if path.starts_with("/participants/groups/1/entries/2/count")),
            "{err:?}"
        );
    }

    #[test]
    fn versions_and_syntax() {
        assert_eq!(
            from_str("{\"schemaVersion\": 2}"),
            Err(JsonError::UnsupportedVersion { found: 2 })
        );
        assert!(matches!(from_str("{"), Err(JsonError::Syntax { .. })));
        assert!(matches!(from_str("[1]"), Err(JsonError::Shape { .. })));
        assert!(matches!(from_str("{} x"), Err(JsonError::Syntax { .. })));
    }
}
