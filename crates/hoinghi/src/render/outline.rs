//! The document outline shared by every renderer.

use crate::model::{
    Headcount, Layout, LineRole, Mode, Part, ParticipantEntry, Plan, ProgrammeItem, SectionKey,
};

use super::spelled_date;

/// One block of the rendered document, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Block {
    /// The two-column header: issuing side (superior, issuer, number) and heading
    /// side (heading lines, place and date).
    Header {
        /// Superior body.
        superior: Option<String>,
        /// Issuing body.
        issuer: String,
        /// "Số 05-KH/ĐTN-VP".
        number: Option<String>,
        /// Heading lines.
        heading: Vec<String>,
        /// "Quận 12, ngày 18 tháng 8 năm 2022".
        place_date: Option<String>,
    },
    /// Document type and title.
    Title {
        /// "KẾ HOẠCH".
        document_type: String,
        /// Trích yếu.
        title: String,
    },
    /// "I. MỤC ĐÍCH, YÊU CẦU".
    Section(String),
    /// "1. Chủ trì hội nghị:" (level 1) or "2.1 Cấp thành phố" (level 2).
    Subsection {
        /// 1 or 2.
        level: u8,
        /// The heading text.
        text: String,
    },
    /// A paragraph.
    Paragraph(String),
    /// A list item; depth 1 is "-", 2 is "+", 3 is "◦".
    Item {
        /// 1 to 3.
        depth: u8,
        /// The item text.
        text: String,
    },
    /// The signature block lines (authority and body, title, name).
    Signature(Vec<String>),
    /// The recipients, archive copy last.
    Recipients(Vec<String>),
    /// A row of a table as the author wrote it (header, signature and recipients
    /// side by side, a programme table); a cell's paragraphs are separated by `'\n'`.
    Row(Vec<String>),
    /// A line of the title as the author wrote it, after the type line.
    TitleLine(String),
    /// The author's header, or signature and recipients, in the columns of the
    /// official layout: a borderless table of rows in the order written.
    Columns(Vec<ColumnRow>),
}

/// A row of [`Block::Columns`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnRow {
    /// A table row as the author pasted it (its cells apart by TAB in text), rather
    /// than lines set side by side (each a line of its own in text).
    pub pasted: bool,
    /// The cells, left to right, each its paragraphs with what the reader took them
    /// for; a row of one cell spans the table.
    pub cells: Vec<Vec<(String, LineRole)>>,
}

/// How a paragraph of `role` is set: (bold, italic).
#[must_use]
pub(crate) fn emphasis(role: LineRole) -> (bool, bool) {
    match role {
        LineRole::Issuer | LineRole::Motto | LineRole::Signature => (true, false),
        LineRole::PlaceDate => (false, true),
        LineRole::Recipients => (true, true),
        _ => (false, false),
    }
}

/// Whether a cell holds the recipients (set left, in small type).
#[must_use]
pub(crate) fn recipients(cell: &[(String, LineRole)]) -> bool {
    cell.iter()
        .any(|(_, r)| matches!(r, LineRole::Recipients | LineRole::Recipient))
}

/// The blocks as writers without columns or emphasis write them (text, Markdown):
/// [`Block::Columns`] a line at a time as written, [`Block::TitleLine`] a paragraph.
pub(crate) fn flat(blocks: Vec<Block>) -> impl Iterator<Item = Block> {
    blocks.into_iter().flat_map(|block| match block {
        Block::Columns(rows) => rows
            .into_iter()
            .flat_map(|row| {
                if row.pasted {
                    let cells = row
                        .cells
                        .into_iter()
                        .map(|c| c.into_iter().map(|(t, _)| t).collect::<Vec<_>>().join("\n"));
                    vec![Block::Row(cells.collect())]
                } else {
                    row.cells
                        .into_iter()
                        .flatten()
                        .map(|(t, _)| Block::Paragraph(t))
                        .collect()
                }
            })
            .collect(),
        Block::TitleLine(t) => vec![Block::Paragraph(t)],
        other => vec![other],
    })
}

/// The bullet of a list item at `depth`: "-", then "+", then "◦".
#[must_use]
pub fn bullet(depth: u8) -> &'static str {
    match depth {
        0 | 1 => "-",
        2 => "+",
        _ => "◦",
    }
}

fn who(invited: bool, role: Option<&str>, body: &str) -> String {
    let mut out = String::new();
    if invited {
        out.push_str("Mời ");
    }
    out.push_str(&crate::model::label(role, body));
    out
}

