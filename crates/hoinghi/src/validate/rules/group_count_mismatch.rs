//! `group-count-mismatch`: a participant group whose heading states its number
//! ("Đại biểu chính thức: 55 đồng chí, gồm:") should list entries that add up to it.
//!
//! Only an exact number is compared, and only where the entries settle the question:
//! a warning when even their lower bound is more than the number, or when every
//! entry's size is known and they add up to less; an info when they add up to less
//! but a participant line the reader was unsure of remains (it may be one of them).
//! An approximate number ("khoảng 20 đồng chí"), a group with no entries, or entries
//! of unknown size that could make up the difference: no claim.

use crate::diagnostic::{pointer, Code, Diagnostic, Message, Severity};
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let plan = cx.plan;
    if !plan
        .participants
        .groups
        .iter()
        .any(|g| g.subtotal.is_some() && !g.subtotal_approximate && !g.entries.is_empty())
    {
        return;
    }
    let count = cx.count();
    for (g, group) in plan.participants.groups.iter().enumerate() {
        let Some(stated) = group.subtotal else {
            continue;
        };
        if group.subtotal_approximate || group.entries.is_empty() {
            continue;
        }
        let Some(sum) = count.groups.get(g) else {
            continue;
        };
        let exact = sum.max == Some(sum.min);
        let (severity, vi, en) = if sum.min > stated {
            let (vi_sum, en_sum) = if exact {
                (sum.min.to_string(), sum.min.to_string())
            } else {
                (
                    format!("ít nhất {}", sum.min),
                    format!("at least {}", sum.min),
                )
            };
            (
                Severity::Warning,
                format!("Nhóm ghi {stated} người nhưng các thành phần liệt kê cộng lại {vi_sum}."),
                format!("The group states {stated} people but its entries add up to {en_sum}."),
            )
        } else if exact && sum.min < stated {
            if plan.participants.uncertain.is_empty() {
                (
                    Severity::Warning,
                    format!(
                        "Nhóm ghi {stated} người nhưng các thành phần liệt kê chỉ cộng lại {}.",
                        sum.min
                    ),
                    format!(
                        "The group states {stated} people but its entries add up to only {}.",
                        sum.min
                    ),
                )
            } else {
                (
                    Severity::Info,
                    format!(
                        "Các thành phần đọc được của nhóm cộng lại {} trên {stated} người nhóm ghi; có dòng thành phần chưa đọc chắc chắn, có thể thuộc nhóm này.",
                        sum.min
                    ),
                    format!(
                        "The entries read in this group add up to {} of the {stated} it states; a participant line the reader was unsure of may belong to it.",
                        sum.min
                    ),
                )
            }
        } else {
            continue;
        };
        out.push(
            Diagnostic::new(
                Code::GroupCountMismatch,
                severity,
                pointer(["participants", "groups", &g.to_string(), "subtotal"]),
                Message::new(vi, en),
            )
            .with_help(Message::new(
                "Sửa số người ghi ở đầu nhóm, hoặc các thành phần của nhóm, cho khớp nhau.",
                "Correct the number in the group's heading, or its entries, so that they agree.",
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::model::ParticipantGroup;
    use crate::validate::test_support::{findings, sample};
    use crate::{Code, Severity};

    fn at(g: usize) -> String {
        format!("/participants/groups/{g}/subtotal")
    }

    #[test]
    fn an_exact_number_is_checked_against_entries_of_known_size() {
        let mut plan = sample();
        assert!(findings(&plan, Code::GroupCountMismatch).is_empty());
        // "2.1 Cấp thành phố": two entries of one.
        plan.participants.groups[0].subtotal = Some(2);
        assert!(findings(&plan, Code::GroupCountMismatch).is_empty());
        for stated in [1, 3] {
            plan.participants.groups[0].subtotal = Some(stated);
            assert_eq!(
                findings(&plan, Code::GroupCountMismatch),
                [(Severity::Warning, at(0))],
                "{stated}"
            );
        }
        // "khoảng 3": no claim.
        plan.participants.groups[0].subtotal_approximate = true;
        assert!(findings(&plan, Code::GroupCountMismatch).is_empty());
    }

    #[test]
    fn unknown_sizes_are_not_taken_for_a_mismatch() {
        let mut plan = sample();
        // "2.2 Cấp quận": 1 + 1 + the standing committee, of unknown size.
        plan.participants.groups[1].subtotal = Some(12);
        assert!(findings(&plan, Code::GroupCountMismatch).is_empty());
        plan.participants.groups[1].subtotal = Some(2);
        assert!(findings(&plan, Code::GroupCountMismatch).is_empty());
        // At least 2 people where the heading says 1: whatever the committee is.
        plan.participants.groups[1].subtotal = Some(1);
        assert_eq!(
            findings(&plan, Code::GroupCountMismatch),
            [(Severity::Warning, at(1))]
        );
        // "2.3 Cấp cơ sở" per ward, 11 wards: 11 + 22.
        plan.participants.groups[2].subtotal = Some(33);
        assert_eq!(findings(&plan, Code::GroupCountMismatch).len(), 1);
        // A group that lists nobody under its number is not compared.
        plan.participants.groups.push(ParticipantGroup {
            subtotal: Some(20),
            ..ParticipantGroup::default()
        });
        assert_eq!(findings(&plan, Code::GroupCountMismatch).len(), 1);
    }

    #[test]
    fn fewer_than_stated_with_a_line_left_unread_is_only_said() {
        let mut plan = sample();
        plan.participants.groups[0].subtotal = Some(3);
        plan.participants
            .uncertain
            .push("Đại diện 05 đồng chí của mỗi chi đoàn và 02 đồng chí …".to_owned());
        assert_eq!(
            findings(&plan, Code::GroupCountMismatch),
            [(Severity::Info, at(0))]
        );
        // More than stated is more than stated, whatever that line is.
        plan.participants.groups[0].subtotal = Some(1);
        assert_eq!(
            findings(&plan, Code::GroupCountMismatch),
            [(Severity::Warning, at(0))]
        );
    }
}
