#!/usr/bin/env python3
"""Helper of scripts/bench.sh: corpus building, the Python baselines, exact ground truth and the
comparison of every tool's pairs against it.

Subcommands (all paths are explicit; bench.sh passes them):

  corpus    render extracted man pages (groff) into one .txt per page, one paragraph per line
  stats     corpus statistics (files, bytes, paragraphs, words)
  tokcheck  compare this file's tokeniser with uniseg (pure-Python UAX #29) on a sample, and with
            relire's own word hashes (dumped by scripts/bench_tokcheck.rs) on every paragraph
  truth     exact all-pairs ground truth (Jaccard >= t): prefix filtering + exact Jaccard, and
            with --verify a cross-check by a plain inverted index on shingles
  sketch    one timed run of datasketch or rensa: signatures, LSH index, query of every paragraph
  relire    paragraph pairs of a relire JSON report (near-duplicate findings)
  compare   recall / precision of every tool against the ground truth
  record    one timed run (from /usr/bin/time -v) into a JSON-lines file
  table     markdown tables of the results
  explain   sample the pairs one set has and another lacks, with their texts and Jaccard

Paragraph identity everywhere: global index in (sorted relative path, paragraph index) order. A
pair is one int64, a * N + b with a < b global paragraph ids, N the number of paragraphs.

Tokenisation (mirrors src/text/tokens.rs and src/text/normalize.rs; `tokcheck` checks that every
paragraph gets exactly relire's word hashes):
  * words: Unicode default word boundaries (UAX #29) from the `regex` module's WORD flag
    (`(?w)\b`); a segment is a word when it holds an Alphabetic or Numeric character, as in
    unicode-segmentation's `unicode_word_indices`; white space attached to a word is trimmed and
    U+202F (narrow no-break space) is a space, as relire does;
  * each word: NFKC, then per character: apostrophe-like marks -> ', dash-like marks -> -,
    ß/ẞ -> ss, final sigma -> σ, full lower case; NFC again if a combining mark is left;
    ASCII words: lower case and ` -> '.
  * shingles: k = 5 words; paragraphs of 3-4 words use k' = max(2, n - 2); paragraphs of fewer
    than 3 words are not compared (src/similarity/shingle.rs::effective_k). The ground truth and
    both Python baselines use exactly these sets.
"""

import argparse
import functools
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


@functools.lru_cache(maxsize=None)
def normalize(w):
    if w.isascii():
        return w.lower().replace("`", "'")
    s = unicodedata.normalize("NFKC", w).translate(TRANS).lower()
    if any(unicodedata.combining(c) for c in s):
        s = unicodedata.normalize("NFC", s)
    return s


_SPLIT = None
_WORDY = None


def words(text):
    """UAX #29 words holding a letter or a digit (regex WORD flag), U+202F being a space."""
    global _SPLIT, _WORDY
    if _SPLIT is None:
        _SPLIT = regex.compile(r"(?wV1)\b")
        _WORDY = regex.compile(r"[\p{Alphabetic}\p{N}]")
    w = _WORDY.search
    # relire trims white space that UAX #29 attaches to a word (a space before a combining mark).
    return [s.strip() for s in _SPLIT.split(text.replace("\u202f", " ")) if w(s)]


def words_uniseg(text):
    from uniseg.wordbreak import words as uwords

    wordy = regex.compile(r"[\p{Alphabetic}\p{N}]")
    return [w.strip() for w in uwords(text.replace("\u202f", " ")) if wordy.search(w)]


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


def tokenize_all(paras, words_fn=words):
    """Shingle lists (None for paragraphs of < 3 words), normalised words."""
    out = []
    for _fi, _pi, text in paras:
        ws = [normalize(w) for w in words_fn(text)]
        out.append(shingles(ws))
    return out


