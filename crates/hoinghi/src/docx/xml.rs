//! The XML of a .docx part as a stream of events, over `quick-xml`: elements are
//! told apart by namespace (WordprocessingML, markup compatibility, other) and local
//! name, text and references are given as UTF-8, and malformed XML is an error.
//!
//! Nothing here decodes other encodings: Word writes UTF-8, and quick-xml's decoders
//! would link every encoding of `encoding_rs` into the WebAssembly module.

use std::borrow::Cow;

use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::NsReader;

use super::DocxError;

/// WordprocessingML, as Word and most writers write it, and in ISO 29500 strict form.
const W: &[&[u8]] = &[
    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    b"http://purl.oclc.org/ooxml/wordprocessingml/main",
];
/// Markup compatibility (`mc:AlternateContent`).
const MC: &[u8] = b"http://schemas.openxmlformats.org/markup-compatibility/2006";

/// Which vocabulary an element is from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ns {
    /// WordprocessingML (`w:`).
    W,
    /// Markup compatibility (`mc:`).
    Mc,
    /// Anything else (DrawingML, VML, relationships, …).
    Other,
}

/// One event of a part.
pub(crate) enum Ev<'a> {
    /// `<x …>`.
    Start(Ns, BytesStart<'a>),
    /// `<x …/>`.
    Empty(Ns, BytesStart<'a>),
    /// `</x>`.
    End,
    /// Character data, or a resolved reference (`&amp;`, `&#x1EA0;`).
    Text(Cow<'a, str>),
    /// The end of the part.
    Eof,
}

/// A part being read.
pub(crate) struct Xml<'a> {
    reader: NsReader<&'a [u8]>,
    part: &'static str,
}

impl<'a> Xml<'a> {
    /// Reads `text`, the part named `part` (for error messages).
    pub(crate) fn new(text: &'a str, part: &'static str) -> Self {
        let mut reader = NsReader::from_str(text);
        let config = reader.config_mut();
        config.trim_text(false);
        config.check_end_names = true;
        Self { reader, part }
    }

    /// An error about this part.
    pub(crate) fn malformed(&self, what: impl std::fmt::Display) -> DocxError {
        DocxError::Malformed {
            part: self.part,
            reason: what.to_string(),
        }
    }

    /// The next event that matters (declarations, comments and processing
    /// instructions are passed over).
    pub(crate) fn next(&mut self) -> Result<Ev<'a>, DocxError> {
        loop {
            let (ns, event) =
                self.reader
                    .read_resolved_event()
                    .map_err(|e| DocxError::Malformed {
                        part: self.part,
                        reason: e.to_string(),
                    })?;
            let ns = namespace(&ns);
            return Ok(match event {
                Event::Start(e) => Ev::Start(ns, e),
                Event::Empty(e) => Ev::Empty(ns, e),
                Event::End(_) => Ev::End,
                Event::Text(t) => Ev::Text(utf8(t.into_inner(), self.part)?),
                Event::CData(t) => Ev::Text(utf8(t.into_inner(), self.part)?),
                Event::GeneralRef(r) => Ev::Text(Cow::Owned(reference(&r, self.part)?)),
                Event::Eof => Ev::Eof,
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => continue,
            });
        }
    }

    /// Passes over the rest of an element whose start was just read.
    pub(crate) fn skip(&mut self, start: &BytesStart<'_>) -> Result<(), DocxError> {
        self.reader
            .read_to_end(start.name())
            .map(|_| ())
            .map_err(|e| DocxError::Malformed {
                part: self.part,
                reason: e.to_string(),
            })
    }

    /// The text of an element whose start was just read, up to its end; elements
    /// inside are passed over.
    pub(crate) fn text(&mut self) -> Result<String, DocxError> {
        let mut out = String::new();
        loop {
            match self.next()? {
                Ev::Text(t) => out.push_str(&t),
                Ev::Start(_, e) => self.skip(&e)?,
                Ev::End => return Ok(out),
                Ev::Eof => return Err(self.malformed("the part ends inside an element")),
                Ev::Empty(..) => {}
            }
        }
    }
}

