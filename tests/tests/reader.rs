//! The reader on the shapes real plans take (issue: read real plans as offices write
//! and paste them). Each test is a general rule, written small.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // Test code: a panic is a failure report.

use hoinghi::model::{Authority, Headcount};

fn read(text: &str) -> hoinghi::Parsed {
    hoinghi::parse_text(text).unwrap_or_else(|e| panic!("refused: {e}\n{text}"))
}

/// Each meeting's name, and its date and start time as "2015-08-25 Some(08:00:00)".
fn meetings_when(plan: &hoinghi::Plan) -> Vec<(&str, String)> {
    plan.sessions
        .iter()
        .map(|m| {
            (
                m.name.as_str(),
                format!("{} {:?}", m.schedule.date, m.schedule.start),
            )
        })
        .collect()
}

const COMMUNE: &str = "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 12/KH-UBND\tAn Phú, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nTổ chức hội nghị sơ kết\n\nI. MỤC ĐÍCH, YÊU CẦU\nSơ kết công tác quý I.\nII. THÀNH PHẦN\nTổng số đại biểu dự kiến: 60 người.\n- Chủ tịch, các Phó Chủ tịch UBND xã (03 đồng chí);\n- Trưởng các ấp: mỗi ấp 01 đồng chí, gồm 11 ấp;\n- Đại diện Công an xã: 02 đồng chí;\n- Đại diện các đoàn thể xã.\nIII. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: 08 giờ 00, ngày 10/3/2026.\n- Địa điểm: Hội trường UBND xã.\n";

#[test]
fn a_stated_total_is_the_cap_never_an_entry() {
    let parsed = read(COMMUNE);
    let plan = &parsed.plan;
    assert_eq!(plan.participants.expected, Some(60));
    let entries: Vec<_> = plan.entries().map(|(_, _, e)| e).collect();
    assert_eq!(entries.len(), 4, "{entries:#?}");
    // "Chủ tịch, các Phó Chủ tịch UBND xã (03 đồng chí)": one entry of 3, the whole role.
    assert_eq!(
        entries[0].role.as_deref(),
        Some("Chủ tịch, các Phó Chủ tịch")
    );
    assert_eq!(entries[0].count, Headcount::Exact { value: 3 });
    let count = hoinghi::count_delegates(plan).unwrap();
    // 3 + 11 (one per ấp, 11 ấp) + 2, and one entry of unknown size.
    assert_eq!((count.min, count.max), (16, None));
    assert_eq!(count.unknown.len(), 1);
    assert_eq!(count.limit, Some(60));
}

#[test]
fn a_count_the_reader_cannot_place_is_not_counted() {
    let text = "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Đại diện 05 đồng chí của mỗi chi đoàn và 02 đồng chí Ban Thường vụ.\n- Bí thư Đoàn trường (01 đồng chí).\n";
    let parsed = read(text);
    assert_eq!(parsed.plan.participants.uncertain.len(), 1);
    let count = hoinghi::count_delegates(&parsed.plan).unwrap();
    assert_eq!(
        (count.min, count.max),
        (1, None),
        "says so, and does not count"
    );
    assert!(parsed
        .diagnostics
        .iter()
        .any(|d| d.path == "/participants/uncertain/0"));
}

#[test]
fn pasted_word_tables_header_and_signature() {
    let text = "THÀNH ĐOÀN TP. HỒ CHÍ MINH\tĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN QUẬN 12\t\n***\t\nSố: 125-KH/ĐTN-VP\tQuận 12, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\nTổ chức hội nghị\n-----\nI. MỤC ĐÍCH, YÊU CẦU\nNắm tình hình.\nNơi nhận:\tTM. BAN THƯỜNG VỤ QUẬN ĐOÀN\n- Thành Đoàn: VP;\tKT. BÍ THƯ\n- Lưu VP.\tPHÓ BÍ THƯ\n\tNguyễn Văn An\n";
    let plan = read(text).plan;
    let h = &plan.header;
    assert_eq!(h.superior.as_deref(), Some("THÀNH ĐOÀN TP. HỒ CHÍ MINH"));
    assert_eq!(h.issuer, "BCH ĐOÀN QUẬN 12");
    assert_eq!(h.heading, ["ĐOÀN TNCS HỒ CHÍ MINH"]);
    assert_eq!(h.number.as_ref().unwrap().to_string(), "125-KH/ĐTN-VP");
    assert_eq!(h.place.as_deref(), Some("Quận 12"));
    let sig = plan.signature.as_ref().unwrap();
    assert_eq!(sig.authority, Some(Authority::Tm));
    assert_eq!(sig.name.as_deref(), Some("Nguyễn Văn An"));
    assert_eq!(plan.recipients.len(), 1);
    assert_eq!(plan.archive.as_ref().unwrap().units, ["VP"]);
    // Written back as the author pasted it.
    let again = hoinghi::render::text(&plan);
    assert!(
        again.contains("Nơi nhận:\tTM. BAN THƯỜNG VỤ QUẬN ĐOÀN"),
        "{again}"
    );
}

#[test]
fn headings_in_every_office_style() {
    for (text, sections) in [
        ("KẾ HOẠCH\nX\nI- Mục đích, yêu cầu\nNắm tình hình.\nII – THÀNH PHẦN\n- Bí thư Đoàn trường (01 đồng chí).", 1),
        ("KẾ HOẠCH\nX\n1. MỤC ĐÍCH, YÊU CẦU\nNắm tình hình.\n1. THÀNH PHẦN\n- Bí thư Đoàn trường (01 đồng chí).", 1),
        ("PHẦN I. MỤC ĐÍCH, YÊU CẦU\nNắm tình hình.\nPHẦN II. THÀNH PHẦN\n- Bí thư Đoàn trường (01 đồng chí).", 1),
        ("Căn cứ Điều lệ Đoàn.\nI. MỤC ĐÍCH, YÊU CẦU\nNắm tình hình.\nII. THÀNH PHẦN\n- Bí thư Đoàn trường (01 đồng chí).", 1),
        // Lettered parts in capitals over Roman sections: each part is a heading, not
        // a line of the preamble.
        ("KẾ HOẠCH\nX\nA- MỤC ĐÍCH, YÊU CẦU\nNắm tình hình.\nB- NỘI DUNG\nI. THÀNH PHẦN\n- Bí thư Đoàn trường (01 đồng chí).", 1),
    ] {
        let plan = read(text).plan;
        assert_eq!(plan.purposes, ["Nắm tình hình."], "{text}");
        assert_eq!(plan.entries().count(), sections, "{text}");
    }
    // A web list numbers every heading "1.": a second "1." in capitals is the next
    // heading even when its words name no kind of section, not a purpose.
    let plan = read("KẾ HOẠCH\nX\n1. MỤC ĐÍCH, YÊU CẦU\n– Nắm tình hình.\n1. ĐƠN VỊ LÀM ĐIỂM\nHội LHPN quận Ba Đình.\n1. THÀNH PHẦN\n- Bí thư Đoàn trường (01 đồng chí).").plan;
    assert_eq!(plan.purposes, ["Nắm tình hình."]);
    assert_eq!(plan.entries().count(), 1);
    assert_eq!(plan.unrecognised[0].text, "1. ĐƠN VỊ LÀM ĐIỂM");
}

#[test]
fn the_headings_of_the_purposes_are_no_purposes() {
    let plan = read("KẾ HOẠCH\nX\nI. MỤC TIÊU\n1. Mục tiêu chung\nĐổi mới việc dạy và học ngoại ngữ.\n2. Mục tiêu cụ thể\n- Nâng cao năng lực.\nII. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích, ý nghĩa:\n- Nắm tình hình.\n2. Yêu cầu\n- Thiết thực.\n").plan;
    assert_eq!(
        plan.purposes,
        [
            "Đổi mới việc dạy và học ngoại ngữ.",
            "Nâng cao năng lực.",
            "Nắm tình hình.",
            "Thiết thực."
        ]
    );
    // A numbered purpose is a purpose, whatever its first words.
    let plan =
        read("KẾ HOẠCH\nX\nI. MỤC ĐÍCH\n1. Mục đích của hội nghị là đánh giá kết quả năm học.\n")
            .plan;
    assert_eq!(plan.purposes.len(), 1);
}

#[test]
fn web_titles_and_blank_numbers() {
    let plan = read("Kế hoạch số 55-KH/BDVTW ngày 10/6/2022 về việc tổ chức Hội nghị sơ kết\nI. Mục đích, yêu cầu\nNắm tình hình.\n").plan;
    assert_eq!(plan.header.number.unwrap().to_string(), "55-KH/BDVTW");
    assert_eq!(plan.header.date.unwrap().to_string(), "2022-06-10");
    assert_eq!(plan.header.title, "Tổ chức Hội nghị sơ kết");
    let parsed = read(
        "LIÊN ĐỘI TRƯỜNG TH A\nSố:    – KH/LĐ\nKẾ HOẠCH\nĐại hội\nI. MỤC ĐÍCH\nNắm tình hình.\n",
    );
    assert!(parsed.plan.header.number.is_none());
    assert!(parsed
        .diagnostics
        .iter()
        .any(|d| d.path == "/header/number" && d.message.en.contains("blank")));
}

/// A lone line in capitals that names no body, over a plan with no number, date or
/// motto, is the page's title: no issuer is better than a post's title for one. A
/// body's name alone is still the issuer.
#[test]
fn a_page_title_in_capitals_is_no_issuer() {
    let parsed = read("CÁC VĂN BẢN VỀ TỔ CHỨC ĐẠI HỘI HỘI NÔNG DÂN CÁC CẤP\nKẾ HOẠCH VỀ TỔ CHỨC ĐẠI HỘI\nI. Mục đích, yêu cầu\nNắm tình hình.\n");
    assert_eq!(parsed.plan.header.issuer, "");
    assert!(parsed
        .plan
        .unrecognised
        .iter()
        .any(|u| u.text.starts_with("CÁC VĂN BẢN")));
    let plan = read("HỘI NÔNG DÂN TỈNH NINH THUẬN\nKẾ HOẠCH VỀ TỔ CHỨC ĐẠI HỘI\nI. Mục đích, yêu cầu\nNắm tình hình.\n").plan;
    assert_eq!(plan.header.issuer, "HỘI NÔNG DÂN TỈNH NINH THUẬN");
}

/// A portal's lead saying who issued the plan, when and under what number, read
/// above the type line as below it when the plan has no header; the number ends at a
/// ";" ("Kế hoạch số 382-KH/HNDT; Hướng dẫn số …").
#[test]
fn a_portal_lead_above_the_type_line() {
    let plan = read("Ngày 04/10/2022, Ban Thường vụ Hội Nông dân tỉnh ban hành Kế hoạch số 382-KH/HNDT; Hướng dẫn số 383-HD/HNDT về tổ chức đại hội.\nKẾ HOẠCH VỀ TỔ CHỨC ĐẠI HỘI\nI. Mục đích, yêu cầu\nNắm tình hình.\n").plan;
    assert_eq!(plan.header.number.unwrap().to_string(), "382-KH/HNDT");
    assert_eq!(plan.header.date.unwrap().to_string(), "2022-10-04");
    assert_eq!(plan.header.issuer, "Ban Thường vụ Hội Nông dân tỉnh");
}

/// The date of issue is a place and date that ends with its date, never a sentence
/// that goes on after one: "Hội nghị khai mạc vào lúc 8 giờ, ngày 05/7/2022 theo hình
/// thức trực tuyến." under a web title gives the meeting's day, not the plan's.
#[test]
fn a_dated_sentence_is_no_date_of_issue() {
    let plan = read("Kế hoạch số 55-KH/BDVTW ngày 10/6/2022 về việc tổ chức Hội nghị sơ kết\n\nHội nghị khai mạc vào lúc 8 giờ, ngày 05/7/2022 theo hình thức trực tuyến.\n").plan;
    assert_eq!(plan.header.date.unwrap().to_string(), "2022-06-10");
    let plan = read("UBND XÃ A\nSố: 12/KH-UBND\nA, ngày 03 tháng 7 năm 2017 KẾ HOẠCH\nTổ chức Hội nghị\nI. MỤC ĐÍCH\nNắm tình hình.\n").plan;
    assert_eq!(plan.header.date.unwrap().to_string(), "2017-07-03");
    // A blank date after the date is no sentence going on.
    let plan = read("UBND XÃ A\nSố: 12/KH-UBND\nA, ngày 26 tháng 8 năm 2022, ngày … tháng … năm …\nKẾ HOẠCH\nTổ chức Hội nghị\nI. MỤC ĐÍCH\nNắm tình hình.\n").plan;
    assert_eq!(plan.header.date.unwrap().to_string(), "2022-08-26");
}

/// A portal's title naming a notice or a letter by its own number and the meeting it is
/// about is the document's title line, as a kế hoạch's is; a notice of anything else
/// by number is still no plan.
#[test]
fn notices_and_letters_titled_by_number_and_meeting() {
    let plan = read("Thông báo số 97-TB/BDVTW ngày 19/12/2016 của Ban Dân vận Trung ương về Hội nghị toàn quốc tổng kết công tác dân vận năm 2016\n\nHội nghị khai mạc vào lúc 8 giờ, ngày 05/01/2017 theo hình thức trực tuyến.\n").plan;
    assert_eq!(plan.header.document_type, "THÔNG BÁO");
    assert_eq!(plan.header.number.unwrap().to_string(), "97-TB/BDVTW");
    assert_eq!(plan.header.date.unwrap().to_string(), "2016-12-19");
    let plan =
        read("Công văn 268/HCTNXPVN về việc họp trực tuyến\nĐề nghị các Hội đăng ký điểm cầu.\n")
            .plan;
    assert_eq!(plan.header.number.unwrap().to_string(), "268/HCTNXPVN");
    assert_eq!(
        hoinghi::parse_text(
            "Thông báo số 12/TB-UBND về kết quả tuyển dụng viên chức\nDanh sách kèm theo.\n"
        )
        .unwrap_err()
        .code(),
        "not-a-plan"
    );
}

#[test]
fn not_a_plan_says_what_was_looked_for() {
    let err = hoinghi::parse_text("Xin chào, đây là một lá thư.").unwrap_err();
    assert_eq!(err.code(), "not-a-plan");
    assert!(err.to_string().contains("MỤC ĐÍCH"), "{err}");
}

#[test]
fn an_edited_plan_is_written_in_the_official_layout() {
    let mut plan = read(COMMUNE).plan;
    assert!(hoinghi::render::text(&plan).contains("Tổng số đại biểu dự kiến: 60 người."));
    plan.participants.expected = Some(70);
    let text = hoinghi::render::text(&plan);
    assert!(text.contains("Dự kiến 70 đại biểu"), "{text}");
}

#[test]
fn assignments_written_as_sentences() {
    let text = "KẾ HOẠCH\nHội nghị\nI. MỤC ĐÍCH\nNắm tình hình.\nII. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Ủy ban nhân dân xã chủ trì, chuẩn bị tài liệu, gửi đại biểu trước ngày 11/12/2026.\n2. Công an xã bảo đảm an ninh trật tự.\n";
    let plan = read(text).plan;
    let a = &plan.assignments[0];
    assert_eq!(a.body, "Văn phòng Ủy ban nhân dân xã");
    assert_eq!(
        a.tasks,
        ["chủ trì, chuẩn bị tài liệu, gửi đại biểu trước ngày 11/12/2026."]
    );
    assert_eq!(a.deadline.unwrap().to_string(), "2026-12-11");
    assert_eq!(plan.assignments[1].body, "Công an xã");
    assert_eq!(plan.assignments[1].tasks, ["bảo đảm an ninh trật tự."]);
}

#[test]
fn the_official_layout_is_an_option_that_lists_its_changes() {
    let plan = read(COMMUNE).plan;
    let options = hoinghi::render::RenderOptions { official: true };
    let official = hoinghi::render::render_with(&plan, hoinghi::render::Format::Text, options);
    assert!(
        official.contains("Thành phần tham dự hội nghị: Dự kiến 60 đại biểu"),
        "{official}"
    );
    let changes = hoinghi::render::official_changes(&plan);
    assert!(changes.iter().any(|c| c
        .removed
        .iter()
        .any(|l| l == "Tổng số đại biểu dự kiến: 60 người.")));
    // The official text reads back into the same fields.
    let mut again = read(&official).plan;
    let mut fields = plan.clone();
    again.layout = None;
    fields.layout = None;
    again.unrecognised.iter_mut().for_each(|u| u.line = 0);
    fields.unrecognised.iter_mut().for_each(|u| u.line = 0);
    assert_eq!(again.participants, fields.participants);
    assert_eq!(again.header, fields.header);
    // Nothing to list for a plan that never had an author's layout.
    assert!(hoinghi::render::official_changes(&fields).is_empty());
}

#[test]
fn labelled_fields_without_headings_are_a_plan() {
    // A day-by-day notice: no type line, no section heading, but the fields of a
    // meeting. Read, with its participants (none with a count), not refused.
    let text = "Thông báo lịch họp của Ủy ban tỉnh.\n1. Ngày 25/8/2026:\nThành phần:\nThường trực Tỉnh ủy, HĐND, UBND tỉnh.\nCác Công ty chè: Công ty A; Công ty B.\n2. Ngày 26/8/2026:\nĐịa điểm: Tại Hội trường huyện.\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    // Three entries: the companies' line holds two, apart by ";".
    assert_eq!(plan.entries().count(), 3, "{:#?}", plan.participants);
    // "Tại Hội trường huyện": the preposition is not part of the venue's name.
    assert_eq!(plan.venue.as_ref().unwrap().name, "Hội trường huyện");
    let count = hoinghi::count_delegates(plan).unwrap();
    assert_eq!((count.min, count.max), (0, None));
    assert_eq!(plan.preamble, ["Thông báo lịch họp của Ủy ban tỉnh."]);
    // One field alone is no plan structure.
    let err = hoinghi::parse_text("Chào bạn.\nThời gian: mai.\n").unwrap_err();
    assert_eq!(err.code(), "not-a-plan");
    assert!(err.to_string().contains("Thời gian:"), "{err}");
}

#[test]
fn an_issuer_in_ordinary_case_under_its_superior() {
    // "ĐẢNG ỦY PHƯỜNG …" in capitals, then the chi bộ's own name in ordinary case:
    // the chi bộ issues, the đảng ủy is its superior; the "*" ornament says nothing.
    let parsed = read("ĐẢNG ỦY PHƯỜNG BIÊN GIANG\nChi bộ trường THCS Biên Giang\n*\nSố 08-KH/CB\nĐẢNG CỘNG SẢN VIỆT NAM\nBiên Giang, ngày 04 tháng 4 năm 2022\nKẾ HOẠCH\nTổ chức Đại hội chi bộ\nI. MỤC ĐÍCH, YÊU CẦU\nNắm tình hình.\n");
    let h = &parsed.plan.header;
    assert_eq!(h.superior.as_deref(), Some("ĐẢNG ỦY PHƯỜNG BIÊN GIANG"));
    assert_eq!(h.issuer, "Chi bộ trường THCS Biên Giang");
    assert!(
        parsed.plan.unrecognised.is_empty(),
        "{:?}",
        parsed.plan.unrecognised
    );
    // A line in ordinary case that names no body stays unread.
    let parsed = read("ĐẢNG ỦY PHƯỜNG BIÊN GIANG\nTổ chức Đại hội chi bộ nhiệm kỳ 2022\nSố 08-KH/CB\nKẾ HOẠCH\nĐại hội\nI. MỤC ĐÍCH\nNắm tình hình.\n");
    assert_eq!(parsed.plan.header.issuer, "ĐẢNG ỦY PHƯỜNG BIÊN GIANG");
    assert_eq!(parsed.plan.unrecognised.len(), 1);
}

#[test]
fn a_name_wrapped_over_two_header_lines_is_one_body() {
    // The second line names no body of its own (no "SỞ", "BCH", "CHI BỘ", "HUYỆN
    // ĐOÀN" …): it is the first line's name, wrapped, not an issuer under a superior.
    for (lines, issuer) in [
        (
            "HỘI TRUYỀN THỐNG TRƯỜNG SƠN\nĐƯỜNG HỒ CHÍ MINH VIỆT NAM",
            "HỘI TRUYỀN THỐNG TRƯỜNG SƠN ĐƯỜNG HỒ CHÍ MINH VIỆT NAM",
        ),
        (
            "LĐ TRƯỜNG PTDTBT-THCS\nMƯỜNG MÙN",
            "LĐ TRƯỜNG PTDTBT-THCS MƯỜNG MÙN",
        ),
        (
            "HỘI LIÊN HIỆP PHỤ NỮ\nTỈNH QUẢNG NAM",
            "HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG NAM",
        ),
    ] {
        let text = format!(
            "{lines}\nSố: 12/KH-TWH\nKẾ HOẠCH\nTổ chức hội nghị\nI. MỤC ĐÍCH\nNắm tình hình.\n"
        );
        let h = read(&text).plan.header;
        assert_eq!((h.superior.as_deref(), h.issuer.as_str()), (None, issuer));
    }
    // A line that opens with a body's name is the issuer under its superior.
    for (superior, issuer) in [
        ("UBND TỈNH QUẢNG NAM", "SỞ Y TẾ"),
        ("TỈNH ỦY QUẢNG NAM", "HUYỆN ỦY ĐẠI LỘC"),
        ("THÀNH ĐOÀN HÀ NỘI", "QUẬN ĐOÀN BA ĐÌNH"),
        ("HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI", "BAN THƯỜNG VỤ"),
        ("CÔNG ĐOÀN NGÀNH GIÁO DỤC", "CĐCS TRƯỜNG THCS AN PHÚ"),
    ] {
        let text = format!("{superior}\n{issuer}\nSố: 12/KH-BTV\nKẾ HOẠCH\nTổ chức hội nghị\nI. MỤC ĐÍCH\nNắm tình hình.\n");
        let h = read(&text).plan.header;
        assert_eq!(
            (h.superior.as_deref(), h.issuer.as_str()),
            (Some(superior), issuer)
        );
    }
}

#[test]
fn a_title_in_capitals_above_a_two_level_header_is_no_issuer() {
    // A page prints its title above the document ("DỰ TRIỂN LÃM …" over "UBND TỈNH …"
    // / "SỞ …"): a header has two levels, so the line naming no body is kept as
    // written, not read as the superior.
    let parsed = read("DỰ TRIỂN LÃM HOÀNG SA - TRƯỜNG SA\nUBND TỈNH THỪA THIÊN HUẾ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1788/SGDĐT-CTTT\nKẾ HOẠCH\nDự triển lãm\nI. MỤC ĐÍCH\nNắm tình hình.\n");
    let h = &parsed.plan.header;
    assert_eq!(
        (h.superior.as_deref(), h.issuer.as_str()),
        (Some("UBND TỈNH THỪA THIÊN HUẾ"), "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
    );
    let kept: Vec<&str> = parsed
        .plan
        .unrecognised
        .iter()
        .map(|u| u.text.as_str())
        .collect();
    assert_eq!(kept, ["DỰ TRIỂN LÃM HOÀNG SA - TRƯỜNG SA"]);
    // Three names that each open a body stay the reader's: superior and issuer.
    let h = read("ĐẢNG BỘ TỈNH QUẢNG NAM\nĐẢNG ỦY XÃ AN PHÚ\nCHI BỘ THÔN 3\nSố: 12-KH/CB\nKẾ HOẠCH\nĐại hội\nI. MỤC ĐÍCH\nNắm tình hình.\n").plan.header;
    assert_eq!(h.superior.as_deref(), Some("ĐẢNG BỘ TỈNH QUẢNG NAM"));
    assert_eq!(h.issuer, "CHI BỘ THÔN 3");
}

#[test]
fn a_heading_named_in_a_sentence_is_no_heading() {
    // "…thành lập Đảng Cộng sản Việt Nam…" in a header line taken out of a PDF is a
    // mention, not the Party's heading; capitals glued to a cell are one.
    let parsed = read("ỦY BAN NHÂN DÂN HUYỆN X\nSố: 25/KH-UBND X, ngày 26 tháng 3 năm 2008 kỷ niệm ngày thành lập Đảng Cộng sản Việt Nam\nKẾ HOẠCH\nKỷ niệm\nI. MỤC ĐÍCH\nNắm tình hình.\n");
    assert!(
        parsed.plan.header.heading.is_empty(),
        "{:?}",
        parsed.plan.header.heading
    );
    let parsed = read("ĐỘI TNTP HỒ CHÍ MINHLIÊN ĐỘI TRƯỜNG TH A\nKẾ HOẠCH\nĐại hội\nI. MỤC ĐÍCH\nNắm tình hình.\n");
    assert_eq!(parsed.plan.header.heading, ["ĐỘI TNTP HỒ CHÍ MINH"]);
}

#[test]
fn an_issuer_interleaved_with_the_motto_is_reported() {
    // Both header columns run together word by word: the name cannot be trusted.
    let parsed = read("THÀNH PHỐ HỒ CHÍ MINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT ỦY BAN NHÂN DÂN HUYỆN NAM CẦN GIỜ\nSố: 25/KH-UBND\nKẾ HOẠCH\nKỷ niệm\nI. MỤC ĐÍCH\nNắm tình hình.\n");
    assert!(parsed
        .diagnostics
        .iter()
        .any(|d| d.path == "/header/issuer" && d.message.en.contains("interleaved")));
}

#[test]
fn abbreviated_web_titles_and_dates_in_sentences() {
    // Portals shorten "Kế hoạch" to "KH" and put a note in parentheses first.
    let text = "(THAY GIẤY MỜI) KH tổ chức HN đánh giá trồng rừng năm 2016\nĐể đánh giá, ngày 19/8/2015, UBND tỉnh ban hành Kế hoạch số 1220/KH-UBND tổ chức Hội nghị trong 02 ngày, ngày 25-26/8.\nI. THÀNH PHẦN\n- Thường trực Tỉnh ủy.\n";
    let plan = read(text).plan;
    assert_eq!(plan.header.title, "Tổ chức HN đánh giá trồng rừng năm 2016");
    // A sentence that mentions ", ngày" is preamble, not the header's place and date;
    // as the portal's lead it gives the plan's number, date and issuer (no header).
    assert!(plan.header.place.is_none(), "{:?}", plan.header.place);
    assert_eq!(
        plan.header.date.map(|d| d.to_string()).as_deref(),
        Some("2015-08-19")
    );
    assert_eq!(plan.header.issuer, "UBND tỉnh");
    assert_eq!(plan.preamble.len(), 1);
}

#[test]
fn entries_apart_by_semicolons_on_one_line() {
    // Two representatives on one line are two people, not one "Đại diện".
    let plan = read("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Đại biểu mời: Đại diện Thường trực Huyện ủy; Đại diện lãnh đạo UBND huyện.\n").plan;
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!(
        (count.min, count.max),
        (2, Some(2)),
        "{:#?}",
        plan.participants
    );
    // The label names them all: invited guests, each its own entry.
    assert!(plan.entries().all(|(_, _, e)| e.invited));
    assert_eq!(
        plan.entries().next().map(|(_, _, e)| e.body.as_str()),
        Some("Thường trực Huyện ủy")
    );
    // A count after several clauses may be the clause's or the line's: not counted.
    let parsed = read(
        "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Bí thư Đảng ủy; Chủ tịch UBND xã (02 đồng chí).\n",
    );
    assert_eq!(parsed.plan.participants.uncertain.len(), 1);
    let count = hoinghi::count_delegates(&parsed.plan).unwrap();
    assert_eq!((count.min, count.max), (0, None));
}

#[test]
fn positions_units_and_deputies_are_counted_honestly() {
    let count = |line: &str| {
        let plan = read(&format!("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- {line}\n")).plan;
        let c = hoinghi::count_delegates(&plan).unwrap();
        (c.min, c.max)
    };
    // One secretary in each of 12 villages' chi bộ: "thôn" is a unit like "phường".
    assert_eq!(count("Bí thư chi bộ 12 thôn."), (12, Some(12)));
    // Two positions: one person may hold both, or two people.
    assert_eq!(
        count("Chủ tịch Công đoàn, Trưởng Ban Nữ công."),
        (1, Some(2))
    );
    // A named person with a title is one.
    assert_eq!(count("Đ/c Nguyễn Văn An, Chủ tịch UBND xã."), (1, Some(1)));
    // "các Phó Giám đốc": the deputies are one or more.
    assert_eq!(count("Giám đốc, các Phó Giám đốc Sở."), (2, None));
    // With the number stated, as written.
    assert_eq!(
        count("Chủ tịch, các Phó Chủ tịch UBND xã (03 đồng chí)."),
        (3, Some(3))
    );
}

#[test]
fn header_cells_printed_one_at_a_time_between_pipes() {
    // Legal-text sites print each header cell wrapped at its width, "|" between cells.
    let text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSỞ NỘI VỤ\n-------\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố:\n12/KH-SNV\n|\nQuảng\nNam, ngày 03 tháng 02 năm 2024\n|\nKẾ HOẠCH\nTổ chức Hội nghị\nI. MỤC ĐÍCH\nNắm tình hình.\n";
    let parsed = read(text);
    let h = &parsed.plan.header;
    assert_eq!(
        h.superior.as_deref(),
        Some("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM")
    );
    assert_eq!(h.issuer, "SỞ NỘI VỤ");
    assert_eq!(
        h.heading,
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc"
        ]
    );
    assert_eq!(h.number.as_ref().unwrap().to_string(), "12/KH-SNV");
    assert_eq!(h.place.as_deref(), Some("Quảng Nam"));
    assert_eq!(h.date.unwrap().to_string(), "2024-02-03");
    assert!(
        parsed.plan.unrecognised.is_empty(),
        "{:?}",
        parsed.plan.unrecognised
    );
    // And the text is written back as it came.
    let again = hoinghi::render::text(&parsed.plan);
    assert!(again.contains("Quảng\nNam, ngày 03"), "{again}");
}

