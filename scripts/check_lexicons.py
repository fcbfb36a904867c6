#!/usr/bin/env python3
"""Validate the lexicon data files compiled into relire.

Parses every TOML file under src/rules/data/, checks the schema (required
keys, unique ids, minimum counts, pattern syntax) and re-implements the
matching semantics described in docs/lexicons.md so that every
`examples_positive` sentence must trigger its entry and no
`examples_negative` sentence may.

Standard library only (Python >= 3.11 for tomllib).
Usage: python3 scripts/check_lexicons.py [--verbose]
Exit status 0 when everything passes, 1 otherwise.
"""

from __future__ import annotations

import re
import sys
import tomllib
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "rules" / "data"

VERBOSE = "--verbose" in sys.argv or "-v" in sys.argv

# ---------------------------------------------------------------------------
# Tokenisation (mirrors the rules engine's contract)
# ---------------------------------------------------------------------------

# Elided clitics split off as their own token. Longest first.
ELISIONS = sorted(
    ["l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'",
     "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'"],
    key=len,
    reverse=True,
)

# A word is a run of letters, digits, hyphens and apostrophes.
WORD_RE = re.compile(r"[\w'\-]+", re.UNICODE)
SENTENCE_END_RE = re.compile(r"[.!?…]")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u2019", "'").replace("\u02bc", "'").replace("\u2018", "'")
    return text.lower()


def split_elisions(word: str) -> list[str]:
    out: list[str] = []
    while True:
        for el in ELISIONS:
            if word.startswith(el) and len(word) > len(el):
                out.append(el)
                word = word[len(el):]
                break
        else:
            break
    out.append(word)
    return out


def tokenize(text: str) -> list[tuple[str, bool]]:
    """Return (token, starts_sentence) pairs for one paragraph."""
    return [(t, start) for t, start, _, _ in tokenize_spans(text)]


def tokenize_spans(text: str) -> list[tuple[str, bool, int, int]]:
    """Return (token, starts_sentence, start, end) for one paragraph, the offsets those of the
    run of word characters the token comes from in the normalised text (`normalise`)."""
    text = normalise(text)
    tokens: list[tuple[str, bool, int, int]] = []
    last_end = 0
    new_sentence = True
    for m in WORD_RE.finditer(text):
        gap = text[last_end:m.start()]
        if tokens and SENTENCE_END_RE.search(gap):
            new_sentence = True
        last_end = m.end()
        raw = m.group(0)
        # '_' is a \w character but never part of a word here.
        for piece in raw.split("_"):
            piece = piece.lstrip("-'").rstrip("-")
            if not piece or not any(ch.isalnum() for ch in piece):
                continue
            for i, tok in enumerate(split_elisions(piece)):
                tokens.append((tok, new_sentence and i == 0, m.start(), m.end()))
                new_sentence = False
    return tokens


# ---------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------

# One alternative: a word made of letters/digits, inner hyphens or
# apostrophes, optionally ending with an apostrophe (elided form).
ALT_RE = re.compile(r"^[^\W_](?:[\w'\-]*[^\W_])?'?$", re.UNICODE)


def verb_forms(verb: str) -> list[str]:
    """`@verb` in a pattern: every form of the verb, from language.toml's `conjugations`."""
    forms = (load("language.toml") or {}).get("conjugations", {}).get(verb)
    if not forms:
        raise ValueError(f"@{verb}: no table of its forms in language.toml conjugations")
    return forms


