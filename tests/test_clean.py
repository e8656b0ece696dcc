"""Page clutter goes, in every language, and what it carried (source URL, date) is kept."""

from __future__ import annotations

import pytest

from corpus.clean import clean

from .conftest import FILES

CLUTTER = [
    "Foto:",
    "Фото:",
    "Ảnh 1",
    "No data",
    "Komen (0)",
    "Коментар (0)",
    "نظر (0)",
    "Comentariu (0)",
    "Sumber:",
    "Kilde:",
    "Джерело:",
    "منبع:",
    "Sursă:",
    "Menurut VNA",
    "Ifølge nhandan.vn",
    "Vietnam.vn",
    "Báo Chính Phủ",
]


@pytest.mark.parametrize("lang", FILES)
def test_no_clutter_left_in_clauses(parsed, lang):
    pf = parsed[lang]
    for node in pf.tree.nodes:
        text = pf.node_text(node)
        for junk in CLUTTER:
            assert junk not in text, (lang, node.path, junk)


def test_what_each_page_carried(parsed):
    assert parsed["ms"].source_urls == (
        "https://baochinhphu.vn/ket-luan-so-183-kl-tw-chuyen-manh-cap-co-so-sang-chu-dong-nam-dieu-hanh-kinh-te-xa-hoi-quoc-phong-an-ninh-102250803103651799.htm",
    )
    assert all(len(pf.source_urls) == 1 and pf.source_urls[0].startswith("https://") for pf in parsed.values())
    assert parsed["ms"].title.startswith("Kesimpulan No. 183-KL/TW: Mengalihkan")
    assert parsed["fa"].title.startswith("رفع به موقع مشکلات")
    assert parsed["nb"].title is None and parsed["uk"].title is None and parsed["ro"].title is None


def test_removed_lines_by_kind(parsed):
    kinds = {lang: [kind for _, kind in pf.removed] for lang, pf in parsed.items()}
    assert kinds["ms"][:5] == ["banner", "title", "byline", "image", "caption"]
    assert kinds["ms"].count("caption") == 2 and kinds["ms"].count("image") == 2
    assert "attribution" in kinds["ms"] and "attribution" in kinds["nb"]
    assert kinds["nb"] == ["caption", "attribution", "source"]
    assert kinds["uk"] == ["caption", "source", "counter"]
    assert kinds["ro"] == ["source", "counter"]
    assert kinds["fa"][:3] == ["banner", "title", "byline"]


def test_rules_generalise_to_an_unseen_page():
    page = "\n".join(
        [
            "dailynews.com - Your daily news",
            "Government adopts new plan on local administration",
            "The Herald 05/06/2025",
            "Officials met in the capital on Monday. Photo: Reuters",
            "The Conclusion states: the Politburo concluded as follows:",
            "1. Assign the Ministry of Finance to issue guidance before 30 June 2025.",
            "2. Request provinces to report every month.",
            "According to VNA",
            "Source: https://dailynews.com/a/b",
            "Comments (3)",
            "Related news",
            "Floods hit the north",
        ]
    )
    cleaned = clean(page)
    kept = [line.text for line in cleaned.body]
    assert kept == [
        "The Conclusion states: the Politburo concluded as follows:",
        "1. Assign the Ministry of Finance to issue guidance before 30 June 2025.",
        "2. Request provinces to report every month.",
    ]
    assert cleaned.title == "Government adopts new plan on local administration"
    assert cleaned.source_urls == ("https://dailynews.com/a/b",)
    assert str(cleaned.published) == "2025-06-05"


def test_page_without_source_line_drops_trailing_furniture():
    page = "The Politburo concluded as follows:\n1. Provinces must act before 1 May 2026.\nMost read\nSports\nNo data\n"
    kept = [line.text for line in clean(page).body]
    assert kept == ["The Politburo concluded as follows:", "1. Provinces must act before 1 May 2026."]


