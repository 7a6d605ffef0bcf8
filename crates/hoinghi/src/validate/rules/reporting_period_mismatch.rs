//! `reporting-period-mismatch` (warning): the title, the preamble and purposes, and
//! the programme's report items should cover the same period. The sample's title
//! says the first 6 months; its report item says the first 08.

use crate::diagnostic::{pointer, Code, Diagnostic, Message, Severity};
use crate::model::ProgrammeItem;
use crate::period::{find_all, ReportingPeriod};
use crate::validate::Context;

fn walk(items: &[ProgrammeItem], base: &str, out: &mut Vec<(String, ReportingPeriod)>) {
    for (i, item) in items.iter().enumerate() {
        let path = format!("{base}/{i}");
        if let Some(p) = item.reporting_period {
            out.push((format!("{path}/reportingPeriod"), p));
        }
        walk(&item.items, &format!("{path}/items"), out);
    }
}

/// The part of the document a pointer is in, in words.
fn place(path: &str) -> (&'static str, &'static str) {
    if path.starts_with("/header") {
        ("trích yếu", "the title")
    } else if path.starts_with("/preamble") {
        ("phần mở đầu", "the preamble")
    } else if path.starts_with("/purposes") {
        ("mục đích, yêu cầu", "the purposes")
    } else {
        ("chương trình", "the programme")
    }
}

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let plan = cx.plan;
    let mut named: Vec<(String, ReportingPeriod)> = Vec::new();
    if let Some(p) = plan.header.reporting_period {
        named.push(("/header/reportingPeriod".to_owned(), p));
    }
    for (field, paragraphs) in [("preamble", &plan.preamble), ("purposes", &plan.purposes)] {
        for (i, text) in paragraphs.iter().enumerate() {
            for p in find_all(text)
                .into_iter()
                .filter(ReportingPeriod::is_retrospective)
            {
                named.push((pointer([field, &i.to_string()]), p));
            }
        }
    }
    walk(&plan.programme, "/programme", &mut named);
    let Some((reference_path, reference)) = named.first().cloned() else {
        return;
    };
    let (where_vi, where_en) = place(&reference_path);
    for (path, period) in named.iter().skip(1) {
        if !period.agrees_with(&reference) {
            out.push(
                Diagnostic::new(
                    Code::ReportingPeriodMismatch,
                    Severity::Warning,
                    path.clone(),
                    Message::new(
                        format!(
                            "Kỳ báo cáo \"{}\" khác với \"{}\" ở {where_vi}.",
                            period.describe_vi(),
                            reference.describe_vi()
                        ),
                        format!(
                            "This names {}, but {where_en} names {}.",
                            period.describe_en(),
                            reference.describe_en()
                        ),
                    ),
                )
                .with_help(Message::new(
                    "Thống nhất kỳ báo cáo giữa trích yếu, mục đích và chương trình.",
                    "Use one reporting period in the title, the purposes and the programme.",
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::validate::test_support::{findings, sample};
    use crate::{Code, ReportingPeriod, Severity};

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        assert_eq!(
            findings(&plan, Code::ReportingPeriodMismatch),
            [(Severity::Warning, "/programme/1/reportingPeriod".to_owned())]
        );
        plan.programme[1].reporting_period = Some(ReportingPeriod::FirstMonths {
            months: 6,
            year: Some(2022),
        });
        assert!(findings(&plan, Code::ReportingPeriodMismatch).is_empty());
        plan.purposes[1].push_str(" Tổng kết quý III năm 2022.");
        assert_eq!(
            findings(&plan, Code::ReportingPeriodMismatch),
            [(Severity::Warning, "/purposes/1".to_owned())]
        );
    }
}
