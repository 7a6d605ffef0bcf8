//! `document-number-invalid` (error; warning when absent): the number and symbol
//! must be present, well formed, numbered from 1, and its type code must match the
//! document type ("KẾ HOẠCH" is KH; a công văn's number has none).

use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::doctype;
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let header = &cx.plan.header;
    let Some(number) = &header.number else {
        out.push(Diagnostic::new(
            Code::DocumentNumberInvalid,
            Severity::Warning,
            "/header/number",
            Message::new(
                "Văn bản chưa có số, ký hiệu.",
                "The document has no number and symbol.",
            ),
        ));
        return;
    };
    let mut problem = |path: &str, vi: String, en: String| {
        out.push(Diagnostic::new(
            Code::DocumentNumberInvalid,
            Severity::Error,
            path,
            Message::new(vi, en),
        ));
    };
    for p in number.problems() {
        problem(
            "/header/number",
            format!("Số, ký hiệu \"{number}\" không hợp lệ."),
            format!("The number \"{number}\" is malformed: {p}."),
        );
    }
    if number.number == 0 {
        problem(
            "/header/number/number",
            "Số văn bản phải bắt đầu từ 01.".to_owned(),
            "Document numbers start at 01.".to_owned(),
        );
    }
    match doctype::code_of(&header.document_type) {
        // A công văn's number carries no type code ("1788/SGDĐT-CTTT").
        Some("CV") if number.type_code.is_empty() => {}
        Some(code) if code != number.type_code => problem(
            "/header/number/typeCode",
            format!(
                "Ký hiệu loại \"{}\" không khớp tên loại \"{}\" (phải là \"{code}\").",
                number.type_code, header.document_type
            ),
            format!(
                "Type code \"{}\" does not match the document type \"{}\" (expected \"{code}\").",
                number.type_code, header.document_type
            ),
        ),
        Some(_) => {}
        None => problem(
            "/header/documentType",
            format!(
                "Không nhận ra tên loại văn bản \"{}\".",
                header.document_type
            ),
            format!("\"{}\" is not a known document type.", header.document_type),
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::validate::test_support::{findings, sample};
    use crate::{Code, Severity};

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        assert!(findings(&plan, Code::DocumentNumberInvalid).is_empty());
        plan.header.number.as_mut().unwrap().type_code = "QĐ".into();
        assert_eq!(
            findings(&plan, Code::DocumentNumberInvalid),
            [(Severity::Error, "/header/number/typeCode".to_owned())]
        );
        plan.header.number.as_mut().unwrap().number = 0;
        assert_eq!(findings(&plan, Code::DocumentNumberInvalid).len(), 2);
        plan.header.number = None;
        assert_eq!(
            findings(&plan, Code::DocumentNumberInvalid),
            [(Severity::Warning, "/header/number".to_owned())]
        );
    }
}
