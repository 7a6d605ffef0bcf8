//! The committed JSON Schema matches the code, and describes the example plans.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // Test code.

use std::path::PathBuf;

fn committed() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../schema/plan.schema.json")
}

#[test]
fn schema_file_is_up_to_date() {
    let generated = hoinghi::schema::plan();
    if std::env::var_os("HOINGHI_UPDATE_SCHEMA").is_some() {
        std::fs::write(committed(), &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(committed()).unwrap_or_default();
    assert!(on_disk == generated, "schema/plan.schema.json differs from the code: run `HOINGHI_UPDATE_SCHEMA=1 cargo test -p hoinghi-tests --test schema`");
}

#[test]
fn schema_names_every_top_level_field_of_the_examples() {
    let schema: serde_json::Value = serde_json::from_str(&hoinghi::schema::plan()).unwrap();
    let properties = schema["properties"].as_object().unwrap();
    assert_eq!(
        schema["additionalProperties"], false,
        "unknown fields are rejected"
    );
    for example in hoinghi_tests::examples() {
        let plan: serde_json::Value = serde_json::from_str(&example.json).unwrap();
        for key in plan.as_object().unwrap().keys() {
            assert!(
                properties.contains_key(key),
                "{}: {key} is not in the schema",
                example.name
            );
        }
    }
}
