//! Recognisers for the values inside lines: dates, times, weekdays, counts,
//! amounts, roles and bodies. Each takes cleaned text (NFC, single spaces).

use chrono::{NaiveDate, NaiveTime};

use crate::model::{Chair, DaySpan, Headcount, PartOfDay, ParticipantEntry, SpanUnit};
use crate::names::normalise;

/// `text` in lower case.
fn lower(text: &str) -> String {
    crate::case::lowercase(text)
}

/// Reads an unsigned number made of ASCII digits.
fn num(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// How long and in which part of the day a meeting is, from its time line: "01 ngày",
/// "1/2 ngày", "nửa ngày", "02 buổi"; "sáng ngày 20/3", "buổi chiều". A number before
/// "ngày" is a length only when no day number follows ("08 giờ 00 ngày 20/3" is a
/// time and a date); a part of the day only when the line names one part.
#[must_use]
pub fn day_span_and_part(text: &str) -> (Option<DaySpan>, Option<PartOfDay>) {
    let l = lower(text);
    let words: Vec<&str> = l.split_whitespace().collect();
    let bare = |w: &str| -> String {
        w.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | ';' | '.' | ':'))
            .to_owned()
    };
    let mut span = None;
    for (i, w) in words.iter().enumerate() {
        let Some(next) = words.get(i + 1) else { break };
        let n = bare(next);
        let unit = match n.as_str() {
            "ngày" => SpanUnit::Day,
            "buổi" => SpanUnit::Session,
            _ => continue,
        };
        // "ngày 20/3": the day number after "ngày" makes this a date.
        let dated = !next.ends_with([',', ';', ')', '.'])
            && words
                .get(i + 2)
                .is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit()));
        if dated {
            continue;
        }
        let count = bare(w);
        let previous = i.checked_sub(1).and_then(|p| words.get(p)).map(|p| bare(p));
        if matches!(previous.as_deref(), Some("giờ" | "phút")) && count != "nửa" {
            continue;
        }
        let found = match (count.as_str(), unit) {
            // "02 nửa ngày": two half days.
            ("nửa", SpanUnit::Day) => Some(DaySpan {
                count: previous
                    .as_deref()
                    .and_then(|p| p.parse::<u32>().ok())
                    .filter(|n| (1..=366).contains(n))
                    .unwrap_or(1),
                unit: SpanUnit::HalfDay,
            }),
            ("1/2" | "½", SpanUnit::Day) => Some(DaySpan {
                count: 1,
                unit: SpanUnit::HalfDay,
            }),
            (c, unit) => c
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=366).contains(n) && c.len() <= 3)
                .map(|count| DaySpan { count, unit }),
        };
        if found.is_some() {
            span = found;
            break;
        }
    }
    let mut parts = [
        ("sáng", PartOfDay::Morning),
        ("trưa", PartOfDay::Noon),
        ("chiều", PartOfDay::Afternoon),
        ("tối", PartOfDay::Evening),
    ]
    .into_iter()
    .filter(|(word, _)| {
        words.iter().enumerate().any(|(i, w)| {
            bare(w) == *word
                && (words.get(i + 1).is_some_and(|n| {
                    let n = bare(n);
                    n == "ngày" || n.starts_with(|c: char| c.is_ascii_digit())
                }) || i
                    .checked_sub(1)
                    .and_then(|p| words.get(p))
                    .is_some_and(|p| bare(p) == "buổi"))
        })
    })
    .map(|(_, part)| part);
    let part = match (parts.next(), parts.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    };
    (span, part)
}

/// The first day of a range that ends at `end`, the date written right after `before`:
/// "từ ngày 20 đến ngày 21/3/2025", "ngày 20 - 21/3/2025", "20/3 đến 02/4/2025",
/// "ngày 20 và 21/3/2025". The first day takes the end's month (unless it names its
/// own) and year; `None` when `before` does not end in such a day and a range word, or
/// when the day would not come before the end.
#[must_use]
pub fn range_start(before: &str, end: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike as _;
    let l = lower(before);
    let l = l.trim_end();
    let l = l.strip_suffix("ngày").unwrap_or(l).trim_end();
    // "từ ngày 10 đến hết ngày 11/3/2026": to the end of that day.
    let l = l.strip_suffix("hết").unwrap_or(l).trim_end();
    // "sáng ngày 20 và chiều ngày 21/3/2025"
    let l = ["sáng", "trưa", "chiều", "tối"]
        .iter()
        .find_map(|w| l.strip_suffix(w))
        .unwrap_or(l)
        .trim_end();
    // "ngày 10, 11/3/2026": days listed after "ngày" (a comma after a time is not).
    let (l, listed) = match ["đến", "tới", "và", "-", "–", "—"]
        .iter()
        .find_map(|w| l.strip_suffix(w))
    {
        Some(l) => (l.trim_end(), false),
        None => (l.strip_suffix(',')?.trim_end(), true),
    };
    let mut last = l.rsplit([' ', '(']).next()?;
    let mut before = l.get(..l.len() - last.len())?.trim_end();
    // "ngày 10, 11 và 12/3/2026": the first of the days listed.
    let mut listed = listed;
    while let Some(rest) = before.strip_suffix(',').map(str::trim_end) {
        let word = rest.rsplit([' ', '(']).next().unwrap_or("");
        if word.is_empty() || !word.bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        last = word;
        before = rest.get(..rest.len() - word.len())?.trim_end();
        listed = true;
    }
    if listed && !before.ends_with("ngày") {
        return None;
    }
    let (day, month) = match last.split_once(['/', '.', '-']) {
        Some((d, m)) => (d.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        None => (last.parse::<u32>().ok()?, end.month()),
    };
    let start = NaiveDate::from_ymd_opt(end.year(), month, day)?;
    (start < end).then_some(start)
}

/// "ngày 26 tháng 8 năm 2022", "26/8/2022", "26-08-2022", "26.8.2022": the first date
/// in `text`, with the byte range it covers.
#[must_use]
pub fn find_date(text: &str) -> Option<(NaiveDate, std::ops::Range<usize>)> {
    let l = lower(text);
    // Spelled form.
    let mut from = 0;
    while let Some(i) = l.get(from..).and_then(|s| s.find("ngày")).map(|i| i + from) {
        let rest = l.get(i + "ngày".len()..).unwrap_or("");
        // Words, a number glued to a word split from it ("31tháng 03 năm 2017").
        let words: Vec<&str> = rest
            .split_whitespace()
            .flat_map(split_glued_number)
            .take(6)
            .collect();
        if let [d, "tháng", m, "năm", y, ..] = words.as_slice() {
            let y = y.trim_end_matches(|c: char| !c.is_ascii_digit());
            // Four-digit years only, as in "26/8/2022" and the JSON form.
            let y = if y.len() == 4 { y } else { "" };
            if let (Some(d), Some(m), Some(y)) = (num(d), num(m), num(y)) {
                if let Some(date) = i32::try_from(y)
                    .ok()
                    .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
                {
                    let end_word = words.get(4).copied().unwrap_or("");
                    let end = rest.find(end_word).map_or(l.len(), |p| {
                        i + "ngày".len()
                            + p
                            + end_word
                                .trim_end_matches(|c: char| !c.is_ascii_digit())
                                .len()
                    });
                    return Some((date, i..end));
                }
            }
        }
        from = i + "ngày".len();
    }
    // Numeric form d/m/yyyy.
    let bytes = l.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes.get(i).is_some_and(u8::is_ascii_digit)
            && (i == 0 || !bytes.get(i - 1).is_some_and(u8::is_ascii_digit))
        {
            let s = l.get(i..).unwrap_or("");
            let token: String = s
                .chars()
                .take_while(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | '.'))
                .collect();
            let parts: Vec<&str> = token
                .trim_end_matches(['.', '-', '/'])
                .split(['/', '-', '.'])
                .collect();
            // "10-11/3/2026": the days of a range, the last one's date (the first
            // is read by `range_start` from the text before it).
            if let [first, d, m, y] = parts.as_slice() {
                let from = i + first.len() + 1;
                if y.len() == 4 && l.as_bytes().get(from - 1) == Some(&b'-') {
                    if let (Some(d), Some(m), Some(y)) = (num(d), num(m), num(y)) {
                        if let Some(date) = i32::try_from(y)
                            .ok()
                            .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
                        {
                            let len = token.trim_end_matches(['.', '-', '/']).len();
                            return Some((date, from..i + len));
                        }
                    }
                }
            }
            if let [d, m, y] = parts.as_slice() {
                if y.len() == 4 {
                    if let (Some(d), Some(m), Some(y)) = (num(d), num(m), num(y)) {
                        if let Some(date) = i32::try_from(y)
                            .ok()
                            .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
                        {
                            let len = token.trim_end_matches(['.', '-', '/']).len();
                            return Some((date, i..i + len));
                        }
                    }
                }
            }
            i += token.len().max(1);
        } else {
            i += 1;
        }
    }
    None
}

/// A word with numbers glued to letters split where they meet ("31tháng" → "31",
/// "tháng"; "01năm2018" → "01", "năm", "2018"); other words whole ("2017,", "26/8").
fn split_glued_number(word: &str) -> impl Iterator<Item = &str> {
    let mut rest = word;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let digit_first = rest.starts_with(|c: char| c.is_ascii_digit());
        // The run of digits, or of letters, that opens the rest; anything else
        // ("/", ",") ends the splitting and the rest stays whole.
        let run = rest
            .char_indices()
            .find(|(_, c)| {
                if digit_first {
                    !c.is_ascii_digit()
                } else {
                    !c.is_alphabetic()
                }
            })
            .map_or(rest.len(), |(i, _)| i);
        let next = rest.get(run..).unwrap_or("");
        let glued = if digit_first {
            next.starts_with(char::is_alphabetic)
        } else {
            next.starts_with(|c: char| c.is_ascii_digit())
        };
        let (head, tail) = if glued {
            (rest.get(..run).unwrap_or(rest), next)
        } else {
            (rest, "")
        };
        rest = tail;
        Some(head)
    })
}

