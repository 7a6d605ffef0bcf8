//! The `hoinghi` command as a user runs it.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // Test code.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn plans() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/plans")
}

fn hoinghi(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hoinghi"))
        .args(args)
        .current_dir(plans())
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

fn text(o: &[u8]) -> String {
    String::from_utf8(o.to_vec()).unwrap()
}

const SAMPLE_TXT: &str = "ke-hoach-05-KH-DTN-VP.txt";
const SAMPLE_JSON: &str = "ke-hoach-05-KH-DTN-VP.json";

#[test]
fn check_prints_the_summary_in_vietnamese() {
    let out = hoinghi(&["check", SAMPLE_TXT], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    for expected in [
        "BCH ĐOÀN QUẬN 12",
        "05-KH/ĐTN-VP",
        "18/08/2022",
        "08:00 26/08/2022 (Thứ Sáu)",
        "Hội trường 2",
        "37 + 1 mục chưa rõ số lượng / dự kiến 50",
        "6 mục",
        "reporting-period-mismatch",
        "delegate-count-unknown",
        "cảnh báo",
    ] {
        assert!(s.contains(expected), "missing {expected:?} in\n{s}");
    }
    let en = text(&hoinghi(&["check", "--lang", "en", SAMPLE_TXT], None).stdout);
    assert!(
        en.contains("37 + 1 entry of unknown size / planned 50"),
        "{en}"
    );
    // A total the plan gives as approximate is shown as one.
    let about = std::fs::read_to_string(plans().join(SAMPLE_TXT))
        .unwrap()
        .replace("Dự kiến 50 đại biểu", "Dự kiến khoảng 50 đại biểu");
    let vi = text(&hoinghi(&["check", "-"], Some(about.as_bytes())).stdout);
    assert!(vi.contains("/ dự kiến khoảng 50"), "{vi}");
    let en = text(&hoinghi(&["check", "--lang", "en", "-"], Some(about.as_bytes())).stdout);
    assert!(en.contains("/ planned about 50"), "{en}");
}

#[test]
fn check_json_has_the_contract_fields() {
    let out = hoinghi(&["check", "--format", "json", SAMPLE_JSON], None);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["delegates"]["min"], 37);
    assert_eq!(v["delegates"]["max"], serde_json::Value::Null);
    assert_eq!(v["delegates"]["limit"], 50);
    let codes: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        ["reporting-period-mismatch", "delegate-count-unknown"]
    );
    let d = &v["diagnostics"][0];
    for field in ["severity", "path"] {
        assert!(d[field].is_string());
    }
    assert!(d["message"]["vi"].is_string() && d["message"]["en"].is_string());
}

