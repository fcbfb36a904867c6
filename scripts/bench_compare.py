#!/usr/bin/env python3
"""Helper of scripts/bench.sh: corpus building, the Python baselines, exact ground truth and the
comparison of every tool's pairs against it.

Subcommands (all paths are explicit; bench.sh passes them):

  corpus    render extracted man pages (groff) into one .txt per page, one paragraph per line
  stats     corpus statistics (files, bytes, paragraphs, compared paragraphs)
  tokcheck  compare this file's tokeniser with uniseg (pure-Python UAX #29) on every paragraph
  truth     exact all-pairs ground truth (Jaccard >= t) by prefix filtering + exact verification
  sketch    run datasketch or rensa (signatures + LSH index + query of every paragraph)
  relire    turn a relire JSON report into paragraph pairs
  compare   recall / precision of every tool against the ground truth, and the results table

Paragraph identity everywhere: (file index in sorted relative-path order, paragraph index in the
file). A pair is encoded as one int64: a * N + b with a < b global paragraph ids, N the number of
paragraphs in the corpus.

Tokenisation (mirrors src/text/tokens.rs and src/text/normalize.rs):
  * words: Unicode default word boundaries (UAX #29) from the `regex` module's WORD flag
    (`(?w)\\b`); a segment is a word when it holds an Alphabetic or Numeric character, as
    unicode-segmentation's `unicode_word_indices` does;
  * each word: NFKC, then per character: apostrophe-like marks -> ', dash-like marks -> -,
    ß/ẞ -> ss, final sigma -> σ, full lower case; NFC again if a combining mark is left;
    ASCII words: lower case and ` -> '.
  * shingles: k = 5 words; paragraphs of 3-4 words use k' = max(2, n - 2); paragraphs of fewer
    than 3 words are not compared (src/similarity/shingle.rs::effective_k).
"""

import argparse
import gzip
import json
import math
import os
import random
import re
import resource
import subprocess
import sys
import time
import unicodedata
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor

import numpy as np

try:
    import regex
except ImportError:  # only `corpus` runs without the venv
    regex = None

K = 5
THRESHOLD = 0.8

# --------------------------------------------------------------------------------------------
# Corpus: man pages -> plain text, one paragraph per line.
# --------------------------------------------------------------------------------------------

GROFF = ["groff", "-t", "-man", "-Tutf8", "-Kutf-8", "-P-c", "-P-b", "-P-u", "-rHY=0", "-dAD=l"]
ANSI = re.compile(r"\x1b\[[0-9;]*m")
OVERSTRIKE = re.compile(r".\x08")


def render_page(args):
    src, dst = args
    with gzip.open(src, "rb") as f:
        data = f.read()
    out = subprocess.run(GROFF, input=data, capture_output=True, check=False).stdout
    text = out.decode("utf-8", errors="replace")
    text = OVERSTRIKE.sub("", ANSI.sub("", text))
    lines = text.split("\n")
    # Drop the running header (first non-blank line) and footer (last non-blank line).
    nb = [i for i, l in enumerate(lines) if l.strip()]
    if len(nb) >= 2:
        lines = lines[nb[0] + 1 : nb[-1]]
    paras, cur = [], []

    def flush():
        if cur:
            p = " ".join(" ".join(cur).split())
            if p:
                paras.append(p)
            cur.clear()

    for line in lines:
        if not line.strip():
            flush()
            continue
        indent = len(line) - len(line.lstrip(" "))
        if indent < 7:
            # Section (.SH, column 0) and subsection (.SS, column 3) headings: own paragraph.
            flush()
            cur.append(line)
            flush()
        else:
            cur.append(line)
    flush()
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n\n".join(paras))
        f.write("\n")
    return len(paras)


def cmd_corpus(a):
    jobs = []
    for root, _dirs, files in os.walk(a.man):
        for name in files:
            src = os.path.join(root, name)
            # Symbolic links are aliases of another page: skip them (they would be exact copies).
            if os.path.islink(src) or not name.endswith(".gz"):
                continue
            section = os.path.basename(root)
            dst = os.path.join(a.out, section, name[: -len(".gz")] + ".txt")
            jobs.append((src, dst))
    jobs.sort()
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as ex:
        n = sum(ex.map(render_page, jobs, chunksize=8))
    print(f"rendered {len(jobs)} pages, {n} paragraphs into {a.out}")