def process_age():
    """Seconds since this process started (interpreter start-up and imports included)."""
    with open("/proc/self/stat") as f:
        start = int(f.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as f:
        up = float(f.read().split()[0])
    return up - start / os.sysconf("SC_CLK_TCK")


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
        nwords.append(len(words(t)))
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
        x = words(t)
        y = words_uniseg(t)
        if x != y:
            diff.append((files[fi], pi, x, y))
    res = {"checked": len(sample), "different": len(diff)}
    if a.rust:
        # One line per paragraph from the Rust checker: relire's own word hashes (xxh3 of the
        # comparison form), to compare with xxh3 of this tokeniser's normalised words.
        import xxhash

        rust = {}
        with open(a.rust, encoding="utf-8") as f:
            for line in f:
                path, pi, hs = line.rstrip("\n").split("\t", 2)
                rust[(path, int(pi))] = [int(h, 16) for h in hs.split(",")] if hs else []
        rd = []
        for fi, pi, t in paras:
            ws = words(t)
            mine = [xxhash.xxh3_64_intdigest(normalize(w).encode("utf-8")) for w in ws]
            theirs = rust.get((files[fi], pi))
            if theirs != mine:
                rd.append((files[fi], pi, ws, len(theirs) if theirs is not None else None))
        res["rust_paragraphs"] = len(rust)
        res["rust_checked"] = len(paras)
        res["rust_different"] = len(rd)
        for r in rd[:5]:
            print("relire/python differ:", r, file=sys.stderr)
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
    verified = None
    if a.verify:
        # Independent check without prefix filtering: every pair of distinct sets that shares
        # at least one shingle (inverted index), exact Jaccard.
        inv = defaultdict(list)
        for v, sv in enumerate(nodes):
            for x in sv:
                inv[x].append(v)
        cand = set()
        for lst in inv.values():
            for i in range(len(lst)):
                for j in range(i + 1, len(lst)):
                    cand.add((lst[i], lst[j]))
        brute = sorted((u, v) for u, v in cand if (lambda i: i / (len(nodes[u]) + len(nodes[v]) - i))(len(setobjs[u] & setobjs[v])) >= t)
        verified = brute == sorted(tuple(sorted(p)) for p in node_pairs)
        if not verified:
            raise SystemExit("ground truth: prefix filtering and the inverted index disagree")
    np.save(a.out, allp)
    info = {
        "paragraphs": n,
        "compared": sum(s is not None for s in sets),
        "distinct_sets": len(nodes),
        "pairs": int(allp.size),
        "identical_set_pairs": int(sum(len(m) * (len(m) - 1) // 2 for m in members)),
        "largest_identical_class": max(len(m) for m in members),
        "checked_by_inverted_index": verified,
        "seconds": round(time.time() - t0, 1),
    }
    with open(a.out + ".json", "w") as f:
        json.dump(info, f, indent=1)
    print(json.dumps(info))


# --------------------------------------------------------------------------------------------
# Python baselines.
# --------------------------------------------------------------------------------------------


def cmd_sketch(a):
    """One timed end-to-end run of a Python baseline. Everything this process does is the
    benchmark (bench.sh wraps it in /usr/bin/time -v): read, tokenise, shingle, sign, index,
    query every paragraph, save the candidate pairs. Signatures are saved for the untimed
    estimate filter of `compare`."""
    from array import array

    timing = {}
    t0 = time.perf_counter()
    files, paras = load(a.corpus, a.limit_files)
    sh = tokenize_all(paras)
    n = len(paras)
    keys = [i for i, s in enumerate(sh) if s is not None]
    docs = [sh[i] for i in keys]
    del sh
    timing["read_tokenise_shingle"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    cand = array("q")  # candidate pairs (j, c), j < c, as j * len(keys) + c
    m_ = len(keys)
    if a.tool == "datasketch":
        from datasketch import MinHash, MinHashLSH

        if a.mode == "bulk":
            mhs = MinHash.bulk([[x.encode("utf-8") for x in d] for d in docs], num_perm=a.num_perm)
        else:
            # The README's way: one MinHash per document, one update() per shingle.
            mhs = []
            for d in docs:
                m = MinHash(num_perm=a.num_perm)
                for x in d:
                    m.update(x.encode("utf-8"))
                mhs.append(m)
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
            base = j * m_
            for c in lsh.query(m):
                if c > j:
                    cand.append(base + c)
        timing["lsh_query"] = time.perf_counter() - t3
        bands = (lsh.b, lsh.r)
        sig_of = lambda m: m.hashvalues.astype(np.uint32)
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
        for j, cs in enumerate(lsh.query_all(mhs)):
            base = j * m_
            for c in cs:
                if c > j:
                    cand.append(base + c)
        timing["lsh_query"] = time.perf_counter() - t3
        bands = (nb, a.num_perm // nb)
        sig_of = lambda m: np.asarray(m.digest(), dtype=np.uint32)
    else:
        raise SystemExit(f"unknown tool {a.tool}")
    timing["total_in_process"] = time.perf_counter() - t0
    timing["wall_to_pairs"] = process_age()
    rss_at_pairs = peak_rss_mb()
    karr = np.array(keys, dtype=np.int64)
    c = np.frombuffer(cand, dtype=np.int64)
    ga, gb = karr[c // m_], karr[c % m_]
    enc = np.unique(np.minimum(ga, gb) * n + np.maximum(ga, gb))
    np.save(a.out, enc)
    stem = a.out[: -len(".npy")] if a.out.endswith(".npy") else a.out
    np.save(stem + ".keys.npy", karr)
    np.save(stem + ".sigs.npy", np.stack([sig_of(m) for m in mhs]))
    info = {
        "tool": a.tool,
        "files": len(files),
        "paragraphs": n,
        "indexed": len(keys),
        "bands_rows": list(bands),
        "candidates": int(enc.size),
        "timing": {k: round(v, 3) for k, v in timing.items()},
        "peak_rss_mb_at_pairs": round(rss_at_pairs, 1),
        "peak_rss_mb_end": round(peak_rss_mb(), 1),
    }
    with open(stem + ".json", "w") as f:
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


def shingle_sets(paras):
    """Frozen shingle set of every paragraph (None when it is not compared)."""
    return [frozenset(s) if s is not None else None for s in tokenize_all(paras)]


def jac(a, b):
    if a is None or b is None:
        return None
    i = len(a & b)
    return i / (len(a) + len(b) - i)


def cmd_relire(a):
    """Paragraph pairs of relire's `near-duplicate` findings.

    A finding is a clone class (a paragraph, or a block of N consecutive paragraphs copied in
    parallel): paragraph i of every copy is a copy of paragraph i of every other copy, so a class
    of m copies gives m(m-1)/2 pairs per paragraph offset ("implied" pairs); the pairs stated
    explicitly in the JSON, with a similarity, are canonical copy <-> each related copy
    ("explicit" pairs). An aligned block whose copies span different numbers of paragraphs (a
    paragraph split or merged in one copy) pairs each paragraph of the shorter copy with the
    most similar paragraph of the longer one. Pairs with a paragraph of fewer than 3 words
    (which relire does not compare alone, but which aligned blocks can span) are counted and
    set aside."""
    files, paras = load(a.corpus)
    fidx = {f: i for i, f in enumerate(files)}
    lines = paragraph_lines(a.corpus, files)
    base = np.cumsum([0] + [len(m) for m in lines])
    n = int(base[-1])
    assert n == len(paras)
    sets = shingle_sets(paras)
    compared = np.array([x is not None for x in sets])
    with open(a.report, encoding="utf-8") as f:
        rep = json.load(f)
    findings = rep["findings"]
    root = os.path.abspath(a.corpus)

    def rel(path):
        p = os.path.join(a.cwd, path) if a.cwd else path
        return os.path.relpath(os.path.abspath(p), root)

    def gids_of(loc):
        fi = fidx[rel(loc["path"])]
        m = lines[fi]
        return [int(base[fi] + m[l]) for l in range(loc["start_line"], loc["end_line"] + 1) if l in m]

    implied, explicit, counts = [], [], defaultdict(int)
    by_source = defaultdict(list)  # where each implied pair comes from
    by_source_explicit = defaultdict(list)
    unequal = 0
    for g in findings:
        counts[g["rule"]] += 1
        if g["rule"] not in a.rules:
            continue
        copies = [gids_of(g["location"])] + [gids_of(r.get("location", r)) for r in g["related"]]
        if len({len(c) for c in copies}) == 1:
            for i in range(len(copies[0])):
                ids = np.unique(np.array([c[i] for c in copies], dtype=np.int64))
                ii, jj = np.triu_indices(ids.size, 1)
                implied.append(ids[ii] * n + ids[jj])
                src = "two copies" if len(copies) == 2 else "three copies or more"
                src += ", paragraph" if len(copies[0]) == 1 else ", block"
                by_source[f"{g.get('measure')}, {src}"].append(implied[-1])
                x = copies[0][i]
                explicit.append(np.array([min(x, c[i]) * n + max(x, c[i]) for c in copies[1:] if c[i] != x], dtype=np.int64))
                shape = "paragraph" if len(copies[0]) == 1 else "block"
                by_source_explicit[f"{g.get('measure')}, {shape}"].append(explicit[-1])
        else:
            unequal += 1
            for other in copies[1:]:
                short, long_ = sorted((copies[0], other), key=len)
                pp = []
                for x in short:
                    best = max(long_, key=lambda y: jac(sets[x], sets[y]) or -1.0)
                    pp.append(min(x, best) * n + max(x, best))
                implied.append(np.array(pp, dtype=np.int64))
                explicit.append(np.array(pp, dtype=np.int64))
                by_source[f"{g.get('measure')}, copies of unequal length"].append(implied[-1])
                by_source_explicit[f"{g.get('measure')}, copies of unequal length"].append(implied[-1])

    def finish(parts):
        enc = np.unique(np.concatenate(parts)) if parts else np.zeros(0, np.int64)
        ok = compared[enc // n] & compared[enc % n]
        return enc[ok], int((~ok).sum())

    enc, dropped = finish(implied)
    exp, exp_dropped = finish(explicit)
    np.save(a.out, enc)
    stem = a.out[: -len(".npy")]
    np.save(stem + ".explicit.npy", exp)
    import glob

    for old in glob.glob(glob.escape(stem) + ".src-*.npy") + glob.glob(glob.escape(stem) + ".xsrc-*.npy"):
        os.remove(old)
    for prefix, table in (("src", by_source), ("xsrc", by_source_explicit)):
        for src, parts in table.items():
            np.save(f"{stem}.{prefix}-{src.replace(' ', '_').replace(',', '')}.npy", finish(parts)[0])
    # Pairs of the findings measured by Jaccard only (relire also reports aligned copies whose
    # word ratio passes the threshold when their Jaccard figure does not: another definition).
    jparts = [x for k, v in by_source.items() if k.startswith("jaccard") for x in v]
    np.save(stem + ".jaccard-findings.npy", finish(jparts)[0])
    measures = defaultdict(int)
    for g in findings:
        if g["rule"] in a.rules:
            measures[g.get("measure")] += 1
    info = {
        "findings_by_rule": dict(counts),
        "findings_by_measure": dict(measures),
        "pairs": int(enc.size),
        "explicit_pairs": int(exp.size),
        "pairs_with_uncompared_paragraph_set_aside": dropped,
        "findings_with_unequal_copy_lengths": unequal,
    }
    with open(stem + ".json", "w") as f:
        json.dump(info, f, indent=1)
    print(json.dumps(info))


# --------------------------------------------------------------------------------------------
# Comparison and table.
# --------------------------------------------------------------------------------------------


def _scores(found, truth):
    tp = np.intersect1d(found, truth, assume_unique=True).size
    return {
        "found": int(found.size),
        "truth": int(truth.size),
        "true_positives": int(tp),
        "recall": tp / truth.size if truth.size else 1.0,
        "precision": tp / found.size if found.size else 1.0,
    }


def _histogram(pairs, n, sets, same_file, bins, sample=20000):
    rnd = np.random.default_rng(3)
    if pairs.size > sample:
        pairs = rnd.choice(pairs, sample, replace=False)
    js = np.array([jac(sets[int(e // n)], sets[int(e % n)]) for e in pairs], dtype=float)
    h, _ = np.histogram(js, bins=bins)
    return {
        "sampled": int(pairs.size),
        "bins": bins,
        "counts": h.tolist(),
        "same_file": int(same_file(pairs).sum()),
    }


def cmd_compare(a):
    """Recall and precision of every tool against the exact ground truth, on all pairs and on
    pairs of paragraphs in different files; similarity histograms of the false positives and of
    the misses (sampled)."""
    files, paras = load(a.corpus)
    n = len(paras)
    file_of = np.array([p[0] for p in paras], dtype=np.int64)
    sets = shingle_sets(paras)
    truth = np.load(a.truth)
    same_file = lambda enc: file_of[enc // n] == file_of[enc % n]
    res = {}
    for spec in a.tool:
        name, path = spec.split("=", 1)
        found = np.load(path)
        stem = path[: -len(".npy")]
        meta = json.load(open(stem + ".json")) if os.path.exists(stem + ".json") else {}
        tr = truth
        if meta.get("files") and meta["files"] < len(files):
            # Subset run: compare with the truth restricted to the same files.
            lim = int(np.searchsorted(file_of, meta["files"]))
            tr = truth[(truth % n) < lim]
        r = {"all": _scores(found, tr)}
        r["cross_file"] = _scores(found[~same_file(found)], tr[~same_file(tr)])
        if os.path.exists(stem + ".explicit.npy"):
            r["explicit"] = _scores(np.load(stem + ".explicit.npy"), tr)
        import glob

        if os.path.exists(stem + ".jaccard-findings.npy"):
            r["jaccard_findings"] = _scores(np.load(stem + ".jaccard-findings.npy"), tr)
        for prefix, key in (("src", "by_source"), ("xsrc", "explicit_by_source")):
            for src in sorted(glob.glob(glob.escape(stem) + f".{prefix}-*.npy")):
                label = src[len(stem) + len(prefix) + 2 : -4].replace("_", " ")
                r.setdefault(key, {})[label] = _scores(np.load(src), tr)
        if os.path.exists(stem + ".sigs.npy"):
            # Untimed option a user could add: keep candidates whose signature estimate passes.
            sigs = np.load(stem + ".sigs.npy")
            pos = np.full(n, -1, dtype=np.int64)
            pos[np.load(stem + ".keys.npy")] = np.arange(sigs.shape[0])
            keep = np.zeros(found.size, dtype=bool)
            for s in range(0, found.size, 200000):
                e = found[s : s + 200000]
                est = (sigs[pos[e // n]] == sigs[pos[e % n]]).mean(axis=1)
                keep[s : s + 200000] = est >= a.threshold
            r["estimate_filtered"] = _scores(found[keep], tr)
        fp = np.setdiff1d(found, tr, assume_unique=True)
        fn = np.setdiff1d(tr, found, assume_unique=True)
        r["false_positives"] = _histogram(fp, n, sets, same_file, [0, 0.5, 0.6, 0.7, 0.75, 0.8])
        r["misses"] = _histogram(fn, n, sets, same_file, [0.8, 0.85, 0.9, 0.95, 0.9999, 1.0001])
        res[name] = r
    with open(a.out, "w") as f:
        json.dump(res, f, indent=1)
    for name, r in res.items():
        x = r["all"]
        print(f"{name:28} found {x['found']:>9}  recall {x['recall']:.5f}  precision {x['precision']:.5f}")


def _median(xs):
    xs = sorted(xs)
    m = len(xs) // 2
    return xs[m] if len(xs) % 2 else (xs[m - 1] + xs[m]) / 2


def cmd_record(a):
    """Append one timed run to a JSON-lines file: wall seconds and peak RSS (MiB). relire: from
    `/usr/bin/time -v`. Python baselines: process start -> candidate pairs in memory, and the
    peak RSS at that point (their own JSON), /usr/bin/time's figures kept for reference."""
    tv = {}
    with open(a.time_file) as f:
        for line in f:
            k, _, v = line.strip().rpartition(": ")
            tv[k] = v
    h, m_, s = (["0"] + tv["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"))[-3:]
    wall = int(h) * 3600 + int(m_) * 60 + float(s)
    rss = int(tv["Maximum resident set size (kbytes)"]) / 1024
    row = {"name": a.name, "load_before": a.load, "process_wall": wall, "process_rss_mb": rss, "wall": wall, "rss_mb": rss,
           "user": float(tv["User time (seconds)"]), "sys": float(tv["System time (seconds)"])}
    ncpu = os.cpu_count() or 1
    row["try"] = a.try_
    if a.stat_before and a.stat_after:
        # CPU time used by every process during the run, minus this run's own: other jobs.
        x = [int(v) for v in a.stat_before.split()[1:9]]
        y = [int(v) for v in a.stat_after.split()[1:9]]
        tick = os.sysconf("SC_CLK_TCK")
        busy = (sum(y) - sum(x) - (y[3] - x[3]) - (y[4] - x[4])) / tick
        row["others_cpu_s"] = round(max(0.0, busy - row["user"] - row["sys"]), 2)
        row["contaminated"] = row["others_cpu_s"] > 0.05 * wall * ncpu
    if a.info:
        info = json.load(open(a.info))
        row["wall"] = info["timing"]["wall_to_pairs"]
        row["rss_mb"] = info["peak_rss_mb_at_pairs"]
        row["phases"] = info["timing"]
    with open(a.out, "a") as f:
        f.write(json.dumps(row) + "\n")
    print(json.dumps(row))
    if row.get("contaminated") and a.try_ < 5:
        print(f"other processes used {row['others_cpu_s']} CPU-s during this run: repeating it", file=sys.stderr)
        sys.exit(3)


def cmd_table(a):
    """Markdown tables of the results (median of the timed runs)."""
    runs = defaultdict(list)
    with open(a.timings) as f:
        for line in f:
            r = json.loads(line)
            runs[r["name"]].append(r)
    contaminated = {k: sum(1 for r in v if r.get("contaminated")) for k, v in runs.items()}
    runs = {k: [r for r in v if not r.get("contaminated")] or v for k, v in runs.items()}
    cmp_ = json.load(open(a.compare))
    st = json.load(open(a.stats))
    pairs_of = dict(x.split("=", 1) for x in a.pairs or [])
    med = {}
    for k, v in runs.items():
        med[k] = {key: _median([r[key] for r in v]) for key in ("wall", "rss_mb", "user", "process_wall", "process_rss_mb")}
        med[k]["runs"] = len(v)
        med[k]["wall_min"] = min(r["wall"] for r in v)
        med[k]["wall_max"] = max(r["wall"] for r in v)
        if "phases" in v[0]:
            med[k]["phases"] = {p: _median([r["phases"][p] for r in v]) for p in v[0]["phases"]}
    ref = med[a.reference]["wall"]
    budget = (1536 * st["paragraphs"] + st["bytes"]) / 2**20
    out = [
        f"Corpus: {st['files']} files, {st['bytes'] / 1e6:.2f} MB, {st['paragraphs']:,} paragraphs "
        f"({st['paragraphs_ge3_words']:,} of 3 words or more are compared), {st['words']:,} words.",
        f"Memory budget (1.5 KiB per paragraph + the text): {budget:.1f} MiB.",
        "",
        "| tool | wall time (s) | (min–max) | peak RSS (MiB) | pairs found | recall | precision | relire speed-up |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name in a.order:
        if name not in med:
            continue
        t = med[name]
        c = cmp_.get(pairs_of.get(name, name), {}).get("all")
        found = f"{c['found']:,}" if c else "—"
        rec = f"{c['recall']:.4f}" if c else "—"
        pre = f"{c['precision']:.4f}" if c else "—"
        x = t["wall"] / ref
        sp = "—" if name == a.reference else (f"{x:.1f}×" if x >= 1 else f"{x:.2f}× (slower)")
        out.append(f"| {name} | {t['wall']:.2f} | {t['wall_min']:.2f}–{t['wall_max']:.2f} | {t['rss_mb']:.0f} | {found} | {rec} | {pre} | {sp} |")
    dropped = ", ".join(f"{k}: {v}" for k, v in contaminated.items() if v)
    out += ["", f"Median of {max(v['runs'] for v in med.values())} runs. Speed-up: the tool's wall "
            f"time / the wall time of `{a.reference}`."
            + (f" Runs repeated because another job used the CPUs during them: {dropped}." if dropped else ""), "",
            "| pairs | found | recall | precision | recall, cross-file pairs | precision, cross-file pairs |",
            "|---|---:|---:|---:|---:|---:|"]
    for name, c in cmp_.items():
        rows = [(name, c["all"], c["cross_file"])]
        if "jaccard_findings" in c:
            rows.append((name + ", findings measured by Jaccard only", c["jaccard_findings"], None))
        if "explicit" in c:
            rows.append((name + ", explicit pairs only", c["explicit"], None))
        if "estimate_filtered" in c:
            rows.append((name + ", + estimate ≥ 0.8 filter", c["estimate_filtered"], None))
        for label, x, y in rows:
            cr = f"{y['recall']:.5f} | {y['precision']:.5f}" if y else "— | —"
            rec = "—" if label.endswith("explicit pairs only") else f"{x['recall']:.5f}"
            out.append(f"| {label} | {x['found']:,} | {rec} | {x['precision']:.5f} | {cr} |")
    for name, c in cmp_.items():
        if "by_source" not in c:
            continue
        out += ["", f"| {name}: pairs by kind of finding (measure, copies, shape) | pairs | true | precision |",
                "|---|---:|---:|---:|"]
        for key, what in (("by_source", "implied"), ("explicit_by_source", "explicit")):
            for label, x in sorted(c.get(key, {}).items()):
                out.append(f"| {what}: {label} | {x['found']:,} | {x['true_positives']:,} | {x['precision']:.4f} |")
    out += ["", "| phases of the Python baselines (s) | " + " | ".join(
        ["start-up + read + tokenise + shingle", "signatures", "LSH insert", "LSH query", "to pairs", "process wall (time -v)", "process RSS MiB"]) + " |",
        "|---|" + "---:|" * 7]
    for name, t in med.items():
        if "phases" in t:
            ph = t["phases"]
            startup = ph["wall_to_pairs"] - ph["signatures"] - ph["lsh_insert"] - ph["lsh_query"]
            out.append(f"| {name} | {startup:.2f} | {ph['signatures']:.2f} | {ph['lsh_insert']:.2f} | "
                       f"{ph['lsh_query']:.2f} | {ph['wall_to_pairs']:.2f} | {t['process_wall']:.2f} | {t['process_rss_mb']:.0f} |")
    text = "\n".join(out)
    with open(a.out, "w") as f:
        f.write(text + "\n")
    print(text)


def cmd_explain(a):
    """Sample the pairs that `found` has and `truth` lacks (and the reverse), with their texts."""
    files, paras = load(a.corpus)
    n = len(paras)
    sets = shingle_sets(paras)
    x, y = np.load(a.found), np.load(a.truth)
    rnd = random.Random(2)
    for label, arr in (("found, not in truth", np.setdiff1d(x, y, assume_unique=True)),
                       ("in truth, not found", np.setdiff1d(y, x, assume_unique=True))):
        print(f"== {label}: {arr.size}")
        for e in rnd.sample(list(arr), min(a.n, arr.size)):
            i, j = divmod(int(e), n)
            print(f"-- J={jac(sets[i], sets[j])}  {files[paras[i][0]]}#{paras[i][1]}  {files[paras[j][0]]}#{paras[j][1]}")
            print("   A:", paras[i][2][:a.width])
            print("   B:", paras[j][2][:a.width])


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
    s.add_argument("--verify", action="store_true", help="cross-check with a plain inverted index")
    s.add_argument("--out", required=True)
    s = sub.add_parser("sketch")
    s.add_argument("--tool", required=True, choices=["datasketch", "rensa"])
    s.add_argument("--corpus", required=True)
    s.add_argument("--threshold", type=float, default=THRESHOLD)
    s.add_argument("--num-perm", type=int, default=128)
    s.add_argument("--params", type=int, nargs=2, help="datasketch (bands, rows)")
    s.add_argument("--bands", type=int, help="rensa bands (default 16)")
    s.add_argument("--mode", choices=["bulk", "update"], default="bulk",
                   help="datasketch signatures: MinHash.bulk, or one update() per shingle (README)")
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
    s.add_argument("--threshold", type=float, default=THRESHOLD)
    s.add_argument("--tool", action="append", required=True, help="name=pairs.npy")
    s.add_argument("--out", required=True)
    s = sub.add_parser("record")
    s.add_argument("--name", required=True)
    s.add_argument("--time-file", required=True, help="output of /usr/bin/time -v")
    s.add_argument("--info", help="JSON written by `sketch`")
    s.add_argument("--load", type=float, help="busy fraction of the CPUs just before the run")
    s.add_argument("--stat-before", help="first line of /proc/stat before the run")
    s.add_argument("--stat-after", help="first line of /proc/stat after the run")
    s.add_argument("--try", dest="try_", type=int, default=1)
    s.add_argument("--out", required=True)
    s = sub.add_parser("table")
    s.add_argument("--timings", required=True)
    s.add_argument("--compare", required=True)
    s.add_argument("--stats", required=True)
    s.add_argument("--reference", default="relire")
    s.add_argument("--order", nargs="+", required=True)
    s.add_argument("--pairs", nargs="*", help="timing name=compare name")
    s.add_argument("--out", required=True)
    s = sub.add_parser("explain")
    s.add_argument("--corpus", required=True)
    s.add_argument("--found", required=True)
    s.add_argument("--truth", required=True)
    s.add_argument("-n", type=int, default=5)
    s.add_argument("--width", type=int, default=300)
    a = p.parse_args()
    globals()["cmd_" + a.cmd](a)


if __name__ == "__main__":
    main()
