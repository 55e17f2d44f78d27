#!/usr/bin/env bash
# Does a change to the command line keep its output byte for byte? Runs `analyze --json` and
# `extract --json` over the 181 pages of the extraction benchmark, with the default --jobs and with
# --jobs 1, and compares standard output and standard error with a reference saved before the change.
#
#   bash bench/cli-same-output.sh save DIR     before the change (a build of the old code)
#   bash bench/cli-same-output.sh check DIR    after it: prints any difference, exits 1 on one
# SOURCELIGHT_BIN=path/to/sourcelight.mjs runs another build (a copy of the old one, say).
set -euo pipefail
mode=${1:?save or check}
dir=${2:?directory for the reference}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mkdir -p "$dir"
bin=${SOURCELIGHT_BIN:-bin/sourcelight.mjs}
pages=(tests/fixtures/extraction/html/*.html.gz)
out=$dir
[ "$mode" = check ] && out=$(mktemp -d)
for command in analyze extract; do
  for jobs in default 1; do
    flags=(--json)
    [ "$jobs" = 1 ] && flags+=(--jobs 1)
    node "$bin" "$command" "${flags[@]}" "${pages[@]}" >"$out/$command-$jobs.out" 2>"$out/$command-$jobs.err" || true
  done
done
if [ "$mode" = check ]; then
  status=0
  for f in "$dir"/*.out "$dir"/*.err; do
    name=$(basename "$f")
    if cmp -s "$f" "$out/$name"; then echo "same: $name ($(wc -l <"$f") lines)"; else echo "DIFFERENT: $name"; diff "$f" "$out/$name" | head -5; status=1; fi
  done
  rm -rf "$out"
  exit $status
fi
echo "saved $(ls "$dir" | wc -l) files in $dir"
