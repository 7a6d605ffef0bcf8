//! How a participants line states its count: a total of delegates ("Tổng số đại
//! biểu dự kiến: 60 người"), counts mentioned in a line, a count per unit ("mỗi ấp 01
//! đồng chí, gồm 11 ấp"), and why a line cannot safely be counted. The section reader
//! (`parse`) decides what to do with a line; these read what it says.

use super::recognise as rec;
use crate::model::Headcount;

/// The words a line may hold besides one number and still be a total of delegates
/// ("Tổng số đại biểu dự kiến: 60 người", "Dự kiến 60 đại biểu", "Số lượng: 60"),
/// with the words announcing the list below it ("…: 75 người, cụ thể:", "… như sau:",
/// "…: 50, phân bổ như sau:").
const TOTAL_WORDS: &[&str] = &[
    "tổng", "số", "đại", "biểu", "dự", "kiến", "người", "đồng", "chí", "đ/c", "tham", "khoảng",
    "là", "gồm", "có", "lượng", "cộng", "hội", "nghị", "khách", "mời", "thành", "phần", "được",
    "triệu", "tập", "chính", "thức", "tất", "cả", "toàn", "bộ", "với", "chung", "trong", "đó",
    "và", "của", "đảng", "đoàn", "viên", "cụ", "thể", "như", "sau", "kể", "bao", "phân", "bổ",
];

/// The words that make such a line a total rather than an entry.
const TOTAL_MARKS: &[&str] = &["tổng", "dự kiến", "số lượng", "khoảng", "tổng cộng"];

/// The expected total a line states, when it states nothing else; `n` is the line
/// [normalised](crate::names::normalise).
pub(super) fn total_of(n: &str) -> Option<u32> {
    // "Cộng: 12 đ/c", "Cộng 12 người", a table's "Cộng | 50" row: a sum ("cộng đồng"
    // is no mark).
    let sum = n.strip_prefix("cộng").is_some_and(|rest| {
        rest.trim_start()
            .starts_with(|c: char| matches!(c, ':' | '(') || c.is_ascii_digit())
    });
    if !sum && !TOTAL_MARKS.iter().any(|m| n.contains(m)) {
        return None;
    }
    // "Đại biểu khách mời: khoảng 30 đồng chí", "Số lượng khách mời: 30": the guests'
    // number, a part of those summoned; the whole is said so ("Tổng số đại biểu và
    // khách mời", "kể cả khách mời", "toàn bộ").
    let words =
        || n.split(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '.' | '(' | ')' | ';'));
    // "Tổng số khách mời: 20 người" is still the guests' ("tổng" alone says no more).
    if n.contains("khách mời")
        && !words().any(|w| matches!(w, "cả" | "và" | "với" | "chung" | "toàn"))
    {
        return None;
    }
    let mut number = None;
    for word in words() {
        if word.is_empty() {
            continue;
        }
        if word.chars().all(|c| c.is_ascii_digit()) {
            if number.is_some() {
                return None;
            }
            number = word.parse().ok();
        } else if !TOTAL_WORDS.contains(&word) {
            return None;
        }
    }
    number
}

/// Total line `n` (normalised) without the remark in parentheses closing it, when
/// that remark holds no number and narrows no one ("Tổng số đại biểu: 60 người (có
/// danh sách kèm theo)"): "(không kể khách mời)", "(nam 30, nữ 30)" are kept.
pub(super) fn without_remark(n: &str) -> Option<&str> {
    let body = n.trim_end_matches(['.', ';', ' ']);
    let open = body.strip_suffix(')')?.rfind('(')?;
    let inner = body.get(open + 1..body.len() - 1)?;
    let narrows = [
        "khách", "không", "chưa", "ngoài", "trừ", "kể", "gồm", "trong", "mỗi",
    ];
    (!inner.contains(|c: char| c.is_ascii_digit()) && !narrows.iter().any(|w| inner.contains(w)))
        .then(|| body.get(..open).map(str::trim_end))
        .flatten()
}

/// Total line `n` (normalised) without its closing "(không kể khách mời)", "(chưa kể
/// khách mời)", "(ngoài khách mời)": the number of those summoned besides the guests.
pub(super) fn excluding_guests(n: &str) -> Option<&str> {
    let body = n.trim_end_matches(['.', ';', ' ']);
    let open = body.strip_suffix(')')?.rfind('(')?;
    let inner = body.get(open + 1..body.len() - 1)?;
    (inner.contains("khách mời")
        && ["không", "chưa", "ngoài", "trừ"]
            .iter()
            .any(|w| inner.starts_with(w)))
    .then(|| body.get(..open).map(str::trim_end))
    .flatten()
}

