//! Any JSON-ish text: read, validated, counted, quorum-checked, or refused.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(plan) = hoinghi::json::from_str(text) {
        let _ = hoinghi::validate(&plan);
        hoinghi::count_delegates(&plan).expect("a plan that was read counts exactly");
        let _ = hoinghi::quorum::evaluate(&plan, &hoinghi::QuorumRule::youth_union_congress(), None);
        if let Some(rule) = &plan.quorum {
            let _ = hoinghi::quorum::evaluate(&plan, rule, Some(&hoinghi::Attendance::default()));
        }
    }
});