/// A time of day and where it ends in the text.
fn time_at(l: &str, i: usize) -> Option<(NaiveTime, usize)> {
    let s = l.get(i..)?;
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    let hour = num(&digits).filter(|_| digits.len() <= 2)?;
    let mut pos = i + digits.len();
    let rest = l.get(pos..)?;
    let (minute, used) = if let Some(r) = rest.strip_prefix(" giờ") {
        let r2 = r.trim_start();
        let md: String = r2.chars().take_while(char::is_ascii_digit).collect();
        let skipped = rest.len() - r2.len();
        match num(&md).filter(|_| !md.is_empty() && md.len() <= 2) {
            Some(m) => {
                let mut used = skipped + md.len();
                if let Some(after) = l.get(pos + used..) {
                    if after.starts_with(" phút") {
                        used += " phút".len();
                    }
                }
                (m, used)
            }
            None => (0, " giờ".len()),
        }
    } else if let Some(r) = rest.strip_prefix(['h', 'g', ':']) {
        let md: String = r.chars().take_while(char::is_ascii_digit).collect();
        if md.is_empty() {
            // "8h" alone, but not a word like "8ha", nor a label's colon ("Khối 6: sáng
            // ngày …" is no time).
            if rest.starts_with(':') || r.chars().next().is_some_and(char::is_alphabetic) {
                return None;
            }
            (0, 1)
        } else if md.len() == 2 {
            (num(&md)?, 1 + md.len())
        } else {
            return None;
        }
    } else {
        return None;
    };
    pos += used;
    // A minute mark after the minutes ("7h30’", "7 giờ 30'").
    if used > 1 {
        if let Some(mark) = l
            .get(pos..)
            .and_then(|t| t.chars().next())
            .filter(|c| matches!(c, '’' | '\'' | '′'))
        {
            pos += mark.len_utf8();
        }
    }
    // Part of the day.
    let tail = l.get(pos..).unwrap_or("");
    let trimmed = tail.trim_start();
    let mut hour = hour;
    for (word, afternoon) in [
        ("sáng", false),
        ("trưa", false),
        ("chiều", true),
        ("tối", true),
    ] {
        if trimmed.starts_with(word) {
            if afternoon && hour < 12 {
                hour += 12;
            }
            pos += tail.len() - trimmed.len() + word.len();
            break;
        }
    }
    NaiveTime::from_hms_opt(hour, minute, 0).map(|t| (t, pos))
}

/// Every time of day in `text` ("08 giờ 00", "8 giờ 30 phút", "08h00", "14g00",
/// "2 giờ chiều"), with byte ranges.
#[must_use]
pub fn find_times(text: &str) -> Vec<(NaiveTime, std::ops::Range<usize>)> {
    let l = lower(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < l.len() {
        let starts_number = l.as_bytes().get(i).is_some_and(u8::is_ascii_digit)
            && (i == 0
                || !l
                    .as_bytes()
                    .get(i - 1)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'/' || *b == b'.'));
        if starts_number {
            if let Some((t, end)) = time_at(&l, i) {
                // Not part of a date like 26/8/2022.
                out.push((t, i..end));
                i = end;
                continue;
            }
        }
        i += l
            .get(i..)
            .and_then(|s| s.chars().next())
            .map_or(1, char::len_utf8);
    }
    out
}

/// A weekday written in parentheses or before a comma: "(Thứ Sáu)", "Thứ 6,", "(Chủ nhật)".
#[must_use]
pub fn find_weekday(text: &str) -> Option<String> {
    let l = lower(text);
    for key in ["thứ ", "chủ nhật", "cn)"] {
        if let Some(i) = l.find(key) {
            let original = text.get(i..)?;
            let label: String = if key == "chủ nhật" {
                original.chars().take("chủ nhật".chars().count()).collect()
            } else if key == "cn)" {
                "CN".to_owned()
            } else {
                let mut words = original.split_whitespace();
                let first = words.next()?;
                let second = words.next()?;
                format!(
                    "{first} {}",
                    second.trim_end_matches(|c: char| !c.is_alphanumeric())
                )
            };
            if crate::weekday::parse(&label).is_some() {
                return Some(label);
            }
        }
    }
    None
}

/// A count followed by its breakdown: "35 đồng chí, trong đó 32 đảng viên chính thức,
/// 03 đảng viên dự bị", "12 người, gồm 07 nam và 05 nữ". The total is the count when
/// the parts agree with it: those of "trong đó" (of which) add up to no more, those of
/// "gồm" (made of) add up to it exactly, and a breakdown in words alone ("trong đó có
/// đồng chí Bí thư") leaves the total as stated; parts that disagree read nothing.
fn count_with_breakdown(text: &str) -> Option<(Headcount, Option<String>)> {
    let l = lower(text);
    if l.len() != text.len() {
        return None;
    }
    let (at, exact) = [(", trong đó", false), (" trong đó", false), (", gồm", true)]
        .iter()
        .find_map(|(k, exact)| l.find(k).map(|i| (i, *exact)))?;
    let (count, per) = count_phrase(text.get(..at)?)?;
    let Headcount::Exact { value: total } = count else {
        return None;
    };
    if per.is_some() {
        return None;
    }
    let parts: Vec<u32> = l
        .get(at..)?
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| !d.is_empty())
        .map(num)
        .collect::<Option<Vec<u32>>>()?;
    let sum = parts.iter().try_fold(0u32, |a, b| a.checked_add(*b))?;
    let agrees = if exact { sum == total } else { sum <= total };
    agrees.then_some((count, None))
}

/// A count phrase: "01 đồng chí", "02 đ/c", "5 đại biểu", "3-5 đồng chí", "từ 3 đến 5 người".
/// Returns the count and whether it is per unit ("02 đồng chí/phường").
#[must_use]
pub fn count_phrase(text: &str) -> Option<(Headcount, Option<String>)> {
    let l = lower(text.trim());
    let l = l.strip_prefix("gồm ").unwrap_or(&l).trim();
    // "(3đc)" alone, as a table's count cell may hold it: the parenthesis says no more.
    let l = l
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .filter(|r| !r.contains(['(', ')']))
        .map_or(l, str::trim);
    // "SL: 07", "Số lượng: 15": the number labelled a count of people, no word after.
    let labelled = ["sl", "số lượng"]
        .iter()
        .find_map(|w| l.strip_prefix(w)?.trim_start().strip_prefix(':'));
    let l = labelled.map_or(l, str::trim_start);
    let (at_least, l) = match l
        .strip_prefix("ít nhất ")
        .or_else(|| l.strip_prefix("tối thiểu "))
    {
        Some(rest) => (true, rest),
        None => (false, l),
    };
    let (numbers, rest) = {
        let mut words = l.splitn(2, ' ');
        let first = words.next()?;
        let rest = words.next().unwrap_or("");
        // "15đ/c", "15đc": the word for people glued to the number.
        let glued;
        let (first, rest) = match first.find(|c: char| !c.is_ascii_digit()) {
            Some(at) if at > 0 && first.get(at..).is_some_and(|w| w.starts_with('đ')) => {
                glued = format!("{} {rest}", first.get(at..).unwrap_or(""));
                (first.get(..at).unwrap_or(first), glued.trim_end())
            }
            _ => (first, rest),
        };
        if first == "từ" {
            let mut w = rest.splitn(4, ' ');
            let a = num(w.next()?)?;
            if w.next()? != "đến" {
                return None;
            }
            let b = num(w.next()?)?;
            ((a, Some(b)), w.next().unwrap_or("").to_owned())
        } else if let Some((a, b)) = first.split_once(['-', '–']) {
            ((num(a)?, Some(num(b)?)), rest.to_owned())
        } else if let Some(range) = rest.strip_prefix("- ").or_else(|| rest.strip_prefix("– ")) {
            // "02 - 03 đồng chí": the dash spaced.
            let (b, rest) = range.split_once(' ').unwrap_or((range, ""));
            ((num(first)?, Some(num(b)?)), rest.to_owned())
        } else {
            ((num(first)?, None), rest.to_owned())
        }
    };
    let rest = number_in_words(rest.trim());
    // People by what they are in the body that sends them: "(09 em)" (children, in a
    // school or the Đội), "03 đội viên", "05 học sinh", "10 hội viên".
    let unit_words = [
        "đồng chí",
        "đ/c",
        "đ/chí",
        "đc",
        "đại biểu",
        "người lao động",
        "người",
        "thành viên",
        "cán bộ",
        "công chức",
        "viên chức",
        "công nhân",
        "giáo viên",
        "nhân viên",
        "phóng viên",
        "phụ huynh",
        "em",
        "học sinh",
        "sinh viên",
        "đội viên",
        "đoàn viên",
        "hội viên",
        "đảng viên",
    ];
    let word = match unit_words.iter().find(|w| rest.starts_with(**w)) {
        Some(w) => *w,
        None if labelled.is_some() && rest.is_empty() => "",
        None => return None,
    };
    let after = rest.get(word.len()..).unwrap_or("").trim();
    let per = after
        .strip_prefix('/')
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty());
    if !after.is_empty() && per.is_none() {
        return None;
    }
    // "05 người/đơn vị x 12 đơn vị = 60": the count per unit times the units named
    // again, the product checked against the number after "=" when one is written.
    if let Some((noun, times)) = per.as_deref().and_then(|p| p.split_once(" x ")) {
        let (units, total) = times.split_once(" = ").unwrap_or((times, ""));
        let (m, unit) = units.trim().split_once(' ')?;
        let value = match numbers {
            (a, None) if !at_least && unit == noun.trim() => a.checked_mul(num(m)?)?,
            _ => return None,
        };
        let agrees = total.is_empty()
            || count_phrase(total)
                .or_else(|| Some((Headcount::Exact { value: num(total)? }, None)))
                == Some((Headcount::Exact { value }, None));
        return agrees.then_some((Headcount::Exact { value }, None));
    }
    let count = match numbers {
        (a, None) if at_least => Headcount::AtLeast { min: a },
        (a, None) => Headcount::Exact { value: a },
        (a, Some(b)) if b >= a => Headcount::Range { min: a, max: b },
        _ => return None,
    };
    Some((count, per))
}

