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
        let parsed = hoinghi::parse_text(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
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