/// Whether total line `n` (normalised) names no whole before its number: "Tổng: 05
/// đồng chí", "Cộng: 12 đ/c", "Tổng số: 10" close a part's entries as often as all;
/// "Tổng cộng", "Tổng số đại biểu" name everyone.
pub(super) fn bare_sum(n: &str) -> bool {
    let head = n.split(|c: char| c.is_ascii_digit()).next().unwrap_or("");
    let mut words = head
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '.' | ','))
        .filter(|w| !w.is_empty())
        .peekable();
    let first = words.next();
    matches!(first, Some("tổng" | "cộng"))
        && words.all(|w| w == "số")
        && !(first == Some("tổng") && head.contains("cộng"))
}

/// The total a line naming the whole participants states ("Thành phần tham dự gồm 60
/// đại biểu:", "Thành phần: gồm 60 đại biểu, cụ thể như sau:", "Thành phần mời dự hội
/// nghị: khoảng 60 người", "Toàn bộ 60 đại biểu, gồm:"); `n` is the line
/// [normalised](crate::names::normalise). Keyed on "thành phần" or "toàn bộ" opening
/// the line: "Khách mời gồm 20 đồng chí:" names a part,
/// and "Thành phần: toàn thể đảng viên (45 đồng chí)" names whom, so neither is one.
pub(super) fn whole_total(n: &str) -> Option<u32> {
    let rest = n
        .strip_prefix("thành phần")
        .or_else(|| n.strip_prefix("toàn bộ"))?;
    let mut words = rest
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '.' | ';'))
        .filter(|w| !w.is_empty());
    let number = words.find(|w| {
        !matches!(
            *w,
            "tham" | "dự" | "mời" | "hội" | "nghị" | "gồm" | "là" | "có" | "kiến" | "khoảng"
        )
    })?;
    let number = number
        .chars()
        .all(|c| c.is_ascii_digit())
        .then(|| number.parse().ok())??;
    let people = match words.next()? {
        "đại" => words.next() == Some("biểu"),
        "đồng" => words.next() == Some("chí"),
        "người" | "đ/c" => true,
        _ => false,
    };
    (people && words.all(|w| matches!(w, "cụ" | "thể" | "như" | "sau" | "gồm" | "có")))
        .then_some(number)
}

/// The units a per-unit entry names, when it lists them ("các tổ chức thành viên: Hội
/// Nông dân, Hội Phụ nữ, Đoàn Thanh niên" for "mỗi tổ chức"; "xã An Phú, xã Bình Hòa
/// và xã Phú Lộc" for "mỗi xã"): `Some(Ok(names))` when the list is clearly one of
/// names (two or more, apart at commas and "và", each short and written as a name),
/// `Some(Err(()))` when the words after the colon are not clearly such a list, `None`
/// when the entry lists no units. Without a colon, the names must each open with the
/// unit's noun ("xã An Phú"), or the noun be a word for any unit ("mỗi đơn vị" after
/// "Hội Nông dân, Hội Phụ nữ, Đoàn Thanh niên xã").
pub(super) fn named_units(body: &str, noun: &str) -> Option<Result<Vec<String>, ()>> {
    let noun = crate::names::normalise(noun);
    let (list, after_colon) = match body.rsplit_once(':') {
        Some((head, list)) => {
            let head = crate::names::normalise(head);
            if !head.contains(&noun) {
                return None;
            }
            (list, true)
        }
        None => (body, false),
    };
    let items: Vec<&str> = list
        .split([',', ';'])
        .flat_map(|p| p.split(" và "))
        .map(|i| i.trim().trim_end_matches('.'))
        .collect();
    let of_noun = |i: &str| {
        crate::names::normalise(i)
            .strip_prefix(&noun)
            .is_some_and(|rest| rest.starts_with(' '))
    };
    // A word for any unit ("mỗi đơn vị", "mỗi tổ chức") after bodies named with
    // commas: those bodies are its units.
    let any_unit = matches!(noun.as_str(), "đơn vị" | "tổ chức" | "cơ quan" | "đoàn thể");
    // "các xã, phường: 96 xã, phường": a number of units, no names.
    if items
        .iter()
        .any(|i| i.starts_with(|c: char| c.is_ascii_digit()))
        || (!after_colon && !(items.len() >= 2 && (any_unit || items.iter().all(|i| of_noun(i)))))
    {
        return None;
    }
    let clear = items.len() >= 2
        && items.iter().all(|i| {
            let n = crate::names::normalise(i);
            !i.is_empty()
                && i.split_whitespace().count() <= 8
                && (i.chars().next().is_some_and(char::is_uppercase) || of_noun(i))
                && !i.starts_with("các ")
                && !i.starts_with("Các ")
                && !["…", "...", "v.v", "khác"].iter().any(|w| n.contains(w))
        });
    // Without a colon announcing them, bodies that are not clearly names make no claim.
    match (clear, after_colon) {
        (true, _) => Some(Ok(items.iter().map(|i| (*i).to_owned()).collect())),
        (false, true) => Some(Err(())),
        (false, false) => None,
    }
}

