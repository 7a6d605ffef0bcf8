//! Prints a generated national-congress plan for the JavaScript benchmark:
//! `cargo run -p hoinghi-tests --bin make-plan -- SCALE [json|text]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let scale = args.next().and_then(|s| s.parse().ok()).unwrap_or(100);
    let plan = hoinghi_tests::generated::national_congress(scale);
    match args.next().as_deref() {
        Some("text") => print!("{}", hoinghi::render::text(&plan)),
        _ => println!("{}", hoinghi::json::to_string(&plan)),
    }
}
