//! Thứ: weekday labels as offices write them.

use chrono::Weekday;

/// Reads "Thứ Hai"…"Thứ Bảy", "Thứ 2"…"Thứ 7", "Chủ nhật", "CN" (any case).
///
/// ```
/// assert_eq!(hoinghi::weekday::parse("Thứ Sáu"), Some(chrono::Weekday::Fri));
/// assert_eq!(hoinghi::weekday::parse("thứ 6"), Some(chrono::Weekday::Fri));
/// ```
#[must_use]
pub fn parse(label: &str) -> Option<Weekday> {
    let n = crate::names::normalise(label);
    let rest = n.strip_prefix("thứ ").map(str::trim);
    Some(match (n.as_str(), rest) {
        ("chủ nhật" | "cn", _) => Weekday::Sun,
        (_, Some("hai" | "2")) => Weekday::Mon,
        (_, Some("ba" | "3")) => Weekday::Tue,
        (_, Some("tư" | "4")) => Weekday::Wed,
        (_, Some("năm" | "5")) => Weekday::Thu,
        (_, Some("sáu" | "6")) => Weekday::Fri,
        (_, Some("bảy" | "7")) => Weekday::Sat,
        _ => return None,
    })
}

/// The label of a weekday ("Thứ Sáu", "Chủ nhật").
#[must_use]
pub fn label(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Thứ Hai",
        Weekday::Tue => "Thứ Ba",
        Weekday::Wed => "Thứ Tư",
        Weekday::Thu => "Thứ Năm",
        Weekday::Fri => "Thứ Sáu",
        Weekday::Sat => "Thứ Bảy",
        Weekday::Sun => "Chủ nhật",
    }
}