fn count_suffix(entry: &ParticipantEntry) -> String {
    if !entry.count_stated {
        return String::new();
    }
    let per = entry
        .each
        .as_ref()
        .map(|n| format!("/{n}"))
        .unwrap_or_default();
    match entry.count {
        Headcount::Exact { value } => format!(" ({value:02} đồng chí{per})"),
        Headcount::Range { min, max } => format!(" ({min:02}-{max:02} đồng chí{per})"),
        Headcount::AtLeast { min } => format!(" (ít nhất {min:02} đồng chí{per})"),
        Headcount::Unknown => String::new(),
    }
}

fn hm(t: chrono::NaiveTime) -> String {
    crate::clock::hh_h_mm(t)
}

fn giờ(t: chrono::NaiveTime) -> String {
    crate::clock::gio(t)
}

fn programme(items: &[ProgrammeItem], depth: u8, out: &mut Vec<Block>) {
    for item in items {
        let mut text = String::new();
        match (item.start, item.end) {
            (Some(s), Some(e)) => text.push_str(&format!("{} – {}: ", hm(s), hm(e))),
            (Some(s), None) => text.push_str(&format!("{}: ", hm(s))),
            _ => {}
        }
        text.push_str(&item.text);
        if let Some(p) = &item.presenter {
            text.push_str(&format!(" ({p} trình bày)."));
        }
        out.push(Block::Item {
            depth: depth.min(3),
            text,
        });
        programme(&item.items, depth + 1, out);
    }
}

fn kept(plan: &Plan, key: SectionKey, out: &mut Vec<Block>) {
    out.extend(
        plan.unrecognised
            .iter()
            .filter(|u| u.section == key)
            .map(|u| Block::Paragraph(u.text.clone())),
    );
}

/// "1.500.000".
fn vnd(amount: u64) -> String {
    crate::money::format_vnd(amount)
}

/// The schedule as one line: "Dự kiến 08 giờ 00, ngày 26 tháng 8 năm 2022 (Thứ Sáu)".
#[must_use]
pub fn schedule_line(s: &crate::model::Schedule) -> String {
    let mut parts = Vec::new();
    match (s.start, s.end) {
        (Some(a), Some(b)) => parts.push(format!("từ {} đến {}", giờ(a), giờ(b))),
        (Some(a), None) => parts.push(giờ(a)),
        _ => {}
    }
    let first = match s.part_of_day {
        Some(part) => format!("{} {}", part.word(), spelled_date(s.date)),
        None => spelled_date(s.date),
    };
    match s.end_date {
        Some(end) => parts.push(format!("từ {first} đến {}", spelled_date(end))),
        None => parts.push(first),
    }
    if let Some(span) = s.span {
        parts.insert(0, span.written());
    }
    let mut line = parts.join(", ");
    if let Some(d) = s.duration_minutes {
        line.push_str(&format!(", trong {d} phút"));
    }
    if let Some(w) = &s.weekday_label {
        line.push_str(&format!(" ({w})"));
    }
    if s.tentative {
        line = format!("Dự kiến {line}");
    } else {
        line = crate::case::capitalise(&line);
    }
    line
}

/// The header block: issuing side with `number`, heading side with place and date.
#[must_use]
pub(crate) fn header(plan: &Plan, number: Option<&crate::DocumentNumber>) -> Block {
    let h = &plan.header;
    let number = number.map(|n| match n.style {
        crate::NumberStyle::Party => format!("Số {n}"),
        crate::NumberStyle::State | crate::NumberStyle::Slashed => format!("Số: {n}"),
    });
    let place_date = match (&h.place, h.date) {
        (Some(p), Some(d)) => Some(format!("{p}, {}", spelled_date(d))),
        (Some(p), None) => Some(format!("{p}, ngày … tháng … năm …")),
        (None, Some(d)) => Some(crate::case::capitalise(&spelled_date(d))),
        (None, None) => None,
    };
    Block::Header {
        superior: h.superior.clone(),
        issuer: h.issuer.clone(),
        number,
        heading: h.heading.clone(),
        place_date,
    }
}