/// Whether a total ([normalised](crate::names::normalise)) is said to be approximate
/// ("khoảng 120 đại biểu", "dự kiến khoảng 20 đồng chí").
pub(super) fn approximate(n: &str) -> bool {
    n.split(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '.' | '(' | ')' | ';'))
        .any(|w| w == "khoảng")
}

/// The total a heading states in parentheses at its end ("Thành phần tham dự (dự kiến
/// khoảng 120 đại biểu):", "Đại biểu khách mời (khoảng 20 đồng chí):"), and whether it
/// is said to be approximate.
pub(super) fn parenthesized_total(text: &str) -> Option<(u32, bool)> {
    let (_, inner) = text
        .trim_end_matches([':', ' '])
        .strip_suffix(')')?
        .rsplit_once('(')?;
    let n = crate::names::normalise(inner);
    Some((total_of(&n)?, approximate(&n)))
}

/// How many "N đồng chí"-like counts a normalised text holds: a word of digits (and
/// "-") followed by a word that names people.
pub(super) fn count_mentions(n: &str) -> usize {
    let apart = |c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ':' | ';');
    let mut count = 0;
    let mut rest = n;
    // Only the words that start with a digit are looked at.
    while let Some(d) = rest.bytes().position(|b| b.is_ascii_digit()) {
        let starts_word = rest
            .get(..d)
            .and_then(|b| b.chars().next_back())
            .is_none_or(apart);
        let word = rest.get(d..).unwrap_or("");
        let end = word.find(apart).unwrap_or(word.len());
        let number = word.get(..end).unwrap_or("");
        rest = word.get(end..).unwrap_or("");
        let unit = rest.trim_start_matches(apart);
        // "nhiệm kỳ 2021 - 2026 (đại biểu đương nhiên)": words in parentheses after a
        // number are no unit of it.
        let bracketed = rest.trim_start().starts_with('(');
        if starts_word
            && !bracketed
            && number.bytes().all(|b| b.is_ascii_digit() || b == b'-')
            && [
                "đồng", "đ/c", "người", "đại", "cán", "thành", "đội", "học", "giáo", "viên", "đoàn",
            ]
            .iter()
            .any(|u| unit.starts_with(u))
        {
            count += 1;
        }
    }
    count
}

/// The number of households a normalised participants text counts ("15 hộ", "20 hộ
/// gia đình", "(12 hộ)"): a count of households, not of people. A household sends one
/// person or more, and the text does not say how many: it is not counted as people.
pub(super) fn households(n: &str) -> Option<u32> {
    let mut words = n
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ':' | ';' | '.'))
        .filter(|w| !w.is_empty())
        .peekable();
    while let Some(word) = words.next() {
        if word.bytes().all(|b| b.is_ascii_digit()) && words.peek() == Some(&"hộ") {
            return word.parse().ok();
        }
    }
    None
}

/// The parts of a body whose own members meet apart before the whole does (a school's
/// "tổ", a hospital's "khoa", an office's "phòng"), normalised.
const PARTS_OF_A_BODY: &[&str] = &[
    "tổ",
    "tổ chuyên môn",
    "tổ công đoàn",
    "khoa",
    "phòng",
    "phòng, khoa",
    "khoa, phòng",
    "bộ phận",
    "phân xưởng",
];