#[test]
fn a_sentence_ending_in_a_colon_is_no_title() {
    // "… như sau:" announces the body: the title ends before it, whatever its words.
    let text = "KẾ HOẠCH\nTổ chức kỷ niệm 53 năm Ngày mở đường Hồ Chí Minh\nvà thành lập bộ đội Trường Sơn (19/5/1959 – 19/5/2012)\nThiết thực kỷ niệm 53 năm Ngày truyền thống, lãnh đạo Hội chủ trương tổ chức đợt tuyên truyền và hoạt động như sau:\nI. MỤC ĐÍCH Ý NGHĨA\nÔn lại lịch sử.\n";
    let plan = read(text).plan;
    assert_eq!(
        plan.header.title,
        "Tổ chức kỷ niệm 53 năm Ngày mở đường Hồ Chí Minh và thành lập bộ đội Trường Sơn (19/5/1959 – 19/5/2012)"
    );
    assert_eq!(plan.preamble.len(), 1, "{:?}", plan.preamble);
    // A colon inside a title line is not its end.
    let plan = read("KẾ HOẠCH\nTỔ CHỨC ĐẠI HỘI CHÁU NGOAN BÁC HỒ\nNĂM HỌC: 2017 – 2018\nI. MỤC ĐÍCH\nNắm tình hình.\n").plan;
    assert_eq!(
        plan.header.title,
        "TỔ CHỨC ĐẠI HỘI CHÁU NGOAN BÁC HỒ NĂM HỌC: 2017 – 2018"
    );
}

#[test]
fn hard_wrapped_paragraphs_are_read_whole() {
    // Text copied from a PDF or a legal-text site is wrapped at a fixed width.
    let text = "KẾ HOẠCH\nTổ chức hội nghị\nCăn cứ Quyết định số 149/QĐ-UBND ngày\n08/02/2012 của UBND tỉnh về việc phê duyệt kế hoạch dạy và học ngoại ngữ trong\ncác cơ sở giáo dục;\nI. THÀNH PHẦN\n- Đại diện lãnh đạo các phòng, ban, ngành, đoàn thể huyện có liên\nquan (mỗi đơn vị 01 đồng chí);\n- Bí thư Đoàn xã (01 đồng chí).\nII. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: 08 giờ 00\nngày 26/8/2022.\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    assert_eq!(plan.preamble.len(), 1, "{:?}", plan.preamble);
    assert!(plan.preamble[0].ends_with("các cơ sở giáo dục;"));
    // One entry per item, the wrapped one whole: "quan (mỗi đơn vị …)" is no entry.
    // (Its count per unit, with no number of units, is not counted.)
    let entries: Vec<_> = plan.entries().map(|(_, _, e)| e).collect();
    assert_eq!(entries.len(), 2, "{entries:#?}");
    assert_eq!(
        entries[0].body,
        "các phòng, ban, ngành, đoàn thể huyện có liên quan"
    );
    assert_eq!(entries[0].each.as_deref(), Some("đơn vị"));
    assert!(plan.participants.uncertain.is_empty());
    let count = hoinghi::count_delegates(plan).unwrap();
    assert_eq!((count.min, count.max), (1, None));
    assert_eq!(
        plan.schedule
            .as_ref()
            .map(|s| s.date)
            .map(|d| d.to_string()),
        Some("2022-08-26".into()),
        "{:?}",
        plan.schedule
    );
    // The lines come back as they were written.
    let again = hoinghi::render::text(plan);
    assert!(again.contains("có liên\nquan (mỗi"), "{again}");
    // A numbered sentence that mentions "Chương trình" is kept, not taken for a heading.
    let plan = read("KẾ HOẠCH\nX\nI. CĂN CỨ\n1. Quyết định số 924/QĐ-TTg ngày 22 tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số trong xây dựng nông thôn mới;\n").plan;
    assert!(
        plan.unrecognised
            .iter()
            .any(|u| u.text.starts_with("1. Quyết định số 924")),
        "{:?}",
        plan.unrecognised
    );
}

#[test]
fn a_timetable_line_never_continues_the_line_before() {
    // Items of a programme open with a time or a date; they are items, not wraps.
    let plan = read("KẾ HOẠCH\nX\nI. CHƯƠNG TRÌNH\n- 07 giờ 00: Đón tiếp đại biểu\n7 giờ 30 phút: Khai mạc\n26/8/2022 (Thứ Sáu): Bế mạc\n").plan;
    assert_eq!(plan.programme.len(), 3, "{:#?}", plan.programme);
}

#[test]
fn several_meetings_each_with_its_time_and_place() {
    // Under headings of their own: đại hội trù bị and chính thức.
    let congress = "ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN TRƯỜNG THPT A\nKẾ HOẠCH\nTổ chức Đại hội Đoàn trường\nI. MỤC ĐÍCH, YÊU CẦU\n- Đánh giá kết quả công tác Đoàn.\nII. THỜI GIAN, ĐỊA ĐIỂM\n1. Đại hội trù bị\n- Thời gian: 14 giờ 00, ngày 20/9/2024.\n- Địa điểm: Phòng họp số 1.\n2. Đại hội chính thức\n- Thời gian: 07 giờ 30, ngày 21/9/2024.\n- Địa điểm: Hội trường lớn.\n";
    let plan = read(congress).plan;
    let meetings: Vec<(&str, String, Option<&str>)> = plan
        .sessions
        .iter()
        .map(|m| {
            (
                m.name.as_str(),
                format!("{} {:?}", m.schedule.date, m.schedule.start),
                m.venue.as_ref().map(|v| v.name.as_str()),
            )
        })
        .collect();
    assert_eq!(
        meetings,
        [
            (
                "Đại hội trù bị",
                "2024-09-20 Some(14:00:00)".to_owned(),
                None
            ),
            (
                "Đại hội chính thức",
                "2024-09-21 Some(07:30:00)".to_owned(),
                Some("Hội trường lớn")
            ),
        ]
    );
    // The first meeting's time and place are the plan's.
    assert_eq!(plan.schedule.as_ref(), Some(&plan.sessions[0].schedule));
    assert_eq!(plan.venue.as_ref().unwrap().name, "Phòng họp số 1");

    // Named in the line, one per grade; "Khối 6:" is a name, not six o'clock.
    let grades = "TRƯỜNG THCS B\nKẾ HOẠCH\nTổ chức họp cha mẹ học sinh\nI. THỜI GIAN\n- Khối 6: sáng ngày 15/9/2024.\n- Khối 7: chiều ngày 15/9/2024.\n- Khối 8, 9: sáng ngày 16/9/2024.\nII. ĐỊA ĐIỂM: Các phòng học.\n";
    let parsed = read(grades);
    let plan = &parsed.plan;
    let names: Vec<&str> = plan.sessions.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Khối 6", "Khối 7", "Khối 8, 9"]);
    assert!(plan.sessions.iter().all(|m| m.schedule.start.is_none()));
    assert_eq!(
        plan.sessions[1].schedule.part_of_day,
        Some(hoinghi::model::PartOfDay::Afternoon)
    );
    // A top heading's own value is read, not dropped.
    assert_eq!(plan.venue.as_ref().unwrap().name, "Các phòng học");
    assert!(plan.unrecognised.is_empty(), "{:#?}", plan.unrecognised);

    // The official layout writes them so that they read back the same.
    for text in [congress, grades] {
        let plan = read(text).plan;
        let mut edited = plan.clone();
        edited.layout = None;
        let official = hoinghi::render::render(&edited, hoinghi::render::Format::Text);
        let back = read(&official).plan;
        assert_eq!(back.sessions, plan.sessions, "{official}");
    }

    // A second time under the same name (or none) cannot be told from the first
    // meeting's: kept as written, and said; no meetings are made up.
    let text = "KẾ HOẠCH\nHội nghị\nI. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: 08 giờ 00, ngày 10/3/2026.\n- Thời gian: 14 giờ 00, ngày 11/3/2026.\n";
    let parsed = read(text);
    assert!(parsed.plan.sessions.is_empty());
    assert_eq!(parsed.plan.unrecognised.len(), 1);
    // Nor is a time without a name after a named meeting.
    let text = "KẾ HOẠCH\nHội nghị\nI. NỘI DUNG\n1. Lễ khai mạc\n- Thời gian: 08 giờ 00, ngày 20/3/2026.\nII. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: 14 giờ 00, ngày 15/3/2026.\n";
    let parsed = read(text);
    assert!(
        parsed.plan.sessions.is_empty(),
        "{:#?}",
        parsed.plan.sessions
    );
    assert_eq!(
        parsed
            .plan
            .schedule
            .as_ref()
            .map(|s| s.date.to_string())
            .as_deref(),
        Some("2026-03-20")
    );
    assert!(parsed
        .diagnostics
        .iter()
        .any(|d| d.message.en.contains("several meetings")));
}

#[test]
fn a_time_under_a_day_heading_is_on_that_day() {
    // The day is the heading's; the time line has none of its own.
    let text = "KẾ HOẠCH\nHội nghị hai ngày\n1. Ngày 25/8/2015:\n- Thời gian: 08 giờ 00\n- Địa điểm: Trụ sở UBND huyện.\n2. Ngày 26/8/2015:\n- Thời gian: Khai mạc 08h00’\n- Địa điểm: Hội trường huyện.\n";
    let plan = read(text).plan;
    let meetings = meetings_when(&plan);
    assert_eq!(
        meetings,
        [
            ("Ngày 25/8/2015", "2015-08-25 Some(08:00:00)".to_owned()),
            ("Ngày 26/8/2015", "2015-08-26 Some(08:00:00)".to_owned()),
        ]
    );
    // Without a day's heading, a time alone is no date: it is kept and said.
    let parsed = read("KẾ HOẠCH\nHội nghị\nI. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: Khai mạc 08h00\n");
    assert!(parsed.plan.schedule.is_none());
    assert!(parsed.diagnostics.iter().any(|d| d.path == "/schedule"));
    // A heading that names a day and a time is no day's heading: its time is its own.
    let parsed = read("KẾ HOẠCH\nHội nghị\nI. NỘI DUNG\n1. Sáng ngày 25/8/2015, 8 giờ 00:\n- Thời gian: 14 giờ 00\n");
    assert!(parsed.plan.schedule.is_none());
}

#[test]
fn a_count_per_unit_in_parentheses() {
    let plan = read("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Lãnh đạo 11 phường (mỗi phường 02 đồng chí).\n- Bí thư chi đoàn các lớp (mỗi lớp 01 đồng chí).\n").plan;
    let count = hoinghi::count_delegates(&plan).unwrap();
    // 11 × 2, and the classes, whose number the line does not give: at least that.
    assert_eq!((count.min, count.max), (22, None));
    assert!(plan.participants.uncertain.is_empty());
    let entries: Vec<_> = plan.entries().map(|(_, _, e)| e).collect();
    assert_eq!(entries[0].body, "11 phường");
    assert_eq!(entries[1].body, "chi đoàn các lớp");
    // Parentheses that hold more than the count per unit, or a line that goes on after
    // them: the count may not be per unit; not counted, and said.
    let plan = read("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Lãnh đạo 11 lớp (mỗi lớp 01 đồng chí, riêng lớp 12A 02 đồng chí).\n- Chủ nhiệm 11 lớp (mỗi lớp 01 đồng chí) và giáo viên bộ môn.\n").plan;
    assert_eq!(plan.participants.uncertain.len(), 2);
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((count.min, count.max), (0, None));
}

#[test]
fn recipients_beside_a_shorter_signature_block() {
    // A Word table pasted with a TAB between cells: once the signature cell runs out,
    // the rows' right cells are empty and the lines carry only the Nơi nhận cell.
    let text = "KẾ HOẠCH\nHội nghị người lao động\nI. MỤC ĐÍCH\nNắm tình hình.\nNơi nhận:\tGIÁM ĐỐC\n- Công đoàn cơ sở;\t\n- Các phòng, đội;\t\n- Lưu: VT, TCHC.\tNguyễn Văn A\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    let bodies: Vec<&str> = plan.recipients.iter().map(|r| r.body.as_str()).collect();
    assert_eq!(bodies, ["Công đoàn cơ sở", "Các phòng, đội"]);
    assert_eq!(plan.archive.as_ref().unwrap().units, ["VT", "TCHC"]);
    let sig = plan.signature.as_ref().unwrap();
    assert_eq!(
        (sig.title.as_deref(), sig.name.as_deref()),
        (Some("GIÁM ĐỐC"), Some("Nguyễn Văn A"))
    );
    assert!(plan.unrecognised.is_empty(), "{:?}", plan.unrecognised);
    // And it is written back as pasted.
    let again = hoinghi::render::text(plan);
    assert_eq!(
        hoinghi::parse_text(&again).unwrap().plan.recipients,
        plan.recipients
    );
}

#[test]
fn an_invitation_names_the_position_not_the_form_of_address() {
    let plan = read("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Mời đồng chí Phó Chủ tịch UBND tỉnh dự và chỉ đạo;\n- Mời đ/c Bí thư Huyện ủy dự;\n- Đại diện lãnh đạo các phòng chức năng tham dự.\n").plan;
    let entries: Vec<(Option<&str>, &str, bool)> = plan
        .entries()
        .map(|(_, _, e)| (e.role.as_deref(), e.body.as_str(), e.invited))
        .collect();
    assert_eq!(
        entries,
        [
            (Some("đồng chí Phó Chủ tịch"), "UBND tỉnh", true),
            (Some("đ/c Bí thư"), "Huyện ủy", true),
            (Some("Đại diện lãnh đạo"), "các phòng chức năng", false),
        ]
    );
    // One person each where the position is one; the phòng, how many not said.
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((count.min, count.max), (2, None));
}

#[test]
fn a_total_in_parentheses_with_its_breakdown() {
    for (line, counted) in [
        // The parts agree with the total: it is the count.
        ("Toàn thể đảng viên trong chi bộ (35 đồng chí, trong đó 32 đảng viên chính thức, 03 đảng viên dự bị).", Some(35)),
        ("Ban Chấp hành Công đoàn (12 người, gồm 07 nam và 05 nữ).", Some(12)),
        ("Toàn thể đảng viên (35 đồng chí, trong đó có đồng chí Bí thư).", Some(35)),
        // They do not: nothing is counted, and the line is said to be uncertain.
        ("Ban Chấp hành Công đoàn (12 người, gồm 07 nam và 04 nữ).", None),
        ("Toàn thể đảng viên (35 đồng chí, trong đó 32 chính thức, 05 dự bị).", None),
    ] {
        let plan = read(&format!("KẾ HOẠCH\nĐại hội\nI. THÀNH PHẦN\n- {line}\n")).plan;
        let count = hoinghi::count_delegates(&plan).unwrap();
        match counted {
            Some(n) => {
                assert_eq!((count.min, count.max), (n, Some(n)), "{line}");
                assert!(plan.participants.uncertain.is_empty(), "{line}");
            }
            None => {
                assert_eq!((count.min, count.max), (0, None), "{line}");
                assert_eq!(plan.participants.uncertain.len(), 1, "{line}");
            }
        }
    }
}

#[test]
fn a_chair_under_the_participants_heading_is_the_chair() {
    // "1. Chủ trì" under "I. THÀNH PHẦN" names who chairs, not a level of participants:
    // the Giám đốc is one person, chair and participant.
    let plan = read("KẾ HOẠCH\nHội nghị cán bộ, công chức\nI. THÀNH PHẦN\n1. Chủ trì: Giám đốc Sở.\n2. Thành phần:\n- Giám đốc, các Phó Giám đốc Sở;\n- Chủ tịch Công đoàn Sở.\n").plan;
    assert_eq!(plan.chairs.len(), 1);
    assert_eq!(plan.chairs[0].role.as_deref(), Some("Giám đốc"));
    assert!(plan.levels.is_empty(), "{:?}", plan.levels);
    let count = hoinghi::count_delegates(&plan).unwrap();
    // Giám đốc (the chair) + at least one Phó Giám đốc + Chủ tịch Công đoàn.
    assert_eq!((count.min, count.max), (3, None));
    // A level named by a site stays a level.
    let plan = read("KẾ HOẠCH\nHội nghị trực tuyến\nI. THÀNH PHẦN\n1. Tại điểm cầu chính:\n- Ban Giám đốc Sở (04 người).\n2. Tại các điểm cầu huyện:\n- Lãnh đạo Trung tâm Y tế (02 người).\n").plan;
    assert_eq!(plan.levels.len(), 2, "{:?}", plan.levels);
    // The part's words must open the line: a level that mentions them is a level.
    let plan = read("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n1. Đại biểu dự theo chương trình của Thành Đoàn:\n- Ban Thường vụ Thành Đoàn (02 đồng chí).\n").plan;
    assert_eq!(plan.levels.len(), 1, "{:?}", plan.levels);
    assert_eq!(plan.entries().count(), 1);
}

#[test]
fn a_numbered_mode_line_says_how_the_meeting_is_held() {
    for (line, mode) in [
        ("3. Phương thức tổ chức: Hội nghị trực tuyến tại điểm cầu trung tâm và 63 điểm cầu các tỉnh, thành phố.", hoinghi::model::Mode::Online),
        ("2. Hình thức: Trực tiếp kết hợp trực tuyến.", hoinghi::model::Mode::Hybrid),
        ("2. Hình thức: Tập trung tại hội trường.", hoinghi::model::Mode::InPerson),
    ] {
        let text = format!("KẾ HOẠCH\nHội nghị\nI. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: 08 giờ 00, ngày 10/01/2019.\n{line}\n");
        let parsed = read(&text);
        assert_eq!(parsed.plan.mode, mode, "{line}");
        // How, not where: no venue named "Trực tiếp kết hợp trực tuyến".
        assert!(parsed.plan.venue.is_none(), "{line}: {:?}", parsed.plan.venue);
        assert!(parsed.plan.unrecognised.is_empty(), "{line}");
    }
}

#[test]
fn an_online_conference_by_its_title_when_no_line_says_how() {
    let parsed = read("KẾ HOẠCH\nTổ chức Hội nghị trực tuyến toàn quốc sơ kết công tác dân vận\nI. MỤC ĐÍCH, YÊU CẦU\nNắm tình hình.\n");
    assert_eq!(parsed.plan.mode, hoinghi::model::Mode::Online);
    assert!(parsed.diagnostics.iter().any(|d| d.path == "/mode"));
    let plan = read(
        "KẾ HOẠCH\nTổ chức Hội nghị trực tiếp kết hợp trực tuyến\nI. MỤC ĐÍCH\nNắm tình hình.\n",
    )
    .plan;
    assert_eq!(plan.mode, hoinghi::model::Mode::Hybrid);
    // A line that says how wins over the title.
    let plan = read("KẾ HOẠCH\nTổ chức Hội nghị trực tuyến\nI. THỜI GIAN, ĐỊA ĐIỂM\n- Hình thức: trực tiếp tại Hội trường UBND tỉnh.\n").plan;
    assert_eq!(plan.mode, hoinghi::model::Mode::InPerson);
}

#[test]
fn a_count_before_a_description_and_a_count_as_a_heading_value() {
    let plan = read("KẾ HOẠCH\nĐại hội\nI. SỐ LƯỢNG ĐẠI BIỂU\n- Đại biểu đương nhiên: 25 đồng chí (Ủy viên BCH khóa VI);\n- Đại biểu được bầu: 125 đồng chí.\n2. Đại biểu khách mời: 30 đồng chí.\n").plan;
    let entries: Vec<(&str, Headcount)> = plan
        .entries()
        .map(|(_, _, e)| (e.body.as_str(), e.count))
        .collect();
    assert_eq!(
        entries,
        [
            (
                "Đại biểu đương nhiên (Ủy viên BCH khóa VI)",
                Headcount::Exact { value: 25 }
            ),
            ("Đại biểu được bầu", Headcount::Exact { value: 125 }),
            ("Đại biểu khách mời", Headcount::Exact { value: 30 }),
        ]
    );
    assert!(plan.participants.uncertain.is_empty());
    // A numbered heading's count over entries listed under it is their subtotal:
    // counting it too would count them twice. Not counted, and said; when they add up
    // to it exactly, it is their sum and the count is exact.
    let plan = read("KẾ HOẠCH\nĐại hội\nI. SỐ LƯỢNG ĐẠI BIỂU\n1. Đại biểu chính thức: 150 đại biểu.\n- Đại biểu đương nhiên: 25 đồng chí;\n- Đại biểu được bầu: 125 đồng chí.\n2. Đại biểu khách mời: 30 đồng chí.\n").plan;
    assert!(plan.participants.uncertain.is_empty());
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((count.min, count.max), (180, Some(180)));
    // When they do not, it is kept apart and no upper bound is claimed.
    let plan = read("KẾ HOẠCH\nĐại hội\nI. SỐ LƯỢNG ĐẠI BIỂU\n1. Đại biểu chính thức: 160 đại biểu.\n- Đại biểu đương nhiên: 25 đồng chí;\n- Đại biểu được bầu: 125 đồng chí.\n2. Đại biểu khách mời: 30 đồng chí.\n").plan;
    assert_eq!(
        plan.participants.uncertain,
        ["Đại biểu chính thức: 160 đại biểu"]
    );
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((count.min, count.max), (180, None));
    // A parenthesis that may change what the count means is not passed over.
    let plan =
        read("KẾ HOẠCH\nĐại hội\nI. THÀNH PHẦN\n- Đại diện các xã: 02 đồng chí (mỗi xã).\n").plan;
    assert_eq!(plan.participants.uncertain.len(), 1);
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((count.min, count.max), (0, None));
}

#[test]
fn a_second_date_of_issue_that_differs_is_said() {
    // A legal-text site's attribute lines above the document's own header.
    let text = "Ngày ban hành 01/11/2023\nBỘ TƯ PHÁP\nSố: 5659/KH-BTP\nHà Nội, ngày 20 tháng 11 năm 2023\nKẾ HOẠCH\nTổ chức tổng kết\nI. MỤC ĐÍCH, YÊU CẦU\nĐánh giá kết quả.\n";
    let parsed = read(text);
    assert_eq!(
        parsed.plan.header.date,
        chrono::NaiveDate::from_ymd_opt(2023, 11, 1)
    );
    assert!(
        parsed
            .diagnostics
            .iter()
            .any(|d| d.path == "/header/date" && d.message.en.contains("2023-11-20")),
        "{:#?}",
        parsed.diagnostics
    );
    // The same date twice says nothing.
    let same = text.replace("01/11/2023", "20/11/2023");
    assert!(!read(&same)
        .diagnostics
        .iter()
        .any(|d| d.path == "/header/date"));
}

#[test]
fn a_signing_authority_typed_with_a_slash_is_the_authority() {
    let text = "ĐẢNG BỘ XÃ TÂN PHÚ\nCHI BỘ ẤP 3\nSố 08-KH/CB\nTân Phú, ngày 10 tháng 4 năm 2025\nKẾ HOẠCH\ntổ chức Đại hội Chi bộ Ấp 3\nI- MỤC ĐÍCH, YÊU CẦU\n- Đánh giá kết quả nhiệm kỳ.\nT/M CHI BỘ\nBÍ THƯ\nTrần Văn Hùng\n";
    let plan = read(text).plan;
    let signature = plan.signature.expect("a signature");
    assert_eq!(signature.authority, Some(Authority::Tm));
    assert_eq!(signature.principal.as_deref(), Some("CHI BỘ"));
    assert_eq!(signature.title.as_deref(), Some("BÍ THƯ"));
    assert_eq!(signature.name.as_deref(), Some("Trần Văn Hùng"));
    assert!(plan.unrecognised.is_empty(), "{:#?}", plan.unrecognised);
}

#[test]
fn an_online_conference_named_in_the_opening_of_a_text_without_title() {
    let text = "Thực hiện chương trình công tác, Bộ Công Thương tổ chức Hội nghị trực tuyến về quản lý cụm công nghiệp. Cụ thể như sau:\n1. Thời gian, địa điểm\n- Thời gian: ½ ngày, từ 8h00 ngày 02/7/2021 (Thứ 6).\n3. Thành phần Hội nghị\n- Về phía Bộ Công Thương: Lãnh đạo Bộ; Cục Công Thương địa phương.\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    assert_eq!(plan.mode, hoinghi::model::Mode::Online);
    assert!(parsed.diagnostics.iter().any(|d| d.path == "/mode"));
    // "½ ngày" is half a day, as "1/2 ngày" is.
    let span = plan.schedule.as_ref().and_then(|s| s.span).unwrap();
    assert_eq!(
        (span.count, span.unit),
        (1, hoinghi::model::SpanUnit::HalfDay)
    );
    // The side names the entries after it, however long its name.
    let bodies: Vec<&str> = plan.entries().map(|(_, _, e)| e.body.as_str()).collect();
    assert_eq!(bodies, ["Bộ", "Cục Công Thương địa phương"], "{bodies:?}");
    // "Địa điểm trực tuyến:" says how, and its lines are the sites.
    let plan = read(&text.replace(
        "(Thứ 6).\n",
        "(Thứ 6).\n- Địa điểm trực tuyến:\n+ Tại Bộ Công Thương: Phòng họp trực tuyến.\n+ Tại địa phương: Phòng họp của UBND tỉnh.\n",
    ))
    .plan;
    assert_eq!(plan.sites.len(), 2, "{:?}", plan.sites);
    assert!(plan.unrecognised.is_empty(), "{:?}", plan.unrecognised);
    // Without "trực tuyến" in the opening, nothing is said about how.
    let parsed = read(&text.replace("Hội nghị trực tuyến", "Hội nghị"));
    assert_eq!(parsed.plan.mode, hoinghi::model::Mode::InPerson);
}

#[test]
fn the_leaders_of_a_body_are_not_counted_as_one() {
    let plan = read("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Lãnh đạo Sở Tư pháp;\n- Đại diện lãnh đạo Văn phòng UBND tỉnh;\n- Bí thư Đảng ủy và lãnh đạo UBND xã.\n").plan;
    let counts: Vec<Headcount> = plan.entries().map(|(_, _, e)| e.count).collect();
    assert_eq!(
        counts,
        [
            // "Lãnh đạo Sở": the department's leaders, how many the text does not say.
            Headcount::Unknown,
            // A representative of them is one.
            Headcount::Exact { value: 1 },
            // A secretary, and leaders who may or may not include them.
            Headcount::AtLeast { min: 1 },
        ]
    );
}