/// The signature block, when the plan has one.
#[must_use]
pub(crate) fn signature(plan: &Plan) -> Option<Block> {
    let sig = plan.signature.as_ref().filter(|s| !s.is_empty())?;
    let mut lines = Vec::new();
    match (sig.authority, &sig.principal) {
        (Some(a), Some(p)) => lines.push(format!("{} {p}", a.abbreviation())),
        (Some(a), None) => lines.push(a.abbreviation().to_owned()),
        (None, Some(p)) => lines.push(p.clone()),
        (None, None) => {}
    }
    lines.extend(
        sig.delegations
            .iter()
            .map(|d| format!("{} {}", d.authority.abbreviation(), d.principal)),
    );
    lines.extend(sig.title.iter().cloned());
    lines.extend(sig.name.iter().cloned());
    Some(Block::Signature(lines))
}

/// The plan as blocks: as its author wrote it when the plan carries the author's
/// [`crate::model::Layout`] and is unchanged since, else in the official layout
/// ([`official`]).
#[must_use]
pub fn outline(plan: &Plan) -> Vec<Block> {
    match plan.current_layout() {
        Some(layout) => written(layout),
        None => official(plan),
    }
}

/// The author's document, line by line: headings (and the numbered headings the
/// reader took for such) as headings, the title centred,
/// the header and the signature and recipients in columns by what the reader took
/// each line for, table rows as rows, every other line a paragraph as written.
fn written(layout: &Layout) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut group: Option<Part> = None;
    for line in &layout.lines {
        let set = line.part == Part::Header
            || line.part == Part::End && (!line.roles.is_empty() || line.cells.len() > 1);
        if !set {
            group = None;
        }
        let block = match (line.part, line.cells.as_slice()) {
            _ if set => {
                if group != Some(line.part) {
                    out.push(Block::Columns(Vec::new()));
                    group = Some(line.part);
                }
                if let Some(Block::Columns(rows)) = out.last_mut() {
                    set_in_columns(rows, line);
                }
                continue;
            }
            (_, [_, _, ..]) => Block::Row(line.cells.clone()),
            (Part::Heading, [text]) => Block::Section(text.clone()),
            // The type line ("KẾ HOẠCH") is the document's title heading.
            (Part::Title, [text]) if crate::doctype::code_of(text).is_some() => Block::Title {
                document_type: text.clone(),
                title: String::new(),
            },
            (Part::Title, [text]) => Block::TitleLine(text.clone()),
            (_, [text]) if line.roles == [LineRole::Subheading] => Block::Subsection {
                level: 1,
                text: text.clone(),
            },
            (_, [text]) => Block::Paragraph(text.clone()),
            (_, []) => Block::Paragraph(String::new()),
        };
        out.push(block);
    }
    out
}

/// Adds `line` to the rows of [`Block::Columns`]: a pasted row as it is; a line the
/// reader placed in a column beside the lines before it while the reading order
/// stays the written one (left, then right); any other line across the table.
fn set_in_columns(rows: &mut Vec<ColumnRow>, line: &crate::model::LayoutLine) {
    let mut roles = line.roles.iter().copied();
    let cells: Vec<Vec<(String, LineRole)>> = line
        .cells
        .iter()
        .map(|c| {
            c.split('\n')
                .map(|p| (p.to_owned(), roles.next().unwrap_or(LineRole::Text)))
                .collect()
        })
        .collect();
    let side = match cells.as_slice() {
        [cell] => cell.first().and_then(|(_, r)| r.left()),
        _ => None,
    };
    let Some(left) = side else {
        rows.push(ColumnRow {
            pasted: cells.len() > 1,
            cells,
        });
        return;
    };
    let column = usize::from(!left);
    let open = rows.last().is_some_and(|r| {
        !r.pasted && r.cells.len() == 2 && r.cells.get(1).is_some_and(|c| !left || c.is_empty())
    });
    if !open {
        rows.push(ColumnRow {
            pasted: false,
            cells: vec![Vec::new(), Vec::new()],
        });
    }
    if let Some(cell) = rows.last_mut().and_then(|r| r.cells.get_mut(column)) {
        cell.extend(cells.into_iter().flatten());
    }
}

