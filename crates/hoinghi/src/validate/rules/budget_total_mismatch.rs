//! `budget-total-mismatch` (error): the stated budget total must equal the sum of its
//! items.

use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::money::format_vnd;
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(budget) = &cx.plan.budget else {
        return;
    };
    let Some(total) = budget.total else { return };
    // A total with no items ("Tổng kinh phí: 15.000.000 đồng") has nothing to add up.
    if budget.items.is_empty() {
        return;
    }
    let sum = budget.sum();
    if sum != Some(total) {
        let sum_text = sum.map_or_else(|| "?".to_owned(), format_vnd);
        out.push(Diagnostic::new(
            Code::BudgetTotalMismatch,
            Severity::Error,
            "/budget/total",
            Message::new(
                format!(
                    "Tổng cộng ghi {} đồng nhưng các khoản cộng lại {sum_text} đồng.",
                    format_vnd(total)
                ),
                format!(
                    "The total says {} VND but the items add up to {sum_text} VND.",
                    format_vnd(total)
                ),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Budget, BudgetItem};
    use crate::money::format_vnd;
    use crate::validate::test_support::{findings, sample};
    use crate::{Code, Severity};

    #[test]
    fn a_total_alone_is_no_mismatch() {
        let mut plan = sample();
        plan.budget = Some(Budget {
            items: vec![],
            total: Some(15_000_000),
            source: None,
        });
        assert!(findings(&plan, Code::BudgetTotalMismatch).is_empty());
    }

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        plan.budget = Some(Budget {
            items: vec![
                BudgetItem {
                    description: "Tài liệu".into(),
                    amount: 1_500_000,
                },
                BudgetItem {
                    description: "Nước uống".into(),
                    amount: 500_000,
                },
            ],
            total: Some(2_000_000),
            source: None,
        });
        assert!(findings(&plan, Code::BudgetTotalMismatch).is_empty());
        plan.budget.as_mut().unwrap().total = Some(2_500_000);
        assert_eq!(
            findings(&plan, Code::BudgetTotalMismatch),
            [(Severity::Error, "/budget/total".to_owned())]
        );
    }

    #[test]
    fn vnd_format() {
        assert_eq!(format_vnd(0), "0");
        assert_eq!(format_vnd(999), "999");
        assert_eq!(format_vnd(1_500_000), "1.500.000");
    }
}