#[test]
fn field_labels_that_name_the_meeting_open_a_body_of_fields() {
    // "Chủ trì Hội thảo:", "Thời gian tổ chức:": the field's word and the meeting's.
    let plan = read("Thực hiện kế hoạch công tác, Cục tổ chức Hội thảo.\n\nChủ trì Hội thảo: Lãnh đạo Bộ Công Thương.\n\nThời gian tổ chức: Từ 13h30 ngày 30 tháng 10 năm 2018.\n\nĐịa điểm: Hội trường Bộ.\n").plan;
    assert_eq!(plan.preamble.len(), 1, "{:?}", plan.preamble);
    assert_eq!(plan.chairs.len(), 1);
    assert!(plan.schedule.is_some() && plan.venue.is_some());
}

#[test]
fn a_signing_body_alone_at_the_end_signs_and_is_no_participant() {
    let text =
        "KẾ HOẠCH\nTổ chức hội nghị\nI. THÀNH PHẦN\n- Đại diện các phòng, ban.\n\nBAN TỔ CHỨC\n";
    let plan = read(text).plan;
    assert_eq!(plan.entries().count(), 1);
    assert_eq!(
        plan.signature.and_then(|s| s.title).as_deref(),
        Some("BAN TỔ CHỨC")
    );
    // A participant in capitals with its bullet stays a participant.
    let plan = read(&text.replace("\nBAN TỔ CHỨC", "- BAN TỔ CHỨC")).plan;
    assert_eq!(plan.entries().count(), 2);
    assert!(plan.signature.is_none());
}

#[test]
fn entries_under_the_sites_of_an_online_meeting_are_at_each_site() {
    let text = "KẾ HOẠCH\nHội nghị trực tuyến\nI. THÀNH PHẦN\n1. Tại điểm cầu trung tâm:\n- Lãnh đạo Cục Trồng trọt (02 đồng chí).\n2. Tại điểm cầu tỉnh:\n- Lãnh đạo Sở Nông nghiệp (01 đồng chí);\n- Đại diện Chi cục Trồng trọt (02 đồng chí).\n3. Tại điểm cầu Hà Nội:\n- Đại diện Báo Nông nghiệp (01 đồng chí).\n";
    let plan = read(text).plan;
    // Three people at each provincial site, how many sites the text does not say:
    // unknown, not 3.
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((count.min, count.max), (3, None));
    assert_eq!(
        count.unknown,
        [
            "/participants/groups/1/entries/0",
            "/participants/groups/1/entries/1"
        ]
    );
    // With the number of sites in the title, each is counted at every site.
    let plan = read(&text.replace(
        "Hội nghị trực tuyến\n",
        "Hội nghị trực tuyến với 63 điểm cầu\n",
    ))
    .plan;
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((count.min, count.max), (3 + 63 * 3, Some(3 + 63 * 3)));
}

#[test]
fn numbered_meetings_under_the_time_heading_are_meetings() {
    let text = "KẾ HOẠCH\nĐại hội\nI. THỜI GIAN, ĐỊA ĐIỂM\n1. Đại hội trù bị: 14 giờ 00, chiều ngày 25/4/2026.\n2. Đại hội chính thức: 07 giờ 30, sáng ngày 26/4/2026.\n3. Địa điểm: Hội trường UBND xã.\n";
    let plan = read(text).plan;
    let sessions = meetings_when(&plan);
    assert_eq!(
        sessions,
        [
            ("Đại hội trù bị", "2026-04-25 Some(14:00:00)".to_owned()),
            ("Đại hội chính thức", "2026-04-26 Some(07:30:00)".to_owned()),
        ]
    );
    assert_eq!(
        plan.schedule.map(|s| s.date),
        chrono::NaiveDate::from_ymd_opt(2026, 4, 25)
    );
    assert_eq!(plan.venue.unwrap().name, "Hội trường UBND xã");
    assert!(plan.unrecognised.is_empty(), "{:#?}", plan.unrecognised);
    // Outside a time section such a line is no meeting.
    let plan = read(
        "KẾ HOẠCH\nĐại hội\nI. NỘI DUNG\n1. Bầu Ban Chấp hành: hoàn thành trước ngày 10/4/2026.\n",
    )
    .plan;
    assert!(plan.schedule.is_none());
}

#[test]
fn a_total_of_members_is_the_total() {
    for (line, total) in [
        ("Dự kiến 25 đảng viên tham dự.", 25),
        ("Tổng số: 300 đoàn viên.", 300),
        ("Dự kiến 120 hội viên.", 120),
    ] {
        let text = format!(
            "KẾ HOẠCH\nĐại hội\nI. THÀNH PHẦN\n{line}\n- Toàn thể đảng viên trong Chi bộ.\n"
        );
        let plan = read(&text).plan;
        assert_eq!(plan.participants.expected, Some(total), "{line}");
        assert_eq!(plan.entries().count(), 1, "{line}");
    }
    // Members and those excused: a count this reader cannot place, not counted.
    let plan = read("KẾ HOẠCH\nĐại hội\nI. THÀNH PHẦN\nTổng số đảng viên: 27, trong đó 2 đồng chí miễn sinh hoạt.\n").plan;
    assert_eq!(plan.participants.expected, None);
    assert_eq!(plan.participants.uncertain.len(), 1);
    assert_eq!(plan.entries().count(), 0);
}

#[test]
fn a_pipe_row_with_its_first_or_last_cell_empty() {
    let text = "SỞ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 125/KH-SYT | Nghệ An, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\nHội nghị\nI. MỤC ĐÍCH\nĐánh giá.\nNơi nhận: | KT. GIÁM ĐỐC\n- Công đoàn ngành Y tế; |\n- Lưu: VT. |\n| PHÓ GIÁM ĐỐC\n| Nguyễn Thị Lan\n";
    let plan = read(text).plan;
    let bodies: Vec<&str> = plan.recipients.iter().map(|r| r.body.as_str()).collect();
    assert_eq!(bodies, ["Công đoàn ngành Y tế"]);
    assert_eq!(plan.archive.unwrap().units, ["VT"]);
    let sig = plan.signature.unwrap();
    assert_eq!(
        (sig.authority, sig.title.as_deref(), sig.name.as_deref()),
        (
            Some(Authority::Kt),
            Some("PHÓ GIÁM ĐỐC"),
            Some("Nguyễn Thị Lan")
        )
    );
    assert!(plan.unrecognised.is_empty(), "{:#?}", plan.unrecognised);
}

#[test]
fn columns_typed_apart_by_runs_of_spaces() {
    let text = "TRƯỜNG THCS ĐA TỐN\nSố: 28/KH-THCS\nĐa Tốn, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nHọp cha mẹ học sinh\nI. MỤC ĐÍCH\nThông báo kết quả học tập.\nNơi nhận:                                   HIỆU TRƯỞNG\n- Phòng GD&ĐT (để b/c);\n- Lưu: VT.                                  Nguyễn Thị Mai\n";
    let plan = read(text).plan;
    let sig = plan.signature.unwrap();
    assert_eq!(
        (sig.title.as_deref(), sig.name.as_deref()),
        (Some("HIỆU TRƯỞNG"), Some("Nguyễn Thị Mai"))
    );
    let bodies: Vec<&str> = plan.recipients.iter().map(|r| r.body.as_str()).collect();
    assert_eq!(bodies, ["Phòng GD&ĐT (để b/c)"]);
    assert_eq!(plan.archive.unwrap().units, ["VT"]);
    // The blanks of a date to fill in, and the space after a numbering, are no columns.
    let plan = read("BAN THƯỜNG VỤ\nHà Nội, ngày      tháng      năm 2020\nKẾ HOẠCH\nHội nghị\nI-      Mục đích, yêu cầu\nNắm tình hình.\n").plan;
    assert_eq!(plan.header.place.as_deref(), Some("Hà Nội"));
    assert_eq!(plan.purposes, ["Nắm tình hình."]);
}

#[test]
fn a_second_signer_beside_the_first_is_not_mixed_into_it() {
    let text = "CÔNG TY CỔ PHẦN MINH PHÁT\nSố: 03/KH-CTY\nBình Dương, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nHội nghị người lao động\nI. MỤC ĐÍCH\nĐánh giá kết quả.\nTM. BAN CHẤP HÀNH CÔNG ĐOÀN\tGIÁM ĐỐC\nCHỦ TỊCH\t\nTrần Thị Hoa\tLê Văn Minh\nNơi nhận:\n- Lưu: VT.\n";
    let plan = read(text).plan;
    let sig = plan.signature.unwrap();
    assert_eq!(
        (
            sig.principal.as_deref(),
            sig.title.as_deref(),
            sig.name.as_deref()
        ),
        (
            Some("BAN CHẤP HÀNH CÔNG ĐOÀN"),
            Some("CHỦ TỊCH"),
            Some("Trần Thị Hoa")
        )
    );
    let kept: Vec<&str> = plan.unrecognised.iter().map(|u| u.text.as_str()).collect();
    assert_eq!(kept, ["GIÁM ĐỐC", "Lê Văn Minh"]);
}

#[test]
fn a_timed_line_under_a_day_heading_is_that_days_meeting() {
    let text = "KH tổ chức HN đánh giá tình hình trồng chè\n1. Ngày 25/8/2015:\n08h00’: Các đại biểu có mặt tại trụ sở UBND huyện để kiểm tra thực địa.\nThành phần:\nThường trực Huyện ủy.\n2. Ngày 26/8/2015:\nThời gian: Khai mạc 14h00’\nĐịa điểm: Hội trường huyện.\n";
    let plan = read(text).plan;
    let sessions = meetings_when(&plan);
    assert_eq!(
        sessions,
        [
            ("Ngày 25/8/2015", "2015-08-25 Some(08:00:00)".to_owned()),
            ("Ngày 26/8/2015", "2015-08-26 Some(14:00:00)".to_owned()),
        ]
    );
    // A timed line under a heading that names no day stays text.
    let plan = read("KẾ HOẠCH\nHội nghị\nI. CÔNG TÁC CHUẨN BỊ\n08h00: Các đại biểu có mặt.\n").plan;
    assert!(plan.schedule.is_none());
    assert_eq!(plan.unrecognised.len(), 2);
}

#[test]
fn a_header_cell_glued_to_the_text_before_it() {
    let text = "Kế hoạch 71: Đại hội phụ nữ quận (10:01 23/01/2021)HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI\nBAN THƯỜNG VỤ\nSố: 71/KH-BTV\nKẾ HOẠCH\nChỉ đạo điểm đại hội\nI. MỤC ĐÍCH, YÊU CẦU\nRút kinh nghiệm.\n";
    let plan = read(text).plan;
    assert_eq!(
        plan.header.superior.as_deref(),
        Some("HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI")
    );
    assert_eq!(plan.header.issuer, "BAN THƯỜNG VỤ");
    // Capitals after a full stop, or after capitals, are one name.
    let plan = read("THÀNH ĐOÀN TP.HỒ CHÍ MINH\nBCH ĐOÀN QUẬN 12\nKẾ HOẠCH\nHội nghị\nI. MỤC ĐÍCH\nNắm tình hình.\n").plan;
    assert_eq!(
        plan.header.superior.as_deref(),
        Some("THÀNH ĐOÀN TP.HỒ CHÍ MINH")
    );
}

#[test]
fn a_number_written_without_its_type_code() {
    let text = "HỘI TRUYỀN THỐNG TRƯỜNG SƠN\nSố: 21 /HTTTS\nHà Nội, ngày 26 tháng 3 năm 2012\nKẾ HOẠCH\nKỷ niệm\nI. MỤC ĐÍCH\nÔn lại.\n";
    let plan = read(text).plan;
    let number = plan.header.number.as_ref().unwrap();
    assert_eq!(
        (number.to_string().as_str(), number.type_code.as_str()),
        ("21/HTTTS", "")
    );
    // Read, and the checks say a plan's number lacks KH.
    assert!(hoinghi::validate(&plan)
        .iter()
        .any(|d| d.path == "/header/number/typeCode"));
}

#[test]
fn a_total_in_parentheses_on_the_participants_heading() {
    for heading in [
        "III. THÀNH PHẦN\n1. Chủ trì: Giám đốc Sở.\n2. Thành phần tham dự (dự kiến 120 đại biểu):",
        "III. THÀNH PHẦN THAM DỰ (Tổng số 120 đại biểu)",
    ] {
        let text = format!("KẾ HOẠCH\nHội nghị\n{heading}\n- Ban Giám đốc Sở;\n- Trưởng, phó các phòng (16 đồng chí).\n");
        let plan = read(&text).plan;
        assert_eq!(plan.participants.expected, Some(120), "{heading}");
        assert_eq!(plan.entries().count(), 2, "{heading}");
    }
    // The count of a part of the participants is no total of the plan.
    for part in [
        "a) Tại điểm cầu trung tâm (dự kiến 50 đại biểu):",
        "2. Thành phần khách mời (dự kiến 30 đại biểu):",
    ] {
        let text =
            format!("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n{part}\n- Lãnh đạo Cục (02 đồng chí).\n");
        assert_eq!(read(&text).plan.participants.expected, None, "{part}");
    }
}

#[test]
fn assignment_bullets_that_name_their_body_and_small_letter_verbs() {
    let text = "KẾ HOẠCH\nĐại hội\nI. TỔ CHỨC THỰC HIỆN\n- Chi ủy chuẩn bị văn kiện, trình Đảng ủy xã trước ngày 01/6/2026.\n- Các chi hội tổ chức bầu đại biểu, gửi danh sách về Hội trước ngày 15/4/2026.\n- Giáo viên chủ nhiệm gửi giấy mời tới cha mẹ học sinh.\n- Ban Tổ chức Huyện Đoàn chủ trì, phối hợp với Văn phòng chuẩn bị hội trường.\n";
    let plan = read(text).plan;
    let bodies: Vec<(&str, Option<String>)> = plan
        .assignments
        .iter()
        .map(|a| (a.body.as_str(), a.deadline.map(|d| d.to_string())))
        .collect();
    assert_eq!(
        bodies,
        [
            ("Chi ủy", Some("2026-06-01".to_owned())),
            ("Các chi hội", Some("2026-04-15".to_owned())),
            ("Giáo viên chủ nhiệm", None),
            ("Ban Tổ chức Huyện Đoàn", None),
        ]
    );
    assert!(plan.unrecognised.is_empty(), "{:#?}", plan.unrecognised);
    // A task that opens with its verb belongs to the unit above it.
    let plan = read("KẾ HOẠCH\nĐại hội\nI. TỔ CHỨC THỰC HIỆN\n1. Văn phòng:\n- Phối hợp với Ban Tuyên giáo chuẩn bị hội trường.\n").plan;
    assert_eq!(plan.assignments.len(), 1);
    assert_eq!(plan.assignments[0].tasks.len(), 1);
}

#[test]
fn the_number_of_sites_given_in_the_time_and_place_part_counts_each_sites_entries() {
    let text = "KẾ HOẠCH\nHội nghị trực tuyến\nI. NỘI DUNG\n1. Hình thức: trực tuyến.\n2. Các điểm cầu: điểm cầu trung tâm và 63 điểm cầu tại Sở Nông nghiệp các tỉnh.\n3. Thành phần\na) Tại điểm cầu tỉnh:\n- Lãnh đạo Sở Nông nghiệp (01 đồng chí);\n- Đại diện Chi cục Trồng trọt (02 đồng chí).\n";
    let plan = read(text).plan;
    let count = hoinghi::count_delegates(&plan).unwrap();
    // Three people at each of the 63 provincial sites.
    assert_eq!((count.min, count.max), (189, Some(189)));
    // Without the number of sites, how many is unknown: not 3.
    let plan = read(&text.replace("và 63 điểm cầu", "và các điểm cầu")).plan;
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((count.min, count.max), (0, None));
}

#[test]
fn another_type_with_its_title_on_one_line_repeated_under_a_page_title() {
    // A guide's page title in capitals, then the document's own type line and title:
    // the type is read, the title once; "1/" numbers the headings.
    let text = "HƯỚNG DẪN TỔ CHỨC HỘI NGHỊ CBVC CẤP KHOA NĂM 2020\n\nHƯỚNG DẪN TỔ CHỨC HỘI NGHỊ CBVC CẤP KHOA\nNĂM 2020\n1/ Thời gian tổ chức hội nghị\n• Từ 17/12/2020 – 18/12/2020.\n2/ Chủ tọa hội nghị\n• Lãnh đạo khoa.\n• Thư ký : Do chủ tọa cử.\n3/ Nội dung hội nghị:\n3.1.Tổng kết năm 2020.\n- Số lượng: 1/3 số lượng viên chức của khoa.\n";
    let plan = read(text).plan;
    assert_eq!(plan.header.document_type, "HƯỚNG DẪN");
    assert_eq!(plan.header.title, "TỔ CHỨC HỘI NGHỊ CBVC CẤP KHOA NĂM 2020");
    let s = plan.schedule.as_ref().expect("the time is read");
    assert_eq!(
        (s.date.to_string(), s.end_date.map(|d| d.to_string())),
        ("2020-12-17".to_owned(), Some("2020-12-18".to_owned()))
    );
    // The secretary is no chair; a ratio is no count.
    let chairs: Vec<_> = plan.chairs.iter().map(|c| c.role.as_deref()).collect();
    assert_eq!(chairs, [Some("Lãnh đạo")], "{:?}", plan.chairs);
    assert!(plan
        .unrecognised
        .iter()
        .any(|u| u.text.starts_with("• Thư ký")));
    assert!(plan.entries().next().is_none());
}

#[test]
fn a_post_title_without_the_type_and_numbered_fields() {
    // A công văn's body under its post's title: not refused; the title is the first
    // line, with a warning that no type was written; "1. Thời gian: …" is a field.
    let text = "Tổ chức Hội nghị Giám đốc Sở toàn quốc bằng hình thức trực tuyến\n\nThực hiện Chương trình công tác năm, Bộ tổ chức Hội nghị.\n\n1. Thời gian: 01 buổi, từ 8h00 ngày 29 tháng 5 năm 2020.\n\n2. Địa điểm và thành phần:\n\na) Điểm cầu tại Bộ Khoa học và Công nghệ: Phòng 110, 113 Trần Duy Hưng, Hà Nội.\n\nThành phần: Bộ trưởng và các Thứ trưởng (03 đồng chí).\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    assert_eq!(
        plan.header.title,
        "Tổ chức Hội nghị Giám đốc Sở toàn quốc bằng hình thức trực tuyến"
    );
    assert!(parsed
        .diagnostics
        .iter()
        .any(|d| d.path == "/header/documentType"));
    assert_eq!(plan.mode, hoinghi::model::Mode::Online);
    let sites: Vec<_> = plan
        .sites
        .iter()
        .map(|s| (s.host, s.name.as_str()))
        .collect();
    assert_eq!(
        sites,
        [(
            false,
            "Điểm cầu tại Bộ Khoa học và Công nghệ: Phòng 110, 113 Trần Duy Hưng, Hà Nội"
        )]
    );
    // Who is at that site: the label "Thành phần:" is no part of the entry.
    let entries: Vec<_> = plan.entries().map(|(_, _, e)| e.body.as_str()).collect();
    assert_eq!(entries, ["Bộ trưởng và các Thứ trưởng"], "{entries:?}");
    assert_eq!(hoinghi::count_delegates(plan).unwrap().min, 3);
}

#[test]
fn the_central_site_by_its_label_is_the_host_site_not_the_venue() {
    let text = "KẾ HOẠCH\nHội nghị trực tuyến\nI. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: 08 giờ 00, ngày 10/3/2026.\n2. Điểm cầu trung tâm: Hội trường tầng 2, số 2 Ngọc Hà, Hà Nội.\n3. Các điểm cầu: điểm cầu trung tâm và 63 điểm cầu tại các tỉnh.\n";
    let plan = read(text).plan;
    assert!(plan.venue.is_none(), "{:?}", plan.venue);
    let sites: Vec<_> = plan
        .sites
        .iter()
        .map(|s| (s.host, s.name.as_str()))
        .collect();
    assert_eq!(sites, [(true, "Hội trường tầng 2, số 2 Ngọc Hà, Hà Nội")]);
    assert!(plan
        .unrecognised
        .iter()
        .any(|u| u.text.contains("63 điểm cầu")));
}

#[test]
fn the_parts_of_a_participants_section_that_list_no_one() {
    // "1.Đối tượng:" heads the part; "2.Nguyên tắc:" is a part the reader keeps as
    // written: neither is an entry of unknown size.
    let text = "KẾ HOẠCH\nPhân bổ đại biểu\nI.ĐỐI TƯỢNG, NGUYÊN TẮC VÀ TIÊU CHUẨN ĐẠI BIỂU:\n1.Đối tượng:\n• Là Cán bộ Hội, Hội viên Hội Sinh viên trường;\n2.Nguyên tắc:\n• Đại biểu được hiệp thương bầu chọn theo Điều lệ Hội.\n";
    let plan = read(text).plan;
    let entries: Vec<_> = plan.entries().map(|(_, _, e)| e.body.as_str()).collect();
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert!(plan.levels.is_empty(), "{:?}", plan.levels);
    assert!(plan.unrecognised.iter().any(|u| u.text == "2.Nguyên tắc:"));
}

#[test]
fn a_deadline_under_thoi_gian_is_no_meeting_date() {
    // The departments' meetings must be held before a date: no date of a meeting, and
    // their place is no venue of the plan; the company's meeting is the plan's.
    let text = "KẾ HOẠCH\nTổ chức Hội nghị người lao động năm 2026\nI. THỜI GIAN, ĐỊA ĐIỂM\n1. Hội nghị ở phòng, ban, phân xưởng\n- Thời gian: hoàn thành trước ngày 20/01/2026.\n- Địa điểm: tại các phòng, ban, phân xưởng.\n2. Hội nghị người lao động cấp Công ty\n- Thời gian: 07 giờ 30 phút, ngày 30 tháng 01 năm 2026.\n- Địa điểm: Hội trường Công ty.\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    let s = plan.schedule.as_ref().expect("the company's meeting");
    assert_eq!(s.date.to_string(), "2026-01-30");
    assert_eq!(
        plan.venue.as_ref().map(|v| v.name.as_str()),
        Some("Hội trường Công ty")
    );
    assert!(plan.sessions.is_empty(), "{:?}", plan.sessions);
    let kept: Vec<_> = plan.unrecognised.iter().map(|u| u.text.as_str()).collect();
    for line in [
        "- Thời gian: hoàn thành trước ngày 20/01/2026.",
        "- Địa điểm: tại các phòng, ban, phân xưởng.",
    ] {
        assert!(kept.contains(&line), "{kept:?}");
    }
}

#[test]
fn a_subtotal_that_announces_its_parts_is_not_counted_twice() {
    // "85 đồng chí, gồm:" is the subtotal of the entries under it, said as such.
    let text = "KẾ HOẠCH\nĐại hội\nI. THÀNH PHẦN\n1. Đại biểu chính thức: 85 đồng chí, gồm:\n- Đại biểu đương nhiên: 9 đồng chí;\n- Đại biểu bầu từ các chi hội: mỗi chi hội 05 đại biểu, gồm 12 chi hội;\n- Đại biểu chỉ định: 16 đồng chí.\n";
    let parsed = read(text);
    // 9 + 5 × 12 + 16 = 85: the parts add up to it, so it is their sum, said.
    let count = hoinghi::count_delegates(&parsed.plan).unwrap();
    assert_eq!((count.min, count.max), (85, Some(85)));
    assert!(parsed.plan.participants.uncertain.is_empty());
    let said: Vec<_> = parsed
        .diagnostics
        .iter()
        .filter(|d| d.path.starts_with("/participants/groups/0"))
        .map(|d| d.message.en.as_str())
        .collect();
    assert_eq!(
        said,
        ["Line 4 gives 85 people, the sum of the entries listed under it: not counted again."]
    );
    // Parts that do not add up to it: not counted, so as not to count them twice.
    let parsed = read(&text.replace("16 đồng chí", "15 đồng chí"));
    assert_eq!(hoinghi::count_delegates(&parsed.plan).unwrap().min, 84);
    assert_eq!(parsed.plan.participants.uncertain.len(), 1);
    let said: Vec<_> = parsed
        .diagnostics
        .iter()
        .filter(|d| d.path.starts_with("/participants/uncertain"))
        .map(|d| d.message.en.as_str())
        .collect();
    assert_eq!(
        said,
        ["Line 4 gives the number of the entries listed under it: not counted, so as not to count them twice."]
    );
}

#[test]
fn a_cong_van_with_its_subject_and_the_time_in_its_opening() {
    // A Sở's letter: the header's columns pasted one under the other, its subject
    // "V/v …" under the number, which has no type code; the time only in the opening.
    let text = "UBND TỈNH THỪA THIÊN HUẾ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố:  1788  /SGDĐT-CTTT\nV/v dự Triển lãm bản đồ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThừa Thiên Huế, ngày 20 tháng 7 năm 2017\nKính gửi: Các trường THPT trực thuộc.\nVào lúc 15h00 ngày 21/7/2017 Ủy ban nhân dân tỉnh sẽ khai mạc Triển lãm.\nĐịa điểm: Tiền sảnh Trung tâm Văn hóa Thông tin tỉnh.\nThành phần tham dự: Các Sở, ngành của tỉnh.\nTheo Kế hoạch, sau hoạt động khai mạc Ban tổ chức sẽ đón tiếp các đoàn tham quan.\n";
    let parsed = read(text);
    let h = &parsed.plan.header;
    assert_eq!(h.document_type, "CÔNG VĂN");
    assert_eq!(h.title, "V/v dự Triển lãm bản đồ");
    assert_eq!(h.date.map(|d| d.to_string()).as_deref(), Some("2017-07-20"));
    let number = h.number.as_ref().expect("the number");
    assert_eq!(
        (
            number.type_code.as_str(),
            number.issuer.as_str(),
            number.unit.as_deref()
        ),
        ("", "SGDĐT", Some("CTTT"))
    );
    let s = parsed
        .plan
        .schedule
        .as_ref()
        .expect("the time from the opening");
    assert_eq!(
        (s.date.to_string(), s.start.map(|t| t.to_string())),
        ("2017-07-21".to_owned(), Some("15:00:00".to_owned()))
    );
    // The sentence after the participants is no entry of unknown size.
    let entries: Vec<_> = parsed
        .plan
        .entries()
        .map(|(_, _, e)| e.body.as_str())
        .collect();
    assert_eq!(entries, ["Các Sở, ngành của tỉnh"]);
    // A công văn's number has no type code: no finding on it.
    let findings = hoinghi::validate(&parsed.plan);
    assert!(
        !findings
            .iter()
            .any(|d| d.path.starts_with("/header/number")),
        "{findings:?}"
    );
}

#[test]
fn a_header_below_the_pages_title_and_lead() {
    // The page's title and lead first, then the document's header, its columns one
    // under the other: the header is read; the lines above it are kept.
    let text = "Hướng dẫn tổ chức họp phụ huynh đầu năm học 2022 - 2023\n\nBGH trường triển khai văn bản hướng dẫn cụ thể như sau:\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG THCS&THPT TẢ SÌN THÀNG\nSố: 407 /HD-THCS&THPTTST\nV/v hướng dẫn tổ chức họp phụ huynh\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nTủa Chùa, ngày 12 tháng 9 năm 2022\nKính gửi: Các đồng chí GVCN lớp\nI. MỤC ĐÍCH\n- Thông báo đến phụ huynh học sinh.\n";
    let parsed = read(text);
    let h = &parsed.plan.header;
    assert_eq!(h.issuer, "TRƯỜNG THCS&THPT TẢ SÌN THÀNG");
    assert_eq!(
        h.number.as_ref().map(ToString::to_string).as_deref(),
        Some("407/HD-THCS&THPTTST")
    );
    assert_eq!(h.date.map(|d| d.to_string()).as_deref(), Some("2022-09-12"));
    // The type is the number's: a hướng dẫn, titled by its subject.
    assert_eq!(h.document_type, "HƯỚNG DẪN");
    assert_eq!(h.title, "V/v hướng dẫn tổ chức họp phụ huynh");
    assert!(parsed
        .plan
        .unrecognised
        .iter()
        .any(|u| u.text.starts_with("Hướng dẫn tổ chức họp")));
}

