//! `short-notice` (warning): fewer than `minLeadDays` (default 7) days between issue
//! and conference leave invited guests too little time.

use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let (Some(issued), Some(s)) = (cx.plan.header.date, &cx.plan.schedule) else {
        return;
    };
    let days = (s.date - issued).num_days();
    let lead = i64::from(cx.options.min_lead_days);
    if (0..lead).contains(&days) {
        out.push(
            Diagnostic::new(
                Code::ShortNotice,
                Severity::Warning,
                "/schedule/date",
                Message::new(
                    format!("Chỉ {days} ngày từ khi ban hành đến hội nghị (nên ít nhất {lead})."),
                    format!(
                        "Only {days} days from issue to the conference (at least {lead} advised)."
                    ),
                ),
            )
            .with_help(Message::new(
                "Ban hành sớm hơn hoặc lùi ngày hội nghị.",
                "Issue earlier or hold the conference later.",
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::validate::test_support::{findings, sample};
    use crate::validate::{validate_with, ValidateOptions};
    use crate::{Code, Severity};

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        assert!(findings(&plan, Code::ShortNotice).is_empty());
        let strict = ValidateOptions {
            min_lead_days: 10,
            only: Some(vec![Code::ShortNotice]),
            ..Default::default()
        };
        assert_eq!(validate_with(&plan, &strict).len(), 1);
        plan.schedule.as_mut().unwrap().date = NaiveDate::from_ymd_opt(2022, 8, 20).unwrap();
        assert_eq!(
            findings(&plan, Code::ShortNotice),
            [(Severity::Warning, "/schedule/date".to_owned())]
        );
    }
}
