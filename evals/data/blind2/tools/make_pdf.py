"""Builds documents/en_translation.pdf (743-KL/TW, English translation) and
texts/en_translation.pdf.source.txt.

Run: /tmp/pdfenv/bin/python tools/make_pdf.py   (needs fpdf2 and pypdf)
Font: DejaVu Serif (/usr/share/fonts/truetype/dejavu).

Layout: A4, justified body text, dotted decimal numbering typed in the text ("1.", "1.1.",
"3.1.1."), two footnotes (markers "¹", "²") printed at the foot of the page where the marker
stands, a running header on pages 2+ ("Conclusion No. 743-KL/TW ... (unofficial translation)")
and a footer on every page ("Unofficial translation - for reference only" and "Page i of N").
Item 3.1.3 is cut by a page break: its task is at the bottom of one page and its deadline at
the top of the next, after the footer and the running header.

The source text holds one line per drawn cell or paragraph, in drawing order; the running
header, the footnotes and the footer of each page are included where they are drawn, and the
paragraph cut by the page break is written as two lines (the part on each page).
"""
import re
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue

HERE = Path(__file__).resolve().parent.parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

HEADER = [  # (left column, right column), drawn row by row on page 1
    ("CENTRAL COMMITTEE", "COMMUNIST PARTY OF VIETNAM"),
    ("*", None),
    ("No. 743-KL/TW", "Hanoi, 22 January 2027"),
]
TITLE = [
    "CONCLUSION",
    "OF THE POLITBURO",
    "on strengthening the management of commune budgets and public finances",
    "under the two-tier local government model",
    "-----",
]
RUNNING = "Conclusion No. 743-KL/TW of the Politburo (unofficial translation)"
FOOT_LEFT = "Unofficial translation - for reference only"