#[test]
fn the_place_said_with_a_meetings_time_is_its_venue() {
    let text = "KẾ HOẠCH\nHọp cha mẹ học sinh\nI. THỜI GIAN, ĐỊA ĐIỂM\n- Khối 6: 7 giờ 30, sáng Chủ nhật ngày 18/01/2026, tại phòng học khối 6 (tầng 1 nhà A).\n- Khối 9: 7 giờ 30, sáng thứ Bảy ngày 24/01/2026, tại Hội trường nhà trường.\n";
    let plan = read(text).plan;
    let venues: Vec<_> = plan
        .sessions
        .iter()
        .map(|m| (m.name.as_str(), m.venue.as_ref().map(|v| v.name.as_str())))
        .collect();
    assert_eq!(
        venues,
        [
            ("Khối 6", Some("phòng học khối 6 (tầng 1 nhà A)")),
            ("Khối 9", Some("Hội trường nhà trường"))
        ]
    );
    // One meeting: the place is the plan's.
    let one = read("KẾ HOẠCH\nHội nghị\nI. THỜI GIAN\n- Thời gian: 8 giờ 00, ngày 10/3/2026, tại Hội trường UBND xã.\n").plan;
    assert_eq!(
        one.venue.map(|v| v.name).as_deref(),
        Some("Hội trường UBND xã")
    );
}

#[test]
fn a_deadline_said_in_a_sentence_is_no_meetings_date() {
    let text = "KẾ HOẠCH\nTiếp xúc cử tri\nI. THỜI GIAN\nCác tổ đại biểu tiếp xúc cử tri xong trước ngày 30/11/2022.\n";
    let parsed = read(text);
    assert_eq!(parsed.plan.schedule, None);
    assert!(parsed
        .plan
        .unrecognised
        .iter()
        .any(|u| u.text.contains("xong trước ngày 30/11/2022")));
    // A date said before the words is the meeting's.
    let held = read("KẾ HOẠCH\nHội nghị\nI. THỜI GIAN\nHội nghị tổ chức ngày 25/11/2022, báo cáo gửi trước ngày 20/11/2022.\n").plan;
    assert_eq!(
        held.schedule.map(|s| s.date.to_string()).as_deref(),
        Some("2022-11-25")
    );
}

#[test]
fn a_portals_lead_gives_the_header_it_printed_without() {
    let text = "KẾ HOẠCH Tiếp xúc cử tri trước kỳ họp thứ Năm\n\n(Phù Ninh)- Ngày 21/11/2022, Hội đồng nhân dân huyện Phù Ninh ban hành kế hoạch số 06/KH-HĐND về tiếp xúc cử tri, cụ thể\n\n1. Thời gian:\nNgày 28/11/2022.\n2. Địa điểm: Hội trường UBND xã.\n";
    let parsed = read(text);
    let h = &parsed.plan.header;
    // The type in capitals and the title in sentence case, on one line.
    assert_eq!(h.document_type, "KẾ HOẠCH");
    assert_eq!(h.title, "Tiếp xúc cử tri trước kỳ họp thứ Năm");
    // The lead is its own paragraph, not the title's continuation.
    assert_eq!(
        h.number.as_ref().map(ToString::to_string).as_deref(),
        Some("06/KH-HĐND")
    );
    assert_eq!(h.date.map(|d| d.to_string()).as_deref(), Some("2022-11-21"));
    assert_eq!(h.issuer, "Hội đồng nhân dân huyện Phù Ninh");
    assert!(parsed
        .diagnostics
        .iter()
        .any(|d| d.path == "/header" && d.message.en.contains("lead")));
    // A document cited is not the plan's.
    let cited = read("KẾ HOẠCH\nHội nghị\nCăn cứ Ngày 02/11/2022, UBND tỉnh ban hành kế hoạch số 99/KH-UBND về …;\nI. MỤC ĐÍCH\nSơ kết.\n").plan;
    assert_eq!(cited.header.number, None);
}

#[test]
fn party_types_and_a_glued_date_are_read() {
    let text = "ĐẢNG BỘ TỈNH NGHỆ AN     ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG UỶ TRƯỜNG ĐẠI HỌC VINH\n*      Nghệ An, ngày 28 tháng 05 năm 2020\nSố 19-TT/ĐU\nTHÔNG TRI\ntriệu tập đại biểu tham dự Đại hội\n1. Thành phần tham dự\n- Đại biểu có giấy mời.\n";
    let h = read(text).plan.header;
    assert_eq!(h.document_type, "THÔNG TRI");
    assert_eq!(h.place.as_deref(), Some("Nghệ An"));
    assert_eq!(h.issuer, "ĐẢNG UỶ TRƯỜNG ĐẠI HỌC VINH");
    let glued = read("CĐ TRƯỜNG MẦM NON\nSố: 04/KH-CĐ\nYên Lãng, ngày 31tháng 03 năm 2017\nKẾ HOẠCH\nĐại hội\nI. MỤC ĐÍCH\nBầu BCH.\n").plan;
    assert_eq!(
        glued.header.date.map(|d| d.to_string()).as_deref(),
        Some("2017-03-31")
    );
    // "TTYT" stays a Trung tâm Y tế's code, not a thông tri.
    let n: hoinghi::DocumentNumber = "15/TTYT-VP".parse().unwrap();
    assert_eq!(n.type_code, "");
}

#[test]
fn a_timetable_under_the_meetings_time_is_its_programme() {
    let text = "THÔNG BÁO\nTriệu tập đảng viên dự Đại hội\n1. Thời gian: Đại hội tiến hành ½ ngày, ngày 18/6/2020 (Thứ Năm).\n    - Từ 7h30’ đến 7h40’: Kiểm tra quân số, ổn định tổ chức.\n    - Từ 7h45’ đến 8h30’: Đại hội trù bị.\n2. Địa điểm: Hội trường lớn.\n";
    let parsed = read(text);
    let items: Vec<_> = parsed
        .plan
        .programme
        .iter()
        .map(|i| (i.start.map(|t| t.to_string()), i.text.as_str()))
        .collect();
    assert_eq!(
        items,
        [
            (
                Some("07:30:00".to_owned()),
                "Kiểm tra quân số, ổn định tổ chức."
            ),
            (Some("07:45:00".to_owned()), "Đại hội trù bị.")
        ]
    );
    assert_eq!(
        parsed.plan.schedule.map(|s| s.date.to_string()).as_deref(),
        Some("2020-06-18")
    );
}

#[test]
fn clauses_each_with_its_count_are_entries_and_a_part_is_never_one() {
    let text = "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Khách mời: đại diện Phòng GD&ĐT (01 đ/c); đại diện Đảng ủy, UBND xã (02 đ/c).\n- Cán bộ chủ chốt: 45 đồng chí; trong đó nữ 12 đồng chí.\n";
    let plan = read(text).plan;
    let entries: Vec<_> = plan
        .participants
        .groups
        .iter()
        .flat_map(|g| &g.entries)
        .map(|e| (e.body.as_str(), e.count, e.invited))
        .collect();
    assert_eq!(
        entries,
        [
            ("Phòng GD&ĐT", Headcount::Exact { value: 1 }, true),
            ("Đảng ủy, UBND xã", Headcount::Exact { value: 2 }, true),
            ("chủ chốt", Headcount::Exact { value: 45 }, false)
        ]
    );
    // "trong đó nữ 12" counts part of the 45: never an entry of its own (the 45 is the
    // clause before it, see `a_clause_counting_part_of_an_entry_is_no_second_count`).
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((count.min, count.max), (48, Some(48)));
}

#[test]
fn an_invitations_post_title_is_its_type_and_title() {
    let text = "Giấy mời dự Lễ phát động Tết trồng cây Xuân Mậu Tuất 2018\n\n1. Thành phần mời:\n- Lãnh đạo HĐND, UBND tỉnh;\n2. Thời gian: ½ ngày, từ 7h30 -9h00, Thứ ba, ngày 06/02/2018.\n3. Địa điểm: Tại Văn Miếu Mao Điền.\n";
    let h = read(text).plan.header;
    assert_eq!(h.document_type, "GIẤY MỜI");
    assert_eq!(h.title, "Dự Lễ phát động Tết trồng cây Xuân Mậu Tuất 2018");
    // Another type's post title must call a meeting: a guide's is the page's title.
    let guide =
        read("Hướng dẫn tổ chức họp phụ huynh\n\nI. MỤC ĐÍCH\n- Thông báo đến phụ huynh.\n").plan;
    assert_ne!(guide.header.document_type, "HƯỚNG DẪN");
}

#[test]
fn a_verb_between_the_unit_and_its_count_is_no_part_of_the_unit() {
    let text = "KẾ HOẠCH\nĐại hội\nI. THÀNH PHẦN\n- Đại biểu các chi hội: mỗi chi hội bầu 04 đại biểu, gồm 9 chi hội.\n- Mỗi chi hội bầu 04 đại biểu, gồm 9 chi hội.\n";
    let plan = read(text).plan;
    let count = hoinghi::count_delegates(&plan).unwrap();
    // 9 × 4; the line that names no body is not counted, and says so (so no upper
    // bound: it may add people).
    assert_eq!((count.min, count.max), (36, None));
    assert_eq!(count.groups[0].entries[0].min, 36);
    assert_eq!(
        plan.participants.uncertain,
        ["Mỗi chi hội bầu 04 đại biểu, gồm 9 chi hội"]
    );
}

#[test]
fn a_person_named_is_one_and_never_counted_twice() {
    let text = "THÔNG BÁO\nTiếp xúc cử tri\nI. THÀNH PHẦN\nHĐND tỉnh:\n- Bà Lê Thị Thanh Lam\n- Ông Huỳnh Trường Vĩnh, Phó Chủ tịch HĐND tỉnh\n- Bà con nhân dân ấp 3\n- Bà Lê Thị Thanh Lam\n";
    let plan = read(text).plan;
    let count = hoinghi::count_delegates(&plan).unwrap();
    // Two people named; villagers ("Bà con") are no one person; the name again is kept
    // apart, not counted.
    assert_eq!(count.min, 2);
    assert_eq!(count.max, None);
    assert_eq!(plan.participants.uncertain, ["Bà Lê Thị Thanh Lam"]);
}

#[test]
fn a_range_written_with_spaces_is_never_its_upper_bound() {
    // "khoảng 15 - 20 người": the dash joins two numbers, no body and its count.
    let text = "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Chi hội trưởng các chi hội: mỗi điểm cầu khoảng 15 - 20 người.\n- Ban Thường vụ Hội (05 đồng chí).\n";
    let plan = read(text).plan;
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((count.min, count.max), (5, None), "{plan:#?}");
    assert_eq!(plan.participants.uncertain.len(), 1);
    // A dash before the count is still read so.
    let dashed =
        read("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Đại diện Thành Đoàn - 02 đồng chí.\n").plan;
    let count = hoinghi::count_delegates(&dashed).unwrap();
    assert_eq!((count.min, count.max), (2, Some(2)));
}

#[test]
fn a_site_named_by_the_issuers_own_level_is_one_place() {
    // The district body's "điểm cầu huyện" is its own hall; "các xã" are many.
    let text = "HỘI NÔNG DÂN TỈNH THANH HÓA\nBAN THƯỜNG VỤ HỘI NÔNG DÂN HUYỆN THIỆU HÓA\nSố: 112-KH/HND\nKẾ HOẠCH\nTổng kết năm 2026\nI. THÀNH PHẦN\n1. Tại điểm cầu huyện:\n- Ban Chấp hành Hội Nông dân huyện (23 đồng chí).\n2. Tại điểm cầu các xã:\n- Chủ tịch Hội Nông dân xã (01 đồng chí).\n";
    let plan = read(text).plan;
    let entries: Vec<_> = plan.entries().map(|(_, _, e)| e.each.clone()).collect();
    assert_eq!(entries, [None, Some("điểm cầu".to_owned())]);
    // Under a ministry's department the provinces' sites are many.
    let ministry = text.replace(
        "HỘI NÔNG DÂN TỈNH THANH HÓA\nBAN THƯỜNG VỤ HỘI NÔNG DÂN HUYỆN THIỆU HÓA",
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC TRỒNG TRỌT",
    );
    let plan = read(&ministry).plan;
    assert_eq!(
        plan.entries().next().and_then(|(_, _, e)| e.each.clone()),
        Some("điểm cầu".to_owned())
    );
}

#[test]
fn a_total_that_announces_its_list_is_still_the_total() {
    for end in ["cụ thể:", "như sau:"] {
        let text = format!("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\nTổng số đại biểu dự kiến: 75 người, {end}\n- Công chức phường (18 đồng chí).\n");
        let plan = read(&text).plan;
        assert_eq!(plan.participants.expected, Some(75), "{end}");
        assert!(plan.participants.uncertain.is_empty(), "{end}");
    }
}

#[test]
fn a_clause_counting_part_of_an_entry_is_no_second_count() {
    let text = "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Ban Giám đốc Sở, trưởng, phó các phòng thuộc Sở (25 đồng chí), trong đó có 10 đại biểu nữ;\n- Đại diện Công an tỉnh (01 đồng chí), trong số 02 đồng chí được mời.\n";
    let plan = read(text).plan;
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((count.min, count.max), (26, Some(26)), "{plan:#?}");
    // "…: 85 đồng chí, trong đó:" announces the parts listed below: not an entry.
    let announced = read("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Đại biểu chính thức: 85 đồng chí, trong đó:\n+ Đại biểu đương nhiên (09 đồng chí);\n").plan;
    assert_eq!(hoinghi::count_delegates(&announced).unwrap().min, 9);
    // Two counts before the part: still not sure which is the entry's.
    let two = read("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Đại diện 05 đồng chí mỗi chi đoàn và 02 đồng chí Ban Thường vụ, trong đó 3 nữ.\n").plan;
    assert_eq!(two.participants.uncertain.len(), 1);
}

#[test]
fn a_part_announced_with_its_number_is_no_total() {
    // The guests' number before their list: a group and its subtotal (not counted
    // again), never the plan's total.
    let text = "KẾ HOẠCH\nĐại hội\nI. THÀNH PHẦN\n* Đại biểu khách mời (khoảng 20 đồng chí):\n- Mời Chủ tịch UBND xã (01 đồng chí);\n- Mời Bí thư Đảng ủy xã (01 đồng chí).\n";
    let plan = read(text).plan;
    assert_eq!(plan.participants.expected, None);
    assert_eq!(plan.participants.groups.len(), 1);
    assert!(plan.participants.groups[0].level.is_some());
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!(count.min, 2);
    // The whole, in the same shape, is the total.
    let whole = read("KẾ HOẠCH\nĐại hội\nI. THÀNH PHẦN\nĐại biểu tham dự (dự kiến 120 đại biểu):\n- Mời Chủ tịch UBND xã (01 đồng chí).\n").plan;
    assert_eq!(whole.participants.expected, Some(120));
}

#[test]
fn a_pdfs_page_numbers_and_running_header_are_kept_not_read() {
    let text = "KẾ HOẠCH\nHội nghị tổng kết\nI. THÀNH PHẦN\n- Trưởng các khu phố: mỗi khu phố 01 đồng chí, gồm 14 khu phố;\n- Công chức chuyên môn thuộc UBND phường (18 đồng\n2\nUBND PHƯỜNG TÂN LẬP – Kế hoạch tổ chức Hội nghị tổng kết năm 2026\nchí);\nII. TỔ CHỨC THỰC HIỆN\n1. Văn phòng: chuẩn bị giấy mời.\nTrang 2/3\n2. Công an phường: bảo đảm an ninh.\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    let count = hoinghi::count_delegates(plan).unwrap();
    // The count cut by the page break is read whole; nothing else is an entry.
    assert_eq!((count.min, count.max), (32, Some(32)), "{plan:#?}");
    assert_eq!(plan.assignments[0].tasks, ["chuẩn bị giấy mời."]);
    // Every line is written back in place.
    let written = hoinghi::render::text(plan);
    for line in [
        "2",
        "Trang 2/3",
        "UBND PHƯỜNG TÂN LẬP – Kế hoạch tổ chức Hội nghị tổng kết năm 2026",
    ] {
        assert!(
            written.lines().any(|l| l == line),
            "{line} lost:\n{written}"
        );
    }
}

#[test]
fn a_parenthesis_left_open_goes_on_the_next_line() {
    let text = "KẾ HOẠCH\nHội nghị\nI. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: 01 buổi, bắt đầu lúc 08 giờ 00 phút, ngày 22/12/2026 (thứ\nBa).\n2. Địa điểm: Hội trường.\n";
    let parsed = read(text);
    let s = parsed.plan.schedule.unwrap();
    assert_eq!(s.weekday_label.as_deref(), Some("thứ Ba"));
    assert!(
        parsed.plan.unrecognised.is_empty(),
        "{:?}",
        parsed.plan.unrecognised
    );
}

#[test]
fn a_second_time_said_to_start_ends_nothing() {
    let text = "KẾ HOẠCH\nHội nghị\nI. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: 01 ngày, ngày 06/3/2026; sáng từ 07 giờ 30, chiều từ 13 giờ 30.\n";
    let s = read(text).plan.schedule.unwrap();
    assert_eq!(s.start.map(|t| t.to_string()).as_deref(), Some("07:30:00"));
    assert_eq!(s.end, None);
    let ranged = read("KẾ HOẠCH\nHội nghị\nI. THỜI GIAN\n- Thời gian: từ 08 giờ 00 đến 11 giờ 00, ngày 06/3/2026.\n").plan;
    assert_eq!(
        ranged
            .schedule
            .unwrap()
            .end
            .map(|t| t.to_string())
            .as_deref(),
        Some("11:00:00")
    );
}

#[test]
fn a_letters_closing_ends_the_body() {
    let text = "KẾ HOẠCH\nHội nghị sơ kết\n1. Phân công\nVăn phòng Đảng ủy chuẩn bị tài liệu.\nTrân trọng!\nT/M ĐẢNG ỦY\nBÍ THƯ\n";
    let plan = read(text).plan;
    assert_eq!(plan.assignments.len(), 1);
    assert_eq!(plan.assignments[0].tasks, ["chuẩn bị tài liệu."]);
}

#[test]
fn a_meeting_heading_among_participants_opens_its_own_group() {
    let text = "KẾ HOẠCH\nHội nghị viên chức\nI. THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM\n1. Hội nghị tổ chuyên môn\n- Thành phần: viên chức trong tổ.\n- Thời gian: từ ngày 08/9/2026 đến ngày 12/9/2026.\n2. Hội nghị toàn trường\n- Thành phần: toàn thể viên chức, người lao động (68 người).\n- Thời gian: 7 giờ 30 phút, ngày 19/9/2026.\n";
    let plan = read(text).plan;
    assert_eq!(
        plan.participants.groups.len(),
        2,
        "{:#?}",
        plan.participants
    );
    assert_eq!(
        plan.participants.groups[1].entries[0].count,
        Headcount::Exact { value: 68 }
    );
    assert_eq!(
        plan.sessions.last().map(|s| s.name.as_str()),
        Some("Hội nghị toàn trường")
    );
}

#[test]
fn a_budgets_total_in_figures_and_words_and_its_products() {
    let text = "KẾ HOẠCH\nHội nghị\nI. KINH PHÍ\nTổng kinh phí dự kiến: 9.500.000 đồng (Chín triệu năm trăm nghìn đồng), gồm:\n- Khen thưởng 10 tập thể x 500.000đ = 5.000.000 đồng;\n- Thuê thiết bị: 4.500.000 đồng.\nII. TỔ CHỨC THỰC HIỆN\n1. Văn phòng: chuẩn bị.\n2. Kinh phí: từ nguồn chi thường xuyên năm 2026.\n";
    let plan = read(text).plan;
    let budget = plan.budget.unwrap();
    assert_eq!(budget.total, Some(9_500_000));
    assert_eq!(budget.items.len(), 2);
    assert_eq!(budget.items[0].amount, 5_000_000);
    assert_eq!(
        budget.source.as_deref(),
        Some("từ nguồn chi thường xuyên năm 2026")
    );
    assert_eq!(plan.assignments.len(), 1);
}

#[test]
fn a_count_per_unit_times_the_units_is_read_when_its_product_agrees() {
    let text = "KẾ HOẠCH\nĐại hội\nI. THÀNH PHẦN\n- Đại biểu bầu: mỗi chi hội bầu 03 đại biểu x 12 chi hội = 36 đại biểu;\n- Đại biểu chỉ định: 04 đồng chí.\n";
    let plan = read(text).plan;
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((count.min, count.max), (40, Some(40)), "{plan:#?}");
    // A product that disagrees is not read: which number is right, the text does not say.
    let wrong = read(&text.replace("= 36", "= 38")).plan;
    assert_eq!(wrong.participants.uncertain.len(), 1);
}

#[test]
fn entries_in_a_sentence_each_closed_by_its_count_are_entries() {
    let text = "KẾ HOẠCH\nHội nghị sơ kết\n1. Thành phần\nThành phần gồm: Ban Chấp hành Đảng bộ xã (15 đồng chí), bí thư các chi bộ trực thuộc (22 đồng chí) và trưởng các đoàn thể chính trị - xã hội xã (05 đồng chí).\n2. Nội dung\n- Báo cáo sơ kết.\n";
    let plan = read(text).plan;
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((count.min, count.max), (42, Some(42)), "{plan:#?}");
    assert_eq!(plan.entries().count(), 3);
    // A part without its own count: which count stands for what, the text does not say.
    let mixed = read(&text.replace(" (22 đồng chí)", "")).plan;
    assert_eq!(mixed.participants.uncertain.len(), 1, "{mixed:#?}");
    assert_eq!(hoinghi::count_delegates(&mixed).unwrap().min, 0);
}

#[test]
fn the_official_delegates_number_is_no_cap_of_their_guests() {
    let text = "KẾ HOẠCH\nĐại hội\nI. ĐẠI BIỂU\nTổng số đại biểu chính thức được triệu tập: 20 đại biểu, trong đó:\n- Đại biểu đương nhiên: 15 đồng chí;\n- Đại biểu chỉ định: 05 đồng chí.\n* Đại biểu khách mời:\n- Mời Chủ tịch UBND xã (01 đồng chí).\n";
    let plan = read(text).plan;
    // 20 official delegates and a guest: 21, within no cap the plan states.
    assert_eq!(plan.participants.expected, None);
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!(count.min, 21);
    assert_eq!(count.limit, None);
}

#[test]
fn the_meeting_named_after_an_invitation_is_no_part_of_the_body() {
    let text = "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Mời đồng chí Phó Chủ tịch UBND tỉnh dự và chỉ đạo Hội nghị;\n- Ban Tổ chức Hội nghị (05 đồng chí).\n";
    let plan = read(text).plan;
    let bodies: Vec<_> = plan.entries().map(|(_, _, e)| e.body.as_str()).collect();
    assert_eq!(bodies, ["UBND tỉnh", "Ban Tổ chức Hội nghị"]);
}

#[test]
fn header_cells_glued_with_no_separator_are_parted_at_their_fixed_phrases() {
    // A web page's header table run together: the national title (spelt "HOÀ",
    // "NGHIÃ") glued to the issuer, the motto with its own dashes, the number; the type
    // glued to the end of the place and date.
    let text = "CĐ CÔNG THƯƠNG VN\nCỘNG HOÀ XÃ HỘI CHỦ NGHIÃ VIỆT NAMCĐ TRƯỜNG CĐCN VIỆT ĐỨC Độc lập - Tự do- Hạnh phúc Số: 12/KH-CĐ\nThái Nguyên, ngày 03 tháng 7 năm 2017 KẾ HOẠCH\nTỔ CHỨC ĐẠI HỘI CÔNG ĐOÀN CÁC CẤP\nThực hiện Điều lệ Công đoàn Việt Nam;\nI. Mục đích, yêu cầu\n1. Quán triệt Nghị quyết.\n";
    let parsed = read(text);
    let h = &parsed.plan.header;
    assert_eq!(h.superior.as_deref(), Some("CĐ CÔNG THƯƠNG VN"));
    assert_eq!(h.issuer, "CĐ TRƯỜNG CĐCN VIỆT ĐỨC");
    assert_eq!(
        h.heading,
        [
            "CỘNG HOÀ XÃ HỘI CHỦ NGHIÃ VIỆT NAM",
            "Độc lập - Tự do- Hạnh phúc"
        ]
    );
    assert_eq!(h.number.as_ref().unwrap().to_string(), "12/KH-CĐ");
    assert_eq!(h.place.as_deref(), Some("Thái Nguyên"));
    assert_eq!(h.date.unwrap().to_string(), "2017-07-03");
    assert_eq!(h.document_type, "KẾ HOẠCH");
    assert_eq!(h.title, "TỔ CHỨC ĐẠI HỘI CÔNG ĐOÀN CÁC CẤP");
    assert_eq!(
        parsed.plan.preamble,
        ["Thực hiện Điều lệ Công đoàn Việt Nam;"]
    );
    assert!(
        parsed.plan.unrecognised.is_empty(),
        "{:?}",
        parsed.plan.unrecognised
    );
    // The layout keeps each line as written, and the text is written back so.
    let layout = parsed.plan.layout.as_ref().unwrap();
    assert_eq!(
        layout.lines[1].cells,
        ["CỘNG HOÀ XÃ HỘI CHỦ NGHIÃ VIỆT NAMCĐ TRƯỜNG CĐCN VIỆT ĐỨC Độc lập - Tự do- Hạnh phúc Số: 12/KH-CĐ"]
    );
    let again = hoinghi::render::text(&parsed.plan);
    assert!(
        again.contains("Thái Nguyên, ngày 03 tháng 7 năm 2017 KẾ HOẠCH\n"),
        "{again}"
    );
    // A Party header the same way: its heading glued after the issuer's superior, the
    // type after the place and date.
    let plan = read("ĐẢNG BỘ XÃ NAM HÒAĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN ĐÔNG\nSố: 05-KH/CB Nam Hòa, ngày 10 tháng 3 năm 2025 THÔNG BÁO\nLỊCH SINH HOẠT CHI BỘ\nI. NỘI DUNG\nSinh hoạt.\n").plan;
    let h = &plan.header;
    assert_eq!(h.superior.as_deref(), Some("ĐẢNG BỘ XÃ NAM HÒA"));
    assert_eq!(h.issuer, "CHI BỘ THÔN ĐÔNG");
    assert_eq!(h.heading, ["ĐẢNG CỘNG SẢN VIỆT NAM"]);
    assert_eq!(h.date.unwrap().to_string(), "2025-03-10");
    assert_eq!(h.document_type, "THÔNG BÁO");
    assert_eq!(h.title, "LỊCH SINH HOẠT CHI BỘ");
}

#[test]
fn a_top_heading_with_its_first_item_glued_on_is_two_lines() {
    let text = "KẾ HOẠCH\nĐại hội công đoàn\nI. Mục đích, yêu cầu Đại hội công đoàn các cấp1. Quán triệt Nghị quyết của Đảng bộ.\n2. Đánh giá đúng thực trạng.\n";
    let parsed = read(text);
    assert_eq!(
        parsed.plan.purposes,
        [
            "Quán triệt Nghị quyết của Đảng bộ.",
            "Đánh giá đúng thực trạng."
        ]
    );
    // Written back as pasted.
    let again = hoinghi::render::text(&parsed.plan);
    assert!(again.contains("các cấp1. Quán triệt"), "{again}");
}

