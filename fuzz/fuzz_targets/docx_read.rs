//! Any bytes as a Word document: read as a plan or refused with a coded error, never a
//! panic, within the limits. Bytes that start like a zip or an OLE file are read as
//! they are; any others are split at NUL bytes into word/document.xml,
//! word/numbering.xml and word/styles.xml and zipped first, so that most runs reach
//! the XML the reader walks rather than stopping at the archive.
#![no_main]
use std::io::Write;

fn zipped(data: &[u8]) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored);
    let names = ["word/document.xml", "word/numbering.xml", "word/styles.xml"];
    for (name, part) in names.iter().zip(data.split(|b| *b == 0)) {
        if z.start_file(*name, options).is_err() || z.write_all(part).is_err() {
            return Vec::new();
        }
    }
    z.finish().map(|c| c.into_inner()).unwrap_or_default()
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let bytes = match hoinghi::docx::kind(data) {
        hoinghi::docx::Kind::Other => zipped(data),
        _ => data.to_vec(),
    };
    match hoinghi::docx::read(&bytes) {
        Ok(parsed) => {
            let _ = hoinghi::validate(&parsed.plan);
            let _ = hoinghi::render::text(&parsed.plan);
        }
        Err(e) => assert!(!e.code().is_empty()),
    }
    let _ = hoinghi::docx::source_lines(&bytes);
});
