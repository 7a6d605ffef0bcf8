//! Hostile and careless input, as an attacker or a clumsy user would give it, through
//! the library and the command. Every case is a row of the table in docs/limits.md:
//! the test runs each and compares what happens with the row's outcome, and fails
//! when the table and these cases do not match one to one. The limits table there is
//! checked against the constants it names.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // Test code.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn sample_json() -> Value {
    let text =
        std::fs::read_to_string(root().join("examples/plans/ke-hoach-05-KH-DTN-VP.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn sample_text() -> String {
    std::fs::read_to_string(root().join("examples/plans/ke-hoach-05-KH-DTN-VP.txt")).unwrap()
}

fn plan_of(value: &Value) -> hoinghi::Plan {
    hoinghi::json::from_str(&value.to_string()).unwrap()
}

fn write(dir: &Path, name: &str, value: &Value) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, value.to_string()).unwrap();
    path
}

fn hoinghi_in(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hoinghi"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn exit(out: &Output) -> String {
    format!("exit {}", out.status.code().unwrap_or(-1))
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn codes(plan: &hoinghi::Plan) -> Vec<hoinghi::Code> {
    hoinghi::validate(plan).iter().map(|d| d.code).collect()
}

/// The first of the character codes validation reports.
fn character_code(plan: &hoinghi::Plan) -> String {
    let found = codes(plan);
    [
        hoinghi::Code::CharacterNotAllowed,
        hoinghi::Code::LineBreakInField,
    ]
    .into_iter()
    .find(|c| found.contains(c))
    .map_or_else(|| "nothing".to_owned(), |c| c.to_string())
}

fn letters_in(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("giay-moi-"))
        .collect();
    names.sort();
    names
}

/// A plan inviting `n` bodies, one letter each.
fn inviting(n: usize, title: &str) -> Value {
    let entries: Vec<Value> = (1..=n)
        .map(|i| json!({"invited": true, "role": "đại diện", "body": format!("Hội Cựu chiến binh phường {i}"), "count": {"kind": "exact", "value": 1}}))
        .collect();
    json!({
        "schemaVersion": 1,
        "header": {"issuer": "BCH ĐOÀN QUẬN 12", "documentType": "KẾ HOẠCH", "title": title},
        "participants": {"groups": [{"entries": entries}]},
        "schedule": {"date": "2022-08-26", "start": "08:00"},
        "signature": {"authority": "TM", "principal": "BAN THƯỜNG VỤ QUẬN ĐOÀN"}
    })
}

fn unfolded_ics(plan: &hoinghi::Plan) -> String {
    hoinghi::export::ics::to_icalendar(plan)
        .unwrap()
        .replace("\r\n ", "")
}

type Case = fn(&Path) -> String;

fn control_character(_: &Path) -> String {
    let mut value = sample_json();
    value["header"]["title"] = json!("T\u{1}");
    let plan = plan_of(&value);
    assert!(hoinghi::render::text(&plan).contains("\nT\u{fffd}\n"));
    assert!(hoinghi::render::html(&plan).contains("T\u{fffd}"));
    character_code(&plan)
}

fn nul_byte_in_text(_: &Path) -> String {
    let text = sample_text().replacen("Hội trường 2", "Hội trường\u{0} 2", 1);
    let parsed = hoinghi::text::parse_bytes(text.as_bytes()).unwrap();
    character_code(&parsed.plan)
}

fn with_control(dir: &Path) -> PathBuf {
    let mut value = sample_json();
    value["header"]["title"] = json!("T\u{1}");
    write(dir, "plan.json", &value)
}

fn export_invalid_plan(dir: &Path) -> String {
    let plan = with_control(dir);
    let out = hoinghi_in(
        dir,
        &[
            "export",
            plan.to_str().unwrap(),
            "--to",
            "docx",
            "-o",
            "out",
        ],
        None,
    );
    let message = stderr(&out);
    assert!(
        message.contains("character-not-allowed") && message.contains("--force"),
        "{message}"
    );
    assert!(!dir.join("out/plan.docx").exists());
    exit(&out)
}

fn export_forced(dir: &Path) -> String {
    let plan = with_control(dir);
    let out = hoinghi_in(
        dir,
        &[
            "export",
            plan.to_str().unwrap(),
            "--to",
            "docx",
            "-o",
            "out",
            "--force",
        ],
        None,
    );
    assert!(dir.join("out/plan.docx").exists(), "{}", stderr(&out));
    exit(&out)
}

