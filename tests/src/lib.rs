//! Shared fixtures for the cross-crate tests: the example plans and the proptest
//! strategies for whole plans, reused by every round-trip test.

use std::path::PathBuf;

pub mod generated;
pub mod strategies;

/// One example plan: its name, its text and its JSON.
pub struct Example {
    /// File stem.
    pub name: String,
    /// The plan as text.
    pub text: String,
    /// The plan as JSON.
    pub json: String,
}

/// The folder of example plans.
#[must_use]
pub fn plans_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/plans")
}

/// Every example plan that has both a `.txt` and a `.json` file, sorted by name.
///
/// # Panics
/// When the folder cannot be read (a broken checkout).
#[must_use]
#[allow(clippy::expect_used)]
pub fn examples() -> Vec<Example> {
    let dir = plans_dir();
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("examples/plans exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let json = path.with_extension("json");
            if json.exists() {
                out.push(Example {
                    name: path
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    text: std::fs::read_to_string(&path).expect("utf-8 text"),
                    json: std::fs::read_to_string(&json).expect("utf-8 json"),
                });
            }
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// The seed plan (Kế hoạch 05-KH/ĐTN-VP of Quận 12, 2022).
///
/// # Panics
/// When the example is missing.
#[must_use]
#[allow(clippy::expect_used)]
pub fn sample() -> Example {
    examples()
        .into_iter()
        .find(|e| e.name == "ke-hoach-05-KH-DTN-VP")
        .expect("the sample plan is in examples/plans")
}

/// One plan of a folder of the tests crate (`corpus/`, `kinds/`).
pub struct Document {
    /// File stem.
    pub name: String,
    /// The `.txt` file.
    pub path: PathBuf,
    /// Its text, the `%%` header lines (source address, notes) dropped.
    pub text: String,
}

/// The `.txt` plans of a folder of the tests crate, their `%%` header lines dropped,
/// sorted by name.
///
/// # Panics
/// When the folder or a file cannot be read (a broken checkout).
#[must_use]
#[allow(clippy::expect_used)]
pub fn documents(folder: &str) -> Vec<Document> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut docs: Vec<Document> = std::fs::read_dir(&dir)
        .expect("the folder exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|path| {
            let raw = std::fs::read_to_string(&path).expect("readable plan");
            let text = raw
                .lines()
                .skip_while(|l| l.starts_with("%%"))
                .collect::<Vec<_>>()
                .join("\n");
            Document {
                name: path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                path,
                text,
            }
        })
        .collect();
    docs.sort_by(|a, b| a.name.cmp(&b.name));
    docs
}