#[test]
fn fixed_phrases_outside_a_glued_header_are_left_alone() {
    // A sentence naming the national title, in the preamble or the body, in any case.
    let text = "BCH ĐOÀN QUẬN 12\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 05-KH/ĐTN\tQuận 12, ngày 18 tháng 8 năm 2022\nKẾ HOẠCH\nHội nghị\nCăn cứ Hiến pháp nước CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM năm 2013;\nI. MỤC ĐÍCH, YÊU CẦU\nTuyên truyền về Nhà nước Cộng hòa xã hội chủ nghĩa Việt NamĐộc lập - Tự do - Hạnh phúc.\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    assert_eq!(
        plan.preamble,
        ["Căn cứ Hiến pháp nước CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM năm 2013;"]
    );
    assert_eq!(
        plan.purposes,
        ["Tuyên truyền về Nhà nước Cộng hòa xã hội chủ nghĩa Việt NamĐộc lập - Tự do - Hạnh phúc."]
    );
    // A header pasted with TABs is read by its cells, as before.
    let h = &plan.header;
    assert_eq!(h.issuer, "BCH ĐOÀN QUẬN 12");
    assert_eq!(
        h.heading,
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc"
        ]
    );
    assert_eq!(h.number.as_ref().unwrap().to_string(), "05-KH/ĐTN");
    let layout = plan.layout.as_ref().unwrap();
    assert_eq!(
        layout.lines[0].cells,
        ["BCH ĐOÀN QUẬN 12", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    );
    assert_eq!(layout.lines.len(), text.lines().count());
    assert!(
        parsed.plan.unrecognised.is_empty(),
        "{:?}",
        plan.unrecognised
    );
}

#[test]
fn a_line_cut_mid_phrase_goes_on_with_a_capital() {
    // A PDF's line cut after a word no phrase ends with ("gửi", "của"): the next line
    // goes on, though it opens with a name in capitals.
    let text = "KẾ HOẠCH\nHội nghị tổng kết\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của\nChính phủ về công tác văn thư;\nI. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế: Tổng hợp số liệu các chỉ tiêu kinh tế, gửi\nVăn phòng trước ngày 15/12/2026.\n2. Văn phòng: chuẩn bị giấy mời và\nKhánh tiết: trang trí hội trường.\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    assert_eq!(
        plan.preamble,
        ["Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;"]
    );
    assert_eq!(
        plan.assignments[0].tasks,
        ["Tổng hợp số liệu các chỉ tiêu kinh tế, gửi Văn phòng trước ngày 15/12/2026."]
    );
    assert_eq!(
        plan.assignments[0]
            .deadline
            .map(|d| d.to_string())
            .as_deref(),
        Some("2026-12-15")
    );
    // A labelled field after such a word is a line of its own.
    assert_eq!(
        plan.assignments[1].tasks,
        ["chuẩn bị giấy mời và", "Khánh tiết: trang trí hội trường."]
    );
    // Written back as pasted.
    let again = hoinghi::render::text(plan);
    assert!(again.contains("của\nChính phủ"), "{again}");
}

#[test]
fn households_are_not_people() {
    // "15 hộ": fifteen households, each sending one person or more; the text does not
    // say how many people, so the entry is not counted, and the reader says why.
    let text = "KẾ HOẠCH\nHội nghị tổng kết\nI. THÀNH PHẦN\n- Chủ tịch Hội Nông dân xã (01 đồng chí);\n- Nông dân sản xuất, kinh doanh giỏi tiêu biểu: 15 hộ.\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    let entries: Vec<_> = plan.entries().map(|(_, _, e)| e).collect();
    assert_eq!(entries.len(), 2, "{entries:#?}");
    assert!(entries[1].count.is_unknown(), "{:?}", entries[1]);
    let count = hoinghi::count_delegates(plan).unwrap();
    assert_eq!((count.min, count.max), (1, None));
    let note = parsed
        .diagnostics
        .iter()
        .find(|d| d.path == "/participants/groups/0/entries/1/count")
        .unwrap_or_else(|| panic!("{:#?}", parsed.diagnostics));
    assert!(
        note.message.en.contains("15 households"),
        "{}",
        note.message.en
    );
    // Households counted with their people are people.
    let text =
        "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Đại diện các hộ nuôi trồng thủy sản (15 người).\n";
    let parsed = read(text);
    let count = hoinghi::count_delegates(&parsed.plan).unwrap();
    assert_eq!((count.min, count.max), (15, Some(15)));
}

#[test]
fn the_people_of_each_part_met_first_are_counted_once_with_the_whole() {
    // A body's parts meet first (tổ, khoa, phòng), then the whole: the people of each
    // part are among the whole's, counted once, with the whole's stated size.
    let text = "KẾ HOẠCH\nHội nghị viên chức, người lao động năm 2026\nI. THÀNH PHẦN, THỜI GIAN\n1. Hội nghị khoa, phòng\n- Thành phần: toàn thể viên chức, người lao động của các khoa, phòng.\n- Thời gian: từ ngày 05/01/2026 đến ngày 09/01/2026.\n2. Hội nghị toàn bệnh viện\n- Thành phần: toàn thể viên chức, người lao động bệnh viện (120 người).\n- Mời đại diện Công đoàn ngành Y tế (01 người).\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    let count = hoinghi::count_delegates(plan).unwrap();
    assert_eq!((count.min, count.max), (121, Some(121)), "{count:#?}");
    assert!(count.unknown.is_empty());
    let kept = &plan.unrecognised;
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(kept[0].text.contains("của các khoa, phòng"));
    // The parts' meeting keeps its level but has no group that would count 0 people.
    assert_eq!(plan.levels.len(), 2, "{:?}", plan.levels);
    assert_eq!(count.groups.len(), 1, "{count:#?}");
    assert_eq!(
        count.groups[0].name.as_deref(),
        Some("Hội nghị toàn bệnh viện")
    );
    // What was said of a later group points at it still.
    let text = text.replace(
        "- Mời đại diện Công đoàn ngành Y tế (01 người).",
        "- Mời đại diện Công đoàn ngành Y tế (01 người).\n- Nông dân tiêu biểu: 15 hộ.",
    );
    let parsed = read(&text);
    let note = parsed
        .diagnostics
        .iter()
        .find(|d| d.message.en.contains("households"))
        .unwrap();
    assert_eq!(note.path, "/participants/groups/0/entries/2/count");
    assert!(parsed.plan.participants.groups[0].entries[2]
        .body
        .contains("15 hộ"));
    // The whole summoned by delegates chosen at the parts: the parts' people are more
    // than the delegates, their number unknown, and stay so.
    let text = "KẾ HOẠCH\nHội nghị viên chức năm 2026\nI. THÀNH PHẦN\n1. Hội nghị khoa, phòng\n- Thành phần: viên chức, người lao động của các khoa, phòng.\n2. Hội nghị đại biểu\n- Thành phần: đại biểu do hội nghị các khoa, phòng bầu (50 người).\n";
    let parsed = read(text);
    let count = hoinghi::count_delegates(&parsed.plan).unwrap();
    assert_eq!((count.min, count.max), (50, None), "{count:#?}");
}

#[test]
fn children_and_members_are_counted_as_people() {
    // "(09 em)", "03 đội viên", "05 học sinh": people, named by what they are.
    let text = "KẾ HOẠCH\nĐại hội Liên đội\nI. THÀNH PHẦN\n- Ban chỉ huy Liên đội (09 em);\n- Đại diện các chi đội: mỗi chi đội 03 đội viên, gồm 18 chi đội;\n- Đại diện học sinh khối 5 (05 học sinh).\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    assert!(
        plan.participants.uncertain.is_empty(),
        "{:?}",
        plan.participants.uncertain
    );
    let count = hoinghi::count_delegates(plan).unwrap();
    assert_eq!(
        (count.min, count.max),
        (9 + 54 + 5, Some(9 + 54 + 5)),
        "{count:#?}"
    );
}

#[test]
fn each_unit_sends_its_delegates_by_the_word_for_any_unit() {
    // The units open the line ("Mỗi khoa, phòng, trung tâm cử 02 đại biểu") and are
    // numbered by the word for any unit ("gồm 24 đơn vị").
    let text = "KẾ HOẠCH\nHội nghị viên chức\nI. THÀNH PHẦN\n- Hiệu trưởng, các Phó Hiệu trưởng (04 người);\n- Mỗi khoa, phòng, trung tâm cử 02 đại biểu, gồm 24 đơn vị.\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    assert!(
        plan.participants.uncertain.is_empty(),
        "{:?}",
        plan.participants.uncertain
    );
    let count = hoinghi::count_delegates(plan).unwrap();
    assert_eq!((count.min, count.max), (52, Some(52)), "{count:#?}");
    // A lettered item labelling whom each unit sends is one entry, its label its body.
    let text = "KẾ HOẠCH\nĐại hội\nI. THÀNH PHẦN\n1. Đại biểu chính thức\na) Ủy viên Ban Chấp hành Hội (đại biểu đương nhiên): 10 đại biểu;\nb) Đại biểu do chi hội bầu: mỗi chi hội 10 đại biểu, gồm 11 chi hội.\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    let entries: Vec<_> = plan.entries().map(|(_, _, e)| e).collect();
    assert!(
        entries
            .iter()
            .any(|e| e.body == "Đại biểu do chi hội bầu" && e.each.as_deref() == Some("chi hội")),
        "{entries:#?}"
    );
    let count = hoinghi::count_delegates(plan).unwrap();
    assert_eq!((count.min, count.max), (120, Some(120)), "{count:#?}");
}

#[test]
fn a_level_heading_numbers_its_units() {
    // "Cấp xã (21 xã, thị trấn)": the heading says how many units the entries below
    // stand for, each.
    let text = "KẾ HOẠCH\nHội nghị triển khai nhiệm vụ\nI. THÀNH PHẦN\n1. Cấp huyện\n- Chủ tịch, các Phó Chủ tịch UBND huyện (04 đồng chí);\n2. Cấp xã (21 xã, thị trấn)\n- Chủ tịch, 01 Phó Chủ tịch UBND các xã, thị trấn (mỗi xã, thị trấn 02 đồng chí).\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    assert_eq!(plan.units.len(), 1, "{:?}", plan.units);
    assert_eq!(plan.units[0].count, Some(21));
    let count = hoinghi::count_delegates(plan).unwrap();
    assert_eq!((count.min, count.max), (46, Some(46)), "{count:#?}");
}

#[test]
fn a_signers_degrees_go_with_the_name() {
    // Universities and hospitals write the signer's degrees before the name.
    for name in [
        "PGS.TS. Hoàng Minh Tuấn",
        "TS. BS. Lê Văn An",
        "ThS. Nguyễn Thị Lan",
    ] {
        let text = format!("KẾ HOẠCH\nHội nghị viên chức\nI. THÀNH PHẦN\n- Toàn thể viên chức (40 người).\nKT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n{name}\n");
        let parsed = read(&text);
        let sig = parsed.plan.signature.as_ref().unwrap();
        assert_eq!(sig.name.as_deref(), Some(name), "{sig:?}");
        assert!(
            parsed.plan.unrecognised.is_empty(),
            "{:?}",
            parsed.plan.unrecognised
        );
    }
}

#[test]
fn an_approval_beside_the_signature_is_not_the_signer() {
    // "DUYỆT CỦA BAN GIÁM HIỆU" beside the Liên đội's signature, as two TAB columns:
    // the approver is kept as written; the signer is the other column.
    let text = "KẾ HOẠCH\nĐại hội Liên đội\nI. THÀNH PHẦN\n- Ban chỉ huy Liên đội (09 em).\n\nDUYỆT CỦA BAN GIÁM HIỆU\tT/M BAN CHỈ HUY LIÊN ĐỘI\nHIỆU TRƯỞNG\tLIÊN ĐỘI TRƯỞNG\n\t(Đã ký)\nNguyễn Thị Hoa\tTrần Minh Khang\n";
    let parsed = read(text);
    let sig = parsed.plan.signature.as_ref().unwrap();
    assert_eq!(
        sig.principal.as_deref(),
        Some("BAN CHỈ HUY LIÊN ĐỘI"),
        "{sig:?}"
    );
    assert_eq!(sig.title.as_deref(), Some("LIÊN ĐỘI TRƯỞNG"));
    assert_eq!(sig.name.as_deref(), Some("Trần Minh Khang"));
    let kept: Vec<_> = parsed
        .plan
        .unrecognised
        .iter()
        .map(|u| u.text.as_str())
        .collect();
    assert!(
        kept.contains(&"DUYỆT CỦA BAN GIÁM HIỆU") && kept.contains(&"Nguyễn Thị Hoa"),
        "{kept:?}"
    );
}

#[test]
fn the_issuer_is_the_last_body_of_a_header_of_three() {
    // A mass organisation's header names three levels: the national body, the
    // district's, then the issuer.
    let text = "HỘI NGƯỜI CAO TUỔI VIỆT NAM\nHỘI NCT HUYỆN ĐÔNG ANH\nBCH HỘI NCT XÃ XUÂN NỘN\nSố: 05-KH/HNCT\nXuân Nộn, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nTổ chức Đại hội Hội Người cao tuổi xã\nI. THÀNH PHẦN\n- Ủy viên Ban Chấp hành (10 đại biểu).\n";
    let parsed = read(text);
    let h = &parsed.plan.header;
    assert_eq!(h.issuer, "BCH HỘI NCT XÃ XUÂN NỘN");
    assert_eq!(h.superior.as_deref(), Some("HỘI NGƯỜI CAO TUỔI VIỆT NAM"));
    // The level between them is kept as written, and said.
    let kept: Vec<_> = parsed
        .plan
        .unrecognised
        .iter()
        .map(|u| u.text.as_str())
        .collect();
    assert_eq!(kept, ["HỘI NCT HUYỆN ĐÔNG ANH"]);
    // Two lines of one name stay one issuer.
    let text = "HUYỆN ĐOÀN CỦ CHI\nBCH ĐOÀN XÃ\nTÂN THẠNH ĐÔNG\nSố: 05-KH/ĐTN\nKẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Bí thư Đoàn xã (01 đồng chí).\n";
    let h = read(text).plan.header;
    assert_eq!(h.issuer, "BCH ĐOÀN XÃ TÂN THẠNH ĐÔNG");
    assert_eq!(h.superior.as_deref(), Some("HUYỆN ĐOÀN CỦ CHI"));
}

#[test]
fn a_session_on_the_same_day_takes_the_day_before_it() {
    // "chiều cùng ngày": the afternoon of the day the session before it was given.
    let text = "KẾ HOẠCH\nĐại hội\nI. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian\na) Phiên thứ nhất (phiên trù bị): sáng ngày 20/3/2026, từ 7 giờ 30.\nb) Phiên thứ hai (phiên chính thức): chiều cùng ngày, từ 14 giờ 00.\n2. Địa điểm: Nhà văn hóa xã.\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    let when = meetings_when(plan);
    assert_eq!(when.len(), 2, "{when:?}");
    assert_eq!(when[1].0, "Phiên thứ hai (phiên chính thức)");
    assert!(
        when[1].1.contains("2026-03-20") && when[1].1.contains("14:00"),
        "{when:?}"
    );
    assert!(plan.unrecognised.is_empty(), "{:?}", plan.unrecognised);
    // With no day before it, "cùng ngày" names none: kept, and said.
    let text =
        "KẾ HOẠCH\nĐại hội\nI. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: chiều cùng ngày, từ 14 giờ 00.\n";
    let parsed = read(text);
    assert!(parsed.plan.schedule.is_none());
    assert_eq!(parsed.plan.unrecognised.len(), 1);
}

#[test]
fn a_number_its_entries_add_up_to_is_their_sum_not_an_unknown() {
    // "1. Đại biểu chính thức: 120 đại biểu, gồm:" then its parts, lettered: the parts
    // are entries of that group, and their sum is the number stated, so the count is
    // exact; a year range before "(đại biểu đương nhiên)" is no second count.
    let text = "KẾ HOẠCH\nĐại hội\nI. THÀNH PHẦN\n1. Đại biểu chính thức: 120 đại biểu, gồm:\na) Ủy viên Ban Chấp hành Hội nhiệm kỳ 2021 - 2026 (đại biểu đương nhiên): 10 đại biểu;\nb) Đại biểu do chi hội bầu: mỗi chi hội 10 đại biểu, gồm 11 chi hội.\n2. Đại biểu khách mời:\n- Mời Chủ tịch UBND xã (01 đồng chí).\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    assert!(
        plan.participants.uncertain.is_empty(),
        "{:?}",
        plan.participants.uncertain
    );
    assert_eq!(
        plan.participants.groups[0].entries.len(),
        2,
        "{:#?}",
        plan.participants
    );
    let count = hoinghi::count_delegates(plan).unwrap();
    assert_eq!((count.min, count.max), (121, Some(121)), "{count:#?}");
    // The number stays in the plan: its level is named as written.
    assert_eq!(
        plan.levels[0].name,
        "Đại biểu chính thức: 120 đại biểu, gồm"
    );
    // Parts that do not add up to it: the number is kept apart, not counted, and no
    // upper bound is claimed.
    let text = text.replace("120 đại biểu", "125 đại biểu");
    let parsed = read(&text);
    assert_eq!(parsed.plan.participants.uncertain.len(), 1);
    let count = hoinghi::count_delegates(&parsed.plan).unwrap();
    assert_eq!((count.min, count.max), (121, None), "{count:#?}");
}

#[test]
fn a_plan_typed_without_marks_is_said_to_be() {
    // Typed as a chat message, without Vietnamese marks: the reader reads marked
    // Vietnamese, counts nothing it cannot read, and says why.
    let text = "KE HOACH\nTo chuc hoi nghi chi doan thang 3\nI. THANH PHAN\n- Bi thu, Pho Bi thu chi doan (02 dong chi);\n- Toan the doan vien chi doan (25 dong chi).\nII. THOI GIAN, DIA DIEM\n- Thoi gian: 19h00 ngay 15/3/2026.\n- Dia diem: Nha van hoa thon.\n";
    let parsed = read(text);
    assert!(
        parsed
            .diagnostics
            .iter()
            .any(|d| d.message.en.contains("without its diacritics")),
        "{:#?}",
        parsed.diagnostics
    );
    let count = hoinghi::count_delegates(&parsed.plan).unwrap();
    assert_eq!(count.max, None, "{count:#?}");
    // Marked text, or English, is not said to be unmarked.
    for text in [
        COMMUNE,
        "PLAN\nMeeting\nI. PARTICIPANTS\n- Staff (25 people).\n",
    ] {
        let parsed = hoinghi::parse_text(text);
        if let Ok(parsed) = parsed {
            assert!(!parsed
                .diagnostics
                .iter()
                .any(|d| d.message.en.contains("without its diacritics")));
        }
    }
}

#[test]
fn a_named_chair_of_a_body_summoned_whole_is_not_counted_apart() {
    // "Đồng chí Nguyễn Văn Bình, Chủ tịch Ủy ban MTTQ Việt Nam xã" chairs; the members
    // of that committee are summoned, their number unsaid: he is one of them, so the
    // lower bound does not count him apart.
    let text = "KẾ HOẠCH\nHội nghị hiệp thương\nI. NỘI DUNG\n1. Chủ trì hội nghị\n- Đồng chí Nguyễn Văn Bình, Chủ tịch Ủy ban MTTQ Việt Nam xã;\n2. Thành phần\n- Ủy viên Ủy ban MTTQ Việt Nam xã;\n- Mời đại diện Thường trực HĐND xã (02 người).\n";
    let parsed = read(text);
    let plan = &parsed.plan;
    assert_eq!(plan.chairs.len(), 1, "{:?}", plan.chairs);
    let count = hoinghi::count_delegates(plan).unwrap();
    assert_eq!((count.min, count.max), (2, None), "{count:#?}");
    assert!(!count.chairs[0].counted);
    // The same body summoned with its size: his position after his name is in that
    // body, as "đồng chí Chủ tịch Ủy ban MTTQ Việt Nam xã" would be; counted once.
    let text = text.replace(
        "Ủy viên Ủy ban MTTQ Việt Nam xã;",
        "Ủy viên Ủy ban MTTQ Việt Nam xã (25 người);",
    );
    let count = hoinghi::count_delegates(&read(&text).plan).unwrap();
    assert_eq!((count.min, count.max), (27, Some(27)), "{count:#?}");
    assert!(!count.chairs[0].counted, "{count:#?}");
    // Another body's: counted apart.
    let text = text.replace("Chủ tịch Ủy ban MTTQ", "Chủ tịch Hội Nông dân");
    let count = hoinghi::count_delegates(&read(&text).plan).unwrap();
    assert!(count.chairs[0].counted, "{count:#?}");
}

#[test]
fn a_representative_of_several_bodies_is_one_or_more() {
    // "Mời đại diện lãnh đạo Thường trực HĐND, UBND huyện": one for both, or one each;
    // the text does not say, so at least one, no upper bound.
    let text = "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Mời đại diện lãnh đạo Thường trực HĐND, UBND huyện;\n- Chủ tịch Hội Nông dân huyện (01 đồng chí).\n";
    let parsed = read(text);
    let entries: Vec<_> = parsed.plan.entries().map(|(_, _, e)| e).collect();
    assert_eq!(entries[0].count, Headcount::AtLeast { min: 1 });
    let count = hoinghi::count_delegates(&parsed.plan).unwrap();
    assert_eq!((count.min, count.max), (2, None), "{count:#?}");
    // A representative of one body is one.
    let parsed = read("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Mời đại diện lãnh đạo UBND huyện.\n");
    let count = hoinghi::count_delegates(&parsed.plan).unwrap();
    assert_eq!((count.min, count.max), (1, Some(1)), "{count:#?}");
}

#[test]
fn a_total_said_to_be_approximate_is_kept_approximate() {
    let exact = read(COMMUNE).plan;
    assert_eq!(
        (
            exact.participants.expected,
            exact.participants.expected_approximate
        ),
        (Some(60), false)
    );
    for (line, heading) in [
        ("Tổng số: khoảng 60 đại biểu, gồm:", "II. THÀNH PHẦN"),
        ("Dự kiến khoảng 60 đại biểu.", "II. THÀNH PHẦN"),
        ("", "II. THÀNH PHẦN (khoảng 60 đại biểu):"),
        ("", "II. THÀNH PHẦN THAM DỰ (dự kiến khoảng 60 đại biểu)"),
    ] {
        let text = COMMUNE
            .replace(
                "Tổng số đại biểu dự kiến: 60 người.\n",
                &format!("{line}\n"),
            )
            .replace("II. THÀNH PHẦN\n", &format!("{heading}\n"));
        let plan = read(&text).plan;
        assert_eq!(
            (
                plan.participants.expected,
                plan.participants.expected_approximate
            ),
            (Some(60), true),
            "{line} / {heading}"
        );
        // Written in the official layout and read again, it is still approximate.
        let mut plan = plan;
        plan.layout = None;
        let written = hoinghi::render::text(&plan);
        assert!(written.contains("Dự kiến khoảng 60 đại biểu"), "{written}");
        let again = read(&written).plan;
        assert!(
            again.participants.expected_approximate,
            "{line} / {heading}"
        );
    }
}

#[test]
fn a_group_states_its_number_and_its_entries_are_checked_against_it() {
    const CONGRESS: &str = "HỘI CCB XÃ AN PHÚ\nSố: 05-KH/CCB\tAn Phú, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nTổ chức Đại hội\n\nI. MỤC ĐÍCH, YÊU CẦU\nBầu Ban Chấp hành khóa mới.\nII. THÀNH PHẦN\n1. Đại biểu chính thức: 85 đồng chí, gồm:\n- Đại biểu đương nhiên: 9 đồng chí;\n- Đại biểu bầu từ các chi hội: mỗi chi hội 05 đại biểu, gồm 12 chi hội;\n- Đại biểu chỉ định: 16 đồng chí.\n* Đại biểu khách mời (khoảng 20 đồng chí):\n- Mời đại diện Thường trực Hội CCB huyện (02 đồng chí);\n- Mời đồng chí Bí thư Đảng ủy xã.\nIII. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: 08 giờ 00, ngày 10/3/2026.\n- Địa điểm: Hội trường UBND xã.\n";
    let mismatches = |text: &str| {
        let plan = read(text).plan;
        let options = hoinghi::ValidateOptions {
            only: Some(vec![hoinghi::Code::GroupCountMismatch]),
            ..Default::default()
        };
        let found: Vec<(hoinghi::Severity, String)> = hoinghi::validate_with(&plan, &options)
            .into_iter()
            .map(|d| (d.severity, d.path))
            .collect();
        (plan, found)
    };
    let (plan, found) = mismatches(CONGRESS);
    let groups = &plan.participants.groups;
    assert_eq!(
        groups
            .iter()
            .map(|g| (g.subtotal, g.subtotal_approximate))
            .collect::<Vec<_>>(),
        [(Some(85), false), (Some(20), true)]
    );
    // 9 + 5 × 12 + 16 = 85; "khoảng 20" is not compared.
    assert_eq!(found, []);
    // 9 + 60 + 20 = 89: more than the 85 stated, whatever else the plan holds.
    let (_, found) = mismatches(&CONGRESS.replace("chỉ định: 16", "chỉ định: 20"));
    assert_eq!(
        found,
        [(
            hoinghi::Severity::Warning,
            "/participants/groups/0/subtotal".to_owned()
        )]
    );
    // 9 + 60 + 12 = 81: fewer, but the heading line is one the count leaves aside
    // (`participants.uncertain`): said, not claimed.
    let (_, found) = mismatches(&CONGRESS.replace("chỉ định: 16", "chỉ định: 12"));
    assert_eq!(
        found,
        [(
            hoinghi::Severity::Info,
            "/participants/groups/0/subtotal".to_owned()
        )]
    );
}

#[test]
fn a_body_that_counts_its_units_is_no_single_person() {
    // "Bí thư 15 chi bộ" is fifteen secretaries, "Đại diện 15 hộ" one or more per
    // household: one person would be a wrong number that looks right. How many, the
    // line does not say, so the entry is of unknown size.
    let count = |line: &str| {
        let plan = read(&format!("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n{line}\n")).plan;
        let c = hoinghi::count_delegates(&plan).unwrap();
        (c.min, c.max)
    };
    for line in [
        "- Bí thư 15 chi bộ trực thuộc.",
        "- Đại diện 15 hộ gia đình tiêu biểu.",
    ] {
        assert_eq!(count(line), (0, None), "{line}");
    }
    // Units the reader knows the number of are counted, as before: five chairs.
    assert_eq!(count("- Chủ tịch UBND 05 xã, thị trấn."), (5, Some(5)));
    // A number that names or orders one body is no count of bodies.
    for line in [
        "- Bí thư Chi bộ 3.",
        "- Chủ tịch UBND Phường 12 Quận 3.",
        "- Bí thư Đoàn trường THPT số 2 huyện.",
        "- Đại diện Ban Chấp hành khóa 15 của Hội.",
        "- Chủ tịch UBND phường 5 quận 3.",
    ] {
        assert_eq!(count(line), (1, Some(1)), "{line}");
    }
    // Its size stated per unit, it is counted: five.
    assert_eq!(
        count("- Đại diện 05 doanh nghiệp (mỗi doanh nghiệp 01 người)."),
        (5, Some(5))
    );
}

