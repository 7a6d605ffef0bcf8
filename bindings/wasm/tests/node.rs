//! The binding layer tested from Rust, in Node.js (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test code.

use hoinghi_wasm::{
    check_quorum, count_delegates, parse_plan, read_plan, render_plan, schema_version,
    validate_json, validate_plan,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const SAMPLE: &str = include_str!("../../../examples/plans/ke-hoach-05-KH-DTN-VP.txt");
const SAMPLE_JSON: &str = include_str!("../../../examples/plans/ke-hoach-05-KH-DTN-VP.json");

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(key)).unwrap()
}

fn sample_plan() -> JsValue {
    get(&parse_plan(JsValue::from_str(SAMPLE)).ok().unwrap(), "plan")
}

fn thrown(result: Result<JsValue, hoinghi_wasm::Thrown>) -> js_sys::Error {
    let error: JsValue = result.expect_err("an error").into();
    error.dyn_into::<js_sys::Error>().expect("an Error object")
}

#[wasm_bindgen_test]
fn parses_counts_and_validates_the_sample() {
    let plan = sample_plan();
    let count = count_delegates(plan.clone()).ok().unwrap();
    assert_eq!(get(&count, "min").as_f64(), Some(37.0));
    assert!(get(&count, "max").is_null());
    assert_eq!(get(&count, "limit").as_f64(), Some(50.0));
    let diagnostics: js_sys::Array = validate_plan(plan.clone(), None)
        .ok()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(diagnostics.length(), 2);
    assert_eq!(
        get(&diagnostics.get(0), "code").as_string().as_deref(),
        Some("reporting-period-mismatch")
    );
    assert!(render_plan(plan, JsValue::from_str("html"), None)
        .ok()
        .unwrap()
        .starts_with("<!DOCTYPE html>"));
    assert_eq!(schema_version(), 1);
}

#[wasm_bindgen_test]
fn errors_are_hoinghi_errors_with_codes() {
    let e = thrown(parse_plan(JsValue::from_f64(3.0)));
    assert_eq!(String::from(e.name()), "HoinghiError");
    assert_eq!(
        get(&e, "code").as_string().as_deref(),
        Some("invalid-argument")
    );

    let plan = sample_plan();
    js_sys::Reflect::set(
        &get(&plan, "header"),
        &JsValue::from_str("colour"),
        &JsValue::from_str("red"),
    )
    .unwrap();
    let e = thrown(validate_plan(plan, None));
    assert_eq!(get(&e, "code").as_string().as_deref(), Some("json-shape"));
    assert_eq!(
        get(&e, "path").as_string().as_deref(),
        Some("/header/colour")
    );

    let rule =
        js_sys::JSON::parse(r#"{"people":{"numerator":1,"denominator":2,"strict":true}}"#).unwrap();
    let attendance =
        js_sys::JSON::parse(r#"{"present":[{"group":9,"entry":0,"count":1}]}"#).unwrap();
    let e = thrown(check_quorum(sample_plan(), rule, Some(attendance)));
    assert_eq!(
        get(&e, "code").as_string().as_deref(),
        Some("attendance-invalid")
    );

    let nan = sample_plan();
    js_sys::Reflect::set(
        &get(&nan, "participants"),
        &JsValue::from_str("expected"),
        &JsValue::from_f64(f64::NAN),
    )
    .unwrap();
    assert_eq!(
        get(&thrown(count_delegates(nan)), "code")
            .as_string()
            .as_deref(),
        Some("invalid-argument")
    );

    // Still working.
    assert_eq!(
        get(&count_delegates(sample_plan()).ok().unwrap(), "min").as_f64(),
        Some(37.0)
    );
}

fn codes(diagnostics: &JsValue) -> Vec<String> {
    js_sys::Array::from(diagnostics)
        .iter()
        .map(|d| get(&d, "code").as_string().unwrap())
        .collect()
}

#[wasm_bindgen_test]
fn reads_text_and_json_in_one_call() {
    let from_text = read_plan(JsValue::from_str(SAMPLE), None).ok().unwrap();
    assert_eq!(
        get(&from_text, "format").as_string().as_deref(),
        Some("text")
    );
    assert_eq!(get(&get(&from_text, "count"), "min").as_f64(), Some(37.0));
    assert_eq!(
        codes(&get(&from_text, "diagnostics")),
        ["reporting-period-mismatch", "delegate-count-unknown"]
    );
    // The plan is the one parsePlan gives.
    assert_eq!(
        js_sys::JSON::stringify(&get(&from_text, "plan")).unwrap(),
        js_sys::JSON::stringify(&sample_plan()).unwrap()
    );

    let options = js_sys::JSON::parse(r#"{"disabled": ["delegate-count-unknown"]}"#).unwrap();
    let from_json = read_plan(JsValue::from_str(SAMPLE_JSON), Some(options))
        .ok()
        .unwrap();
    assert_eq!(
        get(&from_json, "format").as_string().as_deref(),
        Some("json")
    );
    assert_eq!(
        codes(&get(&from_json, "diagnostics")),
        ["reporting-period-mismatch"]
    );

    let e = thrown(read_plan(JsValue::from_str("{\"schemaVersion\": 1,"), None));
    assert_eq!(get(&e, "code").as_string().as_deref(), Some("json-syntax"));
    let e = thrown(read_plan(JsValue::from_str("Xin chào."), None));
    assert_eq!(get(&e, "code").as_string().as_deref(), Some("not-a-plan"));
}

#[wasm_bindgen_test]
fn validates_json_text() {
    let diagnostics = validate_json(JsValue::from_str(SAMPLE_JSON), None)
        .ok()
        .unwrap();
    assert_eq!(
        codes(&diagnostics),
        ["reporting-period-mismatch", "delegate-count-unknown"]
    );
    let e = thrown(validate_json(
        JsValue::from_str(
            &SAMPLE_JSON.replace("\"issuer\": \"BCH", "\"colour\": 1, \"issuer\": \"BCH"),
        ),
        None,
    ));
    assert_eq!(get(&e, "code").as_string().as_deref(), Some("json-shape"));
    assert_eq!(
        get(&e, "path").as_string().as_deref(),
        Some("/header/colour")
    );
    let e = thrown(validate_json(JsValue::from_f64(1.0), None));
    assert_eq!(
        get(&e, "code").as_string().as_deref(),
        Some("invalid-argument")
    );
}
