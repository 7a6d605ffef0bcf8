//! `recipient-missing` (warning): every invited body (chairs and participants marked
//! "Mời") must receive a copy: a recipient that is the body or a body it belongs to
//! ("Thành Đoàn" receives for "Ban Thường vụ Thành Đoàn").

use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use std::collections::BTreeSet;

use crate::matching::Recipients;
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let plan = cx.plan;
    let invited = plan
        .chairs
        .iter()
        .enumerate()
        .filter(|(_, c)| c.invited)
        .map(|(i, c)| (format!("/chairs/{i}"), c.body.as_str()))
        .chain(
            plan.entries()
                .filter(|(_, _, e)| e.invited)
                .map(|(g, e, entry)| (crate::diagnostic::entry_pointer(g, e), entry.body.as_str())),
        );
    let recipients = Recipients::of(plan);
    let mut reported = BTreeSet::new();
    for (path, body) in invited {
        if !recipients.cover(body) && reported.insert(crate::names::normalise(body)) {
            out.push(
                Diagnostic::new(
                    Code::RecipientMissing,
                    Severity::Warning,
                    path,
                    Message::new(
                        format!("\"{body}\" được mời nhưng không có trong nơi nhận."),
                        format!("\"{body}\" is invited but receives no copy."),
                    ),
                )
                .with_help(Message::new(
                    format!("Thêm \"{body}\" vào Nơi nhận."),
                    format!("Add \"{body}\" to the recipients."),
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::validate::test_support::{findings, sample};
    use crate::{Code, Severity};

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        assert!(findings(&plan, Code::RecipientMissing).is_empty());
        plan.recipients.remove(1);
        assert_eq!(
            findings(&plan, Code::RecipientMissing),
            [(Severity::Warning, "/chairs/0".to_owned())]
        );
        plan.recipients.remove(0);
        assert_eq!(findings(&plan, Code::RecipientMissing).len(), 3);
    }
}
