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
    /// Thời lượng: how long the conference lasts in days or sessions, as plans say it
    /// ("01 ngày", "1/2 ngày", "01 buổi").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<DaySpan>,
    /// Buổi: the part of the day ("sáng ngày 20/3"), when no time is given or beside it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of_day: Option<PartOfDay>,
    /// The weekday as written ("Thứ Sáu"), checked against the date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekday_label: Option<String>,
}

/// Thời lượng: a length in days or in sessions ("01 ngày", "1/2 ngày", "02 buổi").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DaySpan {
    /// How many units (at least 1).
    pub count: u32,
    /// Which unit.
    pub unit: SpanUnit,
}

/// The unit of a [`DaySpan`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum SpanUnit {
    /// Ngày: a whole day ("01 ngày").
    Day,
    /// Nửa ngày: half a day ("1/2 ngày", "nửa ngày").
    HalfDay,
    /// Buổi: a morning, afternoon or evening session ("01 buổi").
    Session,
}

impl DaySpan {
    /// As plans write it: "01 ngày", "1/2 ngày", "02 buổi" (two digits, as offices do).
    #[must_use]
    pub fn written(self) -> String {
        match self.unit {
            SpanUnit::Day => format!("{:02} ngày", self.count),
            SpanUnit::HalfDay if self.count == 1 => "1/2 ngày".to_owned(),
            SpanUnit::HalfDay => format!("{:02} nửa ngày", self.count),
            SpanUnit::Session => format!("{:02} buổi", self.count),
        }
    }
}

/// Buổi: the part of the day a conference is held in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum PartOfDay {
    /// Sáng.
    Morning,
    /// Trưa.
    Noon,
    /// Chiều.
    Afternoon,
    /// Tối.
    Evening,
}

impl PartOfDay {
    /// The Vietnamese word: "sáng", "trưa", "chiều", "tối".
    #[must_use]
    pub fn word(self) -> &'static str {
        match self {
            Self::Morning => "sáng",
            Self::Noon => "trưa",
            Self::Afternoon => "chiều",
            Self::Evening => "tối",
        }
    }
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
            span: None,
            part_of_day: None,
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
