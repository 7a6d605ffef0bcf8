# Shared by the build and test scripts: makes sure the wasm tooling is present,
# installing only what is missing. Source it from the repository root.
#   ensure_wasm_target     rustup target wasm32-unknown-unknown
#   ensure_wasm_bindgen    wasm-bindgen CLI at the Cargo.lock version, cached by version,
#                          put on PATH (with wasm-bindgen-test-runner)
#   ensure_node_tooling    npm ci in bindings/wasm (binaryen's wasm-opt, typescript, publint, vite)
#   ensure_chromium        Debian's chromium (never a browser download)
#   ensure_py_readers      a venv with the pinned independent readers of the exports
#   wasm_rustflags         RUSTFLAGS for the wasm module: source paths of dependencies
#                          remapped, so the module (and its gated size) does not depend
#                          on where cargo keeps its registry

wasm_rustflags() {
  # The registry's own directory (index.crates.io-<hash of its URL>) stays in the paths:
  # remapping the parent works before cargo has unpacked anything.
  printf '%s' "--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src=/crates"
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    echo "  [tools] adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_wasm_bindgen() {
  local version root
  version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  [ -n "$version" ] || { echo "wasm-bindgen not found in Cargo.lock" >&2; return 1; }
  root="${HOINGHI_TOOLS:-$HOME/.cache/hoinghi}/wasm-bindgen-$version"
  if ! "$root/bin/wasm-bindgen" --version 2>/dev/null | grep -q " $version\$"; then
    echo "  [tools] installing wasm-bindgen-cli $version into $root (once per version)"
    # No --locked: it fails against this registry.
    cargo install wasm-bindgen-cli --version "$version" --root "$root"
  fi
  export PATH="$root/bin:$PATH"
}

ensure_node_tooling() {
  local dir=bindings/wasm
  if [ ! -x "$dir/node_modules/.bin/wasm-opt" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "  [tools] npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund)
  fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    echo "  [tools] installing Debian's chromium"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
  fi
}

ensure_py_readers() {
  local venv="${HOINGHI_TOOLS:-$HOME/.cache/hoinghi}/py-readers"
  if ! "$venv/bin/python" -c 'import icalendar, docx' 2>/dev/null || [ tests/python/requirements.txt -nt "$venv/.installed" ]; then
    echo "  [tools] installing tests/python/requirements.txt into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet -r tests/python/requirements.txt
    touch "$venv/.installed"
  fi
  PY_READERS="$venv/bin/python"
}
