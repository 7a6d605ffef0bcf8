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
pub use outline::{schedule_line, Block, ColumnRow};
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

/// Renders `plan` in `format`: as its author wrote it, when it was read from a
/// document and is unchanged since (see [`crate::model::Layout`]), else in the
/// official layout.
#[must_use]
pub fn render(plan: &crate::Plan, format: Format) -> String {
    match format {
        Format::Text => text(plan),
        Format::Markdown => markdown(plan),
        Format::Html => html(plan),
    }
}

/// How to lay a plan out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RenderOptions {
    /// Thể thức chuẩn: the official layout (NĐ 30/2020 and the Youth Union guidance:
    /// sections in the official order, Roman numerals, headings and dates in the
    /// official wording) instead of the author's. [`official_changes`] lists what it
    /// changes.
    #[serde(default)]
    pub official: bool,
}

/// Renders `plan` in `format` with `options`.
///
/// ```
/// let text = include_str!("../../../../examples/plans/ke-hoach-45-KH-UBND-xa-nha-be-2025.txt");
/// let plan = hoinghi::parse_text(text)?.plan;
/// let official = hoinghi::render::render_with(&plan, hoinghi::render::Format::Text, hoinghi::render::RenderOptions { official: true });
/// assert!(official.contains("I. MỤC ĐÍCH, YÊU CẦU"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn render_with(plan: &crate::Plan, format: Format, options: RenderOptions) -> String {
    if !options.official || plan.layout.is_none() {
        return render(plan, format);
    }
    let mut bare = plan.clone();
    bare.layout = None;
    render(&bare, format)
}

/// One change the official layout makes to the author's document: lines of the
/// author's text it removes and the lines it writes instead, in document order.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LayoutChange {
    /// The author's lines (empty when the official layout only adds).
    pub removed: Vec<String>,
    /// The official lines (empty when it only removes).
    pub added: Vec<String>,
}

/// What rendering `plan` in the official layout changes in the author's text, line
/// by line (blank lines aside); empty when the plan has no author's layout, or it
/// is already official.
#[must_use]
pub fn official_changes(plan: &crate::Plan) -> Vec<LayoutChange> {
    if plan.current_layout().is_none() {
        return Vec::new();
    }
    let lines = |text: String| -> Vec<String> {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let author = lines(text(plan));
    let official = lines(render_with(
        plan,
        Format::Text,
        RenderOptions { official: true },
    ));
    let mut changes = Vec::new();
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &author, &official) {
        let (removed, added) = match op {
            similar::DiffOp::Equal { .. } => continue,
            similar::DiffOp::Delete {
                old_index, old_len, ..
            } => (author.get(old_index..old_index + old_len), None),
            similar::DiffOp::Insert {
                new_index, new_len, ..
            } => (None, official.get(new_index..new_index + new_len)),
            similar::DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (
                author.get(old_index..old_index + old_len),
                official.get(new_index..new_index + new_len),
            ),
        };
        changes.push(LayoutChange {
            removed: removed.map(<[String]>::to_vec).unwrap_or_default(),
            added: added.map(<[String]>::to_vec).unwrap_or_default(),
        });
    }
    changes
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
