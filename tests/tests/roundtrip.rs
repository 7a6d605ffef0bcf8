//! Round-trip properties over generated plans.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // Test code: a panic is a failure report.

use hoinghi_tests::strategies::{any_plan, text_plan};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn json_round_trip_is_lossless(plan in any_plan()) {
        let json = hoinghi::json::to_string(&plan);
        prop_assert_eq!(hoinghi::json::from_str(&json).unwrap(), plan);
    }

    #[test]
    fn text_round_trip_is_lossless(plan in text_plan()) {
        let text = hoinghi::render::text(&plan);
        let mut parsed = hoinghi::parse_text(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        // The text read back also records its layout; the fields must be the same.
        parsed.plan.layout = None;
        prop_assert_eq!(&parsed.plan, &plan, "\n{}", text);
        prop_assert!(parsed.plan.unrecognised.is_empty());
    }

    #[test]
    fn validation_and_rendering_never_panic(plan in any_plan()) {
        let _ = hoinghi::validate(&plan);
        prop_assert!(hoinghi::count_delegates(&plan).is_ok(), "a plan within the limits counts exactly");
        let _ = hoinghi::render::html(&plan);
        let _ = hoinghi::render::markdown(&plan);
    }

    #[test]
    fn parsing_arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let _ = hoinghi::parse_text(&text);
    }
}

/// The shape of a plan: how many of each list written line by line, at every level
/// (not the unit groups, which the text form infers from the wording of bodies, nor
/// lists within a line: sub-units, archive units).
fn shape(plan: &hoinghi::Plan) -> Vec<usize> {
    fn items(items: &[hoinghi::model::ProgrammeItem], out: &mut Vec<usize>) {
        out.push(items.len());
        for item in items {
            items_of(item, out);
        }
    }
    fn items_of(item: &hoinghi::model::ProgrammeItem, out: &mut Vec<usize>) {
        items(&item.items, out);
    }
    let mut out = vec![
        plan.header.heading.len(),
        plan.preamble.len(),
        plan.purposes.len(),
        plan.levels.len(),
        plan.chairs.len(),
        plan.participants.groups.len(),
        plan.sites.len(),
        plan.assignments.len(),
        plan.budget.as_ref().map_or(0, |b| b.items.len() + 1),
        plan.closing.len(),
        usize::from(plan.signature.is_some()),
        plan.recipients.len(),
        usize::from(plan.archive.is_some()),
        usize::from(plan.schedule.is_some()),
        usize::from(plan.venue.is_some()),
    ];
    out.extend(plan.participants.groups.iter().map(|g| g.entries.len()));
    out.extend(plan.assignments.iter().map(|a| a.tasks.len()));
    items(&plan.programme, &mut out);
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Line breaks, control characters and plan-looking lines in JSON fields never
    /// add a line to the plan. The text form of a hostile plan is the text form of the
    /// plan with each field on one line (a space for each run of breaks, U+FFFD for
    /// each control character), it reads back with nothing unrecognised, and
    /// validation reports exactly the plans that change. When the pasted line is a
    /// line of a plan (a participant, an item, a section), the plan reads back with
    /// the same shape and each field as written on one line. When it also carries
    /// syntax the text form reads within a line ("(99 đồng chí)" ending an entry is
    /// its count, a colon after a recipient starts its sub-units), that line means
    /// what it would without the break: the text form has no escapes (docs/limits.md).
    #[test]
    fn hostile_fields_stay_in_their_field(plan in hoinghi_tests::strategies::hostile_plan()) {
        let text = hoinghi::render::text(&plan);
        prop_assert_eq!(&text, &hoinghi::render::text(&hoinghi_tests::strategies::one_lined(&plan)));
        prop_assert!(text.chars().all(|c| c == '\n' || hoinghi::chars::is_allowed(c)), "{}", text);
        let mut parsed = hoinghi::parse_text(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        parsed.plan.layout = None; // the fields are compared; the layout is the text itself
        prop_assert!(parsed.plan.unrecognised.is_empty(), "\n{}", text);
        let expected = hoinghi_tests::strategies::read_back(&plan);
        let told = hoinghi::validate(&plan).iter().any(|d| {
            matches!(d.code, hoinghi::Code::LineBreakInField | hoinghi::Code::CharacterNotAllowed)
        });
        // (A tab is a cell edge in the text form: writers write it as a space.)
        let changed = plan != hoinghi_tests::strategies::one_lined(&plan);
        prop_assert_eq!(told, changed, "validation reports exactly the fields writers change");
        if !hoinghi_tests::strategies::has_inline_syntax(&plan) {
            prop_assert_eq!(shape(&parsed.plan), shape(&plan), "\n{}", text);
            prop_assert_eq!(&parsed.plan, &expected, "\n{}", text);
        }
    }
}
