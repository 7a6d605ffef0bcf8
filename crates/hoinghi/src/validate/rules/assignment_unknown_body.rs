//! `assignment-unknown-body` (warning): a task is assigned to a body the plan names
//! nowhere else — neither the issuer or one of its parts, nor a participant, chair,
//! recipient or the grassroots units — so it may never receive the plan.

use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, a) in cx.plan.assignments.iter().enumerate() {
        if !cx.directory().knows(&a.body) {
            out.push(
                Diagnostic::new(
                    Code::AssignmentUnknownBody,
                    Severity::Warning,
                    format!("/assignments/{i}/body"),
                    Message::new(format!("\"{}\" được phân công nhưng không có trong thành phần hay nơi nhận.", a.body), format!("\"{}\" is assigned tasks but is neither a participant nor a recipient.", a.body)),
                )
                .with_help(Message::new("Thêm đơn vị này vào nơi nhận.", "Add this body to the recipients.")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Assignment;
    use crate::validate::test_support::{findings, sample};
    use crate::{Code, Severity};

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        assert!(findings(&plan, Code::AssignmentUnknownBody).is_empty());
        plan.assignments.push(Assignment {
            body: "Công an Quận".into(),
            tasks: vec!["Bảo đảm an ninh.".into()],
            deadline: None,
        });
        assert_eq!(
            findings(&plan, Code::AssignmentUnknownBody),
            [(Severity::Warning, "/assignments/3/body".to_owned())]
        );
    }
}
