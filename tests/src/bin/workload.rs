//! One workload run N times, for counting its instructions where timings are too noisy
//! to compare (a shared virtual machine): `scripts/count-instructions.sh` runs it under
//! callgrind for two revisions, side by side. `workload none|json|text N`: nothing
//! (the set-up alone), serde_json reading the ×100 congress's JSON, or `parse_text`
//! reading its text. Reports, asserts nothing.

use std::hint::black_box;

fn main() {
    let mut args = std::env::args().skip(1);
    let which = args.next().unwrap_or_default();
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let plan = hoinghi_tests::generated::national_congress(100);
    let json = hoinghi::json::to_string(&plan);
    let text = hoinghi::render::text(&plan);
    for _ in 0..n {
        match which.as_str() {
            "json" => {
                black_box(serde_json::from_str::<hoinghi::Plan>(black_box(&json)).ok());
            }
            "text" => {
                black_box(hoinghi::parse_text(black_box(&text)).ok());
            }
            _ => {}
        }
    }
}