/// The people an entry names within one part of its body, normalised ("viên chức,
/// người lao động trong tổ" → "viên chức, người lao động"): the part unnamed ("trong
/// tổ", "của các khoa"), so each of them. `None` for anything else.
pub(super) fn people_of_a_part(body: &str) -> Option<String> {
    let n = crate::names::normalise(body);
    let n = n.strip_prefix("toàn thể ").unwrap_or(&n);
    [" trong ", " của ", " thuộc "].iter().find_map(|p| {
        let (people, part) = n.split_once(p)?;
        let part = part.strip_prefix("các ").unwrap_or(part);
        let part = part.strip_prefix("mỗi ").unwrap_or(part);
        (PARTS_OF_A_BODY.contains(&part) && people.chars().any(char::is_alphabetic))
            .then(|| people.trim().to_owned())
    })
}

/// Why a participants line cannot safely be read as one entry (Vietnamese, English),
/// or `None` when it can: several counts in one line, a count in the middle of the
/// text, a per-unit count that could not be read, a line too long for a name. `n` is
/// the text [normalised](crate::names::normalise), `entry` the text read as an entry.
pub(super) fn uncertain_entry(
    text: &str,
    n: &str,
    entry: &crate::model::ParticipantEntry,
) -> Option<(&'static str, &'static str)> {
    let mentions = count_mentions(n);
    if mentions >= 2 && !n.contains("mỗi") {
        return Some((
            "có nhiều số lượng trong một dòng",
            "several counts in one line",
        ));
    }
    if mentions == 1 && !entry.count_stated {
        return Some(("số lượng nằm giữa câu", "a count in the middle of the text"));
    }
    if n.contains("mỗi") && !entry.count_stated && mentions > 0 {
        return Some((
            "số lượng theo từng đơn vị chưa rõ",
            "a per-unit count that could not be read",
        ));
    }
    if !entry.count_stated && !entry.count.is_unknown() && stray_number(n) {
        return Some((
            "có số lượng chưa đọc được",
            "a number that could not be read",
        ));
    }
    if text.len() > 300 && text.chars().count() > 300 {
        return Some(("dòng quá dài cho một thành phần", "too long for one entry"));
    }
    None
}

/// A number on a participants line that no reading took ("(SL: 02)", "[02 đồng
/// chí]", "02 ĐB", "01 lãnh đạo + 01 chuyên viên", "hai đồng chí"): the line may say
/// how many it summons, so the size its role gives ("Đại diện" is one) may be wrong.
/// Not a number that names or orders one ("Chi bộ số 3", "khóa 15", "Phường 12"),
/// counts units ("11 phường"), is a year, or ends a name ("Bệnh viện 175").
/// Normalised text.
pub(super) fn stray_number(n: &str) -> bool {
    const PEOPLE: [&str; 4] = ["đồng chí", "đ/c", "người", "đại biểu"];
    const WORDS: [&str; 10] = [
        "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
    ];
    // The tokens one by one, the word before and those after each read from the
    // iterator where a rule looks at them: no vector of tokens, no string per token.
    let mut tokens = n.split_whitespace();
    let mut before = "";
    while let Some(raw) = tokens.next() {
        let before = std::mem::replace(&mut before, raw);
        let core = raw.trim_matches(|c: char| {
            matches!(c, '(' | ')' | '[' | ']' | '.' | ',' | ';' | ':' | '+')
        });
        let after = tokens.clone();
        // "hai đồng chí": a number in words before people.
        if WORDS.contains(&core) && PEOPLE.iter().any(|p| words_start_with(after.clone(), p)) {
            return true;
        }
        if core.is_empty() || core.len() > 4 || !core.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        if core.len() == 4
            && core
                .parse::<u32>()
                .is_ok_and(|y| (1900..=2100).contains(&y))
        {
            continue;
        }
        if rec::names_one(before.trim_matches(|c: char| !crate::unicode::is_alphanumeric(c))) {
            continue;
        }
        let rest = after.collect::<Vec<_>>().join(" ");
        let mut units = Vec::new();
        rec::unit_mentions_into(&format!("{core} {rest}"), &mut units);
        if !units.is_empty() {
            continue;
        }
        // "Bệnh viện 175": a number closing the line after a word is a name's, unless
        // bracketed or after a colon, a dash, a plus or "SL".
        let marked = raw.starts_with(['(', '['])
            || before.ends_with(':')
            || matches!(before, "-" | "–" | "+" | "sl" | "sl:")
            || before.ends_with("lượng");
        if rest.is_empty() && !marked {
            continue;
        }
        // "… Quận ủy 5. Chương trình …": a number closing a sentence is no count.
        if !marked && raw.strip_suffix('.') == Some(core) {
            continue;
        }
        return true;
    }
    false
}