/// The plan as blocks in the official order and wording (NĐ 30 / the Youth Union
/// guidance), whatever the author wrote.
#[must_use]
pub fn official(plan: &Plan) -> Vec<Block> {
    let h = &plan.header;
    let mut out = vec![header(plan, h.number.as_ref())];
    kept(plan, SectionKey::Header, &mut out);
    out.push(Block::Title {
        document_type: h.document_type.clone(),
        title: h.title.clone(),
    });
    out.extend(plan.preamble.iter().cloned().map(Block::Paragraph));
    kept(plan, SectionKey::Preamble, &mut out);

    let mut roman = 0usize;
    let mut section = |out: &mut Vec<Block>, title: &str| {
        roman += 1;
        out.push(Block::Section(format!(
            "{}. {title}",
            crate::roman::numeral(roman)
        )));
    };

    if !plan.purposes.is_empty()
        || plan
            .unrecognised
            .iter()
            .any(|u| u.section == SectionKey::Purposes)
    {
        section(&mut out, "MỤC ĐÍCH, YÊU CẦU");
        out.extend(plan.purposes.iter().cloned().map(Block::Paragraph));
        kept(plan, SectionKey::Purposes, &mut out);
    }

    let has_venue = plan.venue.is_some()
        || !plan.sites.is_empty()
        || plan.mode != Mode::InPerson
        || plan.sessions.iter().any(|m| m.venue.is_some());
    let has_content = !plan.chairs.is_empty()
        || plan.sessions.len() > 1
        || plan.participants.expected.is_some()
        || !plan.participants.uncertain.is_empty()
        || !plan.participants.groups.is_empty()
        || plan.schedule.is_some()
        || has_venue
        || !plan.programme.is_empty();
    if has_content {
        section(&mut out, "NỘI DUNG");
        let mut n = 0;
        let mut sub = |out: &mut Vec<Block>, text: String| {
            n += 1;
            out.push(Block::Subsection {
                level: 1,
                text: format!("{n}. {text}"),
            });
            n
        };
        if !plan.chairs.is_empty() {
            sub(&mut out, "Chủ trì hội nghị:".to_owned());
            let last = plan.chairs.len().saturating_sub(1);
            for (i, c) in plan.chairs.iter().enumerate() {
                let end = if i == last { "." } else { ";" };
                out.push(Block::Item {
                    depth: 1,
                    text: format!("{}{end}", who(c.invited, c.role.as_deref(), &c.body)),
                });
            }
            kept(plan, SectionKey::Chairs, &mut out);
        }
        if plan.participants.expected.is_some()
            || !plan.participants.groups.is_empty()
            || !plan.participants.uncertain.is_empty()
        {
            let heading = match plan.participants.expected {
                Some(e) if plan.participants.expected_approximate => {
                    format!("Thành phần tham dự hội nghị: Dự kiến khoảng {e} đại biểu")
                }
                Some(e) => format!("Thành phần tham dự hội nghị: Dự kiến {e} đại biểu"),
                None => "Thành phần tham dự hội nghị:".to_owned(),
            };
            let number = sub(&mut out, heading);
            let mut k = 0;
            for group in &plan.participants.groups {
                if let Some(level) = &group.level {
                    k += 1;
                    let name = plan
                        .level(level)
                        .map_or_else(|| level.clone(), |l| l.name.clone());
                    out.push(Block::Subsection {
                        level: 2,
                        text: format!("{number}.{k} {name}"),
                    });
                }
                for e in &group.entries {
                    out.push(Block::Item {
                        depth: 1,
                        text: format!(
                            "{}{}.",
                            who(e.invited, e.role.as_deref(), &e.body),
                            count_suffix(e)
                        ),
                    });
                }
            }
            out.extend(plan.participants.uncertain.iter().map(|u| Block::Item {
                depth: 1,
                text: u.clone(),
            }));
            kept(plan, SectionKey::Participants, &mut out);
        }
        if plan.sessions.len() > 1 {
            // One line per meeting, named as the plan names it.
            sub(&mut out, "Thời gian:".to_owned());
            for m in &plan.sessions {
                let when = schedule_line(&m.schedule);
                out.push(Block::Item {
                    depth: 1,
                    text: if m.name.is_empty() {
                        format!("{when}.")
                    } else {
                        format!("{}: {when}.", m.name)
                    },
                });
            }
            kept(plan, SectionKey::Schedule, &mut out);
        } else if let Some(s) = &plan.schedule {
            sub(&mut out, format!("Thời gian: {}.", schedule_line(s)));
            kept(plan, SectionKey::Schedule, &mut out);
        }
        if has_venue {
            match &plan.venue {
                Some(v) => {
                    let cap = v
                        .capacity
                        .map(|c| format!(" (sức chứa {c} chỗ)"))
                        .unwrap_or_default();
                    sub(&mut out, format!("Địa điểm: {}{cap}.", v.name));
                }
                None => {
                    sub(&mut out, "Địa điểm:".to_owned());
                }
            }
            // The meetings held elsewhere than the plan's venue.
            for m in plan.sessions.iter().skip(1) {
                if let Some(v) = m.venue.as_ref().filter(|v| Some(*v) != plan.venue.as_ref()) {
                    let cap = v
                        .capacity
                        .map(|c| format!(" (sức chứa {c} chỗ)"))
                        .unwrap_or_default();
                    out.push(Block::Item {
                        depth: 1,
                        text: format!("{}: {}{cap}.", m.name, v.name),
                    });
                }
            }
            match plan.mode {
                // Sites say "online" to a reader: an in-person plan with sites says how.
                Mode::InPerson if !plan.sites.is_empty() => {
                    out.push(Block::Paragraph("Hình thức: trực tiếp.".to_owned()));
                }
                Mode::InPerson => {}
                Mode::Online => out.push(Block::Paragraph("Hình thức: trực tuyến.".to_owned())),
                Mode::Hybrid => out.push(Block::Paragraph(
                    "Hình thức: trực tiếp kết hợp trực tuyến.".to_owned(),
                )),
            }
            if !plan.sites.is_empty() {
                out.push(Block::Paragraph("Các điểm cầu:".to_owned()));
                for site in &plan.sites {
                    let cap = site
                        .capacity
                        .map(|c| format!(" (sức chứa {c} chỗ)"))
                        .unwrap_or_default();
                    let head = if site.host {
                        "Điểm cầu chính: "
                    } else {
                        ""
                    };
                    out.push(Block::Item {
                        depth: 1,
                        text: format!("{head}{}{cap}.", site.name),
                    });
                }
            }
            kept(plan, SectionKey::Venue, &mut out);
        }
        if !plan.programme.is_empty() {
            sub(&mut out, "Chương trình hội nghị".to_owned());
            programme(&plan.programme, 1, &mut out);
            kept(plan, SectionKey::Programme, &mut out);
        }
    }

    if !plan.assignments.is_empty() {
        section(&mut out, "PHÂN CÔNG THỰC HIỆN");
        for (i, a) in plan.assignments.iter().enumerate() {
            out.push(Block::Subsection {
                level: 1,
                text: format!("{}. {}:", i + 1, a.body),
            });
            out.extend(a.tasks.iter().cloned().map(Block::Paragraph));
            if let Some(d) = a.deadline {
                out.push(Block::Paragraph(format!(
                    "Thời hạn: trước {}.",
                    spelled_date(d)
                )));
            }
        }
        kept(plan, SectionKey::Assignments, &mut out);
    }

    if let Some(b) = &plan.budget {
        section(&mut out, "KINH PHÍ");
        for item in &b.items {
            out.push(Block::Item {
                depth: 1,
                text: format!("{}: {} đồng.", item.description, vnd(item.amount)),
            });
        }
        if let Some(t) = b.total {
            out.push(Block::Paragraph(format!("Tổng cộng: {} đồng.", vnd(t))));
        }
        if let Some(s) = &b.source {
            out.push(Block::Paragraph(format!("Nguồn kinh phí: {s}.")));
        }
        kept(plan, SectionKey::Budget, &mut out);
    }
    kept(plan, SectionKey::Other, &mut out);

    out.extend(plan.closing.iter().cloned().map(Block::Paragraph));
    kept(plan, SectionKey::Closing, &mut out);

    out.extend(signature(plan));
    if !plan.recipients.is_empty() || plan.archive.is_some() {
        let mut lines: Vec<String> = plan
            .recipients
            .iter()
            .map(|r| {
                if r.sub_units.is_empty() {
                    r.body.clone()
                } else {
                    format!("{}: {}", r.body, r.sub_units.join(", "))
                }
            })
            .collect();
        if let Some(a) = &plan.archive {
            lines.push(match a.units.as_slice() {
                [one] => format!("Lưu {one}"),
                many => format!("Lưu: {}", many.join(", ")),
            });
        }
        let last = lines.len().saturating_sub(1);
        let lines = lines
            .into_iter()
            .enumerate()
            .map(|(i, l)| format!("{l}{}", if i == last { "." } else { ";" }))
            .collect();
        out.push(Block::Recipients(lines));
    }
    kept(plan, SectionKey::Signature, &mut out);
    out
}