# (style, text): p = paragraph, h = bold heading, i = numbered item (hanging number)
BODY = [
    ("p", "At its meeting on 19 January 2027, having heard the report of the Government Party Committee on the management of commune budgets and public finances in the 2026 budget year (Report No. 633-BC/ĐUCP, dated 11 January 2027) and the opinions of the relevant agencies, the Politburo concluded as follows:"),
    ("h", "1. GENERAL ASSESSMENT"),
    ("i", "1.1. The Politburo basically agrees with the assessment in Report No. 633-BC/ĐUCP. In 2026, the first full budget year under the two-tier local government model, commune budget estimates were allocated on time and the basic expenditure of the new communes was secured."),
    ("i", "1.2. However, the division of revenue sources and spending tasks between the two budget levels is still unclear; the balances, assets and debts left by the former districts have not been fully settled; many communes lack qualified accounting staff; budget disclosure is often a mere formality¹."),
    ("h", "2. VIEWPOINTS"),
    ("i", "2.1. The commune budget is a full level of the state budget. Apply the principle that \"revenue arising in the commune serves the commune, the commune decides its own spending, and the province makes up what the commune lacks\"."),
    ("i", "2.2. Commune finances must be public and transparent and placed under the supervision of the People; every public asset received after the arrangement of administrative units must have a clearly identified manager and user."),
    ("h", "3. TASKS AND SOLUTIONS"),
    ("i", "3.1. The Government Party Committee shall lead and direct:"),
    ("i", "3.1.1. The Ministry of Finance to take the lead, in coordination with the Ministry of Home Affairs, in drafting a decree on the norms for allocating regular expenditure of commune budgets for the 2027–2030 stability period², and to submit it to the Government by the end of the first quarter of 2027."),
    ("i", "3.1.2. The Ministry of Finance to guide provinces in settling the budget balances, assets and outstanding debts of former district-level units, no later than 28 February 2027."),
    ("i", "3.1.3. The Ministry of Finance to roll out the treasury and budget management information system to all communes, so that the estimates, the execution and the final accounts of every commune budget are processed electronically, reconciled with the State Treasury in real time and connected with the budget of the province, in the third quarter of 2027."),
    ("i", "3.1.4. The Ministry of Home Affairs to issue professional standards and job descriptions for commune finance and accounting officers, in the first half of 2027."),
    ("i", "3.1.5. The Ministry of Agriculture and Environment to guide the determination of the share of land-use levies that communes retain, in April 2027."),
    ("i", "3.2. Provincial and municipal Party Committees shall lead and direct the Provincial People's Committees to:"),
    ("i", "3.2.1. Submit to the Provincial People's Councils the decentralisation of revenue sources and expenditure tasks between the provincial and commune budgets for the 2027–2030 period, before 31 March 2027."),
    ("i", "3.2.2. Allocate targeted supplements from the provincial budget to communes whose revenues do not cover their regular expenditure, giving priority to mountainous, border and island communes."),
    ("i", "3.2.3. Report the execution of commune budgets in the province to the Ministry of Finance quarterly, by the 15th of the month following each quarter."),
    ("i", "3.3. Commune Party Committees shall lead and direct the Commune People's Committees to:"),
    ("i", "3.3.1. Publicly disclose the budget estimates and final accounts of the commune at the commune headquarters and on the commune's electronic information page, annually, by 31 July."),
    ("i", "3.3.2. Complete the inventory of public assets received from former district-level units and merged communes and record them in the national database on public assets, no later than 31 May 2027."),
    ("i", "3.4. The Central Inspection Commission shall direct inspection commissions at all levels to inspect and supervise the management and use of commune budgets and public assets, with a focus on communes with large land-use revenues, and report the results to the Politburo in the fourth quarter of 2027."),
    ("h", "4. IMPLEMENTATION"),
    ("i", "4.1. Party committees and organisations at all levels shall study and seriously implement this Conclusion. The tasks in Section 3 must be completed by 30 September 2027, except for those with a specific deadline."),
    ("i", "4.2. The Government Party Committee shall take the lead, in coordination with the Central Party Office, in monitoring the implementation of this Conclusion and report to the Politburo every six months."),
    ("i", "4.3. This Conclusion replaces Section 3 of Notice No. 412-TB/TW dated 4 September 2025 of the Politburo on allocating budgets to communes after the arrangement of administrative units; the other provisions of that Notice remain in force."),
]
FOOTNOTES = {
    "¹": "¹ According to Report No. 633-BC/ĐUCP, 1,142 of the 3,321 communes had not published their 2026 budget estimates by 30 June 2026.",
    "²": "² The stability period of the state budget for 2027–2030 was decided by Resolution No. 214/2026/QH15 of the National Assembly dated 14 November 2026.",
}
RECIPIENTS = [
    "Recipients:",
    "- Provincial and municipal Party Committees,",
    "- Party committees directly under the Central Committee,",
    "- Central Party commissions,",
    "- Members of the Party Central Committee,",
    "- Filed at the Central Party Office.",
]
SIGNATURE = ["ON BEHALF OF THE POLITBURO", "(Signed)", "Ha Quang Thinh"]
SPLIT_ITEM = "3.1.3."   # the item that must be cut by a page break

LINE_H = 5.5
BOTTOM = 30  # mm kept free at the foot of each page for footnotes and footer
PAR_GAP = 1.0
DEBUG = False


class Doc(FPDF):
    def __init__(self, log, total):
        super().__init__(format="A4")
        self.log = log          # source lines in drawing order
        self.total = total      # total pages, known on the second pass
        self.notes = {}         # page -> footnote texts

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Serif", "I", 8.5)
        self.set_xy(25, 10)
        self.cell(0, 5, RUNNING, align="C")
        self.line(25, 15.5, 192, 15.5)
        self.log.append(RUNNING)
        self.set_y(22)

    def footer(self):
        notes = self.notes.get(self.page_no(), [])
        y = self.h - BOTTOM + 2
        if notes:
            self.line(25, y, 75, y)
            self.set_font("Serif", "", 7.5)
            self.set_xy(25, y + 1.2)
            for n in notes:
                self.multi_cell(167, 3.5, n, align="L", new_x="LMARGIN", new_y="NEXT")
                self.log.append(n)
        self.set_font("Serif", "I", 8)
        self.set_xy(25, self.h - 11)
        self.cell(90, 5, FOOT_LEFT, align="L")
        self.log.append(FOOT_LEFT)
        page = f"Page {self.page_no()} of {self.total or 0}"
        self.set_xy(132, self.h - 11)
        self.cell(60, 5, page, align="R")
        self.log.append(page)