/// After a count, the same number in words, as state offices write it ("01 (một)
/// đồng chí", "02 (hai) đ/c", "15 (mười lăm) người"): passed over.
fn number_in_words(rest: &str) -> &str {
    const WORDS: &[&str] = &[
        "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "tám", "chín", "mười",
        "mươi", "trăm", "linh", "lẻ", "không",
    ];
    rest.strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .filter(|(inner, _)| {
            !inner.trim().is_empty() && inner.split_whitespace().all(|w| WORDS.contains(&w))
        })
        .map_or(rest, |(_, after)| after.trim_start())
}

/// Where the parenthesis that the text's last ")" closes opens: "(02 (hai) đồng chí)"
/// is one, not "(hai) đồng chí)".
fn last_parenthesis(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 1 => return Some(i),
            '(' => depth = depth.checked_sub(1)?,
            _ => {}
        }
    }
    None
}

/// "1.500.000 đồng", "2,000,000 VNĐ", "500000đ": an amount in đồng and where it starts.
#[must_use]
pub fn amount(text: &str) -> Option<(u64, usize)> {
    let l = lower(text);
    let trimmed = l.trim_end_matches(|c: char| c == '.' || c == ';' || c.is_whitespace());
    let without_unit = ["đồng", "vnđ", "vnd", "đ"]
        .iter()
        .find_map(|u| trimmed.strip_suffix(u))?
        .trim_end();
    let start = without_unit
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit() || *c == '.' || *c == ',')
        .last()
        .map(|(i, _)| i)?;
    let digits: String = without_unit
        .get(start..)?
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    digits.parse().ok().map(|a| (a, start))
}

/// A signer's name: 2–6 capitalised words, no digits or punctuation.
pub(crate) fn is_name(text: &str) -> bool {
    // "PGS.TS. Hoàng Minh Tuấn", "TS. BS. Lê Văn An": degrees and titles before the name.
    let mut text = text;
    while let Some((first, rest)) = text.split_once(' ') {
        if !academic_title(first) {
            break;
        }
        text = rest;
    }
    let words: Vec<&str> = text.split(' ').collect();
    (2..=6).contains(&words.len())
        && !crate::names::is_upper(text)
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
}

/// Degrees and honorary titles written before a signer's name, each closed by a dot
/// ("GS.", "PGS.TS.", "ThS.", "BSCKII.", "NGƯT.").
fn academic_title(word: &str) -> bool {
    const TITLES: &[&str] = &[
        "GS", "PGS", "TS", "TSKH", "ThS", "Ths", "BS", "BSCKI", "BSCKII", "CKI", "CKII", "DS",
        "KS", "CN", "LS", "NGND", "NGƯT", "NSND", "NSƯT",
    ];
    word.ends_with('.')
        && word
            .split('.')
            .filter(|p| !p.is_empty())
            .all(|p| TITLES.contains(&p))
}

/// A signer's title written as a line of its own, in any case, as plans typed without
/// a signature table close ("Bí thư Chi bộ", "HIỆU TRƯỞNG", "Người lập kế hoạch"): a
/// few words opening with a position, no digits, no closing mark.
pub(crate) fn signer_title(text: &str) -> bool {
    let text = text.trim();
    let words = text.split(' ').count();
    if !(1..=8).contains(&words)
        || text.ends_with(['.', ';', ':', ',', ')'])
        || text.bytes().any(|b| b.is_ascii_digit())
    {
        return false;
    }
    let n = normalise(text);
    let opens = |w: &str| {
        n.strip_prefix(w)
            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
    };
    ROLES
        .iter()
        .filter(|r| {
            !matches!(
                **r,
                "đồng chí" | "đ/c" | "toàn thể" | "đại diện" | "cán bộ" | "ủy viên" | "lãnh đạo"
            )
        })
        .any(|r| opens(r))
        || [
            "người lập",
            "người viết",
            "trưởng",
            "tổ trưởng",
            "chi hội trưởng",
            "thôn trưởng",
        ]
        .iter()
        .any(|w| opens(w))
}

/// Words that name a position rather than a body; normalised, longest first.
const ROLES: &[&str] = &[
    // Not "phó bí thư thường trực": "Phó Bí thư Thường trực Quận ủy" would then be read
    // differently from "đại diện Thường trực Quận ủy" (body "Thường trực Quận ủy").
    "bí thư thứ nhất",
    // A class's own teacher, one in each ("Giáo viên chủ nhiệm 32 lớp"); a unit's head
    // is read by its noun ([`unit_head`]).
    "giáo viên chủ nhiệm",
    "đại diện lãnh đạo",
    "phó chánh văn phòng",
    "phó trưởng phòng",
    "phó trưởng ban",
    "phó chủ nhiệm",
    "phó hiệu trưởng",
    "phó giám đốc",
    "phó chủ tịch",
    "chánh văn phòng",
    "người đứng đầu",
    "phó bí thư",
    "trưởng phòng",
    "trưởng ban",
    "chủ nhiệm",
    "hiệu trưởng",
    "giám đốc",
    "chủ tịch",
    "thủ trưởng",
    "đại diện",
    "lãnh đạo",
    "bí thư",
    "ủy viên",
    "cán bộ",
    "chuyên viên",
    "phóng viên",
    "toàn thể",
    "cấp trưởng",
    "cấp phó",
    "đồng chí",
    "đ/c",
];

/// The length of a unit's head opening `text`, one person in each unit: "Trưởng ấp",
/// "Tổ trưởng", "Chi hội trưởng", "Trưởng khoa" (a noun of [`UNIT_NOUNS`] and
/// "trưởng"), then a space, a comma or the end. Not before "các": "Trưởng ấp các ấp,
/// Phó trưởng ấp các ấp" names its people whole.
fn unit_head(text: &str) -> Option<usize> {
    use crate::case::lower_prefix_len;
    // "trưởng" in any case holds "ở" or "Ở" (U+1EDF, U+1EDE), within the first words
    // of a head: most texts are answered here, by their bytes.
    let head = text.as_bytes();
    let head = head.get(..head.len().min(64)).unwrap_or(head);
    if !head
        .windows(3)
        .any(|w| matches!(w, [0xE1, 0xBB, 0x9E | 0x9F]))
    {
        return None;
    }
    let word_end = |len: usize| {
        text.get(len..)
            .is_some_and(|after| {
                (after.is_empty() || after.starts_with([' ', ',', '(', ';']))
                    && lower_prefix_len(after, " các ").is_none()
            })
            .then_some(len)
    };
    UNIT_NOUNS
        .iter()
        .filter(|n| !n.contains(','))
        .find_map(|noun| {
            let head_first = lower_prefix_len(text, "trưởng ").and_then(|t| {
                let n = lower_prefix_len(text.get(t..)?, noun)?;
                word_end(t + n)
            });
            head_first.or_else(|| {
                let n = lower_prefix_len(text, noun)?;
                let t = lower_prefix_len(text.get(n..)?, " trưởng")?;
                word_end(n + t)
            })
        })
}

/// Roles that stand for an unknown number of people.
const PLURAL_ROLES: &[&str] = &["ủy viên", "cán bộ", "chuyên viên", "phóng viên", "toàn thể"];

/// Whether a role (normalised) stands for an unknown number of people: a plural role
/// within it, or "Lãnh đạo" on its own ("Lãnh đạo Bộ" are the ministry's leaders, how
/// many the text does not say; "Đại diện lãnh đạo" is one of them).
fn plural_role(role: &str) -> bool {
    role.starts_with("lãnh đạo") || PLURAL_ROLES.iter().any(|r| role.contains(r))
}

/// Splits "Bí thư và Phó Bí thư Đoàn 11 phường" into the role ("Bí thư và Phó Bí
/// thư") and the body ("Đoàn 11 phường"). A parenthesis right after a role belongs
/// to it ("Bí thư (hoặc Phó Bí thư Đảng ủy)").
#[must_use]
pub fn split_role(text: &str) -> (Option<String>, String) {
    let (role, body, _) = read_role(text);
    (role, body)
}

