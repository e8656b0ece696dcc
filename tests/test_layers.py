"""The house stays as drawn: every import, at module level or inside a function, points down.

Floors, ground first: corpus/ (source files -> records), retrieval/ (index and search),
assistant/ (the answering core), then the channels bots/ and the evals/ side by side (neither
imports the other), then entry/ (CLI, wiring, runners) and benchmarks/ on top. A `__main__`
module is an entry point wherever it sits. Modules of one floor may import each other, but no
import cycle is allowed anywhere."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = {"corpus": 0, "retrieval": 1, "assistant": 2, "bots": 3, "evals": 3, "entry": 4, "benchmarks": 5}
ENTRY = FLOORS["entry"]


def modules(root: Path) -> dict[str, Path]:
    """Every module of the floors under root, by dotted name."""
    found = {}
    for package in FLOORS:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imported(node: ast.AST, module: str, is_package: bool, known: dict[str, Path]) -> list[str]:
    """The project modules one import statement names."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    elif isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            package = module.split(".") if is_package else module.split(".")[:-1]
            anchor = package[: len(package) - node.level + 1]
            base = ".".join(anchor + ([base] if base else []))
        names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
    else:
        return []
    out = []
    for name in names:
        while name and name not in known:  # "import a.b.c" names a.b.c; a symbol names its module
            name = name.rpartition(".")[0]
        if name:
            out.append(name)
    return out


def imports(root: Path) -> dict[str, set[str]]:
    """Each module's imports of other project modules, wherever in the module they stand."""
    known = modules(root)
    graph = {}
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        is_package = path.name == "__init__.py"
        graph[name] = {t for node in ast.walk(tree) for t in _imported(node, name, is_package, known) if t != name}
    return graph


def floor(module: str) -> int:
    return ENTRY if module.rsplit(".", 1)[-1] == "__main__" else FLOORS[module.split(".")[0]]


def upward(graph: dict[str, set[str]]) -> list[str]:
    """Imports of a higher floor, or of a sibling stage on the same floor (bots <-> evals)."""
    bad = []
    for source, targets in graph.items():
        for target in sorted(targets):
            higher = floor(target) > floor(source)
            sibling = floor(target) == floor(source) < ENTRY and target.split(".")[0] != source.split(".")[0]
            if higher or sibling:
                bad.append(f"{source} imports {target}")
    return bad


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_every_import_points_down():
    graph = imports(ROOT)
    assert len(graph) > 50 and sum(map(len, graph.values())) > 100  # the walk sees the real house
    assert upward(graph) == []


def test_no_import_cycles():
    assert cycles(imports(ROOT)) == []


def _house(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_the_check_finds_upward_imports_inside_functions_and_between_siblings(tmp_path):
    root = _house(
        tmp_path,
        {
            "corpus/__init__.py": "",
            "corpus/parse.py": "def f():\n    from assistant.answer import Answerer\n",
            "assistant/__init__.py": "",
            "assistant/answer.py": "from corpus import parse\nclass Answerer: ...\n",
            "assistant/__main__.py": "from entry.cli import main\n",
            "bots/__init__.py": "",
            "bots/web.py": "import evals.score\nfrom . import helpers\n",
            "bots/helpers.py": "",
            "evals/__init__.py": "",
            "evals/score.py": "from corpus.parse import f\n",
            "entry/__init__.py": "",
            "entry/cli.py": "from bots import web\nfrom . import cli\n",
        },
    )
    assert upward(imports(root)) == ["corpus.parse imports assistant.answer", "bots.web imports evals.score"]


def test_the_check_finds_cycles_on_one_floor(tmp_path):
    root = _house(
        tmp_path,
        {
            "retrieval/__init__.py": "",
            "retrieval/a.py": "from retrieval.b import x\n",
            "retrieval/b.py": "from retrieval import c\nx = 1\n",
            "retrieval/c.py": "import retrieval.a\n",
            "retrieval/d.py": "from retrieval.a import y\n",
        },
    )
    assert cycles(imports(root)) == [["retrieval.a", "retrieval.b", "retrieval.c"]]
