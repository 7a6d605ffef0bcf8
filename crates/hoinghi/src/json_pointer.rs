//! Where in a JSON text an error is: the JSON pointer (RFC 6901) of the value at a
//! byte offset, as serde_json reports errors by position.
//!
//! serde_json detects a shape error just after the offending token: after an unknown
//! key, after a value of the wrong type, at the `}` of an object missing a field, or
//! after the object enclosing a tagged union whose content is wrong. So the pointer is that
//! of the value completed just before the offset, else of the key just read, else of
//! the container being read.

#[derive(Debug)]
enum Frame {
    Object { key: Option<String> },
    Array { index: usize, started: bool },
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn path(stack: &[Frame]) -> String {
    let mut out = String::new();
    for frame in stack {
        match frame {
            Frame::Object { key: Some(k) } => {
                out.push('/');
                out.push_str(&escape(k));
            }
            Frame::Object { key: None } => {}
            Frame::Array {
                index,
                started: true,
            } => {
                out.push('/');
                out.push_str(&index.to_string());
            }
            Frame::Array { started: false, .. } => {}
        }
    }
    out
}

/// Marks the start of a value in the innermost container.
fn start_value(stack: &mut [Frame]) {
    if let Some(Frame::Array { started, .. }) = stack.last_mut() {
        *started = true;
    }
}

/// The end of a JSON string starting at `start` (a `"`), exclusive.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The JSON pointer of the value at byte `offset` of `json` (see the module docs).
#[must_use]
pub(crate) fn pointer_at(json: &str, offset: usize) -> String {
    let bytes = json.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut completed: Option<String> = None;
    let mut i = 0;
    while i < offset.min(bytes.len()) {
        let Some(&b) = bytes.get(i) else { break };
        match b {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'{' => {
                start_value(&mut stack);
                stack.push(Frame::Object { key: None });
                completed = None;
                i += 1;
            }
            b'[' => {
                start_value(&mut stack);
                stack.push(Frame::Array {
                    index: 0,
                    started: false,
                });
                completed = None;
                i += 1;
            }
            b'}' | b']' => {
                stack.pop();
                completed = Some(path(&stack));
                i += 1;
            }
            b',' => {
                match stack.last_mut() {
                    Some(Frame::Object { key }) => *key = None,
                    Some(Frame::Array { index, .. }) => *index += 1,
                    None => {}
                }
                completed = None;
                i += 1;
            }
            b':' => {
                completed = None;
                i += 1;
            }
            b'"' => {
                let end = string_end(bytes, i);
                let is_key = matches!(stack.last(), Some(Frame::Object { key: None }));
                if is_key {
                    let key: String = json
                        .get(i..end)
                        .and_then(|s| serde_json::from_str(s).ok())
                        .unwrap_or_default();
                    if let Some(Frame::Object { key: slot }) = stack.last_mut() {
                        *slot = Some(key);
                    }
                    completed = None;
                } else {
                    start_value(&mut stack);
                    completed = Some(path(&stack));
                }
                i = end;
            }
            _ => {
                // A number, true, false or null.
                start_value(&mut stack);
                while bytes.get(i).is_some_and(|c| {
                    !matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                }) {
                    i += 1;
                }
                completed = Some(path(&stack));
            }
        }
    }
    completed.unwrap_or_else(|| path(&stack))
}

#[cfg(test)]
mod tests {
    use super::pointer_at;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        n: u32,
        #[serde(default)]
        tag: Option<Tagged>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(tag = "kind", deny_unknown_fields)]
    #[allow(dead_code)]
    enum Tagged {
        A { v: u32 },
        B,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        list: Vec<Inner>,
        #[serde(rename = "a/b~c", default)]
        odd: Option<Inner>,
    }

    fn at(json: &str) -> String {
        let e = serde_json::from_str::<Outer>(json).unwrap_err();
        let offset = json
            .split('\n')
            .take(e.line() - 1)
            .map(|l| l.len() + 1)
            .sum::<usize>()
            + e.column();
        pointer_at(json, offset)
    }

    #[test]
    fn points_at_the_culprit() {
        assert_eq!(at(r#"{"list":[{"n":1},{"n":"x"}]}"#), "/list/1/n");
        assert_eq!(at(r#"{"list":[{"n":1},{"n":2,"zz":3}]}"#), "/list/1/zz");
        assert_eq!(at(r#"{"list":[{"n":1},{}]}"#), "/list/1");
        // An unknown tag is reported right after the tag's value.
        assert_eq!(
            at(r#"{"list":[{"n":1,"tag":{"kind":"C"}}]}"#),
            "/list/0/tag/kind"
        );
        // Inside a tagged union's content serde_json learns of the error only when the
        // enclosing object is closed: the pointer names that object.
        assert_eq!(
            at(r#"{"list":[{"n":1,"tag":{"kind":"A","v":-1}}]}"#),
            "/list/0"
        );
        assert_eq!(at(r#"{"list":{}}"#), "/list");
        assert_eq!(at(r#"{"list":[], "a/b~c": {"n": true}}"#), "/a~1b~0c/n");
        assert_eq!(
            at("{\n  \"list\": [\n    {\"n\": 1},\n    {\"n\": null}\n  ]\n}"),
            "/list/1/n"
        );
        assert_eq!(at(r#"{"list":[{"n":1}],"x\"y":1}"#), "/x\"y");
        assert_eq!(at(r#"[]"#), "");
    }
}