# --------------------------------------------------------------------------------------------
# Reading the corpus and tokenising it like relire.
# --------------------------------------------------------------------------------------------

APOS = dict.fromkeys(map(ord, "\u2019\u2018\u02bc\u0060\u00b4\u2032\uff07"), "'")
DASH = dict.fromkeys(
    [*range(0x2010, 0x2016), 0x2212, 0xFE63, 0xFF0D], "-"
)
TRANS = {**APOS, **DASH, ord("ß"): "ss", ord("ẞ"): "ss", ord("ς"): "σ"}


def normalize(w):
    if w.isascii():
        return w.lower().replace("`", "'")
    s = unicodedata.normalize("NFKC", w).translate(TRANS).lower()
    if any(unicodedata.combining(c) for c in s):
        s = unicodedata.normalize("NFC", s)
    return s


_BOUND = None
_WORDY = None


def words_regex(text):
    """UAX #29 words holding a letter or a digit (regex WORD flag)."""
    global _BOUND, _WORDY
    if _BOUND is None:
        _BOUND = regex.compile(r"(?wV1)\b")
        _WORDY = regex.compile(r"[\p{Alphabetic}\p{N}]")
    cuts = [m.start() for m in _BOUND.finditer(text)]
    out = []
    for s, e in zip(cuts, cuts[1:]):
        seg = text[s:e]
        if _WORDY.search(seg):
            out.append(seg)
    return out


def words_uniseg(text):
    from uniseg.wordbreak import words

    global _WORDY
    if _WORDY is None:
        _WORDY = regex.compile(r"[\p{Alphabetic}\p{N}]")
    return [w for w in words(text) if _WORDY.search(w)]


def effective_k(n, k=K):
    if n < 3:
        return None
    if n >= k:
        return k
    return min(max(2, n - 2), k)


def shingles(words, k=K):
    kk = effective_k(len(words), k)
    if kk is None:
        return None
    return [" ".join(words[i : i + kk]) for i in range(len(words) - kk + 1)]


def list_files(corpus):
    files = []
    for root, _dirs, names in os.walk(corpus):
        for n in names:
            if n.endswith(".txt"):
                files.append(os.path.relpath(os.path.join(root, n), corpus))
    files.sort()
    return files


