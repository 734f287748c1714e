"""The layers stay apart: the client and storage know no Qt; widgets know no HTTP or SQL.

DESIGN.md's layer rules, checked by reading the source with ``ast`` rather than importing it,
so a forbidden import is caught even in a module nothing imports yet, or under ``if``/``try``
or inside a function.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"
NO_QT = frozenset({"PySide6", "shiboken6", "qasync"})
NO_IO = frozenset({"requests", "urllib3", "sqlite3"})
RULES = {"ollama": NO_QT, "storage": NO_QT, "ui": NO_IO}


def imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, dotted module) for every absolute import in ``tree``, however it is written."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def forbidden_imports(folder: Path, banned: frozenset[str]) -> list[str]:
    """``path:line imports module`` for every import of a banned top-level package."""
    problems = []
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        for line, module in imported_modules(tree):
            if module.split(".")[0] in banned:
                problems.append(f"{path.relative_to(folder.parent)}:{line} imports {module}")
    return problems


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    folder = DESKTOP / layer
    assert any(folder.rglob("*.py")), f"desktop/{layer} has no Python files to check"
    problems = forbidden_imports(folder, RULES[layer])
    assert not problems, (
        f"desktop/{layer} must not import {', '.join(sorted(RULES[layer]))} (DESIGN.md, Layers):\n"
        + "\n".join(problems)
    )


def test_the_checker_catches_every_qt_import_form(tmp_path: Path) -> None:
    layer = tmp_path / "ollama"
    (layer / "sub").mkdir(parents=True)
    (layer / "bad.py").write_text(
        "import os\n"
        "import PySide6\n"
        "from PySide6.QtCore import QObject\n"
        "from qasync import asyncSlot\n"
        "import json, shiboken6 as s\n"
        "from . import PySide6_named_module\n"
    )
    (layer / "sub" / "hidden.py").write_text(
        "def later():\n    try:\n        import PySide6.QtGui\n    except ImportError:\n"
        "        pass\n"
    )
    assert forbidden_imports(layer, NO_QT) == [
        "ollama/bad.py:2 imports PySide6",
        "ollama/bad.py:3 imports PySide6.QtCore",
        "ollama/bad.py:4 imports qasync",
        "ollama/bad.py:5 imports shiboken6",
        "ollama/sub/hidden.py:3 imports PySide6.QtGui",
    ]


def test_the_checker_catches_io_in_widgets(tmp_path: Path) -> None:
    layer = tmp_path / "ui"
    layer.mkdir()
    (layer / "window.py").write_text(
        "from PySide6.QtWidgets import QWidget\n"
        "import sqlite3\n"
        "from requests.exceptions import HTTPError\n"
        "import urllib3.util\n"
    )
    assert forbidden_imports(layer, NO_IO) == [
        "ui/window.py:2 imports sqlite3",
        "ui/window.py:3 imports requests.exceptions",
        "ui/window.py:4 imports urllib3.util",
    ]
