"""Builds documents/vi_original.docx (708-KL/TW, Vietnamese original) and
texts/vi_original.docx.source.txt.

Run: /tmp/pdfenv/bin/python tools/make_docx.py   (needs python-docx)

The section numbers "1."-"4.", the items "a)"-"d)" and the "-" bullets are Word AUTOMATIC
numbering: each numbered paragraph carries <w:numPr> (numId + ilvl) pointing into
word/numbering.xml, and the number is not part of the paragraph text.
 - numId 20 -> abstractNum 20, a multi-level list: level 0 decimal "%1.", level 1 lowerLetter "%2)"
   (level 1 restarts after every level-0 item, Word's default);
 - numId 21 -> abstractNum 21, a single-level bullet list whose glyph is "-".
The document header (Ban Chấp hành Trung ương / Số … | Đảng Cộng sản Việt Nam / Hà Nội, ngày …)
and the "Nơi nhận:" / signature block are two borderless 2-column tables.

The source text lists, in document order, every paragraph of the body, the paragraphs of the
table cells included (row by row, cell by cell), one line each. A numbered paragraph is written
"[<number Word shows>] <paragraph text>", e.g. "[3.] Nhiệm vụ, giải pháp trọng tâm" or
"[a)] Đảng ủy Chính phủ lãnh đạo, chỉ đạo:" or "[-] Bộ Nội vụ …".
"""
import copy
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent.parent

HEADER_LEFT = [("b", "BAN CHẤP HÀNH TRUNG ƯƠNG"), ("", "*"), ("", "Số 708-KL/TW")]
HEADER_RIGHT = [("bu", "ĐẢNG CỘNG SẢN VIỆT NAM"), ("i", "Hà Nội, ngày 14 tháng 12 năm 2026")]

