//! The text reader on input as people paste it.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // Test code: a panic is a failure report.

use hoinghi::model::SectionKey;
use hoinghi::{Code, Severity};
use hoinghi_tests::sample;
use unicode_normalization_free::nfd;

mod unicode_normalization_free {
    /// NFD without a dependency: decompose the letters the sample uses via the
    /// library's own normaliser, by round-tripping through a known NFD string.
    pub fn nfd(text: &str) -> String {
        // Vietnamese precomposed letters decompose into base + combining marks.
        text.chars()
            .flat_map(|c| match c {
                'ạ' => vec!['a', '\u{323}'],
                'ế' => vec!['e', '\u{302}', '\u{301}'],
                'ộ' => vec!['o', '\u{323}', '\u{302}'],
                'Đ' | 'đ' => vec![c],
                'ệ' => vec!['e', '\u{323}', '\u{302}'],
                'ậ' => vec!['a', '\u{323}', '\u{302}'],
                'ủ' => vec!['u', '\u{309}'],
                'ư' => vec!['u', '\u{31b}'],
                'ờ' => vec!['o', '\u{31b}', '\u{300}'],
                'á' => vec!['a', '\u{301}'],
                'à' => vec!['a', '\u{300}'],
                _ => vec![c],
            })
            .collect()
    }
}

fn sample_plan() -> hoinghi::Plan {
    hoinghi::parse_text(&sample().text).unwrap().plan
}

#[test]
fn nfd_and_crlf_read_like_nfc_and_lf() {
    let text = nfd(&sample().text).replace('\n', "\r\n");
    assert_ne!(text, sample().text);
    assert_eq!(hoinghi::parse_text(&text).unwrap().plan, sample_plan());
}

#[test]
fn stray_spaces_bold_headings_and_other_bullets() {
    let text = sample()
        .text
        .replace(
            "- Mời đại diện Thường trực Quận ủy;",
            "•   Mời  đại diện   Thường trực Quận ủy;",
        )
        .replace("- Bí thư Quận Đoàn.", "* Bí thư Quận Đoàn.")
        .replace("I. MỤC ĐÍCH, YÊU CẦU", "## I. MỤC ĐÍCH, YÊU CẦU")
        .replace("KẾ HOẠCH\n", "**KẾ HOẠCH**\n");
    // The same fields; the layout records the lines as they were written.
    let mut plan = hoinghi::parse_text(&text).unwrap().plan;
    let mut expected = sample_plan();
    plan.layout = None;
    expected.layout = None;
    assert_eq!(plan, expected);
}

#[test]
fn unknown_lines_are_kept_with_their_place() {
    let text = sample()
        .text
        .replace("4. Địa điểm:", "Ghi chú: mang theo thẻ đảng viên.\n\n4. Địa điểm:")
        .replace("III. PHÂN CÔNG THỰC HIỆN", "IV. CÔNG TÁC TUYÊN TRUYỀN\n\nĐăng tin trên trang thông tin điện tử.\n\nIII. PHÂN CÔNG THỰC HIỆN");
    let parsed = hoinghi::parse_text(&text).unwrap();
    let kept: Vec<(SectionKey, &str)> = parsed
        .plan
        .unrecognised
        .iter()
        .map(|u| (u.section, u.text.as_str()))
        .collect();
    assert_eq!(
        kept,
        [
            (SectionKey::Schedule, "Ghi chú: mang theo thẻ đảng viên."),
            (SectionKey::Other, "IV. CÔNG TÁC TUYÊN TRUYỀN"),
            (SectionKey::Other, "Đăng tin trên trang thông tin điện tử."),
        ]
    );
    let lines: Vec<u32> = parsed.plan.unrecognised.iter().map(|u| u.line).collect();
    for (line, u) in lines.iter().zip(&parsed.plan.unrecognised) {
        assert_eq!(
            text.lines().nth(*line as usize - 1).map(str::trim),
            Some(u.text.as_str())
        );
    }
    let notes: Vec<_> = parsed
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UnrecognisedLine)
        .collect();
    assert_eq!(notes.len(), 3);
    assert!(notes
        .iter()
        .all(|d| d.severity == Severity::Info && d.source.is_some()));
    // Kept lines are written back in their section.
    let rendered = hoinghi::render::text(&parsed.plan);
    for u in &parsed.plan.unrecognised {
        assert!(rendered.contains(&u.text));
    }
}

#[test]
fn sections_in_another_order_with_timed_programme() {
    let text = "\
BCH ĐOÀN PHƯỜNG 5
Số 07-KH/ĐTN
Phường 5, ngày 01/3/2023

KẾ HOẠCH
Tổ chức hội nghị điển hình tiên tiến

I. THỜI GIAN, ĐỊA ĐIỂM
- Thời gian: 14g00, ngày 10/3/2023 (Thứ 6).
- Địa điểm: Hội trường phường.
II. THÀNH PHẦN
- Mời đại diện Quận Đoàn (02 đ/c).
- Bí thư 12 chi đoàn.
III. CHƯƠNG TRÌNH
08h00 – 08h30: Đón tiếp đại biểu
08h30 - 09h00: Khai mạc (Bí thư Đoàn phường trình bày)
IV. TỔ CHỨC THỰC HIỆN
- Văn phòng: chuẩn bị hội trường.
- Các chi đoàn: cử đại biểu.
";
    let parsed = hoinghi::parse_text(text).unwrap();
    let plan = &parsed.plan;
    assert!(plan.unrecognised.is_empty(), "{:?}", plan.unrecognised);
    let s = plan.schedule.as_ref().unwrap();
    assert_eq!(
        (
            s.date.to_string(),
            s.start.map(|t| t.to_string()),
            s.weekday_label.as_deref()
        ),
        ("2023-03-10".into(), Some("14:00:00".into()), Some("Thứ 6"))
    );
    assert_eq!(plan.venue.as_ref().unwrap().name, "Hội trường phường");
    let count = hoinghi::count_delegates(plan).unwrap();
    assert_eq!((count.min, count.max), (14, Some(14)));
    assert_eq!(plan.programme.len(), 2);
    assert_eq!(
        plan.programme[1].presenter.as_deref(),
        Some("Bí thư Đoàn phường")
    );
    assert_eq!(
        plan.assignments
            .iter()
            .map(|a| a.body.as_str())
            .collect::<Vec<_>>(),
        ["Văn phòng", "Các chi đoàn"]
    );
    assert_eq!(
        plan.header.number.as_ref().unwrap().to_string(),
        "07-KH/ĐTN"
    );
    // 10 March 2023 was a Friday: no weekday mismatch.
    assert!(!hoinghi::validate(plan)
        .iter()
        .any(|d| d.code == Code::WeekdayMismatch));
}

#[test]
fn broken_input_is_a_clear_error() {
    assert_eq!(
        hoinghi::text::parse_bytes(b"").unwrap_err().code(),
        "input-empty"
    );
    assert_eq!(
        hoinghi::text::parse_bytes("Xin chào".as_bytes())
            .unwrap_err()
            .code(),
        "not-a-plan"
    );
    // "Kế hoạch" in TCVN3 (ABC) bytes.
    let err = hoinghi::text::parse_bytes(b"K\xd5 HO\xb8CH t\xe6 ch\xf8c").unwrap_err();
    assert_eq!(err.code(), "input-not-utf8");
    assert!(err.to_string().contains("TCVN3"), "{err}");
}
