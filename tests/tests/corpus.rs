//! Real public plans (`tests/corpus/`, each with its source address and the facts a
//! careful reader took from it by hand): none is refused, no line is lost between
//! reading and writing, no count is silently wrong, and each reading is a snapshot
//! whose diff judges a change to the reader.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // Test code: a panic is a failure report.

use serde_json::Value;

struct Doc {
    name: String,
    text: String,
    facts: Value,
}

fn corpus() -> Vec<Doc> {
    documents("corpus")
}

/// The constructed plans of `tests/kinds/` (written for the reader, of the kinds the
/// public corpus lacks; not public documents, so not counted in the corpus).
fn kinds() -> Vec<Doc> {
    documents("kinds")
}

fn documents(folder: &str) -> Vec<Doc> {
    hoinghi_tests::documents(folder)
        .into_iter()
        .map(|d| {
            let facts = std::fs::read_to_string(d.path.with_extension("facts.json"))
                .map(|f| serde_json::from_str(&f).unwrap())
                .unwrap_or(Value::Null);
            Doc {
                name: d.name,
                text: d.text,
                facts,
            }
        })
        .collect()
}

/// A line as compared: e-mail quote marks ("> "), Markdown bold, italics (a whole
/// line), heading marks, task boxes ("- [ ] ") and table separator rows dropped, TAB,
/// " | " and a run of spaces alike between cells, every run of white space one space.
fn fold(line: &str) -> String {
    let mut line = line;
    while let Some(rest) = line.trim_start().strip_prefix('>') {
        line = rest;
    }
    let line = hoinghi::unicode::nfc(line)
        .replace('\t', " ")
        .replace(" | ", " ");
    let line = line.trim().trim_start_matches('#');
    // A Markdown task list's box after a bullet: "- [ ] " is written "- ".
    let unboxed = ["- [ ] ", "- [x] ", "- [X] "]
        .iter()
        .find_map(|b| line.strip_prefix(b))
        .map(|rest| format!("- {rest}"));
    let line = unboxed.as_deref().unwrap_or(line);
    let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
    let line = line.trim_matches(|c| c == '|' || c == ' ');
    // A Markdown table's separator row ("|---|---|") says nothing.
    if line.contains('|') && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')) {
        return String::new();
    }
    let line = line.replace("**", "");
    // A whole line in italics ("*Nghệ An, ngày …*").
    line.strip_prefix('*')
        .and_then(|l| l.strip_suffix('*'))
        .filter(|l| !l.is_empty())
        .unwrap_or(&line)
        .to_owned()
}

#[test]
fn the_corpus_is_large_enough() {
    assert!(corpus().len() >= 25, "at least 25 public plans");
}

#[test]
fn none_is_refused_and_no_line_is_lost() {
    for doc in corpus().into_iter().chain(kinds()) {
        let parsed =
            hoinghi::parse_text(&doc.text).unwrap_or_else(|e| panic!("{}: refused: {e}", doc.name));
        let written = hoinghi::render::text(&parsed.plan);
        let out: Vec<String> = written
            .lines()
            .map(fold)
            .filter(|l| !l.is_empty())
            .collect();
        let source: Vec<String> = doc
            .text
            .lines()
            .map(fold)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(
            out, source,
            "{}: text → plan → text changed or lost lines",
            doc.name
        );
        // And the written text reads back into the same plan.
        // Line numbers and the fingerprint aside (the written text spaces sections out).
        let bare = |mut plan: hoinghi::Plan| {
            plan.unrecognised.iter_mut().for_each(|u| u.line = 0);
            if let Some(l) = plan.layout.as_mut() {
                l.digest.clear();
            }
            plan
        };
        let again = hoinghi::parse_text(&written).unwrap();
        assert_eq!(
            bare(again.plan),
            bare(parsed.plan),
            "{}: not a fixpoint",
            doc.name
        );
    }
}