/// Whether the words `tokens` joined by single spaces would start with `prefix`
/// (words apart by single spaces): each of its words but the last one whole, the last
/// one the start of a word.
fn words_start_with<'a>(mut tokens: impl Iterator<Item = &'a str>, prefix: &str) -> bool {
    let mut words = prefix.split(' ').peekable();
    while let Some(word) = words.next() {
        let Some(token) = tokens.next() else {
            return false;
        };
        let whole = words.peek().is_some();
        if whole && token != word || !whole && !token.starts_with(word) {
            return false;
        }
    }
    true
}

/// An entry with the same count in each unit.
pub(super) struct PerUnit {
    /// The text before "mỗi" ("Trưởng các ấp").
    pub(super) body: String,
    /// The unit noun ("ấp").
    pub(super) noun: String,
    /// People per unit.
    pub(super) count: Headcount,
    /// How many units, when the line says ("gồm 11 ấp").
    pub(super) units: Option<u32>,
    /// Whether the line names no body but the units ("Mỗi khoa cử 02 đại biểu"): it
    /// may restate an entry above it for the same units.
    pub(super) unnamed: bool,
}

/// Verbs between a unit and its count ("mỗi lớp cử 03 em"), longest first.
const PER_UNIT_VERBS: &[&str] = &[
    " cử chọn",
    " giới thiệu",
    " được cử",
    " được bầu",
    " cử",
    " bầu",
    " chọn",
    " có",
];

/// "Trưởng các ấp: mỗi ấp 01 đồng chí, gồm 11 ấp" → body, noun, count per unit and
/// the number of units when given in the same line.
pub(super) fn per_unit(text: &str) -> Option<PerUnit> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return None;
    }
    let i = lower.find("mỗi ")?;
    let after = lower.get(i + "mỗi ".len()..)?;
    let words: Vec<&str> = after.split(' ').collect();
    let at = words
        .iter()
        .position(|w| w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty())?;
    // A unit of up to four words, or a list of them ("mỗi khoa, phòng, trung tâm cử
    // 02 đại biểu").
    if at == 0 || at > 6 {
        return None;
    }
    let noun = words.get(..at)?.join(" ");
    let noun = noun.trim_end_matches([',', ':']);
    // "mỗi lớp cử 03 em", "mỗi chi hội bầu 04 đại biểu": the verb is no part of the unit.
    let noun = PER_UNIT_VERBS
        .iter()
        .find_map(|v| noun.strip_suffix(v))
        .unwrap_or(noun)
        .to_owned();
    // "mỗi điểm cầu khoảng 15 - 20 người": an approximate count is no count (as
    // "(khoảng 15 người)" is none).
    if noun.ends_with(" khoảng") || noun == "khoảng" {
        return None;
    }
    let phrase = words.get(at..)?.join(" ");
    // "Lãnh đạo 11 phường (mỗi phường 02 đồng chí)": the count in parentheses after
    // the body. The parentheses must hold that count and nothing else ("(mỗi lớp 01
    // đồng chí, riêng lớp 12A 02 đồng chí)" is no count per unit), and close the line.
    let before = text.get(..i)?.trim_end();
    let phrase_end = if before.ends_with('(') {
        let close = phrase.find(')')?;
        let inside = phrase.get(..close)?;
        let after = phrase.get(close + 1..)?;
        // The number of units may follow the count, inside or after the parentheses
        // ("(mỗi chi đoàn 02 đồng chí, gồm 14 chi đoàn)", "(…), gồm 14 chi đoàn").
        let (end, units_said) = match inside.find([',', ';']) {
            Some(k) => (k, inside.get(k + 1..)?),
            None => (close, ""),
        };
        if inside.contains('(') || !only_units(units_said, &noun) || !only_units(after, &noun) {
            return None;
        }
        end
    } else {
        // "mỗi chi hội 03 đại biểu x 12 chi hội = 36 đại biểu": the count per unit, then
        // the number of units it is multiplied by.
        [",", ";", "(", " x ", " × "]
            .iter()
            .filter_map(|m| phrase.find(m))
            .min()
            .unwrap_or(phrase.len())
    };
    let (count, per) = rec::count_phrase(phrase.get(..phrase_end)?)?;
    if per.is_some() {
        return None;
    }
    // "gồm 24 đơn vị" after the count: the units by the word for any unit.
    let units = rec::unit_mentions_of(&lower, &noun).or_else(|| {
        phrase
            .get(phrase_end..)
            .and_then(|rest| rec::unit_mentions_of(rest, "đơn vị"))
    });
    // The product the line states must be the one it gives ("= 36 đại biểu").
    if let Some((_, product)) = phrase.get(phrase_end..)?.rsplit_once(" = ") {
        let (stated, _) = rec::count_phrase(rec::strip_end(product))?;
        let each = match count {
            Headcount::Exact { value } => value,
            _ => return None,
        };
        if units.and_then(|u| u.checked_mul(each)) != Some(stated.min())
            || !matches!(stated, Headcount::Exact { .. })
        {
            return None;
        }
    }
    let body = before
        .trim_end_matches('(')
        .trim()
        .trim_end_matches([':', ',', '-', '–'])
        .trim()
        .to_owned();
    // "Mỗi khoa, phòng cử 02 đại biểu": the units themselves send them.
    let unnamed = body.is_empty() && i == 0;
    let body = if unnamed {
        text.get("mỗi ".len().."mỗi ".len() + noun.len())
            .unwrap_or(&noun)
            .to_owned()
    } else {
        body
    };
    if body.is_empty() {
        return None;
    }
    Some(PerUnit {
        body,
        noun,
        count,
        units,
        unnamed,
    })
}

