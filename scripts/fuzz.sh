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
    json_validate)
      cp examples/plans/*.json "$corpus/"
      # Hostile shapes: control characters, line breaks, a BOM, null lists, a count
      # beyond 32 bits, a duplicate version, a backwards schedule.
      python3 - "$corpus" <<'PY'
import json, sys, pathlib
plan = json.loads(pathlib.Path("examples/plans/ke-hoach-05-KH-DTN-VP.json").read_text("utf-8"))
out = pathlib.Path(sys.argv[1])
def seed(name, value, prefix=b""):
    (out / f"seed-hostile-{name}").write_bytes(prefix + json.dumps(value, ensure_ascii=False).encode())
p = json.loads(json.dumps(plan)); p["header"]["title"] = "T\u0001\u0000\u000b\u001b[2J\ufffe"; seed("control", p)
p = json.loads(json.dumps(plan)); p["venue"]["name"] += "\n\n5. Chương trình hội nghị"; seed("line-break", p)
p = json.loads(json.dumps(plan)); p["recipients"] = None; p["chairs"][0]["invited"] = None; seed("null", p, b"\xef\xbb\xbf")
p = json.loads(json.dumps(plan)); p["units"][0]["count"] = 50000; p["participants"]["groups"][2]["entries"][1]["count"] = {"kind": "exact", "value": 4294967295}; seed("count", p)
p = json.loads(json.dumps(plan)); p["schedule"]["end"] = "07:30"; seed("backwards", p)
(out / "seed-hostile-duplicate").write_bytes(b'{"schemaVersion":1,"schemaVersion":1}')
PY
      ;;
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
    *)
      cp examples/plans/*.txt "$corpus/"
      # Plan text with a NUL byte, an ESC sequence and a BOM.
      sed 's/Hội trường 2/Hội trường\x00 2\x1b[2J/' examples/plans/ke-hoach-05-KH-DTN-VP.txt > "$corpus/seed-hostile-control.txt"
      { printf '\xef\xbb\xbf'; cat examples/plans/ke-hoach-05-KH-DTN-VP.txt; } > "$corpus/seed-hostile-bom.txt" ;;
  esac
  echo "== fuzzing $target for ${seconds}s"
  cargo +nightly fuzz run "$target" "$corpus" -- -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -dict=fuzz/dict/plan.dict
done
