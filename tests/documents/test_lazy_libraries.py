"""The documents layer loads its heavy libraries only when a document needs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
HEAVY = ("numpy", "pypdf", "docx", "lxml", "charset_normalizer", "PySide6")

SCRIPT = f"""
import sys
import desktop.documents
from desktop.documents import DOCUMENT_SUFFIXES, document_kind, split_passages
print(sorted(name for name in {HEAVY!r} if name in sys.modules))
"""


def test_importing_the_package_loads_no_heavy_library() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
