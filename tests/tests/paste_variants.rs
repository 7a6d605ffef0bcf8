//! The same document, pasted another way, reads the same: for every public plan
//! (`tests/corpus/`) and constructed plan (`tests/kinds/`), variants of its text that a
//! real office produces when it pastes (CRLF, a table as pipes or as Markdown, NBSP,
//! blank lines added or gone, indentation, "•" bullets, NFD, en dashes, smart quotes,
//! "> " e-mail quotes) are read, and the key facts of each reading are compared with the original's.
//!
//! Every difference is a line "doc · variant · fact: original → variant"; the list is
//! a snapshot, so that a change to the reader that mends (or breaks) a paste shows as
//! its diff. Run with `--nocapture` to see the table grouped by variant.
//!
//! A difference in the snapshot is a known fault of the reader, not an accepted
//! behaviour: no variant here is meant to change a fact. Where a variant does change
//! the characters the reader keeps as written (an en dash in a title), the comparison
//! folds that change on both sides (see [`Variant::same`]) rather than dropping the
//! variant.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // Test code: a panic is a failure report.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use hoinghi_tests::documents;

/// One way of pasting the same document.
struct Variant {
    name: &'static str,
    /// The text as pasted this way (a pure function of the original text).
    apply: fn(&str) -> String,
    /// Applied to both sides of a text fact before comparing: identity, except for a
    /// variant that edits characters the reader rightly keeps as written (a title's en
    /// dash is the title's), where the edit is made on the original's fact too.
    same: fn(&str) -> String,
}

fn unchanged(s: &str) -> String {
    s.to_owned()
}

/// Each line of `text` through `f`, the line breaks kept.
fn per_line(text: &str, f: impl Fn(&str) -> String) -> String {
    text.split('\n').map(f).collect::<Vec<_>>().join("\n")
}

/// A line's leading white space, its inside, and its trailing white space.
fn split_ends(line: &str) -> (&str, &str, &str) {
    let start = line.len() - line.trim_start().len();
    let end = line.trim_end().len().max(start);
    (&line[..start], &line[start..end], &line[end..])
}

/// Variant 1: Windows line endings.
fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

/// Variant 2a: A Word table pasted as pipes: every TAB (a cell boundary, leading and
/// trailing ones included: they stand for an empty cell) becomes " | ".
fn tabs_as_pipes(text: &str) -> String {
    text.replace('\t', " | ")
}

/// Variant 2b: A row with TABs written as a Markdown table row, "| a | b |" (an empty
/// cell stays an empty cell).
fn tabs_as_markdown_rows(text: &str) -> String {
    per_line(text, |line| {
        if line.contains('\t') {
            let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
            format!("| {} |", cells.join(" | "))
        } else {
            line.to_owned()
        }
    })
}

/// Variant 3: Every space inside a line a no-break space (U+00A0), as Word and web
/// pages paste them; the line's leading and trailing white space left as it was.
/// Spaces around a "|" between cells and in a run of spaces between columns are
/// replaced too, and a reading that differs there is still counted a fault: such a
/// space looks like any other, and the paste is the same document.
fn nbsp(text: &str) -> String {
    per_line(text, |line| {
        let (lead, inside, trail) = split_ends(line);
        format!("{lead}{}{trail}", inside.replace(' ', "\u{a0}"))
    })
}

/// Variant 4a: A web paste: paragraphs apart, a blank line after every line.
fn blank_lines_between(text: &str) -> String {
    text.split('\n').collect::<Vec<_>>().join("\n\n")
}

