"""Reading source files: PDF text layers, Word documents and saved news pages, on hand-made inputs."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfWriter

from corpus.files import ParseError, read_text, source_files
from corpus.formats.pdf import unwrap_lines
from corpus.parse import parse_file
from entry.settings import DEFAULT_LANGUAGES
from tests.conftest import CORPUS, FILES

DATA = Path(__file__).parent / "data" / "files"

PDF_TEXT = """\
Số 999-KL/TW
KẾT LUẬN của Bộ Chính trị về chính quyền địa phương hai cấp
Tại phiên họp ngày 4 tháng 7 năm 2025, sau khi nghe báo cáo về tình hình thực hiện, Bộ Chính trị kết luận như sau:
I. ĐÁNH GIÁ CHUNG
Bộ máy chính quyền địa phương hai cấp bước đầu vận hành thông suốt, đúng quy định.
1. Giao Bộ Tài chính hướng dẫn các địa phương bảo đảm kinh phí cho cấp xã trước ngày 30 tháng 9 năm 2025.
Các nhiệm vụ trọng tâm gồm
a) rà soát đội ngũ cán bộ, công chức cấp xã và báo cáo kết quả định kỳ hằng tháng;
b) bố trí trụ sở làm việc phù hợp và bảo đảm điều kiện làm việc cho cán bộ, công chức.

