#!/usr/bin/env bash
# Runs every test of the project, installing what a fresh machine lacks (the wasm
# target, the pinned wasm-bindgen CLI, wasm-opt and the JS tooling from npm, Debian's
# chromium for the browser tests).
# Usage: scripts/test.sh [all|rust|wasm|npm|web]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/tools.sh
. scripts/lib/tools.sh

only="${1:-all}"
step() { printf '\n==> %s\n' "$*"; }

rust_stages() {
  step "cargo fmt --check"
  cargo fmt --all -- --check

  step "cargo clippy (all targets and features, warnings denied)"
  cargo clippy --workspace --all-targets --all-features --locked -- -D warnings

  step "cargo test"
  cargo test --workspace --all-features --locked

  step "cargo doc (warnings denied)"
  RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --workspace --locked --all-features

  step "exports read back by independent readers (icalendar, python-docx)"
  ensure_py_readers
  cargo build --locked -p hoinghi-cli
  HOINGHI_BIN=target/debug/hoinghi "$PY_READERS" tests/python/test_exports.py
}

wasm_stages() {
  ensure_wasm_target
  ensure_wasm_bindgen
  step "cargo clippy for wasm32 (binding crate and its tests, with and without docx)"
  cargo clippy --locked --target wasm32-unknown-unknown -p hoinghi-wasm --all-targets -- -D warnings
  cargo clippy --locked --target wasm32-unknown-unknown -p hoinghi-wasm --all-targets --features docx -- -D warnings

  step "wasm-bindgen-test in Node.js"
  # Not `cargo test -q`: it breaks wasm-bindgen-test-runner.
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --locked --target wasm32-unknown-unknown -p hoinghi-wasm
}

npm_stages() {
  step "npm package: build, pack, install from the tarball, node:test"
  scripts/test-npm.sh
}

web_stages() {
  ensure_chromium
  [ -f bindings/wasm/pkg/package.json ] || scripts/build-npm.sh
  step "web page: build with Vite, test in headless Chromium"
  (cd examples/web && npm ci --no-audit --no-fund && npm run build && node --test --test-reporter=spec tests/)
}

case "$only" in
  rust) rust_stages ;;
  wasm) wasm_stages ;;
  npm) npm_stages ;;
  web) web_stages ;;
  all) rust_stages; wasm_stages; npm_stages; web_stages ;;
  *) echo "unknown stage: $only (expected: all, rust, wasm, npm, web)" >&2; exit 2 ;;
esac

step "all tests passed"
