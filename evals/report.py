"""An eval report on disk: NAME.json (every row) and NAME.md (the table), in one folder."""

from __future__ import annotations

import json
from pathlib import Path


def write(folder: Path, name: str, title: str, table: str, result: dict) -> Path:
    """Write NAME.json and NAME.md into the folder and print the table; the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    (folder / f"{name}.md").write_text(f"# {title}\n\n{table}\n", encoding="utf-8")
    print(table)
    print(f"\nReport: {folder / f'{name}.md'}, {folder / f'{name}.json'}")
    return folder
