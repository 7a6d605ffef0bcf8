//! The summary an office secretary reads first.

use hoinghi::{DelegateCount, Diagnostic, Locale, Plan, Severity};
use serde::Serialize;

use crate::terminal::shown;

/// The plan's key facts, for `--format json`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Facts {
    issuer: String,
    number: Option<String>,
    date: Option<String>,
    title: String,
    start: Option<String>,
    venue: Option<String>,
    programme_items: usize,
}

pub(crate) fn facts(plan: &Plan, _count: &DelegateCount) -> Facts {
    Facts {
        issuer: plan.header.issuer.clone(),
        number: plan.header.number.as_ref().map(ToString::to_string),
        date: plan.header.date.map(|d| d.to_string()),
        title: plan.header.title.clone(),
        start: plan.schedule.as_ref().map(|s| match s.start {
            Some(t) => format!("{}T{}", s.date, t.format("%H:%M")),
            None => s.date.to_string(),
        }),
        venue: plan.venue.as_ref().map(|v| v.name.clone()),
        programme_items: plan.programme.len(),
    }
}

/// "37 + 1 mục chưa rõ số lượng / dự kiến 50" ("dự kiến khoảng 120" when the plan says
/// its total is approximate).
fn delegates(count: &DelegateCount, approximate: bool, locale: Locale) -> String {
    let unknown = count.unknown.len();
    let mut s = match count.max {
        Some(max) if max == count.min => count.min.to_string(),
        Some(max) => format!("{}–{max}", count.min),
        None => match locale {
            Locale::Vi => format!("{} + {unknown} mục chưa rõ số lượng", count.min),
            Locale::En => format!(
                "{} + {unknown} entr{} of unknown size",
                count.min,
                if unknown == 1 { "y" } else { "ies" }
            ),
        },
    };
    if let Some(limit) = count.limit {
        s.push_str(&match locale {
            Locale::Vi if approximate => format!(" / dự kiến khoảng {limit}"),
            Locale::Vi => format!(" / dự kiến {limit}"),
            Locale::En if approximate => format!(" / planned about {limit}"),
            Locale::En => format!(" / planned {limit}"),
        });
    }
    s
}

pub(crate) fn human(
    plan: &Plan,
    count: &DelegateCount,
    diagnostics: &[Diagnostic],
    locale: Locale,
) -> String {
    let vi = locale == Locale::Vi;
    let label = |v: &'static str, e: &'static str| if vi { v } else { e };
    let none = label("(không có)", "(none)");
    let h = &plan.header;
    let mut out = String::new();
    // Every value from the plan is shown escaped: a name holding ESC sequences must
    // not clear the screen or hide the count of errors.
    out.push_str(&format!(
        "{}: {}\n",
        label("Cơ quan ban hành", "Issuer"),
        shown(&h.issuer)
    ));
    out.push_str(&format!(
        "{}: {}\n",
        label("Số, ký hiệu", "Number"),
        shown(
            &h.number
                .as_ref()
                .map_or_else(|| none.to_owned(), ToString::to_string)
        )
    ));
    out.push_str(&format!(
        "{}: {}\n",
        label("Ngày ban hành", "Issued"),
        h.date
            .map_or_else(|| none.to_owned(), |d| d.format("%d/%m/%Y").to_string())
    ));
    out.push_str(&format!(
        "{}: {} {}\n",
        label("Văn bản", "Document"),
        shown(&h.document_type),
        shown(&h.title)
    ));
    let time = plan.schedule.as_ref().map_or_else(
        || none.to_owned(),
        |s| {
            let mut t = s
                .start
                .map(|t| format!("{} ", t.format("%H:%M")))
                .unwrap_or_default();
            t.push_str(&s.date.format("%d/%m/%Y").to_string());
            if let Some(w) = &s.weekday_label {
                t.push_str(&format!(" ({})", shown(w)));
            }
            if s.tentative {
                t.push_str(label(", dự kiến", ", provisional"));
            }
            t
        },
    );
    out.push_str(&format!("{}: {time}\n", label("Thời gian", "Time")));
    out.push_str(&format!(
        "{}: {}\n",
        label("Địa điểm", "Venue"),
        shown(plan.venue.as_ref().map_or(none, |v| v.name.as_str()))
    ));
    out.push_str(&format!(
        "{}: {}\n",
        label("Đại biểu", "Delegates"),
        delegates(count, plan.participants.expected_approximate, locale)
    ));
    out.push_str(&format!(
        "{}: {} {}\n",
        label("Chương trình", "Programme"),
        plan.programme.len(),
        label("mục", "items")
    ));
    out.push('\n');
    if diagnostics.is_empty() {
        out.push_str(label("Không phát hiện vấn đề.\n", "No problems found.\n"));
        return out;
    }
    let n = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    out.push_str(&if vi {
        format!(
            "{} lỗi, {} cảnh báo, {} thông tin:\n",
            n(Severity::Error),
            n(Severity::Warning),
            n(Severity::Info)
        )
    } else {
        format!(
            "{} errors, {} warnings, {} notes:\n",
            n(Severity::Error),
            n(Severity::Warning),
            n(Severity::Info)
        )
    });
    for d in diagnostics {
        let at = match (hoinghi::docx::location(d), d.source) {
            (Some(place), _) => format!(" ({})", place.get(locale)),
            (None, Some(s)) => format!(" ({} {})", label("dòng", "line"), s.line),
            (None, None) => String::new(),
        };
        out.push_str(&format!(
            "  {} [{}] {}{at}\n    {}\n",
            d.severity.label(locale),
            d.code,
            shown(&d.path),
            shown(d.message.get(locale))
        ));
        if let Some(help) = &d.help {
            out.push_str(&format!("    → {}\n", shown(help.get(locale))));
        }
    }
    out
}