def parse_pattern(pat: str) -> list[object]:
    """Parse a pattern into slots. Raise ValueError on bad syntax."""
    if pat != pat.strip() or "  " in pat or not pat:
        raise ValueError("slots must be separated by single spaces, no padding")
    if "\u2019" in pat:
        raise ValueError("use straight apostrophes in patterns")
    slots: list[object] = []
    for raw in pat.split(" "):
        if raw == "_":
            slots.append("ANY")
            continue
        if raw == "_?":
            slots.append("OPT")
            continue
        alts = raw.split("|")
        for a in alts:
            if not a:
                raise ValueError(f"empty alternative in slot {raw!r}")
            if a.startswith("@"):
                verb_forms(a[1:])
                continue
            if not ALT_RE.match(a):
                raise ValueError(f"bad word {a!r} in slot {raw!r}")
            if a != a.lower():
                raise ValueError(f"pattern words must be lowercase: {a!r}")
            if unicodedata.normalize("NFC", a) != a:
                raise ValueError(f"pattern word not NFC: {a!r}")
            if a.endswith("'") and a not in ELISIONS:
                raise ValueError(f"{a!r}: elided form is not one the tokenizer splits")
            # an elision inside a slot word would never match a token
            if not a.endswith("'"):
                for el in ELISIONS:
                    if a.startswith(el):
                        raise ValueError(f"{a!r} would be split by the tokenizer")
        if len(set(alts)) != len(alts):
            raise ValueError(f"duplicate alternative in slot {raw!r}")
        words = set()
        for a in alts:
            words.update(verb_forms(a[1:]) if a.startswith("@") else [a])
        slots.append(frozenset(words))
    if all(s in ("ANY", "OPT") for s in slots):
        raise ValueError("pattern has no literal slot")
    if slots[0] == "OPT" or slots[-1] == "OPT":
        raise ValueError("pattern may not start or end with the optional wildcard _?")
    return slots


def sentence_ids(tokens):
    ids, n = [], -1
    for _, start in tokens:
        n += 1 if start else 0
        ids.append(n)
    return ids


def match_at(slots, words, sents, sent, i, k=0):
    """Return end indices (exclusive) for matches of slots[k:] at word i,
    staying inside sentence `sent` (a match never crosses a sentence end)."""
    if k == len(slots):
        return [i]
    s = slots[k]
    here = i < len(words) and sents[i] == sent
    ends = []
    if s == "OPT":
        ends += match_at(slots, words, sents, sent, i, k + 1)
        if here:
            ends += match_at(slots, words, sents, sent, i + 1, k + 1)
        return ends
    if not here:
        return []
    if s == "ANY" or words[i] in s:
        return match_at(slots, words, sents, sent, i + 1, k + 1)
    return []


def find_matches(slots, tokens):
    words = [t for t, _ in tokens]
    sents = sentence_ids(tokens)
    out = []
    for i in range(len(words)):
        ends = match_at(slots, words, sents, sents[i], i)
        if ends:
            out.append((i, max(ends)))
    return out


def context_hit(ctx: str, word: str) -> bool:
    ctx = normalise(ctx)
    if ctx.endswith("*"):
        return word.startswith(ctx[:-1])
    return word == ctx


def entry_fires(entry, compiled, text) -> bool:
    tokens = tokenize(text)
    words = [t for t, _ in tokens]
    window = entry.get("window", 15)
    ctx_any = entry.get("context_any", [])
    ctx_none = entry.get("context_none", [])
    not_after = entry.get("not_after", [])
    sents = sentence_ids(tokens)
    for slots in compiled:
        for start, end in find_matches(slots, tokens):
            if entry.get("sentence_start", False) and not tokens[start][1]:
                continue
            # `not_after`: the word right before the match, in its sentence.
            if (start > 0 and sents[start - 1] == sents[start]
                    and any(context_hit(c, words[start - 1]) for c in not_after)):
                continue
            around = words[max(0, start - window):start] + words[end:end + window]
            if ctx_any and not any(context_hit(c, w) for c in ctx_any for w in around):
                continue
            if ctx_none and any(context_hit(c, w) for c in ctx_none for w in around):
                continue
            return True
    return False


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

errors: list[str] = []
report: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def load(name: str):
    path = DATA / name
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        err(f"{name}: missing")
    except tomllib.TOMLDecodeError as e:
        err(f"{name}: TOML parse error: {e}")
    return None


