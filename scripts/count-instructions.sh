#!/usr/bin/env bash
# Counts the instructions of parse_text and of serde_json on the ×100 congress, at
# HEAD and at another revision, side by side: deterministic where timings are noisy.
#   scripts/count-instructions.sh REV        (needs valgrind; builds REV in a worktree)
# Prints instructions per run (the set-up subtracted) and the ratio text/json.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:?usage: scripts/count-instructions.sh REV}
command -v valgrind >/dev/null || { echo "valgrind is needed" >&2; exit 1; }
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add -q --detach "$work/base" "$rev"
# The same workload at both revisions (an older one may not have it).
cp tests/src/bin/workload.rs "$work/base/tests/src/bin/workload.rs"
runs=10
count() { # BINARY JOB
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$1" "$2" "$runs" 2>&1 \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
printf '| revision | serde_json | parse_text | × serde_json |\n|---|---:|---:|---:|\n'
for tree in "$work/base" .; do
  (cd "$tree" && cargo build --quiet --release -p hoinghi-tests --bin workload)
  bin="$tree/target/release/workload"
  none=$(count "$bin" none)
  json=$(( ($(count "$bin" json) - none) / runs ))
  text=$(( ($(count "$bin" text) - none) / runs ))
  name=$([ "$tree" = . ] && git rev-parse --short HEAD || git -C "$tree" rev-parse --short HEAD)
  printf '| %s | %s | %s | %s |\n' "$name" "$json" "$text" "$(awk -v t="$text" -v j="$json" 'BEGIN { printf "%.2f", t / j }')"
done
