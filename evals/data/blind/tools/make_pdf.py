"""Builds documents/vi_original.pdf (614-KL/TW) and texts/vi_original.pdf.source.txt.

Run with a Python that has fpdf2 and pypdf, e.g.
    python3 -m venv /tmp/pdfenv && /tmp/pdfenv/bin/pip install fpdf2 pypdf python-docx
    /tmp/pdfenv/bin/python tools/make_pdf.py
Font: DejaVu Serif from Debian's fonts-dejavu-core (Vietnamese glyphs).
"""
import re
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent.parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

HEADER = [  # (left column, right column), drawn row by row
    ("BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("*", None),
    ("Số 614-KL/TW", "Hà Nội, ngày 09 tháng 10 năm 2026"),
]

TITLE = [
    "KẾT LUẬN",
    "CỦA BỘ CHÍNH TRỊ",
    "về củng cố mạng lưới trạm y tế cấp xã sau sắp xếp đơn vị hành chính",
    "và tổ chức chính quyền địa phương 2 cấp",
    "-----",
]

# (style, text): "p" body paragraph, "h" bold heading line inside the body
BODY = [
    ("p", "Tại phiên họp ngày 06/10/2026, sau khi nghe Đảng ủy Chính phủ báo cáo tình hình tổ chức, hoạt động của trạm y tế cấp xã sau sắp xếp đơn vị hành chính (Báo cáo số 318-BC/ĐUCP, ngày 29/9/2026) và ý kiến của các cơ quan liên quan, Bộ Chính trị kết luận như sau:"),
    ("p", "1. Bộ Chính trị cơ bản đồng ý với đánh giá nêu trong Báo cáo số 318-BC/ĐUCP. Sau hơn một năm vận hành chính quyền địa phương 2 cấp, mạng lưới trạm y tế cấp xã từng bước được sắp xếp lại, bảo đảm khám bệnh, chữa bệnh ban đầu cho Nhân dân. Tuy nhiên, còn nhiều trạm y tế thiếu bác sĩ, trang thiết bị lạc hậu; một số trụ sở dôi dư sau sắp xếp chưa được sử dụng hiệu quả; việc liên thông dữ liệu sức khỏe giữa trạm y tế xã và bệnh viện còn chậm."),
    ("p", "2. Quán triệt quan điểm y tế cơ sở là nền tảng của hệ thống y tế, là tuyến gần dân nhất; thực hiện phương châm \"trạm gần dân, bác sĩ sát dân, hồ sơ theo dân\". Không sáp nhập trạm y tế một cách cơ học theo đơn vị hành chính mới; ở địa bàn rộng, giao thông khó khăn phải duy trì điểm trạm y tế để người dân không phải đi xa."),
    ("h", "3. Nhiệm vụ, giải pháp trọng tâm"),
    ("p", "a) Đảng ủy Chính phủ lãnh đạo, chỉ đạo:"),
    ("p", "- Bộ Y tế:"),
    ("p", "+ Chủ trì, phối hợp với Bộ Nội vụ ban hành tiêu chí phân loại trạm y tế cấp xã theo quy mô dân số và đặc điểm địa bàn, hoàn thành trước ngày 31/12/2026."),
    ("p", "+ Ban hành danh mục trang thiết bị thiết yếu tối thiểu của trạm y tế cấp xã, hoàn thành trong tháng 01/2027."),
    ("p", "+ Triển khai phần mềm hồ sơ sức khỏe điện tử dùng chung, kết nối trạm y tế xã với bệnh viện tuyến tỉnh, đưa vào vận hành trong quý II/2027."),
    ("p", "+ Tổng hợp kết quả củng cố mạng lưới trạm y tế cấp xã, báo cáo Bộ Chính trị định kỳ 6 tháng."),
    ("p", "- Bộ Tài chính:"),
    ("p", "+ Trình Chính phủ cơ chế hỗ trợ từ ngân sách trung ương để sửa chữa, nâng cấp trạm y tế xã ở vùng miền núi, biên giới, hải đảo, chậm nhất ngày 15/01/2027."),
    ("p", "+ Hướng dẫn chuyển đổi công năng trụ sở dôi dư sau sắp xếp để làm trạm y tế hoặc điểm trạm y tế."),
    ("p", "- Bộ Nội vụ chủ trì, phối hợp với Bộ Y tế hướng dẫn định mức số lượng người làm việc tại trạm y tế cấp xã, hoàn thành trong 6 tháng đầu năm 2027."),
    ("p", "- Bảo hiểm xã hội Việt Nam bảo đảm tất cả trạm y tế cấp xã đủ điều kiện được ký hợp đồng khám bệnh, chữa bệnh bảo hiểm y tế, hoàn thành trong năm 2027."),
    ("p", "b) Các tỉnh ủy, thành ủy lãnh đạo, chỉ đạo:"),
    ("p", "- Ủy ban nhân dân cấp tỉnh rà soát, sắp xếp lại mạng lưới trạm y tế, bảo đảm mỗi xã, phường, đặc khu có ít nhất một trạm y tế, hoàn thành trước ngày 31/3/2027."),
    ("p", "- Ủy ban nhân dân cấp tỉnh có cơ chế điều động bác sĩ từ bệnh viện tuyến tỉnh về làm việc luân phiên tại các trạm y tế chưa có bác sĩ."),
    ("p", "- Ủy ban nhân dân cấp xã cập nhật số liệu nhân lực, trang thiết bị của trạm y tế lên Hệ thống thông tin y tế trước ngày 10 hằng tháng."),
    ("p", "c) Ban Tổ chức Trung ương chủ trì, phối hợp với Đảng ủy Chính phủ nghiên cứu chính sách đãi ngộ đặc thù để thu hút bác sĩ về công tác tại trạm y tế xã, báo cáo Bộ Chính trị trong quý I/2027."),
    ("p", "d) Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương lãnh đạo, chỉ đạo Mặt trận Tổ quốc Việt Nam các cấp vận động Nhân dân tham gia bảo hiểm y tế và giám sát chất lượng khám bệnh, chữa bệnh tại trạm y tế xã."),
    ("p", "đ) Ban Tuyên giáo và Dân vận Trung ương chỉ đạo các cơ quan báo chí tuyên truyền về vai trò của y tế cơ sở và các mô hình trạm y tế xã hoạt động hiệu quả."),
    ("h", "4. Tổ chức thực hiện"),
    ("p", "Các nhiệm vụ nêu trên phải hoàn thành trước ngày 30/9/2027, trừ các nhiệm vụ đã có thời hạn cụ thể."),
    ("p", "Đảng ủy Chính phủ chủ trì, phối hợp với Văn phòng Trung ương Đảng theo dõi, đôn đốc việc thực hiện Kết luận này; sơ kết một năm, báo cáo Bộ Chính trị trong tháng 10/2027."),
    ("p", "Kết luận này thay thế Thông báo kết luận số 307-TB/TW, ngày 18/4/2025 của Ban Bí thư về mạng lưới y tế cơ sở."),
]

RECIPIENTS = [
    "Nơi nhận:",
    "- Các tỉnh ủy, thành ủy,",
    "- Các ban đảng, đảng ủy trực thuộc Trung ương,",
    "- Đảng ủy Chính phủ, Đảng ủy Quốc hội,",
    "- Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng,",
    "- Lưu Văn phòng Trung ương Đảng.",
]
SIGNATURE = ["T/M BỘ CHÍNH TRỊ", "(Đã ký)", "Phạm Đức Khiêm"]


def source_lines():
    lines = []
    for left, right in HEADER:
        lines.append(left)
        if right:
            lines.append(right)
    lines += TITLE
    lines += [t for _, t in BODY]
    lines += RECIPIENTS + SIGNATURE
    return lines


def build():
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("Serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.set_title("Kết luận số 614-KL/TW")
    pdf.set_author("Văn phòng Trung ương Đảng")
    pdf.add_page()
    lx, lw, rx, rw = 18, 80, 98, 100
    y = 18
    for i, (left, right) in enumerate(HEADER):
        style_l = "B" if i == 0 else ""
        pdf.set_font("Serif", style_l, 11)
        pdf.set_xy(lx, y)
        pdf.cell(lw, 6, left, align="C")
        if right:
            pdf.set_font("Serif", "B" if i == 0 else "I", 12 if i == 0 else 11)
            pdf.set_xy(rx, y)
            pdf.cell(rw, 6, right, align="C")
            if i == 0:  # short rule under the national heading
                pdf.line(rx + 30, y + 6.5, rx + rw - 30, y + 6.5)
        y += 6
    pdf.set_y(y + 8)
    for i, t in enumerate(TITLE):
        pdf.set_font("Serif", "B" if i < 2 else "", 14 if i == 0 else 12)
        pdf.cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for style, t in BODY:
        pdf.set_font("Serif", "B" if style == "h" else "", 11)
        pdf.multi_cell(0, 6, t, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(6)
    if pdf.get_y() > 230:
        pdf.add_page()
    y0 = pdf.get_y()
    for i, t in enumerate(RECIPIENTS):
        pdf.set_font("Serif", "BI" if i == 0 else "", 9.5) if i else pdf.set_font("Serif", "I", 10)
        pdf.set_xy(25, y0 + i * 5)
        pdf.cell(90, 5, t)
    for i, t in enumerate(SIGNATURE):
        pdf.set_font("Serif", "B" if i != 1 else "I", 11)
        pdf.set_xy(115, y0 + (i * 6 if i < 2 else 26))
        pdf.cell(75, 6, t, align="C")
    out = HERE / "documents" / "vi_original.pdf"
    pdf.output(str(out))
    src = HERE / "texts" / "vi_original.pdf.source.txt"
    src.write_text("\n".join(source_lines()) + "\n", encoding="utf-8")
    return out, src


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def verify(out, src):
    from pypdf import PdfReader
    text = norm(" ".join(p.extract_text() for p in PdfReader(str(out)).pages))
    missing = [l for l in src.read_text(encoding="utf-8").splitlines() if norm(l) not in text]
    print(f"{out.name}: {len(PdfReader(str(out)).pages)} page(s); source lines not found verbatim in extracted text: {len(missing)}")
    for l in missing:
        print("  -", l)


if __name__ == "__main__":
    verify(*build())
