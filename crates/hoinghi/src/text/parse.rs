//! The reader's state machine: header, title, preamble, Roman-numeral sections and
//! their numbered subsections, closing, signature and recipients.

use std::collections::{BTreeMap, BTreeSet};

use super::lines::{bullet, is_rule, numbered, roman_heading, Line};
use super::recognise as rec;
use super::{ParseError, Parsed};
use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::model::{
    Archive, Assignment, Authority, Budget, BudgetItem, Level, Mode, ParticipantGroup, Plan,
    ProgrammeItem, Recipient, Schedule, SectionKey, Signature, Site, UnrecognisedLine, Venue,
};
use crate::names::{is_upper, normalise};
use crate::{doctype, levels, period, DocumentNumber};

/// Heading lines recognised in the header (normalised).
const HEADINGS: &[&str] = &[
    "đoàn tncs hồ chí minh",
    "đoàn thanh niên cộng sản hồ chí minh",
    "đảng cộng sản việt nam",
    "cộng hòa xã hội chủ nghĩa việt nam",
    "cộng hoà xã hội chủ nghĩa việt nam",
    "độc lập - tự do - hạnh phúc",
    "độc lập – tự do – hạnh phúc",
    "hội liên hiệp thanh niên việt nam",
    "hội sinh viên việt nam",
    "công đoàn việt nam",
];

/// Issuer names that continue on the next line ("ỦY BAN NHÂN DÂN" / "XÃ AN PHÚ").
const GENERIC_ISSUERS: &[&str] = &["ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân"];

/// Words that open a preamble rather than continue a title.
const PREAMBLE_STARTS: &[&str] = &[
    "căn cứ",
    "thực hiện",
    "nhằm",
    "để ",
    "được sự",
    "theo ",
    "trên cơ sở",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Purposes,
    Content,
    Chairs,
    Participants,
    Schedule,
    Programme,
    Assignments,
    Budget,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sub {
    None,
    Chairs,
    Participants,
    Schedule,
    Venue,
    Sites,
    Programme,
    Assignments,
    Budget,
    Purposes,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Header,
    Title,
    Preamble,
    Body,
    Closing,
    Signature,
    Recipients,
}

struct Reader {
    plan: Plan,
    diagnostics: Vec<Diagnostic>,
    phase: Phase,
    section: Section,
    sub: Sub,
    /// Numbering depth of the current subsection heading (0 for a Roman section).
    sub_depth: usize,
    /// Index of the current participant group.
    group: Option<usize>,
    /// Whether the current assignment came from a "Body: task" bullet.
    assignment_inline: bool,
    header_upper: Vec<String>,
    title_lines: Vec<String>,
    title_bold: bool,
    /// Per-unit nouns named by stated counts, keyed by (group, entry).
    per_unit: Vec<((usize, usize), String)>,
}

fn classify(heading: &str) -> Section {
    let n = normalise(heading);
    let has = |k: &str| n.contains(k);
    if has("phân công") || has("tổ chức thực hiện") {
        Section::Assignments
    } else if has("kinh phí") {
        Section::Budget
    } else if has("mục đích") || has("yêu cầu") {
        Section::Purposes
    } else if has("thành phần") {
        Section::Participants
    } else if has("chủ trì") {
        Section::Chairs
    } else if has("thời gian") || has("địa điểm") {
        Section::Schedule
    } else if has("chương trình") {
        Section::Programme
    } else if has("nội dung") {
        Section::Content
    } else {
        Section::Other
    }
}

fn sub_of(heading: &str) -> Sub {
    let n = normalise(heading);
    let has = |k: &str| n.contains(k);
    if has("chủ trì") {
        Sub::Chairs
    } else if has("thành phần") {
        Sub::Participants
    } else if has("thời gian") {
        Sub::Schedule
    } else if has("địa điểm") || has("hình thức") || has("điểm cầu") {
        Sub::Venue
    } else if has("chương trình") {
        Sub::Programme
    } else if has("phân công") || has("tổ chức thực hiện") {
        Sub::Assignments
    } else if has("kinh phí") {
        Sub::Budget
    } else if has("mục đích") || has("yêu cầu") {
        Sub::Purposes
    } else {
        Sub::Other
    }
}

fn sub_for(section: Section) -> Sub {
    match section {
        Section::Purposes => Sub::Purposes,
        Section::Chairs => Sub::Chairs,
        Section::Participants => Sub::Participants,
        Section::Schedule => Sub::Schedule,
        Section::Programme => Sub::Programme,
        Section::Assignments => Sub::Assignments,
        Section::Budget => Sub::Budget,
        Section::Content => Sub::None,
        Section::Other => Sub::Other,
    }
}

fn section_key(sub: Sub, section: Section) -> SectionKey {
    match sub {
        Sub::Chairs => SectionKey::Chairs,
        Sub::Participants => SectionKey::Participants,
        Sub::Schedule => SectionKey::Schedule,
        Sub::Venue | Sub::Sites => SectionKey::Venue,
        Sub::Programme => SectionKey::Programme,
        Sub::Assignments => SectionKey::Assignments,
        Sub::Budget => SectionKey::Budget,
        Sub::Purposes => SectionKey::Purposes,
        Sub::None | Sub::Other => match section {
            Section::Purposes => SectionKey::Purposes,
            Section::Assignments => SectionKey::Assignments,
            Section::Budget => SectionKey::Budget,
            Section::Programme => SectionKey::Programme,
            Section::Participants => SectionKey::Participants,
            Section::Chairs => SectionKey::Chairs,
            Section::Schedule => SectionKey::Schedule,
            Section::Content | Section::Other => SectionKey::Other,
        },
    }
}

/// "Key: value" with the key normalised, when the key is short.
fn key_value(text: &str) -> Option<(String, &str)> {
    let (key, value) = text.split_once(':')?;
    let k = normalise(key);
    (k.chars().count() <= 40).then(|| (k, value.trim()))
}

/// A URL-safe id for a level heading not in any preset ("Khách mời" → "khach-moi").
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in crate::unicode::nfd_chars(&normalise(text).replace('đ', "d")) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if (c.is_whitespace() || c == '-') && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_owned()
}

