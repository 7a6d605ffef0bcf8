//! Writing and checking the generated data files (`unicode/tables.rs`,
//! `case/tables.rs`): tests only. Each generator is a test that compares its output
//! with the checked-in file; `HOINGHI_UPDATE_TABLES=1` writes the file instead.

use std::fmt::Write;

/// A generated Rust file of static arrays.
pub(crate) struct TableFile {
    out: String,
}

impl TableFile {
    /// A file whose module docs are `header` (lines without the `//! `).
    pub(crate) fn new(header: &[&str]) -> Self {
        let mut out = String::new();
        for line in header {
            let _ = writeln!(out, "//! {line}");
        }
        out.push('\n');
        Self { out }
    }

    /// A constant.
    pub(crate) fn constant(&mut self, doc: &str, name: &str, ty: &str, value: &str) {
        let _ = writeln!(
            self.out,
            "{doc}\npub(super) const {name}: {ty} = {value};\n"
        );
    }

    /// A static array of `items`, eight per line.
    pub(crate) fn array(&mut self, doc: &str, name: &str, ty: &str, items: &[String]) {
        let _ = writeln!(
            self.out,
            "{doc}\n#[rustfmt::skip]\npub(super) static {name}: [{ty}; {}] = [",
            items.len()
        );
        for line in items.chunks(8) {
            let _ = writeln!(self.out, "    {},", line.join(", "));
        }
        self.out.push_str("];\n\n");
    }

    /// The file's text.
    pub(crate) fn finish(mut self) -> String {
        self.out.truncate(self.out.trim_end().len());
        self.out.push('\n');
        self.out
    }
}

/// Whether the checked-in file at `path` (relative to the crate) is `generated`;
/// writes it first when `HOINGHI_UPDATE_TABLES` is set.
pub(crate) fn is_current(path: &str, generated: &str) -> bool {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("HOINGHI_UPDATE_TABLES").is_some() {
        std::fs::write(&path, generated).unwrap();
    }
    std::fs::read_to_string(&path).unwrap_or_default() == generated
}

/// Every Unicode scalar value.
pub(crate) fn all_chars() -> impl DoubleEndedIterator<Item = char> {
    (0..=0x10FFFF_u32).filter_map(char::from_u32)
}
