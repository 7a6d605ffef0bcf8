//! `heading-missing` (warning): the heading line ("ĐOÀN TNCS HỒ CHÍ MINH", or the
//! state motto) is a required component of the format, not decoration.

use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if cx.plan.header.heading.iter().all(|l| l.trim().is_empty()) {
        out.push(
            Diagnostic::new(
                Code::HeadingMissing,
                Severity::Warning,
                "/header/heading",
                Message::new("Thiếu tiêu đề văn bản (ví dụ \"ĐOÀN TNCS HỒ CHÍ MINH\").", "The heading line (e.g. \"ĐOÀN TNCS HỒ CHÍ MINH\") is missing."),
            )
            .with_help(Message::new(
                "Văn bản của Đoàn ghi \"ĐOÀN TNCS HỒ CHÍ MINH\"; cơ quan nhà nước ghi Quốc hiệu và Tiêu ngữ.",
                "Youth Union documents carry \"ĐOÀN TNCS HỒ CHÍ MINH\"; state bodies carry the national motto.",
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::validate::test_support::{findings, sample};
    use crate::Code;

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        assert!(findings(&plan, Code::HeadingMissing).is_empty());
        plan.header.heading.clear();
        assert_eq!(findings(&plan, Code::HeadingMissing).len(), 1);
    }
}
