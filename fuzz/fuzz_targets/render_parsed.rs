//! Any parsed input renders in every format and exports, and the text rendering reads
//! back without error. Every output is well formed: only characters a document can
//! carry (hoinghi::chars), line ends only where the format puts them.
#![no_main]

fn clean(what: &str, text: &str, line_ends: &[char]) {
    if let Some(c) = text.chars().find(|c| !hoinghi::chars::is_allowed(*c) && !line_ends.contains(c)) {
        panic!("{what} holds U+{:04X}", u32::from(c));
    }
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(parsed) = hoinghi::text::parse_bytes(data) else { return };
    let plan = parsed.plan;
    hoinghi::count_delegates(&plan).expect("a plan that was read counts exactly");
    let text = hoinghi::render::text(&plan);
    clean("text", &text, &['\n']);
    clean("markdown", &hoinghi::render::markdown(&plan), &['\n']);
    clean("html", &hoinghi::render::html(&plan), &['\n']);
    if let Ok(ics) = hoinghi::export::ics::to_icalendar(&plan) {
        clean("ics", &ics, &['\r', '\n']);
    }
    if let Ok(letters) = hoinghi::export::letters::Letters::new(&plan) {
        for letter in letters.flatten() {
            clean("letter", &letter.text, &['\n']);
        }
    }
    let _ = hoinghi::export::docx::plan(&plan);
    let _ = hoinghi::json::from_str(&hoinghi::json::to_string(&plan)).expect("the JSON of a parsed plan reads back");
    let _ = hoinghi::parse_text(&text);
});
