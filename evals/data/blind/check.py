"""Self-check for evals/data/blind.

Run: /work/main/.venv/bin/python check.py   (or any Python with pypdf and python-docx;
both are imported lazily, only to read the .pdf and the .docx)
"""
import calendar
import datetime as dt
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
EXPECTED = ["vi_original.pdf", "en_translation.docx", "it_press.txt",
            "vi_portal.html", "en_report.txt", "vi_press.txt"]
PREFIX = {"vi_original.pdf": "b-pdf-", "en_translation.docx": "b-docx-", "it_press.txt": "b-it-",
          "vi_portal.html": "b-html-", "en_report.txt": "b-rep-", "vi_press.txt": "b-vp-"}
ASKS = {"task", "deadline", "frequency", "meeting", "relation", "yesno", "list", "principle", "unanswerable"}
LANGS = {"en", "vi", "fr", "es", "it"}
YESNO = {"en": {"yes", "no"}, "vi": {"có", "đúng", "không", "sai"}, "fr": {"oui", "non"},
         "es": {"sí", "no"}, "it": {"sì", "no"}}
RECURRING = {"monthly", "quarterly", "half-yearly", "yearly"}
GRAN = {"day", "month", "quarter", "half", "year"}
# near-miss terms of the unanswerable questions: must not occur in the named documents
ABSENT = {
    "vi_original.pdf": ["Giáo dục", "trường học"],
    "en_translation.docx": ["State Bank"],
    "it_press.txt": [],          # asks about Conclusion 636 (checked against all documents below)
    "vi_portal.html": ["Bộ Y tế", "y tế"],
    "en_report.txt": [],         # asks about Conclusion 648
    "vi_press.txt": ["Ngân hàng Nhà nước", "Ngân hàng"],
}
ABSENT_NUMBERS = ["636", "648"]
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