2. Giao Bộ Nội vụ chủ trì, phối hợp với các cơ quan liên quan hoàn thành việc rà soát biên chế trước ngày 31 tháng 12 năm 2025.
- đẩy mạnh chuyển đổi số;
+ ưu tiên dịch vụ công trực tuyến
• bảo đảm an toàn thông tin.
II. TỔ CHỨC THỰC HIỆN
Văn phòng Trung ương Đảng theo dõi, đôn đốc việc thực hiện Kết luận này."""


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _encrypted(tmp_path: Path, user_password: str, algorithm: str = "RC4-128") -> Path:
    writer = PdfWriter(clone_from=DATA / "conclusion.pdf")
    writer.encrypt(user_password=user_password, owner_password="chủ", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    return _write(tmp_path / "locked.pdf", buffer.getvalue())


def test_pdf_text_layer_one_line_a_paragraph_without_running_lines():
    text = read_text(DATA / "conclusion.pdf")
    assert text == PDF_TEXT
    assert "BỘ CHÍNH TRỊ — Kết luận" not in text and "Lưu hành nội bộ" not in text  # header and footer of both pages
    assert not any(line.strip().isdigit() for line in text.splitlines())  # page numbers
    # "điều kiện" ends page 1 and "làm việc" opens page 2: one paragraph over the page break
    assert "bảo đảm điều kiện làm việc cho cán bộ, công chức." in text


def test_pdf_feeds_the_clause_reader():
    parsed = parse_file(DATA / "conclusion.pdf", DEFAULT_LANGUAGES)
    assert (parsed.language, parsed.number, str(parsed.date)) == ("vi", "999-KL/TW", "2025-07-04")
    texts = [parsed.node_text(node) for node in parsed.tree.nodes]
    assert "a) rà soát đội ngũ cán bộ, công chức cấp xã và báo cáo kết quả định kỳ hằng tháng;" in texts


def test_unwrap_joins_only_clear_continuations():
    lines = [
        "Guvernul va aproba pla-",
        "nul de acțiune și va raporta",
        "lunar Biroului Politic.",
        "hằng tháng báo cáo",  # after a full stop: a new paragraph even in lower case
        "Bộ Chính trị",  # a capital: not clearly a continuation
        "Các nhiệm vụ gồm",
        "a) rà soát;",
        "ii. sắp xếp",
        "- đẩy mạnh",
        "chuyển đổi\u00ad",
        "số.",
    ]
    assert unwrap_lines(lines) == [
        "Guvernul va aproba pla-nul de acțiune și va raporta lunar Biroului Politic.",
        "hằng tháng báo cáo",
        "Bộ Chính trị",
        "Các nhiệm vụ gồm",
        "a) rà soát;",
        "ii. sắp xếp",
        "- đẩy mạnh chuyển đổisố.",
    ]


def _blank_pdf(tmp_path: Path) -> Path:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return _write(tmp_path / "blank.pdf", buffer.getvalue())


@pytest.mark.parametrize("make", [lambda tmp: DATA / "scanned.pdf", _blank_pdf], ids=["rectangle-and-image", "blank-page"])
def test_pdf_without_text_layer_is_a_parse_error(tmp_path, make):
    path = make(tmp_path)
    with pytest.raises(ParseError) as caught:
        read_text(path)
    assert (caught.value.file, caught.value.line) == (path.name, None)
    assert caught.value.message.startswith("no text layer (a scanned PDF?): ")
    assert "OCR" in caught.value.message


def test_encrypted_pdf_needs_its_password(tmp_path):
    with pytest.raises(ParseError, match="encrypted PDF: it needs a password"):
        read_text(_encrypted(tmp_path, "mật khẩu"))
    # only an owner password (printing and copying restricted): the text is readable
    assert read_text(_encrypted(tmp_path, "")) == PDF_TEXT
    assert read_text(_encrypted(tmp_path, "", "AES-256")) == PDF_TEXT  # AES needs the cryptography package


@pytest.mark.parametrize(
    "data",
    [b"", b"not a PDF at all", b"%PDF-1.7\n1 0 obj << /Type /Catalog", (DATA / "conclusion.pdf").read_bytes()[:1500]],
    ids=["empty", "text", "truncated-header", "truncated-file"],
)
def test_corrupt_pdf_is_a_parse_error(tmp_path, data):
    path = _write(tmp_path / "broken.pdf", data)
    with pytest.raises(ParseError) as caught:
        read_text(path)
    assert caught.value.file == "broken.pdf"
    assert caught.value.message.startswith(("not a readable PDF", "no text layer"))


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_paragraph("Giao Bộ Tài chính hướng dẫn.", style="List Number")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


SAMPLES = {".pdf": (DATA / "conclusion.pdf").read_bytes(), ".docx": _docx_bytes()}


@given(
    suffix=st.sampled_from(sorted(SAMPLES)),
    edits=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=25),
    keep=st.floats(0.05, 1),
)
@settings(max_examples=60, deadline=None)
def test_damaged_pdf_or_docx_reads_or_is_a_parse_error(tmp_path_factory, suffix, edits, keep):
    data = bytearray(SAMPLES[suffix])
    for where, byte in edits:
        data[int(where * len(data))] = byte
    path = _write(tmp_path_factory.mktemp("damaged") / f"damaged{suffix}", bytes(data[: int(keep * len(data))]))
    try:
        text = read_text(path)
    except ParseError as exc:
        assert exc.file == path.name and exc.message
    else:
        assert isinstance(text, str)


def test_docx_paragraphs_bullets_and_tables_in_order(tmp_path):
    document = docx.Document()
    document.add_heading("KẾT LUẬN CỦA BỘ CHÍNH TRỊ", level=1)
    document.add_paragraph("Bộ Chính trị   kết luận\nnhư sau:")
    document.add_paragraph("đẩy mạnh chuyển đổi số;", style="List Bullet")
    document.add_paragraph("- bảo đảm an toàn thông tin.", style="List Bullet")  # prints its own marker
    document.add_paragraph("Giao Bộ Tài chính hướng dẫn.", style="List Number")
    document.add_paragraph("Giao Bộ Nội vụ rà soát.", style="List Number")
    document.add_paragraph("")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Cơ quan", "Thời hạn"
    table.cell(1, 0).text = "Bộ Tư pháp"
    table.cell(1, 1).paragraphs[0].text = "trước ngày 30/9/2025"
    table.cell(1, 1).add_paragraph("báo cáo kết quả", style="List Bullet")
    document.add_paragraph("Văn phòng Trung ương Đảng theo dõi.")
    document.save(tmp_path / "kl.docx")
    assert read_text(tmp_path / "kl.docx").split("\n") == [
        "KẾT LUẬN CỦA BỘ CHÍNH TRỊ",
        "Bộ Chính trị kết luận như sau:",
        "- đẩy mạnh chuyển đổi số;",
        "- bảo đảm an toàn thông tin.",
        "1. Giao Bộ Tài chính hướng dẫn.",
        "2. Giao Bộ Nội vụ rà soát.",
        "Cơ quan",
        "Thời hạn",
        "Bộ Tư pháp",
        "trước ngày 30/9/2025",
        "- báo cáo kết quả",
        "Văn phòng Trung ương Đảng theo dõi.",
    ]


def _numbered(document, text: str, num_id: int, level: int) -> None:
    paragraph = document.add_paragraph(text)
    num_pr = f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
    paragraph._p.get_or_add_pPr().append(parse_xml(num_pr))


def test_docx_numbering_read_from_the_numbering_part(tmp_path):
    document = docx.Document()
    numbering = document.part.numbering_part.element
    levels = [("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "(%3)")]
    lvl = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    abstract = f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{lvl}</w:abstractNum>'
    numbering.find(qn("w:num")).addprevious(parse_xml(abstract))  # the schema puts definitions before instances
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="90"/>{restart}</w:num>'))
    document.add_paragraph("Bộ Chính trị kết luận:")
    for text, num_id, level in [
        ("Giao Bộ Tài chính chủ trì.", 90, 0),
        ("rà soát kinh phí;", 90, 1),
        ("báo cáo hằng tháng:", 90, 1),
        ("cấp tỉnh;", 90, 2),
        ("cấp xã.", 90, 2),
        ("Giao Bộ Nội vụ.", 90, 0),
        ("sắp xếp biên chế.", 90, 1),
        ("Danh sách mới đánh số lại.", 91, 0),
        ("Đoạn đã tắt đánh số.", 0, 0),
    ]:
        _numbered(document, text, num_id, level)
    document.save(tmp_path / "numbered.docx")
    assert read_text(tmp_path / "numbered.docx").split("\n") == [
        "Bộ Chính trị kết luận:",
        "1. Giao Bộ Tài chính chủ trì.",
        "a) rà soát kinh phí;",
        "b) báo cáo hằng tháng:",
        "(i) cấp tỉnh;",
        "(ii) cấp xã.",
        "2. Giao Bộ Nội vụ.",
        "a) sắp xếp biên chế.",
        "1. Danh sách mới đánh số lại.",
        "Đoạn đã tắt đánh số.",
    ]


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [b"", "Kết luận, nhưng không phải DOCX".encode(), b"PK\x03\x04 broken", _zip({"word/document.xml": b"<w:document"})],
    ids=["empty", "text", "broken-zip", "zip-without-package"],
)
def test_corrupt_docx_is_a_parse_error(tmp_path, data):
    path = _write(tmp_path / "broken.docx", data)
    with pytest.raises(ParseError) as caught:
        read_text(path)
    assert (caught.value.file, caught.value.line) == ("broken.docx", None)
    assert caught.value.message.startswith("not a readable DOCX")


SAVED_PAGE = """<!DOCTYPE html><html lang="vi"><head><title>Kết luận 999 | Báo Mẫu</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "JSON-LD headline"}</script>
<style>.detail { color: #222 }</style></head>
<body class="has-cookie-banner">
<div id="cookie-consent" class="cookieBanner"><p>Chúng tôi dùng cookie để cải thiện trải nghiệm.</p><button>Đồng ý</button></div>
<header class="site-header"><a href="/">Báo Mẫu</a>
  <nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li></ul></nav>
  <h1 class="title">Kết luận số 999-KL/TW của Bộ Chính trị</h1></header>
<div class="breadcrumb">Trang chủ » Chính trị » Kết luận</div>
<main><article class="detail">
<p class="sapo">Tại phiên họp ngày 4/7/2025,
   Bộ Chính trị kết luận như sau:</p>
<div class="social-share"><a>Facebook</a> <a>Zalo</a></div>
<p>1. Giao Bộ Tài chính hướng dẫn kinh phí trước ngày 30/9/2025.</p>
<p>Các nhiệm vụ trọng tâm gồm:</p>
<ol type="a"><li>rà soát đội ngũ cán bộ cấp xã;</li><li>bố trí trụ sở <b>làm việc</b>.</li></ol>
<ol start="3"><li>Giao Bộ Nội vụ chủ trì.</li><li value="7">Giao Bộ Tư pháp thẩm định.</li></ol>
<ul><li>đẩy mạnh chuyển đổi số;</li><li>bảo đảm an toàn thông tin.</li></ul>
<noscript>Hãy bật JavaScript</noscript><script>var tracking = "pixel";</script>
<div class="related-news"><h3>Tin liên quan</h3><ul><li><a href="/a">Bài khác</a></li></ul></div>
<div class="adsBox">Quảng cáo</div>
</article><aside><p>Đọc nhiều nhất</p></aside></main>
<section id="comments"><p>Bình luận của bạn đọc</p></section>
<div class="newsletter"><form><input name="email"></form><p>Đăng ký nhận bản tin</p></div>
<footer><p>© Báo Mẫu 2025</p></footer><svg><text>biểu tượng</text></svg>
</body></html>"""


def test_saved_news_page_keeps_title_article_and_list_markers(tmp_path):
    text = read_text(_write(tmp_path / "kl.html", SAVED_PAGE.encode("utf-8")))
    assert text.split("\n\n") == [
        "Kết luận số 999-KL/TW của Bộ Chính trị",
        "Tại phiên họp ngày 4/7/2025, Bộ Chính trị kết luận như sau:",
        "1. Giao Bộ Tài chính hướng dẫn kinh phí trước ngày 30/9/2025.",
        "Các nhiệm vụ trọng tâm gồm:",
        "a) rà soát đội ngũ cán bộ cấp xã;",
        "b) bố trí trụ sở làm việc.",
        "3. Giao Bộ Nội vụ chủ trì.",
        "7. Giao Bộ Tư pháp thẩm định.",
        "- đẩy mạnh chuyển đổi số;",
        "- bảo đảm an toàn thông tin.",
    ]
    for clutter in ("cookie", "Trang chủ", "JSON-LD", "color", "Facebook", "JavaScript", "tracking", "Tin liên quan",
                    "Quảng cáo", "Đọc nhiều", "Bình luận", "bản tin", "©", "biểu tượng", "Báo Mẫu"):  # fmt: skip
        assert clutter not in text


def test_page_without_article_reads_the_block_with_most_paragraph_text(tmp_path):
    page = """<html><body><form id="aspnetForm">
    <div id="menu"><a href="/">Trang chủ</a> <a href="/vb">Văn bản</a></div>
    <h1>Kết luận số 998-KL/TW</h1>
    <div class="sidebar"><p>Liên kết</p></div>
    <div class="content">
      <p>Bộ Chính trị yêu cầu:</p>
      <ol type="i" start="2"><li>Ban Tổ chức Trung ương tổng hợp;</li><li>Ủy ban Kiểm tra Trung ương giám sát.</li></ol>
      <div class="shareholder-note"><p>Ghi chú: văn bản gốc lưu tại Văn phòng Trung ương Đảng.</p></div>
      <p class="commentary">Hiệu lực từ ngày ký.</p>
      <div class="share-tools">Chia sẻ</div><p hidden>ẩn</p>
    </div></form></body></html>"""
    text = read_text(_write(tmp_path / "kl.htm", page.encode("utf-8")))
    assert text.split("\n\n") == [
        "Kết luận số 998-KL/TW",  # <h1> kept though outside the block read
        "Bộ Chính trị yêu cầu:",
        "ii. Ban Tổ chức Trung ương tổng hợp;",
        "iii. Ủy ban Kiểm tra Trung ương giám sát.",
        "Ghi chú: văn bản gốc lưu tại Văn phòng Trung ương Đảng.",  # "shareholder" is not the word "share"
        "Hiệu lực từ ngày ký.",  # nor "commentary" the word "comment"
    ]


def test_source_files_include_pdf_and_docx(tmp_path):
    for name in ("b.pdf", "a.docx", "c.txt", "d.md", "e.html", "f.htm", "manifest.toml", "old.doc", "scan.png"):
        (tmp_path / name).write_bytes(b"")
    assert [p.name for p in source_files(tmp_path)] == ["a.docx", "b.pdf", "c.txt", "d.md", "e.html", "f.htm"]


@pytest.mark.parametrize("name", sorted(FILES.values()))
def test_txt_sources_read_as_their_bytes(name):
    assert read_text(CORPUS / name) == (CORPUS / name).read_bytes().decode("utf-8")


def test_title_in_the_articles_own_header_is_kept_once(tmp_path):
    page = """<html><body><header><a href="/">Báo Mẫu</a></header><article>
    <header><h1>Kết luận số 997-KL/TW</h1><div class="share">Chia sẻ</div></header>
    <h2>Về công tác cán bộ</h2><p>Bộ Chính trị giao Ban Tổ chức Trung ương hướng dẫn.</p></article></body></html>"""
    text = read_text(_write(tmp_path / "kl.html", page.encode("utf-8")))
    assert text.split("\n\n") == [
        "Kết luận số 997-KL/TW",  # its <header> is dropped with the share bar, the <h1> is not
        "Về công tác cán bộ",
        "Bộ Chính trị giao Ban Tổ chức Trung ương hướng dẫn.",
    ]


def test_a_saved_page_gives_its_own_address_as_its_source():
    from corpus.clean import clean
    from corpus.formats.webpage import html_text

    page = (
        '<html><head><link rel="canonical" href="https://news.example.vn/a/512.html"></head><body>'
        "<article><h1>Politburo issues Conclusion 512</h1><p>The Politburo concluded as follows:</p>"
        "<ol><li>The Ministry of Finance shall issue guidance before 30 June 2027.</li>"
        "<li>Provinces shall report every month.</li></ol></article></body></html>"
    )
    assert clean(html_text(page)).source_urls == ("https://news.example.vn/a/512.html",)


MARKDOWN = """[Home](https://example.org/) · [Politics](https://example.org/p/)

# Conclusion No. 777-KL/TW on commune libraries

| CENTRAL COMMITTEE | COMMUNIST PARTY OF VIETNAM |
|:---:|:---:|
| No. 777-KL/TW | *Hanoi, 5 February 2027* |

## I. TASKS

1) The Government Party Committee directs:

- the Ministry of Culture, Sports and Tourism:
  - to issue library criteria by 31 March 2027;
  - to report to the Secretariat every six months;
- the **Ministry of Finance**: to guide the use of surplus offices.

2) Provincial Party Committees report each month before the 10th.
"""


def test_markdown_is_read_as_the_page_it_renders_to(tmp_path):
    (tmp_path / "c.md").write_text(MARKDOWN, encoding="utf-8")
    lines = read_text(tmp_path / "c.md").split("\n\n")
    assert "I. TASKS" in lines and "Conclusion No. 777-KL/TW on commune libraries" in lines  # no "#" left
    assert "1. The Government Party Committee directs:" in lines  # a loose list item keeps its number with its text
    assert "- the Ministry of Culture, Sports and Tourism:" in lines
    assert "+ to issue library criteria by 31 March 2027;" in lines  # a nested list takes the next bullet
    assert "- the Ministry of Finance: to guide the use of surplus offices." in lines  # emphasis and links are text
    assert "Hanoi, 5 February 2027" in lines and not any("](" in line or "|" in line for line in lines)
    tree = parse_file(tmp_path / "c.md", DEFAULT_LANGUAGES).tree
    items = [n.path for n in tree.nodes if n.kind == "item"][:4]
    assert items == [("I", "1"), ("I", "1", "b1"), ("I", "1", "b1", "b1"), ("I", "1", "b1", "b2")]