/// [`split_role`], and how many people the role names, counted as its roles are read:
/// what [`role_headcount`] gives for it, without reading the role again.
fn read_role(text: &str) -> (Option<String>, String, Headcount) {
    use crate::case::lower_prefix_len;
    // The role a text starts with, and its length in the text (compared without
    // lower-casing the text: a long line of roles stays linear).
    // The roles that may open `rest`: those starting with the first byte of its first
    // letter in lower case (more than those starting with the letter, as "đ" and "ă"
    // share a first byte; a role that does not start with the letter does not match).
    let candidates = |rest: &str| {
        let first = rest
            .chars()
            .next()
            .map(|c| first_byte(crate::case::lower(c).next().unwrap_or(c)));
        ROLES
            .iter()
            .filter(move |r| first.is_some() && r.as_bytes().first() == first.as_ref())
    };
    let role_at = |rest: &str| {
        candidates(rest)
            .find_map(|r| {
                let len = lower_prefix_len(rest, r)?;
                rest.get(len..)
                    .filter(|after| after.is_empty() || after.starts_with([' ', ',', '(', ';']))
                    .map(|_| (*r, len))
            })
            .or_else(|| unit_head(rest).map(|len| ("trưởng", len)))
    };
    let mut pos = 0;
    let mut last_role_end = 0;
    // The role after a connector, found when the connector was read.
    let mut next_role = role_at(text);
    // Positions, as role_headcount counts them: the roles apart by "và" or ",", a role
    // after "hoặc", "/" or a form of address being the same position.
    let (mut positions, mut opens, mut plural_before) = (0u32, true, false);
    let (mut unknown, mut several) = (false, false);
    while let Some((role, role_len)) = next_role.take() {
        if opens {
            positions += 1;
            several |= plural_before;
            unknown |= !plural_before && role == "lãnh đạo";
        }
        unknown |= PLURAL_ROLES.contains(&role);
        opens = false;
        pos += role_len;
        last_role_end = pos;
        // "đồng chí Phó Chủ tịch UBND tỉnh": the address, then the role it addresses.
        if matches!(role, "đồng chí" | "đ/c") {
            if let Some(next) = text.get(pos..).and_then(|a| a.strip_prefix(' ')) {
                if ROLES
                    .iter()
                    .any(|r| *r != "đồng chí" && *r != "đ/c" && lower_prefix_len(next, r).is_some())
                {
                    pos += 1;
                    next_role = role_at(text.get(pos..).unwrap_or(""));
                    continue;
                }
            }
        }
        // Parenthesis belonging to the role.
        let after = text.get(pos..).unwrap_or("");
        if let Some(inner) = after.strip_prefix(" (").or_else(|| after.strip_prefix('(')) {
            if let Some(close) = inner.find(')') {
                pos += after.len() - inner.len() + close + 1;
                last_role_end = pos;
            }
        }
        // Connector to another role.
        let after = text.get(pos..).unwrap_or("");
        let connector = [" và ", ", ", " hoặc ", " / "]
            .into_iter()
            .find_map(|c| lower_prefix_len(after, c).map(|len| (c, len)));
        match connector {
            Some((word, c)) => {
                let next = after.get(c..).unwrap_or("");
                // "Chủ tịch, các Phó Chủ tịch": a plural before the next role.
                let plural = lower_prefix_len(next, "các ").unwrap_or(0);
                let next = next.get(plural..).unwrap_or("");
                next_role = role_at(next);
                if next_role.is_some()
                    || candidates(next).any(|r| lower_prefix_len(next, r).is_some())
                {
                    opens = matches!(word, " và " | ", ");
                    plural_before = opens && plural > 0;
                    pos += c + plural;
                } else {
                    // "Cán bộ, công chức xã": a list of kinds of people, not a role
                    // and the body it belongs to. The whole phrase is the body.
                    return (None, text.trim().to_owned(), Headcount::Unknown);
                }
            }
            None => break,
        }
    }
    let role = text.get(..last_role_end).unwrap_or("").trim();
    let body = text.get(last_role_end..).unwrap_or("").trim();
    if role.is_empty() || body.is_empty() {
        return (None, text.trim().to_owned(), Headcount::Unknown);
    }
    let count = if unknown || positions == 0 {
        Headcount::Unknown
    } else if several {
        Headcount::AtLeast { min: positions }
    } else {
        Headcount::Exact { value: positions }
    };
    (Some(role.to_owned()), body.to_owned(), count)
}

/// How many people a role names: one per position ("Bí thư và Phó Bí thư" is 2),
/// unknown for plural roles ("Ủy viên", "Toàn thể").
#[must_use]
pub fn role_headcount(role: &str) -> Headcount {
    let n = if role.contains('(') {
        let mut depth = 0i32;
        let mut top = String::new();
        for c in role.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ if depth == 0 => top.push(c),
                _ => {}
            }
        }
        normalise(&top)
    } else {
        normalise(role)
    };
    let pieces: Vec<&str> = n
        .split(" và ")
        .flat_map(|p| p.split(", "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if pieces.iter().any(|p| plural_role(p)) {
        return Headcount::Unknown;
    }
    // "Giám đốc, các Phó Giám đốc": one or more deputies, how many the text does not
    // say; at least one per position.
    let plural = pieces
        .iter()
        .any(|p| p.starts_with("các ") || p.starts_with("những "));
    match u32::try_from(pieces.len()) {
        Ok(0) | Err(_) => Headcount::Unknown,
        Ok(n) if plural => Headcount::AtLeast { min: n },
        Ok(n) => Headcount::Exact { value: n },
    }
}

/// The signing authority a line opens with, as offices type it ("TM.", and "T/M",
/// "T.M."), and the rest of the line. A form without its final dot must be followed by a
/// space ("T/M CHI BỘ").
#[must_use]
pub fn authority_prefix(text: &str) -> Option<(crate::model::Authority, &str)> {
    use crate::model::Authority::{Kt, Tl, Tm, Tuq, Q};
    const FORMS: &[(&str, crate::model::Authority)] = &[
        ("TM.", Tm),
        ("T.M.", Tm),
        ("T/M", Tm),
        ("T.M", Tm),
        ("KT.", Kt),
        ("K.T.", Kt),
        ("K/T", Kt),
        ("K.T", Kt),
        ("TL.", Tl),
        ("T.L.", Tl),
        ("T/L", Tl),
        ("T.L", Tl),
        ("TUQ.", Tuq),
        ("T/UQ", Tuq),
        ("Q.", Q),
    ];
    // Every form opens with one of these (most lines with none).
    if !text.starts_with(['T', 'K', 'Q']) {
        return None;
    }
    FORMS.iter().find_map(|(form, a)| {
        let rest = text.strip_prefix(form)?;
        (form.ends_with('.') || rest.starts_with(char::is_whitespace)).then_some((*a, rest))
    })
}

/// Strips a leading "Mời" (invited).
#[must_use]
pub fn strip_invited(text: &str) -> (bool, &str) {
    match crate::case::lower_prefix_len(text, "mời ") {
        Some(len) => (true, text.get(len..).unwrap_or("").trim_start()),
        None => (false, text),
    }
}

/// Words that end an invitation rather than name who is invited ("Mời đồng chí Phó
/// Chủ tịch UBND tỉnh dự và chỉ đạo"), longest first; a bare "dự" only ends an entry
/// that invites.
const ATTENDANCE_ENDS: &[&str] = &[
    " dự và phát biểu chỉ đạo",
    " về dự và chỉ đạo",
    " dự và chỉ đạo",
    " dự, chỉ đạo",
    " về dự",
    " tới dự",
    " đến dự",
    " tham dự",
];

/// `text` without the words that say the invited attend ("… dự và chỉ đạo").
fn strip_attendance(text: &str, invited: bool) -> &str {
    // Every ending ends in "dự" or "đạo", or names the meeting after them ("… dự và
    // chỉ đạo Hội nghị"): most entries are not lower-cased.
    let last = text.chars().next_back().map(crate::case::lower);
    if !last.is_some_and(|mut l| matches!(l.next(), Some('ự' | 'o' | 'ị' | 'i'))) {
        return text;
    }
    let l = lower(text);
    if l.len() != text.len() {
        return text;
    }
    // The meeting named after the ending: the ending is then looked for before it.
    let meeting = [" hội nghị", " đại hội", " hội thảo"]
        .iter()
        .find(|m| l.ends_with(**m))
        .map_or(0, |m| m.len());
    let whole = text;
    let (text, l) = (
        text.get(..text.len() - meeting).unwrap_or(text),
        l.get(..l.len() - meeting).unwrap_or(&l),
    );
    let ends = ATTENDANCE_ENDS
        .iter()
        .copied()
        .chain(invited.then_some(" dự"));
    for end in ends {
        if l.ends_with(end) {
            let kept = text
                .get(..text.len() - end.len())
                .unwrap_or(text)
                .trim_end();
            if !kept.is_empty() {
                return kept;
            }
        }
    }
    whole
}

/// Strips list punctuation at the end of an entry (";", ".", ",", and spaces between
/// them): stripping twice is stripping once.
#[must_use]
pub fn strip_end(text: &str) -> &str {
    text.trim_start()
        .trim_end_matches(|c: char| matches!(c, ';' | '.' | ',') || c.is_whitespace())
}

/// Reads a chair line ("Mời đại diện Thường trực Quận ủy;").
#[must_use]
pub fn chair(text: &str) -> Chair {
    let (invited, rest) = strip_invited(strip_end(text));
    let (role, body) = split_role(strip_attendance(rest, invited));
    Chair {
        invited,
        role,
        body,
    }
}

/// Reads a participant line ("Mời đại diện Ban Thường vụ Thành Đoàn (01 đồng chí).").
/// The unit group (`each`) is decided later, when the plan's unit groups are known;
/// the returned noun is the one a per-unit count names ("02 đồng chí/phường").
#[must_use]
pub fn entry(text: &str) -> (ParticipantEntry, Option<String>) {
    let (invited, rest) = strip_invited(strip_end(text));
    // The text as read so far: copied only when a count or a description is taken
    // out of it.
    let mut rest = std::borrow::Cow::Borrowed(rest);
    let mut stated = None;
    if rest.ends_with(')') {
        if let Some(open) = last_parenthesis(&rest) {
            let inner = rest.get(open + 1..rest.len() - 1).unwrap_or("");
            if let Some(c) = count_phrase(inner).or_else(|| count_with_breakdown(inner)) {
                stated = Some(c);
                rest = rest.get(..open).unwrap_or("").trim_end().to_owned().into();
            }
        }
    }
    // "…: 02 đ/c", "… – 02 đồng chí", "…, 02 đ/c".
    if stated.is_none() {
        for (mark, separator) in [(':', ": "), ('–', " – "), ('-', " - "), (',', ", ")] {
            // A search for the mark alone first: most lines have none of them.
            if !rest.contains(mark) {
                continue;
            }
            if let Some((head, tail)) = rest.rsplit_once(separator) {
                // "khoảng 15 - 20 người": a range written with spaces, its first number
                // no part of the body; not a dash before the count.
                let range = mark != ':'
                    && mark != ','
                    && head
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()));
                if range {
                    continue;
                }
                if let Some(c) = count_phrase(tail) {
                    stated = Some(c);
                    rest = head.trim_end().to_owned().into();
                    break;
                }
            }
        }
    }
    // "Đại biểu đương nhiên: 25 đồng chí (Ủy viên BCH khóa VI)": the count, then who
    // they are. Only a description in words: a parenthesis with a number or a unit
    // ("(mỗi xã)", "(02/xã)") may change what the count means, and is not passed over.
    if stated.is_none() && rest.ends_with(')') {
        if let Some(open) = rest.rfind('(') {
            let inner = rest.get(open + 1..rest.len() - 1).unwrap_or("");
            let inner_l = lower(inner);
            let describes = !inner.is_empty()
                && !inner
                    .chars()
                    .any(|c| c.is_ascii_digit() || c == '/' || c == '(')
                && !["mỗi", "từng", "một", "các"]
                    .iter()
                    .any(|w| inner_l.split(' ').any(|x| x == *w));
            let before = rest.get(..open).unwrap_or("").trim_end();
            if describes {
                for separator in [": ", " – ", " - ", ", "] {
                    if let Some((head, tail)) = before.rsplit_once(separator) {
                        if let Some(c) = count_phrase(tail) {
                            stated = Some(c);
                            rest = format!("{} ({inner})", head.trim_end()).into();
                            break;
                        }
                    }
                }
            }
        }
    }
    // "02 đồng chí lãnh đạo Huyện ủy": the count first, then whom.
    if stated.is_none() {
        if let Some((count, body)) = leading_count(&rest) {
            stated = Some((count, None));
            rest = body.to_owned().into();
        }
    }
    // "Ông Huỳnh Trường Vĩnh", "Bà Lê Thị Thanh Lam, Phó Chủ tịch …": one person.
    if stated.is_none() {
        if let Some((address, body)) = named_person(&rest) {
            return (
                ParticipantEntry {
                    invited,
                    role: Some(address.to_owned()),
                    body: body.to_owned(),
                    each: None,
                    count: Headcount::Exact { value: 1 },
                    count_stated: false,
                },
                None,
            );
        }
    }
    let (role, body, positions) = read_role(strip_attendance(&rest, invited));
    let (count, count_stated, per) = match stated {
        Some((count, per)) => (count, true, per),
        // "Đại diện các đoàn thể xã": one representative of each of several bodies,
        // how many the text does not say.
        None if plural_body(&body) => (Headcount::Unknown, false, None),
        // A unit's head is one in each unit: one person only where the body numbers
        // its units or names one ("Chi hội trưởng 15 chi hội", "Tổ trưởng Tổ 5");
        // "Tổ trưởng tổ dân phố", "chi hội trưởng phụ nữ tiêu biểu" are as many as
        // the units.
        None if role.as_deref().is_some_and(|r| {
            unit_head(r).is_some_and(|len| len == r.len())
                || crate::case::lower_prefix_len(r, "giáo viên chủ nhiệm") == Some(r.len())
        }) && !body.bytes().any(|b| b.is_ascii_digit()) =>
        {
            (Headcount::Unknown, false, None)
        }
        None => (
            role.as_deref().map_or(Headcount::Unknown, |r| {
                further_positions(r, positions, &body)
            }),
            false,
            None,
        ),
    };
    (
        ParticipantEntry {
            invited,
            role,
            body,
            each: None,
            count,
            count_stated,
        },
        per,
    )
}

