//! Reading and writing plans as JSON.
//!
//! Reading is strict: unknown fields, wrong types and other schema versions are
//! errors that name the JSON pointer where they occur; nothing is silently dropped.

use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
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
    #[error("{message} (at {})", if path.is_empty() { "the top level" } else { path })]
    Shape {
        /// JSON pointer of the offending value ("" for the root).
        path: String,
        /// What is wrong.
        message: String,
    },
    /// Larger than [`MAX_JSON_BYTES`].
    #[error("the JSON is too large: {size} bytes, the limit is {limit}")]
    TooLarge {
        /// Bytes found.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// Beyond a counted limit of the plan (participant entries, chairs, unit groups…;
    /// see [`crate::limits`]).
    #[error(transparent)]
    Limit(crate::limits::LimitExceeded),
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
    schema_version: Option<FoundVersion>,
}

/// A `schemaVersion` as found: the number when it is a whole number, `None` for any
/// other value, which is skipped rather than kept (a `serde_json::Value` here would
/// bring its map and number code into the wasm module).
struct FoundVersion(Option<u64>);

impl<'de> Deserialize<'de> for FoundVersion {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(FoundVersionVisitor)
    }
}

struct FoundVersionVisitor;

impl<'de> Visitor<'de> for FoundVersionVisitor {
    type Value = FoundVersion;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_u64<E>(self, v: u64) -> Result<FoundVersion, E> {
        Ok(FoundVersion(Some(v)))
    }

    fn visit_i64<E>(self, _: i64) -> Result<FoundVersion, E> {
        Ok(FoundVersion(None))
    }

    fn visit_f64<E>(self, _: f64) -> Result<FoundVersion, E> {
        Ok(FoundVersion(None))
    }

    fn visit_bool<E>(self, _: bool) -> Result<FoundVersion, E> {
        Ok(FoundVersion(None))
    }

    fn visit_str<E>(self, _: &str) -> Result<FoundVersion, E> {
        Ok(FoundVersion(None))
    }

    fn visit_unit<E>(self) -> Result<FoundVersion, E> {
        Ok(FoundVersion(None))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FoundVersion, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(FoundVersion(None))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FoundVersion, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(FoundVersion(None))
    }
}

/// The largest JSON text accepted, in bytes.
pub const MAX_JSON_BYTES: usize = 16 * 1024 * 1024;

fn syntax(e: &serde_json::Error) -> JsonError {
    JsonError::Syntax {
        line: e.line(),
        column: e.column(),
        message: strip_position(&e.to_string()),
    }
}

/// Reads a plan from JSON text.
///
/// # Errors
/// [`JsonError::Syntax`] for malformed JSON, [`JsonError::UnsupportedVersion`] for a
/// `schemaVersion` other than [`SCHEMA_VERSION`], [`JsonError::Shape`] with the
/// JSON pointer of the first value that does not fit (including unknown fields),
/// [`JsonError::TooLarge`] beyond [`MAX_JSON_BYTES`].
///
/// ```
/// let err = hoinghi::json::from_str(r#"{"schemaVersion":1,"header":{"issuer":"X","documentType":"KẾ HOẠCH","title":"T","colour":"red"}}"#)
///     .unwrap_err();
/// assert!(matches!(err, hoinghi::json::JsonError::Shape { ref path, .. } if path == "/header/colour"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn from_str(text: &str) -> Result<Plan, JsonError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match read::<Plan>(text) {
        Ok(plan) if plan.schema_version == SCHEMA_VERSION => {
            crate::bounds::check(&plan).map_err(JsonError::Limit)?;
            Ok(plan)
        }
        Ok(plan) => Err(JsonError::UnsupportedVersion {
            found: u64::from(plan.schema_version),
        }),
        Err(err @ JsonError::Shape { .. }) => {
            // Only now look at the version: a plan of another version is reported as
            // such, not as the unknown fields it may have.
            match serde_json::from_str::<VersionProbe>(text) {
                Ok(VersionProbe {
                    schema_version: Some(FoundVersion(Some(found))),
                }) if found != u64::from(SCHEMA_VERSION) => {
                    Err(JsonError::UnsupportedVersion { found })
                }
                Ok(_) => Err(err),
                Err(e) if !e.is_data() => Err(syntax(&e)),
                // An object the probe cannot read either (a duplicate `schemaVersion`):
                // the plan's own error says where.
                Err(_) if text.trim_start().starts_with('{') => Err(err),
                Err(_) => Err(JsonError::Shape {
                    path: String::new(),
                    message: "a plan is a JSON object".to_owned(),
                }),
            }
        }
        Err(other) => Err(other),
    }
}

