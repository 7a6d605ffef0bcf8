//! `signature-missing` (error): a plan is issued under a signature block (at least the
//! authority form and body, or a signer). A block without the signer's name is
//! normal before signing and is not reported.

use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if cx
        .plan
        .signature
        .as_ref()
        .is_none_or(crate::model::Signature::is_empty)
    {
        out.push(
            Diagnostic::new(
                Code::SignatureMissing,
                Severity::Error,
                "/signature",
                Message::new(
                    "Thiếu phần ký (ví dụ \"TM. BAN THƯỜNG VỤ\").",
                    "The signature block is missing (e.g. \"TM. BAN THƯỜNG VỤ\").",
                ),
            )
            .with_help(Message::new(
                "Ghi thẩm quyền ký, chức vụ và họ tên người ký.",
                "Give the authority form, the signer's title and name.",
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Signature;
    use crate::validate::test_support::{findings, sample};
    use crate::{Code, Severity};

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        assert!(findings(&plan, Code::SignatureMissing).is_empty());
        plan.signature = Some(Signature::default());
        assert_eq!(
            findings(&plan, Code::SignatureMissing),
            [(Severity::Error, "/signature".to_owned())]
        );
        plan.signature = None;
        assert_eq!(findings(&plan, Code::SignatureMissing).len(), 1);
    }
}
