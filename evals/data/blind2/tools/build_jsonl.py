"""Writes questions.jsonl, slots.jsonl and sources.jsonl from the tables below.

Run: python3 tools/build_jsonl.py   (standard library only; re-runnable)
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

GPC = "Government Party Committee"
CPSPC = "Central Public Security Party Committee"
MOF = "Ministry of Finance"
MOHA = "Ministry of Home Affairs"
MPS = "Ministry of Public Security"
MOJ = "Ministry of Justice"
MOST = "Ministry of Science and Technology"
MAE = "Ministry of Agriculture and Environment"
MCST = "Ministry of Culture, Sports and Tourism"
VSS = "Vietnam Social Security"
COC = "Central Organisation Commission"
CIC = "Central Inspection Commission"
CPO = "Central Party Office"
CPMC = "Central Propaganda and Mass Mobilisation Commission"
VFFPC = "Party Committee of the Vietnam Fatherland Front and central mass organisations"
VFF = "Vietnam Fatherland Front"
PMPC = "Provincial and municipal Party Committees"
PPC = "Provincial People's Committees"
COMPC = "Commune Party Committees"
CPC = "Commune People's Committees"

DOCX, VP, DE, RU, PDF, FR = ("vi_original.docx", "vi_press.html", "de_web.html", "ru_press.txt",
                             "en_translation.pdf", "fr_original_style.md")


def S(doc, quote, actors, lead, due, gran, rec=None):
    return {"doc": doc, "quote": quote, "actors": actors, "lead": [lead], "due": due,
            "granularity": gran, "recurring": rec}


# ---------------------------------------------------------------- quotes
D = {  # vi_original.docx, 708-KL/TW (Secretariat); group deadline 31/10/2027
    "moha1": "ban hành bộ tiêu chí đánh giá mức độ hài lòng của người dân đối với Trung tâm",
    "moha2": "hướng dẫn vị trí việc làm, định mức số lượng công chức làm việc tại Trung tâm",
    "most": "kết nối, liên thông Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh",
    "mof1": "định mức chi thường xuyên và việc bố trí kinh phí mua sắm, thay thế trang thiết bị",
    "mof2": "trình Chính phủ cơ chế hỗ trợ từ ngân sách trung ương để đầu tư trang thiết bị",
    "moj": "cắt giảm các loại giấy tờ người dân phải nộp khi thực hiện thủ tục đăng ký hộ tịch",
    "mps1": "bố trí cán bộ hỗ trợ người dân đăng ký, kích hoạt tài khoản định danh điện tử",
    "mps2": "thông báo kết quả cho Ủy ban nhân dân cấp xã trước ngày 05 hằng tháng",
    "ppc1": "Bố trí đủ trang thiết bị, đường truyền, chữ ký số cho Trung tâm",
    "ppc2": "giải quyết hồ sơ thủ tục hành chính không phụ thuộc địa giới hành chính cấp xã",
    "ppc3": "tăng cường công chức có kỹ năng số từ các sở, ngành về làm việc",
    "ppc4": "Công khai kết quả đánh giá mức độ hài lòng của người dân đối với từng Trung tâm",
    "coc": "lấy kết quả hoạt động của Trung tâm phục vụ hành chính công làm một tiêu chí đánh giá",
    "vff1": "giám sát việc giải quyết thủ tục hành chính tại Trung tâm phục vụ hành chính công cấp xã",
    "vff2": "tổng hợp ý kiến, kiến nghị của Nhân dân, gửi Đảng ủy Chính phủ định kỳ 6 tháng",
    "follow": "đôn đốc việc thực hiện Kết luận này; sơ kết một năm thực hiện, báo cáo Ban Bí thư",
    # not slots
    "group": "Các nhiệm vụ nêu tại Kết luận này phải hoàn thành trước ngày 31/10/2027",
    "pre": "sau khi nghe Đảng ủy Chính phủ báo cáo tình hình hoạt động của Trung tâm",
    "motto": "một nơi tiếp nhận, một lần xác thực, trả kết quả tại nơi người dân mong muốn",
    "relation": "tiếp tục thực hiện nghiêm Chỉ thị số 24-CT/TW, ngày 17/3/2025 của Ban Bí thư",
    "signer": "T/M BAN BÍ THƯ (Đã ký) Hà Quang Thịnh",
}
V = {  # vi_press.html, press report of 708-KL/TW ("Kết luận 708"); group deadline 31/10/2027 (quoted)
    "moha1": "ban hành trong quý I/2027 bộ tiêu chí đánh giá sự hài lòng của người dân",
    "moha2": "hướng dẫn vị trí việc làm, định mức công chức của Trung tâm theo quy mô dân số",
    "most": "kết nối hệ thống giải quyết thủ tục hành chính cấp tỉnh với Cổng Dịch vụ công quốc gia",
    "mof1": "hướng dẫn định mức chi thường xuyên, kinh phí mua sắm trang thiết bị cho Trung tâm",
    "mof2": "phải trình Chính phủ cơ chế hỗ trợ từ ngân sách trung ương cho các xã đặc biệt khó khăn",
    "mps1": "cử cán bộ hỗ trợ người dân kích hoạt tài khoản định danh điện tử ngay tại Trung tâm",
    "mps2": "thông báo kết quả cho Ủy ban nhân dân cấp xã trước ngày 5 hằng tháng",
    "ppc1": "bố trí đủ trang thiết bị, đường truyền, chữ ký số cho Trung tâm trong năm 2027",
    "ppc2": "triển khai tiếp nhận hồ sơ không phụ thuộc địa giới hành chính cấp xã trong phạm vi tỉnh",
    "ppc3": "phải điều động công chức có kỹ năng số từ các sở, ngành về các xã còn thiếu",
    "ppc4": "phải được công khai trên cổng thông tin điện tử của tỉnh mỗi quý một lần",
    "coc": "hướng dẫn việc lấy kết quả hoạt động của Trung tâm làm một tiêu chí đánh giá",
    "follow": "theo dõi, đôn đốc việc thực hiện, sơ kết một năm và báo cáo Ban Bí thư",
    # not slots
    "group": "Các nhiệm vụ nêu tại Kết luận này phải hoàn thành trước ngày 31/10/2027",
    "pre": "tại phiên họp ngày 10/12/2026, Ban Bí thư đã nghe Đảng ủy Chính phủ báo cáo",
    "signer": "đồng chí Hà Quang Thịnh, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư vừa ký ban hành",
    "relation": "tiếp tục thực hiện nghiêm Chỉ thị số 24-CT/TW của Ban Bí thư",
    "motto": "một nơi tiếp nhận, một lần xác thực, trả kết quả tại nơi người dân mong muốn",
}
G = {  # de_web.html, 719-KL/TW (Politburo); group deadline 31. Oktober 2027
    "mps1": "Überprüfung und Anpassung der Personalstärke der Gemeindepolizei nach Einwohnerzahl, Fläche und Sicherheitslage",
    "mps2": "Erlass einer Regelung über die Zusammenarbeit zwischen der Gemeindepolizei und den Volkskomitees der Gemeinden",
    "mps3": "Anbindung der Videoüberwachungssysteme aller Gemeinden an die Lagezentren der Provinzpolizei",
    "mps4": "über die Lage von Sicherheit und Ordnung in den Gemeinden, monatlich vor dem 10.",
    "moha": "Regelungen über Aufgaben, Ausstattung und Vergütung der Kräfte zum Schutz von Sicherheit und Ordnung",
    "mof1": "Mittel aus dem Zentralhaushalt für den Bau von Dienstgebäuden der Gemeindepolizei in Grenzgemeinden",
    "mof2": "die Übertragung überzähliger Verwaltungsgebäude nach der Zusammenlegung an die Gemeindepolizei zu regeln",
    "moj": "die Zuständigkeit der Gemeindepolizei für die Ahndung von Ordnungswidrigkeiten zu überprüfen",
    "ppc": "Grundstücke für die Dienstgebäude der Gemeindepolizei bereitzustellen und die Planung",
    "cpc": "vierteljährlich gemeinsam mit der Gemeindepolizei öffentliche Bürgerdialoge über Sicherheit und Ordnung durchzuführen",
    "cpmc": "über vorbildliche Beamte der Gemeindepolizei und die Bewegung",
    "vff": "die Bevölkerung zur Teilnahme an Selbstverwaltungsgruppen für Sicherheit und Ordnung in Wohngebieten",
    "follow": "zieht nach einem Jahr Bilanz und berichtet dem Politbüro im Dezember 2027",
    # not slots
    "group": "Alle oben genannten Aufgaben sind bis zum 31. Oktober 2027 abzuschließen",
    "pre": "nach Anhörung des Berichts des Parteikomitees der Zentralen Öffentlichen Sicherheit über den Aufbau",
    "motto": "die Basis kennen, nah am Volk sein, das Volk verstehen, dem Volk helfen",
}
R = {  # ru_press.txt, press report of 731-KL/TW (Secretariat); group deadline 30 ноября 2027
    "vss1": "завершить преобразование бывших районных отделений в межкоммунальные пункты обслуживания",
    "vss2": "завершить подключение базы данных о застрахованных лицах к Национальной базе данных о населении",
    "moha": "утвердить типовые должностные обязанности сотрудников коммун, ведущих вопросы социального обеспечения",
    "mof": "порядок выплаты социальных пособий через почтовую сеть и банковские счета",
    "ppc": "в каждой коммуне работал как минимум один штатный специалист по социальному страхованию",
    "cpc": "ежемесячно до 5-го числа направлять в провинциальное отделение социального страхования сведения",
    "vffpc": "организовать разъяснительную работу среди населения о преимуществах добровольного социального",
    "follow": "будет отслеживать выполнение Заключения и раз в полгода отчитываться перед Секретариатом",
    # not slots
    "group": "Все перечисленные задачи, за исключением имеющих собственные сроки, должны быть выполнены до 30 ноября 2027 года",
    "pre": "на котором был заслушан доклад Партийного комитета правительства № 611-BC/ĐUCP",
    "relation": "продолжать неукоснительно выполнять Директиву Секретариата № 52-CT/TW от 21 февраля 2025 года",
}
P = {  # en_translation.pdf, 743-KL/TW (Politburo); group deadline 30 September 2027
    "mof1": "drafting a decree on the norms for allocating regular expenditure of commune budgets",
    "mof2": "settling the budget balances, assets and outstanding debts of former district-level units",
    "mof3": "roll out the treasury and budget management information system to all communes",
    "moha": "professional standards and job descriptions for commune finance and accounting officers",
    "mae": "guide the determination of the share of land-use levies that communes retain",
    "ppc1": "decentralisation of revenue sources and expenditure tasks between the provincial and commune budgets",
    "ppc2": "Allocate targeted supplements from the provincial budget to communes whose revenues do not cover",
    "ppc3": "Report the execution of commune budgets in the province to the Ministry of Finance",
    "cpc1": "Publicly disclose the budget estimates and final accounts of the commune at the commune headquarters",
    "cpc2": "Complete the inventory of public assets received from former district-level units and merged communes",
    "cic": "inspect and supervise the management and use of commune budgets and public assets",
    "follow": "in monitoring the implementation of this Conclusion and report to the Politburo every six months",
    # not slots
    "group": "The tasks in Section 3 must be completed by 30 September 2027",
    "pre": "having heard the report of the Government Party Committee on the management of commune budgets",
    "relation": "This Conclusion replaces Section 3 of Notice No. 412-TB/TW dated 4 September 2025",
}
F = {  # fr_original_style.md, 756-KL/TW (Secretariat); group deadline 30 novembre 2027
    "mcst1": "publier les critères d'une maison de la culture polyvalente au niveau communal",
    "mcst2": "élaborer un programme de formation des agents culturels des communes et le mettre",
    "mcst3": "faire la synthèse de la situation des institutions culturelles de base dans l'ensemble du pays",
    "mof": "la réaffectation des sièges excédentaires après la fusion en maisons de la culture",
    "moha": "préciser les attributions du fonctionnaire chargé de la culture et des affaires sociales",
    "ppc1": "remettre aux comités populaires des communes les sièges excédentaires désignés pour devenir des maisons",
    "ppc2": "chaque commune dispose d'au moins une maison de la culture polyvalente en fonctionnement",
    "ppc3": "mettre à jour la base de données des institutions culturelles de base sur le système",
    "cpc": "confier la gestion quotidienne des maisons de la culture de village aux communautés d'habitants",
    "cpmc": "oriente les organes de presse pour faire connaître les maisons de la culture",
    "vff": "mobiliser les habitants à contribuer à la construction et à l'entretien des maisons",
    "follow": "il en dresse le bilan et rend compte au Secrétariat en décembre 2027",
    # not slots
    "group": "Les tâches énoncées ci-dessus doivent être achevées au plus tard le 30 novembre 2027",
    "pre": "après avoir entendu le rapport du Comité du Parti du gouvernement sur la situation",
    "motto": "une commune, un foyer culturel vivant ; un village, un lieu de rencontre",
}

# ---------------------------------------------------------------- slots
SLOTS = [
    # ---- vi_original.docx (708-KL/TW)
    S(DOCX, D["moha1"], [GPC, MOHA, MOST], MOHA, "2027-03-31", "quarter"),
    S(DOCX, D["moha2"], [GPC, MOHA], MOHA, "2027-02-28", "day"),
    S(DOCX, D["most"], [GPC, MOST], MOST, "2027-06-30", "day"),
    S(DOCX, D["mof1"], [GPC, MOF], MOF, "2027-10-31", "day"),
    S(DOCX, D["mof2"], [GPC, MOF], MOF, "2027-01-31", "day"),
    S(DOCX, D["moj"], [GPC, MOJ], MOJ, "2027-03-31", "month"),
    S(DOCX, D["mps1"], [GPC, MPS], MPS, "2027-10-31", "day"),
    S(DOCX, D["mps2"], [GPC, MPS], MPS, None, None, "monthly"),
    S(DOCX, D["ppc1"], [PMPC, PPC], PPC, "2027-12-31", "year"),
    S(DOCX, D["ppc2"], [PMPC, PPC], PPC, "2027-05-31", "month"),
    S(DOCX, D["ppc3"], [PMPC, PPC], PPC, "2027-03-31", "day"),
    S(DOCX, D["ppc4"], [PMPC, PPC], PPC, None, None, "quarterly"),
    S(DOCX, D["coc"], [COC, GPC], COC, "2027-10-31", "day"),
    S(DOCX, D["vff1"], [VFFPC, VFF], VFF, "2027-10-31", "day"),
    S(DOCX, D["vff2"], [VFFPC, VFF], VFF, None, None, "half-yearly"),
    S(DOCX, D["follow"], [GPC, CPO], GPC, "2027-12-31", "quarter"),
    # ---- vi_press.html (report of 708-KL/TW): only the tasks the report restates, with the bodies it names
    S(VP, V["moha1"], [GPC, MOHA], MOHA, "2027-03-31", "quarter"),
    S(VP, V["moha2"], [GPC, MOHA], MOHA, "2027-02-28", "day"),
    S(VP, V["most"], [MOST], MOST, "2027-06-30", "day"),
    S(VP, V["mof1"], [MOF], MOF, "2027-10-31", "day"),
    S(VP, V["mof2"], [MOF], MOF, "2027-01-31", "day"),
    S(VP, V["mps1"], [MPS], MPS, "2027-10-31", "day"),
    S(VP, V["mps2"], [MPS], MPS, None, None, "monthly"),
    S(VP, V["ppc1"], [PMPC, PPC], PPC, "2027-12-31", "year"),
    S(VP, V["ppc2"], [PMPC, PPC], PPC, "2027-05-31", "month"),
    S(VP, V["ppc3"], [PMPC, PPC], PPC, "2027-03-31", "day"),
    S(VP, V["ppc4"], [PMPC, PPC], PPC, None, None, "quarterly"),
    S(VP, V["coc"], [COC], COC, "2027-10-31", "day"),
    S(VP, V["follow"], [GPC], GPC, "2027-12-31", "quarter"),
    # ---- de_web.html (719-KL/TW)
    S(DE, G["mps1"], [CPSPC, MPS], MPS, "2027-03-31", "day"),
    S(DE, G["mps2"], [CPSPC, MPS, MOHA], MPS, "2027-01-15", "day"),
    S(DE, G["mps3"], [CPSPC, MPS], MPS, "2027-06-30", "quarter"),
    S(DE, G["mps4"], [CPSPC, MPS], MPS, None, None, "monthly"),
    S(DE, G["moha"], [GPC, MOHA, MPS], MOHA, "2027-06-30", "half"),
    S(DE, G["mof1"], [GPC, MOF], MOF, "2027-12-31", "year"),
    S(DE, G["mof2"], [GPC, MOF], MOF, "2027-10-31", "day"),
    S(DE, G["moj"], [GPC, MOJ, MPS], MOJ, "2027-06-30", "day"),
    S(DE, G["ppc"], [PMPC, PPC], PPC, "2027-09-30", "day"),
    S(DE, G["cpc"], [PMPC, CPC], CPC, None, None, "quarterly"),
    S(DE, G["cpmc"], [CPMC], CPMC, "2027-10-31", "day"),
    S(DE, G["vff"], [VFFPC, VFF], VFF, "2027-10-31", "day"),
    S(DE, G["follow"], [CPSPC, CPO], CPSPC, "2027-12-31", "month"),
    # ---- ru_press.txt (report of 731-KL/TW): only the bodies the report names
    S(RU, R["vss1"], [VSS], VSS, "2027-03-31", "day"),
    S(RU, R["vss2"], [VSS, MPS], VSS, "2027-12-31", "year"),
    S(RU, R["moha"], [MOHA], MOHA, "2027-03-31", "quarter"),
    S(RU, R["mof"], [MOF], MOF, "2027-06-30", "day"),
    S(RU, R["ppc"], [PPC], PPC, "2027-12-31", "half"),
    S(RU, R["cpc"], [CPC], CPC, None, None, "monthly"),
    S(RU, R["vffpc"], [VFFPC], VFFPC, "2027-11-30", "day"),
    S(RU, R["follow"], [GPC], GPC, None, None, "half-yearly"),
    # ---- en_translation.pdf (743-KL/TW)
    S(PDF, P["mof1"], [GPC, MOF, MOHA], MOF, "2027-03-31", "quarter"),
    S(PDF, P["mof2"], [GPC, MOF], MOF, "2027-02-28", "day"),
    S(PDF, P["mof3"], [GPC, MOF], MOF, "2027-09-30", "quarter"),
    S(PDF, P["moha"], [GPC, MOHA], MOHA, "2027-06-30", "half"),
    S(PDF, P["mae"], [GPC, MAE], MAE, "2027-04-30", "month"),
    S(PDF, P["ppc1"], [PMPC, PPC], PPC, "2027-03-31", "day"),
    S(PDF, P["ppc2"], [PMPC, PPC], PPC, "2027-09-30", "day"),
    S(PDF, P["ppc3"], [PMPC, PPC], PPC, None, None, "quarterly"),
    S(PDF, P["cpc1"], [COMPC, CPC], CPC, None, None, "yearly"),
    S(PDF, P["cpc2"], [COMPC, CPC], CPC, "2027-05-31", "day"),
    S(PDF, P["cic"], [CIC], CIC, "2027-12-31", "quarter"),
    S(PDF, P["follow"], [GPC, CPO], GPC, None, None, "half-yearly"),
    # ---- fr_original_style.md (756-KL/TW)
    S(FR, F["mcst1"], [GPC, MCST], MCST, "2027-03-31", "day"),
    S(FR, F["mcst2"], [GPC, MCST], MCST, "2027-06-30", "month"),
    S(FR, F["mcst3"], [GPC, MCST], MCST, None, None, "half-yearly"),
    S(FR, F["mof"], [GPC, MOF], MOF, "2027-03-31", "quarter"),
    S(FR, F["moha"], [GPC, MOHA], MOHA, "2027-04-30", "day"),
    # a time limit counted from an event ("dans un délai de trois mois à compter de la décision"):
    # no date, not recurring -> due, granularity and recurring all null
    S(FR, F["ppc1"], [PMPC, PPC], PPC, None, None, None),
    S(FR, F["ppc2"], [PMPC, PPC], PPC, "2027-12-31", "year"),
    S(FR, F["ppc3"], [PMPC, PPC], PPC, None, None, "monthly"),
    S(FR, F["cpc"], [COMPC, CPC], CPC, "2027-11-30", "day"),
    S(FR, F["cpmc"], [CPMC], CPMC, "2027-11-30", "day"),
    S(FR, F["vff"], [VFFPC, VFF], VFF, "2027-11-30", "day"),
    S(FR, F["follow"], [GPC, CPO], GPC, "2027-12-31", "month"),
]


# ---------------------------------------------------------------- questions
def g(doc, *quotes):
    return [{"doc": doc, "quote": q} for q in quotes]


# the documents tuning may look at; the others are held out (the two sources of 708 together)
DEV = {DE, RU, FR}


def Q(_id, doc, lang, ask, text, gold, also=(), alt=(), due=None, says=None):
    fact = {}
    if says is not None:
        fact["says"] = says
    if due is not None:
        fact["due"] = due
    return {"_id": _id, "doc": doc, "split": "dev" if doc in DEV else "heldout", "text": text, "lang": lang,
            "ask": ask, "gold": gold, "also": list(also), "alternatives": list(alt), "fact": fact}


YES_EN, NO_EN = ["yes"], ["no"]
YES_VI, NO_VI = ["có", "đúng"], ["không", "sai"]
MONTHLY_VI = ["hằng tháng", "hàng tháng", "mỗi tháng"]
HALF_EN = ["every six months", "every 6 months", "six-monthly", "twice a year", "half-yearly", "semi-annual", "biannual"]

QUESTIONS = [
    # ---------------- vi_original.docx (708-KL/TW)
    Q("b2-docx-01", DOCX, "en", "deadline",
      "When does the Ministry of Home Affairs have to issue the criteria for measuring how satisfied citizens are with commune public administrative service centres?",
      g(DOCX, D["moha1"]), alt=g(VP, V["moha1"]), due="2027-03-31"),
    Q("b2-docx-02", DOCX, "vi", "task",
      "Với các xã nghèo, xã giáp biên và đặc khu, Bộ Tài chính được giao đề xuất gì lên Chính phủ để mua sắm thiết bị cho Trung tâm, và hạn chót là ngày nào?",
      g(DOCX, D["mof2"]), alt=g(VP, V["mof2"]), due="2027-01-31"),
    Q("b2-docx-03", DOCX, "ru", "deadline",
      "В какой срок Министерство юстиции должно предложить сократить перечень документов, которые жители представляют при регистрации актов гражданского состояния в коммуне?",
      g(DOCX, D["moj"]), due="2027-03-31"),
    Q("b2-docx-04", DOCX, "vi", "task",
      "Ủy ban nhân dân cấp tỉnh phải làm gì để người dân có thể nộp và nhận kết quả thủ tục ở bất kỳ xã nào trong tỉnh, và phải xong khi nào?",
      g(DOCX, D["ppc2"]), alt=g(VP, V["ppc2"]), due="2027-05-31"),
    Q("b2-docx-05", DOCX, "en", "frequency",
      "How often must provinces publish the citizen-satisfaction results of each commune service centre?",
      g(DOCX, D["ppc4"]), alt=g(VP, V["ppc4"]),
      says=["quarterly", "every quarter", "each quarter", "every three months", "once a quarter"]),
    Q("b2-docx-06", DOCX, "en", "meeting",
      "When did the Secretariat meet before issuing Conclusion No. 708-KL/TW, and which reports did it hear?",
      g(DOCX, D["pre"]), alt=g(VP, V["pre"]),
      says=["10/12/2026", "10 December 2026", "December 10, 2026", "417-BC/ĐUCP", "96-BC/UBKTTW"]),
    Q("b2-docx-07", DOCX, "vi", "principle",
      "Ban Bí thư đề ra phương châm gì cho hoạt động của Trung tâm phục vụ hành chính công cấp xã?",
      g(DOCX, D["motto"]), alt=g(VP, V["motto"]),
      says=["một nơi tiếp nhận", "một lần xác thực", "nơi người dân mong muốn"]),
    Q("b2-docx-08", DOCX, "vi", "yesno",
      "Theo Kết luận 708, Bộ Nội vụ có phải ra hướng dẫn về biên chế công chức cho Trung tâm phục vụ hành chính công cấp xã trước khi hết tháng 2/2027 không?",
      g(DOCX, D["moha2"]), alt=g(VP, V["moha2"]), says=YES_VI, due="2027-02-28"),
    Q("b2-docx-09", DOCX, "en", "list",
      "List every task that KL 708 gives the Provincial People's Committees, with their deadlines.",
      g(DOCX, D["ppc1"], D["ppc2"], D["ppc3"], D["ppc4"]), alt=g(VP, V["ppc1"], V["ppc2"], V["ppc3"], V["ppc4"]),
      says=["equipment", "digital signature", "regardless", "digital skills", "satisfaction", "quarter"]),
    Q("b2-docx-10", DOCX, "vi", "unanswerable",
      "Kết luận 708 giao Bộ Ngoại giao nhiệm vụ gì trong việc hợp pháp hóa lãnh sự giấy tờ tại Trung tâm phục vụ hành chính công cấp xã?",
      []),
    # ---------------- vi_press.html (report of 708-KL/TW)
    Q("b2-vp-01", VP, "en", "deadline",
      "By what date must the science and technology ministry link every commune to the National Public Service Portal?",
      g(VP, V["most"]), alt=g(DOCX, D["most"]), due="2027-06-30"),
    Q("b2-vp-02", VP, "vi", "task",
      "Theo bài báo, Ban Tổ chức Trung ương được giao chủ trì việc gì, và thời hạn hoàn thành ra sao?",
      g(VP, V["coc"]), also=g(VP, V["group"]), alt=g(DOCX, D["coc"]), due="2027-10-31"),
    Q("b2-vp-03", VP, "en", "task",
      "What must provincial authorities do for communes whose service centres lack staff with digital skills, and by when?",
      g(VP, V["ppc3"]), alt=g(DOCX, D["ppc3"]), due="2027-03-31"),
    Q("b2-vp-04", VP, "vi", "deadline",
      "Bộ Nội vụ phải ban hành bộ tiêu chí đo sự hài lòng của dân đối với Trung tâm muộn nhất vào lúc nào?",
      g(VP, V["moha1"]), alt=g(DOCX, D["moha1"]), due="2027-03-31"),
    Q("b2-vp-05", VP, "vi", "frequency",
      "Công an cấp xã phải báo cho Ủy ban nhân dân xã về kết quả hỗ trợ người dân kích hoạt định danh điện tử bao lâu một lần?",
      g(VP, V["mps2"]), alt=g(DOCX, D["mps2"]), says=MONTHLY_VI + ["ngày 5"]),
    Q("b2-vp-06", VP, "en", "meeting",
      "Who signed Conclusion 708 on commune public administrative service centres, and on what date?",
      g(VP, V["signer"]), alt=g(DOCX, D["signer"]),
      says=["Hà Quang Thịnh", "Ha Quang Thinh", "14/12/2026", "14 December 2026", "December 14, 2026"]),
    Q("b2-vp-07", VP, "en", "relation",
      "Which earlier Secretariat directive are Party committees told to keep applying under the conclusion on commune service centres?",
      g(VP, V["relation"]), alt=g(DOCX, D["relation"]), says=["24-CT/TW"]),
    Q("b2-vp-08", VP, "en", "yesno",
      "Does Conclusion 708 require provinces to begin accepting applications regardless of commune boundaries by the end of the first quarter of 2027?",
      g(VP, V["ppc2"]), alt=g(DOCX, D["ppc2"]), says=NO_EN, due="2027-05-31"),
    Q("b2-vp-09", VP, "vi", "list",
      "Liệt kê các nhiệm vụ mà Kết luận 708 giao cho Bộ Tài chính.",
      g(VP, V["mof1"], V["mof2"]), alt=g(DOCX, D["mof1"], D["mof2"]),
      says=["định mức chi", "cơ chế hỗ trợ", "31/01/2027"]),
    Q("b2-vp-10", VP, "en", "unanswerable",
      "Under Conclusion 708, what must Vietnam Social Security do at commune public administrative service centres?",
      []),
    # ---------------- de_web.html (719-KL/TW)
    Q("b2-de-01", DE, "en", "deadline",
      "By when must the Ministry of Public Security finish reviewing how many officers each commune police unit has?",
      g(DE, G["mps1"]), due="2027-03-31"),
    Q("b2-de-02", DE, "fr", "deadline",
      "Quand le ministère de la Sécurité publique doit-il publier le règlement sur la coopération entre la police communale et les comités populaires des communes ?",
      g(DE, G["mps2"]), due="2027-01-15"),
    Q("b2-de-03", DE, "vi", "task",
      "Bộ Tài chính được giao làm gì với các trụ sở hành chính dôi dư sau sáp nhập liên quan đến công an xã, và hạn chót là khi nào?",
      g(DE, G["mof2"]), also=g(DE, G["group"]), due="2027-10-31"),
    Q("b2-de-04", DE, "de", "task",
      "Welche Aufgabe hat das Justizministerium in Bezug auf die Befugnisse der Gemeindepolizei bei Ordnungswidrigkeiten, und bis wann?",
      g(DE, G["moj"]), due="2027-06-30"),
    Q("b2-de-05", DE, "vi", "frequency",
      "Ủy ban nhân dân cấp xã phải cùng công an xã tổ chức đối thoại với người dân về an ninh, trật tự theo định kỳ nào?",
      g(DE, G["cpc"]), says=["hằng quý", "hàng quý", "mỗi quý", "quý một lần", "ba tháng một lần", "3 tháng"]),
    Q("b2-de-06", DE, "en", "meeting",
      "On what date did the Politburo meet before adopting Conclusion 719, and whose report did it hear?",
      g(DE, G["pre"]), says=["26 December 2026", "December 26, 2026", "26/12/2026", "588-BC/ĐUCATW"]),
    Q("b2-de-07", DE, "vi", "principle",
      "Kết luận 719 nêu phương châm gì đối với lực lượng công an cấp xã?",
      g(DE, G["motto"]), says=["bám cơ sở", "sát dân", "hiểu dân", "giúp dân", "gần dân", "nah am Volk", "dem Volk helfen"]),
    Q("b2-de-08", DE, "en", "yesno",
      "Does the finance ministry have until the end of 2027 to provide central-budget money for police stations in border and island communes?",
      g(DE, G["mof1"]), says=YES_EN, due="2027-12-31"),
    Q("b2-de-09", DE, "en", "list",
      "List all the tasks that Conclusion 719 assigns to the Ministry of Public Security.",
      g(DE, G["mps1"], G["mps2"], G["mps3"], G["mps4"]),
      says=["staffing", "personnel", "cooperation", "video", "surveillance", "monthly"]),
    Q("b2-de-10", DE, "vi", "unanswerable",
      "Kết luận 719 giao Bộ Quốc phòng nhiệm vụ gì đối với lực lượng dân quân tự vệ ở cấp xã?",
      []),
    # ---------------- ru_press.txt (report of 731-KL/TW)
    Q("b2-ru-01", RU, "en", "deadline",
      "By what date must Vietnam Social Security turn the former district social insurance offices into service points shared by several communes?",
      g(RU, R["vss1"]), due="2027-03-31"),
    Q("b2-ru-02", RU, "vi", "deadline",
      "Bộ Tài chính phải ban hành quy trình chi trả trợ cấp xã hội qua mạng bưu chính và tài khoản ngân hàng trước thời điểm nào?",
      g(RU, R["mof"]), due="2027-06-30"),
    Q("b2-ru-03", RU, "en", "task",
      "What must the Ministry of Home Affairs approve for commune staff who handle social welfare, and in which period?",
      g(RU, R["moha"]), due="2027-03-31"),
    Q("b2-ru-04", RU, "ru", "deadline",
      "До какого срока народные комитеты провинций должны обеспечить каждую коммуну штатным специалистом по соцстрахованию?",
      g(RU, R["ppc"]), due="2027-12-31"),
    Q("b2-ru-05", RU, "vi", "frequency",
      "Ủy ban nhân dân cấp xã gửi số liệu người dân mới tham gia bảo hiểm xã hội tự nguyện cho cơ quan bảo hiểm xã hội tỉnh theo định kỳ nào?",
      g(RU, R["cpc"]), says=MONTHLY_VI + ["ngày 5"]),
    Q("b2-ru-06", RU, "en", "meeting",
      "When did the Secretariat meet on social insurance in communes, and whose report did it hear?",
      g(RU, R["pre"]), says=["8 January", "January 8", "611-BC/ĐUCP", "Government Party Committee"]),
    Q("b2-ru-07", RU, "vi", "relation",
      "Kết luận 731 yêu cầu các cấp ủy tiếp tục thực hiện nghiêm chỉ thị nào của Ban Bí thư?",
      g(RU, R["relation"]), says=["52-CT/TW"]),
    Q("b2-ru-08", RU, "vi", "yesno",
      "Có phải Ủy ban nhân dân các tỉnh phải bố trí đủ cán bộ chuyên trách bảo hiểm xã hội cho mọi xã ngay trong nửa đầu năm 2027 không?",
      g(RU, R["ppc"]), says=NO_VI, due="2027-12-31"),
    Q("b2-ru-09", RU, "en", "list",
      "List every task Conclusion 731 gives Vietnam Social Security.",
      g(RU, R["vss1"], R["vss2"]), says=["inter-commune", "service point", "Population Database", "population database"]),
    Q("b2-ru-10", RU, "en", "unanswerable",
      "What does Conclusion 735 require communes to do about unemployment insurance?",
      []),
    # ---------------- en_translation.pdf (743-KL/TW)
    Q("b2-pdf-01", PDF, "en", "deadline",
      "By when must every commune be using the finance ministry's electronic treasury and budget system?",
      g(PDF, P["mof3"]), due="2027-09-30"),
    Q("b2-pdf-02", PDF, "de", "deadline",
      "Bis wann muss das Finanzministerium die Provinzen bei der Abwicklung der Haushaltsreste, Vermögenswerte und Schulden der früheren Bezirksebene anleiten?",
      g(PDF, P["mof2"]), due="2027-02-28"),
    Q("b2-pdf-03", PDF, "vi", "task",
      "Bộ Nội vụ được giao ban hành gì cho đội ngũ làm tài chính, kế toán ở xã, và hạn chót là khi nào?",
      g(PDF, P["moha"]), due="2027-06-30"),
    Q("b2-pdf-04", PDF, "vi", "deadline",
      "Ủy ban nhân dân cấp tỉnh phải trình Hội đồng nhân dân tỉnh việc phân cấp nguồn thu, nhiệm vụ chi giữa ngân sách tỉnh và ngân sách xã trước ngày nào?",
      g(PDF, P["ppc1"]), due="2027-03-31"),
    Q("b2-pdf-05", PDF, "en", "frequency",
      "How often must provinces report to the Ministry of Finance on how commune budgets are being executed?",
      g(PDF, P["ppc3"]), says=["quarterly", "every quarter", "each quarter", "15th"]),
    Q("b2-pdf-06", PDF, "vi", "meeting",
      "Bộ Chính trị họp ngày nào và nghe báo cáo số mấy trước khi ban hành Kết luận 743?",
      g(PDF, P["pre"]), says=["19/01/2027", "19/1/2027", "633-BC/ĐUCP"]),
    Q("b2-pdf-07", PDF, "en", "relation",
      "Which earlier Politburo notice does Conclusion 743 replace, and does it replace all of it?",
      g(PDF, P["relation"]), says=["412-TB/TW"]),
    Q("b2-pdf-08", PDF, "vi", "yesno",
      "Ủy ban Kiểm tra Trung ương có phải báo cáo Bộ Chính trị kết quả kiểm tra, giám sát ngân sách xã trong quý IV/2027 không?",
      g(PDF, P["cic"]), says=YES_VI, due="2027-12-31"),
    Q("b2-pdf-09", PDF, "en", "list",
      "List every task that the Ministry of Finance has under Conclusion 743.",
      g(PDF, P["mof1"], P["mof2"], P["mof3"]),
      says=["regular expenditure", "spending norms", "district-level", "former district", "treasury"]),
    Q("b2-pdf-10", PDF, "en", "unanswerable",
      "What does Conclusion 743 ask the State Audit Office of Vietnam to audit in commune budgets?",
      []),
    # ---------------- fr_original_style.md (756-KL/TW)
    Q("b2-fr-01", FR, "en", "deadline",
      "By when must the culture ministry publish the standards for a multi-purpose commune cultural house?",
      g(FR, F["mcst1"]), due="2027-03-31"),
    Q("b2-fr-02", FR, "vi", "deadline",
      "Chương trình đào tạo cán bộ văn hóa xã của Bộ Văn hóa, Thể thao và Du lịch phải được triển khai muộn nhất khi nào?",
      g(FR, F["mcst2"]), due="2027-06-30"),
    Q("b2-fr-03", FR, "en", "deadline",
      "How long do provincial People's Committees have to hand surplus offices over to communes for use as cultural houses?",
      g(FR, F["ppc1"]), says=["three months", "3 months"]),
    Q("b2-fr-04", FR, "vi", "task",
      "Bộ Tài chính phải hướng dẫn việc gì đối với các trụ sở dôi dư sau sáp nhập, và trong khoảng thời gian nào?",
      g(FR, F["mof"]), due="2027-03-31"),
    Q("b2-fr-05", FR, "en", "frequency",
      "How often does the culture ministry report to the Secretariat on grassroots cultural institutions?",
      g(FR, F["mcst3"]), says=HALF_EN),
    Q("b2-fr-06", FR, "fr", "meeting",
      "À quelle date le Secrétariat s'est-il réuni et quel rapport a-t-il examiné avant d'adopter la Conclusion 756 ?",
      g(FR, F["pre"]), says=["2 février 2027", "659-BC/ĐUCP"]),
    Q("b2-fr-07", FR, "en", "principle",
      "What motto does the Secretariat set for grassroots cultural institutions in Conclusion 756?",
      g(FR, F["motto"]),
      says=["foyer culturel", "lieu de rencontre", "meeting place", "gathering place", "cultural hearth",
            "cultural centre", "cultural center", "cultural home"]),
    Q("b2-fr-08", FR, "vi", "yesno",
      "Có phải mỗi xã phải có ít nhất một nhà văn hóa đa năng đi vào hoạt động ngay trong nửa đầu năm 2027 không?",
      g(FR, F["ppc2"]), says=NO_VI, due="2027-12-31"),
    Q("b2-fr-09", FR, "vi", "list",
      "Liệt kê các nhiệm vụ của Bộ Văn hóa, Thể thao và Du lịch trong Kết luận 756.",
      g(FR, F["mcst1"], F["mcst2"], F["mcst3"]), says=["tiêu chí", "đào tạo", "6 tháng", "sáu tháng"]),
    Q("b2-fr-10", FR, "en", "unanswerable",
      "What does Conclusion 756 require the Ministry of Education and Training to do about school libraries in communes?",
      []),
]

SOURCES = [
    {"doc": DOCX, "symbol": "708-KL/TW", "kind": "full text", "language": "vi",
     "date_of_conclusion": "2026-12-14", "date_of_page": None, "url": None},
    {"doc": VP, "symbol": "708-KL/TW", "kind": "press report", "language": "vi",
     "date_of_conclusion": "2026-12-14", "date_of_page": "2026-12-16",
     "url": "https://nhipcauchinhquyen.vn/thoi-su/ban-bi-thu-lay-su-hai-long-cua-nguoi-dan-lam-thuoc-do-trung-tam-phuc-vu-hanh-chinh-cong-cap-xa-a118742.html"},
    {"doc": DE, "symbol": "719-KL/TW", "kind": "full text", "language": "de",
     "date_of_conclusion": "2026-12-30", "date_of_page": "2027-01-05",
     "url": "https://www.mekong-kurier.de/politik/politbuero-staerkt-gemeindepolizei-nach-verwaltungsreform-a-20270105-0940.html"},
    {"doc": RU, "symbol": "731-KL/TW", "kind": "press report", "language": "ru",
     "date_of_conclusion": "2027-01-12", "date_of_page": "2027-01-14", "url": None},
    {"doc": PDF, "symbol": "743-KL/TW", "kind": "full text", "language": "en",
     "date_of_conclusion": "2027-01-22", "date_of_page": None, "url": None},
    {"doc": FR, "symbol": "756-KL/TW", "kind": "full text", "language": "fr",
     "date_of_conclusion": "2027-02-05", "date_of_page": "2027-02-09",
     "url": "https://www.echodudelta.info/politique/conclusion-756-kl-tw-maisons-de-la-culture-communes-20270209.html"},
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
