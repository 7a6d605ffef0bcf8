//! Times every operation on the crowded plan (every list that meets another at its
//! limit; see `hoinghi_tests::generated::crowded`), for BENCHMARKS.md:
//! `cargo run --release -p hoinghi-tests --bin worst-case`. Reports, asserts nothing.

use std::time::{Duration, Instant};

use hoinghi::quorum::{Attendance, Presence};
use hoinghi::render::Format;

/// The median of five runs of `f`.
fn time<T>(mut f: impl FnMut() -> T) -> Duration {
    let mut runs: Vec<Duration> = (0..5)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    runs.sort();
    runs.get(2).copied().unwrap_or_default()
}

fn main() {
    let plan = hoinghi_tests::generated::crowded();
    let json = hoinghi::json::to_string(&plan);
    let attendance = Attendance {
        present: (0..plan.participants.groups.len())
            .map(|group| Presence {
                group,
                entry: 0,
                unit: Some("2".into()),
                count: 1,
            })
            .collect(),
        chairs: vec![0; 100_000],
    };
    let rule = hoinghi::QuorumRule::youth_union_congress();
    println!(
        "crowded plan: {} entries, {} unit groups, {} chairs, {} levels, {} recipients, {} assignments; {} bytes of JSON\n",
        plan.entries().count(),
        plan.units.len(),
        plan.chairs.len(),
        plan.levels.len(),
        plan.recipients.len(),
        plan.assignments.len(),
        json.len()
    );
    println!("| operation | median ms |\n|---|---:|");
    let rows: [(&str, Duration); 10] = [
        ("json::from_str", time(|| hoinghi::json::from_str(&json))),
        ("validate", time(|| hoinghi::validate(&plan))),
        ("count_delegates", time(|| hoinghi::count_delegates(&plan))),
        (
            "quorum::evaluate, no attendance",
            time(|| hoinghi::quorum::evaluate(&plan, &rule, None)),
        ),
        (
            "quorum::evaluate, 50,000 presences and 100,000 chairs",
            time(|| hoinghi::quorum::evaluate(&plan, &rule, Some(&attendance))),
        ),
        (
            "render text",
            time(|| hoinghi::render::render(&plan, Format::Text)),
        ),
        (
            "render Markdown",
            time(|| hoinghi::render::render(&plan, Format::Markdown)),
        ),
        (
            "render HTML",
            time(|| hoinghi::render::render(&plan, Format::Html)),
        ),
        (
            "iCalendar",
            time(|| hoinghi::export::ics::to_icalendar(&plan)),
        ),
        (
            "letters (refused: beyond the limit)",
            time(|| hoinghi::export::letters::letters(&plan)),
        ),
    ];
    for (name, took) in rows {
        println!("| {name} | {:.1} |", took.as_secs_f64() * 1000.0);
    }
}
