#!/usr/bin/env bash
# End-to-end benchmark of relire against datasketch and rensa on Debian's French man pages.
#
#   scripts/bench.sh
#
# Needs Rust (cargo), Python 3 and apt (Debian/Ubuntu). Everything it downloads or builds goes
# to bench-data/ (git-ignored); running it again reuses the venv, the .deb files and the corpus
# and redoes the measurements. Results: bench-data/results/ (table.md, compare.json, timings).
#
# Environment:
#   BENCH_DATA          data folder (default: <repo>/bench-data)
#   BENCH_RUNS          timed runs per tool, the median is reported (default: 3)
#   PYTHON              interpreter for the venv (default: python3)
#   BENCH_SKIP_TOKCHECK 1: skip the Rust/Python tokeniser agreement check (it builds a small
#                       crate against relire's library, ~1-2 min the first time)
#   BENCH_REBUILD_CORPUS 1: render the corpus again
#   BENCH_IDLE_BUSY     before each timed run, wait (up to BENCH_IDLE_WAIT seconds, default 900)
#                       until the CPUs were less than this busy over the last 2 s (default 0.10,
#                       i.e. 10 %): timings taken while something else (a build) uses the CPU are
#                       worthless on a 2-core machine. The busy fraction measured just before each
#                       run is recorded in results/timings.jsonl ("load_before").
#                       A run during which other processes used more than 5 % of the CPUs is
#                       recorded as contaminated and repeated (up to 5 tries); the table uses the
#                       clean runs only when there are any.
#   BENCH_NICE          run the timed commands under `nice -n BENCH_NICE` (e.g. -20, needs root):
#                       on a machine shared with other jobs, gives the measured process the CPUs
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DATA=${BENCH_DATA:-$ROOT/bench-data}
RUNS=${BENCH_RUNS:-3}
PY=${PYTHON:-python3}
RES=$DATA/results
HELPER=$ROOT/scripts/bench_compare.py
VPY=$DATA/venv/bin/python
# Pinned so that the figures can be reproduced; the versions measured in docs/benchmarks.md.
PIP_PACKAGES=(datasketch==2.0.0 rensa==0.5.0 uniseg==0.10.1 regex==2026.11.19 xxhash==4.1.0 numpy==2.4.6)
PRIO=()
if [ -n "${BENCH_NICE:-}" ]; then PRIO=(nice -n "$BENCH_NICE"); fi
RELIRE_ARGS=(--format json --select near-duplicate,repeated-block,shared-passage,similar-documents --fail-on never --no-cache)

log() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'bench.sh: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else die "need root (or sudo) for: $*"; fi
}

