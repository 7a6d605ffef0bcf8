#!/usr/bin/env bash
# Runs every fuzz target for a while (default 600 s each), seeded from the example
# plans. Needs the nightly toolchain; installs cargo-fuzz when missing. The stable
# build never needs either.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse_text json_validate render_parsed document_number quorum_exports docx_read)
tools="${HOINGHI_TOOLS:-$HOME/.cache/hoinghi}/cargo-fuzz"
if ! "$tools/bin/cargo-fuzz" --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --root "$tools"
fi
export PATH="$tools/bin:$PATH"
for target in "${targets[@]}"; do
  corpus="fuzz/corpus/$target"
  mkdir -p "$corpus"
  case "$target" in
    document_number) printf '%s' "05-KH/ĐTN-VP" > "$corpus/seed-party"; printf '%s' "Số: 05/KH-UBND" > "$corpus/seed-state" ;;
    json_validate) cp examples/plans/*.json "$corpus/" ;;
    quorum_exports)
      # plan NUL rule NUL attendance, from the example plans and the rules the tests use.
      for plan in examples/plans/*.json; do
        { cat "$plan"; printf '\0%s\0%s' \
            '{"people":{"numerator":2,"denominator":3},"units":{"share":{"numerator":2,"denominator":3}},"required":[{"group":2,"entry":0,"everyUnit":true}]}' \
            '{"present":[{"group":2,"entry":1,"unit":"3","count":2},{"group":0,"entry":0,"count":1}],"chairs":[0]}'
        } > "$corpus/seed-$(basename "$plan" .json)"
      done ;;
    docx_read)
      # The .docx fixtures as they are, and each one's XML parts joined by NUL bytes
      # (document, numbering, styles), the form the target zips itself.
      cp tests/docx/fixtures/{ke-hoach-05-word-numbering,tracked-fields-boxes-notes,not-a-plan}.docx tests/docx/corpus/ke-hoach-*.docx "$corpus/"
      for f in tests/docx/fixtures/{ke-hoach-05-word-numbering,tracked-fields-boxes-notes}.docx; do
        python3 - "$f" "$corpus/xml-$(basename "$f" .docx)" <<'PY'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = set(z.namelist())
parts = [z.read(n) if n in names else b"" for n in ("word/document.xml", "word/numbering.xml", "word/styles.xml")]
open(sys.argv[2], "wb").write(b"\0".join(parts))
PY
      done ;;
    *) cp examples/plans/*.txt "$corpus/" ;;
  esac
  echo "== fuzzing $target for ${seconds}s"
  cargo +nightly fuzz run "$target" "$corpus" -- -max_total_time="$seconds" -max_len=65536 -timeout=10
done
