//! Inputs the fuzzers once broke (tests/fuzz-regressions/), replayed through the same
//! invariants as the fuzz targets in fuzz/.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // Test code.

#[test]
fn every_kept_crash_now_passes_the_fuzz_invariants() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz-regressions");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        seen += 1;
        if let Ok(text) = std::str::from_utf8(&bytes) {
            if let Ok(number) = text.parse::<hoinghi::DocumentNumber>() {
                assert_eq!(
                    number
                        .to_string()
                        .parse::<hoinghi::DocumentNumber>()
                        .unwrap(),
                    number,
                    "{path:?}"
                );
            }
            if let Ok(plan) = hoinghi::json::from_str(text) {
                let _ = hoinghi::validate(&plan);
            }
        }
        // docx_read: a coded error or a plan, never a panic.
        if let Err(e) = hoinghi::docx::read(&bytes) {
            assert!(!e.code().is_empty());
        }
        let Ok(parsed) = hoinghi::text::parse_bytes(&bytes) else {
            continue;
        };
        let plan = parsed.plan;
        let _ = hoinghi::validate(&plan);
        hoinghi::count_delegates(&plan).unwrap();
        let clean = |text: &str, ends: &[char]| {
            text.chars()
                .all(|c| hoinghi::chars::is_allowed(c) || ends.contains(&c))
        };
        assert!(clean(&hoinghi::render::html(&plan), &['\n']), "{path:?}");
        assert!(clean(&hoinghi::render::text(&plan), &['\n']), "{path:?}");
        if let Ok(ics) = hoinghi::export::ics::to_icalendar(&plan) {
            assert!(clean(&ics, &['\r', '\n']), "{path:?}");
        }
        let _ = hoinghi::export::docx::plan(&plan);
        let again = hoinghi::json::from_str(&hoinghi::json::to_string(&plan))
            .unwrap_or_else(|e| panic!("{path:?}: {e}"));
        assert_eq!(again, plan, "{path:?}");
        hoinghi::parse_text(&hoinghi::render::text(&plan)).unwrap();
    }
    assert!(seen > 0);
}