# --- 0. system tools ---------------------------------------------------------------------------
missing=()
command -v groff >/dev/null && command -v tbl >/dev/null || missing+=(groff-base)
command -v dpkg-deb >/dev/null || missing+=(dpkg)
[ -x /usr/bin/time ] || missing+=(time)
command -v cargo >/dev/null || die "cargo not found (install Rust: https://rustup.rs)"
command -v "$PY" >/dev/null || die "$PY not found"
if [ ! -x "$VPY" ] && ! "$PY" -c 'import ensurepip, venv' 2>/dev/null; then missing+=(python3-venv); fi
if ((${#missing[@]})); then
    log "installing ${missing[*]} with apt"
    as_root apt-get update
    as_root apt-get install -y --no-install-recommends "${missing[@]}"
fi

mkdir -p "$DATA" "$RES" "$RES/time"

cpu_busy() { # fraction of all CPUs busy over the next 2 seconds
    local a b
    a=$(head -1 /proc/stat); sleep 2; b=$(head -1 /proc/stat)
    awk -v a="$a" -v b="$b" 'BEGIN {
        split(a, x); split(b, y); t = 0; for (i = 2; i <= 9; i++) t += y[i] - x[i]
        idle = (y[5] + y[6]) - (x[5] + x[6]); printf "%.3f", (t > 0 ? 1 - idle / t : 0) }'
}

wait_idle() { # sets $busy
    local limit=${BENCH_IDLE_BUSY:-0.10} waited=0 max=${BENCH_IDLE_WAIT:-900}
    while busy=$(cpu_busy); awk -v l="$busy" -v m="$limit" 'BEGIN{exit !(l >= m)}'; do
        if [ "$waited" -ge "$max" ]; then
            echo "bench.sh: warning: CPUs still $busy busy after ${max}s; timing anyway" >&2
            return
        fi
        echo "bench.sh: CPUs $busy busy (another job?), waiting for an idle machine" >&2
        sleep 3; waited=$((waited + 5))
    done
}

# --- 1. Python venv ----------------------------------------------------------------------------
stamp=$DATA/venv/.bench-packages
if [ ! -x "$VPY" ]; then
    log "creating $DATA/venv"
    "$PY" -m venv "$DATA/venv"
fi
if [ "$(cat "$stamp" 2>/dev/null)" != "${PIP_PACKAGES[*]}" ]; then
    log "pip install ${PIP_PACKAGES[*]}"
    "$VPY" -m pip install -q --upgrade pip
    "$VPY" -m pip install -q "${PIP_PACKAGES[@]}"
    echo "${PIP_PACKAGES[*]}" > "$stamp"
fi

# --- 2. the man pages --------------------------------------------------------------------------
mkdir -p "$DATA/debs"
if ! ls "$DATA"/debs/manpages-fr_*.deb "$DATA"/debs/manpages-fr-dev_*.deb >/dev/null 2>&1; then
    log "apt-get download manpages-fr manpages-fr-dev"
    # `apt-get download` needs no root, but it needs the package lists.
    if ! (cd "$DATA/debs" && apt-get download manpages-fr manpages-fr-dev); then
        log "no package lists? running apt-get update"
        as_root apt-get update
        (cd "$DATA/debs" && apt-get download manpages-fr manpages-fr-dev)
    fi
fi
if [ "${BENCH_REBUILD_CORPUS:-0}" = 1 ]; then rm -rf "$DATA/extract" "$DATA/corpus" "$DATA/corpus.stamp"; fi
if [ ! -f "$DATA/corpus.stamp" ]; then
    log "extracting and rendering the man pages"
    rm -rf "$DATA/extract" "$DATA/corpus"
    mkdir -p "$DATA/extract"
    for deb in "$DATA"/debs/*.deb; do dpkg-deb -x "$deb" "$DATA/extract"; done
    "$VPY" "$HELPER" corpus --man "$DATA/extract/usr/share/man/fr" --out "$DATA/corpus"
    for deb in "$DATA"/debs/*.deb; do dpkg-deb -f "$deb" Package Version | tr '\n' ' '; echo; done > "$DATA/corpus.stamp"
fi
cat "$DATA/corpus.stamp"
"$VPY" "$HELPER" stats --corpus "$DATA/corpus" --out "$RES/stats.json"

# --- 3. machine --------------------------------------------------------------------------------
{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc: $(nproc)"
    lscpu | head -20
    free -m
    uname -srm
    cargo --version; rustc --version
    "$VPY" --version
    "$VPY" -m pip list 2>/dev/null | grep -Ei '^(datasketch|rensa|numpy|regex|uniseg|xxhash) '
    groff --version | head -1
    echo "relire: $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)"
    echo "timed runs: ${BENCH_RUNS:-3} per tool${BENCH_NICE:+, under nice -n $BENCH_NICE}"
    cat "$DATA/corpus.stamp"
} > "$RES/machine.txt"
cat "$RES/machine.txt"

# --- 4. build relire ---------------------------------------------------------------------------
log "cargo build --release"
(cd "$ROOT" && cargo build --release)
RELIRE=$ROOT/target/release/relire

# --- 5. tokeniser agreement (Python tokeniser of the baselines vs relire's own) ----------------
if [ "${BENCH_SKIP_TOKCHECK:-0}" != 1 ]; then
    log "tokeniser agreement check"
    tc=$DATA/tokcheck
    mkdir -p "$tc"
    cat > "$tc/Cargo.toml" <<EOF
[package]
name = "relire-bench-tokcheck"
version = "0.0.0"
edition = "2021"
publish = false

[[bin]]
name = "tokcheck"
path = "$ROOT/scripts/bench_tokcheck.rs"

[[bin]]
name = "phases"
path = "$ROOT/scripts/bench_phases.rs"

[dependencies]
relire = { path = "$ROOT" }
rayon = "1"
xxhash-rust = { version = "0.8", features = ["xxh3"] }

[workspace]
EOF
    [ -f "$tc/Cargo.lock" ] || cp "$ROOT/Cargo.lock" "$tc/Cargo.lock"
    if (cd "$tc" && cargo build --release); then
        (cd "$DATA/corpus" && find . -name '*.txt' | sed 's|^\./||' | LC_ALL=C sort) \
            | "$tc/target/release/tokcheck" "$DATA/corpus" > "$RES/tokens.relire.tsv"
        "$VPY" "$HELPER" tokcheck --corpus "$DATA/corpus" --sample 5000 \
            --rust "$RES/tokens.relire.tsv" --out "$RES/tokcheck.json"
        log "relire phases (library calls of one check, for the record)"
        wait_idle
        "${PRIO[@]}" "$tc/target/release/phases" "$DATA/corpus" | tee "$RES/phases.txt"
        wait_idle
        "${PRIO[@]}" "$tc/target/release/phases" "$DATA/corpus" classic | tee "$RES/phases.classic.txt"
    else
        echo "bench.sh: the tokeniser check does not build against this relire; skipped" >&2
    fi
fi

# --- 6. timed runs -----------------------------------------------------------------------------
timings=$RES/timings.jsonl
: > "$timings"

cd "$DATA"   # relire reports paths relative to here: corpus/...

run_relire() { # name, extra args...
    local name=$1; shift
    for i in $(seq 1 "$RUNS"); do
        log "$name, run $i/$RUNS"
        for try in 1 2 3 4 5; do
            wait_idle; s0=$(head -1 /proc/stat)
            "${PRIO[@]}" /usr/bin/time -v -o "$RES/time/$name.$i.txt" \
                "$RELIRE" check corpus "${RELIRE_ARGS[@]}" "$@" -o "$RES/$name.$i.json"
            "$VPY" "$HELPER" record --name "$name" --time-file "$RES/time/$name.$i.txt" --load "$busy" \
                --stat-before "$s0" --stat-after "$(head -1 /proc/stat)" --try "$try" --out "$timings" && break
        done
    done
    for i in $(seq 2 "$RUNS"); do
        cmp -s "$RES/$name.1.json" "$RES/$name.$i.json" || die "$name: run $i's report differs from run 1's"
        rm -f "$RES/$name.$i.json"
    done
    mv "$RES/$name.1.json" "$RES/$name.json"
}

run_relire relire
run_relire relire-classic --minhash classic
run_relire relire-strict --strict-jaccard
run_relire relire-j1 -j 1
cmp -s "$RES/relire.json" "$RES/relire-j1.json" || die "relire -j 1 gives another report"
"$VPY" -c "import json,sys; s=json.load(open(sys.argv[1]))['summary']; assert s['files']==int(sys.argv[2]), s" \
    "$RES/relire.json" "$("$VPY" -c "import json;print(json.load(open('$RES/stats.json'))['files'])")"

# --- 6b. incremental runs: every rule, cold cache against warm cache after editing one file ------
log "incremental cache: cold, warm, warm after editing one file"
inc=$DATA/incremental
rm -rf "$inc"; mkdir -p "$inc"; cp -r "$DATA/corpus" "$inc/corpus"
edited=$(cd "$inc" && find corpus -name '*.txt' | LC_ALL=C sort | sed -n 100p)
cp "$inc/$edited" "$inc/edited.orig"
inc_runs=$RES/incremental.jsonl
: > "$inc_runs"
time_inc() { # kind, args...
    # Like the comparison runs, a run that other processes disturbed is repeated (up to 5
    # tries), each try from the cache the first one started from.
    local kind=$1; shift
    rm -rf "$inc/cache.before"
    if [ -d "$inc/.relire-cache" ]; then cp -a "$inc/.relire-cache" "$inc/cache.before"; fi
    for try in 1 2 3 4 5; do
        rm -rf "$inc/.relire-cache"
        if [ -d "$inc/cache.before" ]; then cp -a "$inc/cache.before" "$inc/.relire-cache"; fi
        wait_idle; s0=$(head -1 /proc/stat)
        (cd "$inc" && "${PRIO[@]}" /usr/bin/time -v -o "$RES/time/inc.txt" \
            "$RELIRE" check corpus --format json --fail-on never -o "$inc/$kind.json" "$@")
        "$VPY" "$HELPER" record --name "$kind" --time-file "$RES/time/inc.txt" --load "$busy" \
            --stat-before "$s0" --stat-after "$(head -1 /proc/stat)" --try "$try" \
            --out "$inc_runs" > /dev/null && break
    done
    rm -rf "$inc/cache.before"
}
for i in $(seq 1 "$RUNS"); do
    cp "$inc/edited.orig" "$inc/$edited"
    time_inc no-cache --no-cache
    rm -rf "$inc/.relire-cache"
    time_inc cold
    time_inc warm-unchanged
    printf '\nUne phrase ajoutée pour la mesure, au mois de mars.\n' >> "$inc/$edited"
    time_inc warm-edited
    (cd "$inc" && "$RELIRE" check corpus --format json --fail-on never --no-cache -o "$inc/fresh.json")
    cmp -s "$inc/warm-edited.json" "$inc/fresh.json" || die "warm run after an edit differs from a fresh run"
    cmp -s "$inc/no-cache.json" "$inc/cold.json" || die "cold run differs from a run without cache"
    cmp -s "$inc/cold.json" "$inc/warm-unchanged.json" || die "warm run differs from the cold run"
done
"$VPY" - "$inc_runs" "$edited" > "$RES/incremental.md" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
kinds = ["no-cache", "cold", "warm-unchanged", "warm-edited"]
# Runs other processes disturbed are left out, unless every run of a kind was.
runs = {k: [r for r in rows if r["name"] == k] for k in kinds}
disturbed = {k: sum(1 for r in v if r.get("contaminated")) for k, v in runs.items()}
runs = {k: [r for r in v if not r.get("contaminated")] or v for k, v in runs.items()}
med = {k: statistics.median(r["wall"] for r in v) for k, v in runs.items()}
rss = {k: statistics.median(r["rss_mb"] for r in v) for k, v in runs.items()}
print(f"every rule, JSON report; edited file: {sys.argv[2]}; median of the undisturbed runs")
print()
print("| run | wall (s) | peak RSS (MiB) | cold / this |")
print("|---|---:|---:|---:|")
for k in kinds:
    print(f"| {k} | {med[k]:.2f} | {rss[k]:.0f} | {med['cold'] / med[k]:.1f}x |")
print()
print("Runs per kind: " + ", ".join(f"{k} {len(runs[k])}" for k in kinds)
      + ". Tries repeated because other processes used the CPUs: "
      + ", ".join(f"{k} {disturbed[k]}" for k in kinds)
      + " (when every try of a kind was disturbed, the disturbed tries are used).")
PY
cat "$RES/incremental.md"

run_python() { # name, sketch args...
    local name=$1; shift
    for i in $(seq 1 "$RUNS"); do
        log "$name, run $i/$RUNS"
        for try in 1 2 3 4 5; do
            wait_idle; s0=$(head -1 /proc/stat)
            "${PRIO[@]}" /usr/bin/time -v -o "$RES/time/$name.$i.txt" \
                "$VPY" "$HELPER" sketch --corpus corpus "$@" --out "$RES/$name.pairs.npy"
            "$VPY" "$HELPER" record --name "$name" --time-file "$RES/time/$name.$i.txt" --load "$busy" \
                --stat-before "$s0" --stat-after "$(head -1 /proc/stat)" --try "$try" \
                --info "$RES/$name.pairs.json" --out "$timings" && break
        done
    done
}

run_python datasketch --tool datasketch
run_python datasketch-21x6 --tool datasketch --params 21 6
run_python datasketch-update --tool datasketch --mode update
run_python rensa --tool rensa --bands 16
run_python rensa-32x4 --tool rensa --bands 32

# --- 7. ground truth and comparison ------------------------------------------------------------
log "exact ground truth"
"$VPY" "$HELPER" truth --corpus corpus --verify --out "$RES/truth.npy"
for name in relire relire-classic relire-strict; do
    "$VPY" "$HELPER" relire --corpus corpus --report "$RES/$name.json" --cwd "$DATA" --out "$RES/$name.pairs.npy"
done
log "recall and precision"
"$VPY" "$HELPER" compare --corpus corpus --truth "$RES/truth.npy" --out "$RES/compare.json" \
    --tool relire="$RES/relire.pairs.npy" \
    --tool relire-classic="$RES/relire-classic.pairs.npy" \
    --tool relire-strict="$RES/relire-strict.pairs.npy" \
    --tool datasketch="$RES/datasketch.pairs.npy" \
    --tool datasketch-21x6="$RES/datasketch-21x6.pairs.npy" \
    --tool datasketch-update="$RES/datasketch-update.pairs.npy" \
    --tool rensa="$RES/rensa.pairs.npy" \
    --tool rensa-32x4="$RES/rensa-32x4.pairs.npy"
log "results"
"$VPY" "$HELPER" table --timings "$timings" --compare "$RES/compare.json" --stats "$RES/stats.json" \
    --order relire relire-classic relire-strict relire-j1 datasketch datasketch-21x6 datasketch-update rensa rensa-32x4 \
    --pairs relire-j1=relire --out "$RES/table.md"
