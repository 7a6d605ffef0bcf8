#!/usr/bin/env bash
# Measures the optimised .wasm for each opt-level (each followed by wasm-opt -Oz):
#   scripts/measure-wasm-size.sh [LEVEL...]      (default: z s 3)
# Prints raw and gzip -9 sizes; scripts/build-npm.sh uses the smallest (see BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/tools.sh
. scripts/lib/tools.sh
levels=("${@:-z s 3}")
[ $# -gt 0 ] || levels=(z s 3)
wbg_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
wasm_bindgen="${HOINGHI_TOOLS:-$HOME/.cache/hoinghi}/wasm-bindgen-$wbg_version/bin/wasm-bindgen"
wasm_opt=bindings/wasm/node_modules/.bin/wasm-opt
[ -x "$wasm_bindgen" ] && [ -x "$wasm_opt" ] || { echo "run scripts/build-npm.sh once first" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '| opt-level | .wasm raw | .wasm gzip -9 |\n|---|---:|---:|\n'
for level in "${levels[@]}"; do
  RUSTFLAGS="${RUSTFLAGS:+$RUSTFLAGS }$(wasm_rustflags)" CARGO_PROFILE_RELEASE_OPT_LEVEL="$level" cargo build --quiet --locked --release --target wasm32-unknown-unknown -p hoinghi-wasm ${HOINGHI_WASM_FEATURES:-}
  "$wasm_bindgen" target/wasm32-unknown-unknown/release/hoinghi_wasm.wasm --target web --out-dir "$out/$level"
  "$wasm_opt" -Oz --strip-debug --strip-producers "$out/$level/hoinghi_wasm_bg.wasm" -o "$out/$level/opt.wasm"
  printf '| %s | %s | %s |\n' "$level" "$(stat -c%s "$out/$level/opt.wasm")" "$(gzip -9c "$out/$level/opt.wasm" | wc -c)"
done