# (kind, numbering, text)
# kind: t = title (centred bold), s = subtitle (centred bold, smaller), c = centred,
#       p = body (justified, first-line indent), h = heading (bold), k = continuation (indented)
# numbering: None, "dec" (level 0, "1."), "let" (level 1, "a)"), "bul" (bullet "-")
BODY = [
    ("t", None, "KẾT LUẬN"),
    ("s", None, "CỦA BAN BÍ THƯ"),
    ("s", None, "về nâng cao chất lượng hoạt động của Trung tâm phục vụ hành chính công cấp xã"),
    ("c", None, "-----"),
    ("p", None, "Tại phiên họp ngày 10/12/2026, sau khi nghe Đảng ủy Chính phủ báo cáo tình hình hoạt động của Trung tâm phục vụ hành chính công cấp xã sau 18 tháng vận hành chính quyền địa phương 2 cấp (Báo cáo số 417-BC/ĐUCP, ngày 02/12/2026), Báo cáo giám sát số 96-BC/UBKTTW, ngày 04/12/2026 của Ủy ban Kiểm tra Trung ương và ý kiến của các cơ quan liên quan, Ban Bí thư kết luận như sau:"),
    ("p", "dec", "Ban Bí thư cơ bản đồng ý với đánh giá nêu trong Báo cáo số 417-BC/ĐUCP. Sau 18 tháng vận hành, tất cả xã, phường, đặc khu đã thành lập và đưa Trung tâm phục vụ hành chính công vào hoạt động; tỉ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến tăng rõ rệt. Tuy nhiên, ở nhiều xã trang thiết bị, đường truyền chưa đáp ứng yêu cầu; phần mềm giải quyết thủ tục hành chính của cấp tỉnh và cấp xã chưa liên thông đồng bộ; một bộ phận công chức làm việc tại Trung tâm còn hạn chế về kỹ năng số; vẫn còn tình trạng hồ sơ trễ hạn, yêu cầu người dân nộp thêm giấy tờ không đúng quy định."),
    ("p", "dec", "Trung tâm phục vụ hành chính công cấp xã là nơi trực tiếp thể hiện hình ảnh, trách nhiệm của chính quyền cơ sở trước Nhân dân. Thực hiện phương châm \"một nơi tiếp nhận, một lần xác thực, trả kết quả tại nơi người dân mong muốn\"; lấy sự hài lòng của người dân, doanh nghiệp làm thước đo chất lượng phục vụ. Phấn đấu đến hết năm 2027, tỉ lệ hồ sơ được giải quyết trực tuyến toàn trình tại cấp xã đạt ít nhất 80%."),
    ("h", "dec", "Nhiệm vụ, giải pháp trọng tâm"),
    ("p", "let", "Đảng ủy Chính phủ lãnh đạo, chỉ đạo:"),
    ("p", "bul", "Bộ Nội vụ chủ trì, phối hợp với Bộ Khoa học và Công nghệ ban hành bộ tiêu chí đánh giá mức độ hài lòng của người dân đối với Trung tâm phục vụ hành chính công cấp xã, hoàn thành trong quý I/2027."),
    ("p", "bul", "Bộ Nội vụ hướng dẫn vị trí việc làm, định mức số lượng công chức làm việc tại Trung tâm phục vụ hành chính công cấp xã theo quy mô dân số và số lượng hồ sơ, trước ngày 28/02/2027."),
    ("p", "bul", "Bộ Khoa học và Công nghệ hoàn thành việc kết nối, liên thông Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh với Cổng Dịch vụ công quốc gia đến từng xã, chậm nhất ngày 30/6/2027."),
    ("p", "bul", "Bộ Tài chính hướng dẫn định mức chi thường xuyên và việc bố trí kinh phí mua sắm, thay thế trang thiết bị cho Trung tâm phục vụ hành chính công cấp xã."),
    ("k", None, "Đối với các xã đặc biệt khó khăn, xã biên giới, đặc khu, Bộ Tài chính trình Chính phủ cơ chế hỗ trợ từ ngân sách trung ương để đầu tư trang thiết bị, chậm nhất ngày 31/01/2027."),
    ("p", "bul", "Bộ Tư pháp rà soát, đề xuất cắt giảm các loại giấy tờ người dân phải nộp khi thực hiện thủ tục đăng ký hộ tịch tại cấp xã, trình Chính phủ trong tháng 3/2027."),
    ("p", "bul", "Bộ Công an chỉ đạo công an cấp xã bố trí cán bộ hỗ trợ người dân đăng ký, kích hoạt tài khoản định danh điện tử ngay tại Trung tâm phục vụ hành chính công; thông báo kết quả cho Ủy ban nhân dân cấp xã trước ngày 05 hằng tháng."),
    ("p", "let", "Các tỉnh ủy, thành ủy lãnh đạo, chỉ đạo Ủy ban nhân dân cấp tỉnh:"),
    ("p", "bul", "Bố trí đủ trang thiết bị, đường truyền, chữ ký số cho Trung tâm phục vụ hành chính công cấp xã theo tiêu chuẩn chung, hoàn thành trong năm 2027."),
    ("p", "bul", "Triển khai tiếp nhận, giải quyết hồ sơ thủ tục hành chính không phụ thuộc địa giới hành chính cấp xã trong phạm vi tỉnh, hoàn thành trong tháng 5/2027."),
    ("p", "bul", "Điều động, tăng cường công chức có kỹ năng số từ các sở, ngành về làm việc tại Trung tâm phục vụ hành chính công của các xã còn thiếu, trước ngày 31/3/2027."),
    ("p", "bul", "Công khai kết quả đánh giá mức độ hài lòng của người dân đối với từng Trung tâm phục vụ hành chính công cấp xã trên Cổng thông tin điện tử của tỉnh, định kỳ hằng quý."),
    ("p", "let", "Ban Tổ chức Trung ương chủ trì, phối hợp với Đảng ủy Chính phủ hướng dẫn việc lấy kết quả hoạt động của Trung tâm phục vụ hành chính công làm một tiêu chí đánh giá, xếp loại chất lượng người đứng đầu cấp ủy, chính quyền cấp xã."),
    ("p", "let", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương lãnh đạo, chỉ đạo Mặt trận Tổ quốc Việt Nam các cấp giám sát việc giải quyết thủ tục hành chính tại Trung tâm phục vụ hành chính công cấp xã; tổng hợp ý kiến, kiến nghị của Nhân dân, gửi Đảng ủy Chính phủ định kỳ 6 tháng."),
    ("h", "dec", "Tổ chức thực hiện"),
    ("p", None, "Các cấp ủy, tổ chức đảng tiếp tục thực hiện nghiêm Chỉ thị số 24-CT/TW, ngày 17/3/2025 của Ban Bí thư về đẩy mạnh cải cách thủ tục hành chính gắn với chuyển đổi số; người đứng đầu cấp ủy, chính quyền cấp xã chịu trách nhiệm trực tiếp về chất lượng hoạt động của Trung tâm phục vụ hành chính công."),
    ("p", None, "Đảng ủy Chính phủ chủ trì, phối hợp với Văn phòng Trung ương Đảng theo dõi, đôn đốc việc thực hiện Kết luận này; sơ kết một năm thực hiện, báo cáo Ban Bí thư trong quý IV/2027."),
    ("p", None, "Các nhiệm vụ nêu tại Kết luận này phải hoàn thành trước ngày 31/10/2027, trừ các nhiệm vụ đã được xác định thời hạn cụ thể."),
]

RECIPIENTS = [
    ("bi", "Nơi nhận:"),
    ("", "- Các tỉnh ủy, thành ủy,"),
    ("", "- Các ban đảng, đảng ủy trực thuộc Trung ương,"),
    ("", "- Đảng ủy Chính phủ,"),
    ("", "- Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng,"),
    ("", "- Lưu Văn phòng Trung ương Đảng."),
]
SIGNATURE = [("b", "T/M BAN BÍ THƯ"), ("i", "(Đã ký)"), ("", ""), ("b", "Hà Quang Thịnh")]

DEC_NUM, BUL_NUM = 20, 21


def _el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), v)
    return e


