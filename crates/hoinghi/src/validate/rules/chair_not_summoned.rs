//! `chair-not-summoned` (warning): every chair should also be among the participants
//! (the same body, or a collective the chair sits on), so that invitations and the
//! count include them. Info when an entry may or may not include the chair: the
//! count then holds the chair as none or one.

use crate::diagnostic::{pointer, Code, Diagnostic, Message, Severity};
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, chair) in cx.count().chairs.iter().enumerate() {
        let Some(c) = cx.plan.chairs.get(i) else {
            continue;
        };
        let who = c.label();
        if let Some(first) = &chair.covered_by {
            if let Some(second) = &chair.maybe_covered_by {
                out.push(
                    Diagnostic::new(
                        Code::ChairNotSummoned,
                        Severity::Info,
                        pointer(["chairs", &i.to_string()]),
                        Message::new(
                            format!("Chủ trì \"{who}\" giữ nhiều chức vụ, có thể có trong cả {first} và {second}: có thể bị tính hai lần, số tối thiểu chỉ tính một lần."),
                            format!("Chair \"{who}\" holds several positions and may be in both {first} and {second}: maybe counted twice; the lower bound counts them once."),
                        ),
                    )
                    .with_help(Message::new(
                        "Ghi số người của mỗi thành phần cho rõ có kể chủ trì hay không.",
                        "Give each entry's number saying whether it includes the chair.",
                    )),
                );
            }
            continue;
        }
        if let Some(entry) = &chair.maybe_covered_by {
            out.push(
                Diagnostic::new(
                    Code::ChairNotSummoned,
                    Severity::Info,
                    pointer(["chairs", &i.to_string()]),
                    Message::new(
                        format!(
                            "Chưa rõ chủ trì \"{who}\" có thuộc thành phần tại {entry} hay không: được tính từ 0 đến 1 người."
                        ),
                        format!(
                            "Whether chair \"{who}\" is one of the participants at {entry} is unclear: counted as none to one person."
                        ),
                    ),
                )
                .with_help(Message::new(
                    "Ghi rõ chủ trì trong thành phần tham dự, hoặc ghi số người của thành phần đó không kể chủ trì.",
                    "Name the chair among the participants, or give that entry's number without the chair.",
                )),
            );
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::ChairNotSummoned,
                Severity::Warning,
                pointer(["chairs", &i.to_string()]),
                Message::new(
                    format!("Chủ trì \"{who}\" không có trong thành phần tham dự."),
                    format!("Chair \"{who}\" is not among the participants."),
                ),
            )
            .with_help(Message::new(
                "Bổ sung vào thành phần tham dự; người này được tính thêm một đại biểu.",
                "Add them to the participants; they are counted as one more delegate.",
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
        assert!(findings(&plan, Code::ChairNotSummoned).is_empty());
        plan.chairs[2].body = "Hội Liên hiệp Thanh niên Quận".into();
        assert_eq!(
            findings(&plan, Code::ChairNotSummoned),
            [(Severity::Warning, "/chairs/2".to_owned())]
        );
    }
}