/// The participants and programme items of a plan's text form, read back. A line
/// the reader is unsure of (two counts in one line) is kept apart, not counted, and
/// still one line: it counts here as the entry it was written from.
fn read_back_sizes(plan: &hoinghi::Plan) -> (usize, usize) {
    let again = hoinghi::parse_text(&hoinghi::render::text(plan))
        .unwrap()
        .plan;
    (
        again.entries().count() + again.participants.uncertain.len(),
        again.programme.len(),
    )
}

fn line_break_in_body(_: &Path) -> String {
    let mut value = sample_json();
    value["participants"]["groups"][0]["entries"][0]["body"] =
        json!("Ban Thường vụ Thành Đoàn (01 đồng chí).\n- Mời đại diện Công ty X (99 đồng chí)");
    let plan = plan_of(&value);
    assert_eq!(
        read_back_sizes(&plan),
        (plan.entries().count(), plan.programme.len())
    );
    character_code(&plan)
}

fn line_break_in_venue(_: &Path) -> String {
    let mut value = sample_json();
    value["venue"]["name"] = json!("Hội trường 2\n\n5. Chương trình hội nghị");
    let plan = plan_of(&value);
    assert_eq!(
        read_back_sizes(&plan),
        (plan.entries().count(), plan.programme.len())
    );
    character_code(&plan)
}

fn markdown_table(_: &Path) -> String {
    let mut value = sample_json();
    value["header"]["issuer"] = json!("BCH ĐOÀN\n| x |\n|---|");
    let md = hoinghi::render::markdown(&plan_of(&value));
    let mut lines = md.lines();
    let row = lines.next().unwrap();
    let rule = lines.next().unwrap();
    if row.starts_with("| ") && row.ends_with(" |") && rule == "|:---:|:---:|" {
        "one row".to_owned()
    } else {
        format!("broken: {row:?} {rule:?}")
    }
}

fn markdown_ampersand(_: &Path) -> String {
    let mut value = sample_json();
    value["purposes"][0] = json!("&copy;");
    let md = hoinghi::render::markdown(&plan_of(&value));
    if md.contains("\\&copy;") {
        "\\&copy;".to_owned()
    } else {
        "&copy;".to_owned()
    }
}

fn letters_long_title(dir: &Path) -> String {
    let plan = write(dir, "big.json", &inviting(1_000, &"x".repeat(7_700_000)));
    assert!(std::fs::metadata(&plan).unwrap().len() > 7_700_000);
    let start = std::time::Instant::now();
    let out = hoinghi_in(
        dir,
        &[
            "export",
            plan.to_str().unwrap(),
            "--to",
            "letters",
            "-o",
            "out",
            "--force",
        ],
        None,
    );
    assert!(start.elapsed().as_secs() < 60, "{:?}", start.elapsed());
    assert!(
        stderr(&out).contains("the limit is 67108864"),
        "{}",
        stderr(&out)
    );
    assert!(letters_in(&dir.join("out")).is_empty());
    exit(&out)
}

fn letters_past_the_bound(_: &Path) -> String {
    let mut value = sample_json();
    value["programme"] = json!(vec![json!({"text": "y".repeat(1 << 20)}); 11]);
    match hoinghi::export::letters::letters(&plan_of(&value)) {
        Ok(_) => "written".to_owned(),
        Err(e) => hoinghi::Error::from(e).code().to_owned(),
    }
}

fn terminal_escapes(dir: &Path) -> String {
    let mut value = sample_json();
    value["header"]["issuer"] = json!("\u{1b}[2J\u{1b}[H");
    let plan = write(dir, "plan.json", &value);
    let out = hoinghi_in(dir, &["check", plan.to_str().unwrap()], None);
    let shown = String::from_utf8(out.stdout).unwrap();
    if !shown.contains('\u{1b}') && shown.contains("\\u{1b}[2J\\u{1b}[H") {
        "escaped".to_owned()
    } else {
        "raw".to_owned()
    }
}

fn ics_chair_and_participant(_: &Path) -> String {
    let ics = unfolded_ics(&plan_of(&sample_json()));
    let attendees: Vec<&str> = ics.lines().filter(|l| l.starts_with("ATTENDEE")).collect();
    let chair = attendees
        .iter()
        .filter(|l| l.contains("CN=đại diện Thường trực Quận ủy"))
        .collect::<Vec<_>>();
    assert_eq!(chair.len(), 1, "{attendees:#?}");
    assert!(chair[0].contains("ROLE=CHAIR") && chair[0].contains("RSVP=TRUE"));
    let addresses: Vec<&str> = attendees
        .iter()
        .map(|l| l.rsplit_once(':').unwrap().1)
        .collect();
    let distinct: std::collections::BTreeSet<&&str> = addresses.iter().collect();
    if distinct.len() == addresses.len() {
        "unique".to_owned()
    } else {
        format!("{addresses:?}")
    }
}

