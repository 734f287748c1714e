"""The documents layer loads its heavy libraries only when a document needs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
HEAVY = ("numpy", "pypdf", "docx", "lxml", "charset_normalizer", "PySide6", "requests")

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


BLAS_THREADS = """
import os
from desktop.documents import pack_vector
pack_vector([1.0, 2.0])
threads = [line for line in open("/proc/self/status") if line.startswith("Threads:")]
print(threads[0].split()[1], os.environ.get("OPENBLAS_NUM_THREADS"))
"""


@pytest.mark.skipif(
    not Path("/proc/self/status").exists() or (os.cpu_count() or 1) < 2,
    reason="counts threads in /proc on a machine with more than one core",
)
def test_numpy_is_loaded_with_one_blas_thread_and_the_environment_kept() -> None:
    environment = {
        name: value for name, value in os.environ.items() if not name.endswith("NUM_THREADS")
    }
    result = subprocess.run(
        [sys.executable, "-c", BLAS_THREADS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "None"]
