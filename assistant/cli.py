"""The `assistant` command: a few lines per verb, each calling the stage that does the work."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from tqdm import tqdm

from assistant import report
from assistant.config import Settings
from retrieval import store
from retrieval.actors import Gazetteer
from retrieval.ingest import ingest
from retrieval.read import source_files
from retrieval.select import find_document, select


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assistant", description="Directive assistant over Politburo and Secretariat Conclusions."
    )
    verbs = parser.add_subparsers(dest="verb", required=True)
    p = verbs.add_parser("ingest", help="parse a corpus folder into documents and clauses")
    p.add_argument("--corpus", type=Path, help="folder of .txt, .md or .html files (default: the bundled corpus)")
    p = verbs.add_parser("clauses", help="list the clause tree")
    p.add_argument("--document", help='a document, e.g. "183-KL/TW" or "183"')
    p.add_argument("--actor", help="a body that must act, in any language the gazetteer knows")
    p.add_argument(
        "--due-before", type=date.fromisoformat, metavar="YYYY-MM-DD", help="only clauses with a deadline on or before this date"
    )
    p.add_argument("--json", action="store_true", help="one JSON object per clause")
    return parser


def cmd_ingest(args, settings: Settings) -> int:
    folder = args.corpus or settings.corpus_dir
    if not folder.is_dir() or not source_files(folder):
        print(f"error: no .txt, .md or .html files in {folder}", file=sys.stderr)
        return 2
    gazetteer = Gazetteer.load(settings.gazetteer)
    progress = lambda files: tqdm(files, desc="Parsing", unit="file", file=sys.stderr)  # noqa: E731
    corpus = ingest(folder, gazetteer, settings.languages, progress)
    if not corpus.documents:
        print(report.ingest_summary((), (), corpus.notices, corpus.errors, "nothing written"))
        return 2
    target = store.save(settings.data_dir, corpus.documents, corpus.clauses, corpus.notices)
    print(report.ingest_summary(corpus.documents, corpus.clauses, corpus.notices, corpus.errors, target))
    return 1 if corpus.errors else 0


def cmd_clauses(args, settings: Settings) -> int:
    stored = store.load(settings.data_dir)
    document = actor = None
    if args.document:
        found = find_document(args.document, stored.documents)
        if found is None:
            known = ", ".join(d.id for d in stored.documents)
            print(f"error: no document matches {args.document!r}; known: {known}", file=sys.stderr)
            return 2
        document = found.id
    if args.actor:
        body = Gazetteer.load(settings.gazetteer).resolve(args.actor)
        if body is None:
            print(f"error: {args.actor!r} is not a body the gazetteer knows ({settings.gazetteer})", file=sys.stderr)
            return 2
        actor = body.en
    for clause in select(stored.clauses, document, actor, args.due_before):
        print(json.dumps(store.clause_json(clause), ensure_ascii=False) if args.json else report.clause_line(clause))
    return 0


COMMANDS = {"ingest": cmd_ingest, "clauses": cmd_clauses}


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `assistant` console script."""
    args = _parser().parse_args(argv)
    settings = Settings()
    try:
        return COMMANDS[args.verb](args, settings)
    except store.StoreMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
