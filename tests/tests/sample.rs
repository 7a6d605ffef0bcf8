//! The seed plan, end to end: what a secretary must be told about it.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // Test code: a panic is a failure report.

use hoinghi::render::Format;
use hoinghi::{Code, Severity};
use hoinghi_tests::sample;

fn plan() -> hoinghi::Plan {
    hoinghi::parse_text(&sample().text).unwrap().plan
}

#[test]
fn validation_reports_exactly_the_two_known_problems() {
    let diagnostics = hoinghi::validate(&plan());
    let found: Vec<(Code, Severity, &str)> = diagnostics
        .iter()
        .map(|d| (d.code, d.severity, d.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                Code::ReportingPeriodMismatch,
                Severity::Warning,
                "/programme/1/reportingPeriod"
            ),
            (
                Code::DelegateCountUnknown,
                Severity::Warning,
                "/participants/groups/1/entries/2"
            ),
        ]
    );
    insta::assert_json_snapshot!("sample_diagnostics", diagnostics);
}

#[test]
fn delegates_are_37_plus_the_standing_committee_of_50() {
    let count = hoinghi::count_delegates(&plan()).unwrap();
    assert_eq!((count.min, count.max, count.limit), (37, None, Some(50)));
    assert_eq!(count.unknown, ["/participants/groups/1/entries/2"]);
    let per_group: Vec<u32> = count.groups.iter().map(|g| g.min).collect();
    assert_eq!(per_group, [2, 2, 33]);
    assert!(
        count.chairs.iter().all(|c| !c.counted),
        "all three chairs are participants"
    );
    insta::assert_json_snapshot!("sample_count", count);
}

#[test]
fn renderings() {
    let plan = plan();
    insta::assert_snapshot!("sample_text", hoinghi::render::render(&plan, Format::Text));
    insta::assert_snapshot!(
        "sample_markdown",
        hoinghi::render::render(&plan, Format::Markdown)
    );
    insta::assert_snapshot!("sample_html", hoinghi::render::render(&plan, Format::Html));
}

#[test]
fn a_quorum_on_the_day() {
    use hoinghi::quorum::{
        check_attendance, Attendance, Outcome, Presence, QuorumRule, RequiredPosition,
    };
    let plan = plan();
    // Every ward's Youth Union secretary or deputy must be there.
    let rule = QuorumRule {
        people: None,
        units: None,
        required: vec![RequiredPosition {
            group: 2,
            entry: 1,
            every_unit: true,
        }],
    };
    let mut present: Vec<Presence> = (1..=11)
        .filter(|w| *w != 3 && *w != 7)
        .map(|w| Presence {
            group: 2,
            entry: 1,
            unit: Some(w.to_string()),
            count: 1,
        })
        .collect();
    let report = check_attendance(
        &plan,
        &rule,
        &Attendance {
            present: present.clone(),
            chairs: vec![],
        },
    )
    .unwrap();
    assert_eq!(report.outcome, Outcome::NotMet);
    assert_eq!(report.required[0].missing_units, ["phường 3", "phường 7"]);
    present.push(Presence {
        group: 2,
        entry: 1,
        unit: Some("3".into()),
        count: 2,
    });
    present.push(Presence {
        group: 2,
        entry: 1,
        unit: Some("phường 7".into()),
        count: 1,
    });
    let report = check_attendance(
        &plan,
        &rule,
        &Attendance {
            present,
            chairs: vec![],
        },
    )
    .unwrap();
    assert_eq!(report.outcome, Outcome::Met);
    insta::assert_json_snapshot!("sample_quorum_met", report);
}