#[test]
fn a_count_before_whom_it_counts_is_the_entrys() {
    let count = |line: &str| {
        let plan = read(&format!("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n{line}\n")).plan;
        let c = hoinghi::count_delegates(&plan).unwrap();
        (c.min, c.max)
    };
    // The count first, then the body it names.
    assert_eq!(count("- 02 đồng chí lãnh đạo Huyện ủy."), (2, Some(2)));
    assert_eq!(count("- Mời 03 đại biểu Hội Nông dân xã;"), (3, Some(3)));
    assert_eq!(
        count("- 45 người lao động đại diện các phân xưởng của Công ty."),
        (45, Some(45))
    );
    // People by what they are, in the parenthesis.
    assert_eq!(
        count("- Cha mẹ học sinh lớp 10A1 (45 phụ huynh)."),
        (45, Some(45))
    );
    assert_eq!(
        count("- Toàn thể người lao động Công ty (120 người lao động)."),
        (120, Some(120))
    );
    assert_eq!(
        count("- 02 phóng viên Đài Truyền thanh huyện;"),
        (2, Some(2))
    );
    assert_eq!(count("- Nhân viên Văn phòng (03 nhân viên);"), (3, Some(3)));
    // No body named: how many come, not an entry; a count that "mỗi" or a second
    // number may change is not read.
    for line in [
        "- 120 đại biểu tham dự.",
        "- 01 đồng chí lãnh đạo mỗi phòng chuyên môn.",
        "- 02 đồng chí Thường trực Huyện đoàn và 03 đồng chí Ban Thường vụ.",
    ] {
        assert_eq!(count(line), (0, None), "{line}");
    }
}

#[test]
fn a_count_stated_after_numbered_units_is_the_lines_not_each_units() {
    // "Bí thư Đoàn 11 phường (11 đồng chí)" is eleven secretaries, one per ward:
    // multiplying the stated count by the wards gave 121, a wrong number that looks
    // right. Per unit is said with "mỗi" or "/phường"; a bare count is the line's.
    let read_count = |line: &str| {
        let read = read(&format!("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n{line}\n"));
        let c = hoinghi::count_delegates(&read.plan).unwrap();
        (c.min, c.max, read)
    };
    let count = |line: &str| {
        let (min, max, _) = read_count(line);
        (min, max)
    };
    for (line, n) in [
        ("- Bí thư Đoàn 11 phường (11 đồng chí).", 11),
        ("- Bí thư và Phó Bí thư Đoàn 11 phường (22 đồng chí).", 22),
        ("- Trưởng thôn, Bí thư chi bộ 12 thôn (24 đồng chí).", 24),
        ("- Chủ tịch Hội Nông dân 12 xã, thị trấn: 12 đồng chí.", 12),
        ("- Trưởng 12 thôn (12 người).", 12),
        // Not a multiple of the wards: the line's own number, tied to no ward.
        ("- Bí thư, Phó Bí thư Đoàn 11 phường (20 đồng chí).", 20),
    ] {
        assert_eq!(count(line), (n, Some(n)), "{line}");
    }
    // A multiple stays tied to the units, one share each, for the quorum of units.
    let (_, _, r) = read_count("- Bí thư và Phó Bí thư Đoàn 11 phường (22 đồng chí).");
    let entry = &r.plan.participants.groups[0].entries[0];
    assert_eq!(entry.each.as_deref(), Some("phường"));
    assert_eq!(entry.count, Headcount::Exact { value: 2 });
    // Fewer people than units: one in each ward, or one in all? Between the two, and
    // the reader says it could not tell.
    let (min, max, r) = read_count("- Bí thư Đoàn 11 phường (01 đồng chí).");
    assert_eq!((min, max), (1, Some(11)));
    assert!(
        r.diagnostics
            .iter()
            .any(|d| d.path == "/participants/groups/0/entries/0/count"
                && d.severity == hoinghi::Severity::Warning),
        "{:?}",
        r.diagnostics
    );
    // Said per unit, it is multiplied as before.
    assert_eq!(
        count("- Bí thư Đoàn 11 phường (01 đồng chí/phường)."),
        (11, Some(11))
    );
    assert_eq!(
        count("- Bí thư Đoàn các phường: mỗi phường 01 đồng chí, gồm 11 phường."),
        (11, Some(11))
    );
}

#[test]
fn a_count_per_unit_in_parentheses_may_say_how_many_units() {
    // The number of units after the count, inside the parentheses or after them, or
    // after a count per unit said outside them: the product, not an uncertain line.
    let count = |line: &str| {
        let plan = read(&format!("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n{line}\n")).plan;
        let c = hoinghi::count_delegates(&plan).unwrap();
        (c.min, c.max)
    };
    for (line, n) in [
        (
            "- Bí thư, Phó Bí thư các chi đoàn trực thuộc (mỗi chi đoàn 02 đồng chí, gồm 14 chi đoàn).",
            28,
        ),
        ("- Bí thư chi bộ các thôn (mỗi thôn 01 đồng chí; 12 thôn).", 12),
        ("- Bí thư Đoàn các phường (mỗi phường 01 đồng chí), gồm 11 phường.", 11),
        ("- Bí thư Đoàn các phường, mỗi phường 01 đồng chí (11 phường).", 11),
        ("- Mỗi chi đoàn cử 02 đồng chí (14 chi đoàn).", 28),
    ] {
        assert_eq!(count(line), (n, Some(n)), "{line}");
    }
    // Anything else in the parentheses is no count per unit: not counted.
    assert_eq!(
        count("- Bí thư các chi đoàn (mỗi chi đoàn 01 đồng chí, riêng chi đoàn 12A 02 đồng chí)."),
        (0, None)
    );
    assert_eq!(
        count("- Bí thư các chi đoàn (mỗi chi đoàn 01 đồng chí, gồm 14 chi hội)."),
        (0, None)
    );
}

#[test]
fn a_spaced_range_is_a_range_and_units_in_parentheses_are_no_single_person() {
    let count = |line: &str| {
        let plan = read(&format!("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n{line}\n")).plan;
        let c = hoinghi::count_delegates(&plan).unwrap();
        (c.min, c.max)
    };
    // The dash of a range may be spaced, as offices type it.
    for line in [
        "- Đại diện lãnh đạo Sở Nội vụ (02 - 03 đồng chí).",
        "- Đại diện lãnh đạo Sở Nội vụ: 02 – 03 đồng chí.",
        "- Đại diện lãnh đạo Sở Nội vụ (02-03 đồng chí).",
    ] {
        assert_eq!(count(line), (2, Some(3)), "{line}");
    }
    // "Bí thư chi bộ (11 chi bộ)" is eleven secretaries, never one: the units in
    // parentheses count as in the body. How many the line does not say for sure.
    assert_eq!(count("- Bí thư chi bộ (11 chi bộ)."), (0, None));
    // An approximate count per unit is no count, as an approximate count is none.
    assert_eq!(
        count("- Hội viên các chi hội: mỗi chi hội khoảng 10 - 15 người, gồm 12 chi hội."),
        (0, None)
    );
}

#[test]
fn a_plan_typed_as_plain_fields_ends_its_list_and_signs_without_a_table() {
    // A Chi bộ's plan typed as a message: labelled fields, "+" items, a request, a
    // signer's title and name with no "TM." and no capitals.
    let text = "Kế hoạch tổ chức hội nghị tổng kết năm 2026 của Chi bộ thôn 3\n\
        Thời gian: 8h00 ngày 20/12/2026 (Chủ nhật)\n\
        Địa điểm: Nhà văn hóa thôn 3\n\
        Thành phần:\n\
        + Mời đại diện Thường trực Đảng ủy xã\n\
        + Toàn thể đảng viên Chi bộ (25 đồng chí)\n\
        + Trưởng thôn, Chi hội trưởng các chi hội đoàn thể của thôn (05 đồng chí)\n\
        Đề nghị các đồng chí đảng viên tham dự đầy đủ, đúng giờ.\n\
        Nội dung: Tổng kết công tác năm 2026, bầu chi ủy nhiệm kỳ mới.\n\
        Bí thư Chi bộ\n\
        Nguyễn Văn Nam\n";
    let read = read(text);
    let c = hoinghi::count_delegates(&read.plan).unwrap();
    // "Nội dung: …" ends the list, the request is no one summoned, and the signer is
    // no delegate: 1 + 25 + 5, nothing unknown.
    assert_eq!((c.min, c.max), (31, Some(31)));
    let sig = read.plan.signature.as_ref().expect("a signature");
    assert_eq!(sig.title.as_deref(), Some("Bí thư Chi bộ"));
    assert_eq!(sig.name.as_deref(), Some("Nguyễn Văn Nam"));
    // Nothing lost: the content line and the request are kept as written.
    let kept: Vec<&str> = read
        .plan
        .unrecognised
        .iter()
        .map(|u| u.text.as_str())
        .collect();
    assert!(
        kept.iter().any(|t| t.starts_with("Nội dung: Tổng kết")),
        "{kept:?}"
    );
    assert!(
        kept.iter().any(|t| t.starts_with("Đề nghị các đồng chí")),
        "{kept:?}"
    );
    // A request that counts people is still read for them (or said unsure), never kept
    // silently.
    let plan = read_req("- Đề nghị mỗi chi đoàn cử 02 đồng chí, gồm 14 chi đoàn.");
    assert_eq!(plan, (28, Some(28)));
}

fn read_req(line: &str) -> (u32, Option<u32>) {
    let plan = read(&format!("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n{line}\n")).plan;
    let c = hoinghi::count_delegates(&plan).unwrap();
    (c.min, c.max)
}

#[test]
fn arabic_items_numbered_with_a_dash_are_items() {
    // Party plans number their items "1-", "2 -", as their sections "I-": the fields
    // under them are read, and "2- Đại biểu khách mời: 15 đồng chí" is 15 people, not
    // a line with two counts.
    let text = "KẾ HOẠCH\nĐại hội đại biểu Đảng bộ xã\n\
        I- MỤC ĐÍCH, YÊU CẦU\n\
        1- Tổng kết việc thực hiện Nghị quyết Đại hội.\n\
        II- SỐ LƯỢNG ĐẠI BIỂU, THỜI GIAN, ĐỊA ĐIỂM\n\
        1- Đại biểu chính thức: 120 đồng chí.\n\
        2 - Đại biểu khách mời: 15 đồng chí.\n\
        3– Thời gian: 07 giờ 30 ngày 15/5/2025.\n\
        4- Địa điểm: Hội trường xã.\n";
    let read = read(text);
    let c = hoinghi::count_delegates(&read.plan).unwrap();
    assert_eq!((c.min, c.max), (135, Some(135)));
    assert_eq!(
        read.plan.venue.as_ref().map(|v| v.name.as_str()),
        Some("Hội trường xã")
    );
    assert_eq!(
        read.plan.purposes,
        ["Tổng kết việc thực hiện Nghị quyết Đại hội."]
    );
    assert_eq!(
        read.plan.schedule.as_ref().map(|s| s.date.to_string()),
        Some("2025-05-15".to_owned())
    );
    // A range and a document's code are no items.
    let c = hoinghi::count_delegates(
        &self::read("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Đại diện Sở Nội vụ: 2 - 3 đồng chí.\n")
            .plan,
    )
    .unwrap();
    assert_eq!((c.min, c.max), (2, Some(3)));
}

#[test]
fn lettered_items_with_a_dash_are_items() {
    // Party plans letter their items "a-", "b -" under "1-" parts: each is an item,
    // not the end of the line above (the parts ran together and nothing was read).
    let text = "KẾ HOẠCH\nHội nghị Ban Chấp hành Đảng bộ xã mở rộng\n\
        1- Mục đích, yêu cầu\n\
        a- Đánh giá kết quả 6 tháng đầu năm.\n\
        b – Đề ra nhiệm vụ 6 tháng cuối năm.\n\
        2- Thành phần\n\
        a- Chủ trì: Đ/c Hồ Văn Thắng - Bí thư Đảng ủy xã.\n\
        b- Thành phần dự:\n\
        - Bí thư các chi bộ trực thuộc (14 đ/c);\n\
        - Trưởng các đoàn thể xã: 05 đ/c.\n\
        3- Thời gian, địa điểm\n\
        - Địa điểm: Hội trường Đảng ủy xã.\n";
    let read = read(text);
    assert_eq!(
        read.plan.purposes,
        [
            "Đánh giá kết quả 6 tháng đầu năm.",
            "Đề ra nhiệm vụ 6 tháng cuối năm."
        ]
    );
    let c = hoinghi::count_delegates(&read.plan).unwrap();
    assert_eq!((c.min, c.max), (20, Some(20)), "14 + 5 + the chair");
    assert_eq!(
        read.plan.venue.as_ref().map(|v| v.name.as_str()),
        Some("Hội trường Đảng ủy xã")
    );
    // A dash then no capital is no item ("a - b" in a sentence).
    let read = self::read("KẾ HOẠCH\nHội nghị\nI. MỤC ĐÍCH\na- b là hai nhóm.\n");
    assert_eq!(read.plan.purposes, ["a- b là hai nhóm."]);
}

#[test]
fn a_chat_groups_emoji_bullets_are_bullets() {
    // A school's meeting announced in a Zalo group: no header, no headings, its fields
    // and participants under emoji bullets. It was refused as no plan.
    let text = "Nhà trường thông báo kế hoạch họp cha mẹ học sinh như sau:\n\
        ✅ Thời gian: 7h30 sáng Chủ nhật, ngày 13/9/2026\n\
        ✅ Địa điểm: Hội trường tầng 2 nhà trường\n\
        ✅ Thành phần:\n\
        👉 Ban giám hiệu nhà trường: 03 người\n\
        📌 Giáo viên chủ nhiệm các lớp: 12 người\n";
    let read = read(text);
    assert_eq!(
        read.plan.venue.as_ref().map(|v| v.name.as_str()),
        Some("Hội trường tầng 2 nhà trường")
    );
    let c = hoinghi::count_delegates(&read.plan).unwrap();
    assert_eq!((c.min, c.max), (15, Some(15)));
}

#[test]
fn the_guests_number_is_no_total_of_the_plan() {
    // "Đại biểu khách mời: khoảng 30 đồng chí" counts the guests: it was taken for the
    // plan's total (30, "exceeded" by the 150 delegates) and the guests were counted
    // as none, 150 exactly. An approximate count is not counted: the line is said.
    for guests in [
        "2. Đại biểu khách mời: khoảng 30 đồng chí.",
        "- Đại biểu khách mời: khoảng 30 đồng chí.",
        "2. Số lượng khách mời: dự kiến 30 người.",
    ] {
        let plan = read(&format!(
            "KẾ HOẠCH\nĐại hội\nII. SỐ LƯỢNG ĐẠI BIỂU\n1. Đại biểu chính thức: 150 đồng chí.\n\
             {guests}\nIII. THỜI GIAN, ĐỊA ĐIỂM\n"
        ))
        .plan;
        assert_eq!(plan.participants.expected, None, "{guests}");
        let c = hoinghi::count_delegates(&plan).unwrap();
        assert_eq!((c.min, c.max), (150, None), "{guests}");
    }
    // Guests with the delegates, said so, are the whole.
    let plan = read(
        "KẾ HOẠCH\nĐại hội\nII. SỐ LƯỢNG ĐẠI BIỂU\n1. Đại biểu chính thức: 150 đồng chí.\n\
         - Tổng số đại biểu và khách mời: khoảng 180 người.\n",
    )
    .plan;
    assert_eq!(plan.participants.expected, Some(180));
}

#[test]
fn a_numbered_total_is_the_plans_total_not_a_level() {
    // "2. Tổng số đại biểu: 180 người" numbered as the parts before it was a level of
    // 180 more people: 330 for a plan of 180.
    for total in [
        "2. Tổng số đại biểu: 180 người.",
        "2. Dự kiến 180 đại biểu.",
    ] {
        let plan = read(&format!(
            "KẾ HOẠCH\nĐại hội\nII. THÀNH PHẦN\n1. Đại biểu chính thức: 150 đồng chí.\n\
             {total}\nIII. THỜI GIAN, ĐỊA ĐIỂM\n"
        ))
        .plan;
        assert_eq!(plan.participants.expected, Some(180), "{total}");
        let c = hoinghi::count_delegates(&plan).unwrap();
        assert_eq!((c.min, c.max), (150, Some(150)), "{total}");
    }
}

#[test]
fn a_total_row_of_a_parts_table_is_no_total_of_the_plan() {
    // The delegates a district Hội elects, commune by commune, in a table under the
    // official delegates (150): its "Tổng cộng 120" row was the plan's cap, and the
    // 150 delegates a false "exceeds 120" error.
    let text = "KẾ HOẠCH\nĐại hội\nII. SỐ LƯỢNG ĐẠI BIỂU\n\
        1. Tổng số đại biểu chính thức: 150 đồng chí, trong đó:\n\
        - Đại biểu đương nhiên: 30 đồng chí;\n\
        - Đại biểu bầu từ Hội CCB các xã:\n\
        1\tHội CCB xã Bài Sơn\t70\n\
        2\tHội CCB xã Bắc Sơn\t50\n\
        \tTổng cộng\t120\n\
        III. THỜI GIAN, ĐỊA ĐIỂM\n";
    let read = read(text);
    assert_eq!(read.plan.participants.expected, None);
    assert!(
        read.plan
            .unrecognised
            .iter()
            .any(|l| l.text.contains("Tổng cộng")),
        "kept as written"
    );
    let c = hoinghi::count_delegates(&read.plan).unwrap();
    assert_eq!(c.min, 150);
}

#[test]
fn a_count_repeated_in_words_is_the_count() {
    // State offices write the number again in words: "02 (hai) đồng chí" was no
    // count, and "Đại diện …" was taken as one person: 11 exactly for 12.
    for line in [
        "- Đại diện lãnh đạo Văn phòng Chính phủ: 02 (hai) đồng chí;",
        "- Đại diện Văn phòng Chính phủ (02 (hai) đồng chí);",
        "- Đại diện Văn phòng Chính phủ: 02 (hai) đ/c;",
    ] {
        let plan = read(&format!(
            "KẾ HOẠCH\nHội nghị\nII. THÀNH PHẦN\n{line}\n- Phóng viên: 10 người.\n"
        ))
        .plan;
        let c = hoinghi::count_delegates(&plan).unwrap();
        assert_eq!((c.min, c.max), (12, Some(12)), "{line}");
        assert_eq!(
            plan.participants.groups[0].entries[0].body, "Văn phòng Chính phủ",
            "{line}"
        );
    }
}

#[test]
fn a_header_table_pasted_as_one_line_keeps_its_issuer() {
    // The header's two rows on one line, cells apart by runs of spaces or TABs: the
    // Sở after the national motto was taken for a motto, and the province for the
    // issuer.
    for sep in ["      ", "\t"] {
        let text = format!(
            "UBND TỈNH HÀ TĨNH{sep}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{sep}\
             SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG{sep}Độc lập - Tự do - Hạnh phúc\n\
             Số: 215/KH-SNNMT{sep}Hà Tĩnh, ngày 12 tháng 3 năm 2026\n\
             KẾ HOẠCH\nHội nghị triển khai Chương trình OCOP\n\
             I. THÀNH PHẦN\n- Lãnh đạo Sở (04 người).\n"
        );
        let header = read(&text).plan.header;
        assert_eq!(header.issuer, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "{sep:?}");
        assert_eq!(header.superior.as_deref(), Some("UBND TỈNH HÀ TĨNH"));
        assert_eq!(
            header.heading,
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc"
            ]
        );
    }
}

#[test]
fn a_table_aligned_with_spaces_is_read_as_its_cells() {
    // A participants table typed with runs of spaces between its columns: its rows
    // were entries of unknown size ("1 Lãnh đạo Sở 04") and its total unread.
    let text = "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n\
        TT    Thành phần                                Số lượng\n\
        1     Lãnh đạo Sở                               04\n\
        2     Trưởng, phó các phòng thuộc Sở            24\n\
              Tổng cộng                                 28\n\
        II. THỜI GIAN\n";
    let plan = read(text).plan;
    let c = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((c.min, c.max), (28, Some(28)));
    assert_eq!(plan.participants.expected, Some(28));
    assert_eq!(plan.participants.groups[0].entries.len(), 2);
}

#[test]
fn a_quota_tables_header_row_is_no_entry() {
    // "STT | Đơn vị | Số đại biểu" heads a table of delegates per unit: it was an
    // entry of unknown size, so the part's stated 150 could not be checked.
    let text = "KẾ HOẠCH\nĐại hội\nII. SỐ LƯỢNG ĐẠI BIỂU\n\
        1. Đại biểu chính thức: 150 đồng chí, gồm:\n\
        - Đại biểu đương nhiên: 30 đồng chí;\n\
        STT\tĐơn vị\tSố đại biểu\n\
        1\tHội CCB xã Bài Sơn\t70\n\
        2\tHội CCB xã Bắc Sơn\t50\n\
        III. THỜI GIAN, ĐỊA ĐIỂM\n";
    let plan = read(text).plan;
    let c = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((c.min, c.max), (150, Some(150)));
    assert!(plan.unrecognised.iter().any(|l| l.text.starts_with("STT")));
}

#[test]
fn a_signers_title_and_name_after_the_last_section_sign_the_plan() {
    // A school's plan typed without a signature table: the title in capitals (or not)
    // and the name close it, after the tasks; neither is a task or a participant.
    for title in [
        "HIỆU TRƯỞNG",
        "Hiệu trưởng",
        "PHÓ HIỆU TRƯỞNG",
        "Trưởng ban",
    ] {
        let text = format!(
            "KẾ HOẠCH\nHọp cha mẹ học sinh\nI. THÀNH PHẦN\n- Ban Giám hiệu (03 đồng chí).\n\
             II. TỔ CHỨC THỰC HIỆN\n- Giáo viên chủ nhiệm gửi giấy mời trước ngày 10/9/2026.\n\
             {title}\nTrần Văn Bình\n"
        );
        let read = read(&text);
        let sig = read.plan.signature.as_ref().expect("a signature");
        assert_eq!(sig.title.as_deref(), Some(title));
        assert_eq!(sig.name.as_deref(), Some("Trần Văn Bình"));
        assert_eq!(read.plan.assignments[0].tasks.len(), 1, "{title}");
        // Nor a participant, in a plan ending with its participants.
        let text = format!("KẾ HOẠCH\nHọp\nI. THÀNH PHẦN\n- Ban Giám hiệu (03 đồng chí).\n{title}\nTrần Văn Bình\n");
        let c = hoinghi::count_delegates(&self::read(&text).plan).unwrap();
        assert_eq!((c.min, c.max), (3, Some(3)), "{title}");
    }
    // A participant named with a position is still one: the last line is no name.
    let text = "KẾ HOẠCH\nHọp\nI. THÀNH PHẦN\n- Ban Giám hiệu (03 đồng chí).\n- Chủ tịch Hội Cha mẹ học sinh.\n";
    let c = hoinghi::count_delegates(&read(text).plan).unwrap();
    assert_eq!((c.min, c.max), (4, Some(4)));
}

#[test]
fn a_count_stated_beside_units_counted_elsewhere_is_read_by_how_the_units_are_named() {
    // The plan counts its units elsewhere ("14 chi đoàn" in the title); a line names
    // them without a number and states a count.
    let count = |line: &str| {
        let read = read(&format!(
            "KẾ HOẠCH\nĐại hội đại biểu Đoàn xã, có 14 chi đoàn\nI. THÀNH PHẦN\n{line}\n"
        ));
        let c = hoinghi::count_delegates(&read.plan).unwrap();
        let warned = read
            .diagnostics
            .iter()
            .any(|d| d.path == "/participants/groups/0/entries/0/count");
        (c.min, c.max, warned)
    };
    // As many as the units, or a multiple: that many in each, the line's total.
    assert_eq!(
        count("- Bí thư các chi đoàn (14 đồng chí)."),
        (14, Some(14), false)
    );
    assert_eq!(
        count("- Bí thư, Phó Bí thư các chi đoàn (28 đồng chí)."),
        (28, Some(28), false)
    );
    // One unit named as one ("Lãnh đạo chi đoàn"): each unit's, as before.
    assert_eq!(
        count("- Lãnh đạo chi đoàn (01 đồng chí)."),
        (14, Some(14), false)
    );
    // "các" units and fewer people than units, or more and no multiple: in each or in
    // all, the line does not say; both bound it, and the reader says so.
    assert_eq!(
        count("- Đại diện các chi đoàn (05 đồng chí)."),
        (5, Some(70), true)
    );
    assert_eq!(
        count("- Đoàn viên các chi đoàn (20 đồng chí)."),
        (20, Some(280), true)
    );
}

#[test]
fn counts_as_offices_type_them_are_read() {
    // "02 (hai) đồng chí" was passed over and "Đại diện" taken for one person: a
    // wrong number that looked right. The number said again in words, the word for
    // people glued to the number or abbreviated "ĐC", are the count.
    for (line, n) in [
        ("- Đại diện lãnh đạo Huyện ủy: 02 (hai) đồng chí.", 2),
        ("- Đoàn viên tiêu biểu: 20 (hai mươi) đồng chí.", 20),
        ("- Ủy viên BCH Huyện Đoàn (15đ/c).", 15),
        ("- Ủy viên Ban Chấp hành (15 ĐC).", 15),
        // The number labelled a count ("SL: 02"), as offices shorten "số lượng".
        ("- Đại diện lãnh đạo Sở Nội vụ (SL: 02).", 2),
    ] {
        assert_eq!(read_req(line), (n, Some(n)), "{line}");
    }
}

#[test]
fn a_number_no_reading_took_leaves_the_line_uncounted() {
    // The line says how many, in a way the reader does not read: the one person its
    // role gives ("Đại diện") would be a wrong number that looks right.
    for line in [
        "- Đại diện lãnh đạo Sở Nội vụ: hai đồng chí.",
        "- Đại diện lãnh đạo Sở Nội vụ - SL 02.",
        "- Đại diện lãnh đạo Sở Nội vụ: 02 ĐB.",
        "- Đại diện lãnh đạo Sở Nội vụ [02 đồng chí].",
        "- Đại diện Sở Nội vụ: 01 lãnh đạo + 01 chuyên viên.",
        "- Đại diện BGH nhà trường: 2",
    ] {
        assert_eq!(read_req(line), (0, None), "{line}");
    }
    // Numbers that name or order one, count units, are years or end a name are none.
    for line in [
        "- Đại diện Bệnh viện 175.",
        "- Bí thư Chi bộ 3.",
        "- Chủ tịch UBND Phường 12 Quận 3.",
        "- Đại diện Ban Chấp hành nhiệm kỳ 2020 - 2025.",
        "- Đại diện Trường THCS 2/9.",
        "- Đại diện lãnh đạo Đội 2 Cảnh sát giao thông.",
    ] {
        assert_eq!(read_req(line), (1, Some(1)), "{line}");
    }
    assert_eq!(read_req("- Chủ tịch UBND 05 xã."), (5, Some(5)));
}

#[test]
fn a_group_named_alone_above_bulleted_entries_is_their_heading() {
    // "Khách mời" / "Đại biểu chính thức:" on lines of their own, no number: headings
    // of the entries below, not entries of unknown size leaving the count unbounded.
    for (a, b) in [
        ("Khách mời", "Đại biểu chính thức"),
        ("Khách mời:", "Đại biểu chính thức:"),
    ] {
        let text = format!(
            "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n{a}\n- Đại diện Huyện ủy (01 đồng chí);\n\
             - Đại diện UBND huyện (01 đồng chí).\n{b}\n- Ban Chấp hành (15 đồng chí);\n\
             - Bí thư chi đoàn (12 đồng chí).\n"
        );
        let plan = read(&text).plan;
        let c = hoinghi::count_delegates(&plan).unwrap();
        assert_eq!((c.min, c.max), (29, Some(29)), "{a}");
        let names: Vec<&str> = plan.levels.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["Khách mời", "Đại biểu chính thức"]);
    }
    // An entry whose bullet was lost, opening with a position, stays an entry.
    assert_eq!(
        hoinghi::count_delegates(
            &read("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\nĐại diện lãnh đạo Huyện ủy\n- Đại diện UBND huyện.\n").plan
        )
        .unwrap()
        .min,
        2
    );
}

