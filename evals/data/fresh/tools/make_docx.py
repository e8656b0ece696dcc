"""Builds documents/vi_word.docx and texts/vi_word.docx.source.txt.

The five top-level sections use Word's own decimal list numbering (numId 90,
rendered "1." ... "5."); their numbers are therefore NOT part of the paragraph
text.  Items a) ... đ) and "-" bullets are typed by hand.
"""

import copy
from pathlib import Path
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent.parent
OUT = HERE / "documents" / "vi_word.docx"
TXT = HERE / "texts" / "vi_word.docx.source.txt"

C, B, N, I = "center", "bold", "num", "italic"

PARAS = [
    ("ĐẢNG CỘNG SẢN VIỆT NAM", {B, C}),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG", {B, C}),
    ("*", {C}),
    ("Số 523-KL/TW", {C}),
    ("Hà Nội, ngày 30 tháng 10 năm 2026", {I, C}),
    ("KẾT LUẬN CỦA BỘ CHÍNH TRỊ", {B, C}),
    (
        "về bố trí, ổn định dân cư vùng có nguy cơ cao xảy ra lũ ống, lũ quét, sạt lở đất trong mô hình chính quyền địa phương 2 cấp",
        {B, C},
    ),
    ("-----", {C}),
    (
        "Tại phiên họp ngày 23/10/2026, sau khi nghe Đảng ủy Chính phủ trình bày Tờ trình số 388-TTr/ĐU, ngày 16/10/2026 về kết quả khắc phục hậu quả mưa lũ năm 2026 và đề xuất bố trí, ổn định dân cư vùng có nguy cơ cao xảy ra thiên tai, Bộ Chính trị kết luận như sau:",
        set(),
    ),
    (
        "Bộ Chính trị ghi nhận Đảng ủy Chính phủ, các tỉnh ủy, thành ủy và chính quyền cấp xã đã chủ động, kịp thời ứng phó với các đợt mưa lũ lớn năm 2026, tổ chức sơ tán hàng chục nghìn hộ dân, hạn chế thấp nhất thiệt hại về người. Tuy nhiên, còn nhiều khu dân cư nằm trong vùng nguy cơ cao chưa được di dời; quỹ đất tái định cư hạn chế; nhiều nơi ở mới chưa bảo đảm sinh kế, người dân chưa yên tâm gắn bó lâu dài.",
        {N},
    ),
    (
        'Bố trí, ổn định dân cư vùng thiên tai là nhiệm vụ vừa cấp bách, vừa lâu dài; lấy cấp xã làm địa bàn tổ chức thực hiện, lấy người dân làm trung tâm; bảo đảm nơi ở mới an toàn, có hạ tầng thiết yếu và sinh kế bền vững để Nhân dân "an cư, lạc nghiệp".',
        {N},
    ),
    ("Giao Đảng ủy Chính phủ lãnh đạo, chỉ đạo:", {N}),
    (
        "a) Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Xây dựng và Ủy ban nhân dân cấp tỉnh rà soát, khoanh vùng các điểm dân cư có nguy cơ cao, hoàn thành bản đồ phân vùng rủi ro lũ quét, sạt lở đất đến cấp xã trước ngày 31/3/2027.",
        set(),
    ),
    (
        "b) Bộ Xây dựng ban hành thiết kế mẫu nhà ở phòng, chống lũ, bão phù hợp với điều kiện từng vùng, hoàn thành trong tháng 01/2027.",
        set(),
    ),
    ("c) Bộ Tài chính:", set()),
    (
        "- Cân đối, đề xuất bố trí vốn ngân sách trung ương thực hiện Chương trình bố trí, ổn định dân cư giai đoạn 2027 - 2030, báo cáo cấp có thẩm quyền chậm nhất ngày 15/02/2027.",
        set(),
    ),
    (
        "- Hướng dẫn cơ chế lồng ghép các nguồn vốn và định mức hỗ trợ hộ gia đình phải di dời, hoàn thành trong quý II/2027.",
        set(),
    ),
    (
        "d) Ngân hàng Nhà nước Việt Nam chủ trì, phối hợp với Bộ Tài chính chỉ đạo Ngân hàng Chính sách xã hội bố trí nguồn vốn cho vay ưu đãi để hộ gia đình xây dựng nhà ở tại nơi tái định cư.",
        set(),
    ),
    (
        "đ) Bộ Công an chủ trì, phối hợp với Bộ Quốc phòng chỉ đạo lực lượng công an cấp xã, dân quân tự vệ sẵn sàng tham gia sơ tán, di dời khẩn cấp người dân khi có nguy cơ sạt lở.",
        set(),
    ),
    ("Các tỉnh ủy, thành ủy có địa bàn thường xuyên chịu ảnh hưởng của thiên tai lãnh đạo, chỉ đạo:", {N}),
    (
        "- Ủy ban nhân dân cấp tỉnh hoàn thành việc di dời các hộ dân ra khỏi vùng có nguy cơ đặc biệt cao trước ngày 30/4/2027, trước mùa mưa lũ năm 2027.",
        set(),
    ),
    (
        "- Ủy ban nhân dân cấp xã cập nhật danh sách hộ dân sinh sống trong vùng nguy hiểm, gửi Ủy ban nhân dân cấp tỉnh trước ngày 20 hằng tháng trong mùa mưa bão.",
        set(),
    ),
    ("- Ủy ban nhân dân cấp tỉnh báo cáo Đảng ủy Chính phủ kết quả bố trí, ổn định dân cư trên địa bàn định kỳ hằng quý.", set()),
    (
        "Ban Tổ chức Trung ương chủ trì, phối hợp với Đảng ủy Chính phủ, Văn phòng Trung ương Đảng theo dõi, đôn đốc việc thực hiện Kết luận này; định kỳ hằng năm tổng hợp, báo cáo Bộ Chính trị.",
        {N},
    ),
    (
        "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương chỉ đạo Mặt trận Tổ quốc Việt Nam các cấp vận động Nhân dân, doanh nghiệp ủng hộ Quỹ Vì người nghèo để hỗ trợ hộ nghèo làm nhà ở tại nơi ở mới.",
        set(),
    ),
    ("Các nhiệm vụ nêu trên phải hoàn thành trước ngày 31/10/2027, trừ những nhiệm vụ đã có thời hạn cụ thể.", set()),
    ("Nơi nhận:", {B}),
    ("- Các tỉnh ủy, thành ủy,", set()),
    ("- Các ban đảng, đảng ủy trực thuộc Trung ương,", set()),
    ("- Các bộ, ngành Trung ương,", set()),
    ("- Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng,", set()),
    ("- Lưu Văn phòng Trung ương Đảng.", set()),
    ("T/M BỘ CHÍNH TRỊ", {B, C}),
    ("(đã ký)", {I, C}),
    ("Hoàng Minh Sơn", {B, C}),
]

NUM_ID = "90"


def add_decimal_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), NUM_ID)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "567")
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), NUM_ID)
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), NUM_ID)
    num.append(an)
    numbering.append(num)


def set_num(paragraph):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    numPr.append(ilvl)
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), NUM_ID)
    numPr.append(nid)
    pPr.insert(0, numPr)


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), "Times New Roman")
    add_decimal_numbering(doc)
    for text, fmt in PARAS:
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = B in fmt
        run.italic = I in fmt
        if C in fmt:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Pt(28)
        if N in fmt:
            set_num(p)
    doc.core_properties.title = "Kết luận 523-KL/TW"
    doc.core_properties.author = "Văn phòng Trung ương Đảng"
    doc.save(OUT)
    TXT.write_text("\n".join(t for t, _ in PARAS) + "\n", encoding="utf-8")
    # sanity: the saved file reads back to exactly the source text
    back = "\n".join(p.text for p in Document(OUT).paragraphs) + "\n"
    assert back == TXT.read_text(encoding="utf-8"), "docx text differs from source text"
    print("wrote", OUT, "and", TXT)


if __name__ == "__main__":
    main()
