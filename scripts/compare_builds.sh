#!/usr/bin/env bash
# Compare two builds of relire in the same minutes, run in turn so that the host's drift touches
# both alike (docs/benchmarks.md: "The change of this session ...").
#
#   scripts/compare_builds.sh OLD_BINARY NEW_BINARY [ROUNDS]
#
# Every run is --isolated (no relire.toml of the surroundings).
#
# 1. The benchmark command (duplicate rules, JSON to a file, --no-cache), ROUNDS times each:
#    median, min and max wall time, peak RSS, and whether the two reports are identical.
# 2. Incremental runs, every rule, JSON to a file: each build on its own copy of the corpus, ROUNDS
#    rounds of a cold run (fresh cache) and a warm run after one line is appended to the same
#    file: medians and the cold / warm ratio, and whether the last warm reports are identical.
# 3. Focus mode (the pre-commit hook: `check --corpus corpus corpus/man1/nano.1.txt`), every rule,
#    JSON to a file, ROUNDS times each: without a cache, and with a cache that an earlier focus run
#    of the same build wrote; medians, and whether the two builds' reports are identical.
#
# Builds to compare are made with e.g. `git worktree add /tmp/old <commit>` and
# `CARGO_TARGET_DIR=/tmp/old-target cargo build --release` in it. Needs the corpus of
# scripts/bench.sh (BENCH_DATA, default bench-data beside scripts/) and GNU time (/usr/bin/time).
set -euo pipefail
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
[ $# -ge 2 ] || { usage; exit 2; }
old=$(realpath "$1")
new=$(realpath "$2")
rounds=${3:-10}
case $rounds in '' | *[!0-9]* | 0) echo "ROUNDS must be a positive number" >&2; exit 2 ;; esac
data=${BENCH_DATA:-$(dirname "$0")/../bench-data}
[ -d "$data/corpus" ] || { echo "no corpus at $data/corpus: run scripts/bench.sh first" >&2; exit 2; }
corpus=$(realpath "$data/corpus")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Median (the mean of the two middle values for an even count), min and max of a file of numbers.
median() {
  sort -n "$1" | awk '{ a[NR] = $1 }
    END { m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
          printf "%.2f (%s–%s)\n", m, a[1], a[NR] }'
}
# The two builds in turn, the first of each round alternating, so that neither always runs first.
order() { if (( $1 % 2 )); then echo old new; else echo new old; fi; }
echo "== benchmark command, $rounds runs each, in turn"
for i in $(seq "$rounds"); do
  for k in $(order "$i"); do
    /usr/bin/time -f "%e %M" -a -o "$work/$k.bench" "${!k}" check --isolated "$corpus" \
      --format json --select near-duplicate,repeated-block,shared-passage,similar-documents \
      --fail-on never --no-cache -o "$work/$k.json"
  done
done
for k in old new; do
  cut -d' ' -f1 "$work/$k.bench" > "$work/$k.wall"
  peak=$(cut -d' ' -f2 "$work/$k.bench" | sort -n | tail -1)
  echo "$k: $(median "$work/$k.wall") s, peak $((peak / 1024)) MiB"
done
cmp -s "$work/old.json" "$work/new.json" && echo "reports identical" || echo "reports DIFFER"

echo "== incremental, every rule, $rounds rounds"
for k in old new; do
  mkdir -p "$work/$k"
  cp -r "$corpus" "$work/$k/corpus"
done
for r in $(seq "$rounds"); do
  for k in $(order "$r"); do
    (
      cd "$work/$k"
      rm -rf cache
      /usr/bin/time -f "%e" -a -o "$work/$k.cold" "${!k}" check --isolated corpus --format json \
        --fail-on never -o cold.json --cache-dir cache
      echo "Une ligne de plus, tour $r." >> corpus/man1/nano.1.txt
      /usr/bin/time -f "%e" -a -o "$work/$k.warm" "${!k}" check --isolated corpus --format json \
        --fail-on never -o warm.json --cache-dir cache
    )
  done
done
for k in old new; do
  c=$(median "$work/$k.cold")
  w=$(median "$work/$k.warm")
  ratio=$(awk -v c="${c%% *}" -v w="${w%% *}" 'BEGIN { printf "%.2f", c / w }')
  echo "$k: cold $c s, warm after an edit $w s, ratio $ratio"
done
cmp -s "$work/old/warm.json" "$work/new/warm.json" && echo "warm reports identical" ||
  echo "warm reports DIFFER"

echo "== focus mode (pre-commit), every rule, $rounds runs each, in turn"
focus=(check --isolated --corpus "$corpus" "$corpus/man1/nano.1.txt" --format json --fail-on never)
for k in old new; do "${!k}" "${focus[@]}" -o "$work/$k.focus.json" --cache-dir "$work/$k.fcache"; done
for i in $(seq "$rounds"); do
  for k in $(order "$i"); do
    /usr/bin/time -f "%e" -a -o "$work/$k.fcold" "${!k}" "${focus[@]}" --no-cache \
      -o "$work/$k.focus.json"
    /usr/bin/time -f "%e" -a -o "$work/$k.fwarm" "${!k}" "${focus[@]}" \
      --cache-dir "$work/$k.fcache" -o "$work/$k.focus-warm.json"
  done
done
for k in old new; do
  echo "$k: no cache $(median "$work/$k.fcold") s, cache of an earlier focus run $(median "$work/$k.fwarm") s"
done
cmp -s "$work/old.focus.json" "$work/new.focus.json" && echo "focus reports of the two builds identical" ||
  echo "focus reports of the two builds DIFFER"
for k in old new; do
  cmp -s "$work/$k.focus.json" "$work/$k.focus-warm.json" && echo "$k: focus report the same with the cache" ||
    echo "$k: focus report DIFFERS with the cache"
done
