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

/// The layers ARCHITECTURE.md gives: module → layer number.
fn documented_layers() -> BTreeMap<String, u32> {
    let map = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let marker = "<!-- layers: checked by tests/tests/architecture.rs -->";
    let block = &map[map
        .find(marker)
        .expect("ARCHITECTURE.md lost its layer table")..];
    let block = &block[block.find("```text\n").unwrap() + "```text\n".len()..];
    let block = &block[..block.find("```").unwrap()];
    let mut layers = BTreeMap::new();
    for line in block.lines() {
        let (number, rest) = line.split_once(' ').unwrap();
        let number: u32 = number.parse().unwrap();
        // After the layer's name (words separated by single spaces), the modules.
        let modules = rest
            .split("  ")
            .filter(|s| !s.trim().is_empty())
            .last()
            .unwrap();
        for module in modules.split_whitespace() {
            assert!(
                layers.insert(module.to_owned(), number).is_none(),
                "{module} is in two layers of ARCHITECTURE.md"
            );
        }
    }
    layers
}

#[test]
fn every_module_uses_only_its_layer_and_those_below() {
    let layers = documented_layers();
    let graph = module_graph();
    let mut wrong = Vec::new();
    for (module, uses) in &graph {
        let Some(own) = layers.get(module) else {
            wrong.push(format!("{module} is in no layer of ARCHITECTURE.md"));
            continue;
        };
        for (used, files) in uses {
            match layers.get(used) {
                Some(layer) if layer <= own => {}
                Some(layer) => wrong.push(format!(
                    "{module} (layer {own}) uses {used} (layer {layer}) in {files:?}"
                )),
                None => wrong.push(format!("{used} is in no layer of ARCHITECTURE.md")),
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
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

/// A public item of the core: its paths (`hoinghi::text::parse_text`, and the
/// re-export `hoinghi::parse_text`).
#[derive(Debug)]
struct Item {
    paths: Vec<String>,
    function_or_constant: bool,
}

/// The module path of a file under `src` (`text/mod.rs` → `["text"]`).
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap();
    let stem = last.strip_suffix(".rs").unwrap();
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_owned());
    }
    parts
}

/// The names `file` declares as public modules, and what it re-exports (`pub use
/// a::b::{c, d as e}` → ("e", "a::b::d")…).
fn declarations(code: &str) -> (BTreeSet<String>, Vec<(String, String)>) {
    let mut public_modules = BTreeSet::new();
    let mut reexports = Vec::new();
    for statement in code.split(';') {
        let statement = statement.trim();
        let statement = statement
            .rsplit_once('\n')
            .filter(|(_, last)| last.starts_with("pub "))
            .map_or(statement, |(_, last)| last)
            .trim();
        if let Some(name) = statement.strip_prefix("pub mod ") {
            public_modules.insert(name.trim().to_owned());
        } else if let Some(path) = statement.strip_prefix("pub use ") {
            let path: String = path.split_whitespace().collect::<Vec<_>>().join(" ");
            let (base, items) = match path.split_once("::{") {
                Some((base, items)) => (base.to_owned(), items.trim_end_matches('}').to_owned()),
                None => match path.rsplit_once("::") {
                    Some((base, item)) => (base.to_owned(), item.to_owned()),
                    None => continue,
                },
            };
            for item in items.split(',') {
                let item = item.trim();
                if item.is_empty() {
                    continue;
                }
                let (name, alias) = item.split_once(" as ").unwrap_or((item, item));
                reexports.push((alias.trim().to_owned(), format!("{base}::{}", name.trim())));
            }
        }
    }
    (public_modules, reexports)
}

/// Every public free function, constant and type of the core, with all its paths.
fn public_items() -> Vec<Item> {
    let src = root().join("crates/hoinghi/src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut codes = BTreeMap::new();
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap().to_path_buf();
        codes.insert(
            module_of(&relative),
            code_of(&std::fs::read_to_string(file).unwrap()),
        );
    }
    let decls: BTreeMap<Vec<String>, _> = codes
        .iter()
        .map(|(module, code)| (module.clone(), declarations(code)))
        .collect();
    let is_public = |module: &[String]| {
        (1..=module.len()).all(|n| {
            decls
                .get(&module[..n - 1])
                .is_some_and(|(public, _)| public.contains(&module[n - 1]))
        })
    };
    let mut items = Vec::new();
    for (module, code) in &codes {
        for line in code.lines() {
            let kinds = [
                ("pub fn ", true),
                ("pub const fn ", true),
                ("pub const ", true),
                ("pub static ", true),
                ("pub struct ", false),
                ("pub enum ", false),
                ("pub trait ", false),
                ("pub type ", false),
            ];
            let Some((rest, function_or_constant)) = kinds
                .iter()
                .find_map(|(prefix, f)| line.strip_prefix(prefix).map(|r| (r, *f)))
            else {
                continue;
            };
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let mut paths = Vec::new();
            if is_public(module) {
                let mut path = vec!["hoinghi".to_owned()];
                path.extend(module.iter().cloned());
                path.push(name.clone());
                paths.push(path.join("::"));
            }
            // Re-exports (`pub use`) by any public module or the crate root.
            let own = [module.join("::"), name.clone()].join("::");
            for (parent, (_, reexports)) in &decls {
                if !parent.is_empty() && !is_public(parent) {
                    continue;
                }
                for (alias, target) in reexports {
                    let absolute = if let Some(rest) = target.strip_prefix("crate::") {
                        rest.to_owned()
                    } else if let Some(rest) = target.strip_prefix("super::") {
                        let mut base = parent[..parent.len().saturating_sub(1)].to_vec();
                        base.push(rest.to_owned());
                        base.join("::")
                    } else {
                        let mut base = parent.clone();
                        base.push(target.trim_start_matches("self::").to_owned());
                        base.join("::")
                    };
                    if absolute == own {
                        let mut path = vec!["hoinghi".to_owned()];
                        path.extend(parent.iter().cloned());
                        path.push(alias.clone());
                        paths.push(path.join("::"));
                    }
                }
            }
            if !paths.is_empty() {
                items.push(Item {
                    paths,
                    function_or_constant,
                });
            }
        }
    }
    items
}

#[test]
fn every_public_function_of_the_core_is_in_javascript_or_listed_as_missing() {
    let binding: String = ["bindings/wasm/src/lib.rs", "bindings/wasm/src/error.rs"]
        .iter()
        .map(|f| code_of(&std::fs::read_to_string(root().join(f)).unwrap()))
        .collect();
    let listed_text =
        std::fs::read_to_string(root().join("bindings/wasm/missing_apis.txt")).unwrap();
    let listed: Vec<&str> = listed_text
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .collect();
    let items = public_items();
    assert!(items.len() > 50, "the core's items were not found");
    let uses = |path: &str| {
        let found = |needle: &str| {
            binding.match_indices(needle).any(|(at, _)| {
                !binding[at + needle.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
                    && !binding[..at]
                        .ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':')
                    || binding[..at].ends_with("hoinghi::") && needle.starts_with("hoinghi::")
            })
        };
        if found(path) {
            return true;
        }
        // `use hoinghi::{json, …}` then `json::from_str`.
        let segments: Vec<&str> = path.split("::").collect();
        segments.len() > 2 && {
            let module = segments[segments.len() - 2];
            let short = format!("{module}::{}", segments[segments.len() - 1]);
            found(&short)
                && binding.lines().any(|l| {
                    l.trim_start().starts_with("use hoinghi")
                        && l.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                            .any(|w| w == module)
                })
        }
    };
    let is_listed = |path: &str| {
        listed.iter().any(|l| {
            *l == path
                || l.strip_suffix("::*")
                    .is_some_and(|m| path.strip_prefix(m).is_some_and(|r| r.starts_with("::")))
        })
    };
    let mut forgotten = Vec::new();
    for item in items.iter().filter(|i| i.function_or_constant) {
        let in_js = item.paths.iter().any(|p| uses(p));
        let missing = item.paths.iter().any(|p| is_listed(p));
        if !in_js && !missing {
            forgotten.push(item.paths[0].clone());
        }
        if in_js {
            let stale = item.paths.iter().find(|p| listed.contains(&p.as_str()));
            assert!(
                stale.is_none(),
                "{stale:?} is in JavaScript now: take it out of bindings/wasm/missing_apis.txt"
            );
        }
    }
    assert!(
        forgotten.is_empty(),
        "public functions and constants of the core that JavaScript does not have; expose \
         them in bindings/wasm/src/lib.rs or list them, with the reason, in \
         bindings/wasm/missing_apis.txt:\n{}",
        forgotten.join("\n")
    );
    for entry in &listed {
        let exists = match entry.strip_suffix("::*") {
            Some(module) => items.iter().any(|i| {
                i.paths
                    .iter()
                    .any(|p| p.starts_with(&format!("{module}::")))
            }),
            None => items.iter().any(|i| i.paths.iter().any(|p| p == entry)),
        };
        assert!(
            exists,
            "bindings/wasm/missing_apis.txt lists {entry}, which the core does not have"
        );
    }
}
