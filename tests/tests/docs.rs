//! The documentation stays true to the code.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // Test code.

fn read(path: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(path),
    )
    .unwrap()
}

#[test]
fn every_code_is_in_the_rule_catalogue_with_examples() {
    let catalogue = read("docs/rules.md");
    for code in hoinghi::Code::ALL {
        let heading = format!("### `{}`", code.as_str());
        let at = catalogue
            .find(&heading)
            .unwrap_or_else(|| panic!("docs/rules.md lacks {heading}"));
        let section = &catalogue[at + heading.len()..];
        let section = &section[..section.find("\n### ").unwrap_or(section.len())];
        assert!(
            section.contains("Passes:") && section.contains("Fails:"),
            "{code}: give a passing and a failing example"
        );
    }
}

#[test]
fn readme_commands_exist() {
    let readme = read("README.md");
    assert!(readme.contains("scripts/test.sh"));
    assert!(readme
        .contains("cargo run -p hoinghi-cli -- check examples/plans/ke-hoach-05-KH-DTN-VP.txt"));
    let ci = read(".ci/run");
    assert!(
        ci.contains("scripts/test.sh"),
        ".ci/run runs the README's test command"
    );
}
