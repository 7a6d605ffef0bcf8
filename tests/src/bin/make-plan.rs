//! Prints a generated plan for the JavaScript benchmark and tests:
//! `cargo run -p hoinghi-tests --bin make-plan -- SCALE|crowded [json|text]`
//! (a national congress of that scale, or the plan with every list at its limit).

fn main() {
    let mut args = std::env::args().skip(1);
    let plan = match args.next().as_deref() {
        Some("crowded") => hoinghi_tests::generated::crowded(),
        scale => hoinghi_tests::generated::national_congress(
            scale.and_then(|s| s.parse().ok()).unwrap_or(100),
        ),
    };
    match args.next().as_deref() {
        Some("text") => print!("{}", hoinghi::render::text(&plan)),
        _ => println!("{}", hoinghi::json::to_string(&plan)),
    }
}