/// Whether a word is the address that names a person ("Ông", "Bà"): the role of an
/// entry [`entry`] read as one named person.
pub(crate) fn person_address(word: &str) -> bool {
    matches!(word, "Ông" | "Bà" | "ông" | "bà")
}

/// A person named with "Ông" or "Bà" ("Bà Lê Thị Thanh Lam", "Ông Đỗ Văn Lô, Chủ
/// tịch …"): the address and the rest. The name is two to five words, each a capital
/// then small letters, up to the end, a comma, a dash or a parenthesis ("Bà con nhân
/// dân" names no one).
fn named_person(text: &str) -> Option<(&str, &str)> {
    let (address, rest) = text.split_once(' ')?;
    (person_address(address) && opens_with_name(rest)).then_some((address, rest))
}

/// Whether `rest` opens with a person's name: two to five words, each a capital then
/// small letters, up to the end, a comma, a dash or a parenthesis.
fn opens_with_name(rest: &str) -> bool {
    let end = [", ", " - ", " – ", " (", ","]
        .iter()
        .filter_map(|m| rest.find(m))
        .min()
        .unwrap_or(rest.len());
    let Some(name) = rest.get(..end).map(str::trim) else {
        return false;
    };
    let words = name.split(' ').count();
    let capitalised = name.split(' ').all(|w| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    });
    (2..=5).contains(&words) && capitalised
}

/// Whether a line names one person: "Đồng chí Nguyễn Văn An - Bí thư Đảng ủy", "Đ/c
/// Trần Thị Bình, Phó Bí thư", "Bà Lê Thị Cúc, Chủ tịch …" (an entry of one, even
/// when numbered as the parts of a list are).
pub(crate) fn names_a_person(text: &str) -> bool {
    named_person(text).is_some()
        || ["Đồng chí ", "đồng chí ", "Đ/c ", "đ/c ", "Đ/C "]
            .iter()
            .find_map(|a| text.strip_prefix(a))
            .is_some_and(opens_with_name)
}

/// The count of an entry whose body names more positions after the first role's
/// ("Chủ tịch Công đoàn, Trưởng Ban Nữ công"; "Bí thư Đảng ủy và Chủ tịch UBND xã"):
/// one person may hold them together or each its own, so between the role's count and
/// that plus one per further position, or at least the role's count when a further one
/// is plural ("…, các Phó Giám đốc"). A named person ("Đ/c Nguyễn Văn An, Chủ tịch UBND
/// xã") is one, titles and all.
fn further_positions(role: &str, count: Headcount, body: &str) -> Headcount {
    let Headcount::Exact { value } = count else {
        return count;
    };
    // Further positions follow ", " or " và ": most bodies have neither.
    let joined = body.contains(", ") || contains_ignoring_case(body, " và ");
    if !joined {
        return count;
    }
    // A form of address alone: a named person.
    let whole = |address: &str| crate::case::lower_prefix_len(role, address) == Some(role.len());
    if whole("đồng chí") || whole("đ/c") {
        return count;
    }
    let b = normalise(body);
    // "đại diện Thường trực Đảng ủy, HĐND, UBND xã": representatives of several bodies,
    // one or more; how many the text does not say.
    if value == 1 && b.contains(", ") && crate::case::lower_prefix_len(role, "đại diện").is_some()
    {
        return Headcount::AtLeast { min: 1 };
    }
    let mut more = 0u32;
    let mut plural = false;
    for separator in [", ", " và "] {
        for (i, _) in b.match_indices(separator) {
            let next = b.get(i + separator.len()..).unwrap_or("");
            let (is_plural, next) = match next.strip_prefix("các ") {
                Some(rest) => (true, rest),
                None => (false, next),
            };
            let named = ROLES.iter().find(|role| {
                next.strip_prefix(**role)
                    .is_some_and(|after| after.is_empty() || after.starts_with([' ', ',']))
            });
            if let Some(role) = named {
                more += 1;
                plural |= is_plural || plural_role(role);
            }
        }
    }
    match more {
        0 => count,
        _ if plural => Headcount::AtLeast { min: value },
        _ => Headcount::Range {
            min: value,
            max: value.saturating_add(more),
        },
    }
}

/// Whether a body names several bodies ("các đoàn thể xã", "Trưởng các ban").
fn plural_body(body: &str) -> bool {
    let at = |i: usize, word: &str| {
        body.get(i..)
            .and_then(|rest| crate::case::lower_prefix_len(rest, word))
            .is_some()
    };
    at(0, "các ") || at(0, "những ") || contains_ignoring_case(body, " các ")
}

/// A count that opens an entry, and the body after it: "02 đồng chí lãnh đạo Huyện
/// ủy", "03 đại biểu Hội Nông dân xã". The body must name one, by a word in capitals:
/// "120 đại biểu tham dự" is how many come, the plan's total, not an entry. A body
/// that holds another number or says "mỗi", "từng" or "/" may change what the count
/// means ("01 đồng chí lãnh đạo mỗi phòng"), and is not read.
fn leading_count(text: &str) -> Option<(Headcount, &str)> {
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // The count is two to four words: "02 người", "02 đồng chí", "02 người lao động".
    let spaces = text.match_indices(' ').map(|(i, _)| i).skip(1).take(3);
    for end in spaces {
        let (head, body) = (text.get(..end)?, text.get(end + 1..)?.trim());
        let Some((count @ Headcount::Exact { .. }, None)) = count_phrase(head) else {
            continue;
        };
        let names_a_body = body
            .split(' ')
            .any(|w| w.starts_with(|c: char| c.is_uppercase()));
        let changes_it = body.contains(|c: char| c.is_ascii_digit() || c == '/')
            || body
                .split(' ')
                .any(|w| matches!(w, "mỗi" | "từng" | "Mỗi" | "Từng"));
        return (names_a_body && !changes_it).then_some((count, body));
    }
    None
}

/// Whether a number after `word` names or orders one thing ("số 2", "lần thứ 2", "khóa
/// 15", "năm 2026", "tổ 5", "Phường 12") rather than counting several.
pub(crate) fn names_one(word: &str) -> bool {
    const NAMING: [&str; 20] = [
        "thứ",
        "số",
        "lần",
        "khóa",
        "khoá",
        "năm",
        "kỳ",
        "ngày",
        "tháng",
        "tổ",
        "khu",
        "lớp",
        "khối",
        "phường",
        "quận",
        "ấp",
        "thôn",
        "xóm",
        "đội",
        "phòng",
    ];
    NAMING
        .iter()
        .any(|n| crate::case::lower_prefix_len(word, n) == Some(word.len()))
}

