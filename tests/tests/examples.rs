//! Every example plan: its text parses into exactly its JSON with nothing left
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // Test code: a panic is a failure report.
//! unrecognised, and survives text and JSON round trips.

use hoinghi_tests::examples;

#[test]
fn there_are_examples_beyond_the_sample() {
    assert!(
        examples().len() >= 4,
        "the sample and at least three other plans"
    );
}

#[test]
fn text_parses_into_the_json() {
    for ex in examples() {
        let parsed = hoinghi::parse_text(&ex.text).unwrap_or_else(|e| panic!("{}: {e}", ex.name));
        let expected =
            hoinghi::json::from_str(&ex.json).unwrap_or_else(|e| panic!("{}: {e}", ex.name));
        assert_eq!(parsed.plan, expected, "{}", ex.name);
        assert!(
            parsed.plan.unrecognised.is_empty(),
            "{}: {:?}",
            ex.name,
            parsed.plan.unrecognised
        );
        assert!(
            parsed.diagnostics.is_empty(),
            "{}: {:?}",
            ex.name,
            parsed.diagnostics
        );
    }
}

#[test]
fn parse_render_parse_is_stable() {
    for ex in examples() {
        let plan = hoinghi::json::from_str(&ex.json).unwrap();
        let again = hoinghi::parse_text(&hoinghi::render::text(&plan)).unwrap();
        assert_eq!(again.plan, plan, "{}", ex.name);
        assert!(
            again.diagnostics.is_empty(),
            "{}: {:?}",
            ex.name,
            again.diagnostics
        );
    }
}

#[test]
fn json_round_trips() {
    for ex in examples() {
        let plan = hoinghi::json::from_str(&ex.json).unwrap();
        assert_eq!(
            hoinghi::json::from_str(&hoinghi::json::to_string(&plan)).unwrap(),
            plan,
            "{}",
            ex.name
        );
        // The committed JSON is what the library writes.
        assert_eq!(
            hoinghi::json::to_string_pretty(&plan) + "\n",
            ex.json.replace("\r\n", "\n"),
            "{}: re-run `hoinghi parse` on the text",
            ex.name
        );
    }
}

/// Removes every kind of white space and Markdown bold, so that corrected spacing
/// ("Số 05 -KH/ĐTN-VP" → "Số 05-KH/ĐTN-VP") compares equal.
fn squash(s: &str) -> String {
    s.replace("**", "")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The official order and headings are the sample's, so every line of it survives;
/// other plans are rewritten into that order (see `parse_render_parse_is_stable`).
#[test]
fn every_sample_line_survives_rendering() {
    for ex in [hoinghi_tests::sample()] {
        let plan = hoinghi::parse_text(&ex.text).unwrap().plan;
        let rendered = squash(&hoinghi::render::text(&plan));
        for line in ex
            .text
            .lines()
            .filter(|l| !l.trim().is_empty() && l.trim() != "-----")
        {
            assert!(
                rendered.contains(&squash(line)),
                "{}: line {line:?} is missing from the rendering",
                ex.name
            );
        }
    }
}

#[test]
fn examples_other_than_the_sample_validate_cleanly() {
    for ex in examples()
        .into_iter()
        .filter(|e| e.name != "ke-hoach-05-KH-DTN-VP")
    {
        let plan = hoinghi::json::from_str(&ex.json).unwrap();
        assert_eq!(hoinghi::validate(&plan), [], "{}", ex.name);
    }
}

#[test]
fn the_generated_national_congress_is_large_valid_and_round_trips() {
    let plan = hoinghi_tests::generated::national_congress(100);
    let count = hoinghi::count_delegates(&plan).unwrap();
    assert!(
        count.min >= 5_000 && count.max == Some(count.min),
        "{count:?}"
    );
    assert!(plan.programme.len() >= 200);
    let mut again = hoinghi::parse_text(&hoinghi::render::text(&plan))
        .unwrap()
        .plan;
    again.layout = None; // the text read back also records its layout
    assert_eq!(again, plan);
}
