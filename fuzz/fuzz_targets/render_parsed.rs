//! Any parsed input renders in every format and exports, and the text rendering reads
//! back without error.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(parsed) = hoinghi::text::parse_bytes(data) else { return };
    let plan = parsed.plan;
    let text = hoinghi::render::text(&plan);
    let _ = hoinghi::render::markdown(&plan);
    let _ = hoinghi::render::html(&plan);
    let _ = hoinghi::export::ics::to_icalendar(&plan);
    let _ = hoinghi::export::letters::letters(&plan);
    let _ = hoinghi::export::docx::plan(&plan);
    let _ = hoinghi::json::from_str(&hoinghi::json::to_string(&plan)).expect("the JSON of a parsed plan reads back");
    let _ = hoinghi::parse_text(&text);
});
