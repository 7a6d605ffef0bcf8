//! Cấp: organisational levels as data, with presets for the structures before and
//! after 1 July 2025 (when district-level government was abolished).
//!
//! A plan carries its own [`Level`] list; these presets only help to recognise
//! headings ("2.1 Cấp thành phố") and to start new plans.

use chrono::NaiveDate;

use crate::model::Level;
use crate::names;

/// A named set of levels, highest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preset {
    /// Stable identifier ("youth-union-2013", "two-level-2025").
    pub id: &'static str,
    /// Description in English.
    pub description: &'static str,
    /// (level id, accepted headings; the first is the canonical one).
    pub levels: &'static [(&'static str, &'static [&'static str])],
}

/// Central / province-city / district / grassroots, in force until 30 June 2025
/// (Youth Union format rules of 2013).
pub const YOUTH_UNION_2013: Preset = Preset {
    id: "youth-union-2013",
    description: "central, province or city, district, grassroots (until 30 June 2025)",
    levels: &[
        ("central", &["Cấp Trung ương"]),
        (
            "province",
            &[
                "Cấp tỉnh",
                "Cấp thành phố",
                "Cấp tỉnh, thành phố",
                "Cấp Thành phố",
            ],
        ),
        (
            "district",
            &[
                "Cấp huyện",
                "Cấp quận",
                "Cấp quận, huyện",
                "Cấp huyện, quận",
                "Cấp thị xã",
            ],
        ),
        ("grassroots", &["Cấp cơ sở"]),
    ],
};

/// Central / province-city / commune-ward / grassroots, from 1 July 2025 (two-level
/// local government).
pub const TWO_LEVEL_2025: Preset = Preset {
    id: "two-level-2025",
    description: "central, province or city, commune or ward, grassroots (from 1 July 2025)",
    levels: &[
        ("central", &["Cấp Trung ương"]),
        (
            "province",
            &["Cấp tỉnh", "Cấp thành phố", "Cấp tỉnh, thành phố"],
        ),
        (
            "commune",
            &[
                "Cấp xã",
                "Cấp phường",
                "Cấp xã, phường",
                "Cấp phường, xã",
                "Cấp đặc khu",
            ],
        ),
        ("grassroots", &["Cấp cơ sở"]),
    ],
};

/// Every preset.
pub const PRESETS: [Preset; 2] = [YOUTH_UNION_2013, TWO_LEVEL_2025];

/// The date the two-level structure took effect.
#[must_use]
pub fn two_level_from() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2025, 7, 1)
}

/// The preset in force on `date` (the 2013 one when no date is known).
#[must_use]
pub fn preset_for(date: Option<NaiveDate>) -> Preset {
    match (date, two_level_from()) {
        (Some(d), Some(from)) if d >= from => TWO_LEVEL_2025,
        _ => YOUTH_UNION_2013,
    }
}

impl Preset {
    /// This preset's levels, with their canonical headings.
    #[must_use]
    pub fn levels(&self) -> Vec<Level> {
        self.levels
            .iter()
            .filter_map(|(id, headings)| {
                headings.first().map(|h| Level {
                    id: (*id).to_owned(),
                    name: (*h).to_owned(),
                })
            })
            .collect()
    }

    /// The level id a heading names ("Cấp thành phố" → "province"), if this preset has it.
    #[must_use]
    pub fn recognise(&self, heading: &str) -> Option<&'static str> {
        self.recognise_normalised(&names::normalise(heading))
    }

    /// [`Preset::recognise`] for a heading already [normalised](names::normalise).
    #[must_use]
    pub fn recognise_normalised(&self, heading: &str) -> Option<&'static str> {
        // The headings are written normalised but for capitals (checked in the tests),
        // so lower-casing them is their normal form: no allocation per heading.
        // Lower-casing them keeps their length in bytes (checked in the tests too): a
        // heading of another length is another heading, rejected without decoding.
        let same = |h: &&str| {
            heading.len() == h.len() && heading.chars().eq(h.chars().flat_map(crate::case::lower))
        };
        self.levels
            .iter()
            .find(|(_, headings)| headings.iter().any(same))
            .map(|(id, _)| *id)
    }

    /// The position of a level id in this preset (for ordering), if present.
    #[must_use]
    pub fn rank(&self, id: &str) -> Option<usize> {
        self.levels.iter().position(|(l, _)| *l == id)
    }
}

/// Whether a level is the grassroots level (units such as "cơ sở Đoàn").
#[must_use]
pub fn is_grassroots(level: &Level) -> bool {
    level.id == "grassroots" || names::normalise(&level.name).contains("cơ sở")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preset_headings_are_normalised_but_for_capitals() {
        for preset in PRESETS {
            for (_, headings) in preset.levels {
                for h in *headings {
                    assert_eq!(names::normalise(h), h.to_lowercase(), "{h}");
                    assert_eq!(h.to_lowercase().len(), h.len(), "{h}");
                }
            }
        }
        assert_eq!(
            TWO_LEVEL_2025.recognise("CÁC  cấp xã, phường:"),
            Some("commune")
        );
    }

    #[test]
    fn presets_follow_the_2025_reform() {
        let before = NaiveDate::from_ymd_opt(2022, 8, 18);
        let after = NaiveDate::from_ymd_opt(2025, 7, 1);
        assert_eq!(preset_for(before).id, "youth-union-2013");
        assert_eq!(preset_for(after).id, "two-level-2025");
        assert_eq!(YOUTH_UNION_2013.recognise("cấp quận"), Some("district"));
        assert_eq!(TWO_LEVEL_2025.recognise("Cấp quận"), None);
        assert_eq!(TWO_LEVEL_2025.recognise("Cấp xã"), Some("commune"));
        assert_eq!(TWO_LEVEL_2025.levels().len(), 4);
    }
}