/// Whether a body counts the units it names ("UBND 05 xã", "15 chi bộ trực thuộc"): a
/// number of two or more, then a word in lower case, the units' noun. A number that
/// names one unit ("Chi bộ 3", "Phường 12 Quận 3") or orders it ("lần thứ 2", "khóa
/// 15", "năm 2026 của …") is no count of units. The reader counts the units it knows
/// the number of ("Bí thư chi bộ 12 thôn"); the others leave the entry's size unknown.
pub(crate) fn numbered_units(body: &str) -> bool {
    let mut words = body.split(' ').filter(|w| !w.is_empty()).peekable();
    let mut before: Option<&str> = None;
    while let Some(word) = words.next() {
        // "Bí thư chi bộ (11 chi bộ)": a count may open a parenthesis.
        let word = word.strip_prefix('(').unwrap_or(word);
        let is_count = word.len() <= 4
            && word.bytes().all(|b| b.is_ascii_digit())
            && word.parse::<u32>().is_ok_and(|n| n >= 2);
        if is_count
            && !before.is_some_and(names_one)
            && words.peek().is_some_and(|next| {
                next.chars().next().is_some_and(char::is_lowercase)
                    && !matches!(*next, "và" | "hoặc")
            })
        {
            return true;
        }
        before = Some(word);
    }
    false
}

/// Whether `text` holds `word` (lower case, opening with two ASCII characters: " và ",
/// " các "), ignoring case. Those two are compared as bytes first: most places in a
/// text differ there, and only the rest is compared by characters.
pub(crate) fn contains_ignoring_case(text: &str, word: &str) -> bool {
    let [first, second, ..] = word.as_bytes() else {
        return false;
    };
    // From one place holding the first byte to the next.
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = bytes
        .get(from..)
        .and_then(|b| b.iter().position(|b| b == first))
        .map(|p| from + p)
    {
        if bytes
            .get(i + 1)
            .is_some_and(|b| b.eq_ignore_ascii_case(second))
            && text
                .get(i..)
                .and_then(|rest| crate::case::lower_prefix_len(rest, word))
                .is_some()
        {
            return true;
        }
        from = i + 1;
    }
    false
}

/// Nouns of subordinate units that plans count ("11 phường"); normalised.
pub const UNIT_NOUNS: &[&str] = &[
    "xã, phường, đặc khu",
    "xã, phường, thị trấn",
    "xã, thị trấn",
    "xã, phường",
    "phường, xã",
    "thị trấn",
    "phường",
    "xã",
    "chi đoàn",
    "cơ sở đoàn",
    "đoàn cơ sở",
    "chi bộ",
    "đảng bộ",
    "liên đội",
    "trường",
    "đơn vị",
    "ấp",
    "khu phố",
    "tổ dân phố",
    "tổ",
    "khu dân cư",
    "thôn",
    "bản",
    "làng",
    "xóm",
    "chi hội",
    "chi đội",
    "lớp",
    "khoa",
    "đặc khu",
    "huyện",
    "quận",
    "tỉnh, thành phố",
    "tỉnh",
    "điểm cầu",
];

/// The number of units a text gives for `noun` ("gồm 11 ấp" → 11), when it gives one
/// number only.
#[must_use]
pub fn unit_mentions_of(text: &str, noun: &str) -> Option<u32> {
    let l = normalise(text);
    let noun = normalise(noun);
    let mut found = None;
    let mut rest = l.as_str();
    while !rest.is_empty() {
        let (word, tail) = rest.split_once(' ').unwrap_or((rest, ""));
        rest = tail;
        // "(11 phường)": a number may open a parenthesis.
        let word = word.strip_prefix('(').unwrap_or(word);
        if !word.is_empty() && word.chars().all(|c| c.is_ascii_digit()) {
            let named = tail.strip_prefix(noun.as_str()).is_some_and(|after| {
                after.is_empty() || after.starts_with([' ', ',', ';', '.', ')'])
            });
            if named {
                let n = num(word)?;
                if found.is_some_and(|f| f != n) {
                    return None;
                }
                found = Some(n);
            }
        }
    }
    found
}

/// Every "N noun" in `text` ("11 phường").
#[must_use]
pub fn unit_mentions(text: &str) -> Vec<(String, u32)> {
    let mut out = Vec::new();
    unit_mentions_into(text, &mut out);
    out.into_iter()
        .map(|(noun, n)| (noun.to_owned(), n))
        .collect()
}

