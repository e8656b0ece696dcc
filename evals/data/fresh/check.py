"""Self-check for evals/data/fresh.  Run: /work/main/.venv/bin/python check.py"""
import datetime as dt
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
EXPECTED = {"vi_original.txt", "en_page.html", "es_press.txt", "vi_press.txt", "vi_word.docx"}
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def visible_html(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return norm(html.unescape(raw))


def doc_text(name):
    p = DOCS / name
    if name.endswith(".html"):
        return visible_html(p.read_text(encoding="utf-8"))
    if name.endswith(".docx"):
        src = (HERE / "texts" / f"{name}.source.txt").read_text(encoding="utf-8")
        from docx import Document
        back = "\n".join(par.text for par in Document(p).paragraphs) + "\n"
        if back != src:
            err(f"{name}: docx paragraph text differs from texts/{name}.source.txt")
        return norm(src)
    return norm(p.read_text(encoding="utf-8"))


found = {p.name for p in DOCS.iterdir()}
if found != EXPECTED:
    err(f"documents/ holds {sorted(found)}, expected {sorted(EXPECTED)}")
TEXT = {n: doc_text(n) for n in EXPECTED if (DOCS / n).exists()}

# the HTML must carry a canonical link and a script date that is not visible
raw_html = (DOCS / "en_page.html").read_text(encoding="utf-8")
if not re.search(r'<link rel="canonical" href="https://', raw_html):
    err("en_page.html: no canonical link")
script_dates = re.findall(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", " ".join(re.findall(r"(?is)<script\b.*?</script>", raw_html)))
if not script_dates or any(d in TEXT["en_page.html"] for d in script_dates):
    err("en_page.html: script date missing or visible")


def load(name, keys):
    rows = []
    for i, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{name}:{i}: bad JSON ({e})")
            continue
        if set(r) != set(keys):
            err(f"{name}:{i}: keys {sorted(r)} != {sorted(keys)}")
        rows.append(r)
    return rows


def check_date(where, d):
    try:
        dt.date.fromisoformat(d)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            raise ValueError
    except (TypeError, ValueError):
        err(f"{where}: invalid date {d!r}")


def check_quote(where, ref):
    if set(ref) != {"doc", "quote"}:
        err(f"{where}: quote ref keys {sorted(ref)}")
        return
    if ref["doc"] not in TEXT:
        err(f"{where}: unknown doc {ref['doc']}")
        return
    q = norm(ref["quote"])
    n_words = len(q.split())
    if not 6 <= n_words <= 20:
        err(f"{where}: quote has {n_words} words: {q}")
    c = TEXT[ref["doc"]].count(q)
    if c != 1:
        err(f"{where}: quote occurs {c} times in {ref['doc']}: {q}")


# ---- slots
slots = load("slots.jsonl", ["doc", "quote", "actors", "lead", "due", "granularity", "recurring"])
per_doc = {}
for i, s in enumerate(slots, 1):
    w = f"slots.jsonl:{i}"
    check_quote(w, {"doc": s["doc"], "quote": s["quote"]})
    per_doc[s["doc"]] = per_doc.get(s["doc"], 0) + 1
    if not s["actors"] or not all(isinstance(a, str) for a in s["actors"]):
        err(f"{w}: bad actors")
    if len(s["lead"]) != 1 or s["lead"][0] not in s["actors"]:
        err(f"{w}: lead must be one of the actors")
    if s["due"] is not None:
        check_date(w, s["due"])
    if s["granularity"] not in ("day", "month", "quarter", "half", "year", None):
        err(f"{w}: bad granularity")
    if s["recurring"] not in ("monthly", "quarterly", "yearly", None):
        err(f"{w}: bad recurring")
    if (s["due"] is None) != (s["granularity"] is None):
        err(f"{w}: due and granularity must be both set or both null")
    if s["due"] is None and s["recurring"] is None:
        err(f"{w}: neither due nor recurring")
for d in EXPECTED:
    if not 8 <= per_doc.get(d, 0) <= 14:
        err(f"{d}: {per_doc.get(d, 0)} task slots (want 8-14)")
slot_quotes = {(s["doc"], norm(s["quote"])) for s in slots}
if len(slot_quotes) != len(slots):
    err("duplicate slot quotes")

# ---- questions
qs = load("questions.jsonl", ["_id", "doc", "split", "text", "lang", "gold", "also", "fact"])
if len(qs) != 50:
    err(f"{len(qs)} questions, expected 50")
prefix = {"vi_original.txt": "f-vi-", "en_page.html": "f-en-", "es_press.txt": "f-es-",
          "vi_press.txt": "f-vp-", "vi_word.docx": "f-docx-"}
ids = [q["_id"] for q in qs]
if len(set(ids)) != len(ids):
    err("duplicate _id")
by_doc = {}
for q in qs:
    w = f"questions {q['_id']}"
    by_doc.setdefault(q["doc"], []).append(q)
    if q["doc"] not in EXPECTED:
        err(f"{w}: unknown doc")
        continue
    if not re.fullmatch(re.escape(prefix[q["doc"]]) + r"(0[1-9]|10)", q["_id"]):
        err(f"{w}: id does not match doc")
    if q["split"] != "heldout" or q["lang"] not in ("en", "vi") or not q["text"].strip():
        err(f"{w}: bad split/lang/text")
    for ref in q["gold"] + q["also"]:
        check_quote(w, ref)
        if ref["doc"] != q["doc"]:
            err(f"{w}: quote from another document")
    f = q["fact"]
    if not q["gold"]:
        if q["also"] or f:
            err(f"{w}: unanswerable must have empty also and fact")
        continue
    if set(f) == {"due"}:
        check_date(w, f["due"])
        # the due date must agree with a slot of a gold clause
        golds = {norm(r["quote"]) for r in q["gold"]}
        sd = [s["due"] for s in slots if s["doc"] == q["doc"] and norm(s["quote"]) in golds]
        if sd and f["due"] not in sd:
            err(f"{w}: fact due {f['due']} disagrees with slot due {sd}")
        if q["also"] and not sd:
            err(f"{w}: also given but gold is not a slot")
    elif set(f) == {"says"}:
        if not f["says"] or not all(isinstance(x, str) and x for x in f["says"]):
            err(f"{w}: bad says")
    else:
        err(f"{w}: fact must be {{due}} or {{says}}")
for d, lst in by_doc.items():
    langs = [q["lang"] for q in lst]
    unans = [q for q in lst if not q["gold"]]
    if len(lst) != 10:
        err(f"{d}: {len(lst)} questions")
    if not 4 <= langs.count("en") <= 6:
        err(f"{d}: language mix {langs}")
    if len(unans) != 1:
        err(f"{d}: {len(unans)} unanswerable questions")

# the near-miss bodies really are absent from their documents
ABSENT = {"vi_original.txt": ["Ngân hàng Nhà nước"], "en_page.html": ["Education and Training"],
          "es_press.txt": ["Seguridad Social", "Seguro Social", "seguro de salud"],
          "vi_press.txt": ["Ngân hàng Nhà nước"], "vi_word.docx": ["Giáo dục", "trường học"]}
for d, words in ABSENT.items():
    for wd in words:
        if wd.lower() in TEXT[d].lower():
            err(f"{d}: near-miss term {wd!r} occurs in the document")

# ---- sources
src = load("sources.jsonl", ["doc", "symbol", "kind", "language", "date_of_conclusion", "date_of_page", "url"])
if {s["doc"] for s in src} != EXPECTED or len(src) != 5:
    err("sources.jsonl must have one line per document")
for s in src:
    w = f"sources {s['doc']}"
    check_date(w, s["date_of_conclusion"])
    if not "2026-09-01" <= s["date_of_conclusion"] <= "2026-11-30":
        err(f"{w}: conclusion date out of range")
    if s["date_of_page"] is not None:
        check_date(w, s["date_of_page"])
    m = re.fullmatch(r"(\d+)-KL/TW", s["symbol"])
    if not m or not 501 <= int(m.group(1)) <= 560:
        err(f"{w}: bad symbol")
    elif s["symbol"] not in TEXT[s["doc"]]:
        err(f"{w}: symbol not printed in the document")
    if s["kind"] not in ("full text", "press report"):
        err(f"{w}: bad kind")
    if s["url"] is not None and s["url"] not in raw_html:
        err(f"{w}: url not in page")

print(f"{len(qs)} questions, {len(slots)} slots, {len(src)} sources; per-doc slots {dict(sorted(per_doc.items()))}")
if errors:
    print(f"FAILED: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