def test_distribution_list_signature_bars_and_dated_bylines_are_no_text():
    page = "\n".join(
        [
            "Home | Documents | Conclusions | Search",
            "POLITICS   BUSINESS   SOCIETY   WORLD",
            "Thursday, 14/05/2027 - 09:35",
            "Kết luận của Bộ Chính trị về chuyển đổi số",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Tại phiên họp ngày 8/5/2027, Bộ Chính trị kết luận như sau:",
            "1. Bộ Tài chính hoàn thành trước ngày 30/6/2027.",
            "2. Bộ Nội vụ báo cáo hằng quý.",
            "3. Ủy ban nhân dân các tỉnh tổ chức thực hiện.",
            "Nơi nhận:",
            "- Các tỉnh ủy, thành ủy,",
            "T/M BỘ CHÍNH TRỊ",
            "(đã ký)",
            "Views: 2.418 | Share: Facebook | Back",
        ]
    )
    cleaned = clean(page)
    assert [line.text for line in cleaned.body] == [
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Tại phiên họp ngày 8/5/2027, Bộ Chính trị kết luận như sau:",
        "1. Bộ Tài chính hoàn thành trước ngày 30/6/2027.",
        "2. Bộ Nội vụ báo cáo hằng quý.",
        "3. Ủy ban nhân dân các tỉnh tổ chức thực hiện.",
    ]
    assert str(cleaned.published) == "2027-05-14"
    kinds = {line.text: kind for line, kind in cleaned.removed}
    assert kinds["Home | Documents | Conclusions | Search"] == kinds["POLITICS   BUSINESS   SOCIETY   WORLD"] == "bar"
    assert kinds["Nơi nhận:"] == "closing" and kinds["Thursday, 14/05/2027 - 09:35"] == "byline"


def test_a_long_byline_of_dated_items_with_times_is_no_text():
    byline = "Publié le 9 février 2027 à 10 h 15 · Mis à jour le 10 février 2027 à 08 h 02 · Lecture : 8 min"
    sentence = "Le 9 février 2027 à 10 h 15, le Secrétariat a publié la Conclusion n° 756-KL/TW sur les maisons de la culture."
    cleaned = clean("\n".join([byline, "Lors de sa réunion du 2 février 2027, le Secrétariat a conclu :", sentence]))
    assert dict((line.text, kind) for line, kind in cleaned.removed) == {byline: "byline"}
    assert [line.text for line in cleaned.body][-1] == sentence  # a sentence with a time stays text


def test_a_source_credit_closes_the_text_but_a_funding_source_does_not():
    page = "\n".join(
        [
            "Le Bureau politique conclut :",
            "1. Le ministère des Finances mobilise les fonds.",
            "Nguồn kinh phí: ngân sách nhà nước.",
            "2. Les provinces rendent compte.",
            "3. Le Bureau central suit la mise en œuvre.",
            "Source : VNA / Vietnam Actualités",
            "À lire aussi :",
            "– Un autre article (03/06/2027)",
        ]
    )
    kept = [line.text for line in clean(page).body]
    assert kept[-1] == "3. Le Bureau central suit la mise en œuvre." and "Nguồn kinh phí: ngân sách nhà nước." in kept


def test_section_names_and_breadcrumbs_above_the_lead_are_page_furniture():
    page = "\n".join(
        [
            "Trang chủ > Chính trị",
            "Politics",
            "Politburo orders communes to go online by the end of 2026",
            "Nhan Dan Online",
            "Hanoi (VNA) – The Politburo has issued Conclusion No. 412-KL/TW on digital transformation at the commune level.",
            "1. Provincial People's Committees shall report every month.",
            "Politics",
        ]
    )
    cleaned = clean(page)
    banners = [line.text for line, kind in cleaned.removed if kind == "banner"]
    assert banners == ["Trang chủ > Chính trị", "Politics", "Nhan Dan Online"]
    assert cleaned.title == "Politburo orders communes to go online by the end of 2026"  # the headline, not the brand
    assert cleaned.body[0].text.startswith("Hanoi (VNA)")
    # an official header in capitals and its numbered lines stay
    lead = "Tại phiên họp ngày 8/5/2026, sau khi nghe Đảng ủy Chính phủ báo cáo, Bộ Chính trị kết luận như sau:"
    official = clean(f"ĐẢNG CỘNG SẢN VIỆT NAM\nSố 317-KL/TW\nKẾT LUẬN\n{lead}\n1. Về quan điểm.")
    assert not [line for line, kind in official.removed if kind == "banner"]
