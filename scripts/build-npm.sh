#!/usr/bin/env bash
# Builds the npm package `hoinghi` into bindings/wasm/pkg/ and packs it into
# bindings/wasm/hoinghi-<version>.tgz, installing what a fresh machine lacks:
# the wasm32 target, the wasm-bindgen CLI at exactly the version in Cargo.lock
# (cached by version), and wasm-opt from the npm `binaryen` package.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
wasm_dir="$root/bindings/wasm"
pkg="$wasm_dir/pkg"
# opt-level of the wasm build; "z" measured smallest after wasm-opt -Oz (BENCHMARKS.md,
# scripts/measure-opt-levels.sh).
opt_level="${HOINGHI_WASM_OPT_LEVEL:-z}"

say() { printf '  [build-npm] %s\n' "$*"; }

# 1-3. The wasm target, the pinned wasm-bindgen CLI, wasm-opt and the JS tooling.
# shellcheck source=lib/tools.sh
. scripts/lib/tools.sh
ensure_wasm_target
ensure_wasm_bindgen
ensure_node_tooling
wasm_opt="$wasm_dir/node_modules/.bin/wasm-opt"

# 4-5. The default module, and the module with `toDocx` (cargo feature `docx`, about
# twice the size, published as the opt-in entry `hoinghi/docx`). Each is compiled once,
# bound for the web and nodejs targets, optimised once and shared by both.
bind() { # FEATURES OUT_DIR
  say "cargo build (wasm32, release, opt-level $opt_level${1:+, $1})"
  # shellcheck disable=SC2086
  RUSTFLAGS="${RUSTFLAGS:+$RUSTFLAGS }$(wasm_rustflags)" CARGO_PROFILE_RELEASE_OPT_LEVEL="$opt_level" cargo build --locked --release --target wasm32-unknown-unknown -p hoinghi-wasm $1
  local wasm="$root/target/wasm32-unknown-unknown/release/hoinghi_wasm.wasm" out="$2"
  wasm-bindgen "$wasm" --target web --out-dir "$out/web"
  wasm-bindgen "$wasm" --target nodejs --out-dir "$out/node"
  cmp -s "$out/web/hoinghi_wasm_bg.wasm" "$out/node/hoinghi_wasm_bg.wasm" || { echo "wasm-bindgen produced different modules per target" >&2; exit 1; }
  "$wasm_opt" -Oz --strip-debug --strip-producers "$out/web/hoinghi_wasm_bg.wasm" -o "$out/web/hoinghi_wasm_bg.opt.wasm"
  mv "$out/web/hoinghi_wasm_bg.opt.wasm" "$out/web/hoinghi_wasm_bg.wasm"
  cp "$out/web/hoinghi_wasm_bg.wasm" "$out/node/hoinghi_wasm_bg.wasm"
  rm -f "$out"/*/.gitignore
  printf '{ "type": "module" }\n' > "$out/web/package.json"
  printf '{ "type": "commonjs" }\n' > "$out/node/package.json"
  cp "$wasm_dir"/js/{index.mjs,index.cjs,browser.js,error.js,error.cjs} "$out/"
}
rm -rf "$pkg"
mkdir -p "$pkg"
bind "" "$pkg"
bind "--features docx" "$pkg/docx"

# 6. Entry points, README and the manifest with the crate's version.
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
cp "$wasm_dir/js/README.md" "$pkg/"
cp "$root/schema/plan.schema.json" "$pkg/"
sed "s/\"version\": \"0.0.0\"/\"version\": \"$version\"/" "$wasm_dir/js/package.json" > "$pkg/package.json"

# 7. Check the manifest and pack.
(cd "$wasm_dir" && node_modules/.bin/publint run "$pkg" --strict)
rm -f "$wasm_dir"/hoinghi-*.tgz
(cd "$pkg" && npm pack --pack-destination "$wasm_dir" --silent >/dev/null)
say "packed $(ls "$wasm_dir"/hoinghi-*.tgz)"
