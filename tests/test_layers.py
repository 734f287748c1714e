"""The layers stay apart: the contracts in ``.importlinter``, checked by ``lint-imports``.

The client and storage know no Qt, the services know Qt only in their adapters, widgets never
talk HTTP or SQL themselves, and nothing imports upwards (docs/architecture.md, Layers).
import-linter follows indirect imports too, so a service that imports a Qt-using helper is caught.

The second test runs the same contracts over a miniature ``desktop`` package with one violation
of each kind, so a contract that was mistyped (and so checks nothing) fails here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / ".importlinter"


def lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    """Run ``lint-imports`` on the ``desktop`` package found in ``project``."""
    command = Path(sys.executable).with_name("lint-imports")
    environment = {**os.environ, "PYTHONPATH": str(project)}
    return subprocess.run(
        [str(command), "--no-cache", "--no-logo", str(CONFIG)],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_the_project_keeps_its_import_contracts() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def write_package(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_each_contract_catches_its_violation(tmp_path: Path) -> None:
    empty = ""
    write_package(
        tmp_path,
        {
            "desktop/__init__.py": empty,
            "desktop/app.py": "import desktop.services.qt_adapters\n",
            "desktop/ui/__init__.py": empty,
            "desktop/ui/window.py": "import desktop.services.logic\n",
            "desktop/ui/widget.py": "import PySide6\n",
            "desktop/ui/sneaky.py": "from sqlite3 import connect\nimport requests\n",
            "desktop/services/__init__.py": empty,
            "desktop/services/qt_adapters.py": "from PySide6.QtCore import QObject\n",
            "desktop/services/logic.py": "import desktop.storage.store\n",
            "desktop/services/uses_adapter.py": "import desktop.services.qt_adapters\n",
            "desktop/services/upwards.py": "import desktop.ui.window\n",
            "desktop/ollama/__init__.py": empty,
            "desktop/ollama/client.py": "import requests\nimport desktop.storage.store\n",
            "desktop/storage/__init__.py": empty,
            "desktop/storage/store.py": "import sqlite3\ndef later():\n    import qasync\n",
            "desktop/formats.py": "import desktop.ollama.types\n",
            "desktop/ollama/types.py": empty,
            "desktop/documents/__init__.py": empty,
            "desktop/documents/errors.py": "import desktop.formats\n",  # allowed
            "desktop/documents/reader.py": "def later():\n    import desktop.services.logic\n",
        },
    )
    write_package(  # stand-ins for the external packages, so nothing real is needed
        tmp_path, {f"{name}/__init__.py": empty for name in ("PySide6", "qasync", "requests")}
    )
    (tmp_path / "PySide6" / "QtCore.py").write_text("QObject = object\n")

    result = lint_imports(tmp_path)

    report = result.stdout
    assert result.returncode == 1, report + result.stderr
    assert "Contracts: 0 kept, 6 broken." in report
    for expected in (
        "desktop.services.upwards -> desktop.ui.window",  # a service importing a widget
        "desktop.ollama.client -> desktop.storage.store",  # client and storage depend
        "desktop.storage.store -> qasync",  # Qt below the widgets, even inside a function
        "desktop.services.uses_adapter -> desktop.services.qt_adapters",  # Qt through adapters
        "desktop.ui.sneaky -> sqlite3",  # SQL in a widget
        "desktop.ui.sneaky -> requests",  # HTTP in a widget
        "desktop.documents.reader -> desktop.services.logic",  # documents know no other layer
    ):
        assert expected in report, f"{expected!r} not reported:\n{report}"
    assert "desktop.ui.widget -> PySide6" not in report  # widgets may use Qt
    assert "desktop.app -> desktop.services.qt_adapters" not in report
