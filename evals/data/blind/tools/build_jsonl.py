"""Writes questions.jsonl, slots.jsonl and sources.jsonl from the tables below.

Run: python3 tools/build_jsonl.py   (standard library only; re-runnable)
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

GPC = "Government Party Committee"
NAPC = "National Assembly Party Committee"
MOF = "Ministry of Finance"
MOHA = "Ministry of Home Affairs"
MPS = "Ministry of Public Security"
MND = "Ministry of National Defence"
MOH = "Ministry of Health"
MOC = "Ministry of Construction"
MAE = "Ministry of Agriculture and Environment"
MOST = "Ministry of Science and Technology"
MOJ = "Ministry of Justice"
VSS = "Vietnam Social Security"
COC = "Central Organisation Commission"
CIC = "Central Inspection Commission"
CPO = "Central Party Office"
CPMC = "Central Propaganda and Mass Mobilisation Commission"
HCMA = "Ho Chi Minh National Academy of Politics"
VFFPC = "Party Committee of the Vietnam Fatherland Front and central mass organisations"
VFF = "Vietnam Fatherland Front"
PPC = "Provincial People's Committees"
PMPC = "Provincial and municipal Party Committees"
CPC = "Commune People's Committees"

PDF, DOCX, IT, HTML, REP, VP = ("vi_original.pdf", "en_translation.docx", "it_press.txt",
                                "vi_portal.html", "en_report.txt", "vi_press.txt")


def S(doc, quote, actors, lead, due, gran, rec=None):
    return {"doc": doc, "quote": quote, "actors": actors, "lead": [lead], "due": due,
            "granularity": gran, "recurring": rec}


# ---------------------------------------------------------------- slots
# quotes used by both slots and questions
P = {  # vi_original.pdf, 614-KL/TW; group deadline 30/9/2027
    "classify": "ban hành tiêu chí phân loại trạm y tế cấp xã theo quy mô dân số",
    "equip": "Ban hành danh mục trang thiết bị thiết yếu tối thiểu của trạm y tế cấp xã",
    "ehr": "Triển khai phần mềm hồ sơ sức khỏe điện tử dùng chung, kết nối trạm y tế xã",
    "moh6m": "củng cố mạng lưới trạm y tế cấp xã, báo cáo Bộ Chính trị định kỳ 6 tháng",
    "mofmech": "cơ chế hỗ trợ từ ngân sách trung ương để sửa chữa, nâng cấp trạm y tế xã",
    "mofconv": "Hướng dẫn chuyển đổi công năng trụ sở dôi dư sau sắp xếp để làm trạm y tế",
    "moha": "Bộ Nội vụ chủ trì, phối hợp với Bộ Y tế hướng dẫn định mức số lượng người làm việc",
    "vss": "bảo đảm tất cả trạm y tế cấp xã đủ điều kiện được ký hợp đồng khám bệnh",
    "ppcnet": "sắp xếp lại mạng lưới trạm y tế, bảo đảm mỗi xã, phường, đặc khu",
    "ppcdoc": "có cơ chế điều động bác sĩ từ bệnh viện tuyến tỉnh về làm việc luân phiên",
    "cpcmon": "trang thiết bị của trạm y tế lên Hệ thống thông tin y tế trước ngày 10 hằng tháng",
    "coc": "chính sách đãi ngộ đặc thù để thu hút bác sĩ về công tác tại trạm y tế xã",
    "vff": "vận động Nhân dân tham gia bảo hiểm y tế và giám sát chất lượng khám bệnh",
    "cpmc": "chỉ đạo các cơ quan báo chí tuyên truyền về vai trò của y tế cơ sở",
    "follow": "theo dõi, đôn đốc việc thực hiện Kết luận này; sơ kết một năm, báo cáo Bộ Chính trị",
    # not slots
    "group": "Các nhiệm vụ nêu trên phải hoàn thành trước ngày 30/9/2027",
    "pre": "sau khi nghe Đảng ủy Chính phủ báo cáo tình hình tổ chức, hoạt động của trạm y tế",
    "motto": "thực hiện phương châm \"trạm gần dân, bác sĩ sát dân, hồ sơ theo dân\"",
}
D = {  # en_translation.docx, 627-KL/TW; group deadline September 30, 2027
    "mps1": "complete the connection of commune civil status and residence data with the National Population Database",
    "mps2": "in assessing the information security level of the information systems of all communes",
    "moj": "direct the digitisation of all civil status registers handed over by former district-level People's Committees",
    "mae": "complete the digitisation of cadastral records and land-use certificates archived at commune level",
    "most": "issue technical standards for the commune data-sharing platform no later than January 15, 2027",
    "moha": "issue regulations on electronic archiving of the records of communes that were merged",
    "mof": "guide the use of regular expenditure for hiring digitisation services at commune level",
    "ppcfund": "Allocate funds and equipment for scanning and digitising archived records at commune public administrative service centres",
    "ppcit": "Assign at least one civil servant with information technology skills to each commune",
    "ppcmon": "Report the digitisation rate of each commune to the Ministry of Science and Technology by the 5th of every month",
    "coc": "updating the records of Party members in merged commune Party Committees into the national Party member database",
    "cic": "include the supervision of records digitisation in communes in its inspection and supervision programme for 2027",
    "vff": "direct the Fatherland Front at all levels to collect citizens' feedback on online public services",
    "follow": "in monitoring and urging the implementation of this Conclusion, and report to the Secretariat every quarter",
    # not slots
    "group": "The tasks above must be completed by September 30, 2027, except for those with a specific deadline.",
    "pre": "having heard the report of the Government Party Committee on the digitisation of records",
    "replaces": "This Conclusion replaces Notice No. 295-TB/TW dated March 27, 2025 of the Secretariat",
}
I = {  # it_press.txt, 633-KL/TW; group deadline 31 ottobre 2027
    "mofguide": "la revisione delle linee guida per l'adeguamento dei piani provinciali per il periodo 2021-2030",
    "mofmon": "sullo stato di avanzamento dell'adeguamento dei piani provinciali ogni mese, entro il giorno 25",
    "maestd": "emana le norme tecniche per la mappa digitale unica dell'uso del suolo delle province accorpate",
    "maedb": "completa la banca dati fondiaria di ciascuna provincia accorpata e la collega al sistema informativo nazionale",
    "moc": "guida l'adeguamento dei piani generali di costruzione dei comuni e dei piani urbanistici",
    "mnd": "la revisione dei terreni destinati alla difesa e alla sicurezza nelle province accorpate",
    "ppcplan": "completano l'adeguamento del piano provinciale e del piano dell'uso del suolo della provincia",
    "ppcpub": "rendono pubblici i piani dell'uso del suolo a livello di comune sul portale elettronico",
    "cpcq": "riferiscono ogni trimestre al Comitato popolare provinciale sulle violazioni della pianificazione",
    "cic": "inserisce il controllo sul rispetto della pianificazione dell'uso del suolo nelle province accorpate",
    "napc": "guida l'esame delle proposte di modifica della Legge sulla pianificazione relative alle province accorpate",
    "follow": "il monitoraggio dell'attuazione della presente Conclusione e riferisce al Politburo ogni sei mesi",
    # not slots
    "group": "Tutti i compiti sopra indicati devono essere completati entro il 31 ottobre 2027",
    "pre": "dopo aver ascoltato la Relazione n. 356-BC/ĐUCP del 21 ottobre 2026",
    "motto": "Si applica il principio \"una provincia, un piano, una mappa\"",
}
H = {  # vi_portal.html, 645-KL/TW; group deadline 30/11/2027
    "cocframe": "xây dựng khung chương trình bồi dưỡng cán bộ chủ chốt cấp xã, hoàn thành trong quý I/2027",
    "coceval": "Hướng dẫn đánh giá, xếp loại cán bộ cấp xã gắn với kết quả bồi dưỡng",
    "mohascheme": "xây dựng Đề án đào tạo, bồi dưỡng công chức cấp xã giai đoạn 2027 - 2030",
    "moha6m": "trên phạm vi cả nước, báo cáo Ban Bí thư định kỳ 6 tháng",
    "mof": "hướng dẫn nội dung, mức chi đào tạo, bồi dưỡng cán bộ, công chức cấp xã",
    "most": "xây dựng nền tảng bồi dưỡng trực tuyến dùng chung cho công chức cấp xã",
    "hcma": "biên soạn bộ tài liệu bồi dưỡng lý luận chính trị, kỹ năng lãnh đạo cho bí thư đảng ủy",
    "ppcplan": "ban hành kế hoạch đào tạo, bồi dưỡng cán bộ, công chức cấp xã năm 2027",
    "rotate": "Luân chuyển, tăng cường công chức có năng lực từ cơ quan cấp tỉnh về các xã khó khăn",
    "cpcmon": "tham gia bồi dưỡng về Sở Nội vụ trước ngày 20 hằng tháng",
    "cpmc": "bồi dưỡng kỹ năng dân vận, đối thoại với Nhân dân cho cán bộ, công chức cấp xã",
    "follow": "theo dõi, đôn đốc việc thực hiện Kết luận này; sơ kết, báo cáo Ban Bí thư trong tháng 12/2027",
    # not slots
    "group": "Các nhiệm vụ nêu trên phải hoàn thành trước ngày 30/11/2027",
    "pre": "sau khi nghe Ban Tổ chức Trung ương báo cáo kết quả đào tạo, bồi dưỡng cán bộ",
    "replaces": "Kết luận này thay thế Thông báo kết luận số 351-TB/TW, ngày 12/6/2025",
    "motto": "theo nguyên tắc \"làm gì học nấy, thiếu gì bù nấy\"",
}
R = {  # en_report.txt, report of 645-KL/TW; group deadline November 30, 2027 (quoted)
    "cocframe": "on a framework curriculum for key commune officials by the end of March 2027",
    "mohascheme": "drafting a 2027-2030 scheme on training commune civil servants for the Prime Minister's approval",
    "moha6m": "send the Secretariat a nationwide summary of training results every six months",
    "ppcplan": "Provincial People's Committees have until January 15, 2027 to issue their training plans",
    "cpcmon": "must report each month, before the 20th, how many of their staff have been sent on courses",
    "hcma": "will compile political theory and leadership materials for commune Party secretaries, due in May 2027",
    # not slots
    "group": "All tasks must be completed before November 30, 2027, except those with their own deadlines",
    "pre": "after a meeting on November 10 at which the Secretariat heard the Central Organisation Commission's report",
    "motto": "Training must be tied to job positions: officials learn what their work demands",
}
V = {  # vi_press.txt, 652-KL/TW; group deadline 31/8/2027
    "mnd": "hướng dẫn kiện toàn Ban Chỉ huy phòng thủ dân sự cấp xã sau sắp xếp",
    "mae": "hoàn thiện hệ thống cảnh báo sớm lũ quét, sạt lở đất đến từng xã có nguy cơ cao",
    "moh": "bảo đảm cơ số thuốc, vật tư y tế dự phòng tại các trạm y tế xã",
    "mof": "hướng dẫn việc phân bổ Quỹ phòng, chống thiên tai cấp tỉnh cho các xã",
    "mps": "chỉ đạo công an xã phối hợp với dân quân tổ chức sơ tán dân khỏi vùng nguy hiểm",
    "ppc": "rà soát các khu dân cư có nguy cơ sạt lở, lũ quét, ban hành kế hoạch di dời",
    "cpcplan": "xây dựng, phê duyệt phương án ứng phó thiên tai sát với địa bàn sau sắp xếp",
    "cpcdrill": "tổ chức diễn tập phòng, chống thiên tai hằng năm và báo cáo kết quả",
    "cpmc": "chỉ đạo các cơ quan báo chí hướng dẫn kỹ năng phòng tránh thiên tai",
    "vff": "tiếp nhận, phân bổ hàng cứu trợ bảo đảm công khai, minh bạch, đúng đối tượng",
    "follow": "định kỳ hằng quý báo cáo Ban Bí thư kết quả thực hiện Kết Luận",
    # not slots
    "group": "Theo Kết Luận, các nhiệm vụ nêu trên phải hoàn thành trước ngày 31/8/2027.",
    "pre": "tại phiên họp ngày 19/11/2026, sau khi nghe Đảng ủy Chính phủ báo cáo",
    "signer": "đồng chí Phạm Đức Khiêm, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư vừa ký ban hành",
    "directive": "tiếp tục thực hiện nghiêm Chỉ thị số 36-CT/TW ngày 09/8/2024 của Ban Bí thư",
}

SLOTS = [
    # ---- vi_original.pdf (614-KL/TW)
    S(PDF, P["classify"], [GPC, MOH, MOHA], MOH, "2026-12-31", "day"),
    S(PDF, P["equip"], [GPC, MOH], MOH, "2027-01-31", "month"),
    S(PDF, P["ehr"], [GPC, MOH], MOH, "2027-06-30", "quarter"),
    S(PDF, P["moh6m"], [GPC, MOH], MOH, None, None, "half-yearly"),
    S(PDF, P["mofmech"], [GPC, MOF], MOF, "2027-01-15", "day"),
    S(PDF, P["mofconv"], [GPC, MOF], MOF, "2027-09-30", "day"),
    S(PDF, P["moha"], [GPC, MOHA, MOH], MOHA, "2027-06-30", "half"),
    S(PDF, P["vss"], [GPC, VSS], VSS, "2027-12-31", "year"),
    S(PDF, P["ppcnet"], [PMPC, PPC], PPC, "2027-03-31", "day"),
    S(PDF, P["ppcdoc"], [PMPC, PPC], PPC, "2027-09-30", "day"),
    S(PDF, P["cpcmon"], [PMPC, CPC], CPC, None, None, "monthly"),
    S(PDF, P["coc"], [COC, GPC], COC, "2027-03-31", "quarter"),
    S(PDF, P["vff"], [VFFPC, VFF], VFF, "2027-09-30", "day"),
    S(PDF, P["cpmc"], [CPMC], CPMC, "2027-09-30", "day"),
    S(PDF, P["follow"], [GPC, CPO], GPC, "2027-10-31", "month"),
    # ---- en_translation.docx (627-KL/TW)
    S(DOCX, D["mps1"], [GPC, MPS], MPS, "2026-12-31", "day"),
    S(DOCX, D["mps2"], [GPC, MPS, MOST], MPS, "2027-06-30", "quarter"),
    S(DOCX, D["moj"], [GPC, MOJ], MOJ, "2027-06-30", "day"),
    S(DOCX, D["mae"], [GPC, MAE], MAE, "2027-09-30", "quarter"),
    S(DOCX, D["most"], [GPC, MOST], MOST, "2027-01-15", "day"),
    S(DOCX, D["moha"], [GPC, MOHA], MOHA, "2027-03-31", "quarter"),
    S(DOCX, D["mof"], [GPC, MOF], MOF, "2027-01-31", "month"),
    S(DOCX, D["ppcfund"], [PMPC, PPC], PPC, "2027-09-30", "day"),
    S(DOCX, D["ppcit"], [PMPC, PPC], PPC, "2027-03-31", "day"),
    S(DOCX, D["ppcmon"], [PMPC, PPC], PPC, None, None, "monthly"),
    S(DOCX, D["coc"], [COC], COC, "2027-06-30", "half"),
    S(DOCX, D["cic"], [CIC], CIC, "2027-12-31", "year"),
    S(DOCX, D["vff"], [VFFPC, VFF], VFF, "2027-09-30", "day"),
    S(DOCX, D["follow"], [GPC, CPO], GPC, None, None, "quarterly"),
    # ---- it_press.txt (633-KL/TW)
    S(IT, I["mofguide"], [GPC, MOF, MAE], MOF, "2027-03-31", "day"),
    S(IT, I["mofmon"], [GPC, MOF], MOF, None, None, "monthly"),
    S(IT, I["maestd"], [GPC, MAE], MAE, "2027-01-15", "day"),
    S(IT, I["maedb"], [GPC, MAE], MAE, "2027-03-31", "quarter"),
    S(IT, I["moc"], [GPC, MOC], MOC, "2027-12-31", "half"),
    S(IT, I["mnd"], [GPC, MND, MPS], MND, "2027-06-30", "month"),
    S(IT, I["ppcplan"], [PMPC, PPC], PPC, "2027-09-30", "day"),
    S(IT, I["ppcpub"], [PMPC, PPC], PPC, "2027-10-31", "day"),
    S(IT, I["cpcq"], [PMPC, CPC], CPC, None, None, "quarterly"),
    S(IT, I["cic"], [CIC], CIC, "2027-12-31", "year"),
    S(IT, I["napc"], [NAPC], NAPC, "2027-06-30", "half"),
    S(IT, I["follow"], [GPC, CPO], GPC, None, None, "half-yearly"),
    # ---- vi_portal.html (645-KL/TW)
    S(HTML, H["cocframe"], [COC, MOHA], COC, "2027-03-31", "quarter"),
    S(HTML, H["coceval"], [COC], COC, "2027-06-30", "day"),
    S(HTML, H["mohascheme"], [GPC, MOHA], MOHA, "2027-06-30", "quarter"),
    S(HTML, H["moha6m"], [GPC, MOHA], MOHA, None, None, "half-yearly"),
    S(HTML, H["mof"], [GPC, MOF], MOF, "2026-12-31", "day"),
    S(HTML, H["most"], [GPC, MOST], MOST, "2027-12-31", "half"),
    S(HTML, H["hcma"], [HCMA], HCMA, "2027-05-31", "month"),
    S(HTML, H["ppcplan"], [PMPC, PPC], PPC, "2027-01-15", "day"),
    S(HTML, H["rotate"], [PMPC], PMPC, "2027-11-30", "day"),
    S(HTML, H["cpcmon"], [PMPC, CPC], CPC, None, None, "monthly"),
    S(HTML, H["cpmc"], [CPMC, HCMA], CPMC, "2027-11-30", "day"),
    S(HTML, H["follow"], [COC, CPO], COC, "2027-12-31", "month"),
    # ---- en_report.txt (report of 645-KL/TW): only the tasks the report restates
    S(REP, R["cocframe"], [COC, MOHA], COC, "2027-03-31", "month"),
    S(REP, R["mohascheme"], [MOHA], MOHA, "2027-06-30", "quarter"),
    S(REP, R["moha6m"], [MOHA], MOHA, None, None, "half-yearly"),
    S(REP, R["ppcplan"], [PPC], PPC, "2027-01-15", "day"),
    S(REP, R["cpcmon"], [CPC], CPC, None, None, "monthly"),
    S(REP, R["hcma"], [HCMA], HCMA, "2027-05-31", "month"),
    # ---- vi_press.txt (652-KL/TW)
    S(VP, V["mnd"], [GPC, MND], MND, "2026-12-31", "month"),
    S(VP, V["mae"], [GPC, MAE], MAE, "2027-06-30", "day"),
    S(VP, V["moh"], [GPC, MOH], MOH, "2027-05-31", "day"),
    S(VP, V["mof"], [GPC, MOF], MOF, "2027-03-31", "quarter"),
    S(VP, V["mps"], [GPC, MPS], MPS, "2027-08-31", "day"),
    S(VP, V["ppc"], [PMPC, PPC], PPC, "2027-09-30", "quarter"),
    S(VP, V["cpcplan"], [PMPC, CPC], CPC, "2027-04-30", "day"),
    S(VP, V["cpcdrill"], [PMPC, CPC], CPC, None, None, "yearly"),
    S(VP, V["cpmc"], [CPMC], CPMC, "2027-08-31", "day"),
    S(VP, V["vff"], [VFFPC, VFF], VFF, "2027-08-31", "day"),
    S(VP, V["follow"], [GPC], GPC, None, None, "quarterly"),
]


# ---------------------------------------------------------------- questions
def g(doc, *quotes):
    return [{"doc": doc, "quote": q} for q in quotes]


# the documents tuning may look at; the others are held out (the two sources of 645 together)
DEV = {"it_press.txt", "en_translation.docx", "vi_press.txt"}


def Q(_id, doc, lang, ask, text, gold, also=(), due=None, says=None):
    fact = {}
    if says is not None:
        fact["says"] = says
    if due is not None:
        fact["due"] = due
    # the same clause in the other source of the Conclusion stands in for the gold one ("alternatives");
    # a passage of the same document that a full answer may add stays in "also"
    return {"_id": _id, "doc": doc, "split": "dev" if doc in DEV else "heldout", "text": text, "lang": lang, "ask": ask,
            "gold": gold, "also": [a for a in also if a["doc"] == doc],
            "alternatives": [a for a in also if a["doc"] != doc], "fact": fact}


YES_EN, NO_EN = ["yes"], ["no"]
YES_VI, NO_VI = ["có", "đúng"], ["không", "sai"]

QUESTIONS = [
    # ---------------- vi_original.pdf (614-KL/TW)
    Q("b-pdf-01", PDF, "en", "deadline",
      "By what date must the health ministry decide how commune health stations are graded according to the size of the population they serve?",
      g(PDF, P["classify"]), due="2026-12-31"),
    Q("b-pdf-02", PDF, "vi", "deadline",
      "Bộ Tài chính phải đưa lên Chính phủ cơ chế dùng tiền trung ương để cải tạo trạm y tế ở vùng núi, biên giới, đảo muộn nhất vào ngày nào?",
      g(PDF, P["mofmech"]), due="2027-01-15"),
    Q("b-pdf-03", PDF, "fr", "deadline",
      "D'ici quand le ministère de l'Intérieur doit-il fixer, avec le ministère de la Santé, les effectifs des stations de santé communales ?",
      g(PDF, P["moha"]), due="2027-06-30"),
    Q("b-pdf-04", PDF, "vi", "task",
      "Kết luận về trạm y tế xã giao Bộ Tài chính việc gì đối với các trụ sở thừa ra sau sáp nhập, và việc đó phải xong trước khi nào?",
      g(PDF, P["mofconv"]), also=g(PDF, P["group"]), due="2027-09-30"),
    Q("b-pdf-05", PDF, "en", "frequency",
      "How often do commune People's Committees have to upload staffing and equipment figures for their health stations?",
      g(PDF, P["cpcmon"]), says=["monthly", "every month", "each month", "10th"]),
    Q("b-pdf-06", PDF, "vi", "meeting",
      "Trước khi ra Kết luận 614, Bộ Chính trị đã họp ngày nào và nghe báo cáo số mấy của cơ quan nào?",
      g(PDF, P["pre"]), says=["318-BC/ĐUCP", "06/10/2026", "6/10/2026"]),
    Q("b-pdf-07", PDF, "vi", "principle",
      "Phương châm mà Bộ Chính trị đặt ra cho y tế cơ sở trong Kết luận số 614-KL/TW là gì?",
      g(PDF, P["motto"]), says=["trạm gần dân", "bác sĩ sát dân", "hồ sơ theo dân"]),
    Q("b-pdf-08", PDF, "en", "yesno",
      "Does Vietnam Social Security have to get every commune health station contracted for health-insurance treatment by the middle of 2027?",
      g(PDF, P["vss"]), says=NO_EN, due="2027-12-31"),
    Q("b-pdf-09", PDF, "en", "list",
      "List all the tasks KL 614 assigns to the Ministry of Health, with their deadlines.",
      g(PDF, P["classify"], P["equip"], P["ehr"], P["moh6m"]),
      says=["equipment", "electronic health record", "six months", "6 months"]),
    Q("b-pdf-10", PDF, "en", "unanswerable",
      "What does Conclusion 614 require of the Ministry of Education and Training regarding health rooms in commune schools?",
      []),
    # ---------------- en_translation.docx (627-KL/TW)
    Q("b-docx-01", DOCX, "vi", "deadline",
      "Hạn chót để Bộ Công an nối dữ liệu hộ tịch, cư trú của cấp xã vào kho dữ liệu dân cư quốc gia là khi nào?",
      g(DOCX, D["mps1"]), due="2026-12-31"),
    Q("b-docx-02", DOCX, "en", "task",
      "Which ministry has to check how well commune IT systems are protected against cyber threats, and in what period?",
      g(DOCX, D["mps2"]), due="2027-06-30"),
    Q("b-docx-03", DOCX, "vi", "task",
      "Sổ hộ tịch do Ủy ban nhân dân cấp huyện cũ bàn giao sẽ do bộ nào chỉ đạo số hóa, và phải xong khi nào?",
      g(DOCX, D["moj"]), due="2027-06-30"),
    Q("b-docx-04", DOCX, "es", "deadline",
      "¿Para cuándo debe el Ministerio de Ciencia y Tecnología publicar las normas técnicas de la plataforma de intercambio de datos de las comunas?",
      g(DOCX, D["most"]), due="2027-01-15"),
    Q("b-docx-05", DOCX, "en", "frequency",
      "How often do provincial People's Committees send the science ministry figures on how far each commune has got with digitisation?",
      g(DOCX, D["ppcmon"]), says=["monthly", "every month", "each month", "5th"]),
    Q("b-docx-06", DOCX, "vi", "meeting",
      "Ban Bí thư họp ngày nào và nghe báo cáo của cơ quan nào trước khi ban hành Kết luận số 627-KL/TW?",
      g(DOCX, D["pre"]), says=["20/10/2026", "Đảng ủy Chính phủ", "341-BC/ĐUCP"]),
    Q("b-docx-07", DOCX, "en", "relation",
      "Which earlier Party document does the Secretariat's conclusion on digitising commune records supersede?",
      g(DOCX, D["replaces"]), says=["295-TB/TW"]),
    Q("b-docx-08", DOCX, "vi", "yesno",
      "Theo KL 627, Ban Tổ chức Trung ương có phải đưa xong hồ sơ đảng viên của các đảng bộ xã sáp nhập vào cơ sở dữ liệu đảng viên trong nửa đầu năm 2027 không?",
      g(DOCX, D["coc"]), says=YES_VI, due="2027-06-30"),
    Q("b-docx-09", DOCX, "en", "list",
      "List every task the Ministry of Public Security has under Conclusion 627.",
      g(DOCX, D["mps1"], D["mps2"]), says=["National Population Database", "information security", "cybersecurity"]),
    Q("b-docx-10", DOCX, "en", "unanswerable",
      "What does Conclusion 627 require the State Bank of Vietnam to do about commune records?",
      []),
    # ---------------- it_press.txt (633-KL/TW)
    Q("b-it-01", IT, "en", "deadline",
      "By when does the Ministry of Finance have to finish reworking the guidance on adjusting provincial master plans?",
      g(IT, I["mofguide"]), due="2027-03-31"),
    Q("b-it-02", IT, "vi", "task",
      "Bộ Nông nghiệp và Môi trường phải làm gì với cơ sở dữ liệu đất đai của các tỉnh sau hợp nhất, và thời hạn ra sao?",
      g(IT, I["maedb"]), due="2027-03-31"),
    Q("b-it-03", IT, "en", "deadline",
      "When is the Ministry of Construction expected to have the general construction plans of communes brought into line after the mergers?",
      g(IT, I["moc"]), due="2027-12-31"),
    Q("b-it-04", IT, "vi", "deadline",
      "Bộ Quốc phòng phải rà soát xong đất quốc phòng, an ninh ở các tỉnh hợp nhất trong thời hạn nào?",
      g(IT, I["mnd"]), due="2027-06-30"),
    Q("b-it-05", IT, "en", "frequency",
      "How often must the finance ministry update the Government Party Committee on progress in revising provincial plans?",
      g(IT, I["mofmon"]), says=["monthly", "every month", "each month", "25th"]),
    Q("b-it-06", IT, "vi", "meeting",
      "Kết luận 633 được ban hành sau khi Bộ Chính trị nghe báo cáo số mấy, đề ngày nào?",
      g(IT, I["pre"]), says=["356-BC/ĐUCP", "21/10/2026"]),
    Q("b-it-07", IT, "en", "principle",
      "What planning principle does the Politburo lay down for each merged province?",
      g(IT, I["motto"]), says=["one province, one plan, one map", "one plan", "one map"]),
    Q("b-it-08", IT, "vi", "yesno",
      "Ủy ban nhân dân các tỉnh có phải trình phê duyệt quy hoạch tỉnh đã điều chỉnh trước ngày 30/6/2027 không?",
      g(IT, I["ppcplan"]), says=NO_VI, due="2027-09-30"),
    Q("b-it-09", IT, "en", "list",
      "List all the tasks that Conclusion 633 gives the Ministry of Agriculture and Environment.",
      g(IT, I["maestd"], I["maedb"]), says=["technical standards", "land database", "digital map"]),
    Q("b-it-10", IT, "vi", "unanswerable",
      "Kết luận 636 về quy hoạch sử dụng đất yêu cầu Bộ Tài chính hoàn thành việc gì trước ngày 31/3/2027?",
      []),
    # ---------------- vi_portal.html (645-KL/TW)
    Q("b-html-01", HTML, "en", "deadline",
      "By when must the Central Organisation Commission have a training framework ready for key commune leaders?",
      g(HTML, H["cocframe"]), also=g(REP, R["cocframe"]), due="2027-03-31"),
    Q("b-html-02", HTML, "vi", "task",
      "Trong KL 645, Bộ Tài chính được giao việc gì và hạn hoàn thành là khi nào?",
      g(HTML, H["mof"]), due="2026-12-31"),
    Q("b-html-03", HTML, "en", "task",
      "Which ministry builds the shared e-learning platform for commune civil servants, and when should it go live?",
      g(HTML, H["most"]), due="2027-12-31"),
    Q("b-html-04", HTML, "vi", "deadline",
      "Học viện Chính trị quốc gia Hồ Chí Minh phải soạn xong tài liệu cho bí thư cấp ủy cấp xã vào lúc nào?",
      g(HTML, H["hcma"]), also=g(REP, R["hcma"]), due="2027-05-31"),
    Q("b-html-05", HTML, "en", "frequency",
      "How frequently does the Ministry of Home Affairs have to report training results to the Secretariat?",
      g(HTML, H["moha6m"]), also=g(REP, R["moha6m"]),
      says=["every six months", "every 6 months", "six-monthly", "twice a year", "half-yearly", "semi-annual", "biannual"]),
    Q("b-html-06", HTML, "vi", "meeting",
      "Ban Bí thư đã nghe cơ quan nào báo cáo, theo báo cáo số mấy, trước khi ra Kết luận số 645-KL/TW?",
      g(HTML, H["pre"]), also=g(REP, R["pre"]), says=["288-BC/BTCTW", "Ban Tổ chức Trung ương"]),
    Q("b-html-07", HTML, "en", "relation",
      "Which earlier notice on training grassroots officials does the Secretariat's November 2026 conclusion replace?",
      g(HTML, H["replaces"]), says=["351-TB/TW"]),
    Q("b-html-08", HTML, "vi", "yesno",
      "Có phải Ủy ban nhân dân cấp tỉnh phải ra kế hoạch bồi dưỡng công chức xã năm 2027 chậm nhất vào giữa tháng 1/2027 không?",
      g(HTML, H["ppcplan"]), also=g(REP, R["ppcplan"]), says=YES_VI, due="2027-01-15"),
    Q("b-html-09", HTML, "en", "list",
      "List every task of the Ministry of Home Affairs in KL 645.",
      g(HTML, H["mohascheme"], H["moha6m"]), also=g(REP, R["mohascheme"], R["moha6m"]),
      says=["scheme", "2027-2030", "2027 - 2030", "six months", "6 months"]),
    Q("b-html-10", HTML, "vi", "unanswerable",
      "Kết luận 645 giao Bộ Y tế nhiệm vụ gì trong việc bồi dưỡng nhân viên y tế cấp xã?",
      []),
    # ---------------- en_report.txt (report of 645-KL/TW)
    Q("b-rep-01", REP, "vi", "deadline",
      "Khung chương trình bồi dưỡng dành cho cán bộ chủ chốt cấp xã phải được hoàn thành muộn nhất vào thời điểm nào?",
      g(REP, R["cocframe"]), also=g(HTML, H["cocframe"]), due="2027-03-31"),
    Q("b-rep-02", REP, "en", "task",
      "What does the Ministry of Home Affairs have to put before the Prime Minister, and when?",
      g(REP, R["mohascheme"]), also=g(HTML, H["mohascheme"]), due="2027-06-30"),
    Q("b-rep-03", REP, "vi", "deadline",
      "Các tỉnh có hạn chót nào để ban hành kế hoạch bồi dưỡng cán bộ xã cho năm tới?",
      g(REP, R["ppcplan"]), also=g(HTML, H["ppcplan"]), due="2027-01-15"),
    Q("b-rep-04", REP, "en", "deadline",
      "When are the Ho Chi Minh National Academy of Politics' materials for commune Party secretaries due?",
      g(REP, R["hcma"]), also=g(HTML, H["hcma"]), due="2027-05-31"),
    Q("b-rep-05", REP, "vi", "frequency",
      "Ủy ban nhân dân cấp xã phải báo cáo số cán bộ được cử đi học theo chu kỳ nào?",
      g(REP, R["cpcmon"]), also=g(HTML, H["cpcmon"]), says=["hằng tháng", "hàng tháng", "mỗi tháng", "ngày 20"]),
    Q("b-rep-06", REP, "en", "meeting",
      "On what date did the Secretariat meet on the training of commune officials, and whose report did it hear?",
      g(REP, R["pre"]), also=g(HTML, H["pre"]), says=["November 10", "10 November", "Central Organisation Commission"]),
    Q("b-rep-07", REP, "vi", "principle",
      "Theo Kết luận 645, việc bồi dưỡng cán bộ xã phải tuân theo nguyên tắc nào?",
      g(REP, R["motto"]), also=g(HTML, H["motto"]), says=["vị trí việc làm", "làm gì học nấy"]),
    Q("b-rep-08", REP, "en", "yesno",
      "Is the Ministry of Home Affairs required to report to the Secretariat on training results every quarter?",
      g(REP, R["moha6m"]), also=g(HTML, H["moha6m"]), says=NO_EN),
    Q("b-rep-09", REP, "vi", "list",
      "Liệt kê các nhiệm vụ của Bộ Nội vụ trong Kết luận về bồi dưỡng cán bộ, công chức cấp xã.",
      g(REP, R["mohascheme"], R["moha6m"]), also=g(HTML, H["mohascheme"], H["moha6m"]),
      says=["đề án", "Đề án", "6 tháng", "sáu tháng"]),
    Q("b-rep-10", REP, "en", "unanswerable",
      "What does Conclusion 648 on retraining commune staff require provinces to finish by mid-2027?",
      []),
    # ---------------- vi_press.txt (652-KL/TW)
    Q("b-vp-01", VP, "en", "task",
      "What does the Secretariat want the Ministry of Health to do for commune clinics that get cut off by floods, and by when?",
      g(VP, V["moh"]), due="2027-05-31"),
    Q("b-vp-02", VP, "en", "deadline",
      "By when must commune authorities have their disaster response plans drawn up and approved?",
      g(VP, V["cpcplan"]), due="2027-04-30"),
    Q("b-vp-03", VP, "vi", "deadline",
      "Việc kiện toàn lực lượng chỉ huy phòng thủ ở cấp xã sau sáp nhập, do Bộ Quốc phòng hướng dẫn, phải xong khi nào?",
      g(VP, V["mnd"]), due="2026-12-31"),
    Q("b-vp-04", VP, "vi", "task",
      "Việc công an xã cùng dân quân đưa người dân ra khỏi vùng nguy hiểm được giao cho bộ nào, và phải hoàn thành trước khi nào?",
      g(VP, V["mps"]), also=g(VP, V["group"]), due="2027-08-31"),
    Q("b-vp-05", VP, "en", "frequency",
      "How often must communes hold disaster drills and report the results to the province?",
      g(VP, V["cpcdrill"]), says=["annually", "every year", "each year", "yearly", "15 December", "December 15"]),
    Q("b-vp-06", VP, "vi", "meeting",
      "Ai đã ký ban hành Kết luận về phòng, chống thiên tai ở cấp xã, và Ban Bí thư họp ngày nào để nghe báo cáo?",
      g(VP, V["signer"], V["pre"]), says=["Phạm Đức Khiêm", "19/11/2026"]),
    Q("b-vp-07", VP, "en", "relation",
      "Which earlier Secretariat directive does Conclusion 652 tell Party committees to keep implementing?",
      g(VP, V["directive"]), says=["36-CT/TW"]),
    Q("b-vp-08", VP, "vi", "yesno",
      "Có đúng là Bộ Tài chính phải ra hướng dẫn chia Quỹ phòng, chống thiên tai của tỉnh cho các xã ngay trong ba tháng đầu năm 2027?",
      g(VP, V["mof"]), says=YES_VI, due="2027-03-31"),
    Q("b-vp-09", VP, "en", "list",
      "List every task that Conclusion 652 gives commune People's Committees.",
      g(VP, V["cpcplan"], V["cpcdrill"]), says=["response plan", "drill", "exercise"]),
    Q("b-vp-10", VP, "vi", "unanswerable",
      "Kết luận 652 giao Ngân hàng Nhà nước Việt Nam nhiệm vụ gì trong khắc phục hậu quả thiên tai?",
      []),
]

SOURCES = [
    {"doc": PDF, "symbol": "614-KL/TW", "kind": "full text", "language": "vi",
     "date_of_conclusion": "2026-10-09", "date_of_page": None, "url": None},
    {"doc": DOCX, "symbol": "627-KL/TW", "kind": "full text", "language": "en",
     "date_of_conclusion": "2026-10-23", "date_of_page": None, "url": None},
    {"doc": IT, "symbol": "633-KL/TW", "kind": "full text", "language": "it",
     "date_of_conclusion": "2026-10-30", "date_of_page": "2026-11-02", "url": None},
    {"doc": HTML, "symbol": "645-KL/TW", "kind": "full text", "language": "vi",
     "date_of_conclusion": "2026-11-12", "date_of_page": "2026-11-16",
     "url": "https://chinhquyencoso.gov.vn/van-ban-trung-uong/ket-luan-so-645-kl-tw-cua-ban-bi-thu-ve-dao-tao-boi-duong-can-bo-cong-chuc-cap-xa-t20261116091500.html"},
    {"doc": REP, "symbol": "645-KL/TW", "kind": "press report", "language": "en",
     "date_of_conclusion": "2026-11-12", "date_of_page": "2026-11-14", "url": None},
    {"doc": VP, "symbol": "652-KL/TW", "kind": "press report", "language": "vi",
     "date_of_conclusion": "2026-11-24", "date_of_page": "2026-11-26", "url": None},
]


def write(name, rows):
    with open(HERE / name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write("slots.jsonl", SLOTS)
    write("questions.jsonl", QUESTIONS)
    write("sources.jsonl", SOURCES)
    print(f"{len(QUESTIONS)} questions, {len(SLOTS)} slots, {len(SOURCES)} sources")