/// Reads a schedule from "Dự kiến 08 giờ 00, ngày 26 tháng 8 năm 2022 (Thứ Sáu)".
pub(crate) fn schedule(text: &str) -> Option<Schedule> {
    let (date, range) = rec::find_date(text)?;
    let rest = text.get(range.end..).unwrap_or("");
    let end_date = rec::find_date(rest).map(|(d, _)| d);
    let mut s = Schedule::on(date);
    s.end_date = end_date;
    s.tentative = normalise(text).starts_with("dự kiến");
    let times = rec::find_times(text);
    s.start = times.first().map(|t| t.0);
    s.end = times.get(1).map(|t| t.0);
    s.weekday_label = rec::find_weekday(text);
    let l = normalise(text);
    if let Some(i) = l.find("trong ") {
        let after = l.get(i + "trong ".len()..).unwrap_or("");
        let mut words = after.split(' ');
        if let (Some(n), Some(unit)) = (words.next(), words.next()) {
            if unit.starts_with("phút") {
                s.duration_minutes = n.parse().ok();
            }
        }
    }
    Some(s)
}

/// "Hội trường 2 (sức chứa 120 chỗ)" → name and capacity.
fn venue(text: &str) -> Venue {
    let t = rec::strip_end(text);
    if t.ends_with(')') {
        if let Some(open) = t.rfind('(') {
            let inner = normalise(t.get(open + 1..t.len() - 1).unwrap_or(""));
            let inner = inner.strip_prefix("sức chứa ").unwrap_or(&inner);
            let mut words = inner.split(' ');
            if let (Some(n), Some(unit)) = (words.next(), words.next()) {
                if unit == "chỗ" {
                    if let Ok(capacity) = n.parse() {
                        return Venue {
                            name: t.get(..open).unwrap_or("").trim_end().to_owned(),
                            capacity: Some(capacity),
                        };
                    }
                }
            }
        }
    }
    Venue {
        name: t.to_owned(),
        capacity: None,
    }
}

fn site(text: &str, host: bool) -> Site {
    let v = venue(text);
    Site {
        host,
        name: v.name,
        capacity: v.capacity,
    }
}

/// "08h00 – 08h30: Đón tiếp đại biểu (Ban Tổ chức trình bày)".
fn programme_item(text: &str) -> ProgrammeItem {
    let mut item = ProgrammeItem::new(text);
    let mut rest = text;
    let times = rec::find_times(text);
    if let Some((start, r)) = times.first().filter(|(_, r)| r.start == 0) {
        item.start = Some(*start);
        let mut pos = r.end;
        if let Some((end, r2)) = times.get(1) {
            let between = normalise(text.get(r.end..r2.start).unwrap_or("x"));
            if matches!(between.as_str(), "-" | "–" | "—" | "đến") {
                item.end = Some(*end);
                pos = r2.end;
            }
        }
        let after = text.get(pos..).unwrap_or("").trim_start();
        rest = after
            .strip_prefix([':', '-', '–'])
            .unwrap_or(after)
            .trim_start();
    }
    let mut text_part = rest.to_owned();
    if text_part.ends_with(" trình bày).") {
        text_part.pop();
    }
    if text_part.ends_with(" trình bày)") {
        if let Some(open) = text_part.rfind('(') {
            let inner = text_part
                .get(open + 1..text_part.len() - " trình bày)".len())
                .unwrap_or("")
                .trim()
                .to_owned();
            if !inner.is_empty() {
                item.presenter = Some(inner);
                text_part = text_part.get(..open).unwrap_or("").trim_end().to_owned();
            }
        }
    }
    item.reporting_period = period::first_retrospective(&text_part);
    item.text = text_part;
    item
}

