//! The shape of the code stays as ARCHITECTURE.md draws it: no cycles between the core's
//! modules, and nothing of the core's public API left out of JavaScript by accident.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // Test code.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The text of a source file without comments and without items under `#[cfg(test)]`
/// (tests may use anything).
fn code_of(source: &str) -> String {
    let without_comments: String = source
        .lines()
        .map(|line| match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut code = without_comments;
    while let Some(at) = code.find("#[cfg(test)]") {
        let rest = &code[at..];
        let semicolon = rest.find(';').unwrap_or(usize::MAX);
        let brace = rest.find('{').unwrap_or(usize::MAX);
        let end = if semicolon < brace {
            at + semicolon + 1
        } else if brace == usize::MAX {
            code.len()
        } else {
            let mut depth = 0usize;
            let mut end = code.len();
            for (i, c) in rest.char_indices().skip_while(|(_, c)| *c != '{') {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = at + i + 1;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            end
        };
        code.replace_range(at..end, "");
    }
    code
}

/// The first segments of the paths a piece of code names after `crate::`, including
/// those of `crate::{a::X, b::Y}`.
fn crate_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let preceded = code[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        if preceded {
            continue;
        }
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            for item in group.split(',') {
                let first: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !first.is_empty() {
                    out.push(first);
                }
            }
        } else {
            let first: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.push(first);
        }
    }
    out
}

/// The core's top-level modules and, for each, the modules it uses (with the file that
/// does it), from `crates/hoinghi/src`.
fn module_graph() -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    let src = root().join("crates/hoinghi/src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    let lib_code = code_of(&lib);
    let mut modules = BTreeSet::new();
    for line in lib_code.lines() {
        let line = line.trim();
        let decl = line
            .strip_prefix("pub mod ")
            .or_else(|| line.strip_prefix("mod "));
        if let Some(name) = decl.and_then(|d| d.strip_suffix(';')) {
            modules.insert(name.to_owned());
        }
    }
    // Names the crate root re-exports (`crate::Plan`) stand for their module.
    let mut reexports = BTreeMap::new();
    for statement in lib_code.split(';') {
        let Some(path) = statement.trim().strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, items)) = path.split_once("::") else {
            continue;
        };
        for item in items.split([',', '{', '}', ':']) {
            let item = item.trim();
            if !item.is_empty() {
                reexports.insert(item.to_owned(), module.trim().to_owned());
            }
        }
    }
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap();
        let first = relative.components().next().unwrap();
        let module = first.as_os_str().to_string_lossy();
        let module = module.strip_suffix(".rs").unwrap_or(&module).to_owned();
        if !modules.contains(&module) {
            continue; // lib.rs, and modules compiled only for tests
        }
        let code = code_of(&std::fs::read_to_string(&file).unwrap());
        let uses = graph.entry(module.clone()).or_default();
        for name in crate_paths(&code) {
            let target = if modules.contains(&name) {
                name
            } else if let Some(module) = reexports.get(&name) {
                module.clone()
            } else {
                continue; // an item of lib.rs itself (`crate::VERSION`)
            };
            if target != module {
                uses.entry(target)
                    .or_default()
                    .insert(relative.display().to_string());
            }
        }
    }
    graph
}

#[test]
fn the_core_modules_form_no_cycle() {
    let graph = module_graph();
    assert!(graph.len() > 20, "the modules were not found: {graph:?}");
    // Depth-first search; a module seen again while still open closes a cycle.
    fn visit(
        module: &str,
        graph: &BTreeMap<String, BTreeMap<String, BTreeSet<String>>>,
        open: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if done.contains(module) {
            return None;
        }
        if let Some(at) = open.iter().position(|m| m == module) {
            let mut cycle = open[at..].to_vec();
            cycle.push(module.to_owned());
            return Some(cycle);
        }
        open.push(module.to_owned());
        for next in graph.get(module).into_iter().flat_map(BTreeMap::keys) {
            if let Some(cycle) = visit(next, graph, open, done) {
                return Some(cycle);
            }
        }
        open.pop();
        done.insert(module.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        if let Some(cycle) = visit(module, &graph, &mut Vec::new(), &mut done) {
            let steps: Vec<String> = cycle
                .windows(2)
                .map(|w| format!("  {} → {} (in {:?})", w[0], w[1], graph[&w[0]][&w[1]]))
                .collect();
            panic!(
                "the core's modules use each other in a circle (see ARCHITECTURE.md, \
                 \"What each may use\"):\n{}",
                steps.join("\n")
            );
        }
    }
}

#[test]
fn the_cycle_check_sees_uses() {
    let code = code_of(
        "use crate::model::Plan;\n// crate::quorum in a comment\nfn f() { crate::count::x(); }\n\
         use crate::{json::read, text::parse};\n#[cfg(test)]\nmod tests { use crate::render; }\n",
    );
    assert_eq!(crate_paths(&code), ["model", "count", "json", "text"]);
    let graph = module_graph();
    assert!(graph["quorum"].contains_key("model"));
    assert!(
        !graph["model"].contains_key("quorum"),
        "{:?}",
        graph["model"]
    );
}