#[test]
fn errors_exit_one_and_bad_input_exits_two() {
    let broken = std::fs::read_to_string(plans().join(SAMPLE_TXT))
        .unwrap()
        .replace("(Thứ Sáu)", "(Thứ Năm)");
    let out = hoinghi(&["check", "-"], Some(broken.as_bytes()));
    assert_eq!(out.status.code(), Some(1), "weekday-mismatch is an error");
    assert!(text(&out.stdout).contains("weekday-mismatch"));

    let out = hoinghi(&["check", "no-such-file.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no-such-file.txt"));

    let out = hoinghi(&["check", "-"], Some(b"   \n"));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("empty"));

    let out = hoinghi(&["check", "-"], Some(b"K\xd5 HO\xb8CH t\xe6 ch\xf8c"));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("UTF-8"), "{}", text(&out.stderr));

    let json = std::fs::read_to_string(plans().join(SAMPLE_JSON))
        .unwrap()
        .replacen("\"place\"", "\"placeName\"", 1);
    let out = hoinghi(&["check", "-"], Some(json.as_bytes()));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("/header/placeName"),
        "{}",
        text(&out.stderr)
    );

    let out = hoinghi(&["check", "-"], Some(b"{\"schemaVersion\": 1,"));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("invalid JSON"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn parse_prints_json_and_render_writes_files() {
    let out = hoinghi(&["parse", SAMPLE_TXT], None);
    assert_eq!(out.status.code(), Some(0));
    let parsed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(plans().join(SAMPLE_JSON)).unwrap()).unwrap();
    assert_eq!(parsed, expected);

    let dir = std::env::temp_dir().join(format!("hoinghi-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (to, marker) in [
        ("text", "KẾ HOẠCH"),
        ("md", "## KẾ HOẠCH"),
        ("html", "<!DOCTYPE html>"),
        ("json", "\"schemaVersion\""),
    ] {
        let path = dir.join(format!("out.{to}"));
        let out = hoinghi(
            &[
                "render",
                SAMPLE_TXT,
                "--to",
                to,
                "-o",
                path.to_str().unwrap(),
            ],
            None,
        );
        assert_eq!(out.status.code(), Some(0), "{to}: {}", text(&out.stderr));
        assert!(
            std::fs::read_to_string(&path).unwrap().contains(marker),
            "{to}"
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn quorum_with_an_attendance_record() {
    let dir = std::env::temp_dir().join(format!("hoinghi-quorum-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let record = dir.join("attendance.json");
    let wards: Vec<String> = (1..=11)
        .filter(|w| *w != 3 && *w != 7)
        .map(|w| format!("{{\"group\":2,\"entry\":1,\"unit\":\"{w}\",\"count\":2}}"))
        .collect();
    std::fs::write(&record, format!("{{\"present\":[{}]}}", wards.join(","))).unwrap();
    let out = hoinghi(
        &[
            "quorum",
            SAMPLE_JSON,
            "--preset",
            "youth-union",
            "--attendance",
            record.to_str().unwrap(),
            "--lang",
            "en",
        ],
        None,
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["units"]["unrepresented"],
        serde_json::json!(["phường 3", "phường 7"])
    );
    assert_eq!(report["units"]["represented"], 9);
    // 18 present of 37 + the standing committee: below 2/3 of 37 already.
    assert_eq!(report["outcome"], "notMet");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("unrepresented: phường 3, phường 7"),
        "{}",
        text(&out.stderr)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

fn docx_fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/docx/fixtures")
        .join(name)
}

#[test]
fn word_documents_are_read_by_content_in_every_command() {
    let dir = std::env::temp_dir().join(format!("hoinghi-cli-docx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Named .txt on purpose: a .docx is told by its content.
    let plan = dir.join("ke-hoach.txt");
    std::fs::copy(docx_fixture("ke-hoach-05-word-numbering.docx"), &plan).unwrap();
    let plan = plan.to_str().unwrap();

    let out = hoinghi(&["check", plan, "--lang", "en"], None);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        text(&out.stderr)
    );
    let stdout = text(&out.stdout);
    assert!(stdout.contains("BCH ĐOÀN QUẬN 12"), "{stdout}");
    assert!(stdout.contains("Programme: 6 items"), "{stdout}");

    let out = hoinghi(&["parse", plan], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["chairs"].as_array().unwrap().len(), 3);
    // Read as its text is: nothing to report.
    assert_eq!(text(&out.stderr), "");
    // Parse diagnostics name the table row and column, or the paragraph, not a line of
    // text.
    let bytes = std::fs::read(docx_fixture("tracked-fields-boxes-notes.docx")).unwrap();
    let out = hoinghi(&["parse", "-"], Some(&bytes));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("table 2, row 1, column 1: "), "{stderr}");
    assert!(stderr.contains("paragraph 7: "), "{stderr}");
    assert!(!stderr.contains("line "), "{stderr}");

    let out = hoinghi(&["render", plan, "--to", "text"], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("I. MỤC ĐÍCH, YÊU CẦU"));

    let bytes = std::fs::read(docx_fixture("tracked-fields-boxes-notes.docx")).unwrap();
    let out = hoinghi(&["count", "-"], Some(&bytes));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    // Export writes a .docx beside; never over the input.
    let docx_in = dir.join("ke-hoach.docx");
    std::fs::copy(docx_fixture("ke-hoach-05-word-numbering.docx"), &docx_in).unwrap();
    let before = std::fs::read(&docx_in).unwrap();
    let out = hoinghi(
        &[
            "export",
            docx_in.to_str().unwrap(),
            "--to",
            "docx",
            "-o",
            dir.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("is the input"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read(&docx_in).unwrap(), before);
    let out_dir = dir.join("out");
    let out = hoinghi(
        &[
            "export",
            docx_in.to_str().unwrap(),
            "--to",
            "docx",
            "-o",
            out_dir.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out_dir.join("ke-hoach.docx").exists());

    for (name, code, says) in [
        ("legacy-word-97.doc", "docx-legacy-doc", "save it as .docx"),
        ("encrypted.docx", "docx-encrypted", "password"),
        ("zip-bomb.docx", "docx-too-large", "limit"),
        ("spreadsheet.xlsx", "docx-malformed", "not a Word document"),
        ("not-a-plan.docx", "not-a-plan", "KẾ HOẠCH"),
    ] {
        let out = hoinghi(&["check", docx_fixture(name).to_str().unwrap()], None);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains(code) && stderr.contains(says),
            "{name}: {stderr}"
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn failures_carry_the_library_codes() {
    // A plan field the model does not have: the code and the JSON pointer, on standard
    // error and, with --format json, as JSON on standard output.
    let json = std::fs::read_to_string(plans().join(SAMPLE_JSON))
        .unwrap()
        .replacen("\"place\"", "\"placeName\"", 1);
    let out = hoinghi(&["check", "--format", "json", "-"], Some(json.as_bytes()));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).ends_with("[json-shape]\n"),
        "{}",
        text(&out.stderr)
    );
    let said: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(said["error"]["code"], "json-shape");
    assert_eq!(said["error"]["path"], "/header/placeName");
    assert_eq!(said["error"]["file"], "standard input");

    // Rule and attendance files are read as plans are: pointers, codes, limits.
    let dir = std::env::temp_dir().join(format!("hoinghi-codes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let rule = dir.join("rule.json");
    std::fs::write(
        &rule,
        r#"{"people": {"numerator": 2, "denominator": 3, "of": 1}}"#,
    )
    .unwrap();
    let out = hoinghi(
        &["quorum", SAMPLE_JSON, "--rule", rule.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    assert!(
        said.contains("/people/of") && said.ends_with("[json-shape]\n"),
        "{said}"
    );
    let record = dir.join("attendance.json");
    std::fs::write(
        &record,
        r#"{"present": [{"group": 9, "entry": 0, "count": 1}]}"#,
    )
    .unwrap();
    let out = hoinghi(
        &[
            "quorum",
            SAMPLE_JSON,
            "--preset",
            "youth-union",
            "--attendance",
            record.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).ends_with("[attendance-invalid]\n"),
        "{}",
        text(&out.stderr)
    );
    std::fs::remove_dir_all(&dir).unwrap();

    // The command's own codes.
    let out = hoinghi(&["check", "--disable", "no-such-rule", SAMPLE_TXT], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).ends_with("[usage]\n"),
        "{}",
        text(&out.stderr)
    );
    let out = hoinghi(&["check", "--format", "json", "no-such-file.txt"], None);
    let said: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(said["error"]["code"], "input-unreadable");
    let out = hoinghi(&["check", "-"], Some(b"   \n"));
    assert!(text(&out.stderr).ends_with("[input-empty]\n"));
}