def check_str_list(name, eid, entry, key, required, min_len=0):
    if key not in entry:
        if required:
            err(f"{name}:{eid}: missing key {key!r}")
        return []
    v = entry[key]
    if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
        err(f"{name}:{eid}: {key!r} must be a list of non-empty strings")
        return []
    if len(v) < min_len:
        err(f"{name}:{eid}: {key!r} needs at least {min_len} items (has {len(v)})")
    return v


def compile_patterns(name, eid, pats):
    compiled = []
    for p in pats:
        try:
            compiled.append(parse_pattern(p))
        except ValueError as e:
            err(f"{name}:{eid}: pattern {p!r}: {e}")
    return compiled


def sentence_count(text: str) -> int:
    return len([s for s in re.split(r"(?<=[.!?…])\s+", text.strip()) if s])


LEXICON_KEYS = {
    "id", "patterns", "suggestion", "explanation", "context_any", "context_none",
    "window", "sentence_start", "admitted_in_computing", "severity", "examples_positive",
    "examples_negative", "not_after",
}


def check_lexicon(name: str, minimum: int):
    doc = load(name)
    if doc is None:
        return
    entries = doc.get("entry")
    if set(doc) - {"entry"}:
        err(f"{name}: unexpected top-level keys {sorted(set(doc) - {'entry'})}")
    if not isinstance(entries, list):
        err(f"{name}: no [[entry]] array")
        return
    ids = set()
    npos = nneg = 0
    for n, e in enumerate(entries):
        eid = e.get("id", f"#{n}")
        if not isinstance(e.get("id"), str) or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", e["id"]):
            err(f"{name}:{eid}: id must be lowercase ascii kebab-case")
        if eid in ids:
            err(f"{name}:{eid}: duplicate id")
        ids.add(eid)
        extra = set(e) - LEXICON_KEYS
        if extra:
            err(f"{name}:{eid}: unknown keys {sorted(extra)}")
        for key in ("suggestion", "explanation"):
            if not isinstance(e.get(key), str) or not e.get(key, "").strip():
                err(f"{name}:{eid}: missing or empty {key!r}")
        expl = e.get("explanation", "")
        if isinstance(expl, str) and sentence_count(expl) > 2:
            err(f"{name}:{eid}: explanation has more than two sentences")
        sev = e.get("severity", "warning")
        if sev not in ("info", "warning", "error"):
            err(f"{name}:{eid}: bad severity {sev!r}")
        w = e.get("window", 15)
        if not isinstance(w, int) or isinstance(w, bool) or not 1 <= w <= 100:
            err(f"{name}:{eid}: window must be an integer in 1..100")
        if not isinstance(e.get("sentence_start", False), bool):
            err(f"{name}:{eid}: sentence_start must be a boolean")
        for key in ("context_any", "context_none", "not_after"):
            for c in check_str_list(name, eid, e, key, False):
                if not re.fullmatch(r"[\w'\-]+\*?", normalise(c)) or c != c.lower():
                    err(f"{name}:{eid}: bad context word {c!r} in {key}")
        pats = check_str_list(name, eid, e, "patterns", True, 1)
        pos = check_str_list(name, eid, e, "examples_positive", True, 2)
        neg = check_str_list(name, eid, e, "examples_negative", True, 2)
        compiled = compile_patterns(name, eid, pats)
        if not compiled:
            continue
        for s in pos:
            npos += 1
            if not entry_fires(e, compiled, s):
                err(f"{name}:{eid}: positive example does not fire: {s!r}")
        for s in neg:
            nneg += 1
            if entry_fires(e, compiled, s):
                err(f"{name}:{eid}: negative example fires: {s!r}")
    if len(entries) < minimum:
        err(f"{name}: {len(entries)} entries, need at least {minimum}")
    report.append(f"{name}: {len(entries)} entries (min {minimum}), "
                  f"{npos} positive / {nneg} negative examples checked")
    return entries


# Boilerplate ---------------------------------------------------------------

