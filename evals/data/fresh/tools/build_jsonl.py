"""Writes questions.jsonl, slots.jsonl and sources.jsonl from the tables below."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

GPC = "Government Party Committee"
NAPC = "National Assembly Party Committee"
MOF = "Ministry of Finance"
MOHA = "Ministry of Home Affairs"
MPS = "Ministry of Public Security"
MND = "Ministry of National Defence"
MOET = "Ministry of Education and Training"
MOH = "Ministry of Health"
MOC = "Ministry of Construction"
MAE = "Ministry of Agriculture and Environment"
SBV = "State Bank of Vietnam"
VBSP = "Vietnam Bank for Social Policies"
VSS = "Vietnam Social Security"
COC = "Central Organisation Commission"
CIC = "Central Inspection Commission"
CPO = "Central Party Office"
CPMC = "Central Propaganda and Mass Mobilisation Commission"
VFFPC = "Party Committee of the Vietnam Fatherland Front and central mass organisations"
VFF = "Vietnam Fatherland Front"
PPC = "Provincial People's Committees"
PMPC = "Provincial and municipal Party Committees"
CPC = "Commune People's Committees"

D1, D2, D3, D4, D5 = "vi_original.txt", "en_page.html", "es_press.txt", "vi_press.txt", "vi_word.docx"


def S(doc, quote, actors, lead, due, gran, rec=None):
    return {"doc": doc, "quote": quote, "actors": actors, "lead": [lead], "due": due,
            "granularity": gran, "recurring": rec}


SLOTS = [
    # ---- vi_original.txt (517-KL/TW); group deadline 31/5/2027
    S(D1, "sửa đổi, bổ sung quy định về tiêu chuẩn, định mức sử dụng trụ sở làm việc", [GPC, MOF, MOC], MOF, "2027-03-31", "day"),
    S(D1, "Hướng dẫn trình tự, thủ tục chuyển đổi công năng các trụ sở dôi dư sang làm trường học", [GPC, MOF], MOF, "2027-01-15", "day"),
    S(D1, "kết quả xử lý tài sản công dôi dư trên phạm vi cả nước định kỳ hằng quý", [GPC, MOF], MOF, None, None, "quarterly"),
    S(D1, "Hướng dẫn việc thu hồi đất, giao đất, cho thuê đất và chuyển mục đích sử dụng đất", [GPC, MAE], MAE, "2027-02-28", "month"),
    S(D1, "hoàn thiện cơ sở dữ liệu đất đai đối với đất trụ sở cơ quan cấp xã", [GPC, MAE, MOF], MAE, "2027-03-31", "quarter"),
    S(D1, "Bộ Xây dựng chủ trì ban hành thiết kế mẫu, thiết kế điển hình trụ sở Đảng ủy", [GPC, MOC], MOC, "2027-06-30", "half"),
    S(D1, "đưa nội dung quản lý, sử dụng, xử lý trụ sở, nhà, đất công dôi dư vào chương trình", [CIC, COC], CIC, "2027-12-31", "year"),
    S(D1, "Phê duyệt phương án sắp xếp lại, xử lý toàn bộ cơ sở nhà, đất dôi dư trên địa bàn", [PMPC, PPC], PPC, "2026-12-31", "day"),
    S(D1, "Không để trụ sở dôi dư bị bỏ hoang, xuống cấp; ưu tiên bố trí làm nơi sinh hoạt", [PMPC, PPC], PPC, "2027-05-31", "day"),
    S(D1, "Báo cáo tiến độ, kết quả xử lý về Bộ Tài chính trước ngày 15 hằng tháng", [PMPC, PPC], PPC, None, None, "monthly"),
    S(D1, "tăng cường giám sát việc công khai phương án xử lý nhà, đất dôi dư", [VFFPC, VFF], VFF, "2027-05-31", "day"),
    S(D1, "chỉ đạo các cơ quan báo chí thông tin, tuyên truyền về chủ trương, kết quả xử lý", [CPMC], CPMC, "2027-05-31", "day"),
    S(D1, "theo dõi, đôn đốc việc thực hiện Kết luận này; sơ kết, báo cáo Ban Bí thư trước ngày 30/6/2027", [GPC, COC, CPO], GPC, "2027-06-30", "day"),
    # ---- en_page.html (532-KL/TW); group deadline June 30, 2027
    S(D2, "amending the decree on the decentralisation of revenue sources and spending tasks for commune budgets", [GPC, MOF, MOHA], MOF, "2027-03-31", "day"),
    S(D2, "issue guidance on unified accounting software and digital budget reporting for all communes", [GPC, MOF], MOF, "2027-01-31", "month"),
    S(D2, "review and supplement regulations on the number and qualifications of finance and accounting officers", [GPC, MOHA], MOHA, "2027-02-15", "day"),
    S(D2, "expanding cashless payment of fees and charges at commune public administrative service centres", [GPC, SBV, MOF], SBV, "2027-06-30", "quarter"),
    S(D2, "reviewing proposed amendments to the State Budget Law concerning commune budgets", [NAPC], NAPC, "2027-06-30", "half"),
    S(D2, "Assign the 2027 regular spending estimates to communes in full, before December 31, 2026.", [PMPC, PPC], PPC, "2026-12-31", "day"),
    S(D2, "Publicly disclose commune budget estimates and final accounts at commune headquarters and on electronic portals", [PMPC, PPC], PPC, "2027-06-30", "day"),
    S(D2, "Report on commune budget execution to the Ministry of Finance every quarter", [PMPC, PPC], PPC, None, None, "quarterly"),
    S(D2, "inspecting budget discipline at commune Party Committees in a number of provinces", [CIC, COC], CIC, "2027-09-30", "quarter"),
    S(D2, "direct the Fatherland Front at commune level to supervise the public disclosure and use of commune budgets", [VFFPC, VFF], VFF, "2027-06-30", "day"),
    S(D2, "monitoring and urging the implementation of this Conclusion, and report to the Politburo annually", [GPC, CPO], GPC, None, None, "yearly"),
    # ---- es_press.txt (508-KL/TW); group deadline 30 de junio de 2027
    S(D3, "la elaboración del plan general de reorganización de la red escolar en las comunas fusionadas", [GPC, MOET, MOHA, MOF], MOET, "2027-04-30", "day"),
    S(D3, "emitirá directrices sobre el transporte escolar y el apoyo a los alumnos", [GPC, MOET], MOET, "2026-12-15", "day"),
    S(D3, "la asignación de la plantilla de docentes y personal escolar para las comunas", [GPC, MOHA, MOET], MOHA, "2027-03-31", "quarter"),
    S(D3, "garantizará los recursos del presupuesto central para construir y ampliar internados y semiinternados", [GPC, MOF], MOF, "2027-12-31", "half"),
    S(D3, "publicará directrices sobre las normas de diseño de escuelas y aulas en las comunas fusionadas", [GPC, MOC], MOC, "2027-06-30", "day"),
    S(D3, "la atención sanitaria y nutricional de los alumnos de los internados, e informará al Secretariado cada trimestre", [GPC, MOH, MOET], MOH, None, None, "quarterly"),
    S(D3, "Revisar y reasignar los edificios escolares sobrantes tras la fusión de comunas", [PMPC, PPC], PPC, "2027-01-31", "month"),
    S(D3, "Informar al Ministerio de Educación y Formación sobre la matrícula, la asistencia y la deserción escolar", [PMPC, PPC], PPC, None, None, "monthly"),
    S(D3, "la evaluación de los cuadros directivos del sector educativo a nivel comunal", [COC, GPC], COC, "2027-06-30", "day"),
    S(D3, "orientará la labor informativa para que los padres de familia y la población comprendan", [CPMC], CPMC, "2027-06-30", "day"),
    # ---- vi_press.txt (546-KL/TW); group deadline 30/6/2027
    S(D4, "Bộ Nội vụ chủ trì, phối hợp với Bộ Tài chính, Bảo hiểm xã hội Việt Nam hoàn thiện", [GPC, MOHA, MOF, VSS], MOHA, "2027-01-31", "month"),
    S(D4, "Bộ Tài chính bảo đảm đủ kinh phí giải quyết chế độ, bố trí trong dự toán ngân sách", [GPC, MOF], MOF, "2026-12-31", "day"),
    S(D4, "xác nhận thời gian tham gia bảo hiểm xã hội của người hoạt động không chuyên trách cấp xã", [GPC, VSS], VSS, "2027-03-15", "day"),
    S(D4, "hướng dẫn việc tiếp tục tham gia bảo hiểm y tế đối với người thôi việc", [GPC, MOH], MOH, "2027-06-30", "quarter"),
    S(D4, "chi trả đầy đủ, dứt điểm chế độ cho người hoạt động không chuyên trách thôi việc", [PMPC, PPC], PPC, "2027-02-28", "day"),
    S(D4, "gửi báo cáo kết quả về Bộ Nội vụ trước ngày 5 hằng tháng", [PMPC, PPC], PPC, None, None, "monthly"),
    S(D4, "sơ kết việc thực hiện Kết luận, báo cáo Ban Bí thư trong quý III/2027", [COC, GPC], COC, "2027-09-30", "quarter"),
    S(D4, "tăng cường kiểm tra, giám sát việc chi trả chế độ, đóng bảo hiểm xã hội tại cấp xã", [CIC], CIC, "2027-06-30", "day"),
    S(D4, "giám sát việc thực hiện chính sách, kịp thời phản ánh tâm tư, nguyện vọng của người lao động", [VFFPC, VFF], VFF, "2027-06-30", "day"),
    # ---- vi_word.docx (523-KL/TW); group deadline 31/10/2027
    S(D5, "hoàn thành bản đồ phân vùng rủi ro lũ quét, sạt lở đất đến cấp xã trước ngày 31/3/2027", [GPC, MAE, MOC, PPC], MAE, "2027-03-31", "day"),
    S(D5, "Bộ Xây dựng ban hành thiết kế mẫu nhà ở phòng, chống lũ, bão", [GPC, MOC], MOC, "2027-01-31", "month"),
    S(D5, "đề xuất bố trí vốn ngân sách trung ương thực hiện Chương trình bố trí, ổn định dân cư", [GPC, MOF], MOF, "2027-02-15", "day"),
    S(D5, "Hướng dẫn cơ chế lồng ghép các nguồn vốn và định mức hỗ trợ hộ gia đình phải di dời", [GPC, MOF], MOF, "2027-06-30", "quarter"),
    S(D5, "chỉ đạo Ngân hàng Chính sách xã hội bố trí nguồn vốn cho vay ưu đãi", [GPC, SBV, MOF, VBSP], SBV, "2027-10-31", "day"),
    S(D5, "Bộ Công an chủ trì, phối hợp với Bộ Quốc phòng chỉ đạo lực lượng công an cấp xã", [GPC, MPS, MND], MPS, "2027-10-31", "day"),
    S(D5, "hoàn thành việc di dời các hộ dân ra khỏi vùng có nguy cơ đặc biệt cao", [PMPC, PPC], PPC, "2027-04-30", "day"),
    S(D5, "cập nhật danh sách hộ dân sinh sống trong vùng nguy hiểm, gửi Ủy ban nhân dân cấp tỉnh", [PMPC, CPC], CPC, None, None, "monthly"),
    S(D5, "báo cáo Đảng ủy Chính phủ kết quả bố trí, ổn định dân cư trên địa bàn định kỳ", [PMPC, PPC], PPC, None, None, "quarterly"),
    S(D5, "đôn đốc việc thực hiện Kết luận này; định kỳ hằng năm tổng hợp, báo cáo Bộ Chính trị", [COC, GPC, CPO], COC, None, None, "yearly"),
    S(D5, "vận động Nhân dân, doanh nghiệp ủng hộ Quỹ Vì người nghèo", [VFFPC, VFF], VFF, "2027-10-31", "day"),
]

# closing / group-deadline paragraphs and preambles
GROUP = {
    D1: "Các nhiệm vụ nêu trên phải hoàn thành trước ngày 31/5/2027, trừ những nhiệm vụ đã có thời hạn",
    D2: "All the above tasks must be completed before June 30, 2027, except for those with specific deadlines.",
    D3: "El Secretariado exigió que las tareas mencionadas se completen antes del 30 de junio de 2027",
    D4: "Ban Bí thư yêu cầu các nhiệm vụ nêu trên phải hoàn thành trước ngày 30/6/2027",
    D5: "Các nhiệm vụ nêu trên phải hoàn thành trước ngày 31/10/2027, trừ những nhiệm vụ đã có thời hạn",
}
PRE = {
    D1: "sau khi nghe Đảng ủy Chính phủ báo cáo tình hình sắp xếp, xử lý trụ sở làm việc",
    D2: "after hearing the report of the Government Party Committee on financial and budget decentralisation at commune level",
    D3: "tras escuchar el informe del Comité del Partido del Gobierno y del Ministerio de Educación y Formación",
    D4: "sau khi nghe Ban Tổ chức Trung ương báo cáo tình hình thực hiện chế độ, chính sách",
    D5: "sau khi nghe Đảng ủy Chính phủ trình bày Tờ trình số 388-TTr/ĐU, ngày 16/10/2026",
}

SLOT_Q = {}
for s in SLOTS:
    SLOT_Q.setdefault(s["doc"], []).append(s["quote"])


def g(doc, i):
    """gold quote = the i-th (1-based) slot quote of doc"""
    return {"doc": doc, "quote": SLOT_Q[doc][i - 1]}


def Q(qid, doc, lang, text, gold=(), also=(), fact=None):
    return {"_id": qid, "doc": doc, "split": "heldout", "text": text, "lang": lang,
            "gold": list(gold), "also": list(also), "fact": fact or {}}


def due(d):
    return {"due": d}


def says(*xs):
    return {"says": list(xs)}


def pre(doc):
    return {"doc": doc, "quote": PRE[doc]}


def grp(doc):
    return {"doc": doc, "quote": GROUP[doc]}


MONTHLY_VI = ("hằng tháng", "hàng tháng", "mỗi tháng")
QUARTERLY_VI = ("hằng quý", "hàng quý", "mỗi quý")

QUESTIONS = [
    # ---- vi_original.txt
    Q("f-vi-01", D1, "vi", "Bộ Tài chính phải trình Chính phủ quy định mới về tiêu chuẩn, định mức diện tích trụ sở cho cơ quan cấp xã trước thời hạn nào?", [g(D1, 1)], fact=due("2027-03-31")),
    Q("f-vi-02", D1, "en", "By when does the Ministry of Agriculture and Environment have to issue guidance on reclaiming, allocating and leasing surplus commune land?", [g(D1, 4)], fact=due("2027-02-28")),
    Q("f-vi-03", D1, "en", "Which ministry is in charge of linking the land database for commune office plots with the national public asset database, and what is the deadline?", [g(D1, 5)], fact=due("2027-03-31")),
    Q("f-vi-04", D1, "vi", "Ủy ban nhân dân các tỉnh gửi báo cáo tiến độ xử lý nhà, đất dôi dư cho Bộ Tài chính theo chu kỳ nào?", [g(D1, 10)], fact=says(*MONTHLY_VI, "ngày 15")),
    Q("f-vi-05", D1, "en", "How often must the Ministry of Finance report to the Secretariat on the nationwide handling of surplus public assets?", [g(D1, 3)], fact=says("quarterly", "every quarter", "each quarter")),
    Q("f-vi-06", D1, "vi", "Trước khi ban hành Kết luận 517, Ban Bí thư đã nghe cơ quan nào báo cáo và phiên họp diễn ra ngày nào?", [pre(D1)], fact=says("Đảng ủy Chính phủ")),
    Q("f-vi-07", D1, "en", "What deadline applies to the Fatherland Front's supervision of how plans for surplus commune buildings and land are made public?", [g(D1, 11)], [grp(D1)], due("2027-05-31")),
    Q("f-vi-08", D1, "vi", "Ủy ban Kiểm tra Trung ương phải đưa việc quản lý, xử lý trụ sở dôi dư vào kế hoạch kiểm tra của năm nào, và phối hợp với cơ quan nào?", [g(D1, 7)], fact=due("2027-12-31")),
    Q("f-vi-09", D1, "en", "Who has to approve the plans for rearranging all surplus commune buildings and land in each province, and by what date?", [g(D1, 8)], fact=due("2026-12-31")),
    Q("f-vi-10", D1, "vi", "Kết luận giao Ngân hàng Nhà nước Việt Nam nhiệm vụ gì về tín dụng cho các dự án khai thác trụ sở xã dôi dư?"),
    # ---- en_page.html
    Q("f-en-01", D2, "vi", "Bộ Tài chính phải trình Chính phủ dự thảo nghị định sửa đổi về phân cấp nguồn thu, nhiệm vụ chi của ngân sách xã trước ngày nào?", [g(D2, 1)], fact=due("2027-03-31")),
    Q("f-en-02", D2, "en", "What is the Ministry of Home Affairs' deadline for updating the rules on how many finance and accounting staff communes need and what qualifications they must hold?", [g(D2, 3)], fact=due("2027-02-15")),
    Q("f-en-03", D2, "vi", "Cơ quan nào chủ trì việc mở rộng thu phí, lệ phí không dùng tiền mặt tại trung tâm phục vụ hành chính công cấp xã, và phải xong khi nào?", [g(D2, 4)], fact=due("2027-06-30")),
    Q("f-en-04", D2, "en", "How frequently do provincial People's Committees need to send reports on commune budget execution to the Ministry of Finance?", [g(D2, 8)], fact=says("quarterly", "every quarter", "each quarter")),
    Q("f-en-05", D2, "vi", "Đảng ủy Chính phủ phải báo cáo Bộ Chính trị về việc thực hiện Kết luận 532 với tần suất thế nào?", [g(D2, 11)], fact=says("hằng năm", "hàng năm", "mỗi năm", "15/12", "15 tháng 12")),
    Q("f-en-06", D2, "en", "Whose report did the Politburo hear at the meeting that led to Conclusion 532, and when was that meeting held?", [pre(D2)], fact=says("Government Party Committee")),
    Q("f-en-07", D2, "vi", "Thời hạn để Mặt trận Tổ quốc cấp xã giám sát việc công khai và sử dụng ngân sách xã là khi nào?", [g(D2, 10)], [grp(D2)], due("2027-06-30")),
    Q("f-en-08", D2, "en", "What is the National Assembly Party Committee asked to do about the State Budget Law, and within what timeframe?", [g(D2, 5)], fact=due("2027-06-30")),
    Q("f-en-09", D2, "vi", "Ủy ban Kiểm tra Trung ương tiến hành kiểm tra kỷ luật ngân sách tại các đảng ủy xã vào thời điểm nào và phối hợp với cơ quan nào?", [g(D2, 9)], fact=due("2027-09-30")),
    Q("f-en-10", D2, "en", "What does the Conclusion require of the Ministry of Education and Training regarding the collection of tuition fees in communes?"),
    # ---- es_press.txt
    Q("f-es-01", D3, "en", "By what date must the Ministry of Education and Training submit its overall plan for reorganising schools in merged communes to the Government?", [g(D3, 1)], fact=due("2027-04-30")),
    Q("f-es-02", D3, "vi", "Bộ Giáo dục và Đào tạo phải ban hành hướng dẫn về đưa đón và hỗ trợ học sinh phải đi học xa hơn sau khi gộp trường muộn nhất là ngày nào?", [g(D3, 2)], fact=due("2026-12-15")),
    Q("f-es-03", D3, "en", "Which ministry takes the lead on allocating teacher and school staff quotas to communes, and when must this be done?", [g(D3, 3)], fact=due("2027-03-31")),
    Q("f-es-04", D3, "vi", "Bộ nào chịu trách nhiệm bảo đảm vốn ngân sách trung ương để xây trường nội trú, bán trú ở xã miền núi, biên giới và trong khoảng thời gian nào?", [g(D3, 4)], fact=due("2027-12-31")),
    Q("f-es-05", D3, "en", "How often do the provincial People's Committees have to report pupil enrolment, attendance and dropouts to the education ministry?", [g(D3, 8)], fact=says("monthly", "every month", "each month", "10th")),
    Q("f-es-06", D3, "vi", "Ban Bí thư đã nghe báo cáo của những cơ quan nào tại phiên họp dẫn tới Kết luận 508-KL/TW?", [pre(D3)], fact=says("Đảng ủy Chính phủ", "Bộ Giáo dục và Đào tạo")),
    Q("f-es-07", D3, "en", "What is the deadline for the Ministry of Construction's guidance on design standards for schools and classrooms in merged communes?", [g(D3, 5)], [grp(D3)], due("2027-06-30")),
    Q("f-es-08", D3, "vi", "Bộ Y tế phải báo cáo Ban Bí thư về chăm sóc sức khỏe, dinh dưỡng cho học sinh nội trú theo định kỳ nào?", [g(D3, 6)], fact=says(*QUARTERLY_VI)),
    Q("f-es-09", D3, "en", "By when must the provinces finish reallocating school buildings left unused after communes were merged?", [g(D3, 7)], fact=due("2027-01-31")),
    Q("f-es-10", D3, "vi", "Kết luận giao Bảo hiểm xã hội Việt Nam làm gì về bảo hiểm y tế cho học sinh ở các xã sáp nhập?"),
    # ---- vi_press.txt
    Q("f-vp-01", D4, "en", "By what date must Vietnam Social Security finish checking and confirming the social insurance participation periods of non-professional commune workers?", [g(D4, 3)], fact=due("2027-03-15")),
    Q("f-vp-02", D4, "vi", "Nghị định về chế độ cho người hoạt động không chuyên trách cấp xã do cơ quan nào chủ trì soạn thảo và phải trình Chính phủ khi nào?", [g(D4, 1)], fact=due("2027-01-31")),
    Q("f-vp-03", D4, "en", "What is the Ministry of Finance's deadline for setting aside money for these benefits in the 2027 state budget estimate?", [g(D4, 2)], fact=due("2026-12-31")),
    Q("f-vp-04", D4, "vi", "Ủy ban nhân dân cấp tỉnh phải báo cáo Bộ Nội vụ kết quả chi trả chế độ theo định kỳ ra sao?", [g(D4, 6)], fact=says(*MONTHLY_VI, "ngày 5")),
    Q("f-vp-05", D4, "en", "Which body presented the report that the Secretariat heard before issuing Conclusion 546?", [pre(D4)], fact=says("Central Organisation Commission")),
    Q("f-vp-06", D4, "vi", "Bộ Y tế phải ban hành hướng dẫn về bảo hiểm y tế cho người đã thôi việc trong thời hạn nào?", [g(D4, 4)], fact=due("2027-06-30")),
    Q("f-vp-07", D4, "en", "By when is the Central Inspection Commission expected to complete its checks on benefit payments and social insurance contributions in communes?", [g(D4, 8)], [grp(D4)], due("2027-06-30")),
    Q("f-vp-08", D4, "vi", "Ban Tổ chức Trung ương phải sơ kết và báo cáo Ban Bí thư về việc thực hiện Kết luận này vào lúc nào?", [g(D4, 7)], fact=due("2027-09-30")),
    Q("f-vp-09", D4, "en", "Which earlier Politburo directive does the article cite in connection with personnel preparation for commune Party congresses?", [{"doc": D4, "quote": "theo tinh thần Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị"}], fact=says("35-CT/TW")),
    Q("f-vp-10", D4, "vi", "Ngân hàng Nhà nước được giao nhiệm vụ gì về cho vay ưu đãi đối với người hoạt động không chuyên trách đã thôi việc?"),
    # ---- vi_word.docx
    Q("f-docx-01", D5, "vi", "Cơ quan nào chủ trì lập bản đồ phân vùng nguy cơ lũ quét, sạt lở tới từng xã và hạn chót là khi nào?", [g(D5, 1)], fact=due("2027-03-31")),
    Q("f-docx-02", D5, "en", "When must the Ministry of Construction publish standard designs for flood- and storm-resistant houses?", [g(D5, 2)], fact=due("2027-01-31")),
    Q("f-docx-03", D5, "vi", "Bộ Tài chính phải trình phương án vốn trung ương cho chương trình ổn định dân cư giai đoạn 2027-2030 lên cấp có thẩm quyền muộn nhất ngày nào?", [g(D5, 3)], fact=due("2027-02-15")),
    Q("f-docx-04", D5, "en", "By what date do provincial People's Committees have to move households out of the areas at especially high risk?", [g(D5, 7)], fact=due("2027-04-30")),
    Q("f-docx-05", D5, "vi", "Ủy ban nhân dân cấp xã phải cập nhật và gửi danh sách hộ dân ở vùng nguy hiểm lên tỉnh với tần suất thế nào?", [g(D5, 8)], fact=says(*MONTHLY_VI, "ngày 20")),
    Q("f-docx-06", D5, "en", "How often does the Central Organisation Commission compile a report to the Politburo on the implementation of this Conclusion?", [g(D5, 10)], fact=says("annually", "every year", "each year", "yearly")),
    Q("f-docx-07", D5, "vi", "Kết luận 523 được ban hành sau khi Bộ Chính trị nghe cơ quan nào trình bày tờ trình?", [pre(D5)], fact=says("Đảng ủy Chính phủ", "388-TTr/ĐU")),
    Q("f-docx-08", D5, "en", "By when must the State Bank of Vietnam complete its task on preferential housing loans for relocated households?", [g(D5, 5)], [grp(D5)], due("2027-10-31")),
    Q("f-docx-09", D5, "vi", "Bộ Công an được giao nhiệm vụ gì trong việc sơ tán khẩn cấp người dân, và phối hợp với bộ nào?", [g(D5, 6)], fact=says("Bộ Quốc phòng")),
    Q("f-docx-10", D5, "en", "What does the Conclusion ask the Ministry of Education and Training to do about moving schools out of landslide zones?"),
]

SOURCES = [
    {"doc": D1, "symbol": "517-KL/TW", "kind": "full text", "language": "vi", "date_of_conclusion": "2026-10-14", "date_of_page": "2026-10-15", "url": None},
    {"doc": D2, "symbol": "532-KL/TW", "kind": "full text", "language": "en", "date_of_conclusion": "2026-11-06", "date_of_page": "2026-11-08",
     "url": "https://hanoibulletin.vn/politics/politburo-conclusion-532-commune-finance-budgets-post48213.html"},
    {"doc": D3, "symbol": "508-KL/TW", "kind": "full text", "language": "es", "date_of_conclusion": "2026-09-24", "date_of_page": "2026-09-27", "url": None},
    {"doc": D4, "symbol": "546-KL/TW", "kind": "press report", "language": "vi", "date_of_conclusion": "2026-11-18", "date_of_page": "2026-11-20", "url": None},
    {"doc": D5, "symbol": "523-KL/TW", "kind": "full text", "language": "vi", "date_of_conclusion": "2026-10-30", "date_of_page": None, "url": None},
]


def dump(name, rows):
    with open(HERE / name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


dump("slots.jsonl", SLOTS)
dump("questions.jsonl", QUESTIONS)
dump("sources.jsonl", SOURCES)
print(len(SLOTS), "slots,", len(QUESTIONS), "questions,", len(SOURCES), "sources")
