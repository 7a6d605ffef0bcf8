//! A plan, a quorum rule and an attendance record (JSON texts separated by NUL bytes):
//! read, checked against each other, rendered and exported, or refused; never a panic
//! or exhausted memory. Every output is well formed whatever the JSON strings hold
//! (control characters, line breaks, U+FFFE): only characters a document can carry.
#![no_main]

fn clean(what: &str, text: &str, line_ends: &[char]) {
    if let Some(c) = text.chars().find(|c| !hoinghi::chars::is_allowed(*c) && !line_ends.contains(c)) {
        panic!("{what} holds U+{:04X}", u32::from(c));
    }
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut parts = data.split(|b| *b == 0).map(std::str::from_utf8);
    let (Some(Ok(plan)), Some(Ok(rule)), Some(Ok(attendance))) = (parts.next(), parts.next(), parts.next()) else {
        return;
    };
    let Ok(plan) = hoinghi::json::from_str(plan) else { return };
    hoinghi::count_delegates(&plan).expect("a plan that was read counts exactly");
    if let Ok(rule) = hoinghi::json::read::<hoinghi::QuorumRule>(rule) {
        let _ = hoinghi::quorum::evaluate(&plan, &rule, None);
        if let Ok(attendance) = hoinghi::json::read::<hoinghi::Attendance>(attendance) {
            let _ = hoinghi::quorum::evaluate(&plan, &rule, Some(&attendance));
        }
    }
    clean("html", &hoinghi::render::html(&plan), &['\n']);
    clean("markdown", &hoinghi::render::markdown(&plan), &['\n']);
    let text = hoinghi::render::text(&plan);
    clean("text", &text, &['\n']);
    // Each field is one line of the text: a line break in a field is a space.
    let lines = |s: &str| s.chars().filter(|c| hoinghi::chars::is_line_break(*c)).count();
    assert!(text.lines().all(|l| lines(l) == 0));
    if let Ok(ics) = hoinghi::export::ics::to_icalendar(&plan) {
        clean("ics", &ics, &['\r', '\n']);
    }
    if let Ok(letters) = hoinghi::export::letters::Letters::new(&plan) {
        for letter in letters.flatten() {
            clean("letter", &letter.text, &['\n']);
            clean("letter html", &letter.html, &['\n']);
        }
    }
});