#[test]
fn a_parts_number_is_never_the_plans_cap() {
    let read_with = |line: &str| {
        let plan = read(&format!(
            "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n{line}\n- Ban Chấp hành (15 đồng chí);\n\
             - Ủy ban Kiểm tra (12 đồng chí).\n"
        ))
        .plan;
        let c = hoinghi::count_delegates(&plan).unwrap();
        (c.min, c.max, c.limit)
    };
    // The guests' number, however said, is theirs: it was taken for the plan's cap
    // (a false "over the limit" on 27 listed people).
    for line in [
        "Khách mời: khoảng 20 đồng chí.",
        "Đại biểu khách mời: dự kiến 20 đồng chí.",
        "Tổng số khách mời: 20 người.",
    ] {
        let (_, _, limit) = read_with(line);
        assert_eq!(limit, None, "{line}");
    }
    // Everyone, said with both parts or "kể cả", is the cap ("kể cả" made it an entry
    // of 80 people).
    for line in [
        "Tổng số đại biểu chính thức và khách mời: 80 đồng chí.",
        "Tổng số đại biểu (kể cả khách mời): 80 người.",
        "Tổng số đại biểu, bao gồm cả khách mời: 80 người.",
    ] {
        assert_eq!(read_with(line), (27, Some(27), Some(80)), "{line}");
    }
    // A part announced with its number after a colon, its entries below adding up to
    // it: their heading, counted once.
    let plan = read(
        "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\nĐại biểu chính thức: 27 đồng chí, gồm:\n\
         - Ban Chấp hành (15 đồng chí);\n- Ủy ban Kiểm tra (12 đồng chí).\n",
    )
    .plan;
    let c = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((c.min, c.max, c.limit), (27, Some(27), None));
    assert_eq!(plan.participants.groups[0].subtotal, Some(27));
    // The whole said that way stays the whole.
    assert_eq!(
        read_with("Số lượng đại biểu triệu tập: 27 đồng chí, gồm:"),
        (27, Some(27), Some(27))
    );
}

/// A plan with a chair and participant lines, its time and venue given.
fn chaired(chair: &str, lines: &str) -> hoinghi::Plan {
    read(&format!("KẾ HOẠCH\nHội nghị sơ kết\nI. NỘI DUNG\n1. Chủ trì: {chair}\n2. Thành phần:\n{lines}\n3. Thời gian: 08 giờ 00, ngày 10/3/2026.\n")).plan
}

#[test]
fn a_chair_in_an_entry_of_stated_size_is_not_counted_again() {
    let count = |chair: &str, lines: &str| {
        let plan = chaired(chair, lines);
        let c = hoinghi::count_delegates(&plan).unwrap();
        (c.min, c.max, c.chairs[0].covered_by.clone())
    };
    let standing = "- Thường trực HĐND, UBND xã (04 đồng chí);\n- Trưởng các ấp (11 đồng chí).";
    let first = Some("/participants/groups/0/entries/0".to_owned());
    // "Thường trực HĐND, UBND xã" is the standing members of HĐND xã and of UBND xã.
    for chair in [
        "đồng chí Chủ tịch UBND xã.",
        "đồng chí Phó Chủ tịch HĐND xã.",
        // The position after the person's name.
        "Đồng chí Nguyễn Văn An, Chủ tịch UBND xã.",
        "Đồng chí Nguyễn Văn An - Phó Chủ tịch UBND xã.",
    ] {
        assert_eq!(
            count(chair, standing),
            (15, Some(15), first.clone()),
            "{chair}"
        );
    }
    assert_eq!(
        count(
            "đồng chí Bí thư Đảng ủy xã.",
            "- Thường trực Đảng ủy, HĐND và UBND xã (06 đồng chí);"
        ),
        (6, Some(6), first)
    );
    // The standing deputy of a body sits on its standing committee.
    for chair in [
        "đồng chí Phó Bí thư Thường trực Đảng ủy xã.",
        "Đồng chí Lê Văn Cường, Phó Bí thư Thường trực Đảng ủy xã.",
    ] {
        assert_eq!(
            count(chair, "- Ban Thường vụ Đảng ủy xã (05 đồng chí);"),
            (
                5,
                Some(5),
                Some("/participants/groups/0/entries/0".to_owned())
            ),
            "{chair}"
        );
    }
    // Another place's chair is one more.
    assert_eq!(
        count("đồng chí Chủ tịch UBND huyện.", standing),
        (16, Some(16), None)
    );
}

#[test]
fn a_chair_an_entry_may_or_may_not_include_counts_as_none_to_one() {
    let plan = chaired(
        "đồng chí Chủ tịch UBND xã.",
        "- Lãnh đạo các phòng, ban thuộc UBND xã (05 đồng chí);",
    );
    let c = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((c.min, c.max), (5, Some(6)));
    assert!(!c.chairs[0].counted);
    assert_eq!(
        c.chairs[0].maybe_covered_by.as_deref(),
        Some("/participants/groups/0/entries/0")
    );
    let said: Vec<_> = hoinghi::validate::validate(&plan)
        .into_iter()
        .filter(|d| d.path == "/chairs/0")
        .map(|d| (d.code, d.severity))
        .collect();
    assert_eq!(
        said,
        [(hoinghi::Code::ChairNotSummoned, hoinghi::Severity::Info)]
    );
}

#[test]
fn a_length_with_no_date_is_a_length_and_the_date_is_said_missing() {
    for (time, said) in [
        ("- Thời gian: 01 ngày.", "01 ngày"),
        ("- Thời gian: 1/2 ngày.", "1/2 ngày"),
        ("- Thời gian tổ chức: 01 buổi.", "01 buổi"),
    ] {
        let text = format!("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Trưởng các ấp (11 đồng chí).\nII. THỜI GIAN, ĐỊA ĐIỂM\n{time}\n- Địa điểm: Hội trường UBND xã.\n");
        let parsed = read(&text);
        assert_eq!(parsed.plan.schedule, None, "{time}");
        // Kept in place, as what it is, and nothing said of it as a time misread.
        assert_eq!(parsed.plan.unrecognised.len(), 1, "{time}");
        let codes: Vec<_> = parsed
            .diagnostics
            .iter()
            .map(|d| (d.code, d.severity, d.path.as_str(), d.message.en.clone()))
            .collect();
        assert!(
            !codes
                .iter()
                .any(|(c, ..)| *c == hoinghi::Code::UnrecognisedLine),
            "{codes:?}"
        );
        assert!(
            !codes.iter().any(|(.., en)| en.contains("Could not read")),
            "{codes:?}"
        );
        assert!(
            codes
                .iter()
                .any(|(c, s, path, en)| *c == hoinghi::Code::ParseNote
                    && *s == hoinghi::Severity::Warning
                    && *path == "/schedule"
                    && en.contains(&format!("(\"{said}\") but gives no date"))),
            "{codes:?}"
        );
        // A date on a line of its own: no date is missing.
        let dated = text.replace(time, &format!("{time}\n- Ngày 10/3/2026."));
        let parsed = read(&dated);
        assert!(parsed.plan.schedule.is_some());
        assert!(!parsed
            .diagnostics
            .iter()
            .any(|d| d.severity == hoinghi::Severity::Warning && d.path == "/schedule"));
    }
}

#[test]
fn a_group_whose_entries_are_not_given_is_of_unknown_size() {
    // The heading of a level, then nothing under it (a copy cut short, a level left
    // to fill in): its people are unknown, not none.
    let text = "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n1. Cấp tỉnh\n- Lãnh đạo Tỉnh ủy (02 đồng chí).\n2. Cấp huyện\nII. THỜI GIAN\n- 08 giờ 00, ngày 10/3/2026.\n";
    let plan = read(text).plan;
    assert_eq!(
        plan.participants.groups.len(),
        2,
        "{:#?}",
        plan.participants
    );
    assert!(plan.participants.groups[1].entries.is_empty());
    let c = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((c.groups[0].min, c.groups[0].max), (2, Some(2)));
    assert_eq!((c.groups[1].min, c.groups[1].max), (0, None));
    assert_eq!((c.min, c.max), (2, None));
    assert_eq!(c.unknown, ["/participants/groups/1"]);
}

#[test]
fn a_line_naming_the_whole_participants_with_a_number_is_the_total() {
    let read_total = |lines: &str| {
        let text = format!("KẾ HOẠCH\nHội nghị\n{lines}\n- Thường trực HĐND, UBND xã (04 đồng chí);\n- Trưởng các ấp (11 đồng chí).\nIII. THỜI GIAN\n- 08 giờ 00, ngày 10/3/2026.\n");
        let plan = read(&text).plan;
        let c = hoinghi::count_delegates(&plan).unwrap();
        (plan.participants.expected, c.min, c.max)
    };
    for lines in [
        "II. THÀNH PHẦN\nThành phần tham dự gồm 60 đại biểu:",
        "II. THÀNH PHẦN THAM DỰ GỒM 60 ĐẠI BIỂU",
        "II. THÀNH PHẦN\nThành phần: gồm 60 đại biểu, cụ thể như sau:",
        "II. NỘI DUNG\n1. Thành phần: gồm 60 đại biểu, cụ thể như sau:",
        "II. NỘI DUNG\n1. Thành phần tham dự gồm 60 đại biểu:",
        "II. THÀNH PHẦN\nThành phần mời dự hội nghị: khoảng 60 người.",
        "II. THÀNH PHẦN\nToàn bộ 60 đại biểu, gồm:",
    ] {
        assert_eq!(read_total(lines), (Some(60), 15, Some(15)), "{lines}");
    }
    // A part's number is that part's, never the plan's total: not the cap, and the
    // line, unsure, leaves no upper bound.
    for lines in [
        "II. THÀNH PHẦN\nKhách mời gồm 20 đồng chí:",
        "II. THÀNH PHẦN\nĐại biểu chính thức gồm 55 đồng chí:",
    ] {
        assert_eq!(read_total(lines), (None, 15, None), "{lines}");
    }
    // Whom, with their number: an entry.
    assert_eq!(
        read_total("II. THÀNH PHẦN\nThành phần: toàn thể đảng viên (45 đồng chí)"),
        (None, 60, Some(60))
    );
}

#[test]
fn units_named_in_a_list_are_as_many_as_their_names() {
    let count = |line: &str| {
        let parsed = read(&format!(
            "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n{line}\n- Trưởng các ấp (11 đồng chí).\n"
        ));
        let c = hoinghi::count_delegates(&parsed.plan).unwrap();
        let said = parsed
            .diagnostics
            .iter()
            .any(|d| d.path == "/participants/groups/0/entries/0");
        (c.min, c.max, said)
    };
    for (line, people) in [
        ("- Đại diện các tổ chức thành viên: Hội Nông dân, Hội Phụ nữ, Đoàn Thanh niên (mỗi tổ chức 01 đồng chí);", 3),
        ("- Đại diện các tổ chức thành viên: Hội Nông dân, Hội Phụ nữ và Đoàn Thanh niên (mỗi tổ chức 01 đồng chí);", 3),
        ("- Đại diện xã An Phú, xã Bình Hòa và xã Phú Lộc (mỗi xã 02 đồng chí);", 6),
        // Bodies named, then a word for any unit.
        ("- Đại diện Hội Nông dân, Hội Phụ nữ, Đoàn Thanh niên xã (mỗi đơn vị 02 đồng chí);", 6),
    ] {
        assert_eq!(count(line), (11 + people, Some(11 + people), false), "{line}");
    }
    // Not clearly a list of names: unknown, and said.
    assert_eq!(
        count("- Đại diện các đoàn thể: Hội Nông dân, Hội Phụ nữ, ... (mỗi đoàn thể 01 đồng chí);"),
        (11, None, true)
    );
    // Positions, not the units' names: how many ấp is not said.
    let (min, max, _) = count("- Bí thư chi bộ, Trưởng ấp (mỗi ấp 01 đồng chí);");
    assert_eq!((min, max), (11, None));
}

#[test]
fn a_participants_table_is_read_by_its_columns() {
    for sep in [" | ", "\t"] {
        let rows = [
            "STT|Thành phần|Số lượng",
            "1|Lãnh đạo UBND huyện|02",
            "2|Đại diện các phòng, ban|",
            "3|Trưởng các ấp|11",
            "Tổng cộng||45",
        ]
        .map(|r| r.replace('|', sep))
        .join("\n");
        let parsed = read(&format!("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n{rows}\n"));
        let plan = &parsed.plan;
        // The header row is kept as written and said to be one, not "not understood".
        assert_eq!(plan.unrecognised.len(), 1, "{sep:?}");
        assert!(!parsed
            .diagnostics
            .iter()
            .any(|d| d.code == hoinghi::Code::UnrecognisedLine));
        let entries: Vec<_> = plan
            .entries()
            .map(|(_, _, e)| (e.label(), e.count))
            .collect();
        assert_eq!(entries.len(), 3, "{entries:?}");
        assert_eq!(entries[0].1, Headcount::Exact { value: 2 });
        assert_eq!(entries[1].1, Headcount::Unknown);
        assert!(parsed.diagnostics.iter().any(
            |d| d.severity == hoinghi::Severity::Warning && d.message.en.contains("count cell")
        ));
        assert_eq!(plan.participants.expected, Some(45));
        let c = hoinghi::count_delegates(plan).unwrap();
        assert_eq!((c.min, c.max), (13, None));
    }
    // A note beside a row's count may change it: the row is kept apart, uncounted.
    let text = "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\nTT\tThành phần\tSố lượng\tGhi chú\n1\tLãnh đạo UBND huyện\t02\t\n2\tTrưởng các ấp\t11\tMỗi ấp 01\n";
    let parsed = read(text);
    assert_eq!(parsed.plan.participants.uncertain.len(), 1);
    assert_eq!(parsed.plan.entries().count(), 1);
    let c = hoinghi::count_delegates(&parsed.plan).unwrap();
    assert_eq!((c.min, c.max), (2, None));
}

#[test]
fn a_place_and_date_line_ending_with_its_date_is_one_whatever_it_holds_before() {
    // Found by the hostile-fields property test: a place field holding a time and an
    // entry, written on one line before a blank date of issue, was refused as a
    // sentence going on after a date, and the line left unread.
    let text = "BCH ĐOÀN QUẬN 12\n\
        Quận 12 Thời gian: 08 giờ 00, ngày 26 tháng 8 năm 2022 - Mời đại diện Công ty X (99 đồng chí), ngày … tháng … năm …\n\
        KẾ HOẠCH\nTăng tăng\nI. NỘI DUNG\n1. Thành phần tham dự hội nghị:\n- Đại diện Thường trực Quận ủy.\n";
    let read = read(text);
    assert!(
        read.plan.unrecognised.is_empty(),
        "{:?}",
        read.plan.unrecognised
    );
    assert!(read.plan.header.place.is_some());
    // A sentence that goes on after its only date is still no date of issue.
    let read = self::read(
        "Thông báo số 97-TB/BDVTW về Hội nghị trực tuyến toàn quốc\n\
         Hội nghị khai mạc vào lúc 8 giờ, ngày 05/01/2017 theo hình thức trực tuyến.\n\
         I. THÀNH PHẦN\n- Đại diện Ban Dân vận Trung ương.\n",
    );
    assert_ne!(
        read.plan.header.date.map(|d| d.to_string()),
        Some("2017-01-05".to_owned())
    );
}

#[test]
fn the_people_of_each_meeting_summoned_again_count_once() {
    // A chi bộ congress in two sittings, each with its own "Thành phần": the whole chi
    // bộ is summoned to both. They are 25 people, not 50.
    let text = "CHI BỘ THÔN 3\nSố: 05-KH/CB\nKẾ HOẠCH\nTổ chức Đại hội Chi bộ thôn 3\nI. MỤC ĐÍCH, YÊU CẦU\nTổ chức thành công Đại hội.\nII. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN\n1. Phiên trù bị\n- Thời gian: 14 giờ 00, ngày 10/3/2025.\n- Thành phần: Toàn thể đảng viên trong Chi bộ (25 đồng chí).\n2. Phiên chính thức\n- Thời gian: 07 giờ 30, ngày 11/3/2025.\n- Thành phần:\n+ Đồng chí Bí thư Đảng ủy xã (01 đồng chí).\n+ Toàn thể đảng viên trong Chi bộ (25 đồng chí).\n";
    let parsed = read(text);
    assert_eq!(meetings_when(&parsed.plan).len(), 2);
    let count = hoinghi::count_delegates(&parsed.plan).unwrap();
    assert_eq!((count.min, count.max), (26, Some(26)), "{count:#?}");
    let again = &count.groups[0].entries[2];
    assert_eq!(
        again.repeats.as_deref(),
        Some("/participants/groups/0/entries/0")
    );
    assert!(hoinghi::validate(&parsed.plan)
        .iter()
        .any(|d| d.code == hoinghi::Code::DuplicateParticipant
            && d.path == "/participants/groups/0/entries/2"));
    // Parents' meetings per grade, each with its homeroom teachers: the same words,
    // maybe other people. Neither once (a wrong 618) nor surely twice: a range.
    let text = "TRƯỜNG THCS AN HÒA
KẾ HOẠCH
Họp cha mẹ học sinh
I. MỤC ĐÍCH
Thông tin.
II. THỜI GIAN, THÀNH PHẦN
1. Khối 6, 7
- Thời gian: 7 giờ 30, ngày 13/9/2026.
- Thành phần: Cha mẹ học sinh khối 6, 7 (320 phụ huynh); giáo viên chủ nhiệm (08 đồng chí).
2. Khối 8, 9
- Thời gian: 14 giờ 00, ngày 13/9/2026.
- Thành phần: Cha mẹ học sinh khối 8, 9 (290 phụ huynh); giáo viên chủ nhiệm (08 đồng chí).
";
    let count = hoinghi::count_delegates(&read(text).plan).unwrap();
    assert_eq!((count.min, count.max), (618, Some(626)), "{count:#?}");
}

#[test]
fn a_sum_closing_a_level_is_that_part_s_never_the_cap() {
    let plan = |close_first: &str, close_last: &str| {
        format!("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n1. Cấp huyện:\n- Lãnh đạo Huyện ủy (02 đồng chí)\n- Lãnh đạo UBND huyện (03 đồng chí)\n{close_first}\n2. Cấp xã:\n- Bí thư các chi bộ (10 đồng chí)\n{close_last}\nII. THỜI GIAN\nNgày 10/3/2026.\n")
    };
    // Each part closed by its sum, then everyone's: the cap is 15, not the first 5 (a
    // false "15 summoned, over the expected 5" error).
    for word in ["Tổng", "Tổng số", "Cộng"] {
        let parsed = read(&plan(
            &format!("{word}: 05 đồng chí"),
            &format!("{word}: 10 đồng chí\nTổng cộng: 15 đồng chí"),
        ));
        let p = &parsed.plan.participants;
        assert_eq!(p.expected, Some(15), "{word}");
        assert_eq!(p.groups[0].subtotal, Some(5), "{word}");
        assert_eq!(p.groups[1].subtotal, Some(10), "{word}");
        let count = hoinghi::count_delegates(&parsed.plan).unwrap();
        assert_eq!((count.min, count.max), (15, Some(15)), "{word}");
    }
    // A part's sum that its entries do not reach is said by the checks.
    let parsed = read(&plan("Tổng: 07 đồng chí", ""));
    assert_eq!(parsed.plan.participants.expected, None);
    assert!(hoinghi::validate(&parsed.plan)
        .iter()
        .any(|d| d.code == hoinghi::Code::GroupCountMismatch));
    // Closing the last part: everyone's when all add up to it, that part's when only
    // it does, and neither (not used, said) when nothing does.
    assert_eq!(
        read(&plan("", "Tổng: 15 đồng chí"))
            .plan
            .participants
            .expected,
        Some(15)
    );
    let parsed = read(&plan("", "Tổng: 10 đồng chí"));
    assert_eq!(parsed.plan.participants.expected, None);
    assert_eq!(parsed.plan.participants.groups[1].subtotal, Some(10));
    let parsed = read(&plan("", "Tổng: 20 đồng chí"));
    assert_eq!(parsed.plan.participants.expected, None);
    assert!(parsed
        .plan
        .unrecognised
        .iter()
        .any(|l| l.text == "Tổng: 20 đồng chí"));
}

#[test]
fn cong_is_a_sum_cong_dong_is_people() {
    let text = "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- Lãnh đạo xã: 03 đ/c\n- Đại diện cộng đồng dân cư: 09 người\nCộng: 12 đ/c\n";
    let parsed = read(text);
    assert_eq!(parsed.plan.participants.expected, Some(12));
    let count = hoinghi::count_delegates(&parsed.plan).unwrap();
    assert_eq!((count.min, count.max), (12, Some(12)), "{count:#?}");
}

#[test]
fn a_total_with_a_remark_is_still_the_total() {
    // "(có danh sách kèm theo)" says nothing of the number: the total, not an entry of
    // 60 counted on top of the entries it totals.
    for total in [
        "Tổng số đại biểu: 60 người (có danh sách kèm theo).",
        "Số lượng: 60 đại biểu (có danh sách kèm theo).",
        "Dự kiến 60 đại biểu (danh sách kèm theo)",
    ] {
        let text = format!("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n{total}\n- Đại diện lãnh đạo Huyện ủy (02 đồng chí)\n- Bí thư các chi bộ (12 đồng chí)\n");
        let parsed = read(&text);
        assert_eq!(parsed.plan.participants.expected, Some(60), "{total}");
        let count = hoinghi::count_delegates(&parsed.plan).unwrap();
        assert_eq!((count.min, count.max), (14, Some(14)), "{total}");
    }
    // "(không kể khách mời)": the delegates besides the guests, never everyone's cap
    // nor an entry of 60 on top of those listed.
    let text = "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\nTổng số đại biểu: 60 người (không kể khách mời)\n- Đại diện lãnh đạo Huyện ủy (02 đồng chí)\n";
    let parsed = read(text);
    assert_eq!(parsed.plan.participants.expected, None);
    let count = hoinghi::count_delegates(&parsed.plan).unwrap();
    assert_eq!((count.min, count.max), (2, None));
}

#[test]
fn people_named_in_a_numbered_list_are_one_each() {
    // Numbered as the parts of a list often are: each names one person, not a level.
    for list in [
        "1. Đồng chí Nguyễn Văn An, Bí thư Đảng ủy;\n2. Đồng chí Trần Thị Bình, Phó Bí thư;",
        "1. Đ/c Nguyễn Văn An - Bí thư Đảng ủy\n2. Đ/c Trần Thị Bình - Phó Bí thư",
        "1. Ông Nguyễn Văn An - Giám đốc\n2. Bà Trần Thị Bình - Phó Giám đốc",
    ] {
        let text =
            format!("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n{list}\nII. THỜI GIAN\nNgày 10/3/2026.\n");
        let parsed = read(&text);
        assert!(parsed.plan.levels.is_empty(), "{list}");
        let count = hoinghi::count_delegates(&parsed.plan).unwrap();
        assert_eq!((count.min, count.max), (2, Some(2)), "{list}");
    }
}

/// A post's title repeating the plan's type and title, over a header whose rules are
/// ornamented ("*****&*****"): the header is read under it, and the title ends before
/// an addressee or a bulleted "Căn cứ".
#[test]
fn ornamented_rules_under_a_post_title() {
    let text = "KẾ HOẠCH TỔ CHỨC ĐẠI HỘI CHI ĐOÀN NHIỆM KỲ 2022 - 2025\nĐOÀN TNCS HỒ CHÍ MINH\nCHI ĐOÀN TRƯỜNG TH QUANG TRUNG\n*****&*****\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---oOo---\nKẾ HOẠCH\nTỔ CHỨC ĐẠI HỘI CHI ĐOÀN NHIỆM KỲ 2022 - 2025\nKính gửi: Ban chi ủy\n- Căn cứ Điều lệ Đoàn;\nI. MỤC ĐÍCH, YÊU CẦU\nNắm tình hình.\n";
    let parsed = read(text);
    let h = &parsed.plan.header;
    assert_eq!(h.issuer, "CHI ĐOÀN TRƯỜNG TH QUANG TRUNG");
    assert_eq!(h.title, "TỔ CHỨC ĐẠI HỘI CHI ĐOÀN NHIỆM KỲ 2022 - 2025");
    assert_eq!(parsed.plan.preamble.len(), 2, "{:?}", parsed.plan.preamble);
    assert!(parsed
        .plan
        .unrecognised
        .iter()
        .all(|u| !u.text.contains('&')));
}

#[test]
fn a_chair_said_among_the_participants_ends_no_list() {
    // "- Chủ trì: …" with its value, then the participants: they stay participants (the
    // whole chi bộ had become one more chair, 2 people counted for 26).
    let text = "KẾ HOẠCH\nHội nghị\nI. MỤC ĐÍCH\nNắm tình hình.\nII. THÀNH PHẦN\n- Chủ trì: Đồng chí Giám đốc Sở\n- Lãnh đạo Sở (04 đồng chí)\n- Trưởng các phòng (08 đồng chí)\n";
    let parsed = read(text);
    assert_eq!(parsed.plan.chairs.len(), 1);
    let count = hoinghi::count_delegates(&parsed.plan).unwrap();
    assert_eq!((count.min, count.max), (12, Some(12)), "{count:#?}");
    // "Chủ trì:" alone still opens the chairs listed under it.
    let text = "KẾ HOẠCH\nHội nghị\nI. MỤC ĐÍCH\nNắm tình hình.\nII. THÀNH PHẦN\n- Chủ trì:\n+ Đồng chí Giám đốc Sở\n+ Đồng chí Phó Giám đốc Sở\n";
    assert_eq!(read(text).plan.chairs.len(), 2);
}

#[test]
fn a_part_announced_with_a_plain_count_in_parentheses() {
    // "2. Đại biểu chính thức (20 đồng chí):" and its entries that add up to 20: the
    // part and its number, not a line left uncertain over entries counted apart.
    let text = "KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n1. Đại biểu chính thức (20 đồng chí):\n- Ban Chấp hành Hội (15 đồng chí);\n- Ban Kiểm tra (05 đồng chí).\n2. Khách mời (04 đồng chí):\n- Đại diện Ban Dân vận (01 đồng chí);\n- Đại diện Ban Tổ chức (01 đồng chí).\n";
    let parsed = read(text);
    let p = &parsed.plan.participants;
    assert_eq!(p.groups.len(), 2);
    assert_eq!(p.groups[0].subtotal, Some(20));
    let count = hoinghi::count_delegates(&parsed.plan).unwrap();
    // The guests' 4 are not what their entries add up to (2): said, and not bounded.
    assert_eq!((count.min, count.max), (22, None), "{count:#?}");
    assert_eq!(p.uncertain.len(), 1);
}

#[test]
fn an_assignment_names_a_body_or_is_kept_as_written() {
    let text = "KẾ HOẠCH\nĐại hội\nI. MỤC ĐÍCH\nNắm tình hình.\nII. TỔ CHỨC THỰC HIỆN\n1. Hội CCB các xã, thị trấn bầu đại biểu theo số lượng phân bổ, gửi danh sách về Hội CCB huyện trước ngày 05/4/2026.\n2. Trong quá trình chuẩn bị đại hội, nơi nào có khó khăn thì báo cáo về Thường trực Hội.\n";
    let parsed = read(text);
    let a = &parsed.plan.assignments;
    assert_eq!(a.len(), 1, "{a:#?}");
    assert_eq!(a[0].body, "Hội CCB các xã, thị trấn");
    assert_eq!(
        a[0].deadline.map(|d| d.to_string()).as_deref(),
        Some("2026-04-05")
    );
    assert!(parsed
        .plan
        .unrecognised
        .iter()
        .any(|u| u.text.starts_with("2. Trong quá trình")));
}