def render(total):
    log = []
    pdf = Doc(log, total)
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, margin=BOTTOM)
    for style, fname in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"), ("BI", "DejaVuSerif-BoldItalic.ttf")):
        pdf.add_font("Serif", style, str(FONT_DIR / fname))
    pdf.set_title("Conclusion No. 743-KL/TW of the Politburo (unofficial translation)")
    pdf.set_author("Foreign Languages Section, Party Online Newspaper")
    pdf.add_page()
    lx, lw, rx, rw = 18, 80, 98, 100
    y = 18
    for i, (left, right) in enumerate(HEADER):
        pdf.set_font("Serif", "B" if i == 0 else "", 10.5)
        pdf.set_xy(lx, y)
        pdf.cell(lw, 6, left, align="C")
        log.append(left)
        if right:
            pdf.set_font("Serif", "B" if i == 0 else "I", 11 if i == 0 else 10.5)
            pdf.set_xy(rx, y)
            pdf.cell(rw, 6, right, align="C")
            log.append(right)
            if i == 0:
                pdf.line(rx + 28, y + 6.5, rx + rw - 28, y + 6.5)
        y += 6
    pdf.set_y(y + 8)
    for i, t in enumerate(TITLE):
        pdf.set_font("Serif", "B" if i < 2 else "", 13 if i == 0 else 11.5)
        pdf.cell(0, 6.5, t, align="C", new_x="LMARGIN", new_y="NEXT")
        log.append(t)
    pdf.ln(4)
    split_info = []
    for style, text in BODY:
        pdf.set_font("Serif", "B" if style == "h" else "", 10.5)
        for mark, note in FOOTNOTES.items():
            if mark in text:
                pdf.notes.setdefault(pdf.page_no(), []).append(note)
        lines = pdf.multi_cell(0, LINE_H, text, align="J", dry_run=True, output=MethodReturnValue.LINES)
        room = int((pdf.page_break_trigger - pdf.get_y()) // LINE_H + 1e-9)
        if DEBUG: print(pdf.page_no(), room, len(lines), text[:12])
        if 0 < room < len(lines):           # the paragraph will be cut by the automatic page break
            first, rest = " ".join(lines[:room]), " ".join(lines[room:])
            log.append(first)
            page_before = pdf.page_no()
            pdf.multi_cell(0, LINE_H, text, align="J", new_x="LMARGIN", new_y="NEXT")
            log.append(rest)
            split_info.append((text[:8], page_before, first[-40:], rest[:40]))
        else:
            log.append(text)
            pdf.multi_cell(0, LINE_H, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(PAR_GAP)
    pdf.ln(6)
    if pdf.get_y() > pdf.page_break_trigger - 40:
        pdf.add_page()
    y0 = pdf.get_y()
    for i, t in enumerate(RECIPIENTS):
        pdf.set_font("Serif", "BI" if i == 0 else "", 9)
        pdf.set_xy(25, y0 + i * 4.8)
        pdf.cell(85, 4.8, t)
        log.append(t)
    for i, t in enumerate(SIGNATURE):
        pdf.set_font("Serif", "B" if i != 1 else "I", 10.5)
        pdf.set_xy(112, y0 + (i * 6 if i < 2 else 24))
        pdf.cell(80, 6, t, align="C")
        log.append(t)
    return pdf, log, split_info


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def build():
    pdf, _, _ = render(0)
    pdf.output("/dev/null")
    total = pdf.page_no()
    pdf, log, split_info = render(total)
    out = HERE / "documents" / "en_translation.pdf"
    pdf.output(str(out))
    src = HERE / "texts" / "en_translation.pdf.source.txt"
    src.write_text("\n".join(log) + "\n", encoding="utf-8")
    return out, src, split_info


def verify(out, src, split_info):
    from pypdf import PdfReader
    pages = [norm(p.extract_text() or "") for p in PdfReader(str(out)).pages]
    text = norm(" ".join(pages))
    missing = [l for l in src.read_text(encoding="utf-8").splitlines() if norm(l) not in text]
    print(f"{out.name}: {len(pages)} page(s); split: {split_info}")
    print(f"source lines not found verbatim in the extracted text: {len(missing)}")
    for l in missing:
        print("  -", l)
    assert any(s[0].startswith(SPLIT_ITEM) for s in split_info), f"no page break cuts {SPLIT_ITEM}"


if __name__ == "__main__":
    verify(*build())