BP_KINDS = {
    "comment-form", "share", "follow", "subscribe", "tags", "comments-header",
    "byline", "cookie", "read-more", "navigation", "newsletter", "related", "shop", "rating",
}
BP_KEYS = {"id", "lang", "patterns", "kind", "explanation", "opens_list",
           "examples_positive", "examples_negative"}
# Same thresholds as src/rules/boilerplate.rs (MAX_WORDS = 30, half covered).
BP_MAX_WORDS = 30
BP_MIN_COVERAGE = 0.5
# Negative examples must be long real sentences (more than 25 words).
BP_NEGATIVE_MIN_WORDS = 26


FUNCTION_WORDS: set = set()  # filled from language.toml by check_boilerplate


def opens_list(text, spans, i, j) -> bool:  # j: end of the match, exclusive
    """Whether tokens i..j (a label, then the words after it) are written as a list (an entry
    with `opens_list`, as in src/rules/boilerplate.rs): the label opens its line, its sentence or
    a segment of a line of links (after | · • - — – / > » ,), is capitalised (not after an opening
    quotation mark or bracket), or a colon follows it; and at most a third of the words after it
    are function words."""
    raw = unicodedata.normalize("NFC", text)  # `normalise` without the lower case
    text = normalise(text)
    _, starts, start, end = spans[i]
    before = text[:start].rstrip(" \t\u00a0\u202f")
    after = text[end:].lstrip(" \t\u00a0\u202f")
    capital = raw[start:start + 1].isupper() and not before.endswith(
        ("«", "‹", '"', "“", "„", "‘", "(", "["))
    placed = (starts or capital or not before
              or before[-1] in "\n\r|·•-—–/>»," or after.startswith(":"))
    rest = [t for t, _, _, _ in spans[i + 1:j]]
    function = sum(1 for t in rest if t in FUNCTION_WORDS)
    return placed and function * 3 <= len(rest)


def bp_matches(compiled, text):
    """The (start, end) matches of `compiled`, a list of (slots, opens_list), in `text`."""
    spans = tokenize_spans(text)
    tokens = [(t, starts) for t, starts, _, _ in spans]
    out = []
    for slots, label in compiled:
        out.extend((s, e) for s, e in find_matches(slots, tokens)
                   if not label or opens_list(text, spans, s, e))
    return tokens, out


def boilerplate_coverage(all_compiled, text):
    """Fraction of the paragraph's words covered by any boilerplate match."""
    tokens, matches = bp_matches(all_compiled, text)
    if not tokens:
        return 0, 0.0
    covered = set()
    for s, e in matches:
        covered.update(range(s, e))
    return len(tokens), len(covered) / len(tokens)


def bp_flags(compiled, all_compiled, text) -> bool:
    """The boilerplate rule flags a paragraph when one of the entry's patterns
    matches, the paragraph has at most BP_MAX_WORDS words, and the union of
    all boilerplate matches covers at least half of its words."""
    if not bp_matches(compiled, text)[1]:
        return False
    nwords, cov = boilerplate_coverage(all_compiled, text)
    return nwords <= BP_MAX_WORDS and cov >= BP_MIN_COVERAGE


