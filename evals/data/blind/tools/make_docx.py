"""Builds documents/en_translation.docx (627-KL/TW, English translation) and
texts/en_translation.docx.source.txt (one line per Word paragraph, paragraph.text).

Run: /tmp/pdfenv/bin/python tools/make_docx.py   (needs python-docx)
Section numbers I.-IV., items 1.-5. and (a)-(g) are typed in the text; the three
items of section III.2 are Word "List Bullet" paragraphs, so their bullet glyph is
not part of the paragraph text.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent.parent

# (kind, text): c = centred, cb = centred bold, h = bold heading, p = body, b = Word bullet, r = right
PARAS = [
    ("cb", "THE COMMUNIST PARTY OF VIETNAM"),
    ("cb", "CENTRAL COMMITTEE"),
    ("c", "THE SECRETARIAT"),
    ("c", "No. 627-KL/TW"),
    ("r", "Hanoi, October 23, 2026"),
    ("cb", "CONCLUSION"),
    ("c", "of the Secretariat on digitising records and building commune-level databases under the two-tier local government model"),
    ("p", "At its meeting on October 20, 2026, having heard the report of the Government Party Committee on the digitisation of records and data at commune level (Report No. 341-BC/ĐUCP, dated October 12, 2026) and the opinions of the relevant agencies, the Secretariat concluded as follows:"),
    ("h", "I. ASSESSMENT"),
    ("p", "The Secretariat acknowledges that, after more than a year of operating two-tier local government, most communes have put their public administrative service centres into operation and receive applications online. However, a large volume of paper records inherited from former district-level and commune-level authorities has not been digitised; data on civil status, land and households are scattered across separate systems, are not yet \"correct, sufficient, clean and live\", and cannot be reused by the new communes."),
    ("h", "II. VIEWPOINTS AND PRINCIPLES"),
    ("p", "1. Digitising records is a key political task of Party committees and authorities at commune level and must be carried out with a clear roadmap, clear outputs and the clear responsibility of each head."),
    ("p", "2. Follow the principle that \"each piece of data is collected once, kept at one source and used by every level\"; citizens must not be asked again for papers that the State already holds."),
    ("h", "III. TASKS AND SOLUTIONS"),
    ("p", "1. The Government Party Committee shall lead and direct:"),
    ("p", "(a) The Ministry of Public Security to complete the connection of commune civil status and residence data with the National Population Database, before December 31, 2026."),
    ("p", "(b) The Ministry of Public Security to take the lead, in coordination with the Ministry of Science and Technology, in assessing the information security level of the information systems of all communes, in the second quarter of 2027."),
    ("p", "(c) The Ministry of Justice to direct the digitisation of all civil status registers handed over by former district-level People's Committees, to be completed by June 30, 2027."),
    ("p", "(d) The Ministry of Agriculture and Environment to complete the digitisation of cadastral records and land-use certificates archived at commune level, in the third quarter of 2027."),
    ("p", "(e) The Ministry of Science and Technology to issue technical standards for the commune data-sharing platform no later than January 15, 2027."),
    ("p", "(f) The Ministry of Home Affairs to issue regulations on electronic archiving of the records of communes that were merged, in the first quarter of 2027."),
    ("p", "(g) The Ministry of Finance to guide the use of regular expenditure for hiring digitisation services at commune level, in January 2027."),
    ("p", "2. Provincial and municipal Party Committees shall lead and direct the Provincial People's Committees to:"),
    ("b", "Allocate funds and equipment for scanning and digitising archived records at commune public administrative service centres."),
    ("b", "Assign at least one civil servant with information technology skills to each commune, before March 31, 2027."),
    ("b", "Report the digitisation rate of each commune to the Ministry of Science and Technology by the 5th of every month."),
    ("p", "3. The Central Organisation Commission shall take the lead in updating the records of Party members in merged commune Party Committees into the national Party member database, to be completed in the first half of 2027."),
    ("p", "4. The Central Inspection Commission shall include the supervision of records digitisation in communes in its inspection and supervision programme for 2027."),
    ("p", "5. The Party Committee of the Vietnam Fatherland Front and central mass organisations shall direct the Fatherland Front at all levels to collect citizens' feedback on online public services at commune level."),
    ("h", "IV. IMPLEMENTATION"),
    ("p", "The tasks above must be completed by September 30, 2027, except for those with a specific deadline."),
    ("p", "The Government Party Committee shall take the lead, in coordination with the Central Party Office, in monitoring and urging the implementation of this Conclusion, and report to the Secretariat every quarter."),
    ("p", "This Conclusion replaces Notice No. 295-TB/TW dated March 27, 2025 of the Secretariat on building databases at grassroots level."),
    ("p", "Recipients:"),
    ("p", "- Provincial and municipal Party Committees,"),
    ("p", "- Party committees and organisations directly under the Central Committee,"),
    ("p", "- Central Party commissions,"),
    ("p", "- Filed at the Central Party Office."),
    ("r", "ON BEHALF OF THE SECRETARIAT"),
    ("r", "(Signed)"),
    ("r", "Pham Duc Khiem"),
]


def build():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    doc.core_properties.title = "Conclusion No. 627-KL/TW of the Secretariat"
    doc.core_properties.author = "Communist Party of Vietnam Online Newspaper (English edition)"
    for kind, text in PARAS:
        if kind == "b":
            par = doc.add_paragraph(text, style="List Bullet")
        else:
            par = doc.add_paragraph()
            run = par.add_run(text)
            if kind in ("cb", "h"):
                run.bold = True
            if kind in ("c", "cb"):
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif kind == "r":
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    out = HERE / "documents" / "en_translation.docx"
    doc.save(str(out))
    back = "\n".join(p.text for p in Document(str(out)).paragraphs) + "\n"
    (HERE / "texts" / "en_translation.docx.source.txt").write_text(back, encoding="utf-8")
    assert back == "\n".join(t for _, t in PARAS) + "\n"
    print(f"{out.name}: {len(PARAS)} paragraphs")


if __name__ == "__main__":
    build()
