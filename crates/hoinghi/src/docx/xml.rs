//! The XML of a .docx part as a stream of events over a `roxmltree` document:
//! elements told apart by namespace (WordprocessingML, markup compatibility, other)
//! and local name, text with its references resolved, malformed XML an error.
//!
//! roxmltree rather than quick-xml (which docx-rs writes with): docx-rs turns on
//! quick-xml's `encoding` feature, and quick-xml's reader then links every decoder of
//! `encoding_rs` and its tables, about 180 KB of the WebAssembly module, for documents
//! that are UTF-8. roxmltree reads UTF-8 only, refuses DTDs (no entity expansion
//! attacks), and is walked here without recursion.

use roxmltree::{Document, Node, ParsingOptions};

use super::DocxError;
use crate::limits::MAX_DOCX_XML_NODES;

/// WordprocessingML, as Word and most writers write it, and in ISO 29500 strict form.
const W: &[&str] = &[
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
];
/// Markup compatibility (`mc:AlternateContent`).
const MC: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

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

/// An element.
pub(crate) type El<'d, 'i> = Node<'d, 'i>;

/// One event of a part.
pub(crate) enum Ev<'d, 'i> {
    /// An element with content.
    Start(Ns, El<'d, 'i>),
    /// An element without content.
    Empty(Ns, El<'d, 'i>),
    /// The end of the innermost element started.
    End,
    /// Character data (elements whose text is read take it with [`Xml::text`]).
    Text,
    /// The end of the part.
    Eof,
}

/// Parses a part: UTF-8 XML without a DTD, within [`MAX_DOCX_XML_NODES`].
pub(crate) fn parse<'i>(text: &'i str, part: &'static str) -> Result<Document<'i>, DocxError> {
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_DOCX_XML_NODES,
        ..ParsingOptions::default()
    };
    Document::parse_with_options(text, options).map_err(|e| match e {
        roxmltree::Error::NodesLimitReached => DocxError::TooLarge {
            what: "XML nodes in one part",
            found: u64::from(MAX_DOCX_XML_NODES) + 1,
            limit: u64::from(MAX_DOCX_XML_NODES),
        },
        other => DocxError::Malformed {
            part,
            reason: other.to_string(),
        },
    })
}

/// Where the walk is.
#[derive(Clone, Copy)]
enum Step<'d, 'i> {
    Enter(Node<'d, 'i>),
    Exit(Node<'d, 'i>),
    Done,
}

/// A part being walked, element by element, as events.
pub(crate) struct Xml<'d, 'i> {
    step: Step<'d, 'i>,
    part: &'static str,
}

impl<'d, 'i> Xml<'d, 'i> {
    /// Walks `doc`, the part named `part` (for error messages), from its root element.
    pub(crate) fn new(doc: &'d Document<'i>, part: &'static str) -> Self {
        Self {
            step: Step::Enter(doc.root_element()),
            part,
        }
    }

    /// An error about this part.
    pub(crate) fn malformed(&self, what: impl std::fmt::Display) -> DocxError {
        DocxError::Malformed {
            part: self.part,
            reason: what.to_string(),
        }
    }

    /// The step after `node` and its content.
    fn after(node: Node<'d, 'i>) -> Step<'d, 'i> {
        if let Some(next) = node.next_sibling() {
            return Step::Enter(next);
        }
        match node.parent() {
            Some(parent) if parent.is_element() => Step::Exit(parent),
            _ => Step::Done,
        }
    }

    /// The next event (comments and processing instructions are passed over).
    pub(crate) fn next(&mut self) -> Result<Ev<'d, 'i>, DocxError> {
        loop {
            match self.step {
                Step::Done => return Ok(Ev::Eof),
                Step::Exit(node) => {
                    self.step = Self::after(node);
                    return Ok(Ev::End);
                }
                Step::Enter(node) => {
                    if node.is_element() {
                        let ns = namespace(node);
                        return Ok(match node.first_child() {
                            Some(child) => {
                                self.step = Step::Enter(child);
                                Ev::Start(ns, node)
                            }
                            None => {
                                self.step = Self::after(node);
                                Ev::Empty(ns, node)
                            }
                        });
                    }
                    self.step = Self::after(node);
                    if node.is_text() {
                        return Ok(Ev::Text);
                    }
                }
            }
        }
    }

