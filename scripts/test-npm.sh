#!/usr/bin/env bash
# Tests the npm package as a user gets it: builds and packs it, installs the tarball
# into a fresh project (whose package.json says "type": "module"), runs node:test there.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
wasm_dir="$root/bindings/wasm"

scripts/build-npm.sh
tarball=$(ls "$wasm_dir"/hoinghi-*.tgz)

project=$(mktemp -d "${TMPDIR:-/tmp}/hoinghi-npm-XXXXXX")
trap 'rm -rf "$project"' EXIT
printf '{ "name": "consumer", "private": true, "type": "module" }\n' > "$project/package.json"
(cd "$project" && npm install --no-audit --no-fund --silent "$tarball")
cp -r "$wasm_dir/test" "$project/test"
cp -r "$wasm_dir/test-fixtures" "$project/test-fixtures"
# A plan with every list at its limit (test/limits.test.mjs).
cargo run --quiet --locked -p hoinghi-tests --bin make-plan -- crowded > "$project/crowded.json"

cd "$project"
HOINGHI_EXAMPLES="$root/examples/plans" \
HOINGHI_DOCX_FIXTURES="$root/tests/docx/fixtures" \
HOINGHI_CROWDED="$project/crowded.json" \
HOINGHI_TSC="$wasm_dir/node_modules/typescript/bin/tsc" \
HOINGHI_VITE="$wasm_dir/node_modules/vite/bin/vite.js" \
HOINGHI_AJV="$wasm_dir/node_modules/ajv/dist/2020.js" \
  node --test --test-reporter=spec test/
