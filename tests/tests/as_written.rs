//! The author's layout rendered as a document: the header and the signature in the
//! columns of the official layout, the title centred and bold, the headings bold,
//! and not a word, line or line order changed (HTML and .docx read back to the
//! author's lines).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // Test code: a panic is a failure report.

use std::io::Read;
use std::path::PathBuf;

use hoinghi::model::{Layout, LineRole, Part};
use hoinghi::Plan;

/// Every example and corpus plan, read from its text (the corpus's "%%" notes left out).
fn plans() -> Vec<(String, Plan)> {
    let mut out: Vec<(String, Plan)> = hoinghi_tests::examples()
        .into_iter()
        .map(|ex| (ex.name, hoinghi::parse_text(&ex.text).unwrap().plan))
        .collect();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let raw = std::fs::read_to_string(&path).unwrap();
            let text: Vec<&str> = raw.lines().skip_while(|l| l.starts_with("%%")).collect();
            let plan = hoinghi::parse_text(&text.join("\n")).unwrap().plan;
            out.push((path.file_stem().unwrap().to_string_lossy().into(), plan));
        }
    }
    out
}

fn corpus_plan(name: &str) -> Plan {
    plans()
        .into_iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("{name} is in the corpus"))
        .1
}

/// The author's paragraphs in order, blank ones left out: each cell's paragraphs in
/// turn.
fn paragraphs<'a>(cells: impl Iterator<Item = &'a String>) -> Vec<String> {
    cells
        .flat_map(|c| c.split('\n'))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

fn layout(plan: &Plan) -> &Layout {
    plan.current_layout().expect("read from text, unchanged")
}

fn document_xml(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn the_docx_holds_the_authors_paragraphs_in_order() {
    for (name, plan) in plans() {
        let expected = paragraphs(layout(&plan).lines.iter().flat_map(|l| &l.cells));
        let bytes = hoinghi::export::docx::plan(&plan).unwrap();
        let lines = hoinghi::docx::source_lines(&bytes).unwrap();
        let found = paragraphs(lines.iter().flat_map(|l| &l.cells));
        assert_eq!(found, expected, "{name}: the .docx lost or moved a line");
    }
}

#[test]
fn the_html_holds_the_authors_paragraphs_in_order() {
    for (name, plan) in plans() {
        let html = hoinghi::render::html(&plan);
        let body = &html[html.find("<body>").unwrap()..];
        // Paragraphs end at block tags and at <br>; text is what is between tags.
        let mut text = String::new();
        let mut rest = body;
        while let Some(open) = rest.find('<') {
            text.push_str(&rest[..open]);
            let close = rest[open..].find('>').unwrap() + open;
            let tag = &rest[open + 1..close];
            if ["br", "/p", "/td", "/h1", "/h2", "/h3", "/h4"]
                .iter()
                .any(|t| tag.split(' ').next() == Some(*t))
            {
                text.push('\n');
            }
            rest = &rest[close + 1..];
        }
        let text = text
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
        let found: Vec<String> = paragraphs(std::iter::once(&text));
        let expected = paragraphs(layout(&plan).lines.iter().flat_map(|l| &l.cells));
        assert_eq!(found, expected, "{name}: the HTML lost or moved a line");
    }
}

#[test]
fn the_reader_says_which_column_each_header_line_stands_in() {
    let plan = hoinghi::parse_text(&hoinghi_tests::sample().text)
        .unwrap()
        .plan;
    let roles: Vec<(&str, &[LineRole])> = layout(&plan)
        .lines
        .iter()
        .filter(|l| l.part == Part::Header || !l.roles.is_empty())
        .map(|l| (l.cells[0].as_str(), l.roles.as_slice()))
        .collect();
    assert_eq!(
        roles[..5],
        [
            ("THÀNH ĐOÀN TP. HỒ CHÍ MINH", &[LineRole::Superior][..]),
            ("BCH ĐOÀN QUẬN 12", &[LineRole::Issuer]),
            ("Số 05 -KH/ĐTN-VP", &[LineRole::Number]),
            ("ĐOÀN TNCS HỒ CHÍ MINH", &[LineRole::Motto]),
            ("Quận 12, ngày 18 tháng 8 năm 2022", &[LineRole::PlaceDate]),
        ]
    );
    let role = |text: &str| roles.iter().find(|(t, _)| *t == text).map(|(_, r)| r[0]);
    assert_eq!(role("1. Chủ trì hội nghị:"), Some(LineRole::Subheading));
    assert_eq!(role("2.1 Cấp thành phố"), Some(LineRole::Subheading));
    assert_eq!(
        role("TM. BAN THƯỜNG VỤ QUẬN ĐOÀN"),
        Some(LineRole::Signature)
    );
    assert_eq!(role("Nơi nhận:"), Some(LineRole::Recipients));
    assert_eq!(role("- Lưu VP."), Some(LineRole::Recipient));
    // A pasted row: a role for each cell.
    let plan = corpus_plan("university-dh-donga-hoi-nghi-svnckh-2021");
    let row = layout(&plan)
        .lines
        .iter()
        .find(|l| l.cells.first().is_some_and(|c| c.starts_with("Số:")))
        .unwrap();
    assert_eq!(row.roles, [LineRole::Number, LineRole::PlaceDate]);
}

#[test]
fn the_html_sets_the_sample_as_an_official_document() {
    let plan = hoinghi::parse_text(&hoinghi_tests::sample().text)
        .unwrap()
        .plan;
    let html = hoinghi::render::html(&plan);
    let body = &html[html.find("<body>").unwrap()..];
    // The header: one borderless row, the issuing side left, the heading side right.
    assert!(body.starts_with(
        "<body>\n<table class=\"hd\"><tr><td>THÀNH ĐOÀN TP. HỒ CHÍ MINH<br><b>BCH ĐOÀN QUẬN 12</b><br>Số 05 -KH/ĐTN-VP</td><td><b>ĐOÀN TNCS HỒ CHÍ MINH</b><br><i>Quận 12, ngày 18 tháng 8 năm 2022</i></td></tr></table>\n"
    ), "{body}");
    // The type line and the title lines, centred in bold; no empty title under them.
    assert!(body.contains(
        "<h1>KẾ HOẠCH</h1>\n<p class=\"tt\">Tổ chức hội thông tin với cấp ủy Đảng 11 phường về kết quả thực hiện</p>\n"
    ));
    assert!(!body.contains("<p class=\"tt\"></p>"));
    assert!(html.contains("h1{font-size:14pt;text-align:center"));
    assert!(html.contains("p.tt{text-align:center;text-indent:0;font-weight:bold"));
    // Headings, and the numbered headings the reader knows, bold; paragraphs justified.
    assert!(body.contains("<h2>I. MỤC ĐÍCH, YÊU CẦU</h2>"));
    assert!(body.contains("<h3>1. Chủ trì hội nghị:</h3>"));
    assert!(body.contains("<p>- Mời đại diện Thường trực Quận ủy;</p>"));
    // The signature on the right, the recipients on the left in small type.
    assert!(body.contains(
        "<tr><td></td><td><b>TM. BAN THƯỜNG VỤ QUẬN ĐOÀN</b></td></tr><tr><td class=\"rc\"><b><i>Nơi nhận:</i></b><br>- Thành Đoàn: VP, BTNTH;"
    ));
}

#[test]
fn a_pasted_header_keeps_its_rows_and_a_line_of_no_column_spans() {
    let plan = corpus_plan("university-dh-donga-hoi-nghi-svnckh-2021");
    let html = hoinghi::render::html(&plan);
    assert!(html.contains(
        "<tr><td colspan=\"2\">Kế hoạch tổ chức cuộc thi sinh viên nghiên cứu khoa học cấp trường Năm học 2020-2021</td></tr><tr><td>BỘ GIÁO DỤC VÀ ĐÀO TẠO</td><td></td></tr><tr><td><b>TRƯỜNG ĐẠI HỌC ĐÔNG Á</b></td><td><b>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></td></tr>"
    ), "{html}");
    assert!(html.contains(
        "<tr><td>Số: 322/KH-ĐHĐA-NCKH</td><td><i>Đà Nẵng, ngày 11 tháng 3 năm 2021</i></td></tr></table>"
    ));
    // The text is written as before: the row's cells apart by TAB.
    let text = hoinghi::render::text(&plan);
    assert!(text.contains("TRƯỜNG ĐẠI HỌC ĐÔNG Á\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"));
}

#[test]
fn the_docx_sets_the_header_in_a_borderless_two_column_table() {
    let plan = corpus_plan("university-dh-donga-hoi-nghi-svnckh-2021");
    let xml = document_xml(&hoinghi::export::docx::plan(&plan).unwrap());
    let body = &xml[xml.find("<w:body>").unwrap() + "<w:body>".len()..];
    assert!(body.starts_with("<w:tbl>"), "the header comes first");
    let table = &body[..body.find("</w:tbl>").unwrap()];
    assert_eq!(table.matches("<w:gridCol ").count(), 2, "two columns");
    assert!(!table.contains("w:val=\"single\""), "no borders");
    assert_eq!(table.matches("<w:tr>").count(), 5, "a row for each line");
    // The web title above the header spans both columns.
    let first_row = &table[table.find("<w:tr>").unwrap()..table.find("</w:tr>").unwrap()];
    assert!(
        first_row.contains("<w:gridSpan w:val=\"2\" />"),
        "{first_row}"
    );
    // Issuer and motto bold, place and date italic.
    for (text, mark) in [
        ("TRƯỜNG ĐẠI HỌC ĐÔNG Á", "<w:b />"),
        ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "<w:b />"),
        ("Đà Nẵng, ngày 11 tháng 3 năm 2021", "<w:i />"),
    ] {
        let at = table.find(text).unwrap();
        let run = &table[table[..at].rfind("<w:r>").unwrap()..at];
        assert!(run.contains(mark), "{text}: {run}");
    }
    let at = table.find("BỘ GIÁO DỤC VÀ ĐÀO TẠO").unwrap();
    assert!(!table[table[..at].rfind("<w:r>").unwrap()..at].contains("<w:b />"));
}

#[test]
fn the_docx_of_the_sample_has_its_title_headings_and_signature_set() {
    let plan = hoinghi::parse_text(&hoinghi_tests::sample().text)
        .unwrap()
        .plan;
    let xml = document_xml(&hoinghi::export::docx::plan(&plan).unwrap());
    let run_of = |text: &str| -> &str {
        let at = xml
            .find(&format!(">{text}"))
            .unwrap_or_else(|| panic!("{text}"));
        &xml[xml[..at].rfind("<w:p ").unwrap()..at]
    };
    for bold in [
        "KẾ HOẠCH",
        "6 tháng đầu năm 2022",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Chủ trì hội nghị:",
        "BCH ĐOÀN QUẬN 12",
        "TM. BAN THƯỜNG VỤ QUẬN ĐOÀN",
    ] {
        assert!(run_of(bold).contains("<w:b />"), "{bold}: {}", run_of(bold));
    }
    for centred in ["KẾ HOẠCH", "6 tháng đầu năm 2022"] {
        assert!(run_of(centred).contains("<w:jc w:val=\"center\" />"));
    }
    let body = run_of("Tăng cường sự quan tâm, chỉ đạo sâu sát");
    assert!(body.contains("<w:jc w:val=\"both\" />") && body.contains("w:firstLine="));
    assert!(!body.contains("<w:b />"));
    let recipients = run_of("- Lưu VP.");
    assert!(recipients.contains("<w:sz w:val=\"22\" />"), "{recipients}");
    assert!(run_of("Nơi nhận:").contains("<w:i />"));
    // Two tables: the header, and the signature beside the recipients.
    assert_eq!(xml.matches("<w:tbl>").count(), 2);
}

/// A line as compared: Markdown bold and heading marks and escapes dropped, TAB and
/// " | " alike between cells, every run of white space one space.
fn fold(line: &str) -> String {
    let line = line.replace('\t', " | ").replace('\\', "");
    let line = line.trim().trim_start_matches('#');
    let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
    let line = line.trim_matches(|c| c == '|' || c == ' ');
    line.strip_prefix("**")
        .and_then(|l| l.strip_suffix("**"))
        .unwrap_or(line)
        .to_owned()
}

/// Markdown writes the numbered headings the reader knows in bold: read back, no line
/// is lost or changed. (Its fields are another matter: Markdown did not read back into
/// the same fields before either, header table and escapes aside.)
#[test]
fn markdown_reads_back_to_the_same_lines() {
    let mut report = Vec::new();
    for (name, plan) in plans() {
        let md = hoinghi::render::markdown(&plan);
        let Ok(again) = hoinghi::parse_text(&md) else {
            report.push(format!("{name}: refused"));
            continue;
        };
        let lines = |text: &str| -> Vec<String> {
            text.lines().map(fold).filter(|l| !l.is_empty()).collect()
        };
        let a = lines(&hoinghi::render::text(&again.plan));
        let b = lines(&hoinghi::render::text(&plan));
        if a != b {
            let first = a.iter().zip(&b).position(|(x, y)| x != y);
            report.push(format!(
                "{name}: {first:?} {:?}",
                first.map(|i| (&a[i], &b[i]))
            ));
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}