/// [`unit_mentions`], appended to `out`, each noun one of [`UNIT_NOUNS`]: the reader
/// collects those of every entry, and a string and a list for each cost more than
/// finding them.
pub(crate) fn unit_mentions_into(text: &str, out: &mut Vec<(&'static str, u32)>) {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    // Cleaned text has single spaces: each word is followed by the rest of the text.
    // The nouns are compared ignoring case, without lower-casing the text. Only the
    // words that start with a digit are looked at.
    let text = text.trim();
    let mut from = 0;
    while let Some(d) = text
        .as_bytes()
        .get(from..)
        .and_then(|b| b.iter().position(u8::is_ascii_digit))
    {
        let start = from + d;
        let after_digits = text
            .as_bytes()
            .get(start..)
            .and_then(|b| b.iter().position(|c| !c.is_ascii_digit()))
            .map_or(text.len(), |e| start + e);
        // The digits are followed by a few bytes at most: looked at one by one.
        let word_end = text
            .as_bytes()
            .get(start..)
            .and_then(|r| r.iter().position(|b| *b == b' '))
            .map_or(text.len(), |e| start + e);
        from = word_end.max(start + 1);
        // "(21 xã, thị trấn)": a count in parentheses starts a word too.
        let before = |back: usize| start.checked_sub(back).and_then(|i| text.as_bytes().get(i));
        let at_word_start = start == 0
            || before(1) == Some(&b' ')
            || before(1) == Some(&b'(') && matches!(before(2), None | Some(&b' '));
        if !at_word_start || after_digits != word_end {
            continue;
        }
        let word = text.get(start..word_end).unwrap_or("");
        let tail = text
            .get(word_end..)
            .map_or("", |t| t.strip_prefix(' ').unwrap_or(t));
        let Some(n) = num(word) else {
            continue;
        };
        // "Trường THPT số 2 huyện …", "lần thứ 2": the number names or orders one.
        if text
            .get(..start)
            .and_then(|b| super::lines::last_word(b.trim_end()))
            .is_some_and(names_one)
        {
            continue;
        }
        let named = |noun: &&&str| {
            crate::case::lower_prefix_len(tail, noun)
                .and_then(|len| tail.get(len..))
                .is_some_and(|after| {
                    after.is_empty()
                        || after.starts_with([' ', ',', ';', '.', ')'])
                        || after
                            .trim_end_matches(['.', ';', ':', ',', '!'])
                            .trim_end()
                            .is_empty()
                })
        };
        // The nouns starting with the first byte of its first letter in lower case (as
        // with the roles in `read_role`).
        let Some(first) = tail
            .chars()
            .next()
            .map(|c| first_byte(crate::case::lower(c).next().unwrap_or(c)))
        else {
            continue;
        };
        if let Some(noun) = UNIT_NOUNS
            .iter()
            .filter(|noun| noun.as_bytes().first() == Some(&first))
            .find(named)
        {
            out.push((noun, n));
        }
    }
}

/// The first byte of `c` in UTF-8.
fn first_byte(c: char) -> u8 {
    let mut buf = [0; 4];
    c.encode_utf8(&mut buf)
        .as_bytes()
        .first()
        .copied()
        .unwrap_or(0)
}

/// The unit noun an entry's body ends with ("Đoàn 11 phường" → "phường").
#[must_use]
pub fn trailing_unit_noun(body: &str) -> Option<&'static str> {
    // Only a body whose last word ends a noun can end with one (most end otherwise:
    // a name, a number): checked before normalising the body.
    let last = body
        .trim_end_matches(['.', ';', ':', ',', '!'])
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    // Lower-cased when it has a letter that may change (a number has none).
    let last = if last
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        std::borrow::Cow::Borrowed(last)
    } else {
        std::borrow::Cow::Owned(lower(last))
    };
    let ends_a_noun = UNIT_NOUNS.iter().any(|noun| {
        noun.strip_suffix(&*last)
            .is_some_and(|head| head.is_empty() || head.ends_with(' '))
    });
    if !ends_a_noun {
        return None;
    }
    // The longest noun is four words: the last six words of the body, from a word's
    // start, end with whatever noun the whole body ends with.
    let from = body
        .char_indices()
        .rev()
        .filter(|(_, c)| c.is_whitespace())
        .nth(5)
        .map_or(0, |(i, c)| i + c.len_utf8());
    let n = normalise(body.get(from..).unwrap_or(body));
    UNIT_NOUNS
        .iter()
        .find(|noun| crate::names::ends_with_words(&n, noun))
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `contains_ignoring_case` as it was written, every pair of bytes looked at.
    fn contains_ignoring_case_by_pairs(text: &str, word: &str) -> bool {
        let [first, second, ..] = word.as_bytes() else {
            return false;
        };
        text.as_bytes().windows(2).enumerate().any(|(i, w)| {
            w.first() == Some(first)
                && w.get(1).is_some_and(|b| b.eq_ignore_ascii_case(second))
                && text
                    .get(i..)
                    .and_then(|rest| crate::case::lower_prefix_len(rest, word))
                    .is_some()
        })
    }

    proptest::proptest! {
        /// Jumping from one first byte to the next finds what every pair of bytes does.
        #[test]
        fn contains_ignoring_case_finds_what_every_pair_does(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    " và ", " VÀ ", " Và", " các ", " CÁC", " ", "  ", "v", "V", "à", "c", "á",
                    "Đoàn", "x", "1", "ư", "  và", "các ",
                ]),
                0..12,
            ),
            word in proptest::sample::select(vec![" và ", " các ", "và", " ", ""]),
        ) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(
                contains_ignoring_case(&text, word),
                contains_ignoring_case_by_pairs(&text, word),
                "{:?} {:?}", text, word
            );
        }
    }

    /// `unit_mentions` as it was written before it jumped from digit to digit: every
    /// word looked at.
    fn unit_mentions_word_by_word(text: &str) -> Vec<(String, u32)> {
        let mut out = Vec::new();
        let mut rest = text.trim();
        let mut before = "";
        while !rest.is_empty() {
            let (word, tail) = rest.split_once(' ').unwrap_or((rest, ""));
            rest = tail;
            let previous = before;
            if !word.is_empty() {
                before = word;
            }
            let opened = word.starts_with('(');
            let word = word.strip_prefix('(').unwrap_or(word);
            let Some(n) = num(word).filter(|_| word.chars().all(|c| c.is_ascii_digit())) else {
                continue;
            };
            // "số 2 huyện": a number naming one; "(21 xã": a count.
            if !opened && names_one(previous) {
                continue;
            }
            let named = |noun: &&&str| {
                crate::case::lower_prefix_len(tail, noun)
                    .and_then(|len| tail.get(len..))
                    .is_some_and(|after| {
                        after.is_empty()
                            || after.starts_with([' ', ',', ';', '.', ')'])
                            || after
                                .trim_end_matches(['.', ';', ':', ',', '!'])
                                .trim_end()
                                .is_empty()
                    })
            };
            let Some(first) = tail
                .chars()
                .next()
                .map(|c| crate::case::lower(c).next().unwrap_or(c))
            else {
                continue;
            };
            if let Some(noun) = UNIT_NOUNS
                .iter()
                .filter(|noun| noun.starts_with(first))
                .find(named)
            {
                out.push(((*noun).to_owned(), n));
            }
        }
        out
    }

    /// `trailing_unit_noun` as it was before it normalised the last words only.
    fn trailing_unit_noun_of_whole(body: &str) -> Option<&'static str> {
        let n = normalise(body);
        UNIT_NOUNS
            .iter()
            .find(|noun| crate::names::ends_with_words(&n, noun))
            .copied()
    }

    proptest::proptest! {
        /// The last six words end with the noun the whole body ends with.
        #[test]
        fn trailing_nouns_read_from_the_last_words_are_the_wholes(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Đoàn", "11", "xã,", "phường,", "đặc", "khu", "thị", "trấn", "các", "Các", "xã",
                    "phường", "chi", "đoàn", "tổ", "dân", "phố", "Huyện", ".", "  ",
                ]),
                0..14,
            ),
        ) {
            let body = words.join(" ");
            let expected = trailing_unit_noun_of_whole(&body);
            // The quick test on the last word comes first in both.
            let quick = trailing_unit_noun(&body);
            proptest::prop_assert!(quick.is_none() || quick == expected, "{}", body);
            if quick.is_none() {
                proptest::prop_assert!(
                    expected.is_none() || {
                        let last = body.trim_end_matches(['.', ';', ':', ',', '!']).rsplit(char::is_whitespace).next().unwrap_or("");
                        !UNIT_NOUNS.iter().any(|n| n.strip_suffix(lower(last).as_str()).is_some_and(|h| h.is_empty() || h.ends_with(' ')))
                    },
                    "{}", body
                );
            }
        }

        /// Jumping from digit to digit finds what looking at every word finds.
        #[test]
        fn unit_mentions_found_at_digits_are_those_of_every_word(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "11", "034", "2022", "11,", "(11", "1a", "phường", "xã", "Xã,", "xã,", "chi đoàn",
                    "đơn vị", "Đoàn", "các", "và", "ấp;", "tổ", ".", "", "xã.",
                ]),
                0..12,
            ),
        ) {
            let text = words.join(" ");
            proptest::prop_assert_eq!(unit_mentions(&text), unit_mentions_word_by_word(&text), "{}", text);
        }

        /// Counting positions while the roles are read gives what reading the role
        /// again gives.
        #[test]
        fn positions_counted_while_reading_agree_with_the_role_read_again(
            parts in proptest::collection::vec(
                (
                    0..ROLES.len(),
                    proptest::sample::select(vec![" ", " và ", ", ", " hoặc ", " / ", " Và ", ", các ", " và các ", " hoặc các "]),
                    proptest::bool::ANY,
                    proptest::bool::ANY,
                ),
                1..5,
            ),
            body in proptest::sample::select(vec!["Đoàn xã", "UBND tỉnh", "", "(x) Quận"]),
        ) {
            let mut text = String::new();
            for (i, (role, connector, capital, paren)) in parts.iter().enumerate() {
                if i > 0 {
                    text.push_str(connector);
                }
                let role = ROLES.get(*role).copied().unwrap_or("bí thư");
                text.push_str(&if *capital { crate::case::capitalise(role) } else { role.to_owned() });
                if *paren {
                    text.push_str(" (hoặc ủy viên)");
                }
            }
            text.push(' ');
            text.push_str(body);
            let (role, _, count) = read_role(&text);
            if let Some(role) = role {
                proptest::prop_assert_eq!(count, role_headcount(&role), "{}", text);
            }
        }
    }

    /// The bytes looked for first never turn a head away: every noun, either order,
    /// either case.
    #[test]
    fn a_units_head_passes_the_byte_check_first() {
        for noun in UNIT_NOUNS.iter().filter(|n| !n.contains(',')) {
            for text in [
                format!("Trưởng {noun} Tân An"),
                format!("TRƯỞNG {} Tân An", crate::case::uppercase(noun)),
                format!("{} trưởng Tân An", crate::case::capitalise(noun)),
            ] {
                assert!(unit_head(&text).is_some(), "{text}");
            }
        }
        assert_eq!(unit_head("Phó Chủ tịch UBND xã"), None);
    }

    #[test]
    fn roles_are_read_from_the_start_of_a_line_of_any_length() {
        // The longest role fits what is lower-cased of each step.
        assert!(ROLES
            .iter()
            .all(|r| r.chars().count() + " hoặc ".len() < 40));
        let (role, body) = split_role("Phó Chánh Văn phòng và Phó Trưởng phòng Nội vụ");
        assert_eq!(
            role.as_deref(),
            Some("Phó Chánh Văn phòng và Phó Trưởng phòng")
        );
        assert_eq!(body, "Nội vụ");
        // A role, then the end of the text: no body, so no role either.
        assert_eq!(
            split_role("Phó Chánh Văn phòng"),
            (None, "Phó Chánh Văn phòng".into())
        );
        let many = "Bí thư và ".repeat(20_000) + "Bí thư Đoàn xã";
        let (role, body) = split_role(&many);
        assert_eq!(body, "Đoàn xã");
        assert_eq!(role.map(|r| r.len()), Some(many.len() - " Đoàn xã".len()));
    }

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn dates() {
        let d = NaiveDate::from_ymd_opt(2022, 8, 26).unwrap();
        assert_eq!(
            find_date("Dự kiến 08 giờ 00, ngày 26 tháng 8 năm 2022 (Thứ Sáu)").map(|x| x.0),
            Some(d)
        );
        assert_eq!(find_date("hạn chót 26/8/2022.").map(|x| x.0), Some(d));
        assert_eq!(find_date("26-08-2022").map(|x| x.0), Some(d));
        assert_eq!(find_date("ngày 31 tháng 2 năm 2022"), None);
        // A number glued to the word after it, as pasted: read, the range to the year.
        let glued = "Yên Lãng, ngày 31tháng 03 năm 2017";
        let (date, at) = find_date(glued).unwrap();
        assert_eq!(date, NaiveDate::from_ymd_opt(2017, 3, 31).unwrap());
        assert_eq!(glued.get(at), Some("ngày 31tháng 03 năm 2017"));
        assert_eq!(
            find_date("ngày 5 tháng 01năm2018").map(|x| x.0),
            NaiveDate::from_ymd_opt(2018, 1, 5)
        );
        assert_eq!(find_date("ngày    tháng    năm 2022"), None);
        assert_eq!(find_date("ngày 10 tháng 9 năm 22025"), None);
        assert_eq!(
            find_date("Quận 12, ngày 18 tháng 8 năm 2022").map(|x| x.1),
            Some("Quận 12, ".len().."Quận 12, ngày 18 tháng 8 năm 2022".len())
        );
    }

    #[test]
    fn times() {
        let times = |s: &str| find_times(s).into_iter().map(|x| x.0).collect::<Vec<_>>();
        assert_eq!(times("08 giờ 00, ngày 26 tháng 8 năm 2022"), [t(8, 0)]);
        assert_eq!(times("8 giờ 30 phút sáng"), [t(8, 30)]);
        assert_eq!(times("08h00 – 08h30: Đón tiếp"), [t(8, 0), t(8, 30)]);
        assert_eq!(times("14g00"), [t(14, 0)]);
        assert_eq!(times("2 giờ chiều"), [t(14, 0)]);
        assert_eq!(times("lúc 13:30"), [t(13, 30)]);
        assert_eq!(times("ngày 26/8/2022, 50 đại biểu, 8ha"), []);
        // A minute mark, as offices type it.
        assert_eq!(times("Từ 7h30’ đến 7h40’: Kiểm tra"), [t(7, 30), t(7, 40)]);
        let (_, at) = find_times("7 giờ 30’ ngày 09/01/2018")[0].clone();
        assert_eq!(at, 0.."7 giờ 30’".len());
    }

    #[test]
    fn weekdays() {
        assert_eq!(
            find_weekday("ngày 26 tháng 8 năm 2022 (Thứ Sáu)."),
            Some("Thứ Sáu".into())
        );
        assert_eq!(find_weekday("Thứ 6, ngày 26/8/2022"), Some("Thứ 6".into()));
        assert_eq!(find_weekday("(Chủ nhật)"), Some("Chủ nhật".into()));
        assert_eq!(find_weekday("thứ tự"), None);
    }

    #[test]
    fn counts() {
        assert_eq!(
            count_phrase("01 đồng chí"),
            Some((Headcount::Exact { value: 1 }, None))
        );
        assert_eq!(
            count_phrase("02 đ/c"),
            Some((Headcount::Exact { value: 2 }, None))
        );
        assert_eq!(
            count_phrase("3-5 đồng chí"),
            Some((Headcount::Range { min: 3, max: 5 }, None))
        );
        assert_eq!(
            count_phrase("từ 3 đến 5 người"),
            Some((Headcount::Range { min: 3, max: 5 }, None))
        );
        assert_eq!(
            count_phrase("02 đồng chí/phường"),
            Some((Headcount::Exact { value: 2 }, Some("phường".into())))
        );
        assert_eq!(
            count_phrase("ít nhất 05 đồng chí"),
            Some((Headcount::AtLeast { min: 5 }, None))
        );
        assert_eq!(count_phrase("hoặc Phó Bí thư"), None);
        assert_eq!(count_phrase("SL: 07 bàn"), None);
        // A product that disagrees with its total, or units other than those counted
        // per: no count.
        assert_eq!(count_phrase("05 người/đơn vị x 12 đơn vị = 70"), None);
        assert_eq!(count_phrase("05 người/ấp x 12 xã"), None);
        assert_eq!(count_phrase("07"), None);
        assert_eq!(count_phrase("5 đồng chí trở lên nữa"), None);
        // As offices type them: the word glued to the number, "ĐC", the number said
        // again in words, a spaced dash.
        for (text, n) in [
            ("15đ/c", 15),
            ("15ĐC", 15),
            ("15 ĐC", 15),
            ("20 (hai mươi) đồng chí", 20),
            ("02 (hai) đ/c", 2),
            // A number labelled a count of people.
            ("SL: 07", 7),
            ("Số lượng: 15 người", 15),
            // A count cell in parentheses.
            ("(3đc)", 3),
            // A count per unit times the units, the product checked when written.
            ("05 người/đơn vị x 12 đơn vị = 60", 60),
            ("02 đ/c/xã x 9 xã", 18),
            ("05 người/ấp x 12 ấp = 60 người", 60),
        ] {
            assert_eq!(
                count_phrase(text),
                Some((Headcount::Exact { value: n }, None)),
                "{text}"
            );
        }
        assert_eq!(
            count_phrase("02 - 03 đồng chí"),
            Some((Headcount::Range { min: 2, max: 3 }, None))
        );
        assert_eq!(count_phrase("15đ"), None);
        assert_eq!(count_phrase("15đ/người"), None);
        assert_eq!(count_phrase("20 (2 đội) đồng chí"), None);
    }

    #[test]
    fn amounts() {
        assert_eq!(
            amount("Tài liệu: 1.500.000 đồng;"),
            Some((1_500_000, "Tài liệu: ".len()))
        );
        assert_eq!(amount("2,000,000 VNĐ").map(|a| a.0), Some(2_000_000));
        assert_eq!(amount("500000đ").map(|a| a.0), Some(500_000));
        assert_eq!(amount("không có số"), None);
    }

    #[test]
    fn lengths_and_parts_of_day() {
        let day = |count| {
            Some(DaySpan {
                count,
                unit: SpanUnit::Day,
            })
        };
        let half = Some(DaySpan {
            count: 1,
            unit: SpanUnit::HalfDay,
        });
        let sessions = |count| {
            Some(DaySpan {
                count,
                unit: SpanUnit::Session,
            })
        };
        for (text, span, part) in [
            ("Thời gian: 01 ngày, ngày 20/3/2025.", day(1), None),
            (
                "Thời gian: 1/2 ngày, sáng ngày 20/3/2025.",
                half,
                Some(PartOfDay::Morning),
            ),
            (
                "Thời gian: nửa ngày (chiều 20/3/2025)",
                half,
                Some(PartOfDay::Afternoon),
            ),
            (
                "02 nửa ngày, ngày 20/3/2025",
                Some(DaySpan {
                    count: 2,
                    unit: SpanUnit::HalfDay,
                }),
                None,
            ),
            (
                "Thời gian: 01 buổi, bắt đầu từ 7 giờ 30 ngày 20/3/2025",
                sessions(1),
                None,
            ),
            (
                "chiều ngày 20/3/2025 (01 buổi).",
                sessions(1),
                Some(PartOfDay::Afternoon),
            ),
            (
                "Dự kiến 02 ngày (từ ngày 20 đến ngày 21/3/2025).",
                day(2),
                None,
            ),
            // A time and a date, not a length.
            ("08 giờ 00 ngày 20/3/2025", None, None),
            ("Từ 8h00 ngày 20/3/2025", None, None),
            // Two parts of the day: neither.
            ("sáng ngày 20 và chiều ngày 21/3/2025", None, None),
            ("vào buổi tối", None, Some(PartOfDay::Evening)),
            // Words, not parts of the day.
            ("Hội nghị sáng kiến kinh nghiệm ngày 20/3/2025", None, None),
        ] {
            assert_eq!(day_span_and_part(text), (span, part), "{text}");
        }
    }

    #[test]
    fn date_ranges() {
        let end = NaiveDate::from_ymd_opt(2025, 3, 21).unwrap();
        let day = |d| NaiveDate::from_ymd_opt(2025, 3, d);
        assert_eq!(
            range_start("Dự kiến 02 ngày (từ ngày 20 đến ngày ", end),
            day(20)
        );
        assert_eq!(range_start("ngày 19 - ", end), day(19));
        assert_eq!(range_start("ngày 20 và ", end), day(20));
        assert_eq!(range_start("Sáng ngày 20 và chiều ngày ", end), day(20));
        assert_eq!(
            range_start("từ 28/2 đến ", end),
            NaiveDate::from_ymd_opt(2025, 2, 28)
        );
        // Not a range, or not before its end.
        assert_eq!(range_start("Hội nghị lần 20, ", end), None);
        assert_eq!(range_start("ngày 25 đến ", end), None);
        assert_eq!(range_start("", end), None);
        // Days listed after "ngày", and to the end of a day.
        assert_eq!(range_start("02 ngày 19, ", end), day(19));
        assert_eq!(range_start("từ ngày 19 đến hết ngày ", end), day(19));
        assert_eq!(range_start("lúc 7 giờ 05, ", end), None);
        assert_eq!(range_start("ngày 18, 19 và ", end), day(18));
    }

    #[test]
    fn roles_and_bodies() {
        assert_eq!(
            split_role("Bí thư và Phó Bí thư Đoàn 11 phường"),
            (Some("Bí thư và Phó Bí thư".into()), "Đoàn 11 phường".into())
        );
        assert_eq!(
            split_role("Bí thư (hoặc Phó Bí thư Đảng ủy) phường"),
            (
                Some("Bí thư (hoặc Phó Bí thư Đảng ủy)".into()),
                "phường".into()
            )
        );
        assert_eq!(
            split_role("đại diện Thường trực Quận ủy"),
            (Some("đại diện".into()), "Thường trực Quận ủy".into())
        );
        assert_eq!(
            split_role("Ban Thường vụ Quận Đoàn"),
            (None, "Ban Thường vụ Quận Đoàn".into())
        );
        assert_eq!(split_role("Bí thư"), (None, "Bí thư".into()));
        // A list of kinds of people is not a role and a body.
        assert_eq!(
            split_role("Cán bộ, công chức xã"),
            (None, "Cán bộ, công chức xã".into())
        );
        assert_eq!(
            split_role("Cán bộ và nhân viên Văn phòng"),
            (None, "Cán bộ và nhân viên Văn phòng".into())
        );
        assert_eq!(
            split_role("Bí thư thứ nhất Trung ương Đoàn"),
            (Some("Bí thư thứ nhất".into()), "Trung ương Đoàn".into())
        );
        assert_eq!(
            split_role("Bí thư và Phó Bí thư Thường trực Quận ủy"),
            (
                Some("Bí thư và Phó Bí thư".into()),
                "Thường trực Quận ủy".into()
            )
        );
        assert_eq!(
            role_headcount("Bí thư và Phó Bí thư"),
            Headcount::Exact { value: 2 }
        );
        assert_eq!(
            role_headcount("Bí thư (hoặc Phó Bí thư Đảng ủy)"),
            Headcount::Exact { value: 1 }
        );
        assert_eq!(role_headcount("Ủy viên"), Headcount::Unknown);
    }

    #[test]
    fn entries() {
        let (e, per) = entry("Mời đại diện Ban Thường vụ Thành Đoàn (01 đồng chí).");
        assert!(e.invited && e.count_stated && per.is_none());
        assert_eq!(
            (e.role.as_deref(), e.body.as_str(), e.count),
            (
                Some("đại diện"),
                "Ban Thường vụ Thành Đoàn",
                Headcount::Exact { value: 1 }
            )
        );
        let (e, _) = entry("Ban Thường vụ Quận Đoàn.");
        assert_eq!(e.count, Headcount::Unknown);
        for written in [
            "Đại diện Quận Đoàn: 02 đ/c.",
            "Đại diện Quận Đoàn – 02 đồng chí;",
            "Đại diện Quận Đoàn, 02 đ/c",
            "Đại diện Quận Đoàn (02 đ/c)",
        ] {
            let (e, _) = entry(written);
            assert_eq!(
                (e.body.as_str(), e.count, e.count_stated),
                ("Quận Đoàn", Headcount::Exact { value: 2 }, true),
                "{written}"
            );
        }
        let (e, _) = entry("Ban Tổ chức - Kiểm tra Huyện Đoàn");
        assert_eq!(e.body, "Ban Tổ chức - Kiểm tra Huyện Đoàn");
        let (e, per) = entry("Bí thư Đoàn xã (01 đồng chí/xã)");
        assert_eq!(per.as_deref(), Some("xã"));
        assert_eq!(e.body, "Đoàn xã");
    }

    #[test]
    fn units() {
        // `trailing_unit_noun` reads the last six words: no noun is longer than five.
        assert!(UNIT_NOUNS.iter().all(|n| n.split(' ').count() <= 5));
        assert_eq!(
            unit_mentions("Cấp ủy Đảng 11 phường về"),
            [("phường".to_owned(), 11)]
        );
        assert_eq!(
            unit_mentions("Đoàn 34 xã, phường."),
            [("xã, phường".to_owned(), 34)]
        );
        assert_eq!(unit_mentions("2022 năm"), []);
        assert_eq!(trailing_unit_noun("Đoàn 11 phường"), Some("phường"));
        assert_eq!(trailing_unit_noun("Quận ủy"), None);
    }
}
