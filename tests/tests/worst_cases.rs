//! Plans shaped to be hard: every list at its documented limit, names that almost
//! match. Each operation must finish (in time proportional to the plan: they match
//! lists through indexes built once per call) and must refuse, with an error, what
//! is beyond a limit rather than exhaust memory. A panic or an abort here is a
//! failure; how long they take is reported by the benchmarks, not asserted.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // Test code.

use hoinghi::limits::{
    MAX_CHAIRS, MAX_PARTICIPANT_ENTRIES, MAX_REQUIRED_POSITIONS, MAX_UNITS_PER_GROUP,
    MAX_UNIT_GROUPS,
};
use hoinghi::quorum::{Attendance, Presence, QuorumError, RequiredPosition};
use hoinghi::render::Format;
use hoinghi::{Plan, QuorumRule};

fn sample() -> Plan {
    hoinghi::json::from_str(&hoinghi_tests::sample().json).unwrap()
}

#[test]
fn every_operation_finishes_on_a_crowded_plan() {
    let plan = hoinghi_tests::generated::crowded();
    hoinghi::bounds::check(&plan).unwrap();
    let json = hoinghi::json::to_string(&plan);
    let plan = hoinghi::json::from_str(&json).unwrap();

    let diagnostics = hoinghi::validate(&plan);
    // Every entry is invited and none receives a copy ("Đoàn 5" receives for the
    // chair "Quận Đoàn 5", not for "… Quận Đoàn x5"): reported once per body.
    let missing = diagnostics
        .iter()
        .filter(|d| d.code == hoinghi::Code::RecipientMissing)
        .count();
    assert_eq!(missing, MAX_PARTICIPANT_ENTRIES);
    assert!(!diagnostics
        .iter()
        .any(|d| d.code == hoinghi::Code::UnknownReference));

    let count = hoinghi::count_delegates(&plan).unwrap();
    // Three units of each group, one person each; no chair is on a listed body.
    let entries = u32::try_from(MAX_PARTICIPANT_ENTRIES).unwrap();
    assert_eq!(count.min, 3 * entries + u32::try_from(MAX_CHAIRS).unwrap());

    let rule = QuorumRule::youth_union_congress();
    assert!(hoinghi::quorum::evaluate(&plan, &rule, None).is_ok());
    let attendance = Attendance {
        present: (0..MAX_PARTICIPANT_ENTRIES)
            .map(|g| Presence {
                group: g,
                entry: 0,
                unit: Some("tổ 2".into()),
                count: 1,
            })
            .collect(),
        chairs: vec![0; 100_000],
    };
    let report = hoinghi::quorum::evaluate(&plan, &rule, Some(&attendance)).unwrap();
    assert_eq!(report.people.unwrap().present, entries + 1);

    for format in [Format::Text, Format::Markdown, Format::Html] {
        assert!(!hoinghi::render::render(&plan, format).is_empty());
    }
    assert!(hoinghi::export::ics::to_icalendar(&plan).is_ok());
    // One letter per invited body, each repeating the programme: beyond the limit.
    assert!(matches!(
        hoinghi::export::letters::letters(&plan),
        Err(hoinghi::export::ExportError::TooLarge { .. })
    ));
}

#[test]
fn the_text_reader_keeps_up_with_many_unit_groups() {
    // Every line names a unit group of its own ("01 đ/c/tổ 7"): as many groups as
    // the limit allows, then one more.
    let text = |groups: usize| {
        let mut text = String::from("KẾ HOẠCH\nHội nghị\nI. THÀNH PHẦN\n");
        for i in 0..groups {
            text.push_str(&format!("- Bí thư {i} (01 đ/c/tổ {i})\n"));
        }
        text
    };
    let parsed = hoinghi::parse_text(&text(MAX_UNIT_GROUPS)).unwrap();
    assert_eq!(parsed.plan.units.len(), MAX_UNIT_GROUPS);
    assert_eq!(
        hoinghi::parse_text(&text(MAX_UNIT_GROUPS + 1)).map_err(|e| e.code()),
        Err("input-too-large")
    );
}

#[test]
fn a_quorum_report_cannot_list_four_billion_units() {
    let mut plan = sample();
    plan.units[0].count = Some(u32::MAX);
    let json = hoinghi::json::to_string(&plan);
    assert_eq!(
        hoinghi::json::from_str(&json).map_err(|e| hoinghi::Error::from(e).code()),
        Err("input-too-large")
    );
    // A plan built in code is refused by the quorum check itself.
    let rule = QuorumRule {
        required: vec![
            RequiredPosition {
                group: 2,
                entry: 0,
                every_unit: true,
            };
            MAX_REQUIRED_POSITIONS
        ],
        ..QuorumRule::youth_union_congress()
    };
    let none = Attendance {
        present: Vec::new(),
        chairs: Vec::new(),
    };
    let err = hoinghi::quorum::evaluate(&plan, &rule, Some(&none)).unwrap_err();
    assert!(matches!(err, QuorumError::Limit(_)), "{err:?}");
    assert_eq!(hoinghi::Error::from(err).code(), "input-too-large");
    // At the limit, the report lists every unit not represented.
    plan.units[0].count = Some(u32::try_from(MAX_UNITS_PER_GROUP).unwrap());
    let report = hoinghi::quorum::evaluate(&plan, &rule, Some(&none)).unwrap();
    assert_eq!(
        report.units.unwrap().unrepresented.len(),
        MAX_UNITS_PER_GROUP
    );
    assert_eq!(report.required.len(), MAX_REQUIRED_POSITIONS);
}
