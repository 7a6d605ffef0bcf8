//! Times of day as `"HH:MM"` strings in JSON.

/// Serde helpers for `Option<NaiveTime>` as `"HH:MM"` (seconds are rejected on input
/// unless zero, and never written).
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
            Some(t) => s.serialize_str(&t.format("%H:%M").to_string()),
            None => s.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<NaiveTime>, D::Error> {
        let raw: Option<String> = Option::deserialize(d)?;
        raw.map(|text| {
            NaiveTime::parse_from_str(&text, "%H:%M")
                .or_else(|_| NaiveTime::parse_from_str(&text, "%H:%M:%S"))
                .map_err(|_| {
                    serde::de::Error::custom(format!("expected a time \"HH:MM\", got {text:?}"))
                })
                .and_then(|t| {
                    if chrono::Timelike::second(&t) == 0 {
                        Ok(t)
                    } else {
                        Err(serde::de::Error::custom("times are whole minutes"))
                    }
                })
        })
        .transpose()
    }
}
