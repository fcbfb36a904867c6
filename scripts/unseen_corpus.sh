#!/usr/bin/env bash
# Findings per rule on text the rules were not written on: Debian's French documentation
# (translations of English manuals: debian-reference-fr, debian-faq-fr, maint-guide-fr,
# developers-reference-fr, debian-edu-doc-fr, aptitude-doc-fr; 146 HTML pages, 2.7 MB of text),
# GIMP's French user manual (gimp-help-fr: 685 HTML pages, 3.7 MB of text, a translation with
# untranslated English left in), LilyPond's French manuals (lilypond-doc-html-fr: 544 HTML pages,
# 12 MB of text, with code samples in LilyPond's own syntax and a menu on every page), and the
# French manual pages of scripts/bench.sh when they are there.
#
#   scripts/unseen_corpus.sh [RELIRE_BINARY ...]     (default: target/release/relire)
#
# The corpora are built once in $BENCH_DATA/frdocs, $BENCH_DATA/gimp and $BENCH_DATA/lily
# (default bench-data/...): `apt-get download` of the packages (no root needed; gimp-help-fr is a
# 52 MB download), `dpkg-deb -x`, scripts/html_to_text.py. Each binary then
# checks each corpus (every rule, --isolated, --no-cache) and the script prints the findings per
# rule, one column per binary, and writes the JSON reports beside the corpus. Reading the
# findings themselves is the point: docs/precision.md says what was found in them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${BENCH_DATA:-$root/bench-data}
fr=$data/frdocs
bins=("$@")
[ ${#bins[@]} -gt 0 ] || bins=("$root/target/release/relire")
for i in "${!bins[@]}"; do
    [ -x "${bins[$i]}" ] || { echo "not an executable: ${bins[$i]}" >&2; exit 2; }
    bins[$i]=$(realpath "${bins[$i]}")
done
if [ ! -d "$fr/corpus" ]; then
    mkdir -p "$fr/debs" "$fr/extract" "$fr/corpus.tmp"
    (cd "$fr/debs" && apt-get download debian-reference-fr debian-faq-fr maint-guide-fr \
        developers-reference-fr debian-edu-doc-fr aptitude-doc-fr)
    for d in "$fr"/debs/*.deb; do dpkg-deb -x "$d" "$fr/extract"; done
    python3 "$root/scripts/html_to_text.py" "$fr/extract/usr/share" "$fr/corpus.tmp"
    mv "$fr/corpus.tmp" "$fr/corpus"
fi
gimp=$data/gimp
if [ ! -d "$gimp/corpus" ]; then
    rm -rf "$gimp/extract" "$gimp/corpus.tmp"
    mkdir -p "$gimp/debs" "$gimp/extract" "$gimp/corpus.tmp"
    (cd "$gimp/debs" && apt-get download gimp-help-fr)
    for d in "$gimp"/debs/*.deb; do dpkg-deb -x "$d" "$gimp/extract"; done
    python3 "$root/scripts/html_to_text.py" "$gimp/extract/usr/share" "$gimp/corpus.tmp"
    mv "$gimp/corpus.tmp" "$gimp/corpus"
fi
lily=$data/lily
if [ ! -d "$lily/corpus" ]; then
    rm -rf "$lily/extract" "$lily/src" "$lily/corpus.tmp"
    mkdir -p "$lily/debs" "$lily/extract" "$lily/src" "$lily/corpus.tmp"
    (cd "$lily/debs" && apt-get download lilypond-doc-html-fr)
    for d in "$lily"/debs/*.deb; do dpkg-deb -x "$d" "$lily/extract"; done
    # The French pages, without the "big page" editions that repeat the others whole.
    (cd "$lily/extract" && find . -name '*.fr.html' ! -name '*big-page*' -exec cp --parents {} "$lily/src/" \;)
    python3 "$root/scripts/html_to_text.py" "$lily/src" "$lily/corpus.tmp"
    mv "$lily/corpus.tmp" "$lily/corpus"
fi
echo "Debian packages of the documentation corpora:"
for d in "$fr"/debs/*.deb "$gimp"/debs/*.deb "$lily"/debs/*.deb; do
    dpkg-deb -f "$d" Package Version | paste -sd' '
done
corpora=("$fr/corpus" "$gimp/corpus" "$lily/corpus")
[ -d "$data/corpus" ] && corpora+=("$data/corpus")
for c in "${corpora[@]}"; do
    reports=()
    for i in "${!bins[@]}"; do
        out="$c.relire-$i.json"
        (cd "$(dirname "$c")" && "${bins[$i]}" check "$(basename "$c")" --isolated --no-cache \
            --format json --fail-on never -o "$out")
        reports+=("$out")
    done
    echo "== $c"
    python3 - "${reports[@]}" <<'PY'
import json, sys
counts = [json.load(open(p))["summary"]["by_rule"] for p in sys.argv[1:]]
rules = sorted(set().union(*counts))
print("| rule | " + " | ".join(f"binary {i + 1}" for i in range(len(counts))) + " |")
print("|---|" + "---:|" * len(counts))
for r in rules:
    print(f"| {r} | " + " | ".join(f"{c.get(r, 0):,}" for c in counts) + " |")
PY
done
