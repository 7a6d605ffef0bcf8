//! The file around the XML: telling a .docx from a Word 97–2003 .doc or an encrypted
//! document (both OLE compound files), opening the zip within the limits, and finding
//! the parts through their relationships.

use std::io::{Cursor, Read};

use zip::result::ZipError;
use zip::ZipArchive;

use super::xml::{self, attr, local, Ev, Xml};
use super::DocxError;
use crate::limits::{MAX_DOCX_ENTRIES, MAX_DOCX_UNPACKED_BYTES};

/// The start of a zip file (a local file header).
const ZIP: &[u8] = b"PK\x03\x04";
/// The start of an OLE compound file: Word 97–2003 documents, and encrypted documents
/// of any Word version.
const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// What the bytes are, by their content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A zip archive (a .docx, if it holds a Word document).
    Zip,
    /// An OLE compound file: a Word 97–2003 .doc, or an encrypted document.
    Ole,
    /// Neither.
    Other,
}

/// Tells a zip from an OLE compound file by the first bytes.
#[must_use]
pub fn kind(bytes: &[u8]) -> Kind {
    if bytes.starts_with(ZIP) {
        Kind::Zip
    } else if bytes.starts_with(OLE) {
        Kind::Ole
    } else {
        Kind::Other
    }
}

/// Why an OLE compound file is not read: encrypted (it holds an `EncryptionInfo` or
/// `EncryptedPackage` stream: a .docx saved with a password), else a legacy .doc.
pub(crate) fn ole_error(bytes: &[u8]) -> DocxError {
    // Directory entries are 128 bytes, aligned to 128 within the file: a UTF-16LE name
    // of up to 32 units, then its length in bytes (with the terminating NUL).
    let encrypted = ["EncryptionInfo", "EncryptedPackage"].iter().any(|name| {
        let utf16: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let len = u16::try_from(utf16.len() + 2).unwrap_or(0).to_le_bytes();
        bytes.chunks_exact(128).skip(1).any(|entry| {
            entry.starts_with(&utf16)
                && entry.get(utf16.len()..utf16.len() + 2) == Some(&[0, 0][..])
                && entry.get(64..66) == Some(&len[..])
        })
    });
    if encrypted {
        DocxError::Encrypted
    } else {
        DocxError::LegacyDoc
    }
}

/// An opened .docx: its archive, and how much of the limit on unpacked bytes is left.
pub(crate) struct Package<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    budget: u64,
}

fn zip_error(e: ZipError) -> DocxError {
    match e {
        ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED) | ZipError::InvalidPassword => {
            DocxError::Encrypted
        }
        other => DocxError::Malformed {
            part: "zip",
            reason: other.to_string(),
        },
    }
}

impl<'a> Package<'a> {
    /// Opens the archive, checking its number of entries.
    pub(crate) fn open(bytes: &'a [u8]) -> Result<Self, DocxError> {
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| match e {
            ZipError::InvalidArchive(_) | ZipError::Io(_) => DocxError::NotZip,
            other => zip_error(other),
        })?;
        if archive.len() > MAX_DOCX_ENTRIES {
            return Err(DocxError::TooLarge {
                what: "zip entries",
                found: archive.len() as u64,
                limit: MAX_DOCX_ENTRIES as u64,
            });
        }
        Ok(Self {
            archive,
            budget: MAX_DOCX_UNPACKED_BYTES,
        })
    }

    /// The text of part `name` (case-insensitive, as part names are), or `None` when
    /// the archive has no such part. Counts against [`MAX_DOCX_UNPACKED_BYTES`].
    pub(crate) fn part(&mut self, name: &str) -> Result<Option<String>, DocxError> {
        let index = match self.archive.index_for_name(name) {
            Some(i) => i,
            None => match (0..self.archive.len()).find(|&i| {
                self.archive
                    .name_for_index(i)
                    .is_some_and(|n| n.eq_ignore_ascii_case(name))
            }) {
                Some(i) => i,
                None => return Ok(None),
            },
        };
        let too_large = |found: u64| DocxError::TooLarge {
            what: "bytes of unpacked XML",
            found: MAX_DOCX_UNPACKED_BYTES - self.budget + found,
            limit: MAX_DOCX_UNPACKED_BYTES,
        };
        let file = self.archive.by_index(index).map_err(zip_error)?;
        if file.size() > self.budget {
            return Err(too_large(file.size()));
        }
        // The declared size may lie: read at most one byte beyond what is left.
        let mut bytes = Vec::new();
        file.take(self.budget.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| DocxError::Malformed {
                part: "zip",
                reason: e.to_string(),
            })?;
        let read = bytes.len() as u64;
        if read > self.budget {
            return Err(too_large(read));
        }
        self.budget -= read;
        let text = String::from_utf8(bytes).map_err(|e| DocxError::Malformed {
            part: "zip",
            reason: format!("{name} is not UTF-8 ({})", e.utf8_error()),
        })?;
        // A byte-order mark is allowed before the XML declaration.
        Ok(Some(match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        }))
    }

    /// Whether the archive has a part of this name.
    pub(crate) fn has(&self, name: &str) -> bool {
        self.archive.index_for_name(name).is_some()
            || self
                .archive
                .file_names()
                .any(|n| n.eq_ignore_ascii_case(name))
    }
}