def _lvl(ilvl, fmt, text, left, hanging, start=1, font=None):
    lvl = _el("w:lvl", **{"w:ilvl": str(ilvl)})
    lvl.append(_el("w:start", **{"w:val": str(start)}))
    lvl.append(_el("w:numFmt", **{"w:val": fmt}))
    lvl.append(_el("w:lvlText", **{"w:val": text}))
    lvl.append(_el("w:lvlJc", **{"w:val": "left"}))
    ppr = _el("w:pPr")
    ppr.append(_el("w:ind", **{"w:left": str(left), "w:hanging": str(hanging)}))
    lvl.append(ppr)
    if font:
        rpr = _el("w:rPr")
        rpr.append(_el("w:rFonts", **{"w:ascii": font, "w:hAnsi": font, "w:hint": "default"}))
        lvl.append(rpr)
    return lvl


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    # abstractNum 20: multi-level "1." / "a)"
    a20 = _el("w:abstractNum", **{"w:abstractNumId": "20"})
    a20.append(_el("w:nsid", **{"w:val": "5A1C7E08"}))
    a20.append(_el("w:multiLevelType", **{"w:val": "multilevel"}))
    a20.append(_lvl(0, "decimal", "%1.", 1080, 360))
    a20.append(_lvl(1, "lowerLetter", "%2)", 1080, 360))
    for i in range(2, 9):
        a20.append(_lvl(i, "decimal", f"%{i + 1}.", 1080 + 360 * i, 360))
    # abstractNum 21: bullet "-"
    a21 = _el("w:abstractNum", **{"w:abstractNumId": "21"})
    a21.append(_el("w:nsid", **{"w:val": "3B7F2D41"}))
    a21.append(_el("w:multiLevelType", **{"w:val": "singleLevel"}))
    a21.append(_lvl(0, "bullet", "-", 1080, 360, font="Times New Roman"))
    first_num.addprevious(a20)
    first_num.addprevious(a21)
    for num_id, abs_id in ((DEC_NUM, 20), (BUL_NUM, 21)):
        num = _el("w:num", **{"w:numId": str(num_id)})
        num.append(_el("w:abstractNumId", **{"w:val": str(abs_id)}))
        numbering.append(num)