fn authority(text: &str) -> Option<(Authority, &str)> {
    Authority::ALL.iter().find_map(|a| {
        let rest = text.strip_prefix(a.abbreviation())?.trim_start();
        (!rest.is_empty() && is_upper(rest)).then_some((*a, rest))
    })
}

/// A signer's name: 2–6 capitalised words, no digits or punctuation.
fn is_name(text: &str) -> bool {
    let words: Vec<&str> = text.split(' ').collect();
    (2..=6).contains(&words.len())
        && !is_upper(text)
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
}

impl Reader {
    fn new() -> Self {
        Self {
            plan: Plan::new("", ""),
            diagnostics: Vec::new(),
            phase: Phase::Header,
            section: Section::Content,
            sub: Sub::None,
            sub_depth: 0,
            group: None,
            assignment_inline: false,
            header_upper: Vec::new(),
            title_lines: Vec::new(),
            title_bold: false,
            per_unit: Vec::new(),
        }
    }

    fn keep(&mut self, line: &Line, section: SectionKey) {
        let index = self.plan.unrecognised.len();
        self.plan.unrecognised.push(UnrecognisedLine {
            line: line.no,
            section,
            text: line.text.clone(),
        });
        self.diagnostics.push(
            Diagnostic::new(
                Code::UnrecognisedLine,
                Severity::Info,
                format!("/unrecognised/{index}"),
                Message::new(
                    format!("Dòng {} chưa nhận dạng được, đã giữ nguyên.", line.no),
                    format!(
                        "Line {} was not understood and is kept as written.",
                        line.no
                    ),
                ),
            )
            .at(line.no, line.column),
        );
    }

    fn note(&mut self, line: &Line, path: &str, vi: String, en: String) {
        self.diagnostics.push(
            Diagnostic::new(
                Code::ParseNote,
                Severity::Warning,
                path,
                Message::new(vi, en),
            )
            .at(line.no, line.column),
        );
    }

    // ---- header ----

