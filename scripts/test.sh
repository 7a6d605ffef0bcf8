#!/usr/bin/env bash
# Runs every test of the project, installing what a fresh machine lacks.
# Usage: scripts/test.sh            (everything)
#        scripts/test.sh rust       (only the Rust stages)
set -euo pipefail
cd "$(dirname "$0")/.."

only="${1:-all}"
step() { printf '\n==> %s\n' "$*"; }

rust_stages() {
  step "cargo fmt --check"
  cargo fmt --all -- --check

  step "cargo clippy (all targets, warnings denied)"
  cargo clippy --workspace --all-targets --locked -- -D warnings

  step "cargo test"
  cargo test --workspace --locked

  step "cargo doc (warnings denied)"
  RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --workspace --locked
}

case "$only" in
  rust) rust_stages ;;
  all) rust_stages ;;
  *) echo "unknown stage: $only (expected: all, rust)" >&2; exit 2 ;;
esac

step "all tests passed"
