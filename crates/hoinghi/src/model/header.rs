use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::number::DocumentNumber;
use crate::period::ReportingPeriod;

/// Thể thức văn bản: the header block and title of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Header {
    /// Tiêu đề / Quốc hiệu: the heading line(s), e.g. "ĐOÀN TNCS HỒ CHÍ MINH", or the
    /// state motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc".
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<String>>"))]
    pub heading: Vec<String>,
    /// Cơ quan cấp trên: the superior body ("THÀNH ĐOÀN TP. HỒ CHÍ MINH").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub superior: Option<String>,
    /// Cơ quan ban hành: the issuing body ("BCH ĐOÀN QUẬN 12").
    pub issuer: String,
    /// Số, ký hiệu: number and symbol ("05-KH/ĐTN-VP").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<DocumentNumber>,
    /// Địa danh: the place of issue ("Quận 12").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Ngày ban hành: the date of issue.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::clock::date::opt"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<NaiveDate>"))]
    pub date: Option<NaiveDate>,
    /// Tên loại: the document type as written ("KẾ HOẠCH").
    pub document_type: String,
    /// Trích yếu: the title, one line.
    pub title: String,
    /// Kỳ báo cáo: the reporting period the title names ("6 tháng đầu năm 2022").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporting_period: Option<ReportingPeriod>,
}

impl Header {
    /// A header with only the issuer, type "KẾ HOẠCH" and title.
    #[must_use]
    pub fn new(issuer: impl Into<String>, title: impl Into<String>) -> Self {
        Self {
            heading: Vec::new(),
            superior: None,
            issuer: issuer.into(),
            number: None,
            place: None,
            date: None,
            document_type: "KẾ HOẠCH".to_owned(),
            title: title.into(),
            reporting_period: None,
        }
    }
}

pub use crate::number::NumberStyle;