fn namespace(ns: &ResolveResult<'_>) -> Ns {
    match ns {
        ResolveResult::Bound(Namespace(uri)) if W.contains(uri) => Ns::W,
        ResolveResult::Bound(Namespace(uri)) if *uri == MC => Ns::Mc,
        _ => Ns::Other,
    }
}

fn utf8<'a>(bytes: Cow<'a, [u8]>, part: &'static str) -> Result<Cow<'a, str>, DocxError> {
    let bad = |e: std::str::Utf8Error| DocxError::Malformed {
        part,
        reason: format!("text that is not UTF-8 ({e})"),
    };
    match bytes {
        Cow::Borrowed(b) => std::str::from_utf8(b).map(Cow::Borrowed).map_err(bad),
        Cow::Owned(v) => String::from_utf8(v)
            .map(Cow::Owned)
            .map_err(|e| bad(e.utf8_error())),
    }
}

/// `&amp;` and the other four named references, and character references.
fn reference(r: &BytesRef<'_>, part: &'static str) -> Result<String, DocxError> {
    let name = std::str::from_utf8(r).unwrap_or("");
    if let Some(text) = quick_xml::escape::resolve_predefined_entity(name) {
        return Ok(text.to_owned());
    }
    let code = match name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
        Some(hex) => u32::from_str_radix(hex, 16).ok(),
        None => name.strip_prefix('#').and_then(|d| d.parse().ok()),
    };
    code.and_then(char::from_u32)
        .filter(|c| *c != '\0')
        .map(String::from)
        .ok_or_else(|| DocxError::Malformed {
            part,
            reason: format!("an unknown reference &{name};"),
        })
}

/// The local name of an element.
pub(crate) fn local<'e>(e: &'e BytesStart<'_>) -> &'e [u8] {
    e.local_name().into_inner()
}

/// The value of the attribute with local name `name` (`w:val` → `val`), unescaped.
pub(crate) fn attr(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    for a in e.attributes().with_checks(false).flatten() {
        if a.key.local_name().as_ref() == name {
            let raw = std::str::from_utf8(&a.value).ok()?;
            return quick_xml::escape::unescape(raw).ok().map(Cow::into_owned);
        }
    }
    None
}

/// A number attribute.
pub(crate) fn number(e: &BytesStart<'_>, name: &[u8]) -> Option<u32> {
    attr(e, name).and_then(|v| v.trim().parse().ok())
}

/// An on/off property (`<w:caps/>`, `<w:caps w:val="0"/>`): on unless its value says off.
pub(crate) fn on(e: &BytesStart<'_>) -> bool {
    !matches!(
        attr(e, b"val").as_deref(),
        Some("0" | "false" | "off" | "none")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_and_references() {
        let text = r#"<?xml version="1.0"?><w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:t xml:space="preserve">A &amp; &#x1EA0;&#273;</w:t><mc:Fallback/><v:x xmlns:v="urn:v"/></w:r>"#;
        let mut x = Xml::new(text, "test");
        let Ok(Ev::Start(Ns::W, r)) = x.next() else {
            panic!("w:r")
        };
        assert_eq!(local(&r), b"r");
        let Ok(Ev::Start(Ns::W, t)) = x.next() else {
            panic!("w:t")
        };
        assert_eq!(attr(&t, b"space").as_deref(), Some("preserve"));
        assert_eq!(x.text().unwrap(), "A & Ạđ");
        assert!(matches!(x.next(), Ok(Ev::Empty(Ns::Mc, _))));
        assert!(matches!(x.next(), Ok(Ev::Empty(Ns::Other, _))));
        assert!(matches!(x.next(), Ok(Ev::End)));
        assert!(matches!(x.next(), Ok(Ev::Eof)));
        let mut bad = Xml::new("<a><b></a>", "bad");
        let err = loop {
            match bad.next() {
                Err(e) => break e,
                Ok(Ev::Eof) => panic!("no error"),
                Ok(_) => {}
            }
        };
        assert_eq!(err.code(), "docx-malformed");
        let mut unknown = Xml::new("<a>&nbsp;</a>", "x");
        assert!(unknown.next().is_ok());
        assert!(unknown.next().is_err());
    }
}