def check_boilerplate(name="boilerplate.toml", minimum=45):
    lang = load("language.toml") or {}
    FUNCTION_WORDS.update(normalise(w) for w in lang.get("fr_function_words", []))
    FUNCTION_WORDS.update(normalise(w) for w in lang.get("en_function_words", []))
    doc = load(name)
    if doc is None:
        return
    entries = doc.get("entry")
    if not isinstance(entries, list):
        err(f"{name}: no [[entry]] array")
        return
    ids = set()
    per_entry = []
    all_compiled = []
    for n, e in enumerate(entries):
        eid = e.get("id", f"#{n}")
        if not isinstance(e.get("id"), str) or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", e["id"]):
            err(f"{name}:{eid}: id must be lowercase ascii kebab-case")
        if eid in ids:
            err(f"{name}:{eid}: duplicate id")
        ids.add(eid)
        extra = set(e) - BP_KEYS
        if extra:
            err(f"{name}:{eid}: unknown keys {sorted(extra)}")
        if e.get("lang") not in ("fr", "en", "any"):
            err(f"{name}:{eid}: lang must be fr|en|any")
        if e.get("kind") not in BP_KINDS:
            err(f"{name}:{eid}: bad kind {e.get('kind')!r}")
        if not isinstance(e.get("explanation"), str) or not e["explanation"].strip():
            err(f"{name}:{eid}: missing explanation")
        elif sentence_count(e["explanation"]) > 2:
            err(f"{name}:{eid}: explanation has more than two sentences")
        pats = check_str_list(name, eid, e, "patterns", True, 1)
        pos = check_str_list(name, eid, e, "examples_positive", True, 2)
        neg = check_str_list(name, eid, e, "examples_negative", True, 2)
        if not isinstance(e.get("opens_list", False), bool):
            err(f"{name}:{eid}: opens_list must be a boolean")
        compiled = [(slots, e.get("opens_list", False))
                    for slots in compile_patterns(name, eid, pats)]
        all_compiled.extend(compiled)
        per_entry.append((eid, compiled, pos, neg))
    npos = nneg = 0
    for eid, compiled, pos, neg in per_entry:
        if not compiled:
            continue
        for s in pos:
            npos += 1
            if not bp_flags(compiled, all_compiled, s):
                n, cov = boilerplate_coverage(all_compiled, s)
                err(f"{name}:{eid}: positive example not flagged ({n} words, coverage {cov:.2f}): {s!r}")
        for s in neg:
            nneg += 1
            if bp_flags(compiled, all_compiled, s):
                err(f"{name}:{eid}: negative example flagged: {s!r}")
            # Negatives must be long real sentences (the rule never looks at
            # long paragraphs), so the example documents the trap sense.
            if len(tokenize(s)) < BP_NEGATIVE_MIN_WORDS:
                err(f"{name}:{eid}: negative example has only {len(tokenize(s))} words "
                    f"(needs >= {BP_NEGATIVE_MIN_WORDS}): {s!r}")
            elif not bp_matches(compiled, s)[1] and VERBOSE:
                report.append(f"  note {eid}: negative does not contain the phrase: {s!r}")
    if len(entries) < minimum:
        err(f"{name}: {len(entries)} entries, need at least {minimum}")
    report.append(f"{name}: {len(entries)} entries (min {minimum}), "
                  f"{npos} positive / {nneg} negative examples checked")


# Word lists ----------------------------------------------------------------

def check_word_list(name, doc, key, minimum, allow_space=False, allow_dot=False):
    v = doc.get(key)
    if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
        err(f"{name}: {key!r} must be a non-empty list of strings")
        return []
    if len(v) < minimum:
        err(f"{name}: {key!r} has {len(v)} items, need at least {minimum}")
    seen = set()
    for x in v:
        if x in seen:
            err(f"{name}: {key!r}: duplicate {x!r}")
        seen.add(x)
        if "\u2019" in x:
            err(f"{name}: {key!r}: typographic apostrophe in {x!r}")
        if unicodedata.normalize("NFC", x) != x:
            err(f"{name}: {key!r}: not NFC: {x!r}")
        if x != x.strip() or (not allow_space and " " in x):
            err(f"{name}: {key!r}: bad spacing in {x!r}")
        if not allow_dot and "." in x:
            err(f"{name}: {key!r}: unexpected period in {x!r}")
    report.append(f"{name}: {key} = {len(v)} items (min {minimum})")
    return v


