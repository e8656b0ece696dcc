"""Self-check for evals/data/blind2.

Run: /tmp/pdfenv/bin/python check.py   (or any Python with pypdf; python-docx is used only for a
cross-check of the .docx and is imported lazily; the .docx numbering is resolved from the XML)
"""
import calendar
import datetime as dt
import html
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
EXPECTED = ["vi_original.docx", "de_web.html", "ru_press.txt",
            "en_translation.pdf", "vi_press.html", "fr_original_style.md"]
PREFIX = {"vi_original.docx": "b2-docx-", "de_web.html": "b2-de-", "ru_press.txt": "b2-ru-",
          "en_translation.pdf": "b2-pdf-", "vi_press.html": "b2-vp-", "fr_original_style.md": "b2-fr-"}
# dev: the documents tuning may look at; held-out: the others (the two sources of 708 stay together)
SPLIT = {"de_web.html": "dev", "ru_press.txt": "dev", "fr_original_style.md": "dev",
         "vi_original.docx": "heldout", "en_translation.pdf": "heldout", "vi_press.html": "heldout"}
ASKS = {"task", "deadline", "frequency", "meeting", "relation", "yesno", "list", "principle", "unanswerable"}
LANGS = {"en", "vi", "fr", "de", "ru"}
YESNO = {"en": {"yes", "no"}, "vi": {"có", "đúng", "không", "sai"}, "fr": {"oui", "non"},
         "de": {"ja", "nein"}, "ru": {"да", "нет"}}
RECURRING = {"monthly", "quarterly", "half-yearly", "yearly"}
GRAN = {"day", "month", "quarter", "half", "year"}
# near-miss terms of the unanswerable questions: must not occur in the named documents
ABSENT = {
    "vi_original.docx": ["Ngoại giao", "lãnh sự"],
    "vi_press.html": ["Bảo hiểm xã hội", "bảo hiểm"],
    "de_web.html": ["Verteidigung", "Miliz"],
    "ru_press.txt": ["безработ"],          # asks about Conclusion 735 (checked against all documents below)
    "en_translation.pdf": ["State Audit", "Audit Office", "audit"],
    "fr_original_style.md": ["Éducation", "scolaire", "école"],
}
ABSENT_NUMBERS = ["735"]
# clauses whose time limit is a duration counted from an event: due, granularity and recurring all null
RELATIVE = {("fr_original_style.md", "remettre aux comités populaires des communes les sièges excédentaires désignés pour devenir des maisons")}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
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


