//! Errors thrown to JavaScript: `Error` objects whose `name` is `"HoinghiError"`,
//! with a stable `code` and, for shape errors, the JSON pointer `path`.
//!
//! They are built here rather than in a JavaScript snippet because wasm-bindgen does
//! not support snippets for the Node.js target; the package's `HoinghiError` class
//! recognises them through `Symbol.hasInstance`.

use wasm_bindgen::prelude::*;

/// A JavaScript `Error` ready to be thrown (converts into the `JsValue` thrown).
#[derive(Debug)]
pub struct Thrown(JsValue);

impl From<Thrown> for JsValue {
    fn from(t: Thrown) -> Self {
        t.0
    }
}

fn build(code: &str, message: &str, path: Option<&str>) -> Thrown {
    let error = js_sys::Error::new(message);
    error.set_name("HoinghiError");
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&error, &JsValue::from_str("code"), &JsValue::from_str(code));
    if let Some(path) = path {
        let _ = js_sys::Reflect::set(&error, &JsValue::from_str("path"), &JsValue::from_str(path));
    }
    Thrown(error.into())
}

impl From<hoinghi::Error> for Thrown {
    fn from(e: hoinghi::Error) -> Self {
        build(e.code(), &e.to_string(), e.path())
    }
}

impl Thrown {
    /// A failure of this layer itself (converting a result); should never happen.
    pub(crate) fn internal(message: &str) -> Self {
        build("internal", message, None)
    }
}

/// A wrong type of argument ("`text` must be a string").
pub(crate) fn invalid_argument(name: &str, expected: &str) -> Thrown {
    build(
        "invalid-argument",
        &format!("`{name}` must be {expected}"),
        None,
    )
}