def read_paragraphs(corpus, files):
    """[(file index, paragraph index, text)]: one paragraph per non-blank line."""
    out = []
    for fi, rel in enumerate(files):
        with open(os.path.join(corpus, rel), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        for pi, l in enumerate(lines):
            out.append((fi, pi, l))
    return out


def load(corpus, limit_files=None):
    files = list_files(corpus)
    if limit_files:
        files = files[:limit_files]
    paras = read_paragraphs(corpus, files)
    return files, paras


def tokenize_all(paras, words_fn=words_regex):
    """Shingle lists (None for paragraphs of < 3 words), normalised words."""
    out = []
    for _fi, _pi, text in paras:
        ws = [normalize(w) for w in words_fn(text)]
        out.append(shingles(ws))
    return out


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --------------------------------------------------------------------------------------------
# stats / tokcheck
# --------------------------------------------------------------------------------------------


def cmd_stats(a):
    files, paras = load(a.corpus)
    nbytes = sum(os.path.getsize(os.path.join(a.corpus, f)) for f in files)
    nwords = []
    for _fi, _pi, t in paras:
        nwords.append(len(words_regex(t)))
    nwords = np.array(nwords)
    st = {
        "files": len(files),
        "bytes": nbytes,
        "paragraphs": len(paras),
        "words": int(nwords.sum()),
        "paragraphs_ge3_words": int((nwords >= 3).sum()),
        "paragraphs_ge5_words": int((nwords >= 5).sum()),
        "median_words": float(np.median(nwords)),
    }
    with open(a.out, "w") as f:
        json.dump(st, f, indent=1)
    print(json.dumps(st))


def cmd_tokcheck(a):
    files, paras = load(a.corpus)
    rnd = random.Random(1)
    sample = paras if a.sample <= 0 else rnd.sample(paras, min(a.sample, len(paras)))
    diff = []
    for fi, pi, t in sample:
        x = words_regex(t)
        y = words_uniseg(t)
        if x != y:
            diff.append((files[fi], pi, x, y))
    res = {"checked": len(sample), "different": len(diff)}
    if a.rust:
        # One line per paragraph from the Rust checker: normalised words joined by U+001F.
        rust = {}
        with open(a.rust, encoding="utf-8") as f:
            for line in f:
                path, pi, ws = line.rstrip("\n").split("\t", 2)
                rust[(path, int(pi))] = ws.split("\x1f") if ws else []
        rd = []
        for fi, pi, t in paras:
            mine = [normalize(w) for w in words_regex(t)]
            theirs = rust.get((files[fi], pi))
            if theirs != mine:
                rd.append((files[fi], pi, mine, theirs))
        res["rust_checked"] = len(paras)
        res["rust_different"] = len(rd)
        for r in rd[:5]:
            print("rust/python differ:", r, file=sys.stderr)
    for d in diff[:5]:
        print("regex/uniseg differ:", d, file=sys.stderr)
    with open(a.out, "w") as f:
        json.dump(res, f, indent=1)
    print(json.dumps(res))


# --------------------------------------------------------------------------------------------
# Ground truth: every pair of compared paragraphs with exact Jaccard >= t.
# --------------------------------------------------------------------------------------------


def cmd_truth(a):
    t0 = time.time()
    files, paras = load(a.corpus)
    sh = tokenize_all(paras)
    n = len(paras)
    # Shingle strings -> ids; sets as sorted tuples.
    ids = {}
    sets = [None] * n
    for i, s in enumerate(sh):
        if s is None:
            continue
        sets[i] = tuple(sorted({ids.setdefault(x, len(ids)) for x in s}))
    # Identical sets form one node (with its members).
    groups = defaultdict(list)
    for i, s in enumerate(sets):
        if s is not None:
            groups[s].append(i)
    nodes = list(groups.keys())
    members = [groups[s] for s in nodes]
    # Global frequency order (rare first) for prefix filtering.
    freq = defaultdict(int)
    for s in nodes:
        for x in s:
            freq[x] += 1
    ordered = [sorted(s, key=lambda x: (freq[x], x)) for s in nodes]
    t = a.threshold
    # Process nodes by increasing size; index prefixes; candidates must satisfy |y| >= t|x|.
    order = sorted(range(len(nodes)), key=lambda v: len(nodes[v]))
    index = defaultdict(list)
    node_pairs = []
    setobjs = [frozenset(s) for s in nodes]
    for v in order:
        sx = ordered[v]
        lx = len(sx)
        need = math.ceil(t * lx - 1e-9)
        prefix = lx - need + 1
        cands = set()
        for x in sx[:prefix]:
            for u in index[x]:
                cands.add(u)
        for u in cands:
            lu = len(nodes[u])
            if lu < t * lx - 1e-9:
                continue
            inter = len(setobjs[v] & setobjs[u])
            union = lx + lu - inter
            if inter / union >= t:
                node_pairs.append((u, v))
        for x in sx[:prefix]:
            index[x].append(v)
    # Expand to paragraph pairs.
    pairs = []
    for m in members:
        if len(m) > 1:
            arr = np.array(m, dtype=np.int64)
            ii, jj = np.triu_indices(len(m), 1)
            pairs.append(arr[ii] * n + arr[jj])
    for u, v in node_pairs:
        mu = np.array(members[u], dtype=np.int64)
        mv = np.array(members[v], dtype=np.int64)
        aa = np.repeat(mu, len(mv))
        bb = np.tile(mv, len(mu))
        lo, hi = np.minimum(aa, bb), np.maximum(aa, bb)
        pairs.append(lo * n + hi)
    allp = np.unique(np.concatenate(pairs)) if pairs else np.zeros(0, np.int64)
    np.save(a.out, allp)
    info = {
        "paragraphs": n,
        "compared": sum(s is not None for s in sets),
        "distinct_sets": len(nodes),
        "pairs": int(allp.size),
        "identical_set_pairs": int(sum(len(m) * (len(m) - 1) // 2 for m in members)),
        "seconds": round(time.time() - t0, 1),
    }
    with open(a.out + ".json", "w") as f:
        json.dump(info, f, indent=1)
    print(json.dumps(info))


# --------------------------------------------------------------------------------------------
# Python baselines.
# --------------------------------------------------------------------------------------------


def cmd_sketch(a):
    timing = {}
    t0 = time.perf_counter()
    files, paras = load(a.corpus, a.limit_files)
    sh = tokenize_all(paras)
    n = len(paras)
    keys = [i for i, s in enumerate(sh) if s is not None]
    docs = [sh[i] for i in keys]
    timing["read_tokenise_shingle"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    cand = []
    if a.tool == "datasketch":
        from datasketch import MinHash, MinHashLSH

        bdocs = [[x.encode("utf-8") for x in d] for d in docs]
        mhs = MinHash.bulk(bdocs, num_perm=a.num_perm)
        del bdocs
        timing["signatures"] = time.perf_counter() - t1
        t2 = time.perf_counter()
        kw = {"params": tuple(a.params)} if a.params else {}
        lsh = MinHashLSH(threshold=a.threshold, num_perm=a.num_perm, **kw)
        with lsh.insertion_session() as sess:
            for j, m in enumerate(mhs):
                sess.insert(j, m, check_duplication=False)
        timing["lsh_insert"] = time.perf_counter() - t2
        t3 = time.perf_counter()
        for j, m in enumerate(mhs):
            for c in lsh.query(m):
                if c > j:
                    cand.append((j, c))
        timing["lsh_query"] = time.perf_counter() - t3
        bands = (lsh.b, lsh.r)
        sigs = np.array([m.hashvalues for m in mhs], dtype=np.uint64)
    elif a.tool == "rensa":
        from rensa import RMinHash, RMinHashLSH

        mhs = RMinHash.from_token_sets(docs, num_perm=a.num_perm, seed=42)
        timing["signatures"] = time.perf_counter() - t1
        t2 = time.perf_counter()
        nb = a.bands or 16
        lsh = RMinHashLSH(threshold=a.threshold, num_perm=a.num_perm, num_bands=nb)
        lsh.insert_many(mhs, start_key=0)
        timing["lsh_insert"] = time.perf_counter() - t2
        t3 = time.perf_counter()
        res = lsh.query_all(mhs)
        for j, cs in enumerate(res):
            for c in cs:
                if c > j:
                    cand.append((j, c))
        timing["lsh_query"] = time.perf_counter() - t3
        bands = (nb, a.num_perm // nb)
        sigs = np.array([m.digest() for m in mhs], dtype=np.uint64)
    else:
        raise SystemExit(f"unknown tool {a.tool}")
    timing["total_in_process"] = time.perf_counter() - t0
    karr = np.array(keys, dtype=np.int64)
    if cand:
        c = np.array(cand, dtype=np.int64)
        # Signature estimate of each candidate (not timed: an optional filter a user could add).
        est = (sigs[c[:, 0]] == sigs[c[:, 1]]).mean(axis=1)
        ga, gb = karr[c[:, 0]], karr[c[:, 1]]
        enc = np.minimum(ga, gb) * n + np.maximum(ga, gb)
    else:
        enc = np.zeros(0, np.int64)
        est = np.zeros(0)
    order = np.argsort(enc)
    enc, est = enc[order], est[order]
    np.save(a.out, enc)
    np.save(a.out.replace(".npy", "") + ".est.npy", est)
    info = {
        "tool": a.tool,
        "files": len(files),
        "paragraphs": n,
        "indexed": len(keys),
        "bands_rows": list(bands),
        "candidates": int(enc.size),
        "timing": {k: round(v, 3) for k, v in timing.items()},
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    with open(a.out.replace(".npy", "") + ".json", "w") as f:
        json.dump(info, f, indent=1)
    print(json.dumps(info))


# --------------------------------------------------------------------------------------------
# relire's report -> paragraph pairs.
# --------------------------------------------------------------------------------------------


def paragraph_lines(corpus, files):
    """Per file: line number (1-based) -> paragraph index."""
    out = []
    for rel in files:
        m = {}
        with open(os.path.join(corpus, rel), encoding="utf-8") as f:
            p = 0
            for ln, l in enumerate(f.read().split("\n"), 1):
                if l.strip():
                    m[ln] = p
                    p += 1
        out.append(m)
    return out


def cmd_relire(a):
    files = list_files(a.corpus)
    fidx = {f: i for i, f in enumerate(files)}
    lines = paragraph_lines(a.corpus, files)
    base = np.cumsum([0] + [len(m) for m in lines])
    n = int(base[-1])
    with open(a.report, encoding="utf-8") as f:
        rep = json.load(f)
    findings = rep["findings"] if isinstance(rep, dict) else rep
    root = os.path.abspath(a.corpus)

    def rel(path):
        p = os.path.abspath(os.path.join(a.cwd, path)) if a.cwd else os.path.abspath(path)
        return os.path.relpath(p, root)

    def paras_of(loc):
        fi = fidx[rel(loc["path"])]
        m = lines[fi]
        ps = [m[l] for l in range(loc["start_line"], loc["end_line"] + 1) if l in m]
        return fi, ps

    pairs, counts, mism = [], defaultdict(int), []
    for g in findings:
        counts[g["rule"]] += 1
        if g["rule"] not in a.rules:
            continue
        copies = [paras_of(g["location"])] + [paras_of(r["location"]) for r in g["related"]]
        lens = {len(ps) for _, ps in copies}
        if len(lens) != 1:
            mism.append(g)
            continue
        for i in range(lens.pop()):
            gids = sorted({int(base[fi] + ps[i]) for fi, ps in copies})
            for x in range(len(gids)):
                for y in range(x + 1, len(gids)):
                    pairs.append(gids[x] * n + gids[y])
    enc = np.unique(np.array(pairs, dtype=np.int64))
    np.save(a.out, enc)
    info = {
        "findings_by_rule": dict(counts),
        "pairs": int(enc.size),
        "findings_with_unequal_copy_lengths": len(mism),
    }
    with open(a.out.replace(".npy", "") + ".json", "w") as f:
        json.dump(info, f, indent=1)
        if mism:
            f.write("\n")
    if mism:
        with open(a.out.replace(".npy", "") + ".unequal.json", "w") as f:
            json.dump(mism[:50], f, indent=1, ensure_ascii=False)
    print(json.dumps(info))


# --------------------------------------------------------------------------------------------
# Comparison and table.
# --------------------------------------------------------------------------------------------


def cmd_compare(a):
    files = list_files(a.corpus)
    lines = paragraph_lines(a.corpus, files)
    base = np.cumsum([0] + [len(m) for m in lines])
    n = int(base[-1])
    file_of = np.repeat(np.arange(len(files)), [len(m) for m in lines])
    truth = np.load(a.truth)

    def cross(enc):
        return enc[file_of[enc // n] != file_of[enc % n]]

    res = {}
    for spec in a.tool:
        name, path = spec.split("=", 1)
        found = np.load(path)
        restrict = None
        meta_path = path.replace(".npy", "") + ".json"
        meta = json.load(open(meta_path)) if os.path.exists(meta_path) else {}
        if meta.get("files") and meta["files"] < len(files):
            # Subset run: compare against the truth restricted to the same files.
            restrict = int(base[meta["files"]])
        tr = truth if restrict is None else truth[(truth // n < restrict) & (truth % n < restrict)]
        r = {}
        for scope, fnd, tru in (("all", found, tr), ("cross_file", cross(found), cross(tr))):
            tp = np.intersect1d(fnd, tru, assume_unique=True).size
            r[scope] = {
                "found": int(fnd.size),
                "truth": int(tru.size),
                "true_positives": int(tp),
                "recall": tp / tru.size if tru.size else 1.0,
                "precision": tp / fnd.size if fnd.size else 1.0,
            }
        est_path = path.replace(".npy", "") + ".est.npy"
        if os.path.exists(est_path):
            est = np.load(est_path)
            f2 = found[est >= THRESHOLD]
            tp = np.intersect1d(f2, tr, assume_unique=True).size
            r["all_estimate_filtered"] = {
                "found": int(f2.size),
                "truth": int(tr.size),
                "true_positives": int(tp),
                "recall": tp / tr.size if tr.size else 1.0,
                "precision": tp / f2.size if f2.size else 1.0,
            }
        r["subset_paragraphs"] = restrict
        res[name] = r
    with open(a.out, "w") as f:
        json.dump(res, f, indent=1)
    print(json.dumps(res, indent=1))


def cmd_explain(a):
    """Print examples of pairs one set has and the other lacks, with their texts and Jaccard."""
    files, paras = load(a.corpus)
    n = len(paras)
    x = np.load(a.found)
    y = np.load(a.truth)
    extra = np.setdiff1d(x, y, assume_unique=True)
    missing = np.setdiff1d(y, x, assume_unique=True)
    rnd = random.Random(2)

    def show(label, arr):
        print(f"== {label}: {arr.size}")
        for e in rnd.sample(list(arr), min(a.n, arr.size)):
            i, j = divmod(int(e), n)
            si = shingles([normalize(w) for w in words_regex(paras[i][2])])
            sj = shingles([normalize(w) for w in words_regex(paras[j][2])])
            jac = None
            if si and sj:
                A, B = set(si), set(sj)
                jac = len(A & B) / len(A | B)
            print(f"-- J={jac}  {files[paras[i][0]]}#{paras[i][1]}  {files[paras[j][0]]}#{paras[j][1]}")
            print("   A:", paras[i][2][:300])
            print("   B:", paras[j][2][:300])

    show("found but not in truth", extra)
    show("in truth but not found", missing)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("corpus")
    s.add_argument("--man", required=True, help="extracted usr/share/man/fr")
    s.add_argument("--out", required=True)
    s = sub.add_parser("stats")
    s.add_argument("--corpus", required=True)
    s.add_argument("--out", required=True)
    s = sub.add_parser("tokcheck")
    s.add_argument("--corpus", required=True)
    s.add_argument("--sample", type=int, default=5000)
    s.add_argument("--rust", help="normalised words dumped by the Rust checker")
    s.add_argument("--out", required=True)
    s = sub.add_parser("truth")
    s.add_argument("--corpus", required=True)
    s.add_argument("--threshold", type=float, default=THRESHOLD)
    s.add_argument("--out", required=True)
    s = sub.add_parser("sketch")
    s.add_argument("--tool", required=True, choices=["datasketch", "rensa"])
    s.add_argument("--corpus", required=True)
    s.add_argument("--threshold", type=float, default=THRESHOLD)
    s.add_argument("--num-perm", type=int, default=128)
    s.add_argument("--params", type=int, nargs=2, help="datasketch (bands, rows)")
    s.add_argument("--bands", type=int, help="rensa bands (default 16)")
    s.add_argument("--limit-files", type=int)
    s.add_argument("--out", required=True)
    s = sub.add_parser("relire")
    s.add_argument("--corpus", required=True)
    s.add_argument("--report", required=True)
    s.add_argument("--cwd", help="directory relire ran in (paths in the report are relative to it)")
    s.add_argument("--rules", nargs="+", default=["near-duplicate"])
    s.add_argument("--out", required=True)
    s = sub.add_parser("compare")
    s.add_argument("--corpus", required=True)
    s.add_argument("--truth", required=True)
    s.add_argument("--tool", action="append", required=True, help="name=pairs.npy")
    s.add_argument("--out", required=True)
    s = sub.add_parser("explain")
    s.add_argument("--corpus", required=True)
    s.add_argument("--found", required=True)
    s.add_argument("--truth", required=True)
    s.add_argument("-n", type=int, default=5)
    a = p.parse_args()
    globals()["cmd_" + a.cmd](a)


if __name__ == "__main__":
    main()
