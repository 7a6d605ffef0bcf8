//! Generates the TypeScript declarations of the data types from the core's JSON
//! Schemas (schemars), so that no TypeScript is written by hand beside Rust types.

use std::fmt::Write as _;

use schemars::generate::SchemaSettings;
use serde_json::{Map, Value};

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let mut generator = SchemaSettings::draft2020_12().into_generator();
    macro_rules! roots {
        ($($t:ty),* $(,)?) => { $( let _ = generator.subschema_for::<$t>(); )* };
    }
    roots!(
        hoinghi::Plan,
        hoinghi::Parsed,
        hoinghi::Checked,
        hoinghi::Diagnostic,
        hoinghi::DelegateCount,
        hoinghi::ValidateOptions,
        hoinghi::model::QuorumRule,
        hoinghi::quorum::Attendance,
        hoinghi::quorum::QuorumReport,
        hoinghi::DocumentNumber,
        hoinghi::render::Format,
        hoinghi::render::RenderOptions,
        hoinghi::render::LayoutChange,
        hoinghi::export::letters::Letter,
    );
    let definitions = generator.take_definitions(true);
    let mut out = String::from(
        "// Generated from the Rust types by bindings/wasm/build.rs. Do not edit.\n\n",
    );
    for (name, schema) in &definitions {
        if let Some(description) = schema.get("description").and_then(Value::as_str) {
            out.push_str(&doc(description, ""));
        }
        let _ = writeln!(out, "export type {name} = {};\n", ts(schema, ""));
    }
    let codes: Vec<String> = hoinghi::Error::CODES
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect();
    let _ = writeln!(
        out,
        "/** The stable code of a thrown {{@link HoinghiError}}. */\nexport type ErrorCode = {};\n",
        codes.join(" | ")
    );
    out.push_str(
        "/**\n * Every error this package throws: an `Error` whose `name` is \"HoinghiError\",\n * with a stable `code` and, for shape errors, the JSON pointer `path`.\n */\nexport declare class HoinghiError extends Error {\n  readonly name: \"HoinghiError\";\n  readonly code: ErrorCode | \"invalid-argument\";\n  readonly path?: string;\n}\n",
    );
    let dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".to_owned());
    if let Err(e) = std::fs::write(std::path::Path::new(&dir).join("types.d.ts"), out) {
        println!("cargo::error=cannot write types.d.ts: {e}");
    }
}

fn doc(text: &str, indent: &str) -> String {
    let mut s = format!("{indent}/**\n");
    for line in text.lines() {
        let _ = writeln!(s, "{indent} * {}", line.replace("*/", "*\\/"));
    }
    let _ = writeln!(s, "{indent} */");
    s
}

fn ts(schema: &Value, indent: &str) -> String {
    let Some(obj) = schema.as_object() else {
        return if schema.as_bool() == Some(false) {
            "never".into()
        } else {
            "unknown".into()
        };
    };
    if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
        return r.rsplit('/').next().unwrap_or("unknown").to_owned();
    }
    if let Some(c) = obj.get("const") {
        return c.to_string();
    }
    if let Some(values) = obj.get("enum").and_then(Value::as_array) {
        return values
            .iter()
            .map(Value::to_string)
            .collect::<Vec<_>>()
            .join(" | ");
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(variants) = obj.get(key).and_then(Value::as_array) {
            let parts: Vec<String> = variants.iter().map(|v| ts(v, indent)).collect();
            let base = single_type(obj, indent);
            let union = format!("({})", parts.join(" | "));
            return match base {
                Some(b) if b != "object" => format!("{b} & {union}"),
                _ => union,
            };
        }
    }
    if let Some(all) = obj.get("allOf").and_then(Value::as_array) {
        return all
            .iter()
            .map(|v| ts(v, indent))
            .collect::<Vec<_>>()
            .join(" & ");
    }
    match obj.get("type") {
        Some(Value::Array(types)) => types
            .iter()
            .filter_map(Value::as_str)
            .map(|t| primitive(t, obj, indent))
            .collect::<Vec<_>>()
            .join(" | "),
        Some(Value::String(t)) => primitive(t, obj, indent),
        _ => "unknown".into(),
    }
}

fn single_type(obj: &Map<String, Value>, indent: &str) -> Option<String> {
    let t = obj.get("type")?.as_str()?;
    Some(primitive(t, obj, indent))
}

fn primitive(t: &str, obj: &Map<String, Value>, indent: &str) -> String {
    match t {
        "string" => "string".into(),
        "integer" | "number" => "number".into(),
        "boolean" => "boolean".into(),
        "null" => "null".into(),
        "array" => {
            let item = obj
                .get("items")
                .map_or_else(|| "unknown".to_owned(), |i| ts(i, indent));
            if item.contains(' ') {
                format!("Array<{item}>")
            } else {
                format!("{item}[]")
            }
        }
        "object" => object(obj, indent),
        _ => "unknown".into(),
    }
}

fn object(obj: &Map<String, Value>, indent: &str) -> String {
    let Some(props) = obj.get("properties").and_then(Value::as_object) else {
        return match obj.get("additionalProperties") {
            Some(extra @ Value::Object(_)) => format!("Record<string, {}>", ts(extra, indent)),
            _ => "Record<string, never>".into(),
        };
    };
    let required: Vec<&str> = obj
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let inner = format!("{indent}  ");
    let mut s = String::from("{\n");
    for (key, value) in props {
        if let Some(d) = value.get("description").and_then(Value::as_str) {
            s.push_str(&doc(d, &inner));
        }
        let optional = if required.contains(&key.as_str()) {
            ""
        } else {
            "?"
        };
        let _ = writeln!(s, "{inner}{key}{optional}: {};", ts(value, &inner));
    }
    s.push_str(indent);
    s.push('}');
    s
}