def check_capitalisation(name="capitalisation.toml"):
    doc = load(name)
    if doc is None:
        return
    # at least 60 nationalities x (usually) 2-4 forms each
    nat = check_word_list(name, doc, "nationality_adjectives", 200)
    langs = check_word_list(name, doc, "languages", 30)
    days = check_word_list(name, doc, "weekdays", 7)
    months = check_word_list(name, doc, "months", 12)
    inst = check_word_list(name, doc, "institution_nouns", 10)
    hist = check_word_list(name, doc, "historical_adjectives", 10)
    common = check_word_list(name, doc, "institution_adjectives", 10)
    for key, items in (("historical_adjectives", hist), ("institution_adjectives", common)):
        for x in items:
            if x in nat:
                err(f"{name}: {key} item {x!r} is already in nationality_adjectives")
    for x in set(hist) & set(common):
        err(f"{name}: {x!r} is in both historical_adjectives and institution_adjectives")
    for x in nat + langs + days + months + inst + hist + common:
        if x != x.lower():
            err(f"{name}: must be lowercase: {x!r}")
    if days != ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]:
        err(f"{name}: weekdays incomplete or wrong")
    if months != ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre"]:
        err(f"{name}: months incomplete or wrong")
    for x in check_word_list(name, doc, "holidays", 3, allow_space=True):
        day, _, month = x.partition(" ")
        if month not in months or not (day == "1er" or day.isdigit() and 1 <= int(day) <= 31):
            err(f"{name}: holidays item {x!r} is not « day month »")
    for x in doc.get("also_proper_nouns", []):
        if x not in nat:
            err(f"{name}: also_proper_nouns item {x!r} is not in nationality_adjectives")
    # masculine singular lemmas: forms whose feminine (+e) or plural (+s)
    # is also listed, or invariable -e forms.
    natset = set(nat)
    def is_feminine(x):
        return x.endswith("e") and (x[:-1] in natset or (x.endswith("nne") and x[:-2] in natset)
                                    or (x.endswith("que") and x[:-3] + "c" in natset)
                                    or (x.endswith("èke") and x[:-3] + "ek" in natset))
    lemmas = {x for x in nat if not x.endswith(("s", "x")) and not is_feminine(x)}
    lemmas |= {x for x in nat if x.endswith(("ais", "ois", "z")) and x + "e" in natset}
    report.append(f"{name}: ~{len(lemmas)} nationality lemmas (masculine singular forms)")
    if len(lemmas) < 60:
        err(f"{name}: fewer than 60 nationality lemmas")


def check_language(name="language.toml"):
    doc = load(name)
    if doc is None:
        return
    conj = doc.get("conjugations", {})
    for verb in conj:
        forms = check_word_list(f"{name} conjugations", conj, verb, 30)
        if verb not in forms:
            err(f"{name}: conjugations of {verb!r} do not hold its infinitive")
        for f in forms:
            if f != f.lower():
                err(f"{name}: conjugations of {verb!r}: must be lowercase: {f!r}")
    check_word_list(name, doc, "fr_function_words", 150)
    check_word_list(name, doc, "en_function_words", 150)
    check_word_list(name, doc, "de_function_words", 80)
    check_word_list(name, doc, "es_function_words", 80)
    check_word_list(name, doc, "it_function_words", 80)
    check_word_list(name, doc, "cannot_end_sentence_fr", 40)
    check_word_list(name, doc, "cannot_end_sentence_en", 30)
    abbr = check_word_list(name, doc, "abbreviations_fr", 40, allow_space=True, allow_dot=True)
    abbr += check_word_list(name, doc, "abbreviations_may_end_fr", 1, allow_space=True, allow_dot=True)
    for a in abbr:
        if not a.endswith("."):
            err(f"{name}: abbreviation {a!r} must end with a period")
    speech = check_word_list(name, doc, "speech_participles_fr", 40)
    for x in speech:
        if not (x.endswith(("é", "i", "u", "t", "s"))):
            err(f"{name}: speech_participles_fr item {x!r} is not a masculine singular participle")
    reps = check_word_list(name, doc, "legit_repeats_fr", 10, allow_space=True)
    for r in reps:
        toks = [t for t, _ in tokenize(r)]
        if len(toks) < 2 or not any(toks[i] == toks[i + 1] for i in range(len(toks) - 1)) \
                and not re.search(r"\b(\w+)\b.*\b\1\b", r):
            err(f"{name}: legit_repeats_fr item {r!r} contains no repeated word")
    for key in ("fr_function_words", "en_function_words", "de_function_words",
                "es_function_words", "it_function_words", "cannot_end_sentence_fr",
                "cannot_end_sentence_en"):
        for x in doc.get(key, []):
            if x != x.lower():
                err(f"{name}: {key}: must be lowercase: {x!r}")
            if key.endswith("_fr") or key.startswith("fr_"):
                toks = [t for t, _ in tokenize(x)]
                if toks != [x]:
                    err(f"{name}: {key}: {x!r} is not a single token for the tokenizer ({toks})")