def set_numpr(par, num_id, ilvl):
    ppr = par._p.get_or_add_pPr()
    numpr = _el("w:numPr")
    numpr.append(_el("w:ilvl", **{"w:val": str(ilvl)}))
    numpr.append(_el("w:numId", **{"w:val": str(num_id)}))
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)


def no_borders(table):
    tblpr = table._tbl.tblPr
    borders = _el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_el(f"w:{side}", **{"w:val": "nil"}))
    tblpr.append(borders)


def fill_cell(cell, lines, size=13):
    cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    for style, text in lines:
        par = cell.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER if "left" not in style else WD_ALIGN_PARAGRAPH.LEFT
        par.paragraph_format.space_after = Pt(0)
        run = par.add_run(text)
        run.font.size = Pt(size)
        run.bold = "b" in style
        run.italic = "i" in style
        run.underline = "u" in style


def build():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    doc.core_properties.title = "Kết luận số 708-KL/TW của Ban Bí thư"
    doc.core_properties.author = "Văn phòng Trung ương Đảng"
    add_numbering(doc)

    # python-docx's new document starts with no paragraph; the header table is the first body element
    head = doc.add_table(rows=1, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(head)
    fill_cell(head.cell(0, 0), HEADER_LEFT)
    fill_cell(head.cell(0, 1), HEADER_RIGHT)

    lines = []
    for left_or_right in (HEADER_LEFT, HEADER_RIGHT):
        lines += [t for _, t in left_or_right]

    counters = [0, 0]
    for kind, numbering, text in BODY:
        par = doc.add_paragraph()
        run = par.add_run(text)
        fmt = par.paragraph_format
        fmt.space_after = Pt(6)
        if kind in ("t", "s", "c"):
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = kind in ("t", "s")
            run.font.size = Pt(15 if kind == "t" else 14)
        else:
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if kind == "h":
                run.bold = True
            if kind == "p" and numbering is None:
                fmt.first_line_indent = Cm(1.27)
            if kind == "k":
                fmt.left_indent = Cm(1.9)
        label = None
        if numbering == "dec":
            set_numpr(par, DEC_NUM, 0)
            counters[0] += 1
            counters[1] = 0
            label = f"{counters[0]}."
        elif numbering == "let":
            set_numpr(par, DEC_NUM, 1)
            counters[1] += 1
            label = "abcdefghijklmnopqrstuvwxyz"[counters[1] - 1] + ")"
        elif numbering == "bul":
            set_numpr(par, BUL_NUM, 0)
            label = "-"
        lines.append(f"[{label}] {text}" if label else text)

    doc.add_paragraph()  # empty spacer paragraph before the signature block
    lines.append("")
    sig = doc.add_table(rows=1, cols=2)
    no_borders(sig)
    fill_cell(sig.cell(0, 0), [(s + "left", t) for s, t in RECIPIENTS], size=11)
    fill_cell(sig.cell(0, 1), SIGNATURE, size=14)
    lines += [t for _, t in RECIPIENTS] + [t for _, t in SIGNATURE]

    out = HERE / "documents" / "vi_original.docx"
    doc.save(str(out))
    src = HERE / "texts" / "vi_original.docx.source.txt"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # the numbers must not be in the paragraph text
    back = Document(str(out))
    assert not any(p.text[:3].strip().rstrip(".)").isdigit() for p in back.paragraphs if p.text)
    print(f"{out.name}: {len(back.paragraphs)} body paragraphs, {len(back.tables)} tables; {src.name}: {len(lines)} lines")


if __name__ == "__main__":
    build()