#[test]
fn counts_are_never_silently_wrong() {
    for doc in corpus() {
        let plan = hoinghi::parse_text(&doc.text).unwrap().plan;
        if let Some(expected) = doc.facts["expectedTotal"].as_u64() {
            if let Some(read) = plan.participants.expected {
                assert_eq!(u64::from(read), expected, "{}: expected total", doc.name);
            }
        }
        let Some(known) = doc.facts["participants"]["known"].as_u64() else {
            continue;
        };
        let unknown = doc.facts["participants"]["unknownEntries"]
            .as_u64()
            .unwrap_or(0);
        let count = hoinghi::count_delegates(&plan).unwrap();
        let entries_min: u64 = count.groups.iter().map(|g| u64::from(g.min)).sum();
        let exact = count.groups.iter().all(|g| g.max == Some(g.min))
            && plan.participants.uncertain.is_empty();
        assert!(
            entries_min <= known,
            "{}: the reader counts {entries_min} people where the text states {known}",
            doc.name
        );
        if exact {
            assert_eq!(
                (entries_min, 0),
                (known, unknown),
                "{}: a count that looks exact must be right",
                doc.name
            );
        }
    }
}

#[test]
fn readings() {
    snapshot_readings("snapshots/corpus", corpus());
}

#[test]
fn readings_of_the_constructed_plans() {
    snapshot_readings("snapshots/kinds", kinds());
}

fn snapshot_readings(path: &str, docs: Vec<Doc>) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(path);
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for doc in docs {
            let parsed = hoinghi::parse_text(&doc.text).unwrap();
            let mut plan = parsed.plan.clone();
            plan.layout = None;
            let diagnostics: Vec<String> = parsed
                .diagnostics
                .iter()
                .map(|d| {
                    format!(
                        "{} {} {} {}",
                        d.severity.label(hoinghi::diagnostic::Locale::En),
                        d.code,
                        d.path,
                        d.message.en
                    )
                })
                .collect();
            let count = hoinghi::count_delegates(&parsed.plan).unwrap();
            let reading = format!(
                "count: {} ..= {:?} (limit {:?}, unknown {})\n\ndiagnostics:\n{}\n\nplan:\n{}\n",
                count.min,
                count.max,
                count.limit,
                count.unknown.len(),
                diagnostics.join("\n"),
                hoinghi::json::to_string_pretty(&plan)
            );
            insta::assert_snapshot!(doc.name.as_str(), reading);
        }
    });
}

#[test]
fn facts_recovered() {
    let mut rows = Vec::new();
    let (mut have, mut got) = ([0usize; 4], [0usize; 4]);
    for doc in corpus() {
        let plan = hoinghi::parse_text(&doc.text).unwrap().plan;
        let h = &plan.header;
        let key = |a: &str| {
            fold(a)
                .to_lowercase()
                .replace(['–', '—'], "-")
                .replace(' ', "")
        };
        let same = |a: &str, b: &str| key(a) == key(b);
        let checks = [
            doc.facts["number"].as_str().map(|n| {
                h.number.as_ref().is_some_and(|m| {
                    same(&m.to_string(), n)
                        || n.parse::<hoinghi::DocumentNumber>().is_ok_and(|p| &p == m)
                })
            }),
            doc.facts["issuedOn"]
                .as_str()
                .map(|d| h.date.is_some_and(|x| x.to_string() == d)),
            doc.facts["issuer"]
                .as_array()
                .filter(|a| !a.is_empty())
                .map(|a| {
                    let last = a.last().and_then(Value::as_str).unwrap_or("");
                    !h.issuer.is_empty()
                        && (fold(&h.issuer).contains(&fold(last))
                            || fold(last).contains(&fold(&h.issuer)))
                }),
            doc.facts["title"].as_str().map(|t| {
                !h.title.is_empty()
                    && (same(&h.title, t)
                        || key(t).contains(&key(&h.title))
                        || key(&h.title).contains(&key(t)))
            }),
        ];
        let mut row = format!("{:<60}", doc.name);
        for (i, c) in checks.iter().enumerate() {
            row.push_str(match c {
                Some(true) => " yes",
                Some(false) => "  NO",
                None => "   -",
            });
            if let Some(ok) = c {
                have[i] += 1;
                got[i] += usize::from(*ok);
            }
        }
        rows.push(row);
    }
    rows.push(format!(
        "recovered: number {}/{}, date {}/{}, issuer {}/{}, title {}/{}",
        got[0], have[0], got[1], have[1], got[2], have[2], got[3], have[3]
    ));
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/corpus");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!("facts-recovered", rows.join("\n")));
}
