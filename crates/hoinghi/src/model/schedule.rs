use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// Thời gian: when the conference is held.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Schedule {
    /// Dự kiến: the time is provisional.
    #[serde(default, deserialize_with = "crate::de::nullable")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<bool>"))]
    pub tentative: bool,
    /// The (first) day.
    #[serde(with = "crate::clock::date")]
    #[cfg_attr(feature = "schema", schemars(with = "NaiveDate"))]
    pub date: NaiveDate,
    /// The last day of a conference of several days.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::clock::date::opt"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<NaiveDate>"))]
    pub end_date: Option<NaiveDate>,
    /// Start time, local (Asia/Ho_Chi_Minh).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::clock::opt"
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<String>", regex(pattern = r"^\d{2}:\d{2}$"))
    )]
    pub start: Option<NaiveTime>,
    /// End time, local.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::clock::opt"
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<String>", regex(pattern = r"^\d{2}:\d{2}$"))
    )]
    pub end: Option<NaiveTime>,
    /// Duration in minutes, when given instead of an end time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<u32>,
    /// The weekday as written ("Thứ Sáu"), checked against the date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekday_label: Option<String>,
}

impl Schedule {
    /// A schedule on `date` with nothing else set.
    #[must_use]
    pub fn on(date: NaiveDate) -> Self {
        Self {
            tentative: false,
            date,
            end_date: None,
            start: None,
            end: None,
            duration_minutes: None,
            weekday_label: None,
        }
    }

    /// The end time: the stated end, else start plus duration (when it stays within the day).
    #[must_use]
    pub fn effective_end(&self) -> Option<NaiveTime> {
        if let Some(end) = self.end {
            return Some(end);
        }
        let start = self.start?;
        let minutes = i64::from(self.duration_minutes?);
        let (end, wrapped) = start.overflowing_add_signed(chrono::Duration::minutes(minutes));
        (wrapped == 0).then_some(end)
    }
}

/// Địa điểm: the venue.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Venue {
    /// The venue as written ("Hội trường 2 - Ủy ban Nhân dân Quận").
    pub name: String,
    /// Sức chứa: seats, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
}

/// Hình thức: how the conference is held.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Mode {
    /// Trực tiếp: in person.
    #[default]
    InPerson,
    /// Trực tuyến: online, across sites.
    Online,
    /// Trực tiếp kết hợp trực tuyến: in person and online.
    Hybrid,
}

impl Mode {
    /// Whether this is [`Mode::InPerson`] (the default, omitted in JSON).
    #[must_use]
    pub fn is_in_person(&self) -> bool {
        matches!(self, Self::InPerson)
    }
}

/// Điểm cầu: one site of an online or hybrid conference.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Site {
    /// Điểm cầu chính: the host site.
    #[serde(default, deserialize_with = "crate::de::nullable")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<bool>"))]
    pub host: bool,
    /// The site as written.
    pub name: String,
    /// Seats, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
}