    fn header_line(&mut self, line: &Line) {
        let t = line.text.as_str();
        let n = normalise(t);
        if HEADINGS.contains(&n.as_str()) {
            self.plan.header.heading.push(t.to_owned());
        } else if n.starts_with("số")
            && (n.starts_with("số:")
                || n.get("số".len()..).is_some_and(|r| {
                    r.trim_start()
                        .starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '/')
                }))
        {
            match t.parse::<DocumentNumber>() {
                Ok(number) => self.plan.header.number = Some(number),
                Err(e) => {
                    self.note(
                        line,
                        "/header/number",
                        format!("Chưa đọc được số, ký hiệu \"{t}\": {e}."),
                        format!("Could not read the number \"{t}\": {e}."),
                    );
                    self.keep(line, SectionKey::Header);
                }
            }
        } else if let Some(i) = n
            .find(", ngày")
            .or_else(|| n.starts_with("ngày").then_some(0))
        {
            let place_end = t
                .char_indices()
                .nth(n.get(..i).map_or(0, |p| p.chars().count()))
                .map_or(t.len(), |(b, _)| b);
            let place = t.get(..place_end).unwrap_or("").trim();
            if !place.is_empty() {
                self.plan.header.place = Some(place.to_owned());
            }
            self.plan.header.date = rec::find_date(t).map(|(d, _)| d);
            if self.plan.header.date.is_none() {
                self.note(
                    line,
                    "/header/date",
                    "Chưa có ngày ban hành.".to_owned(),
                    "The date of issue is blank.".to_owned(),
                );
            }
        } else if is_upper(t) {
            self.header_upper.push(t.to_owned());
        } else {
            self.keep(line, SectionKey::Header);
        }
    }

    fn finish_header(&mut self) {
        let mut names = std::mem::take(&mut self.header_upper);
        // "ỦY BAN NHÂN DÂN" / "XÃ AN PHÚ" is one name.
        let mut merged: Vec<String> = Vec::new();
        let mut i = 0;
        while let Some(name) = names.get(i) {
            if GENERIC_ISSUERS.contains(&normalise(name).as_str()) {
                if let Some(next) = names.get(i + 1) {
                    merged.push(format!("{name} {next}"));
                    i += 2;
                    continue;
                }
            }
            merged.push(name.clone());
            i += 1;
        }
        names = merged;
        match names.len() {
            0 => {}
            1 => self.plan.header.issuer = names.remove(0),
            _ => {
                self.plan.header.superior = Some(names.remove(0));
                self.plan.header.issuer = names.join(" ");
            }
        }
    }

    // ---- title ----

    fn title_line(&mut self, line: &Line) -> bool {
        let t = line.text.as_str();
        if is_rule(t) {
            self.phase = Phase::Preamble;
            return true;
        }
        if self.title_lines.is_empty() {
            self.title_bold = line.bold_open;
            self.title_lines.push(t.to_owned());
            if line.bold_open && line.bold_close {
                self.phase = Phase::Preamble;
            }
            return true;
        }
        if self.title_bold {
            self.title_lines.push(t.to_owned());
            if line.bold_close {
                self.phase = Phase::Preamble;
            }
            return true;
        }
        let n = normalise(t);
        let previous_closed = self
            .title_lines
            .last()
            .is_some_and(|p| p.ends_with(['.', ':', ';']));
        let starts_preamble = PREAMBLE_STARTS.iter().any(|s| n.starts_with(s));
        if previous_closed
            || starts_preamble
            || t.chars().count() > 160
            || roman_heading(t).is_some()
            || self.title_lines.len() >= 4
        {
            self.phase = Phase::Preamble;
            return false;
        }
        self.title_lines.push(t.to_owned());
        true
    }

    fn finish_title(&mut self) {
        let title = self.title_lines.join(" ");
        self.plan.header.reporting_period = period::first_retrospective(&title);
        self.plan.header.title = title;
    }

    // ---- body ----

    fn enter_section(&mut self, heading: &str) {
        self.section = classify(heading);
        self.enter_sub(sub_for(self.section), 0);
    }

    /// Starts a subsection; a budget heading alone already means the plan has one.
    fn enter_sub(&mut self, sub: Sub, depth: usize) {
        self.sub = sub;
        self.sub_depth = depth;
        self.group = None;
        if sub == Sub::Budget {
            self.plan.budget.get_or_insert_with(Budget::default);
        }
    }

    fn subsection(&mut self, depth: usize, heading: &str, line: &Line) {
        let (head, value) = match heading.split_once(':') {
            Some((h, v)) => (h.trim(), v.trim()),
            None => (heading.trim(), ""),
        };
        // Numbered lines under a subsection of participants, programme or assignments.
        if depth > self.sub_depth {
            match self.sub {
                Sub::Participants => {
                    self.level_group(head);
                    if !value.is_empty() {
                        self.entry_line(value);
                    }
                    return;
                }
                Sub::Programme => {
                    self.programme_line(1, heading);
                    return;
                }
                Sub::Assignments => {
                    self.plan.assignments.push(Assignment {
                        body: head.to_owned(),
                        tasks: Vec::new(),
                        deadline: None,
                    });
                    self.assignment_inline = false;
                    if !value.is_empty() {
                        self.task_line(value, line);
                    }
                    return;
                }
                Sub::Purposes => {
                    let h = normalise(head);
                    if (h == "mục đích" || h == "yêu cầu") && value.is_empty() {
                        return;
                    }
                    self.plan.purposes.push(heading.to_owned());
                    return;
                }
                _ => {}
            }
        }
        let sub = sub_of(head);
        if sub == Sub::Other {
            self.keep(line, section_key(Sub::Other, self.section));
            self.sub = Sub::Other;
            self.sub_depth = depth;
            return;
        }
        self.enter_sub(sub, depth);
        if !value.is_empty() {
            self.content(value, line);
        } else if sub == Sub::Venue && normalise(head).contains("điểm cầu") {
            self.sub = Sub::Sites;
        }
    }

    fn level_group(&mut self, heading: &str) {
        let heading = rec::strip_end(heading);
        let preset = levels::preset_for(self.plan.header.date);
        let n = normalise(heading);
        let id = preset
            .recognise_normalised(&n)
            .or_else(|| {
                levels::PRESETS
                    .iter()
                    .find_map(|p| p.recognise_normalised(&n))
            })
            .map_or_else(|| slug(heading), str::to_owned);
        if self.plan.level(&id).is_none() {
            self.plan.levels.push(Level {
                id: id.clone(),
                name: heading.to_owned(),
            });
        }
        self.plan.participants.groups.push(ParticipantGroup {
            level: Some(id),
            entries: Vec::new(),
        });
        self.group = Some(self.plan.participants.groups.len() - 1);
    }

    fn entry_line(&mut self, text: &str) {
        let (entry, per) = rec::entry(text);
        let g = match self.group {
            Some(g) => g,
            None => {
                self.plan
                    .participants
                    .groups
                    .push(ParticipantGroup::default());
                let g = self.plan.participants.groups.len() - 1;
                self.group = Some(g);
                g
            }
        };
        if let Some(group) = self.plan.participants.groups.get_mut(g) {
            group.entries.push(entry);
            if let Some(noun) = per {
                self.per_unit.push(((g, group.entries.len() - 1), noun));
            }
        }
    }

    fn task_line(&mut self, text: &str, line: &Line) {
        let n = normalise(text);
        let Some(current) = self.plan.assignments.last_mut() else {
            self.keep(line, SectionKey::Assignments);
            return;
        };
        if n.starts_with("thời hạn") || n.starts_with("hoàn thành trước") {
            if let Some((d, _)) = rec::find_date(text) {
                current.deadline = Some(d);
                return;
            }
        }
        current.tasks.push(text.to_owned());
    }

    fn programme_line(&mut self, depth: u8, text: &str) {
        /// Appends at `depth` under the last item of each shallower level.
        fn push(list: &mut Vec<ProgrammeItem>, depth: u8, item: ProgrammeItem) {
            match list.last_mut() {
                Some(parent) if depth > 1 => push(&mut parent.items, depth - 1, item),
                _ => list.push(item),
            }
        }
        push(&mut self.plan.programme, depth, programme_item(text));
    }

    fn budget_line(&mut self, text: &str, line: &Line) {
        let budget = self.plan.budget.get_or_insert_with(Budget::default);
        let t = rec::strip_end(text);
        if let Some((key, value)) = key_value(t) {
            if key.starts_with("tổng") {
                if let Some((a, _)) = rec::amount(value) {
                    budget.total = Some(a);
                    return;
                }
            }
            if key.starts_with("nguồn") {
                budget.source = Some(value.to_owned());
                return;
            }
        }
        if let Some((description, value)) = t.rsplit_once(':') {
            if let Some((amount, _)) = rec::amount(value) {
                budget.items.push(BudgetItem {
                    description: description.trim().to_owned(),
                    amount,
                });
                return;
            }
        }
        self.keep(line, SectionKey::Budget);
    }

    /// A content line (bullet stripped) in the current subsection.
    fn content(&mut self, text: &str, line: &Line) {
        // Keyed lines work anywhere in the body: "- Thời gian: …", "Địa điểm: …".
        if let Some((key, value)) = key_value(text) {
            let target = match key.as_str() {
                k if k.starts_with("thời gian")
                    && !matches!(self.sub, Sub::Programme | Sub::Assignments) =>
                {
                    Some(Sub::Schedule)
                }
                "địa điểm" => Some(Sub::Venue),
                "hình thức" | "hình thức tổ chức" => Some(Sub::Venue),
                "điểm cầu chính" => Some(Sub::Sites),
                _ => None,
            };
            if let Some(target) = target {
                match key.as_str() {
                    "hình thức" | "hình thức tổ chức" => {
                        let v = normalise(value);
                        self.plan.mode = if v.contains("kết hợp") {
                            Mode::Hybrid
                        } else if v.contains("trực tuyến") {
                            Mode::Online
                        } else {
                            Mode::InPerson
                        };
                    }
                    "điểm cầu chính" => {
                        self.plan.sites.push(site(value, true));
                        self.sub = Sub::Sites;
                    }
                    _ if value.is_empty() => self.sub = target,
                    _ => {
                        self.sub = target;
                        self.content(value, line);
                    }
                }
                return;
            }
        }
        match self.sub {
            Sub::Chairs => self.plan.chairs.push(rec::chair(text)),
            Sub::Participants => {
                let n = normalise(text);
                if let Some(rest) = n
                    .strip_prefix("dự kiến ")
                    .or_else(|| n.strip_prefix("tổng số "))
                    .or_else(|| n.strip_prefix("số lượng: "))
                {
                    let mut words = rest.split(' ');
                    if let (Some(num), Some(unit)) = (words.next(), words.next()) {
                        if unit.starts_with("đại") || unit.starts_with("người") {
                            if let Ok(n) = num.parse() {
                                self.plan.participants.expected = Some(n);
                                return;
                            }
                        }
                    }
                }
                let heading = rec::strip_end(text);
                let n = normalise(heading);
                if levels::PRESETS
                    .iter()
                    .any(|p| p.recognise_normalised(&n).is_some())
                {
                    self.level_group(heading);
                } else {
                    self.entry_line(text);
                }
            }
            Sub::Schedule => match schedule(text) {
                Some(s) => self.plan.schedule = Some(s),
                None => {
                    self.note(
                        line,
                        "/schedule",
                        format!("Chưa đọc được thời gian \"{text}\"."),
                        format!("Could not read the time \"{text}\"."),
                    );
                    self.keep(line, SectionKey::Schedule);
                }
            },
            Sub::Venue => {
                let n = normalise(text);
                if n.starts_with("các điểm cầu") || n == "điểm cầu" {
                    self.sub = Sub::Sites;
                } else if self.plan.venue.is_none() {
                    self.plan.venue = Some(venue(text));
                } else {
                    self.keep(line, SectionKey::Venue);
                }
            }
            Sub::Sites => {
                let n = normalise(text);
                if n.starts_with("các điểm cầu") {
                    return;
                }
                self.plan.sites.push(site(text, false));
            }
            Sub::Programme => self.programme_line(1, text),
            Sub::Assignments => {
                let inline = self.plan.assignments.is_empty() || self.assignment_inline;
                match key_value(text).filter(|_| inline) {
                    Some((_, task)) if !task.is_empty() => {
                        let body = text.split_once(':').map_or("", |(b, _)| b.trim());
                        self.plan.assignments.push(Assignment {
                            body: body.to_owned(),
                            tasks: vec![task.to_owned()],
                            deadline: None,
                        });
                        self.assignment_inline = true;
                    }
                    _ => self.task_line(text, line),
                }
            }
            Sub::Budget => self.budget_line(text, line),
            Sub::Purposes => self.plan.purposes.push(text.to_owned()),
            Sub::None | Sub::Other => self.keep(line, section_key(self.sub, self.section)),
        }
    }

    fn body_line(&mut self, line: &Line) {
        let t = line.text.as_str();
        if let Some((_, heading)) = roman_heading(t) {
            self.enter_section(heading);
            if self.section == Section::Other {
                self.keep(line, SectionKey::Other);
            }
            return;
        }
        if let Some((numbers, rest)) = numbered(t) {
            let depth = if numbers == [0] {
                self.sub_depth + 1
            } else {
                numbers.len()
            };
            self.subsection(depth, rest, line);
            return;
        }
        match bullet(t) {
            Some((depth, rest)) if self.sub == Sub::Programme => self.programme_line(depth, rest),
            Some((_, rest)) => self.content(rest, line),
            None => {
                if self.sub == Sub::Programme {
                    self.programme_line(1, t);
                } else {
                    self.content(t, line);
                }
            }
        }
    }

    // ---- end matter ----

    fn recipient_line(&mut self, line: &Line) -> bool {
        let Some((_, rest)) = bullet(&line.text) else {
            return false;
        };
        let t = rec::strip_end(rest);
        let n = normalise(t);
        if let Some(after) = n.strip_prefix("lưu") {
            if after.is_empty() || after.starts_with([' ', ':']) {
                let original = t
                    .get("lưu".len()..)
                    .unwrap_or("")
                    .trim_start_matches([':', ' ']);
                let units = original
                    .split(',')
                    .map(str::trim)
                    .filter(|u| !u.is_empty())
                    .map(str::to_owned)
                    .collect();
                self.plan.archive = Some(Archive { units });
                return true;
            }
        }
        let recipient = match t.split_once(':') {
            Some((body, subs)) => Recipient {
                body: body.trim().to_owned(),
                sub_units: subs
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect(),
            },
            None => Recipient {
                body: t.to_owned(),
                sub_units: Vec::new(),
            },
        };
        self.plan.recipients.push(recipient);
        true
    }

    /// Signature lines: authority, title, name. Returns whether the line was one.
    fn signature_line(&mut self, line: &Line) -> bool {
        let t = line.text.as_str();
        if let Some((a, principal)) = authority(t) {
            let sig = self.plan.signature.get_or_insert_with(Signature::default);
            sig.authority = Some(a);
            sig.principal = Some(principal.to_owned());
            return true;
        }
        let in_signature = matches!(
            self.phase,
            Phase::Signature | Phase::Recipients | Phase::Closing
        );
        if in_signature && is_upper(t) && bullet(t).is_none() && normalise(t) != "nơi nhận" {
            let sig = self.plan.signature.get_or_insert_with(Signature::default);
            if sig.title.is_none() {
                sig.title = Some(t.to_owned());
                return true;
            }
        }
        if in_signature && is_name(t) {
            if let Some(sig) = self
                .plan
                .signature
                .as_mut()
                .filter(|s| s.name.is_none() && (s.title.is_some() || s.authority.is_some()))
            {
                sig.name = Some(t.to_owned());
                return true;
            }
        }
        false
    }

    fn line(&mut self, line: &Line) {
        let t = line.text.as_str();
        match self.phase {
            Phase::Header => {
                if is_upper(t) && doctype::code_of(t).is_some() {
                    self.plan.header.document_type = t.to_owned();
                    self.finish_header();
                    self.phase = Phase::Title;
                } else {
                    self.header_line(line);
                }
                return;
            }
            Phase::Title => {
                if self.title_line(line) {
                    if self.phase == Phase::Preamble {
                        self.finish_title();
                    }
                    return;
                }
                self.finish_title();
            }
            _ => {}
        }
        if is_rule(t) {
            return;
        }
        let n = normalise(t);
        if n == "nơi nhận" || n.starts_with("nơi nhận:") {
            self.phase = Phase::Recipients;
            if let Some(rest) = t
                .split_once(':')
                .map(|(_, r)| r.trim())
                .filter(|r| !r.is_empty())
            {
                let inner = Line {
                    text: format!("- {rest}"),
                    ..line.clone()
                };
                self.recipient_line(&inner);
            }
            return;
        }
        if self.signature_line(line) {
            if self.phase != Phase::Recipients {
                self.phase = Phase::Signature;
            }
            return;
        }
        if self.phase == Phase::Recipients {
            if !self.recipient_line(line) {
                self.keep(line, SectionKey::Signature);
            }
            return;
        }
        if n.starts_with("trên đây") {
            self.phase = Phase::Closing;
        }
        match self.phase {
            Phase::Preamble => {
                if roman_heading(t).is_some() {
                    self.phase = Phase::Body;
                    self.body_line(line);
                } else {
                    self.plan.preamble.push(t.to_owned());
                }
            }
            Phase::Body => self.body_line(line),
            Phase::Closing => self.plan.closing.push(t.to_owned()),
            Phase::Signature => self.keep(line, SectionKey::Signature),
            Phase::Header | Phase::Title | Phase::Recipients => {}
        }
    }

    /// Decides which entries stand for each unit of a group, and the groups' sizes.
    fn resolve_units(&mut self) {
        let mut places: Vec<String> = Vec::new();
        for (_, _, e) in self.plan.entries() {
            places.push(match &e.role {
                Some(r) => format!("{r} {}", e.body),
                None => e.body.clone(),
            });
        }
        places.extend(self.plan.chairs.iter().map(|c| c.body.clone()));
        places.push(self.plan.header.title.clone());
        places.extend(self.plan.preamble.iter().cloned());
        places.extend(self.plan.purposes.iter().cloned());
        places.extend(self.plan.recipients.iter().map(|r| r.body.clone()));
        // Each noun the text counts ("11 phường"), with the counts it gives, in order.
        let mut mentioned: BTreeMap<String, usize> = BTreeMap::new();
        let mut counts: Vec<Vec<u32>> = Vec::new();
        for (noun, count) in places.iter().flat_map(|p| rec::unit_mentions(p)) {
            match mentioned.get(&noun).and_then(|at| counts.get_mut(*at)) {
                Some(list) => list.push(count),
                None => {
                    mentioned.insert(noun, counts.len());
                    counts.push(vec![count]);
                }
            }
        }
        // Stated per-unit nouns were recorded as their entries were read, so in the
        // order `entries()` walks them (a lookup per entry made long lists quadratic).
        let mut per_unit = std::mem::take(&mut self.per_unit).into_iter().peekable();
        let mut decided: Vec<((usize, usize), String)> = Vec::new();
        for (g, e, entry) in self.plan.entries() {
            let stated = per_unit.next_if(|(at, _)| *at == (g, e)).map(|(_, n)| n);
            let noun = stated.or_else(|| {
                rec::trailing_unit_noun(&entry.body)
                    .filter(|noun| mentioned.contains_key(*noun))
                    .map(str::to_owned)
            });
            if let Some(noun) = noun {
                decided.push(((g, e), noun));
            }
        }
        // The nouns of the unit groups, normalised, as groups are added.
        let mut defined = BTreeSet::new();
        for unit in &self.plan.units {
            defined.insert(normalise(&unit.noun));
        }
        for ((g, e), noun) in decided {
            if defined.insert(normalise(&noun)) {
                let counts = mentioned
                    .get(&noun)
                    .and_then(|at| counts.get(*at))
                    .map_or(&[][..], Vec::as_slice);
                let count = counts.first().copied();
                if counts.iter().any(|c| Some(*c) != count) {
                    self.diagnostics.push(Diagnostic::new(
                        Code::ParseNote,
                        Severity::Warning,
                        "/units",
                        Message::new(format!("Số {noun} không thống nhất: {counts:?}; dùng {count:?}."), format!("The number of {noun} differs across the text: {counts:?}; using {count:?}.")),
                    ));
                }
                self.plan.units.push(crate::model::UnitGroup {
                    noun: noun.clone(),
                    count,
                    members: Vec::new(),
                });
            }
            if let Some(entry) = self
                .plan
                .participants
                .groups
                .get_mut(g)
                .and_then(|grp| grp.entries.get_mut(e))
            {
                entry.each = Some(noun);
            }
        }
    }
}

