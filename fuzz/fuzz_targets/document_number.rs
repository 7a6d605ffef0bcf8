//! Any text as a number and symbol: parsed or refused; a parsed one formats and reads
//! back to itself.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(number) = text.parse::<hoinghi::DocumentNumber>() {
        let again: hoinghi::DocumentNumber = number.to_string().parse().expect("a formatted number reads back");
        assert_eq!(again, number);
    }
});