/// Reads any value of this crate's types (options, a quorum rule, an attendance
/// record, a document number) from JSON text, with the same errors as [`from_str`].
///
/// # Errors
/// As [`from_str`], without the version check.
pub fn read<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    // A byte-order mark is not part of JSON; editors on Windows write one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_JSON_BYTES {
        return Err(JsonError::TooLarge {
            size: text.len(),
            limit: MAX_JSON_BYTES,
        });
    }
    serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            let offset = offset_of(text, e.line(), e.column());
            let message = strip_position(&e.to_string());
            let mut path = crate::json_pointer::pointer_at(text, offset);
            if let Some(field) = named_field(&message) {
                if !path.ends_with(&format!("/{}", field.replace('~', "~0").replace('/', "~1"))) {
                    path = format!("{path}/{field}");
                }
            }
            JsonError::Shape { path, message }
        } else {
            syntax(&e)
        }
    })
}

/// The byte offset of serde_json's 1-based line and (byte) column.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split('\n').enumerate() {
        if i + 1 == line {
            return (offset + column).min(text.len());
        }
        offset += l.len() + 1;
    }
    text.len()
}

/// serde_json appends " at line L column C" to data errors; the pointer says more.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message.get(..i).unwrap_or(message).to_owned(),
        None => message.to_owned(),
    }
}

/// The field an "unknown field" or "duplicate field" error names.
fn named_field(message: &str) -> Option<&str> {
    let rest = message
        .strip_prefix("unknown field `")
        .or_else(|| message.strip_prefix("duplicate field `"))?;
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
    fn null_reads_as_absent_for_every_optional_field() {
        let plan = from_str(
            r#"{"schemaVersion":1,"header":{"issuer":"X","documentType":"KẾ HOẠCH","title":"T","heading":null},
            "preamble":null,"purposes":null,"levels":null,"units":[{"noun":"xã","members":null}],
            "chairs":[{"invited":null,"body":"B"}],"participants":{"groups":[{"entries":[{"invited":null,
            "body":"B","count":{"kind":"unknown"},"countStated":null}]}]},"mode":null,
            "sites":[{"host":null,"name":"S"}],"programme":[{"text":"P","items":null}],
            "assignments":[{"body":"A","tasks":null}],"budget":{"items":null},
            "quorum":{"people":{"numerator":1,"denominator":2,"strict":null},"required":null},
            "closing":null,"recipients":null,"archive":null,"unrecognised":null,"schedule":
            {"date":"2022-08-26","tentative":null}}"#,
        )
        .unwrap();
        assert!(plan.recipients.is_empty() && !plan.chairs[0].invited);
        assert_eq!(plan.mode, crate::model::Mode::InPerson);
        assert_eq!(from_str(r#"{"schemaVersion":1,"header":{"issuer":"X","documentType":"K","title":"T"},"participants":null}"#).unwrap().participants, crate::model::Participants::default());
        // A required field is still required.
        assert!(matches!(
            from_str(r#"{"schemaVersion":1,"header":{"issuer":null,"documentType":"K","title":"T"}}"#),
            Err(JsonError::Shape { ref path, .. }) if path == "/header/issuer"
        ));
    }

    #[test]
    fn a_byte_order_mark_and_a_duplicate_field() {
        assert_eq!(from_str(&format!("\u{feff}{SAMPLE}")), from_str(SAMPLE));
        let err = from_str(r#"{"schemaVersion":1,"schemaVersion":1}"#).unwrap_err();
        assert!(
            matches!(err, JsonError::Shape { ref path, .. } if path == "/schemaVersion"),
            "{err:?}"
        );
        assert_eq!(
            err.to_string(),
            "duplicate field `schemaVersion` (at /schemaVersion)"
        );
        let root = JsonError::Shape {
            path: String::new(),
            message: "a plan is a JSON object".into(),
        };
        assert_eq!(
            root.to_string(),
            "a plan is a JSON object (at the top level)"
        );
        assert_eq!(from_str("\"plan\""), Err(root));
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

    #[test]
    fn another_version_is_found_past_any_other_value() {
        // Fields of every JSON kind before the version are skipped, not misread.
        let text = r#"{"a": [1, [2.5, {"b": null}], "x"], "c": {"d": true, "e": -3},
            "future": {"nested": [[]]}, "schemaVersion": 7}"#;
        assert_eq!(
            from_str(text),
            Err(JsonError::UnsupportedVersion { found: 7 })
        );
        // A version that is not a whole number is a shape error, as is the current
        // version with fields it does not have.
        for version in ["\"2\"", "2.0", "-2", "null", "[2]", "{\"v\": 2}", "true"] {
            let text = format!("{{\"schemaVersion\": {version}, \"future\": 1}}");
            assert!(
                matches!(from_str(&text), Err(JsonError::Shape { .. })),
                "{version}: {:?}",
                from_str(&text)
            );
        }
        let err = from_str(r#"{"schemaVersion": 1, "future": 1}"#).unwrap_err();
        assert!(
            matches!(err, JsonError::Shape { ref path, .. } if path == "/future"),
            "{err:?}"
        );
    }
}