/// Runs the reader over cleaned lines.
pub(crate) fn run(lines: &[Line]) -> Result<Parsed, ParseError> {
    let mut r = Reader::new();
    for line in lines {
        r.line(line);
    }
    match r.phase {
        Phase::Header => return Err(ParseError::NotAPlan),
        Phase::Title => r.finish_title(),
        _ => {}
    }
    r.resolve_units();
    if r.plan.header.issuer.is_empty() {
        r.diagnostics.push(Diagnostic::new(
            Code::ParseNote,
            Severity::Warning,
            "/header/issuer",
            Message::new(
                "Không tìm thấy cơ quan ban hành (dòng chữ in hoa ở đầu văn bản).",
                "No issuing body (a line in capitals at the top) was found.",
            ),
        ));
    }
    Ok(Parsed {
        plan: r.plan,
        diagnostics: r.diagnostics,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, NaiveTime};

    #[test]
    fn schedules() {
        let s = schedule("Dự kiến 08 giờ 00, ngày 26 tháng 8 năm 2022 (Thứ Sáu).").unwrap();
        assert!(s.tentative);
        assert_eq!(s.start, NaiveTime::from_hms_opt(8, 0, 0));
        assert_eq!(s.weekday_label.as_deref(), Some("Thứ Sáu"));
        let s = schedule("Từ 14g00 đến 16g30, ngày 05/9/2025 (Thứ 6)").unwrap();
        assert_eq!(
            (s.start, s.end),
            (
                NaiveTime::from_hms_opt(14, 0, 0),
                NaiveTime::from_hms_opt(16, 30, 0)
            )
        );
        let s = schedule(
            "08h00, từ ngày 26 tháng 8 năm 2022 đến ngày 27 tháng 8 năm 2022, trong 90 phút",
        )
        .unwrap();
        assert_eq!(s.end_date, NaiveDate::from_ymd_opt(2022, 8, 27));
        assert_eq!(s.duration_minutes, Some(90));
        assert!(schedule("sáng thứ sáu").is_none());
    }

    #[test]
    fn programme_items() {
        let i = programme_item("08h00 – 08h30: Đón tiếp đại biểu (Ban Tổ chức trình bày)");
        assert_eq!(
            (i.start, i.end),
            (
                NaiveTime::from_hms_opt(8, 0, 0),
                NaiveTime::from_hms_opt(8, 30, 0)
            )
        );
        assert_eq!(i.text, "Đón tiếp đại biểu");
        assert_eq!(i.presenter.as_deref(), Some("Ban Tổ chức"));
        let i = programme_item("Báo cáo tổng kết (Phó Bí thư trình bày).");
        assert_eq!(
            (i.text.as_str(), i.presenter.as_deref()),
            ("Báo cáo tổng kết", Some("Phó Bí thư"))
        );
        let i = programme_item("Báo cáo 08 tháng đầu năm 2022.");
        assert_eq!(
            i.reporting_period,
            Some(crate::ReportingPeriod::FirstMonths {
                months: 8,
                year: Some(2022)
            })
        );
        assert_eq!(i.start, None);
    }

    #[test]
    fn venues_authorities_names() {
        assert_eq!(
            venue("Hội trường A (sức chứa 120 chỗ)."),
            Venue {
                name: "Hội trường A".into(),
                capacity: Some(120)
            }
        );
        assert_eq!(
            venue("Hội trường 2 - Ủy ban Nhân dân Quận."),
            Venue {
                name: "Hội trường 2 - Ủy ban Nhân dân Quận".into(),
                capacity: None
            }
        );
        assert_eq!(
            authority("TM. BAN THƯỜNG VỤ QUẬN ĐOÀN"),
            Some((Authority::Tm, "BAN THƯỜNG VỤ QUẬN ĐOÀN"))
        );
        assert_eq!(authority("KT. BÍ THƯ"), Some((Authority::Kt, "BÍ THƯ")));
        assert_eq!(authority("Q. Trưởng"), None);
        assert!(is_name("Nguyễn Văn An"));
        assert!(!is_name("Bế mạc Hội nghị."));
        assert_eq!(slug("Khách mời đặc biệt"), "khach-moi-dac-biet");
    }
}