/// Whether `text` (lower case) says nothing but how many units `noun` there are
/// ("gồm 14 chi đoàn", "; 11 phường"), or nothing at all.
fn only_units(text: &str, noun: &str) -> bool {
    let text = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '.' | ':'));
    if text.is_empty() {
        return true;
    }
    let text = ["gồm ", "có ", "tổng số ", "tổng cộng ", "cả "]
        .iter()
        .find_map(|w| text.strip_prefix(w))
        .unwrap_or(text);
    text.split_once(' ').is_some_and(|(number, rest)| {
        !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) && rest == noun
    })
}

/// Words by which a clause counts part of another, or all of them ("trong đó nữ 12",
/// "gồm …", "tổng …"), when they open it; normalised.
const PART_OF: &[&str] = &[
    "trong đó",
    "trong số",
    "gồm",
    "bao gồm",
    "riêng",
    "ngoài ra",
    "kể cả",
    "tổng",
    "cộng",
    "nữ",
    "nam ",
    "tối đa",
    "tối thiểu",
    "không quá",
    "mỗi",
    "còn lại",
];

/// Words that make a clause count part of another wherever they stand ("45 đồng chí,
/// trong đó …"); normalised.
const PART_OF_ANYWHERE: &[&str] = &[
    "trong đó",
    "trong số",
    "bao gồm",
    "kể cả",
    "tổng số",
    "còn lại",
];

/// Whether a clause ([normalised](crate::names::normalise)) counts part of another or
/// all of them ("trong đó nữ 12 đồng chí", "tổng số 45"): never an entry of its own.
pub(super) fn counts_a_part(n: &str) -> bool {
    PART_OF.iter().any(|w| n.starts_with(w)) || PART_OF_ANYWHERE.iter().any(|w| n.contains(w))
}

/// An entry whose stated count is followed by a clause counting part of it ("Ban Giám
/// đốc Sở, … (25 đồng chí), trong đó có 10 đại biểu nữ"): the text before that clause.
/// The part is of the same people, never more of them.
pub(super) fn before_part_of(text: &str) -> Option<&str> {
    // The first ", trong đó", "; trong đó", ", trong số" or "; trong số": looked for
    // at each ',' and ';' only (a search for each phrase cost more than the rest).
    let at = text
        .bytes()
        .enumerate()
        .filter(|(_, b)| matches!(b, b',' | b';'))
        .map(|(i, _)| i)
        .find(|&i| {
            text.get(i + 1..)
                .is_some_and(|r| r.starts_with(" trong đó") || r.starts_with(" trong số"))
        })?;
    let head = text.get(..at)?.trim_end();
    // The part is said in the clause ("trong đó có 10 đại biểu nữ"); "…, trong đó:"
    // announces parts listed below, which would count them twice.
    let part = text.get(at..)?.trim_end();
    if part.ends_with(':') || !part.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = crate::names::normalise(head);
    // The head states one count, at its end, and nothing counts a part of it.
    (count_mentions(&n) == 1 && !counts_a_part(&n) && !n.contains("mỗi")).then_some(head)
}