#[test]
fn a_party_leader_is_among_the_committee_and_the_members() {
    // The Bí thư Đảng ủy xã sits on the Ban Chấp hành Đảng bộ xã; the Bí thư Chi bộ is
    // a đảng viên of the chi bộ: summoned with them, counted once (38 had been 37 + 1).
    for (chair, entry, n) in [
        (
            "Đ/c Hồ Văn Thắng - Bí thư Đảng ủy xã",
            "Các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã (15 đ/c)",
            15,
        ),
        (
            "Đồng chí Bí thư Huyện ủy",
            "Ủy viên Ban Chấp hành Đảng bộ huyện (45 đồng chí)",
            45,
        ),
        (
            "Đồng chí Bí thư Chi bộ",
            "Toàn thể đảng viên trong Chi bộ (25 đồng chí)",
            25,
        ),
        (
            "Đồng chí Bí thư Chi đoàn",
            "Toàn thể đoàn viên chi đoàn (30 đồng chí)",
            30,
        ),
    ] {
        let text = format!("KẾ HOẠCH\nHội nghị\nI. MỤC ĐÍCH\nNắm tình hình.\nII. THÀNH PHẦN\n- Chủ trì: {chair}\n- {entry}\n");
        let count = hoinghi::count_delegates(&read(&text).plan).unwrap();
        assert_eq!((count.min, count.max), (n, Some(n)), "{chair} / {entry}");
    }
    // Another body's committee does not hold them.
    let text = "KẾ HOẠCH\nHội nghị\nI. MỤC ĐÍCH\nNắm tình hình.\nII. THÀNH PHẦN\n- Chủ trì: Đồng chí Chủ tịch UBND xã\n- Ủy viên Ban Chấp hành Đảng bộ xã (15 đồng chí)\n";
    let count = hoinghi::count_delegates(&read(text).plan).unwrap();
    assert_eq!(count.max, Some(16));
}

#[test]
fn days_of_a_range_written_every_way() {
    // "từ ngày 10 đến hết ngày 11/3/2026" had read the meeting as the 11th only.
    for time in [
        "Thời gian: 02 ngày, từ ngày 10 đến hết ngày 11/3/2026.",
        "Thời gian: 02 ngày 10, 11/3/2026",
        "Thời gian: ngày 10-11/3/2026",
    ] {
        let text =
            format!("KẾ HOẠCH\nHội nghị\nI. MỤC ĐÍCH\nNắm tình hình.\nII. THỜI GIAN\n- {time}\n");
        let s = read(&text).plan.schedule.unwrap();
        assert_eq!(
            (s.date.to_string(), s.end_date.map(|d| d.to_string())),
            ("2026-03-10".to_owned(), Some("2026-03-11".to_owned())),
            "{time}"
        );
    }
    // A comma after a time is no list of days.
    let text = "KẾ HOẠCH\nHội nghị\nI. MỤC ĐÍCH\nNắm tình hình.\nII. THỜI GIAN\n- Thời gian: 7 giờ 05, 11/3/2026\n";
    let s = read(text).plan.schedule.unwrap();
    assert_eq!(
        (s.date.to_string(), s.end_date),
        ("2026-03-11".to_owned(), None)
    );
}

#[test]
fn a_notice_moving_its_meeting_is_read_by_its_title() {
    // "Thông báo thay đổi thời gian tổ chức Hội nghị …" over a post's body: a notice of
    // its meeting, as "Thông báo triệu tập …" is, not a text without a plan.
    let plan = read(
        "Thông báo thay đổi thời gian tổ chức Hội nghị tổng kết năm 2017\n\n\
         Hội nghị chuyển sang ngày 08/01/2018, tại Hội trường tỉnh.\n",
    )
    .plan;
    assert_eq!(plan.header.document_type, "THÔNG BÁO");
    assert_eq!(
        plan.header.title,
        "Thay đổi thời gian tổ chức Hội nghị tổng kết năm 2017"
    );
    let plan = read("Thông báo hoãn Đại hội Chi đoàn khóa mới\n\nĐại hội sẽ tổ chức sau.\n").plan;
    assert_eq!(plan.header.document_type, "THÔNG BÁO");
    // A change of something else is no meeting's notice.
    assert!(hoinghi::parse_text(
        "Thông báo thay đổi địa chỉ trụ sở làm việc của Sở\n\nTừ ngày 01/3 Sở chuyển về số 5.\n"
    )
    .is_err());
}

#[test]
fn an_addressee_line_ends_the_title() {
    // "Kính gửi:" under a notice's name opens what follows; it and its recipients are
    // never the title's words.
    let plan = read(
        "THÔNG BÁO SỐ 2\nĐại hội Cháu ngoan Bác Hồ toàn quốc\nLần thứ VIII - năm 2015\n\n\
         Kính gửi:  - Ban Thường vụ Đoàn các tỉnh, thành phố;\n\
         - Ban Thường vụ Đoàn các đơn vị trực thuộc\n\
         Đại hội được tổ chức tại Thủ đô Hà Nội.\n",
    )
    .plan;
    assert_eq!(
        plan.header.title,
        "SỐ 2 Đại hội Cháu ngoan Bác Hồ toàn quốc Lần thứ VIII - năm 2015"
    );
    assert_eq!(
        plan.preamble.first().map(String::as_str),
        Some("Kính gửi: - Ban Thường vụ Đoàn các tỉnh, thành phố;")
    );
}

#[test]
fn a_bare_number_heading_in_the_contents_lists_who_comes() {
    // "2. Số lượng:" under "II. NỘI DUNG KẾ HOẠCH": who comes, and how many; an entry
    // of unknown size stays unknown, never one person.
    let plan = read(
        "KẾ HOẠCH\nHội thi chỉ huy Đội giỏi vòng trường\n\
         I. MỤC ĐÍCH YÊU CẦU:\n- Đánh giá kỹ năng của các ban chỉ huy chi đội.\n\
         II. NỘI DUNG KẾ HOẠCH:\n1. Thời gian: 7 giờ 30, ngày 14/3/2010.\n\
         2. Số lượng:\n-Mỗi chi đội cử một em chỉ huy và tất cả các đội viên trong chi đội.\n\
         - Giáo viên chủ nhiệm: 05 đồng chí.\n3. Nội dung:\n- Thực hành một buổi sinh hoạt sao.\n",
    )
    .plan;
    let entries: Vec<_> = plan.entries().map(|(_, _, e)| e).collect();
    assert_eq!(entries.len(), 2, "{entries:#?}");
    assert_eq!(entries[0].count, Headcount::Unknown);
    assert_eq!(entries[1].count, Headcount::Exact { value: 5 });
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((count.min, count.max), (5, None));
    // A Ban Chấp hành's size under its own part is no one who comes.
    let plan = read(
        "KẾ HOẠCH\nTổ chức Đại hội Chi hội\nI. MỤC ĐÍCH YÊU CẦU:\n- Tổng kết nhiệm kỳ.\n\
         II. NHÂN SỰ BAN CHẤP HÀNH KHÓA MỚI\n1. Số lượng:\n- Ban Chấp hành khóa mới: 09 đồng chí.\n",
    )
    .plan;
    assert_eq!(plan.entries().count(), 0);
}

#[test]
fn a_notice_with_no_title_opens_with_its_first_sentence() {
    // A lone "THÔNG BÁO" and then a sentence: no title, the sentence is the notice's
    // first words, and what it says of the meeting is not read as how it is held.
    let plan = read(
        "THÔNG BÁO\n\nTheo kế hoạch, Ủy ban dự kiến tổ chức chương trình Tọa đàm theo hình thức \
         trực tiếp kết hợp trực tuyến vào ngày 08/05/2021.\n\nTuy nhiên, Ủy ban quyết định tạm \
         hoãn tổ chức chương trình.\n",
    )
    .plan;
    assert_eq!(plan.header.title, "");
    assert_eq!(plan.preamble.len(), 2, "{:#?}", plan.preamble);
    // A title that names what it carries out stays the title.
    let plan = read(
        "KẾ HOẠCH\nThực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị năm 2026\n\
         Căn cứ Điều lệ Đảng.\nI. MỤC ĐÍCH, YÊU CẦU\n- Quán triệt.\n",
    )
    .plan;
    assert_eq!(
        plan.header.title,
        "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị năm 2026"
    );
}

#[test]
fn a_quota_table_closed_by_its_sum_row() {
    // "Cộng | 50" closing the quota table was one more entry of 50 (100 for 50).
    let text = "KẾ HOẠCH\nĐại hội\nI. MỤC ĐÍCH\nNắm tình hình.\nII. SỐ LƯỢNG ĐẠI BIỂU\nTổng số đại biểu chính thức: 50, phân bổ như sau:\nSTT\tĐơn vị\tSố đại biểu\n1\tChi hội 1\t12\n2\tChi hội 2\t15\n3\tChi hội 3\t13\n4\tĐại biểu đương nhiên (BCH)\t10\n\tCộng\t50\nIII. THỜI GIAN\nNgày 10/3/2026.\n";
    for text in [text.to_owned(), text.replace('\t', " | ")] {
        let count = hoinghi::count_delegates(&read(&text).plan).unwrap();
        assert_eq!((count.min, count.max), (50, Some(50)), "{count:#?}");
    }
}

#[test]
fn a_number_with_its_year_is_number_year_type_issuer() {
    for (line, written) in [
        ("Số: 15/2026/KH-UBND", "15/2026/KH-UBND"),
        ("Số: 15/2026/KH-UBND ngày 02/3/2026", "15/2026/KH-UBND"),
        ("Số 03/2026/KH-BCĐ", "03/2026/KH-BCĐ"),
    ] {
        let text = COMMUNE.replace("Số: 12/KH-UBND", line);
        let parsed = read(&text);
        let number = parsed.plan.header.number.as_ref().expect(line);
        assert_eq!(
            (number.year, number.type_code.as_str(), number.to_string()),
            (Some(2026), "KH", written.to_owned()),
            "{line}"
        );
        // No false "type code does not match".
        assert!(
            !hoinghi::validate(&parsed.plan)
                .iter()
                .any(|d| d.code == hoinghi::Code::DocumentNumberInvalid),
            "{line}"
        );
        // Text → plan → text keeps it.
        let again = read(&hoinghi::render::text(&parsed.plan));
        assert_eq!(
            again.plan.header.number, parsed.plan.header.number,
            "{line}"
        );
    }
}

#[test]
fn articles_are_headings_at_the_level_the_document_uses_them() {
    let head = "CÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS AN PHÚ\nSố: 05/KH-CĐCS\tAn Phú, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nTổ chức hội nghị viên chức\n";
    let articles = "Điều 1. Mục đích\nĐánh giá kết quả năm học.\nĐiều 2. Thời gian, địa điểm\n- Thời gian: 08 giờ 00, ngày 10/3/2026.\n- Địa điểm: Hội trường nhà trường.\nĐiều 3. Thành phần\n- Ban Giám hiệu (03 đồng chí);\n- Đại diện Công an xã: 02 đồng chí.\nĐiều 4. Tổ chức thực hiện\nĐiều 5. Ban Chấp hành Công đoàn phối hợp Ban Giám hiệu chuẩn bị hội trường, tài liệu và danh sách đại biểu.\n";
    // Top level without Roman numerals; under "Phần", "Chương" when they are written.
    for text in [
        format!("{head}{articles}"),
        format!("{head}PHẦN I. NỘI DUNG\n{articles}"),
        format!("{head}Chương I. QUY ĐỊNH CHUNG\n{articles}"),
    ] {
        let parsed = read(&text);
        let plan = &parsed.plan;
        assert_eq!(plan.purposes, ["Đánh giá kết quả năm học."], "{text}");
        assert_eq!(
            plan.schedule.as_ref().map(|s| s.date.to_string()),
            Some("2026-03-10".to_owned()),
            "{text}"
        );
        assert_eq!(
            plan.venue.as_ref().map(|v| v.name.as_str()),
            Some("Hội trường nhà trường"),
            "{text}"
        );
        let count = hoinghi::count_delegates(plan).unwrap();
        assert_eq!((count.min, count.max), (5, Some(5)), "{text}");
        // An item numbered as an article is no heading: its body, without the marker.
        assert_eq!(
            plan.assignments[0].body, "Ban Chấp hành Công đoàn",
            "{text}"
        );
        // The markers are kept as written.
        assert!(
            hoinghi::render::text(plan).contains("\nĐiều 2. Thời gian, địa điểm\n"),
            "{text}"
        );
    }
}

#[test]
fn a_plan_forwarded_in_an_email_is_read_through_its_quote_marks() {
    // A plan forwarded or replied to in an e-mail: the mail client's header above it,
    // every line of the plan quoted "> " (a blank line ">" alone), the sender's
    // signature below. Read as the plan itself, not refused as no plan.
    let quoted: String = COMMUNE
        .lines()
        .map(|l| {
            if l.is_empty() {
                ">\n".to_owned()
            } else {
                format!("> {l}\n")
            }
        })
        .collect();
    let text = format!(
        "---------- Forwarded message ---------\nFrom: Văn phòng <vp@example.vn>\nSubject: Kế hoạch\n\n{quoted}\n--\nNguyễn Thị Lan\n"
    );
    let (forwarded, plain) = (read(&text), read(COMMUNE));
    assert_eq!(forwarded.plan.participants, plain.plan.participants);
    assert_eq!(forwarded.plan.header, plain.plan.header);
    assert_eq!(forwarded.plan.purposes, plain.plan.purposes);
    // The mail's own lines are kept, in place.
    let kept: Vec<(u32, &str)> = forwarded
        .plan
        .unrecognised
        .iter()
        .map(|u| (u.line, u.text.as_str()))
        .collect();
    assert_eq!(kept.get(1), Some(&(2, "From: Văn phòng <vp@example.vn>")));
    // A lone line opening with ">" in a plan that is not quoted is kept as written.
    let one = read(&COMMUNE.replace("- Trưởng các ấp", "> Trưởng các ấp"));
    let kept = format!("{:?}{:?}", one.plan.unrecognised, one.plan.participants);
    assert!(kept.contains("> Trưởng các ấp"), "{kept}");
}

#[test]
fn headings_whose_numbering_a_paste_lost_are_headings() {
    // Word's automatic numbering lost on paste: no numeral before any heading, each in
    // sentence case alone on its line; the chair named in a sentence among the
    // participants, who go on after it.
    let text = "ĐẢNG ỦY PHƯỜNG ĐỊNH CÔNG\nSố 86-KH/ĐU\nKẾ HOẠCH\nTổ chức hội nghị quán triệt nghị quyết\n\
        Mục đích, yêu cầu\nCán bộ, đảng viên nắm vững nghị quyết.\n\
        Thời gian, địa điểm\nThời gian: 7 giờ 30 phút, ngày 22/4/2026.\nĐịa điểm: Hội trường Đảng ủy phường.\n\
        Thành phần\nChủ trì: Đồng chí Bí thư Đảng ủy phường.\nBí thư các chi bộ trực thuộc: 24 đồng chí.\n\
        Chủ tịch các đoàn thể phường: 05 (năm) đồng chí.\n\
        Tổ chức thực hiện\nVăn phòng Đảng ủy: chuẩn bị hội trường.\n";
    let plan = read(text).plan;
    assert_eq!(plan.chairs.len(), 1, "{:?}", plan.chairs);
    let counts: Vec<String> = plan
        .participants
        .groups
        .iter()
        .flat_map(|g| &g.entries)
        .map(|e| format!("{} {:?}", e.body, e.count))
        .collect();
    assert_eq!(counts.len(), 2, "{counts:?}");
    assert_eq!(plan.purposes.len(), 1, "{:?}", plan.purposes);
    assert_eq!(plan.assignments.len(), 1);
}

#[test]
fn a_markdown_export_with_task_boxes_and_labelled_counts() {
    // A plan exported as Markdown: the participants a pipe table whose count cells say
    // "SL: 07" and "(3đc)", the assignments a task list "- [ ] …".
    let text = "ĐOÀN TRƯỜNG ĐẠI HỌC VINH\n**BAN CHẤP HÀNH**\n\n## KẾ HOẠCH\n### Tổ chức Hội nghị Ban Chấp hành\n\n\
        ## I. THÀNH PHẦN\n| TT | Thành phần | Số lượng |\n|---|---|---|\n\
        | 1 | Ban Chấp hành Đoàn trường | 25 |\n| 2 | Trợ lý thanh niên các khoa | SL: 07 |\n\
        | 3 | Cán bộ Văn phòng Đoàn trường | (3đc) |\n\n\
        ## II. TỔ CHỨC THỰC HIỆN\n- [ ] **Văn phòng Đoàn trường:** chuẩn bị phòng họp.\n- [x] **Ban Tuyên giáo:** đưa tin.\n";
    let plan = read(text).plan;
    let c = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((c.min, c.max), (35, Some(35)));
    let bodies: Vec<&str> = plan.assignments.iter().map(|a| a.body.as_str()).collect();
    assert_eq!(bodies, ["Văn phòng Đoàn trường", "Ban Tuyên giáo"]);
}

#[test]
fn a_total_closing_the_table_of_one_part_is_no_total_of_the_plan() {
    // An online conference: the central site's people by line, then the district
    // sites in a table of their own closed by "Tổng cộng 265": the sites' sum, not
    // the plan's total (285 with the central site), which would be a false cap.
    let text = "KẾ HOẠCH\nTổ chức Hội nghị trực tuyến\nI. THÀNH PHẦN\n1. Tại điểm cầu tỉnh\n\
        - Ban Thường vụ Hội LHPN tỉnh (05 đ/c);\n- Cán bộ cơ quan Hội LHPN tỉnh (15 đ/c).\n\
        2. Tại các điểm cầu huyện\nTT\tĐiểm cầu\tĐịa điểm\tSố lượng\n\
        1\tThành phố Đông Hà\tHội trường UBND thành phố\t35\n2\tHuyện Vĩnh Linh\tHội trường Huyện ủy\t230\n\
        \tTổng cộng\t\t265\nII. THỜI GIAN\n- Thời gian: 8 giờ, ngày 15/7/2026.\n";
    let plan = read(text).plan;
    assert_eq!(plan.participants.expected, None);
    // The same table with no part before it totals the plan.
    let alone = read(&text.replace(
        "- Ban Thường vụ Hội LHPN tỉnh (05 đ/c);\n- Cán bộ cơ quan Hội LHPN tỉnh (15 đ/c).\n",
        "",
    ));
    assert_eq!(alone.plan.participants.expected, Some(265));
}

#[test]
fn a_plan_typed_in_tcvn3_and_pasted_without_its_font_is_refused_and_said() {
    // An old .VnTime document pasted without its font: "KÕ ho¹ch" for "Kế hoạch". Its
    // numbers survive ("1\tL·nh ®¹o UBND x·\t03") and would be counted under words no
    // rule can read ("mçi Êp" for "mỗi ấp"): nothing is read, and the reason is said.
    let text = "UBND X· AN PHó\nKÕ ho¹ch\nTæ chøc Héi nghÞ s¬ kÕt quý I\nI. Môc ®Ých, yªu cÇu\n\
        S¬ kÕt c«ng t¸c quý I.\nII. Thµnh phÇn\nTT\tThµnh phÇn\tSè l\u{ad}îng\n1\tL·nh ®¹o UBND x·\t03\n\
        2\tTr\u{ad}ëng c¸c Êp (mçi Êp 01 ®ång chÝ)\t11\nIII. Thêi gian, ®Þa ®iÓm\n- Thêi gian: 8 giê, ngµy 10/3/2026.\n";
    let err = hoinghi::parse_text(text).unwrap_err();
    assert_eq!(err.code(), "input-legacy-font");
    assert!(err.to_string().contains("TCVN3"), "{err}");
}

#[test]
fn a_count_per_unit_times_the_units_is_their_product_when_it_agrees() {
    // "02 người/đơn vị x 27 đơn vị = 54", as state offices reckon a row: the product,
    // checked against the total written after "="; one that disagrees, or units not
    // those counted per, are no count (the line is kept uncounted, never 1 person).
    for (line, n) in [
        (
            "- Lãnh đạo Phòng Nội vụ các huyện: 02 người/đơn vị x 27 đơn vị = 54",
            54,
        ),
        ("- Trưởng các ấp (05 người/ấp x 12 ấp).", 60),
    ] {
        assert_eq!(read_req(line), (n, Some(n)), "{line}");
    }
    for line in [
        "- Lãnh đạo Phòng Nội vụ các huyện: 02 người/đơn vị x 27 đơn vị = 56",
        "- Đại diện các ấp (05 người/ấp x 12 xã).",
    ] {
        assert_eq!(read_req(line), (0, None), "{line}");
    }
}

#[test]
fn lettered_items_under_a_numbered_body_are_its_tasks() {
    let text = "KẾ HOẠCH\nHội nghị\nI. MỤC ĐÍCH\nNắm.\nII. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Đảng ủy\na) Chuẩn bị hội trường.\nb) Phát hành giấy mời.\n2. Các chi bộ\na) Triển khai kế hoạch.\n";
    let a = read(text).plan.assignments;
    assert_eq!(a.len(), 2, "{a:#?}");
    assert_eq!(a[0].tasks, ["Chuẩn bị hội trường.", "Phát hành giấy mời."]);
    assert_eq!(a[1].tasks, ["Triển khai kế hoạch."]);
    // Lettered bodies stay bodies.
    let text = "KẾ HOẠCH\nHội nghị\nI. MỤC ĐÍCH\nNắm.\nII. TỔ CHỨC THỰC HIỆN\na) Văn phòng: chuẩn bị hội trường.\nb) Các chi bộ: cử người dự.\n";
    assert_eq!(read(text).plan.assignments.len(), 2);
}

#[test]
fn a_chair_holding_two_positions_is_matched_by_either() {
    let plan = |entries: &str| {
        format!("ĐẢNG BỘ XÃ AN PHÚ\nSố: 12-KH/ĐU\tAn Phú, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nTổ chức hội nghị sơ kết\nI. MỤC ĐÍCH, YÊU CẦU\nSơ kết công tác quý I.\nII. THÀNH PHẦN\n1. Chủ trì: đồng chí Bí thư Đảng ủy, Chủ tịch HĐND xã.\n2. Thành phần:\n{entries}- Đại diện Công an xã: 02 đồng chí.\nIII. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: 08 giờ 00, ngày 10/3/2026.\n- Địa điểm: Hội trường UBND xã.\n")
    };
    // By its first position or its last: one person, counted once; its name before
    // its positions, as well.
    for (entry, chair) in [
        ("- Bí thư Đảng ủy xã (01 đồng chí);\n", ""),
        ("- Chủ tịch HĐND xã (01 đồng chí);\n", ""),
        ("- Bí thư Đảng ủy xã (01 đồng chí);\n", "Nguyễn Văn An - "),
    ] {
        let parsed =
            read(&plan(entry).replace("Chủ trì: đồng chí ", &format!("Chủ trì: đồng chí {chair}")));
        let count = hoinghi::count_delegates(&parsed.plan).unwrap();
        assert_eq!((count.min, count.max), (3, Some(3)), "{entry}");
        assert!(count.chairs[0].covered_by.is_some(), "{entry}");
    }
    // In both: maybe counted twice, said, and the lower bound claims the person once.
    let parsed = read(&plan(
        "- Bí thư Đảng ủy xã (01 đồng chí);\n- Chủ tịch HĐND xã (01 đồng chí);\n",
    ));
    let count = hoinghi::count_delegates(&parsed.plan).unwrap();
    assert_eq!((count.min, count.max), (3, Some(4)));
    assert_eq!(
        count.chairs[0].maybe_covered_by.as_deref(),
        Some("/participants/groups/0/entries/1")
    );
    assert!(hoinghi::validate(&parsed.plan)
        .iter()
        .any(|d| d.code == hoinghi::Code::ChairNotSummoned && d.path == "/chairs/0"));
}

#[test]
fn a_units_own_head_is_one_in_each_unit() {
    let count = |lines: &str| {
        let plan = read(&format!(
            "KẾ HOẠCH\nHọp cha mẹ học sinh\nI. THÀNH PHẦN\n- Ban Giám hiệu (03 đồng chí);\n{lines}"
        ))
        .plan;
        let c = hoinghi::count_delegates(&plan).unwrap();
        (c.min, c.max)
    };
    // The classes numbered by the head's line count the parents' line too.
    assert_eq!(
        count(
            "- Giáo viên chủ nhiệm 32 lớp;\n- Đại diện cha mẹ học sinh (mỗi lớp 02 phụ huynh).\n"
        ),
        (3 + 32 + 64, Some(3 + 32 + 64))
    );
    assert_eq!(count("- Chi hội trưởng 15 chi hội.\n"), (18, Some(18)));
    assert_eq!(count("- Tổ trưởng chuyên môn 05 tổ.\n"), (8, Some(8)));
    // A head named by the unit's noun, before or after "trưởng".
    assert_eq!(
        count("- Trưởng ấp 11 ấp;\n- Trưởng khoa 08 khoa.\n"),
        (22, Some(22))
    );
    // Units not numbered: how many, the line does not say.
    assert_eq!(count("- Trưởng các ấp.\n"), (3, None));
    // Classes not numbered anywhere: each class's parents, not counted.
    assert_eq!(
        count("- Đại diện cha mẹ học sinh (mỗi lớp 02 phụ huynh).\n"),
        (3, None)
    );
}

#[test]
fn clauses_each_with_its_count_are_entries_each() {
    let read_line =
        |line: &str| read(&format!("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n- {line}\n")).plan;
    let plan = read_line(
        "Thường trực Đảng ủy; Lãnh đạo UBND xã (03 đồng chí); Trưởng các ban ngành (12 đồng chí).",
    );
    assert!(plan.participants.uncertain.is_empty());
    let counts: Vec<_> = plan.entries().map(|(_, _, e)| e.count).collect();
    assert_eq!(
        counts,
        [
            Headcount::Unknown,
            Headcount::Exact { value: 3 },
            Headcount::Exact { value: 12 }
        ]
    );
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert_eq!((count.min, count.max), (15, None));
    // A clause without a count before a counted one: its size unknown, not the one its
    // role gives ("Bí thư" is one), as the count after may include it.
    let plan = read_line(
        "Bí thư Đảng ủy; Chủ tịch, các Phó Chủ tịch UBND xã (03 đồng chí); Trưởng các ban ngành (12 đồng chí).",
    );
    let counts: Vec<_> = plan.entries().map(|(_, _, e)| e.count).collect();
    assert_eq!(counts[0], Headcount::Unknown);
    assert_eq!(counts[1], Headcount::Exact { value: 3 });
    // One count only: the clause's or the line's, not counted.
    let plan = read_line("Bí thư Đảng ủy; Chủ tịch UBND xã (02 đồng chí).");
    assert_eq!(plan.participants.uncertain.len(), 1);
}

#[test]
fn a_month_or_quarter_without_the_day_is_said_not_refused() {
    for (line, period) in [
        ("- Thời gian: trong tháng 12/2026.", "tháng 12/2026"),
        ("- Thời gian: Tháng 12 năm 2026.", "tháng 12/2026"),
        (
            "- Thời gian: dự kiến tuần đầu tháng 01/2027.",
            "tháng 01/2027",
        ),
        ("1. Thời gian: Quý IV/2026.", "quý IV/2026"),
    ] {
        let parsed = read(&COMMUNE.replace("- Thời gian: 08 giờ 00, ngày 10/3/2026.", line));
        assert!(parsed.plan.schedule.is_none(), "{line}");
        // Kept as written, with an info saying the day is not given; no warning.
        assert!(parsed
            .plan
            .unrecognised
            .iter()
            .any(|u| line.ends_with(u.text.as_str())));
        let said: Vec<_> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.path.starts_with("/schedule") || d.message.vi.contains(period))
            .map(|d| d.severity)
            .collect();
        assert_eq!(said, [hoinghi::Severity::Info], "{line}");
    }
}

#[test]
fn a_units_head_with_no_unit_numbered_or_named_is_not_one() {
    for (line, expected) in [
        ("- Chi hội trưởng phụ nữ tiêu biểu", (0, None)),
        ("- Tổ trưởng tổ dân phố", (0, None)),
        ("- Tổ trưởng Tổ 5", (1, Some(1))),
        ("- Giáo viên chủ nhiệm lớp 9A", (1, Some(1))),
    ] {
        let text = format!("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n{line}\n");
        let count = hoinghi::count_delegates(&read(&text).plan).unwrap();
        assert_eq!((count.min, count.max), expected, "{line}");
    }
}
