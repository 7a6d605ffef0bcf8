//! Amounts in đồng (VND).

/// "1.500.000": Vietnamese thousands separators.
///
/// ```
/// assert_eq!(hoinghi::money::format_vnd(1_500_000), "1.500.000");
/// ```
#[must_use]
pub fn format_vnd(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}