def check_wordfreq(name="fr_wordfreq.txt"):
    path = DATA / name
    if not path.exists():
        err(f"{name}: missing")
        return
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    if unicodedata.normalize("NFC", text) != text:
        err(f"{name}: not NFC")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    prev = None
    seen = set()
    tok_re = re.compile(r"^[^\W\d_](?:[^\W\d_]|['\-])*$")
    for i, line in enumerate(lines, 1):
        parts = line.split("\t")
        if len(parts) != 2:
            err(f"{name}:{i}: expected word<TAB>zipf")
            break
        w, z = parts
        if not tok_re.match(w) or w != w.lower():
            err(f"{name}:{i}: bad token {w!r}")
            break
        if w in seen:
            err(f"{name}:{i}: duplicate {w!r}")
            break
        seen.add(w)
        if not re.fullmatch(r"\d+\.\d\d", z):
            err(f"{name}:{i}: zipf must have 2 decimals: {z!r}")
            break
        key = (-float(z), w)
        if prev is not None and key < prev:
            err(f"{name}:{i}: not sorted by descending zipf then word")
            break
        prev = key
    report.append(f"{name}: {len(lines)} words, {len(raw) / 1024 / 1024:.2f} MiB")
    for extra in ("fr_wordfreq.LICENSE", "README.md"):
        if not (DATA / extra).exists():
            err(f"{extra}: missing")


def self_test():
    toks = [t for t, _ in tokenize("L’opportunité qu'il a saisie jusqu'à aujourd'hui, peut-être.")]
    assert toks == ["l'", "opportunité", "qu'", "il", "a", "saisie", "jusqu'", "à",
                    "aujourd'hui", "peut-être"], toks
    starts = [s for _, s in tokenize("Bonjour. Éventuellement, il a dit! Oui")]
    assert starts == [True, True, False, False, False, True], starts
    assert not find_matches(parse_pattern("adresser la question"), tokenize("adresser la. Question"))
    slots = parse_pattern("adresser _? problème|question")
    assert find_matches(slots, tokenize("adresser le problème"))
    assert find_matches(slots, tokenize("adresser problème"))
    assert not find_matches(slots, tokenize("adresser une lettre"))


def main() -> int:
    self_test()
    check_lexicon("false_friends.toml", 65)
    check_lexicon("calques.toml", 35)
    check_lexicon("anglicisms.toml", 45)
    check_boilerplate()
    check_capitalisation()
    check_language()
    check_wordfreq()
    # ids only need to be unique within a file; report cross-file reuse.
    seen = {}
    for name in ("false_friends.toml", "calques.toml", "anglicisms.toml", "boilerplate.toml"):
        try:
            with (DATA / name).open("rb") as fh:
                for e in tomllib.load(fh).get("entry", []):
                    if e.get("id") in seen:
                        report.append(f"note: id {e['id']!r} used in {seen[e['id']]} and {name}")
                    seen.setdefault(e.get("id"), name)
        except (OSError, tomllib.TOMLDecodeError):
            pass
    for line in report:
        print(line)
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all lexicon checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
