//! Any bytes: read as a plan (or refused with an error), never a panic.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(parsed) = hoinghi::text::parse_bytes(data) {
        let _ = hoinghi::validate(&parsed.plan);
        hoinghi::count_delegates(&parsed.plan).expect("a plan that was read counts exactly");
    }
});
