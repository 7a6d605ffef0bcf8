//! A plan, a quorum rule and an attendance record (JSON texts separated by NUL bytes):
//! read, checked against each other, rendered and exported, or refused; never a panic
//! or exhausted memory.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut parts = data.split(|b| *b == 0).map(std::str::from_utf8);
    let (Some(Ok(plan)), Some(Ok(rule)), Some(Ok(attendance))) = (parts.next(), parts.next(), parts.next()) else {
        return;
    };
    let Ok(plan) = hoinghi::json::from_str(plan) else { return };
    if let Ok(rule) = hoinghi::json::read::<hoinghi::QuorumRule>(rule) {
        let _ = hoinghi::quorum::evaluate(&plan, &rule, None);
        if let Ok(attendance) = hoinghi::json::read::<hoinghi::Attendance>(attendance) {
            let _ = hoinghi::quorum::evaluate(&plan, &rule, Some(&attendance));
        }
    }
    let _ = hoinghi::render::html(&plan);
    let _ = hoinghi::render::text(&plan);
    let _ = hoinghi::export::ics::to_icalendar(&plan);
    let _ = hoinghi::export::letters::letters(&plan);
});