/// The words that name all the participants, not a part of them ("Thành phần tham dự
/// (dự kiến 120 đại biểu):" is the whole; "Đại biểu khách mời (khoảng 20 đồng chí):" a
/// part).
const WHOLE_WORDS: &[&str] = &[
    "thành", "phần", "tham", "dự", "đại", "biểu", "tổng", "số", "lượng", "kiến", "hội", "nghị",
    "các",
];

/// A line announcing a part of the participants with their number in parentheses
/// ("Đại biểu khách mời (khoảng 20 đồng chí):", "Khách mời (05 đồng chí):"): the text without the colon, when the
/// words before the parentheses name a part, not the whole.
pub(super) fn subtotal_heading(text: &str) -> Option<&str> {
    let group = text.trim_end().strip_suffix(':')?.trim_end();
    let (name, inner) = group.strip_suffix(')')?.rsplit_once('(')?;
    // "(khoảng 20 đồng chí)", "(dự kiến 45 người)", or a plain "(05 đồng chí)".
    let plain = || {
        rec::count_phrase(inner.trim())
            .filter(|(c, per)| per.is_none() && matches!(c, Headcount::Exact { .. }))
    };
    if total_of(&crate::names::normalise(inner)).is_none() && plain().is_none() {
        return None;
    }
    let name = crate::names::normalise(name);
    let part = name
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '*' | '-'))
        .filter(|w| !w.is_empty())
        .any(|w| !WHOLE_WORDS.contains(&w));
    part.then_some(group)
}

/// A part of the participants announced with its number after a colon, its list to
/// follow ("Đại biểu chính thức: 45 đồng chí, gồm:", "Khách mời: khoảng 20 đồng chí,
/// cụ thể như sau:"): its name, its number and whether approximate, when the name
/// names a part, not the whole ("Thành phần tham dự: 60 đại biểu, gồm:" is the total).
pub(super) fn keyed_subtotal_heading(text: &str) -> Option<(&str, u32, bool)> {
    let group = text.trim_end().strip_suffix(':')?.trim_end();
    let (name, count) = group.split_once(": ")?;
    let count = crate::case::lowercase(count);
    let count = [
        "cụ thể như sau",
        "như sau",
        "cụ thể",
        "trong đó",
        "gồm có",
        "gồm",
    ]
    .iter()
    .find_map(|w| count.strip_suffix(w))
    .unwrap_or(&count)
    .trim_end_matches([',', ' ']);
    let (approximate, count) = match count.strip_prefix("khoảng ") {
        Some(rest) => (true, rest),
        None => (false, count),
    };
    let Headcount::Exact { value } = rec::count_phrase(count).filter(|(_, per)| per.is_none())?.0
    else {
        return None;
    };
    let named = crate::names::normalise(name);
    // "Số lượng đại biểu triệu tập: 45 đồng chí, gồm:": the whole, said another way.
    let whole = [
        "tổng",
        "số lượng",
        "dự kiến",
        "thành phần",
        "toàn bộ",
        "tất cả",
        "đối tượng",
    ]
    .iter()
    .any(|w| named.starts_with(w));
    let part = named
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '*' | '-'))
        .filter(|w| !w.is_empty())
        .any(|w| !WHOLE_WORDS.contains(&w));
    (part && !whole).then_some((name.trim(), value, approximate))
}

