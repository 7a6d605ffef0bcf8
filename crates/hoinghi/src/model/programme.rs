use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::period::ReportingPeriod;

/// Nội dung chương trình: one programme item, possibly with sub-items.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProgrammeItem {
    /// Start time ("08h00").
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
    /// End time ("08h30").
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
    /// What happens, as written.
    pub text: String,
    /// Người trình bày: who presents it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presenter: Option<String>,
    /// Kỳ báo cáo: the reporting period the item names ("08 tháng đầu năm 2022").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporting_period: Option<ReportingPeriod>,
    /// Sub-items (the "+" topics of a discussion), at most
    /// [`crate::limits::MAX_PROGRAMME_DEPTH`] levels deep.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::nested_items"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<ProgrammeItem>>"))]
    pub items: Vec<ProgrammeItem>,
}

impl ProgrammeItem {
    /// An untimed item with this text.
    #[must_use]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            start: None,
            end: None,
            text: text.into(),
            presenter: None,
            reporting_period: None,
            items: Vec::new(),
        }
    }
}

/// Phân công: one body and its tasks.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Assignment {
    /// The body assigned ("Văn phòng Quận Đoàn").
    pub body: String,
    /// Nhiệm vụ: its tasks, in order (one paragraph each).
    #[serde(default, deserialize_with = "crate::de::nullable")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<String>>"))]
    pub tasks: Vec<String>,
    /// Thời hạn: the deadline, when given.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::clock::date::opt"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<NaiveDate>"))]
    pub deadline: Option<NaiveDate>,
}