    /// Passes over the rest of an element whose start was just read.
    // A `Result` like the other steps of a walk, so that call sites read alike.
    #[allow(clippy::unnecessary_wraps)]
    pub(crate) fn skip(&mut self, start: &El<'d, 'i>) -> Result<(), DocxError> {
        self.step = Self::after(*start);
        Ok(())
    }

    /// The text directly inside an element whose start was just read; elements inside
    /// are passed over.
    #[allow(clippy::unnecessary_wraps)]
    pub(crate) fn text(&mut self, start: &El<'d, 'i>) -> Result<String, DocxError> {
        let text = start
            .children()
            .filter(Node::is_text)
            .filter_map(|n| n.text())
            .collect();
        self.step = Self::after(*start);
        Ok(text)
    }
}

fn namespace(node: Node<'_, '_>) -> Ns {
    match node.tag_name().namespace() {
        Some(uri) if W.contains(&uri) => Ns::W,
        Some(MC) => Ns::Mc,
        _ => Ns::Other,
    }
}

/// The local name of an element.
pub(crate) fn local<'e>(e: &El<'e, '_>) -> &'e [u8] {
    e.tag_name().name().as_bytes()
}

/// The value of the attribute with local name `name` (`w:val` → `val`).
pub(crate) fn attr(e: &El<'_, '_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .find(|a| a.name().as_bytes() == name)
        .map(|a| a.value().to_owned())
}

/// A number attribute.
pub(crate) fn number(e: &El<'_, '_>, name: &[u8]) -> Option<u32> {
    attr(e, name).and_then(|v| v.trim().parse().ok())
}

/// An on/off property (`<w:caps/>`, `<w:caps w:val="0"/>`): on unless its value says off.
pub(crate) fn on(e: &El<'_, '_>) -> bool {
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
        let text = r#"<?xml version="1.0"?><w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:t xml:space="preserve">A &amp; &#x1EA0;&#273;</w:t><!-- c --><mc:Fallback/><v:x xmlns:v="urn:v"/></w:r>"#;
        let doc = parse(text, "test").unwrap();
        let mut x = Xml::new(&doc, "test");
        let Ok(Ev::Start(Ns::W, r)) = x.next() else {
            panic!("w:r")
        };
        assert_eq!(local(&r), b"r");
        let Ok(Ev::Start(Ns::W, t)) = x.next() else {
            panic!("w:t")
        };
        assert_eq!(attr(&t, b"space").as_deref(), Some("preserve"));
        assert_eq!(x.text(&t).unwrap(), "A & Ạđ");
        assert!(matches!(x.next(), Ok(Ev::Empty(Ns::Mc, _))));
        assert!(matches!(x.next(), Ok(Ev::Empty(Ns::Other, _))));
        assert!(matches!(x.next(), Ok(Ev::End)));
        assert!(matches!(x.next(), Ok(Ev::Eof)));
        assert_eq!(
            parse("<a><b></a>", "bad").unwrap_err().code(),
            "docx-malformed"
        );
        assert_eq!(
            parse("<a>&nbsp;</a>", "x").unwrap_err().code(),
            "docx-malformed"
        );
        // No DTD, so no entity expansion.
        let laughs = r#"<!DOCTYPE a [<!ENTITY l "lol">]><a>&l;</a>"#;
        assert_eq!(parse(laughs, "x").unwrap_err().code(), "docx-malformed");
    }

    #[test]
    fn skipping_and_deep_documents() {
        let doc = parse("<a><b><c/>x</b><d/></a>", "t").unwrap();
        let mut x = Xml::new(&doc, "t");
        assert!(matches!(x.next(), Ok(Ev::Start(_, _))));
        let Ok(Ev::Start(_, b)) = x.next() else {
            panic!("b")
        };
        x.skip(&b).unwrap();
        assert!(matches!(x.next(), Ok(Ev::Empty(_, d)) if local(&d) == b"d"));
        assert!(matches!(x.next(), Ok(Ev::End)));
        assert!(matches!(x.next(), Ok(Ev::Eof)));
        // Walking a deep document takes no stack.
        let deep = "<a>".repeat(100_000) + &"</a>".repeat(100_000);
        if let Ok(doc) = parse(&deep, "t") {
            let mut x = Xml::new(&doc, "t");
            let mut events = 0;
            while !matches!(x.next(), Ok(Ev::Eof)) {
                events += 1;
            }
            assert_eq!(events, 200_000 - 1);
        }
    }
}