# ------------------------------------------------------------------ .docx: text and Word numbering from the XML
def _roman(n):
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                 (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out


def _fmt(n, fmt):
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * ((n - 1) // 26 + 1)
    if fmt == "upperLetter":
        return _fmt(n, "lowerLetter").upper()
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    return str(n)


def docx_lines(path):
    """Lines of the body in document order (table cells included), each numbered paragraph
    prefixed with the label Word displays, resolved from word/numbering.xml."""
    with zipfile.ZipFile(path) as z:
        body = ET.fromstring(z.read("word/document.xml")).find(f"{W}body")
        numbering = ET.fromstring(z.read("word/numbering.xml"))
    abstract = {}
    for a in numbering.findall(f"{W}abstractNum"):
        levels = {}
        for lvl in a.findall(f"{W}lvl"):
            levels[int(lvl.get(f"{W}ilvl"))] = {
                "start": int(lvl.find(f"{W}start").get(f"{W}val")) if lvl.find(f"{W}start") is not None else 1,
                "fmt": lvl.find(f"{W}numFmt").get(f"{W}val"),
                "text": lvl.find(f"{W}lvlText").get(f"{W}val")}
        abstract[a.get(f"{W}abstractNumId")] = levels
    nums = {n.get(f"{W}numId"): n.find(f"{W}abstractNumId").get(f"{W}val") for n in numbering.findall(f"{W}num")}
    counters = {}
    lines, used, in_table = [], [], []

    def para(p):
        text = "".join(t.text or "" for t in p.iter(f"{W}t"))
        numpr = p.find(f"{W}pPr/{W}numPr")
        if numpr is None:
            return text
        num_id = numpr.find(f"{W}numId").get(f"{W}val")
        ilvl = int(numpr.find(f"{W}ilvl").get(f"{W}val"))
        levels = abstract[nums[num_id]]
        c = counters.setdefault(num_id, {})
        c[ilvl] = c.get(ilvl, levels[ilvl]["start"] - 1) + 1
        for deeper in [k for k in c if k > ilvl]:
            del c[deeper]
        lv = levels[ilvl]
        used.append(lv["fmt"])
        if lv["fmt"] == "bullet":
            label = lv["text"]
        else:
            label = re.sub(r"%(\d)", lambda m: _fmt(c.get(int(m.group(1)) - 1, levels[int(m.group(1)) - 1]["start"]),
                                                     levels[int(m.group(1)) - 1]["fmt"]), lv["text"])
        return f"[{label}] {text}"

    for child in body:
        if child.tag == f"{W}p":
            lines.append(para(child))
            in_table.append(False)
        elif child.tag == f"{W}tbl":
            for row in child.findall(f"{W}tr"):
                for cell in row.findall(f"{W}tc"):
                    for p in cell.findall(f"{W}p"):
                        lines.append(para(p))
                        in_table.append(True)
    return lines, used, in_table


def pdf_pages(path):
    from pypdf import PdfReader
    return [norm(page.extract_text() or "") for page in PdfReader(str(path)).pages]


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
        pages = pdf_pages(p)
        extracted = norm(" ".join(pages))
        TEXTS[name] = [extracted, norm(src)]
        for line in src.splitlines():
            if norm(line) and norm(line) not in extracted:
                err(f"{name}: source line not recoverable from the PDF text layer: {line[:60]}")
        for must in ("CENTRAL COMMITTEE", "COMMUNIST PARTY OF VIETNAM", "No. 743-KL/TW", "Hanoi, 22 January 2027",
                     "Recipients:", "ON BEHALF OF THE POLITBURO", "3.1.1.", "3.2.3.", "4.3."):
            if must not in pages[0] + " " + extracted:
                err(f"{name}: layout element missing: {must}")
        n = len(pages)
        if n < 2:
            err(f"{name}: fewer than two pages")
        for i, pg in enumerate(pages, 1):
            if f"Page {i} of {n}" not in pg:
                err(f"{name}: page {i} has no footer 'Page {i} of {n}'")
            if i > 1 and "Conclusion No. 743-KL/TW of the Politburo (unofficial translation)" not in pg:
                err(f"{name}: page {i} has no running header")
        # the page break cuts item 3.1.3: its task on one page, its deadline on the next
        cut = [i for i, pg in enumerate(pages[:-1]) if "3.1.3. The Ministry of Finance to roll out" in pg
               and "in the third quarter of 2027" not in pg and "in the third quarter of 2027" in pages[i + 1]]
        if not cut:
            err(f"{name}: item 3.1.3 is not cut by a page break")
        # footnote markers and footnote texts on the same page
        for mark in ("¹", "²"):
            if not any(f"{mark} " in pg and re.search(rf"\S{mark}", pg) for pg in pages):
                err(f"{name}: footnote {mark} and its marker are not on one page")
    elif name.endswith(".docx"):
        src = (HERE / "texts" / f"{name}.source.txt").read_text(encoding="utf-8")
        lines, used, in_table = docx_lines(p)
        if "\n".join(lines) + "\n" != src:
            err(f"{name}: paragraph text with Word numbers differs from texts/{name}.source.txt")
        plain = [re.sub(r"^\[[^\]]+\] ", "", l) for l in lines]
        TEXTS[name] = [norm(" ".join(plain))]
        for fmt in ("decimal", "lowerLetter", "bullet"):
            if fmt not in used:
                err(f"{name}: no automatic numbering of format {fmt}")
        if sum(1 for l in lines if l.startswith("[")) < 15:
            err(f"{name}: fewer than 15 automatically numbered paragraphs")
        if any(re.match(r"(\d+\.|[a-zđ]\)|- )", t) for l, t in zip(lines, plain) if l.startswith("[")):
            err(f"{name}: a numbered paragraph repeats its number in the text")
        from docx import Document  # cross-check: python-docx sees the same paragraph text
        d = Document(str(p))
        if len(d.tables) != 2:
            err(f"{name}: expected the header table and the signature table")
        else:
            head = norm(" ".join(c.text for c in d.tables[0].rows[0].cells))
            for must in ("BAN CHẤP HÀNH TRUNG ƯƠNG", "Số 708-KL/TW", "ĐẢNG CỘNG SẢN VIỆT NAM",
                         "Hà Nội, ngày 14 tháng 12 năm 2026"):
                if must not in head:
                    err(f"{name}: header table lacks {must}")
            sig = norm(" ".join(c.text for c in d.tables[1].rows[0].cells))
            for must in ("Nơi nhận:", "T/M BAN BÍ THƯ", "Hà Quang Thịnh"):
                if must not in sig:
                    err(f"{name}: signature table lacks {must}")
        if [par.text for par in d.paragraphs] != [t for t, tb in zip(plain, in_table) if not tb]:
            err(f"{name}: python-docx paragraph text differs from the XML text")
        if "Các nhiệm vụ nêu tại Kết luận này phải hoàn thành trước ngày 31/10/2027" not in TEXTS[name][0]:
            err(f"{name}: closing group deadline missing")
    elif name.endswith(".html"):
        raw = p.read_text(encoding="utf-8")
        RAW[name] = raw
        TEXTS[name] = [visible_html(raw)]
        vis = TEXTS[name][0]
        if not re.search(r'<link rel="canonical" href="https://[^"]+"', raw):
            err(f"{name}: no canonical link")
        script_dates = re.findall(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z",
                                  " ".join(re.findall(r"(?is)<script\b.*?</script>", raw)))
        if not script_dates or any(d in vis for d in script_dates):
            err(f"{name}: script date missing or visible")
        if name == "de_web.html":
            for must in ("Hanoi, 5. Januar (VNA) –", "Cookies", "Verwandte Artikel", "Impressum", "Anzeige",
                         "bis zum 31. März 2027", "spätestens am 15. Januar 2027", "im zweiten Quartal 2027",
                         "Bis Ende 2027", "im ersten Halbjahr 2027", "monatlich vor dem 10.", "vierteljährlich",
                         "das Innenministerium", "das Finanzministerium", "Die Parteikomitees der Provinzen",
                         "I. BEWERTUNG", "II. LEITGEDANKEN", "III. AUFGABEN", "IV. UMSETZUNG"):
                if must not in vis:
                    err(f"{name}: missing {must!r}")
        else:
            if "Kết luận 708" not in vis or "708-KL/TW" in raw:
                err(f"{name}: the symbol must appear only as 'Kết luận 708'")
            for must in ("(NCCQ) -", "Ảnh:", "Tin liên quan", "Ban Bí thư yêu cầu Đảng ủy Chính phủ lãnh đạo, chỉ đạo"):
                if must not in vis:
                    err(f"{name}: missing {must!r}")
    else:
        raw = p.read_text(encoding="utf-8")
        RAW[name] = raw
        TEXTS[name] = [norm(raw)]
        if name == "ru_press.txt":
            paras = [norm(x) for x in re.split(r"\n\s*\n", raw) if norm(x)]
            i = next((k for k, x in enumerate(paras) if x.startswith("ХАНОЙ,")), None)
            if i is None or "Заключение № 731-KL/TW" not in paras[i + 1] or "731-KL/TW" in paras[i]:
                err(f"{name}: the symbol must be named in the second paragraph of the report")
            for must in ("до 31 марта 2027 года", "в первом квартале 2027 года", "ежемесячно до 5-го числа",
                         "Директиве № 38-CT/TW от 3 октября 2023 года"):
                if must not in raw:
                    err(f"{name}: missing {must!r}")
        if name == "fr_original_style.md":
            for must in ("\n## I. ", "\n## II. ", "\n## III. ", "\n## IV. ", "\n1) ", "\n2) ", "\n- ", "\n  - ",
                         "**Destinataires :**", "au plus tard le 31 mars 2027", "d'ici fin juin 2027",
                         "au cours du premier trimestre 2027", "chaque mois avant le 10", "tous les six mois",
                         "dans un délai de trois mois"):
                if must not in raw:
                    err(f"{name}: missing {must!r}")


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
    if dc and not dt.date(2026, 12, 1) <= dc <= dt.date(2027, 2, 28):
        err(f"{w}: conclusion date outside Dec 2026 - Feb 2027")
    if s["date_of_page"] is not None:
        dp = check_date(w, s["date_of_page"])
        if dc and dp and dp < dc:
            err(f"{w}: page dated before the Conclusion")
    m = re.fullmatch(r"(\d+)-KL/TW", s["symbol"] or "")
    if not m or not 701 <= int(m.group(1)) <= 760:
        err(f"{w}: bad symbol {s['symbol']}")
    elif s["doc"] in TEXTS:
        text = TEXTS[s["doc"]][0]
        if s["symbol"] not in text and not (s["kind"] == "press report" and f"Kết luận {m.group(1)}" in text):
            err(f"{w}: symbol not printed in the document")
    if s["kind"] not in ("full text", "press report"):
        err(f"{w}: bad kind")
    if s["language"] not in LANGS:
        err(f"{w}: bad language")
    if s["doc"].endswith(".html"):
        if not s["url"] or f'<link rel="canonical" href="{s["url"]}"' not in RAW.get(s["doc"], ""):
            err(f"{w}: url must be the page's canonical link")
    elif s["url"] is not None and (s["doc"] not in TEXTS or s["url"] not in TEXTS[s["doc"]][0]):
        err(f"{w}: url given but not printed in the document")
if len({SYMBOL.get(d) for d in EXPECTED}) != 5:
    err("expected five Conclusions in six documents (one Conclusion in two sources)")
if SYMBOL.get("vi_original.docx") != SYMBOL.get("vi_press.html"):
    err("vi_original.docx and vi_press.html must carry the same Conclusion")


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
    relative = (s["doc"], norm(s["quote"])) in RELATIVE
    if relative:
        if s["due"] is not None or s["recurring"] is not None:
            err(f"{w}: a relative (duration) clause has no due and no recurrence")
    elif (s["due"] is None) == (s["recurring"] is None):
        err(f"{w}: exactly one of due / recurring must be set")
    if s["due"] is not None:
        d = check_date(w, s["due"])
        if d and s["granularity"] in GRAN and not period_end(d, s["granularity"]):
            err(f"{w}: due {s['due']} is not the last day of its {s['granularity']}")
        if d and not dt.date(2026, 12, 1) <= d <= dt.date(2028, 12, 31):
            err(f"{w}: due out of range")
for d in EXPECTED:
    if not 5 <= per_doc.get(d, 0) <= 16:
        err(f"{d}: {per_doc.get(d, 0)} task slots (want 5-16)")
if len({(s["doc"], norm(s["quote"])) for s in slots}) != len(slots):
    err("duplicate slot quotes")
if len(RELATIVE) != sum(1 for s in slots if s["due"] is None and s["recurring"] is None):
    err("every slot with neither due nor recurrence must be listed in RELATIVE")
SLOT = {(s["doc"], norm(s["quote"])): s for s in slots}

# ------------------------------------------------------------------ questions
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
    for ref in q["gold"] + q["alternatives"]:
        gw = norm(ref["quote"]).lower().split()
        grams = {tuple(gw[i:i + 6]) for i in range(len(gw) - 5)}
        if any(tuple(qwords[i:i + 6]) in grams for i in range(len(qwords) - 5)):
            err(f"{w}: question copies 6+ consecutive words of a gold or alternative quote")
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
        elif not any(s["due"] for s in golds) and "says" not in f:
            err(f"{w}: {q['ask']} question on an undated task without says")
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
    # alternatives of a task question must be task slots of the other source with the same due / recurrence
    if q["ask"] in ("task", "deadline", "frequency", "yesno", "list"):
        for ref in q["alternatives"]:
            s = SLOT.get((ref["doc"], norm(ref["quote"])))
            if not s:
                err(f"{w}: alternative is not a task slot of {ref['doc']}")
            elif golds and golds[0] and q["ask"] != "list" and (s["due"], s["recurring"]) != (golds[0]["due"], golds[0]["recurring"]):
                err(f"{w}: alternative has another deadline than the gold clause")

for d in EXPECTED:
    lst = by_doc.get(d, [])
    asks = [q["ask"] for q in lst]
    langs = [q["lang"] for q in lst]
    if len(lst) != 10:
        err(f"{d}: {len(lst)} questions (want 10)")
    if asks.count("unanswerable") != 1:
        err(f"{d}: {asks.count('unanswerable')} unanswerable questions (want 1)")
    for kind in ("frequency", "meeting", "yesno", "list"):
        if asks.count(kind) != 1:
            err(f"{d}: {asks.count(kind)} {kind} questions (want 1)")
    if asks.count("relation") + asks.count("principle") != 1:
        err(f"{d}: want exactly one relation/principle question")
    if asks.count("task") + asks.count("deadline") != 4:
        err(f"{d}: {asks.count('task') + asks.count('deadline')} task/deadline questions (want 4)")
    if not 4 <= langs.count("en") <= 6 or not 4 <= langs.count("vi") <= 6 or langs.count("en") + langs.count("vi") < 8:
        err(f"{d}: language mix {langs}")
yn = [q["fact"].get("says", [""])[0].lower() for q in qs if q["ask"] == "yesno"]
if sum(1 for x in yn if x in ("yes", "có", "oui", "ja", "да")) != 3 or len(yn) != 6:
    err(f"want six yes/no questions, three answered yes: {yn}")
for lang in ("fr", "de", "ru"):
    if not any(q["lang"] == lang for q in qs):
        err(f"no question in {lang}")

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
      "recurring:", dict(Counter(s["recurring"] for s in slots if s["recurring"])),
      "relative:", sum(1 for s in slots if s["due"] is None and s["recurring"] is None))
if errors:
    print(f"FAILED: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
