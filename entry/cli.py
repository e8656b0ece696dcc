"""The `assistant` command: a few lines per verb, each calling the stage that does the work."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from assistant.contract import AnswerOut, ClauseOut, HitOut, dump
from assistant.local_llm import LocalModelError
from assistant.records import Turn
from corpus.lookup import find_document, select
from entry import fetch, ingest, terminal, wiring
from entry.reload import Reloader
from entry.settings import PROJECT_ROOT, Settings, default_model_path
from evals import answers as answers_eval
from evals import documents as documents_eval
from evals import retrieval as retrieval_eval
from retrieval import store
from retrieval.embed import EmbedderError
from retrieval.search import IndexUnavailable

DOCUMENT_SET = PROJECT_ROOT / "evals" / "data" / "unseen"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assistant", description="Directive assistant over Politburo and Secretariat Conclusions."
    )
    verbs = parser.add_subparsers(dest="verb", required=True)
    p = verbs.add_parser("ingest", help="parse a corpus folder into clauses and index them")
    p.add_argument("--corpus", type=Path, help="folder of .txt, .md, .html, .pdf or .docx files (default: the bundled corpus)")
    p = verbs.add_parser("clauses", help="list the clause tree")
    p.add_argument("--document", help='a document, e.g. "183-KL/TW" or "183"')
    p.add_argument("--actor", help="a body that must act, in any language the gazetteer knows")
    p.add_argument(
        "--due-before", type=date.fromisoformat, metavar="YYYY-MM-DD", help="only clauses with a deadline on or before this date"
    )
    p.add_argument("--json", action="store_true", help="one JSON object per clause")
    p = verbs.add_parser("search", help="find the clauses that answer a question")
    p.add_argument("question")
    p.add_argument("--k", type=int, default=5, help="how many clauses (default 5)")
    p.add_argument("--json", action="store_true", help="one JSON object per clause, with its score")
    p = verbs.add_parser("ask", help="answer a question, citing the clauses it comes from")
    p.add_argument("question", nargs="?")
    p.add_argument("--file", type=Path, help="one question per line; one JSON answer per line out, in order")
    p.add_argument("--json", action="store_true", help="print the JSON contract")
    verbs.add_parser("chat", help="ask questions in a row; follow-ups use the conversation")
    p = verbs.add_parser("serve", help="run the web service and chat widget (ingests the corpus first if needed)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    verbs.add_parser("telegram", help="run the Telegram bot by long polling (ASSISTANT_TELEGRAM_TOKEN)")
    verbs.add_parser("fetch-model", help="fetch and verify the default embedding model (EmbeddingGemma-300M)")
    verbs.add_parser("fetch-llm", help="fetch and verify the optional local LLM's GGUF (for ASSISTANT_LLM_LOCAL=1)")
    p = verbs.add_parser("eval", help="score search or answers against the gold questions in evals/data")
    p.add_argument("target", choices=["retrieval", "answers", "documents"])
    p.add_argument("--out", type=Path, help="folder the report goes to (default: DATA_DIR/evals/)")
    p.add_argument("--gold", type=Path, help="answers: the gold questions (default: evals/data/answers.jsonl)")
    p.add_argument(
        "--set",
        type=Path,
        default=DOCUMENT_SET,
        help="documents: a set folder of unseen documents and questions (default: %(default)s)",
    )
    return parser


def _answerer(settings: Settings):
    return wiring.answerer(settings, wiring.searcher(settings))


def cmd_ingest(args, settings: Settings) -> int:
    return ingest.run(args.corpus or settings.corpus_dir, settings)


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
        body = wiring.gazetteer(settings).resolve(args.actor)
        if body is None:
            print(f"error: {args.actor!r} is not a body the gazetteer knows ({settings.gazetteer})", file=sys.stderr)
            return 2
        actor = body.en
    for clause in select(stored.clauses, document, actor, args.due_before):
        print(json.dumps(dump(ClauseOut.of(clause)), ensure_ascii=False) if args.json else terminal.clause_line(clause))
    return 0


def cmd_search(args, settings: Settings) -> int:
    if not args.question.strip():
        print("error: the question is empty", file=sys.stderr)
        return 2
    searcher = wiring.searcher(settings)
    result = searcher.search(searcher.understand(args.question), k=args.k)
    if not args.json:
        print(terminal.search_text(result))
        return 0
    for hit in result.hits:
        print(json.dumps(dump(HitOut.of_hit(hit)), ensure_ascii=False))
    if result.abstained:
        print(f"no answer in the corpus: {result.reason}", file=sys.stderr)
    return 0


def cmd_ask(args, settings: Settings) -> int:
    if args.file:
        if not args.json:
            print("error: --file prints JSON lines; add --json", file=sys.stderr)
            return 2
        questions = [line.strip() for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    elif args.question and args.question.strip():
        questions = [args.question]
    else:
        print("error: give a question, or --file with one question per line", file=sys.stderr)
        return 2
    answerer = _answerer(settings)
    for question in questions:
        answer = answerer.answer(question)
        print(
            json.dumps(dump(AnswerOut.of(answer)), ensure_ascii=False) if args.json else terminal.answer_text(answer), flush=True
        )
    return 0


def cmd_chat(args, settings: Settings) -> int:
    answerer = _answerer(settings)
    history: list[Turn] = []
    print("Ask about the Conclusions; an empty line or Ctrl-D ends.", file=sys.stderr)
    for line in sys.stdin:
        question = line.strip()
        if not question:
            break
        answer = answerer.answer(question, history)
        history.append(answer.turn)
        print(terminal.answer_text(answer) + "\n", flush=True)
    return 0


def cmd_serve(args, settings: Settings) -> int:
    from entry.serve import serve

    service = ingest.first_if_missing(settings, wiring.service)
    if service is None:
        return 2
    Reloader(settings, service).start()
    serve(settings, service, args.host, args.port)
    return 0


def cmd_telegram(args, settings: Settings) -> int:
    from telegram.error import InvalidToken

    from entry.bot import make_bot, poll

    if not settings.telegram_token:
        print("error: set ASSISTANT_TELEGRAM_TOKEN to the bot's token from @BotFather", file=sys.stderr)
        return 2
    service = ingest.first_if_missing(settings, wiring.service)
    if service is None:
        return 2
    Reloader(settings, service).start()
    service.warm_up()  # the model loads before the first update is read, not on the first question
    try:
        poll(make_bot(settings, service))
    except (InvalidToken, ValueError) as exc:
        print(f"error: Telegram refused the bot token ({exc}); check ASSISTANT_TELEGRAM_TOKEN", file=sys.stderr)
        return 2
    return 0


def cmd_fetch_model(args, settings: Settings) -> int:
    target = Path(settings.embedding_model)
    if target != default_model_path():
        print(f"ASSISTANT_EMBEDDING_MODEL is {settings.embedding_model}; only the default model is fetched here", file=sys.stderr)
        return 0
    fetch.fetch(target, log=lambda line: print(line, file=sys.stderr))
    return 0


def cmd_fetch_llm(args, settings: Settings) -> int:
    fetch.fetch_llm(settings.llm_gguf, log=lambda line: print(line, file=sys.stderr))
    return 0


def _eval_documents(args, settings: Settings) -> int:
    if not (args.set / "documents").is_dir():
        print(f"error: {args.set} has no documents/ folder", file=sys.stderr)
        return 2
    work = settings.data_dir / "evals" / args.set.name
    corpus = ingest.beside(settings.corpus_dir, args.set / "documents", work / "corpus")
    local = settings.model_copy(update={"data_dir": work / "data", "corpus_dir": corpus})
    if ingest.run(corpus, local) == 2:
        return 2
    searcher = wiring.searcher(local)
    answerer = wiring.answerer(local, searcher)
    gazetteer = wiring.gazetteer(local)
    canonical = lambda name: body.en if (body := gazetteer.resolve(name)) else name  # noqa: E731
    documents_eval.run(
        answerer, searcher.clauses, searcher.documents, canonical, args.set, args.out or work, terminal.progress("Questions", "q")
    )
    return 0


def cmd_eval(args, settings: Settings) -> int:
    if args.target == "documents":
        return _eval_documents(args, settings)
    folder = args.out or settings.data_dir / "evals"
    progress = terminal.progress("Questions", "q")
    if args.target == "retrieval":
        if args.gold:
            print("error: --gold is for `eval answers`; retrieval reads evals/data/retrieval_*", file=sys.stderr)
            return 2
        retrieval_eval.run(wiring.searcher(settings), folder, progress)
        return 0
    if args.gold and not args.gold.is_file():
        print(f"error: no gold file {args.gold}", file=sys.stderr)
        return 2
    searcher = wiring.searcher(settings)
    answerer = wiring.answerer(settings, searcher)
    answers_eval.run(answerer, wiring.baseline(settings, searcher), searcher.clauses, folder, args.gold, progress)
    return 0


COMMANDS = {
    "ingest": cmd_ingest,
    "clauses": cmd_clauses,
    "search": cmd_search,
    "ask": cmd_ask,
    "chat": cmd_chat,
    "serve": cmd_serve,
    "telegram": cmd_telegram,
    "fetch-model": cmd_fetch_model,
    "fetch-llm": cmd_fetch_llm,
    "eval": cmd_eval,
}


# what a bad state or a missing part is at start: one line naming the fix, no traceback
STARTUP_ERRORS = (
    store.StoreMissing,
    wiring.IndexMissing,
    IndexUnavailable,
    EmbedderError,
    fetch.ModelFetchError,
    LocalModelError,
)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `assistant` console script."""
    args = _parser().parse_args(argv)
    settings = Settings()
    try:
        return COMMANDS[args.verb](args, settings)
    except STARTUP_ERRORS as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
