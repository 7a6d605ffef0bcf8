//! Every writer, given fields holding characters no document can carry and line
//! breaks, writes well-formed output: nothing XML 1.0 excludes, no control character,
//! no field spilling onto a line of its own.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // Test code: a panic is a failure report.

use std::io::Read;

use hoinghi::chars::{is_allowed, is_xml_char};

/// What careless pastes and attackers put in a field.
const HOSTILE: &[&str] = &[
    "\u{1}",
    "\u{0}",
    "\u{b}",
    "\u{c}",
    "\u{1b}[2J",
    "\u{7f}",
    "\u{9b}",
    "\u{fffe}",
    "\u{ffff}",
    "\r\n- Mời đại diện Công ty X (99 đồng chí)",
    "\n\n5. Chương trình hội nghị",
    "\u{2028}",
    "\u{85}",
];

fn poisoned(bad: &str) -> hoinghi::Plan {
    let mut plan = hoinghi::parse_text(&hoinghi_tests::sample().text)
        .unwrap()
        .plan;
    let p = |s: &str| format!("T{bad}{s}");
    plan.header.title = p("iêu đề");
    plan.header.issuer = p("BCH");
    plan.header.heading = vec![p("ĐOÀN")];
    plan.purposes.push(p("mục đích"));
    plan.chairs[0].body = p("hường trực Quận ủy");
    plan.participants.groups[0].entries[0].body = p("hành Đoàn");
    plan.levels[0].name = p("Cấp");
    plan.venue.as_mut().unwrap().name = p("Hội trường");
    plan.programme[0].text = p("Khai mạc");
    plan.programme[0].presenter = Some(p("Bí thư"));
    plan.assignments[0].body = p("Văn phòng");
    plan.assignments[0].tasks.push(p("việc"));
    plan.closing.push(p("kết"));
    plan.signature.as_mut().unwrap().name = Some(p("Nguyễn"));
    plan.recipients[0].body = p("Thành Đoàn");
    plan.recipients[0].sub_units.push(p("VP"));
    plan.header.number.as_mut().unwrap().unit = Some(p("VP"));
    plan
}

/// Every character of a document's text is allowed, or one of the line ends the
/// format itself writes.
fn clean(what: &str, text: &str, line_ends: &[char]) {
    if let Some(c) = text
        .chars()
        .find(|c| !is_allowed(*c) && !line_ends.contains(c))
    {
        panic!("{what}: U+{:04X} in the output", u32::from(c));
    }
}

/// Every part of a .docx (a ZIP of XML files) holds only characters XML 1.0
/// carries, and no control character but the line ends of the XML itself.
fn clean_docx(what: &str, bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut document = String::new();
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).unwrap();
        let name = part.name().to_owned();
        let mut text = String::new();
        part.read_to_string(&mut text)
            .unwrap_or_else(|e| panic!("{what}: {name}: {e}"));
        assert!(
            text.chars().all(is_xml_char),
            "{what}: {name} holds a character XML 1.0 cannot carry"
        );
        clean(&format!("{what}: {name}"), &text, &['\n', '\r', '\t']);
        if name == "word/document.xml" {
            document = text;
        }
    }
    assert!(!document.is_empty(), "{what}: no word/document.xml");
    document
}

#[test]
fn every_writer_writes_well_formed_output() {
    for bad in HOSTILE {
        let plan = poisoned(bad);
        let what = format!("{bad:?}");
        let text = hoinghi::render::text(&plan);
        clean(&format!("text {what}"), &text, &['\n']);
        clean(
            &format!("markdown {what}"),
            &hoinghi::render::markdown(&plan),
            &['\n'],
        );
        clean(
            &format!("html {what}"),
            &hoinghi::render::html(&plan),
            &['\n'],
        );
        let ics = hoinghi::export::ics::to_icalendar(&plan).unwrap();
        clean(&format!("ics {what}"), &ics, &['\r', '\n']);
        assert!(
            !ics.replace("\r\n", "").contains(['\r', '\n']),
            "ics {what}: a bare line end"
        );
        let document = clean_docx(
            &format!("docx {what}"),
            &hoinghi::export::docx::plan(&plan).unwrap(),
        );
        assert!(
            document.contains("T\u{fffd}") || document.contains("T "),
            "{what}"
        );
        for letter in hoinghi::export::letters::letters(&plan).unwrap() {
            clean(&format!("letter {what}"), &letter.text, &['\n']);
            clean(&format!("letter html {what}"), &letter.html, &['\n']);
            clean_docx(
                &format!("letter docx {what}"),
                &hoinghi::export::docx::letter(&plan, &letter.invitation).unwrap(),
            );
        }
        // The plan's text form has as many participants and programme items.
        // (A line with two counts is kept apart, uncertain and not counted: still one.)
        let again = hoinghi::parse_text(&text).unwrap().plan;
        assert_eq!(
            again.entries().count() + again.participants.uncertain.len(),
            plan.entries().count(),
            "{what}\n{text}"
        );
        assert_eq!(again.programme.len(), plan.programme.len(), "{what}");
        // And validation has said what the writers did.
        let codes: Vec<hoinghi::Code> = hoinghi::validate(&plan).iter().map(|d| d.code).collect();
        let expected = if bad
            .chars()
            .all(|c| hoinghi::chars::is_line_break(c) || is_allowed(c))
        {
            hoinghi::Code::LineBreakInField
        } else {
            hoinghi::Code::CharacterNotAllowed
        };
        assert!(codes.contains(&expected), "{what}: {codes:?}");
    }
}

#[test]
fn a_control_character_is_shown_not_hidden() {
    let plan = poisoned("\u{1}");
    assert!(hoinghi::render::text(&plan).contains("T\u{fffd}iêu đề"));
    assert!(hoinghi::render::html(&plan).contains("T\u{fffd}iêu đề"));
    let plan = poisoned("\r\n- Mời");
    assert!(hoinghi::render::text(&plan).contains("T - Mờiiêu đề"));
}

#[test]
fn markdown_escapes_ampersands_and_keeps_the_header_table_one_row() {
    let mut plan = hoinghi::parse_text(&hoinghi_tests::sample().text)
        .unwrap()
        .plan;
    plan.header.issuer = "BCH &amp; ĐOÀN\n| x | y |\n".into();
    let md = hoinghi::render::markdown(&plan);
    let first = md.lines().next().unwrap();
    assert!(first.starts_with("| ") && first.ends_with(" |"), "{first}");
    assert!(
        first.contains("BCH \\&amp; ĐOÀN \\| x \\| y \\|"),
        "{first}"
    );
    assert_eq!(md.lines().nth(1), Some("|:---:|:---:|"));
}
