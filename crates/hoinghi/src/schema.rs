//! The JSON Schema of a plan (draft 2020-12), generated from the Rust types.
//!
//! The committed copy is `schema/plan.schema.json`; a test fails when it drifts.

/// The plan's JSON Schema, as pretty JSON text.
///
/// ```
/// let schema = hoinghi::schema::plan();
/// assert!(schema.contains("\"schemaVersion\""));
/// ```
#[must_use]
pub fn plan() -> String {
    let mut schema = schemars::schema_for!(crate::Plan);
    schema.insert(
        "$id".to_owned(),
        serde_json::Value::String(format!(
            "urn:hoinghi:schema:plan:v{}",
            crate::SCHEMA_VERSION
        )),
    );
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}