/// Entries written as one sentence, each closed by its count in parentheses ("Ban Chấp
/// hành Đảng bộ xã (15 đồng chí), bí thư các chi bộ (22 đồng chí) và trưởng các đoàn
/// thể (05 đồng chí)"): the parts, apart at "), " and ") và ". `None` when the text has
/// a ";" (its clauses are read apart), fewer than two parts, does not end with a
/// parenthesis, or a part names several bodies before its count.
pub(super) fn counted_sentence(text: &str) -> Option<Vec<&str>> {
    if text.contains(';') || !text.ends_with(')') {
        return None;
    }
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(')') {
        let after = text.get(i + 1..)?;
        let skip = [", và ", ", ", " và "]
            .iter()
            .find(|w| after.starts_with(**w))
            .map(|w| w.len());
        if let Some(skip) = skip {
            parts.push(text.get(start..=i)?.trim());
            start = i + 1 + skip;
        }
    }
    parts.push(text.get(start..)?.trim());
    // A part that lists more than one body before its count ("bí thư các chi bộ và
    // trưởng các đoàn thể (05 đồng chí)") may count only the last: not read.
    let one_body = |p: &&str| {
        p.rfind('(')
            .and_then(|open| p.get(..open))
            .is_some_and(|body| !body.contains(", ") && !body.contains(" và "))
    };
    (parts.len() > 1 && parts.iter().all(one_body)).then_some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `stray_number` as it was written, the tokens after each one joined for every token.
    fn stray_number_joined(n: &str) -> bool {
        const PEOPLE: [&str; 4] = ["đồng chí", "đ/c", "người", "đại biểu"];
        const WORDS: [&str; 10] = [
            "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
        ];
        let tokens: Vec<&str> = n.split_whitespace().collect();
        for (i, raw) in tokens.iter().enumerate() {
            let core = raw.trim_matches(|c: char| {
                matches!(c, '(' | ')' | '[' | ']' | '.' | ',' | ';' | ':' | '+')
            });
            let rest = tokens.get(i + 1..).unwrap_or(&[]).join(" ");
            // "hai đồng chí": a number in words before people.
            if WORDS.contains(&core) && PEOPLE.iter().any(|p| rest.starts_with(p)) {
                return true;
            }
            if core.is_empty() || core.len() > 4 || !core.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            if core.len() == 4
                && core
                    .parse::<u32>()
                    .is_ok_and(|y| (1900..=2100).contains(&y))
            {
                continue;
            }
            let before = i
                .checked_sub(1)
                .and_then(|b| tokens.get(b))
                .copied()
                .unwrap_or("");
            if rec::names_one(before.trim_matches(|c: char| !c.is_alphanumeric())) {
                continue;
            }
            let mut units = Vec::new();
            rec::unit_mentions_into(&format!("{core} {rest}"), &mut units);
            if !units.is_empty() {
                continue;
            }
            // "Bệnh viện 175": a number closing the line after a word is a name's, unless
            // bracketed or after a colon, a dash, a plus or "SL".
            let marked = raw.starts_with(['(', '['])
                || before.ends_with(':')
                || matches!(before, "-" | "–" | "+" | "sl" | "sl:")
                || before.ends_with("lượng");
            if rest.is_empty() && !marked {
                continue;
            }
            // "… Quận ủy 5. Chương trình …": a number closing a sentence is no count.
            if !marked && raw.strip_suffix('.') == Some(core) {
                continue;
            }
            return true;
        }
        false
    }

    proptest::proptest! {
        /// Reading the tokens after a number from the iterator, where they are read,
        /// finds the same stray numbers as joining them for every token: words cut
        /// short or run on ("đồngx", "ngườii"), punctuation around the word before,
        /// and any run of white space between words.
        #[test]
        fn stray_numbers_as_when_every_rest_was_joined(
            words in proptest::collection::vec(
                (
                    proptest::sample::select(vec![
                        "hai", "đồng", "chí", "đ/c", "người", "đại", "biểu", "02", "(02)", "[02",
                        "2026", "175", "5.", "số", "khóa", "11", "phường", "xã", "sl:", "-", "+",
                        "lượng", "bệnh", "viện", "mỗi", "(sl:", "01", "lãnh", "đạo", "đồngx",
                        "chíx", "đ/cx", "ngườii", "biểux", "(số", "số:", "“số”", "×số÷", "ấp",
                        "ĐỘI", "3", "ba",
                    ]),
                    proptest::sample::select(vec![" ", "  ", "\t", " \u{a0}"]),
                ),
                0..10,
            ),
        ) {
            let n: String = words.iter().flat_map(|(w, s)| [*w, *s]).collect();
            proptest::prop_assert_eq!(stray_number(&n), stray_number_joined(&n), "{:?}", n);
        }
    }
}