def pdf_text(path):
    from pypdf import PdfReader
    return norm(" ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages))


def docx_paragraphs(path):
    from docx import Document
    return [p for p in Document(str(path)).paragraphs]


# ------------------------------------------------------------------ documents
found = sorted(p.name for p in DOCS.iterdir()) if DOCS.is_dir() else []
if found != sorted(EXPECTED):
    err(f"documents/ holds {found}, expected exactly {sorted(EXPECTED)}")

TEXTS = {}   # doc -> list of texts a quote must occur in exactly once
RAW = {}
for name in EXPECTED:
    p = DOCS / name
    if not p.exists():
        continue
    if name.endswith(".pdf"):
        src = (HERE / "texts" / f"{name}.source.txt").read_text(encoding="utf-8")
        if not p.read_bytes().startswith(b"%PDF-"):
            err(f"{name}: not a PDF")
        extracted = pdf_text(p)
        TEXTS[name] = [extracted, norm(src)]
        for line in src.splitlines():
            if norm(line) and norm(line) not in extracted:
                err(f"{name}: source line not recoverable from the PDF text layer: {line[:60]}")
        for must in ("BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 614-KL/TW",
                     "Hà Nội, ngày 09 tháng 10 năm 2026", "Nơi nhận:", "T/M BỘ CHÍNH TRỊ"):
            if must not in extracted:
                err(f"{name}: layout element missing: {must}")
    elif name.endswith(".docx"):
        src = (HERE / "texts" / f"{name}.source.txt").read_text(encoding="utf-8")
        pars = docx_paragraphs(p)
        back = "\n".join(par.text for par in pars) + "\n"
        if back != src:
            err(f"{name}: paragraph text differs from texts/{name}.source.txt")
        if sum(1 for par in pars if par.style.name == "List Bullet") < 2:
            err(f"{name}: fewer than two Word bullet paragraphs")
        for roman in ("I. ", "II. ", "III. ", "IV. "):
            if not any(par.text.startswith(roman) for par in pars):
                err(f"{name}: no paragraph starting with {roman!r}")
        TEXTS[name] = [norm(back)]
    elif name.endswith(".html"):
        raw = p.read_text(encoding="utf-8")
        RAW[name] = raw
        TEXTS[name] = [visible_html(raw)]
        if not re.search(r'<link rel="canonical" href="https://[^"]+"', raw):
            err(f"{name}: no canonical link")
        if "Thứ Hai, 16/11/2026 09:15" not in TEXTS[name][0]:
            err(f"{name}: byline missing")
        script_dates = re.findall(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z",
                                  " ".join(re.findall(r"(?is)<script\b.*?</script>", raw)))
        if not script_dates or any(d in TEXTS[name][0] for d in script_dates):
            err(f"{name}: script date missing or visible")
    else:
        TEXTS[name] = [norm(p.read_text(encoding="utf-8"))]


def load(name, keys):
    rows = []
    path = HERE / name
    if not path.exists():
        err(f"{name} missing")
        return rows
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{name}:{i}: bad JSON ({e})")
            continue
        if set(r) != set(keys):
            err(f"{name}:{i}: keys {sorted(r)} != {sorted(keys)}")
            continue
        rows.append(r)
    return rows


def check_date(where, d):
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            raise ValueError
        return dt.date.fromisoformat(d)
    except (TypeError, ValueError):
        err(f"{where}: invalid date {d!r}")
        return None


def check_quote(where, ref):
    if not isinstance(ref, dict) or set(ref) != {"doc", "quote"}:
        err(f"{where}: quote ref must be {{doc, quote}}: {ref}")
        return
    if ref["doc"] not in TEXTS:
        err(f"{where}: unknown doc {ref['doc']}")
        return
    q = norm(ref["quote"])
    n = len(q.split())
    if not 6 <= n <= 20:
        err(f"{where}: quote has {n} words: {q}")
    for t in TEXTS[ref["doc"]]:
        c = t.count(q)
        if c != 1:
            err(f"{where}: quote occurs {c} times in {ref['doc']}: {q}")


def period_end(d, gran):
    """True when d is the last day of its period of the given granularity."""
    last = calendar.monthrange(d.year, d.month)[1]
    if gran == "month":
        return d.day == last
    if gran == "quarter":
        return d.day == last and d.month in (3, 6, 9, 12)
    if gran == "half":
        return d.day == last and d.month in (6, 12)
    if gran == "year":
        return (d.month, d.day) == (12, 31)
    return True


# ------------------------------------------------------------------ sources
sources = load("sources.jsonl", ["doc", "symbol", "kind", "language", "date_of_conclusion", "date_of_page", "url"])
SYMBOL = {}
if sorted(s["doc"] for s in sources) != sorted(EXPECTED):
    err("sources.jsonl must have exactly one line per document")
for s in sources:
    w = f"sources {s['doc']}"
    SYMBOL[s["doc"]] = s["symbol"]
    dc = check_date(w, s["date_of_conclusion"])
    if dc and not dt.date(2026, 10, 1) <= dc <= dt.date(2026, 11, 30):
        err(f"{w}: conclusion date outside Oct-Nov 2026")
    if s["date_of_page"] is not None:
        dp = check_date(w, s["date_of_page"])
        if dc and dp and dp < dc:
            err(f"{w}: page dated before the Conclusion")
    m = re.fullmatch(r"(\d+)-KL/TW", s["symbol"] or "")
    if not m or not 601 <= int(m.group(1)) <= 660:
        err(f"{w}: bad symbol {s['symbol']}")
    elif s["doc"] in TEXTS:
        text = TEXTS[s["doc"]][0]
        if s["symbol"] not in text and not (s["kind"] == "press report" and f"Conclusion {m.group(1)}" in text):
            err(f"{w}: symbol not printed in the document")
    if s["kind"] not in ("full text", "press report"):
        err(f"{w}: bad kind")
    if s["language"] not in LANGS:
        err(f"{w}: bad language")
    if s["doc"].endswith(".html"):
        if not s["url"] or f'<link rel="canonical" href="{s["url"]}"' not in RAW.get(s["doc"], ""):
            err(f"{w}: url must be the page's canonical link")
    elif s["url"] is not None:
        err(f"{w}: url given for a document that prints none")
if len({SYMBOL.get(d) for d in EXPECTED}) != 5:
    err("expected five Conclusions in six documents (one Conclusion in two sources)")
if "vi_press.txt" in TEXTS and "Kết Luận số 652-KL/TW" not in TEXTS["vi_press.txt"][0]:
    err("vi_press.txt: 'Kết Luận số 652-KL/TW' (capital L) missing")


def same_conclusion(a, b):
    return a == b or (SYMBOL.get(a) is not None and SYMBOL.get(a) == SYMBOL.get(b))


# ------------------------------------------------------------------ slots
slots = load("slots.jsonl", ["doc", "quote", "actors", "lead", "due", "granularity", "recurring"])
per_doc = {}
for i, s in enumerate(slots, 1):
    w = f"slots.jsonl:{i}"
    check_quote(w, {"doc": s["doc"], "quote": s["quote"]})
    per_doc[s["doc"]] = per_doc.get(s["doc"], 0) + 1
    if not s["actors"] or not all(isinstance(a, str) and a for a in s["actors"]) or len(set(s["actors"])) != len(s["actors"]):
        err(f"{w}: bad actors")
    if not isinstance(s["lead"], list) or len(s["lead"]) != 1 or s["lead"][0] not in s["actors"]:
        err(f"{w}: lead must be one of the actors")
    if s["granularity"] not in GRAN | {None}:
        err(f"{w}: bad granularity")
    if s["recurring"] not in RECURRING | {None}:
        err(f"{w}: bad recurring")
    if (s["due"] is None) != (s["granularity"] is None):
        err(f"{w}: due and granularity must be both set or both null")
    if (s["due"] is None) == (s["recurring"] is None):
        err(f"{w}: exactly one of due / recurring must be set")
    if s["due"] is not None:
        d = check_date(w, s["due"])
        if d and s["granularity"] in GRAN and not period_end(d, s["granularity"]):
            err(f"{w}: due {s['due']} is not the last day of its {s['granularity']}")
        if d and not dt.date(2026, 10, 1) <= d <= dt.date(2028, 12, 31):
            err(f"{w}: due out of range")
for d in EXPECTED:
    if not 5 <= per_doc.get(d, 0) <= 16:
        err(f"{d}: {per_doc.get(d, 0)} task slots (want 5-16)")
if len({(s["doc"], norm(s["quote"])) for s in slots}) != len(slots):
    err("duplicate slot quotes")
SLOT = {(s["doc"], norm(s["quote"])): s for s in slots}

# ------------------------------------------------------------------ questions
# dev: the documents tuning may look at; held-out: the others (the two sources of 645 stay together)
SPLIT = {"it_press.txt": "dev", "en_translation.docx": "dev", "vi_press.txt": "dev",
         "vi_original.pdf": "heldout", "vi_portal.html": "heldout", "en_report.txt": "heldout"}
qs = load("questions.jsonl", ["_id", "doc", "split", "text", "lang", "ask", "gold", "also", "alternatives", "fact"])
if len(qs) != 60:
    err(f"{len(qs)} questions, expected 60")
ids = [q["_id"] for q in qs]
if len(set(ids)) != len(ids):
    err("duplicate _id")
by_doc = {}
for q in qs:
    w = f"questions {q['_id']}"
    by_doc.setdefault(q["doc"], []).append(q)
    if q["doc"] not in PREFIX:
        err(f"{w}: unknown doc")
        continue
    if not re.fullmatch(re.escape(PREFIX[q["doc"]]) + r"(0[1-9]|10)", q["_id"]):
        err(f"{w}: id does not match doc")
    if q["split"] != SPLIT[q["doc"]] or q["lang"] not in LANGS or not q["text"].strip():
        err(f"{w}: bad split/lang/text")
    if q["ask"] not in ASKS:
        err(f"{w}: bad ask {q['ask']!r}")
    if not isinstance(q["gold"], list) or not isinstance(q["also"], list) or not isinstance(q["fact"], dict):
        err(f"{w}: gold/also must be lists, fact a dict")
        continue
    for ref in q["gold"]:
        check_quote(w, ref)
        if ref.get("doc") != q["doc"]:
            err(f"{w}: gold quote from another document")
    for ref in q["also"]:
        check_quote(w, ref)
        if ref.get("doc") != q["doc"]:
            err(f"{w}: also quote from another document")
    for ref in q["alternatives"]:
        check_quote(w, ref)
        if ref.get("doc") == q["doc"] or not same_conclusion(ref.get("doc"), q["doc"]):
            err(f"{w}: alternative quote not from the other source of the same Conclusion")
    # a question must not copy its gold clause: no run of 6 consecutive words in common
    qwords = norm(q["text"]).lower().split()
    for ref in q["gold"]:
        gw = norm(ref["quote"]).lower().split()
        grams = {tuple(gw[i:i + 6]) for i in range(len(gw) - 5)}
        if any(tuple(qwords[i:i + 6]) in grams for i in range(len(qwords) - 5)):
            err(f"{w}: question copies 6+ consecutive words of its gold quote")
    f = q["fact"]
    golds = [SLOT.get((q["doc"], norm(r["quote"]))) for r in q["gold"]]
    if q["ask"] == "unanswerable" or not q["gold"]:
        if q["ask"] != "unanswerable" or q["gold"] or q["also"] or q["alternatives"] or f:
            err(f"{w}: unanswerable must have ask 'unanswerable', empty gold, also and fact")
        continue
    if not f or not set(f) <= {"due", "says"}:
        err(f"{w}: fact must hold due and/or says")
        continue
    if "says" in f and (not isinstance(f["says"], list) or not f["says"]
                        or not all(isinstance(x, str) and x.strip() for x in f["says"])):
        err(f"{w}: bad says")
    if "due" in f:
        check_date(w, f["due"])
        sd = [s["due"] for s in golds if s]
        if not sd:
            err(f"{w}: fact.due given but no gold quote is a task slot")
        elif f["due"] not in sd:
            err(f"{w}: fact due {f['due']} disagrees with slot due {sd}")
    if q["ask"] in ("task", "deadline"):
        if not all(golds):
            err(f"{w}: {q['ask']} question whose gold is not a task slot")
        elif all(s["due"] for s in golds) and "due" not in f:
            err(f"{w}: {q['ask']} question on a dated task without fact.due")
    if q["ask"] == "frequency":
        if not all(s and s["recurring"] for s in golds) or "says" not in f:
            err(f"{w}: frequency question must point at recurring slots and carry says")
    if q["ask"] in ("meeting", "relation", "principle") and "says" not in f:
        err(f"{w}: {q['ask']} question without says")
    if q["ask"] == "yesno":
        words = {x.lower() for x in f.get("says", [])}
        if not words or not words <= YESNO[q["lang"]]:
            err(f"{w}: yes/no says must be yes/no words of {q['lang']}: {f.get('says')}")
        if not all(golds):
            err(f"{w}: yes/no gold must be a task slot")
        elif golds[0]["due"] and "due" not in f:
            err(f"{w}: yes/no on a dated task without fact.due")
    if q["ask"] == "list":
        if len(q["gold"]) < 2 or not all(golds) or "says" not in f:
            err(f"{w}: list question needs 2+ gold task slots and says")
        else:
            leads = {s["lead"][0] for s in golds}
            if len(leads) != 1:
                err(f"{w}: list gold mixes leads {leads}")
            else:
                lead = leads.pop()
                every = {norm(s["quote"]) for s in slots if s["doc"] == q["doc"] and s["lead"] == [lead]}
                if every != {norm(r["quote"]) for r in q["gold"]}:
                    err(f"{w}: list gold is not every task of {lead} in {q['doc']}")

for d in EXPECTED:
    lst = by_doc.get(d, [])
    asks = [q["ask"] for q in lst]
    langs = [q["lang"] for q in lst]
    if len(lst) != 10:
        err(f"{d}: {len(lst)} questions (want 10)")
    if asks.count("unanswerable") != 1:
        err(f"{d}: {asks.count('unanswerable')} unanswerable questions (want 1)")
    for kind in ("frequency", "meeting", "yesno", "list"):
        if asks.count(kind) < 1:
            err(f"{d}: no {kind} question")
    if asks.count("relation") + asks.count("principle") < 1:
        err(f"{d}: no relation/principle question")
    if not 3 <= asks.count("task") + asks.count("deadline") <= 5:
        err(f"{d}: {asks.count('task') + asks.count('deadline')} task/deadline questions (want 3-5)")
    if not 4 <= langs.count("en") <= 6 or not 4 <= langs.count("vi") <= 6 or langs.count("en") + langs.count("vi") < 8:
        err(f"{d}: language mix {langs}")

for d, words in ABSENT.items():
    for wd in words:
        if d in TEXTS and wd.lower() in TEXTS[d][0].lower():
            err(f"{d}: near-miss term {wd!r} occurs in the document")
for num in ABSENT_NUMBERS:
    for d, t in TEXTS.items():
        if re.search(rf"(?<![\d.,]){num}(?![\d.,]\d)", t[0]):
            err(f"{d}: near-miss number {num} occurs in the document")

# ------------------------------------------------------------------ summary
from collections import Counter  # noqa: E402
print(f"{len(qs)} questions, {len(slots)} slots, {len(sources)} sources")
print("per-doc slots:", dict(sorted(per_doc.items())))
print("asks:", dict(sorted(Counter(q["ask"] for q in qs).items())))
print("langs:", dict(sorted(Counter(q["lang"] for q in qs).items())))
print("granularity:", dict(Counter(s["granularity"] for s in slots if s["granularity"])),
      "recurring:", dict(Counter(s["recurring"] for s in slots if s["recurring"])))
if errors:
    print(f"FAILED: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
