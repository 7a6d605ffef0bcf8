//! `archive-copy-missing` (warning): the recipients end with the archive copy
//! ("Lưu VP", "Lưu: VT, VP").

use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if cx.plan.archive.as_ref().is_none_or(|a| a.units.is_empty()) {
        out.push(
            Diagnostic::new(
                Code::ArchiveCopyMissing,
                Severity::Warning,
                "/archive",
                Message::new(
                    "Nơi nhận thiếu bản lưu (\"Lưu VP\").",
                    "The recipients lack the archive copy (\"Lưu VP\").",
                ),
            )
            .with_help(Message::new(
                "Thêm dòng \"- Lưu VP.\" cuối Nơi nhận.",
                "End the recipients with \"- Lưu VP.\".",
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::validate::test_support::{findings, sample};
    use crate::{Code, Severity};

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        assert!(findings(&plan, Code::ArchiveCopyMissing).is_empty());
        plan.archive = None;
        assert_eq!(
            findings(&plan, Code::ArchiveCopyMissing),
            [(Severity::Warning, "/archive".to_owned())]
        );
    }
}
