//! Dates and times in fixed formats: `"YYYY-MM-DD"` and `"HH:MM"` in JSON, and the
//! few ways documents write them. Written out here rather than with chrono's
//! `strftime` formatter and parser, which cost ~28 KB in the WebAssembly build for
//! formats that never change.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

/// "08:00".
#[must_use]
pub(crate) fn hh_mm(t: NaiveTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// "08h00", as programmes write times.
#[must_use]
pub(crate) fn hh_h_mm(t: NaiveTime) -> String {
    format!("{:02}h{:02}", t.hour(), t.minute())
}

/// "08 giờ 00", as the time of a conference is written.
#[must_use]
pub(crate) fn gio(t: NaiveTime) -> String {
    format!("{:02} giờ {:02}", t.hour(), t.minute())
}

/// "26/8/2022".
#[must_use]
pub(crate) fn d_m_y(d: NaiveDate) -> String {
    format!("{}/{}/{}", d.day(), d.month(), d.year())
}

/// "2022-08-26".
#[must_use]
pub(crate) fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn number(text: &str, digits: usize) -> Option<u32> {
    (text.len() == digits && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// Reads "HH:MM" (or "HH:MM:00").
#[must_use]
pub(crate) fn parse_hh_mm(text: &str) -> Option<NaiveTime> {
    let mut parts = text.split(':');
    let h = number(parts.next()?, 2)?;
    let m = number(parts.next()?, 2)?;
    match parts.next() {
        None => {}
        Some(s) if number(s, 2) == Some(0) => {}
        Some(_) => return None,
    }
    if parts.next().is_some() {
        return None;
    }
    NaiveTime::from_hms_opt(h, m, 0)
}

/// Reads "YYYY-MM-DD".
#[must_use]
pub(crate) fn parse_iso(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('-');
    let y = i32::try_from(number(parts.next()?, 4)?).ok()?;
    let m = number(parts.next()?, 2)?;
    let d = number(parts.next()?, 2)?;
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The error for `text` that is not `what`.
fn expected<E: serde::de::Error>(what: &str, text: &str) -> E {
    E::custom(format!("expected {what}, got {text:?}"))
}

/// Serde for `Option<NaiveTime>` as `"HH:MM"`.
pub(crate) mod opt {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    // Serde's `with` contract passes `&Option<T>`.
    #[allow(clippy::ref_option)]
    pub(crate) fn serialize<S: Serializer>(
        value: &Option<NaiveTime>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(t) => s.serialize_str(&super::hh_mm(*t)),
            None => s.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<NaiveTime>, D::Error> {
        let raw: Option<String> = Option::deserialize(d)?;
        raw.map(|text| {
            super::parse_hh_mm(&text).ok_or_else(|| super::expected("a time \"HH:MM\"", &text))
        })
        .transpose()
    }
}

/// Serde for `NaiveDate` as `"YYYY-MM-DD"`.
pub(crate) mod date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    const DATE: &str = "a date \"YYYY-MM-DD\"";

    pub(crate) fn serialize<S: Serializer>(value: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::iso(*value))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(d)?;
        super::parse_iso(&text).ok_or_else(|| super::expected(DATE, &text))
    }

    /// Serde for `Option<NaiveDate>`.
    pub(crate) mod opt {
        use chrono::NaiveDate;
        use serde::{Deserialize, Deserializer, Serializer};

        #[allow(clippy::ref_option)]
        pub(crate) fn serialize<S: Serializer>(
            value: &Option<NaiveDate>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            match value {
                Some(d) => s.serialize_str(&super::super::iso(*d)),
                None => s.serialize_none(),
            }
        }

        pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<NaiveDate>, D::Error> {
            let raw: Option<String> = Option::deserialize(d)?;
            raw.map(|text| {
                super::super::parse_iso(&text)
                    .ok_or_else(|| super::super::expected(super::DATE, &text))
            })
            .transpose()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_formats_round_trip() {
        let t = NaiveTime::from_hms_opt(8, 5, 0).unwrap();
        assert_eq!(
            (hh_mm(t), hh_h_mm(t), gio(t)),
            ("08:05".into(), "08h05".into(), "08 giờ 05".into())
        );
        assert_eq!(parse_hh_mm("08:05"), Some(t));
        assert_eq!(parse_hh_mm("08:05:00"), Some(t));
        for bad in [
            "8:05",
            "08:5",
            "25:00",
            "08:05:30",
            "08:05:00:00",
            "ab:cd",
            "",
        ] {
            assert_eq!(parse_hh_mm(bad), None, "{bad}");
        }
        let d = NaiveDate::from_ymd_opt(2022, 8, 6).unwrap();
        assert_eq!((iso(d), d_m_y(d)), ("2022-08-06".into(), "6/8/2022".into()));
        assert_eq!(parse_iso("2022-08-06"), Some(d));
        for bad in [
            "2022-8-06",
            "2022-02-30",
            "22-08-06",
            "2022-08-06x",
            "2022-08-06-01",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
    }
}
