//! Unit tests of the reader on documents built here part by part (the fixtures in
//! `tests/docx/` are whole documents made as users make them).

use std::io::Write;

use super::*;
use crate::diagnostic::LineCol;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml""#;

/// A .docx of these parts (name, XML), with the package relationships.
fn zip(parts: &[(&str, String)]) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        z.start_file(*name, options).unwrap();
        z.write_all(text.as_bytes()).unwrap();
    }
    z.finish().unwrap().into_inner()
}

fn docx(body: &str, numbering: Option<&str>, extra: &[(&str, String)]) -> Vec<u8> {
    let mut parts = vec![
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_owned(),
        ),
        (
            "word/document.xml",
            format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>"#),
        ),
    ];
    if let Some(n) = numbering {
        parts.push((
            "word/numbering.xml",
            format!("<w:numbering {W}>{n}</w:numbering>"),
        ));
    }
    parts.extend(extra.iter().cloned());
    zip(&parts)
}

fn p(text: &str) -> String {
    format!(r#"<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

fn numbered(num: u32, ilvl: u8, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

fn row(cells: &[&str]) -> String {
    let cells: String = cells
        .iter()
        .map(|c| {
            let paras: String = c.split('\n').map(p).collect();
            format!("<w:tc><w:tcPr/>{paras}</w:tc>")
        })
        .collect();
    format!("<w:tr>{cells}</w:tr>")
}

fn lines(bytes: &[u8]) -> Vec<(Origin, Vec<String>, Option<String>)> {
    source_lines(bytes)
        .unwrap()
        .into_iter()
        .map(|l| (l.origin, l.cells, l.marker))
        .collect()
}

fn para(index: u32) -> Origin {
    Origin::Paragraph { index }
}

const LISTS: &str = r#"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>"#;

#[test]
fn paragraphs_numbering_and_empty_paragraphs() {
    let body = [
        p("KẾ HOẠCH"),
        "<w:p/>".to_owned(),
        numbered(1, 0, "MỤC ĐÍCH, YÊU CẦU"),
        numbered(2, 0, "Tăng cường"),
        numbered(1, 0, "NỘI DUNG"),
        numbered(1, 1, "Chủ trì"),
        numbered(1, 2, "Cấp thành phố"),
        numbered(2, 1, "Mời đại diện"),
        numbered(1, 2, "Cấp quận"),
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>"#
            .to_owned(),
        numbered(1, 0, "PHÂN CÔNG"),
    ]
    .concat();
    let got = lines(&docx(&body, Some(LISTS), &[]));
    let want: Vec<(Origin, Vec<String>, Option<String>)> = [
        (1, "KẾ HOẠCH", None),
        (3, "MỤC ĐÍCH, YÊU CẦU", Some("I.")),
        (4, "Tăng cường", Some("-")),
        (5, "NỘI DUNG", Some("II.")),
        (6, "Chủ trì", Some("1.")),
        (7, "Cấp thành phố", Some("1.1.")),
        (8, "Mời đại diện", Some("+")),
        (9, "Cấp quận", Some("1.2.")),
        // Paragraph 10 is empty but numbered: it takes III.
        (11, "PHÂN CÔNG", Some("IV.")),
    ]
    .iter()
    .map(|&(i, t, m)| (para(i), vec![t.to_owned()], m.map(str::to_owned)))
    .collect();
    assert_eq!(got, want);
}

#[test]
fn tables_as_cells_with_their_paragraphs() {
    let entries = format!(
        "<w:tr><w:tc>{}</w:tc><w:tc>{}{}</w:tc><w:tc/></w:tr>",
        p("1"),
        numbered(2, 0, "Mời đại diện"),
        numbered(2, 0, "Bí thư")
    );
    let body = format!(
        "<w:tbl><w:tblPr/><w:tblGrid/>{}{}</w:tbl>{}<w:tbl>{}{entries}</w:tbl>",
        row(&[
            "THÀNH ĐOÀN TP. HỒ CHÍ MINH\nBCH ĐOÀN QUẬN 12\n***\nSố: 05-KH/ĐTN-VP",
            "ĐOÀN TNCS HỒ CHÍ MINH\n\nQuận 12, ngày 18 tháng 8 năm 2022"
        ]),
        row(&["", ""]),
        p("KẾ HOẠCH"),
        row(&["STT", "Thành phần", "Số lượng"]),
    );
    let got = lines(&docx(&body, Some(LISTS), &[]));
    let rows = |t, r| Origin::TableRow { table: t, row: r };
    assert_eq!(
        got,
        [
            (
                rows(1, 1),
                vec![
                    "THÀNH ĐOÀN TP. HỒ CHÍ MINH\nBCH ĐOÀN QUẬN 12\n***\nSố: 05-KH/ĐTN-VP"
                        .to_owned(),
                    "ĐOÀN TNCS HỒ CHÍ MINH\nQuận 12, ngày 18 tháng 8 năm 2022".to_owned()
                ],
                None
            ),
            (para(1), vec!["KẾ HOẠCH".to_owned()], None),
            (
                rows(2, 1),
                vec!["STT".into(), "Thành phần".into(), "Số lượng".into()],
                None
            ),
            (
                rows(2, 2),
                vec!["1".into(), "- Mời đại diện\n- Bí thư".into(), String::new()],
                None
            ),
        ]
    );
}

#[test]
fn tracked_changes_fields_breaks_tabs_caps_and_hidden_text() {
    let body = [
        // Inserted text kept, deleted text left out.
        r#"<w:p><w:r><w:t>Thời gian: </w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>08 giờ 00</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>07 giờ 30</w:delText></w:r></w:del></w:p>"#,
        // A paragraph whose mark was deleted joins the next.
        r#"<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Địa điểm: Hội </w:t></w:r></w:p>"#,
        r#"<w:p><w:r><w:t>trường 2</w:t></w:r></w:p>"#,
        // A complex field shows its result; a simple field its runs.
        r#"<w:p><w:r><w:t xml:space="preserve">Quận 12, ngày </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \@ "dd" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>18</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> tháng </w:t></w:r><w:fldSimple w:instr=" DATE \@ &quot;M&quot; "><w:r><w:t>8</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> năm 2022</w:t></w:r></w:p>"#,
        // A line break makes two lines of one paragraph; tabs make cells.
        r#"<w:p><w:r><w:t>KẾ HOẠCH</w:t><w:br/><w:t>Tổ chức hội nghị</w:t></w:r></w:p>"#,
        r#"<w:p><w:r><w:t>Số: 05/KH-UBND</w:t><w:tab/><w:tab/><w:t>Hà Nội</w:t></w:r></w:p>"#,
        // Capitals by formatting; hidden text.
        r#"<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>mục đích</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r></w:p>"#,
    ]
    .concat();
    let got = lines(&docx(&body, None, &[]));
    let texts: Vec<(Origin, Vec<&str>)> = got
        .iter()
        .map(|(o, c, _)| (*o, c.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(
        texts,
        [
            (para(1), vec!["Thời gian: 08 giờ 00"]),
            (para(2), vec!["Địa điểm: Hội trường 2"]),
            (para(4), vec!["Quận 12, ngày 18 tháng 8 năm 2022"]),
            (para(5), vec!["KẾ HOẠCH"]),
            (para(5), vec!["Tổ chức hội nghị"]),
            (para(6), vec!["Số: 05/KH-UBND", "", "Hà Nội"]),
            (para(7), vec!["MỤC ĐÍCH"]),
        ]
    );
}

#[test]
fn deleted_rows_and_nested_tables() {
    let body = format!(
        r#"<w:tbl>{}<w:tr><w:trPr><w:del w:id="1" w:author="A"/></w:trPr><w:tc>{}</w:tc></w:tr><w:tr><w:tc><w:tbl>{}{}</w:tbl></w:tc><w:tc>{}</w:tc></w:tr></w:tbl>"#,
        row(&["a", "b"]),
        p("gone"),
        row(&["x", "y"]),
        row(&["z", ""]),
        p("w")
    );
    let got = lines(&docx(&body, None, &[]));
    let rows: Vec<(Origin, Vec<String>)> = got.into_iter().map(|(o, c, _)| (o, c)).collect();
    assert_eq!(
        rows,
        [
            (
                Origin::TableRow { table: 1, row: 1 },
                vec!["a".to_owned(), "b".to_owned()]
            ),
            (
                Origin::TableRow { table: 1, row: 3 },
                vec!["x | y\nz".to_owned(), "w".to_owned()]
            ),
        ]
    );
}

#[test]
fn text_boxes_are_read_after_their_paragraph_once_and_reported() {
    let txbx = |t: &str| format!("<w:txbxContent>{}</w:txbxContent>", p(t));
    let body = format!(
        r#"<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>{}"#,
        txbx("DỰ THẢO"),
        txbx("DỰ THẢO"),
        p("Tổ chức hội nghị")
    );
    let bytes = docx(&body, None, &[]);
    let got: Vec<(Origin, Vec<String>)> =
        lines(&bytes).into_iter().map(|(o, c, _)| (o, c)).collect();
    assert_eq!(
        got,
        [
            (para(1), vec!["KẾ HOẠCH".to_owned()]),
            (para(1), vec!["DỰ THẢO".to_owned()]),
            (para(2), vec!["Tổ chức hội nghị".to_owned()]),
        ]
    );
    let parsed = read(&bytes).unwrap();
    let note = parsed
        .diagnostics
        .iter()
        .find(|d| d.message.en.contains("text box"))
        .unwrap();
    assert_eq!(note.origin, Some(para(1)));
    assert_eq!(
        note.message.vi,
        "Hộp văn bản ở đoạn 1 được đọc như các đoạn ngay sau đoạn 1."
    );
}

#[test]
fn footnotes_are_reported_with_their_text_and_place() {
    let body = format!(
        r#"{}<w:p><w:r><w:t>Thời gian: 08 giờ 00 ngày 26/8/2022</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p>"#,
        p("KẾ HOẠCH")
    );
    let notes = format!(
        r#"<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Giờ Hà Nội.</w:t></w:r></w:p></w:footnote></w:footnotes>"#
    );
    let bytes = docx(&body, None, &[("word/footnotes.xml", notes)]);
    let parsed = read(&bytes).unwrap();
    let note = parsed
        .diagnostics
        .iter()
        .find(|d| d.message.en.contains("footnote"))
        .unwrap();
    assert_eq!(
        note.message.en,
        "The footnote at paragraph 2 is not read into the plan: “Giờ Hà Nội.”."
    );
    assert_eq!(note.origin, Some(para(2)));
    assert_eq!(note.source, Some(LineCol { line: 2, column: 1 }));
}

#[test]
fn kept_lines_name_their_paragraph_or_cell() {
    let body = format!(
        "<w:tbl>{}</w:tbl>{}{}{}",
        row(&["Dòng lạ bên trái\nmột dòng khác", "bên phải"]),
        p("KẾ HOẠCH"),
        p("Tổ chức hội nghị"),
        p("Nơi nhận:")
    );
    let parsed = read(&docx(&body, None, &[])).unwrap();
    for d in parsed.diagnostics.iter().filter(|d| d.source.is_some()) {
        assert!(d.origin.is_some(), "{d:?}");
        assert!(!d.message.vi.contains("Dòng 3"), "{d:?}");
    }
    let kept: Vec<&Diagnostic> = parsed
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UnrecognisedLine)
        .collect();
    assert!(!kept.is_empty());
    let table_row = Origin::TableRow { table: 1, row: 1 };
    assert!(
        kept.iter().any(|d| d.origin == Some(table_row)
            && d.source
                == Some(LineCol {
                    line: 10_001,
                    column: 1
                })
            && d.message.vi.starts_with("Bảng 1, hàng 1, cột 1 ")),
        "{kept:#?}"
    );
    assert!(parsed.plan.unrecognised.iter().all(|u| u.line == 10_001));
}

#[test]
fn bad_input_has_codes() {
    let code = |b: &[u8]| read(b).map(|_| ()).unwrap_err().code();
    assert_eq!(code(b""), "docx-not-zip");
    assert_eq!(code(b"PK\x03\x04 and then nothing"), "docx-not-zip");
    let mut doc = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    doc.resize(4096, 0);
    assert_eq!(code(&doc), "docx-legacy-doc");
    let odt = zip(&[
        (
            "mimetype",
            "application/vnd.oasis.opendocument.text".to_owned(),
        ),
        ("content.xml", "<x/>".to_owned()),
    ]);
    let err = read(&odt).unwrap_err();
    assert_eq!(err.code(), "docx-malformed");
    assert!(err.to_string().contains(".odt"), "{err}");
    let broken = docx("<w:p><w:r><w:t>KẾ HOẠCH</w:r></w:p>", None, &[]);
    assert_eq!(code(&broken), "docx-malformed");
    assert_eq!(
        code(&docx(&p("Một đoạn văn bất kỳ."), None, &[])),
        "not-a-plan"
    );
    assert_eq!(code(&docx("", None, &[])), "input-empty");
    for e in [
        DocxError::NotZip,
        DocxError::LegacyDoc,
        DocxError::Encrypted,
    ] {
        let m = e.message();
        assert!(!m.vi.is_empty() && m.en == e.to_string());
    }
}

#[test]
fn limits_on_the_archive() {
    // A part that inflates beyond the limit: refused once the limit is reached.
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1))
        .large_file(true);
    z.start_file("word/document.xml", options).unwrap();
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..=(crate::limits::MAX_DOCX_UNPACKED_BYTES >> 20) {
        z.write_all(&chunk).unwrap();
    }
    let bomb = z.finish().unwrap().into_inner();
    assert!(bomb.len() < 1 << 20, "{} bytes", bomb.len());
    assert!(matches!(
        read(&bomb),
        Err(DocxError::TooLarge {
            what: "bytes of unpacked XML",
            ..
        })
    ));
    // Too many entries.
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..=crate::limits::MAX_DOCX_ENTRIES {
        z.start_file(format!("{i}"), stored).unwrap();
    }
    let many = z.finish().unwrap().into_inner();
    assert!(matches!(
        read(&many),
        Err(DocxError::TooLarge {
            what: "zip entries",
            ..
        })
    ));
    // Tables in cells, deeper than the limit.
    let mut body = p("x");
    for _ in 0..=crate::limits::MAX_DOCX_NESTING {
        body = format!("<w:tbl><w:tr><w:tc>{body}</w:tc></w:tr></w:tbl>");
    }
    assert_eq!(
        read(&docx(&body, None, &[]))
            .map(|_| ())
            .unwrap_err()
            .code(),
        "docx-too-large"
    );
}

#[test]
fn renamed_replaces_whole_numbers_only() {
    assert_eq!(
        renamed("Dòng 1 và Dòng 12.", "Dòng", 1, "Đoạn 3"),
        "Đoạn 3 và Dòng 12."
    );
    assert_eq!(capitalised("bảng 1"), "Bảng 1");
}
