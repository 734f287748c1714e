"""The layers stay apart: the client and storage know no Qt; widgets know no HTTP or SQL."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "desktop"
RULES = {
    "ollama": {"PySide6", "shiboken6", "qasync"},
    "storage": {"PySide6", "shiboken6", "qasync"},
    "ui": {"requests", "urllib3", "sqlite3"},
}


def forbidden_imports(folder: Path, banned: set[str]) -> list[str]:
    """``file:line module`` for every import of a banned top-level package under ``folder``."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                if name.split(".")[0] in banned:
                    found.append(f"{path.relative_to(folder.parent)}:{node.lineno} imports {name}")
    return found


def test_each_layer_imports_only_what_it_may() -> None:
    problems = []
    for layer, banned in RULES.items():
        folder = ROOT / layer
        assert any(folder.rglob("*.py")), f"desktop/{layer} has no Python files to check"
        problems += forbidden_imports(folder, banned)
    assert not problems, "layer rules broken:\n" + "\n".join(problems)


def test_the_checker_catches_every_import_form(tmp_path: Path) -> None:
    layer = tmp_path / "ollama"
    layer.mkdir()
    (layer / "bad.py").write_text(
        "import os\nimport PySide6\nfrom PySide6.QtCore import QObject\n"
        "from qasync import asyncSlot\nimport shiboken6 as s\n"
    )
    found = forbidden_imports(layer, RULES["ollama"])
    assert [entry.split(" imports ")[1] for entry in found] == [
        "PySide6",
        "PySide6.QtCore",
        "qasync",
        "shiboken6",
    ]
