//! Writing a plan as a document: plain text ([`text`]), Markdown ([`markdown`]) and
//! self-contained HTML for A4 printing ([`html`]).
//!
//! All three follow one outline ([`outline()`](fn@outline)) in the official order and wording, so
//! they never disagree. The text form reads back into the same plan with
//! [`crate::parse_text`].

mod html;
mod markdown;
pub mod outline;
mod plain;

pub use html::{blocks_html, escape as html_escape, html};
pub use markdown::markdown;
#[doc(inline)]
pub use outline::outline;
pub use outline::{schedule_line, Block};
pub use plain::{blocks_text, text};

/// The output formats of [`render`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// HTML (one self-contained document).
    Html,
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "text" | "txt" => Ok(Self::Text),
            "markdown" | "md" => Ok(Self::Markdown),
            "html" => Ok(Self::Html),
            other => Err(format!(
                "unknown format {other:?}: expected text, markdown or html"
            )),
        }
    }
}

/// Renders `plan` in `format`.
#[must_use]
pub fn render(plan: &crate::Plan, format: Format) -> String {
    match format {
        Format::Text => text(plan),
        Format::Markdown => markdown(plan),
        Format::Html => html(plan),
    }
}

/// "ngày 05 tháng 02 năm 2024": days below 10 and months below 3 are zero-padded
/// (Nghị định 30/2020/NĐ-CP).
#[must_use]
pub fn spelled_date(date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let month = if date.month() < 3 {
        format!("{:02}", date.month())
    } else {
        date.month().to_string()
    };
    format!("ngày {:02} tháng {month} năm {}", date.day(), date.year())
}