/// Variant 4b: Every blank (or white-space-only) line removed.
fn no_blank_lines(text: &str) -> String {
    text.split('\n')
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Variant 5: Four spaces before every non-blank line (a quoted or indented paste; the
/// lines' indentation relative to each other is kept).
fn indented(text: &str) -> String {
    per_line(text, |line| {
        if line.trim().is_empty() {
            line.to_owned()
        } else {
            format!("    {line}")
        }
    })
}

/// Variant 6: The "-" bullet at a line's start (after its indentation) as "•"; a rule
/// ("-----") is no bullet and stays.
fn bullets(text: &str) -> String {
    per_line(text, |line| {
        let (lead, inside, trail) = split_ends(line);
        match inside.strip_prefix('-') {
            Some(rest) if rest.starts_with(|c: char| c.is_whitespace() || c.is_alphabetic()) => {
                format!("{lead}•{rest}{trail}")
            }
            _ => line.to_owned(),
        }
    })
}

/// Variant 6b: a Word list pasted as text: the bullet, a TAB, the text ("•\tĐại diện
/// …"), with Word's Symbol bullet (U+F0B7) as it pastes from some documents.
fn word_list_tabs(text: &str) -> String {
    per_line(text, |line| {
        let (lead, inside, trail) = split_ends(line);
        match inside.strip_prefix("- ") {
            Some(rest) => format!("{lead}\u{f0b7}\t{rest}{trail}"),
            None => line.to_owned(),
        }
    })
}

/// Variant 6c: a Word list pasted where the bullets' font is lost: Symbol's bullet as
/// "·" and the second level's as "o", each then a TAB ("·\tĐại diện …", "o\tBí thư …").
fn word_list_font_lost(text: &str) -> String {
    per_line(text, |line| {
        let (lead, inside, trail) = split_ends(line);
        if let Some(rest) = inside.strip_prefix("- ") {
            format!("{lead}·\t{rest}{trail}")
        } else if let Some(rest) = inside.strip_prefix("+ ") {
            format!("{lead}o\t{rest}{trail}")
        } else {
            line.to_owned()
        }
    })
}

/// Variant 7: Decomposed Unicode (NFD), as macOS and some web pages give Vietnamese.
/// The tests crate does not depend on `unicode-normalization`;
/// `hoinghi::unicode::nfd_chars` is the reader's own canonical decomposition, whose
/// tables hoinghi's unit tests check against that crate.
fn nfd(text: &str) -> String {
    hoinghi::unicode::nfd_chars(text).into_iter().collect()
}

/// Variant 8a: Word's AutoFormat: " - " inside a line becomes " – " (en dash).
fn en_dashes(text: &str) -> String {
    per_line(text, |line| {
        let (lead, inside, trail) = split_ends(line);
        format!("{lead}{}{trail}", inside.replace(" - ", " – "))
    })
}

/// The fact as an en dash paste would have written it.
fn en_dash_fact(s: &str) -> String {
    s.replace(" - ", " – ")
}

/// Variant 8b: Word's AutoFormat: straight double quotes as curly ones, opening and
/// closing in turn within each line.
fn smart_quotes(text: &str) -> String {
    per_line(text, |line| {
        let mut open = true;
        line.chars()
            .map(|c| {
                if c == '"' {
                    let q = if open { '“' } else { '”' };
                    open = !open;
                    q
                } else {
                    c
                }
            })
            .collect()
    })
}

/// Variant 9: Forwarded or replied to in an e-mail: every line quoted ("> "), a blank
/// line as ">" alone.
fn email_quoted(text: &str) -> String {
    per_line(text, |line| {
        if line.trim().is_empty() {
            ">".to_owned()
        } else {
            format!("> {line}")
        }
    })
}

/// Quotes alike, straight or curly (which one opens is the paste's, not the fact's).
fn quotes_alike(s: &str) -> String {
    s.replace(['“', '”', '„'], "\"")
}

fn variant(name: &'static str, apply: fn(&str) -> String, same: fn(&str) -> String) -> Variant {
    Variant { name, apply, same }
}

fn variants() -> Vec<Variant> {
    let v = variant;
    vec![
        v("crlf", crlf, unchanged),
        v("tabs-as-pipes", tabs_as_pipes, unchanged),
        v("tabs-as-markdown-rows", tabs_as_markdown_rows, unchanged),
        v("nbsp", nbsp, unchanged),
        v("blank-lines-between", blank_lines_between, unchanged),
        v("no-blank-lines", no_blank_lines, unchanged),
        v("indented", indented, unchanged),
        v("bullets-dot", bullets, unchanged),
        v("word-list-tabs", word_list_tabs, unchanged),
        v("word-list-font-lost", word_list_font_lost, unchanged),
        v("nfd", nfd, unchanged),
        v("en-dashes", en_dashes, en_dash_fact),
        v("smart-quotes", smart_quotes, quotes_alike),
        v("email-quoted", email_quoted, unchanged),
    ]
}

/// The key facts of a reading, by name, each written as a value to compare; a text
/// fact goes through `same` first.
fn facts(text: &str, same: fn(&str) -> String) -> Vec<(&'static str, String)> {
    let parsed = match hoinghi::parse_text(text) {
        Ok(p) => p,
        Err(e) => return vec![("read", format!("refused: {e}"))],
    };
    let plan = &parsed.plan;
    let h = &plan.header;
    let text_fact = |s: &str| format!("{:?}", same(s));
    let opt = |o: Option<String>| o.unwrap_or_else(|| "-".to_owned());
    let mut out = vec![
        ("read", "ok".to_owned()),
        (
            "number",
            opt(h.number.as_ref().map(|n| text_fact(&n.to_string()))),
        ),
        ("date", opt(h.date.map(|d| d.to_string()))),
        ("issuer", text_fact(&h.issuer)),
        ("document_type", text_fact(&h.document_type)),
        ("title", text_fact(&h.title)),
        (
            "schedule.date",
            opt(plan.schedule.as_ref().map(|s| s.date.to_string())),
        ),
        (
            "schedule.start",
            opt(plan
                .schedule
                .as_ref()
                .and_then(|s| s.start)
                .map(|t| t.to_string())),
        ),
        (
            "venue",
            opt(plan.venue.as_ref().map(|v| text_fact(&v.name))),
        ),
        (
            "participants.expected",
            opt(plan.participants.expected.map(|n| n.to_string())),
        ),
        ("sessions", plan.sessions.len().to_string()),
        ("signature", plan.signature.is_some().to_string()),
    ];
    match hoinghi::count_delegates(plan) {
        Ok(c) => {
            out.push(("count.min", c.min.to_string()));
            out.push(("count.max", opt(c.max.map(|m| m.to_string()))));
            out.push(("count.unknown", c.unknown.len().to_string()));
        }
        Err(e) => out.push(("count", format!("error: {e}"))),
    }
    out
}

/// What changed between two lists of facts (a fact missing on one side, as when one
/// reading is refused, shows as "(none)").
fn differences(
    original: &[(&'static str, String)],
    variant: &[(&'static str, String)],
) -> Vec<(&'static str, String, String)> {
    let a: BTreeMap<_, _> = original.iter().cloned().collect();
    let b: BTreeMap<_, _> = variant.iter().cloned().collect();
    let none = "(none)".to_owned();
    let mut names: Vec<&'static str> = original.iter().map(|(n, _)| *n).collect();
    names.extend(
        variant
            .iter()
            .map(|(n, _)| *n)
            .filter(|n| !a.contains_key(n)),
    );
    names
        .into_iter()
        .filter_map(|n| {
            let (x, y) = (a.get(n).unwrap_or(&none), b.get(n).unwrap_or(&none));
            (x != y).then(|| (n, x.clone(), y.clone()))
        })
        .collect()
}

/// The mismatch table of a folder: a summary per variant, then every mismatch as
/// "doc · variant · fact: original → variant", grouped by variant.
fn table(folder: &str) -> String {
    let docs = documents(folder);
    assert!(!docs.is_empty(), "{folder}: no documents");
    // What the comparison has to go on: in how many originals each fact is read at
    // all (not absent, empty, zero or false).
    let mut present: Vec<(&'static str, usize)> = Vec::new();
    for doc in &docs {
        for (fact, value) in facts(&doc.text, unchanged) {
            let i = present
                .iter()
                .position(|(f, _)| *f == fact)
                .unwrap_or_else(|| {
                    present.push((fact, 0));
                    present.len() - 1
                });
            present[i].1 += usize::from(!["-", "\"\"", "0", "false"].contains(&value.as_str()));
        }
    }
    let present: Vec<String> = present.iter().map(|(f, n)| format!("{f} {n}")).collect();
    let mut summary = format!("facts read in the originals: {}\n", present.join(", "));
    let mut lines = String::new();
    for variant in variants() {
        let (mut changed, mut differing, mut count) = (0, 0, 0);
        let mut group = Vec::new();
        for doc in &docs {
            let text = (variant.apply)(&doc.text);
            if text == doc.text {
                continue; // nothing of this kind to paste differently
            }
            changed += 1;
            let diffs = differences(&facts(&doc.text, variant.same), &facts(&text, variant.same));
            differing += usize::from(!diffs.is_empty());
            count += diffs.len();
            for (fact, a, b) in diffs {
                group.push(format!(
                    "{} · {} · {fact}: {a} → {b}",
                    doc.name, variant.name
                ));
            }
        }
        writeln!(
            summary,
            "{:<22} {count:>3} mismatches in {differing:>2} of {changed:>2} documents the variant changes",
            variant.name
        )
        .unwrap();
        if !group.is_empty() {
            writeln!(lines, "\n## {} ({count})", variant.name).unwrap();
            for l in group {
                writeln!(lines, "{l}").unwrap();
            }
        }
    }
    format!("{} documents\n{summary}{lines}", docs.len())
}

fn check(folder: &str) {
    let table = table(folder);
    println!("=== {folder} ===\n{table}");
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/paste_variants");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(folder, table));
}

#[test]
fn the_corpus_reads_the_same_however_pasted() {
    check("corpus");
}

#[test]
fn the_constructed_plans_read_the_same_however_pasted() {
    check("kinds");
}

#[test]
fn the_variants_are_what_an_office_pastes() {
    let t = "Số: 5-KH\tHà Nội\n\n  - Thời gian: \"a\" - b\n-----";
    assert_eq!(
        crlf(t),
        "Số: 5-KH\tHà Nội\r\n\r\n  - Thời gian: \"a\" - b\r\n-----"
    );
    assert_eq!(tabs_as_pipes("\tA\tB\t"), " | A | B | ");
    assert_eq!(tabs_as_markdown_rows("A\t\tB\nC"), "| A |  | B |\nC");
    assert_eq!(nbsp("  a b  "), "  a\u{a0}b  ");
    assert_eq!(blank_lines_between("a\nb"), "a\n\nb");
    assert_eq!(no_blank_lines("a\n \n\nb"), "a\nb");
    assert_eq!(indented("a\n\n b"), "    a\n\n     b");
    assert_eq!(
        bullets(t),
        "Số: 5-KH\tHà Nội\n\n  • Thời gian: \"a\" - b\n-----"
    );
    assert_eq!(bullets("-Nội dung"), "•Nội dung");
    assert_eq!(hoinghi::unicode::nfc(&nfd("Kế hoạch")), "Kế hoạch");
    assert_ne!(nfd("Kế hoạch"), "Kế hoạch");
    assert_eq!(en_dashes(" a - b - c "), " a – b – c ");
    assert_eq!(smart_quotes("\"a\" và \"b\""), "“a” và “b”");
    assert_eq!(email_quoted("a\n\n b"), "> a\n>\n>  b");
}