fn addresses_of(bodies: &[&str]) -> String {
    let entries: Vec<Value> = bodies
        .iter()
        .map(|b| json!({"body": b, "count": {"kind": "unknown"}}))
        .collect();
    let plan = plan_of(&json!({
        "schemaVersion": 1,
        "header": {"issuer": "BCH ĐOÀN QUẬN 12", "documentType": "KẾ HOẠCH", "title": "T"},
        "participants": {"groups": [{"entries": entries}]}
    }));
    let (_, attendees) = hoinghi::export::ics::addresses(&plan);
    attendees
        .iter()
        .map(|a| a.address.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn ics_similar_names(_: &Path) -> String {
    addresses_of(&["Đoàn Phường", "ĐOÀN PHƯỜNG", "Doan Phuong"])
}

fn ics_non_latin(_: &Path) -> String {
    addresses_of(&["共青团"])
}

fn ics_ends_before_start(dir: &Path) -> String {
    let mut value = sample_json();
    value["schedule"]["end"] = json!("07:30");
    let plan = plan_of(&value);
    assert!(codes(&plan).contains(&hoinghi::Code::ScheduleInvalid));
    let path = write(dir, "plan.json", &value);
    let forced = hoinghi_in(
        dir,
        &["export", path.to_str().unwrap(), "--to", "ics", "--force"],
        None,
    );
    assert_eq!(forced.status.code(), Some(2), "{}", stderr(&forced));
    assert!(forced.stdout.is_empty());
    match hoinghi::export::ics::to_icalendar(&plan) {
        Ok(_) => "written".to_owned(),
        Err(e) => hoinghi::Error::from(e).code().to_owned(),
    }
}

fn ics_last_day(_: &Path) -> String {
    let mut value = sample_json();
    value["schedule"] = json!({"date": "9999-12-31"});
    let ics = unfolded_ics(&plan_of(&value));
    assert!(ics.contains("DTSTART;VALUE=DATE:99991231\r\n"));
    assert!(!ics.contains("DTEND"));
    ics.lines()
        .find(|l| l.starts_with("DURATION"))
        .unwrap_or("none")
        .to_owned()
}

fn letter_name_300(dir: &Path) -> String {
    let mut value = inviting(6, "Tổ chức hội nghị");
    value["participants"]["groups"][0]["entries"][5]["body"] =
        json!("Ban Thường vụ Thành Đoàn ".repeat(12).trim_end());
    let plan = write(dir, "plan.json", &value);
    let out = hoinghi_in(
        dir,
        &[
            "export",
            plan.to_str().unwrap(),
            "--to",
            "letters",
            "-o",
            "out",
        ],
        None,
    );
    let names = letters_in(&dir.join("out"));
    assert_eq!(names.len(), 18, "{}", stderr(&out));
    assert!(names.iter().all(|n| n.len() <= 105), "{names:?}");
    exit(&out)
}

#[cfg(unix)]
fn planted_link(dir: &Path) -> String {
    let out_dir = dir.join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let target = dir.join("precious.txt");
    std::fs::write(&target, "keep").unwrap();
    let letter = out_dir.join("giay-moi-01-dai-dien-thuong-truc-quan-uy.txt");
    std::os::unix::fs::symlink(&target, &letter).unwrap();
    let plan = write(dir, "plan.json", &sample_json());
    let out = hoinghi_in(
        dir,
        &[
            "export",
            plan.to_str().unwrap(),
            "--to",
            "letters",
            "-o",
            "out",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("replaced the link"),
        "{}",
        stderr(&out)
    );
    assert!(!std::fs::symlink_metadata(&letter).unwrap().is_symlink());
    assert!(std::fs::read_to_string(&letter)
        .unwrap()
        .contains("GIẤY MỜI"));
    if std::fs::read_to_string(&target).unwrap() == "keep" {
        "target untouched".to_owned()
    } else {
        "target overwritten".to_owned()
    }
}

fn stale_letters(dir: &Path) -> String {
    let out_dir = dir.join("out");
    std::fs::create_dir(&out_dir).unwrap();
    for ext in ["txt", "html", "docx"] {
        std::fs::write(
            out_dir.join(format!("giay-moi-07-ke-hoach-khac.{ext}")),
            "old",
        )
        .unwrap();
    }
    std::fs::write(out_dir.join("ghi-chu.txt"), "mine").unwrap();
    let plan = write(dir, "plan.json", &sample_json());
    let out = hoinghi_in(
        dir,
        &[
            "export",
            plan.to_str().unwrap(),
            "--to",
            "letters",
            "-o",
            "out",
        ],
        None,
    );
    assert_eq!(letters_in(&out_dir).len(), 12, "{}", stderr(&out));
    assert!(out_dir.join("ghi-chu.txt").exists(), "other files are kept");
    let said = stderr(&out);
    if !out_dir.join("giay-moi-07-ke-hoach-khac.txt").exists() && said.contains("removed") {
        "removed".to_owned()
    } else {
        format!("kept: {said}")
    }
}

fn failure_part_way(dir: &Path) -> String {
    let out_dir = dir.join("out");
    std::fs::create_dir_all(out_dir.join("giay-moi-02-lanh-dao-ban-dan-van-quan-uy.html")).unwrap();
    let plan = write(dir, "plan.json", &sample_json());
    let out = hoinghi_in(
        dir,
        &[
            "export",
            plan.to_str().unwrap(),
            "--to",
            "letters",
            "-o",
            "out",
        ],
        None,
    );
    let left: Vec<_> = std::fs::read_dir(&out_dir).unwrap().flatten().collect();
    assert_eq!(left.len(), 1, "nothing written beside the folder: {left:?}");
    exit(&out)
}

fn letters_101(dir: &Path) -> String {
    let plan = write(dir, "plan.json", &inviting(101, "Tổ chức hội nghị"));
    let out = hoinghi_in(
        dir,
        &[
            "export",
            plan.to_str().unwrap(),
            "--to",
            "letters",
            "-o",
            "out",
        ],
        None,
    );
    let texts: Vec<String> = letters_in(&dir.join("out"))
        .into_iter()
        .filter(|n| n.ends_with(".txt"))
        .collect();
    assert_eq!(texts.len(), 101, "{}", stderr(&out));
    assert!(texts[0].starts_with("giay-moi-001-") && texts[100].starts_with("giay-moi-101-"));
    // In name order, the letters are in document order.
    let in_order = texts.iter().enumerate().all(|(i, name)| {
        std::fs::read_to_string(dir.join("out").join(name))
            .unwrap()
            .contains(&format!("phường {}.", i + 1))
    });
    if in_order {
        "sorted".to_owned()
    } else {
        "out of order".to_owned()
    }
}

#[cfg(unix)]
fn render_into_link(dir: &Path) -> String {
    let target = dir.join("precious.html");
    std::fs::write(&target, "keep").unwrap();
    std::os::unix::fs::symlink(&target, dir.join("out.html")).unwrap();
    let plan = write(dir, "plan.json", &sample_json());
    let out = hoinghi_in(
        dir,
        &[
            "render",
            plan.to_str().unwrap(),
            "--to",
            "html",
            "-o",
            "out.html",
        ],
        None,
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
    assert!(stderr(&out).contains("symbolic link"), "{}", stderr(&out));
    exit(&out)
}

fn count_beyond_32_bits(_: &Path) -> String {
    let value = json!({
        "schemaVersion": 1,
        "header": {"issuer": "X", "documentType": "KẾ HOẠCH", "title": "T"},
        "units": [{"noun": "xã", "count": 50_000}],
        "participants": {"groups": [{"entries": [
            {"body": "Đoàn xã", "each": "xã", "count": {"kind": "exact", "value": 85_900}}
        ]}]}
    });
    match hoinghi::json::from_str(&value.to_string()) {
        Ok(_) => "accepted".to_owned(),
        Err(e) => hoinghi::Error::from(e).code().to_owned(),
    }
}

fn attendance_beyond_32_bits(_: &Path) -> String {
    let plan = plan_of(&sample_json());
    // Group 1, entry 2 (the standing committee) has no stated size.
    let record: hoinghi::Attendance = serde_json::from_value(json!({"present": [
        {"group": 1, "entry": 2, "count": u32::MAX},
        {"group": 0, "entry": 0, "count": 1}
    ]}))
    .unwrap();
    match hoinghi::check_attendance(&plan, &hoinghi::QuorumRule::more_than_half(), &record) {
        Ok(_) => "accepted".to_owned(),
        Err(e) => hoinghi::Error::from(e).code().to_owned(),
    }
}

fn json_with_bom(dir: &Path) -> String {
    let path = dir.join("plan.json");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(sample_json().to_string().as_bytes());
    std::fs::write(&path, bytes).unwrap();
    let out = hoinghi_in(dir, &["check", path.to_str().unwrap()], None);
    assert!(String::from_utf8_lossy(&out.stdout).contains("BCH ĐOÀN QUẬN 12"));
    exit(&out)
}

fn quorum_rule_positions(dir: &Path) -> String {
    let plan = write(dir, "plan.json", &sample_json());
    let rule = write(
        dir,
        "rule.json",
        &json!({"required": vec![json!({"group": 2, "entry": 0}); 21]}),
    );
    let out = hoinghi_in(
        dir,
        &[
            "quorum",
            plan.to_str().unwrap(),
            "--rule",
            rule.to_str().unwrap(),
        ],
        None,
    );
    assert!(
        stderr(&out).contains("21 required positions"),
        "{}",
        stderr(&out)
    );
    exit(&out)
}

fn duplicate_schema_version(_: &Path) -> String {
    let e = hoinghi::json::from_str(r#"{"schemaVersion":1,"schemaVersion":1}"#).unwrap_err();
    let e = hoinghi::Error::from(e);
    format!("{} {}", e.code(), e.path().unwrap_or_default())
}

fn stdin_named(dir: &Path) -> String {
    let out = hoinghi_in(dir, &["check", "--input", "json", "-"], Some(b"{"));
    let said = stderr(&out);
    assert_eq!(out.status.code(), Some(2));
    if said.contains("hoinghi: standard input: invalid JSON") {
        "standard input".to_owned()
    } else {
        said
    }
}

fn null_list(_: &Path) -> String {
    let mut value = sample_json();
    value["recipients"] = Value::Null;
    match hoinghi::json::from_str(&value.to_string()) {
        Ok(plan) if plan.recipients.is_empty() => "accepted".to_owned(),
        Ok(_) => "misread".to_owned(),
        Err(e) => hoinghi::Error::from(e).code().to_owned(),
    }
}

fn stderr_full(dir: &Path) -> String {
    let plan = write(dir, "plan.json", &sample_json());
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return "exit 0".to_owned(); // No /dev/full on this system.
    };
    let status = Command::new(env!("CARGO_BIN_EXE_hoinghi"))
        .args([
            "export",
            plan.to_str().unwrap(),
            "--to",
            "letters",
            "-o",
            "out",
        ])
        .current_dir(dir)
        .stderr(full)
        .status()
        .unwrap();
    assert_eq!(letters_in(&dir.join("out")).len(), 12);
    format!("exit {}", status.code().unwrap_or(-1))
}

fn broken_pipe(dir: &Path) -> String {
    // Far more than a pipe holds, so that writing goes on after the reader is gone.
    let plan = write(dir, "plan.json", &inviting(3_000, "Tổ chức hội nghị"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_hoinghi"))
        .args(["render", plan.to_str().unwrap(), "--to", "html"])
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 1];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(stderr(&out), "", "nothing said about the closed pipe");
    exit(&out)
}

fn cases() -> BTreeMap<&'static str, Case> {
    let mut cases: BTreeMap<&'static str, Case> = BTreeMap::new();
    cases.insert("control-character", control_character);
    cases.insert("nul-byte-in-text", nul_byte_in_text);
    cases.insert("export-invalid-plan", export_invalid_plan);
    cases.insert("export-forced", export_forced);
    cases.insert("line-break-in-body", line_break_in_body);
    cases.insert("line-break-in-venue", line_break_in_venue);
    cases.insert("markdown-table", markdown_table);
    cases.insert("markdown-ampersand", markdown_ampersand);
    cases.insert("letters-long-title", letters_long_title);
    cases.insert("letters-past-the-bound", letters_past_the_bound);
    cases.insert("terminal-escapes", terminal_escapes);
    cases.insert("ics-chair-and-participant", ics_chair_and_participant);
    cases.insert("ics-similar-names", ics_similar_names);
    cases.insert("ics-non-latin", ics_non_latin);
    cases.insert("ics-ends-before-start", ics_ends_before_start);
    cases.insert("ics-last-day", ics_last_day);
    cases.insert("letter-name-300", letter_name_300);
    #[cfg(unix)]
    cases.insert("planted-link", planted_link);
    cases.insert("stale-letters", stale_letters);
    cases.insert("failure-part-way", failure_part_way);
    cases.insert("letters-101", letters_101);
    #[cfg(unix)]
    cases.insert("render-into-link", render_into_link);
    cases.insert("count-beyond-32-bits", count_beyond_32_bits);
    cases.insert("attendance-beyond-32-bits", attendance_beyond_32_bits);
    cases.insert("json-with-bom", json_with_bom);
    cases.insert("quorum-rule-positions", quorum_rule_positions);
    cases.insert("duplicate-schema-version", duplicate_schema_version);
    cases.insert("stdin-named", stdin_named);
    cases.insert("null-list", null_list);
    cases.insert("stderr-full", stderr_full);
    cases.insert("broken-pipe", broken_pipe);
    cases
}

/// The cells of each row of the table under `heading` in docs/limits.md.
fn table(heading: &str) -> Vec<Vec<String>> {
    let doc = std::fs::read_to_string(root().join("docs/limits.md")).unwrap();
    let at = doc.find(heading).unwrap_or_else(|| panic!("no {heading}"));
    doc[at..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .map(|row| {
            // Split on the cell bars, not on an escaped `\|` inside a cell.
            let row = row.replace("\\|", "\u{0}");
            row.trim_matches('|')
                .split('|')
                .map(|c| c.trim().replace('\u{0}', "|"))
                .collect()
        })
        .collect()
}

fn unquoted(cell: &str) -> &str {
    cell.trim_matches('`')
}

#[test]
fn every_hostile_input_has_the_outcome_docs_limits_md_states() {
    let rows = table("## Hostile and careless input");
    let cases = cases();
    let listed: Vec<&str> = rows.iter().map(|r| unquoted(&r[0])).collect();
    let mut sorted = listed.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), listed.len(), "a case is listed twice");
    if cfg!(unix) {
        assert_eq!(
            sorted,
            cases.keys().copied().collect::<Vec<_>>(),
            "docs/limits.md and the cases differ"
        );
    }
    let mut wrong = Vec::new();
    for row in &rows {
        let id = unquoted(&row[0]);
        let Some(case) = cases.get(id) else { continue };
        let dir = tempfile::tempdir().unwrap();
        let found = std::panic::catch_unwind(|| case(dir.path()))
            .unwrap_or_else(|_| panic!("case {id} failed (see above)"));
        let stated = unquoted(row.last().unwrap());
        if found != stated {
            wrong.push(format!(
                "{id}: the table says {stated:?}, the case gives {found:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_limits_table_states_the_constants() {
    let value = |name: &str| -> u64 {
        let n = match name {
            "text::MAX_TEXT_BYTES" => hoinghi::text::MAX_TEXT_BYTES,
            "text::MAX_LINES" => hoinghi::text::MAX_LINES,
            "json::MAX_JSON_BYTES" => hoinghi::json::MAX_JSON_BYTES,
            "limits::MAX_PARTICIPANT_ENTRIES" => hoinghi::limits::MAX_PARTICIPANT_ENTRIES,
            "limits::MAX_PARTICIPANT_GROUPS" => hoinghi::limits::MAX_PARTICIPANT_GROUPS,
            "limits::MAX_PROGRAMME_ITEMS" => hoinghi::limits::MAX_PROGRAMME_ITEMS,
            "limits::MAX_PROGRAMME_DEPTH" => hoinghi::limits::MAX_PROGRAMME_DEPTH as usize,
            "limits::MAX_CHAIRS" => hoinghi::limits::MAX_CHAIRS,
            "limits::MAX_LEVELS" => hoinghi::limits::MAX_LEVELS,
            "limits::MAX_UNIT_GROUPS" => hoinghi::limits::MAX_UNIT_GROUPS,
            "limits::MAX_UNITS_PER_GROUP" => hoinghi::limits::MAX_UNITS_PER_GROUP,
            "limits::MAX_REQUIRED_POSITIONS" => hoinghi::limits::MAX_REQUIRED_POSITIONS,
            "limits::MAX_DELEGATES" => hoinghi::limits::MAX_DELEGATES as usize,
            "export::letters::MAX_LETTER_BYTES" => hoinghi::export::letters::MAX_LETTER_BYTES,
            "the command" => 100,
            other => panic!("docs/limits.md names {other}, which this test does not know"),
        };
        n as u64
    };
    let rows = table("## Limits");
    assert!(rows.len() >= 15);
    for row in rows {
        let stated: u64 = row[1].split_whitespace().next().unwrap().parse().unwrap();
        assert_eq!(stated, value(unquoted(&row[2])), "{row:?}");
    }
}
