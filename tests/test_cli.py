"""The `assistant ingest` and `assistant clauses` commands, end to end in a temporary data folder."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from entry.cli import main

from .conftest import CORPUS, FILES

MOF_JULY = "What must the Ministry of Finance do by July 2025?"


@pytest.fixture()
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ASSISTANT_EMBEDDING_MODEL", "hashing")  # plumbing: the real model is tested in test_search_quality
    monkeypatch.setenv("ASSISTANT_MIN_SIMILARITY", "0")  # the threshold is calibrated for the real model
    return tmp_path / "data"


@pytest.fixture()
def ingested(data_dir, capsys):
    assert main(["ingest"]) == 0
    return capsys.readouterr()


def test_ingest_prints_a_summary(ingested, data_dir):
    out = ingested.out
    assert out.startswith("Ingested 4 documents, 104 clauses")
    assert "183-KL/TW    2025-08-01  ms, nb   27 clauses" in out
    assert "§5¶2 is in the nb text but not in this one (ms)" in out
    assert "Parsing" in ingested.err and "Embedding" in ingested.err  # the progress bars
    assert (data_dir / "corpus.json").exists()
    assert "129 texts, 129 embedded now, 0 reused" in out


def test_clauses_json_contract(ingested, capsys):
    assert main(["clauses", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 104
    for row in rows:
        assert {"id", "document", "label", "texts", "deadlines", "actors"} <= set(row)
        for d in row["deadlines"]:
            assert len(d["due"]) == 10 and d["granularity"] in {"day", "week", "month", "year"} and d["phrase"]
    monthly = next(r for r in rows if r["id"] == "183-KL/TW:9")
    assert monthly["deadlines"][0]["recurring"] == "FREQ=MONTHLY;BYMONTHDAY=25"
    assert set(monthly["texts"]) == {"ms", "nb"}


def test_clauses_filters(ingested, capsys):
    assert main(["clauses", "--json", "--actor", "Bộ Tài chính"]) == 0
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == ["178-KL/TW:3.3", "202-KL/TW:4.2"]
    assert main(["clauses", "--json", "--actor", "Ministry of Finance", "--due-before", "2025-07-31"]) == 0
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == ["178-KL/TW:3.3"]
    assert main(["clauses", "--document", "195"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 15 and all("195-KL/TW:" in line for line in lines)


def test_clear_errors(data_dir, capsys, tmp_path):
    assert main(["clauses"]) == 2
    assert "run `assistant ingest` first" in capsys.readouterr().err
    assert main(["ingest", "--corpus", str(tmp_path / "empty")]) == 2
    assert "no .txt, .md, .html, .pdf or .docx files" in capsys.readouterr().err
    main(["ingest"])
    capsys.readouterr()
    assert main(["clauses", "--actor", "Ministry of Magic"]) == 2
    assert "not a body the gazetteer knows" in capsys.readouterr().err
    assert main(["clauses", "--document", "999"]) == 2
    assert "known: 178-KL/TW, 183-KL/TW, 195-KL/TW, 202-KL/TW" in capsys.readouterr().err


def test_a_bad_file_is_named_and_the_rest_ingests(data_dir, tmp_path, capsys):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(CORPUS / FILES["ro"], folder)
    (folder / "broken.txt").write_bytes("Kết luận\n1. Bộ Tài chính\n".encode() + b"\xff\xfe bad\n")
    assert main(["ingest", "--corpus", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "broken.txt:3: not UTF-8 text" in out
    assert "Ingested 1 documents, 26 clauses" in out


def test_manifest_disagreement_is_reported(data_dir, tmp_path, capsys):
    folder = tmp_path / "claimed"
    folder.mkdir()
    shutil.copy(CORPUS / FILES["ro"], folder)
    (folder / "manifest.toml").write_text(f'[documents."999-KL/TW"]\nfiles = ["{FILES["ro"]}", "missing.txt"]\n')
    assert main(["ingest", "--corpus", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "the text names 202-KL/TW, the manifest 999-KL/TW; the manifest wins" in out
    assert "missing.txt: listed in the manifest for 999-KL/TW but not ingested" in out


def test_html_and_markdown_sources(data_dir, tmp_path, capsys):
    folder = tmp_path / "formats"
    folder.mkdir()
    (folder / "a.html").write_text(
        "<html><head><script>var x=1;</script></head><body><nav>Home | News</nav>"
        "<h1>Conclusion No. 301-KL/TW on local government</h1><p>At the meeting on 2 March 2026, the Politburo concluded:</p>"
        "<p>1. Assign the Ministry of Finance to issue guidance before 30 April 2026.</p>"
        "<p>2. Request provincial Party Committees to report by the 25th of each month.</p>"
        "<p>Source: https://example.org/301</p></body></html>",
        encoding="utf-8",
    )
    (folder / "b.md").write_text(
        "# Conclusion No. 302-KL/TW on commune staff\n\nAt the meeting on 5 March 2026, the Politburo\nconcluded as follows:\n\n"
        "1. Assign the Ministry of Home Affairs to finish the\ncommune staff review before 31 May 2026.\n",
        encoding="utf-8",
    )
    assert main(["ingest", "--corpus", str(folder)]) == 0
    capsys.readouterr()
    assert main(["clauses", "--json"]) == 0
    rows = {r["id"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert rows["301-KL/TW:1"]["actors"] == ["Ministry of Finance"]
    assert rows["301-KL/TW:1"]["deadlines"][0]["due"] == "2026-04-30"
    assert rows["301-KL/TW:2"]["deadlines"][0]["recurring"] == "FREQ=MONTHLY;BYMONTHDAY=25"
    assert "var x" not in json.dumps(rows)
    assert rows["302-KL/TW:1"]["deadlines"][0]["due"] == "2026-05-31"
    assert rows["302-KL/TW:1"]["actors"] == ["Ministry of Home Affairs"]


def test_search_command(ingested, capsys):
    assert main(["search", "Which clause cites Plan No. 56-KH/BCĐ?", "--k", "3", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert 1 <= len(rows) <= 3
    assert {"id", "label", "texts", "deadlines", "actors", "score"} <= set(rows[0])
    assert main(["search", "What must the Ministry of National Defence do by March 2026?"]) == 0
    assert capsys.readouterr().out.startswith("No clause in the corpus answers this")
    assert main(["search", "   "]) == 2


def test_missing_model_is_a_clear_error(data_dir, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("ASSISTANT_EMBEDDING_MODEL", str(tmp_path / "no-model"))
    assert main(["ingest"]) == 2
    assert "run `assistant fetch-model`" in capsys.readouterr().err


def test_console_entry_point_runs(data_dir):
    result = subprocess.run([sys.executable, "-m", "assistant", "ingest"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Ingested 4 documents" in result.stdout


def test_ask_batch_file_keeps_order(ingested, capsys, tmp_path):
    questions = tmp_path / "questions.txt"
    questions.write_text(
        "What must the Ministry of Finance do by July 2025?\n\nWhat must the Ministry of National Defence do by March 2026?\n",
        encoding="utf-8",
    )
    assert main(["ask", "--json", "--file", str(questions)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["question"] for r in rows] == [
        "What must the Ministry of Finance do by July 2025?",
        "What must the Ministry of National Defence do by March 2026?",
    ]
    assert rows[0]["citations"][0]["id"] == "178-KL/TW:3.3" and not rows[0]["abstained"]
    assert rows[1]["abstained"] and rows[1]["citations"] == []
    assert main(["ask", "--file", str(questions)]) == 2
    assert main(["ask"]) == 2


def test_chat_uses_the_conversation(ingested, capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("What must the Ministry of Finance do by July 2025?\nWhich clause was that?\n"))
    assert main(["chat"]) == 0
    out = capsys.readouterr().out
    assert "The previous answer cited: [1] 178-KL/TW §3(3); [2] 202-KL/TW §4(2)." in out


def test_eval_answers_on_another_gold_file(ingested, capsys, tmp_path):
    gold = tmp_path / "gold.jsonl"
    cases = [
        {"_id": "a", "text": MOF_JULY, "lang": "en", "gold": ["178-KL/TW:3.3"], "fact": {"due": "2025-07-31"}},
        {"_id": "b", "text": "What must the Ministry of National Defence do?", "lang": "en", "gold": []},
    ]
    gold.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    assert main(["eval", "answers", "--gold", str(gold), "--out", str(tmp_path / "report")]) == 0
    report = json.loads((tmp_path / "report" / "answers.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in report["rows"]] == ["a", "b"]
    assert report["rows"][0]["ours"]["cited"][0] == "178-KL/TW:3.3" and report["rows"][1]["ours"]["abstained"]
    assert report["summary"]["ours"]["all"]["questions"] == 2
    assert (tmp_path / "report" / "answers.png").stat().st_size > 0
    capsys.readouterr()
    assert main(["eval", "answers", "--gold", str(tmp_path / "missing.jsonl")]) == 2
    assert main(["eval", "retrieval", "--gold", str(gold)]) == 2
    assert "no gold file" in capsys.readouterr().err
