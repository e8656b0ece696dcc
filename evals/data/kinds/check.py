#!/usr/bin/env python3
"""Validate questions.jsonl in this folder against the seed corpus.

Run from anywhere:  python3 check.py
Standard library only. Exits 1 and lists every problem if any check fails.
"""
import collections
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
QUESTIONS = os.path.join(HERE, "questions.jsonl")
SEEDS = os.environ.get("SEEDS_DIR", "/work/shared/seeds")

KEYS = {"_id", "kind", "split", "text", "lang", "gold", "also", "fact"}
# expected number of questions per kind
KIND_COUNTS = {
    "task": 40, "meeting": 16, "relation": 14, "principle": 14, "list": 14,
    "frequency": 12, "yesno": 12, "comparison": 10, "unanswerable": 28,
}
MIN_TOTAL = 160
LANGS = {"en", "vi", "ms", "nb", "uk", "fa", "ro"}
SPLITS = {"dev", "heldout"}
FACT_KEYS = {"due", "says"}
MIN_WORDS, MAX_WORDS = 6, 20

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def count(hay, needle):
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


# ---- seed files
seeds = {}
for name in sorted(os.listdir(SEEDS)):
    if name.endswith(".txt"):
        with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
            seeds[name] = norm(f.read())
if len(seeds) != 5:
    err("seeds", f"expected 5 seed .txt files in {SEEDS}, found {len(seeds)}")

# ---- parse
rows = []
with open(QUESTIONS, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {ln}", "blank line")
            continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {ln}", f"invalid JSON: {e}")
            continue
        if not isinstance(o, dict):
            err(f"line {ln}", "not a JSON object")
            continue
        if set(o) != KEYS:
            err(f"line {ln}", f"keys {sorted(o)} != {sorted(KEYS)}")
            continue
        rows.append((ln, o))

ids = collections.Counter(o["_id"] for _, o in rows)
for i, n in ids.items():
    if n > 1:
        err(i, f"duplicate _id ({n} times)")
texts = collections.Counter(norm(o["text"]).lower() for _, o in rows if isinstance(o["text"], str))
for t, n in texts.items():
    if n > 1:
        err("text", f"duplicate question text ({n} times): {t[:60]}")

for ln, o in rows:
    where = f"{o.get('_id')} (line {ln})"
    if not isinstance(o["_id"], str) or not re.fullmatch(r"k-\d{3}", o["_id"]):
        err(where, "bad _id (want k-NNN)")
    if o["kind"] not in KIND_COUNTS:
        err(where, f"unknown kind {o['kind']!r}")
    if o["split"] not in SPLITS:
        err(where, f"bad split {o['split']!r}")
    if o["lang"] not in LANGS:
        err(where, f"bad lang {o['lang']!r}")
    if not isinstance(o["text"], str) or not o["text"].strip():
        err(where, "empty text")

    # ---- citations
    for field in ("gold", "also"):
        cites = o[field]
        if not isinstance(cites, list):
            err(where, f"{field} is not a list")
            continue
        for c in cites:
            if not isinstance(c, dict) or set(c) != {"doc", "quote"}:
                err(where, f"{field} item must be {{doc, quote}}: {c!r}")
                continue
            doc, quote = c["doc"], c["quote"]
            if doc not in seeds:
                err(where, f"{field}: unknown doc {doc!r}")
                continue
            nq = norm(quote)
            words = len(nq.split())
            if not MIN_WORDS <= words <= MAX_WORDS:
                err(where, f"{field}: quote has {words} words: {nq[:60]}")
            n = count(seeds[doc], nq)
            if n != 1:
                err(where, f"{field}: quote occurs {n} times in {doc}: {nq[:60]}")
        keys = [(c.get("doc"), norm(c.get("quote", ""))) for c in cites if isinstance(c, dict)]
        if len(keys) != len(set(keys)):
            err(where, f"{field}: repeated citation")
    if isinstance(o["gold"], list) and isinstance(o["also"], list):
        g = {(c.get("doc"), norm(c.get("quote", ""))) for c in o["gold"] if isinstance(c, dict)}
        a = {(c.get("doc"), norm(c.get("quote", ""))) for c in o["also"] if isinstance(c, dict)}
        if g & a:
            err(where, "same citation in gold and also")

    # ---- fact
    fact = o["fact"]
    if not isinstance(fact, dict):
        err(where, "fact is not an object")
        fact = {}
    extra = set(fact) - FACT_KEYS
    if extra:
        err(where, f"unknown fact keys {sorted(extra)}")
    if "due" in fact:
        d = fact["due"]
        try:
            if not (isinstance(d, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)):
                raise ValueError
            datetime.date.fromisoformat(d)
        except ValueError:
            err(where, f"invalid fact.due {d!r}")
    if "says" in fact:
        s = fact["says"]
        if not (isinstance(s, list) and s and all(isinstance(x, str) and x.strip() for x in s)):
            err(where, "fact.says must be a non-empty list of non-empty strings")

    # ---- unanswerable <=> gold empty
    unans = o["kind"] == "unanswerable"
    if unans != (o["gold"] == []):
        err(where, "unanswerable must have empty gold, and only unanswerable may")
    if unans and (o["also"] != [] or fact != {}):
        err(where, "unanswerable must have also [] and fact {}")
    if o["kind"] == "comparison" and isinstance(o["gold"], list):
        if len({c.get("doc") for c in o["gold"] if isinstance(c, dict)}) < 2:
            err(where, "comparison gold must cite two different files")
    if o["kind"] == "yesno" and isinstance(o["gold"], list) and len(o["gold"]) != 1:
        err(where, "yesno gold must be exactly one clause")

# ---- counts and splits
kinds = collections.Counter(o["kind"] for _, o in rows)
for k, n in KIND_COUNTS.items():
    if kinds.get(k, 0) != n:
        err("counts", f"kind {k}: {kinds.get(k, 0)} questions, expected {n}")
if len(rows) < MIN_TOTAL:
    err("counts", f"{len(rows)} questions, need at least {MIN_TOTAL}")
ordered = [o["_id"] for _, o in rows]
if ordered != [f"k-{i:03d}" for i in range(1, len(rows) + 1)]:
    err("ids", "ids are not k-001.. in file order")

by_kind = collections.defaultdict(collections.Counter)
by_kind_lang = collections.defaultdict(collections.Counter)
for _, o in rows:
    by_kind[o["kind"]][o["split"]] += 1
    by_kind_lang[(o["kind"], o["lang"])][o["split"]] += 1
for k, c in by_kind.items():
    if abs(c["dev"] - c["heldout"]) > 1:
        err("split", f"kind {k}: dev {c['dev']} vs heldout {c['heldout']}")
for (k, l), c in by_kind_lang.items():
    if abs(c["dev"] - c["heldout"]) > 1:
        err("split", f"kind {k} lang {l}: dev {c['dev']} vs heldout {c['heldout']}")

# ---- report
langs = collections.Counter(o["lang"] for _, o in rows)
splits = collections.Counter(o["split"] for _, o in rows)
print(f"{len(rows)} questions")
print("kinds:", ", ".join(f"{k} {kinds[k]} (dev {by_kind[k]['dev']}/heldout {by_kind[k]['heldout']})"
                          for k in KIND_COUNTS))
print("langs:", ", ".join(f"{l} {n}" for l, n in langs.most_common()))
print("splits:", dict(splits))
if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
