"""Who must act: bodies given a task, told apart from bodies only named."""

from __future__ import annotations

from corpus.actors import tasked


def test_ministry_of_finance_acts_in_exactly_the_clauses_that_task_it(corpus):
    ids = [c.id for c in corpus.clauses if "Ministry of Finance" in c.actors]
    assert ids == ["178-KL/TW:3.3", "202-KL/TW:4.2"]


def test_named_bodies_that_are_praised_get_no_task(corpus, clause):
    for cid in ["183-KL/TW:1.p2", "178-KL/TW:1", "202-KL/TW:1.p2", "195-KL/TW:p1"]:
        c = clause(cid)
        assert c.actors == () and len(c.mentions) >= 5, cid
    assert "Ministry of Home Affairs" in clause("183-KL/TW:1.p2").mentions


def test_task_givers_and_receivers(clause):
    assert clause("183-KL/TW:3").actors == ("Government Party Committee",)
    assert clause("183-KL/TW:3.p3.1").actors == ("Ministry of Home Affairs",)
    assert clause("183-KL/TW:3.p3.1.i").actors == ("Ministry of Home Affairs",)  # inherited from the lead-in
    assert clause("183-KL/TW:3.p3.2").actors == ("Ministry of Justice",)
    assert clause("178-KL/TW:4").actors == ("National Assembly Party Committee",)
    assert "Politburo" in clause("178-KL/TW:4").mentions  # advised, not tasked
    assert clause("202-KL/TW:3").actors == ("Government Party Committee", "National Assembly Party Committee")
    assert clause("202-KL/TW:4.3").actors == ("Ministry of Science and Technology",)
    assert clause("195-KL/TW:p4").actors[0] == "Government Party Committee"  # Persian: object before the verb
    assert "Politburo" not in clause("195-KL/TW:p4").actors


def test_items_under_a_lead_in_giving_another_body_a_task_are_directed_by_it(clause, searcher):
    # "3. Assign the Government Party Committee to lead and direct: (1) the Ministry of Home Affairs ..."
    assert clause("183-KL/TW:3.p3.1").actors == ("Ministry of Home Affairs",)
    assert clause("183-KL/TW:3.p3.1").directing == ("Government Party Committee",)
    assert clause("183-KL/TW:3.p3.1.i").directing == ("Government Party Committee",)  # through its own lead-in
    assert clause("178-KL/TW:3.3").tasked == ("Ministry of Finance", "Government Party Committee")
    assert clause("183-KL/TW:3").directing == () and clause("183-KL/TW:7.iii").directing == ()
    # a question about the directing body reaches them, after the clauses giving it a task itself
    allowed, acting = searcher._allowed(searcher.understand("What must the Government Party Committee do?"))
    assert "178-KL/TW:3.3" in allowed and "178-KL/TW:3.3" not in acting


def test_directing_a_ministry_gives_the_ministry_the_task(gazetteer):
    text = "Assign the Government Party Committee to direct the Ministry of Finance to issue guidance."
    actors = tasked(text, "en", gazetteer).actors
    assert "Ministry of Finance" in actors and "Government Party Committee" in actors
    german = "Das Parteikomitee der Regierung führt und lenkt das Ministerium für öffentliche Sicherheit bei folgenden Aufgaben:"
    for lang, text in (
        ("de", german),
        ("fr", "Le Comité du Parti du gouvernement dirige le ministère des Finances pour publier les normes."),
        ("ru", "Партийный комитет правительства руководит Министерством финансов в подготовке правил."),
    ):
        assert "Government Party Committee" in tasked(text, lang, gazetteer).actors, (lang, text)
    assert "Ministry of Public Security" in tasked(german, "de", gazetteer).actors
    read = tasked("The Politburo praised the Ministry of Finance and the Ministry of Justice.", "en", gazetteer)
    assert read.actors == [] and read.named == ["Politburo", "Ministry of Finance", "Ministry of Justice"]


def test_supporting_bodies_are_kept_apart_from_the_lead(gazetteer):
    read = tasked(
        "- Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Công an, Bộ Tài chính xây dựng khung kiến trúc số.", "vi", gazetteer
    )
    assert read.actors == ["Ministry of Science and Technology"]
    assert read.supporting == ["Ministry of Public Security", "Ministry of Finance"]
    read = tasked(
        "The Ministry of Health shall, in coordination with the Ministry of Home Affairs, issue guidance.", "en", gazetteer
    )
    assert (read.actors, read.supporting) == (["Ministry of Health"], ["Ministry of Home Affairs"])


def test_gazetteer_resolves_names_in_any_language(gazetteer):
    for name in [
        "Bộ Tài chính",
        "Ministry of Finance",
        "Kementerian Kewangan",
        "Finansdepartementet",
        "Міністерство фінансів",
        "وزارت دارایی",
        "Ministerul Finanțelor",
        "ministry of finance",
    ]:
        assert gazetteer.resolve(name).en == "Ministry of Finance", name
    assert gazetteer.resolve("Đảng ủy Chính phủ").en == "Government Party Committee"
    assert gazetteer.resolve("Ministry of Magic") is None
    assert gazetteer.resolve("le Secrétariat").en == "Secretariat"  # an article before the name
    assert gazetteer.resolve("der Finanzminister des Landes") is None


def test_every_body_has_english_and_vietnamese_names(gazetteer):
    assert len(gazetteer.bodies) >= 30
    for body in gazetteer.bodies:
        assert body.en.strip() and body.vi.strip()