/// The targets of relationships whose type ends with one of `types`, from a `.rels`
/// part of the part `source` ("" for the package), as part names.
pub(crate) fn relationships(
    rels: &str,
    source: &str,
    types: &[&str],
) -> Result<Vec<(usize, String)>, DocxError> {
    let doc = xml::parse(rels, "relationships")?;
    let mut x = Xml::new(&doc, "relationships");
    let mut out = Vec::new();
    loop {
        match x.next()? {
            Ev::Empty(_, e) | Ev::Start(_, e) if local(&e) == b"Relationship" => {
                if attr(&e, b"TargetMode").as_deref() == Some("External") {
                    continue;
                }
                let kind = attr(&e, b"Type").unwrap_or_default();
                let Some(which) = types
                    .iter()
                    .position(|t| kind.rsplit('/').next() == Some(*t))
                else {
                    continue;
                };
                if let Some(target) = attr(&e, b"Target") {
                    out.push((which, resolve(source, &target)));
                }
            }
            Ev::Eof => return Ok(out),
            _ => {}
        }
    }
}

/// A relationship's target as a part name: absolute ("/word/document.xml"), or
/// relative to the folder of the source part, with "." and ".." resolved.
fn resolve(source: &str, target: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if !target.starts_with('/') {
        parts.extend(
            source
                .rsplit_once('/')
                .map(|(dir, _)| dir.split('/'))
                .into_iter()
                .flatten(),
        );
    }
    for segment in target.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_to_part_names() {
        assert_eq!(resolve("", "word/document.xml"), "word/document.xml");
        assert_eq!(
            resolve("word/document.xml", "numbering.xml"),
            "word/numbering.xml"
        );
        assert_eq!(
            resolve("word/document.xml", "/word/styles.xml"),
            "word/styles.xml"
        );
        assert_eq!(
            resolve("word/document.xml", "../customXml/a.xml"),
            "customXml/a.xml"
        );
        assert_eq!(resolve("word/document.xml", "./x/../y.xml"), "word/y.xml");
    }

    #[test]
    fn relationships_by_type() {
        let rels = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://x" TargetMode="External"/><Relationship Id="rId3" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/numbering" Target="/word/numbering.xml"/></Relationships>"#;
        assert_eq!(
            relationships(rels, "word/document.xml", &["numbering", "styles"]).unwrap(),
            [
                (1, "word/styles.xml".to_owned()),
                (0, "word/numbering.xml".to_owned())
            ]
        );
    }

    #[test]
    fn ole_files_are_told_apart() {
        let mut doc = OLE.to_vec();
        doc.resize(1024, 0);
        assert_eq!(kind(&doc), Kind::Ole);
        assert_eq!(ole_error(&doc), DocxError::LegacyDoc);
        let name: Vec<u8> = "EncryptionInfo"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let mut entry = name.clone();
        entry.resize(64, 0);
        entry.extend_from_slice(&30u16.to_le_bytes());
        entry.resize(128, 0);
        doc.splice(512 + 128..512 + 256, entry);
        assert_eq!(ole_error(&doc), DocxError::Encrypted);
        // The name in a stream's data, unaligned, is not a directory entry.
        let mut data = OLE.to_vec();
        data.resize(520, 0);
        data.extend_from_slice(&name);
        data.resize(2048, 0);
        assert_eq!(ole_error(&data), DocxError::LegacyDoc);
        assert_eq!(kind(b"PK\x03\x04rest"), Kind::Zip);
        assert_eq!(kind(b"KE HOACH"), Kind::Other);
    }
}
