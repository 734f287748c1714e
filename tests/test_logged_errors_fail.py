"""The suite's guard against swallowed errors: an ERROR log record fails the test that made it.

Runs pytest on a small test file with this suite's conftest as a plugin, so the guard itself is
what is checked, not a copy of it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TESTS = """
import logging
import threading

import pytest

log = logging.getLogger("paddock.example")


def test_logs_an_error():
    log.error("a listener failed")


def test_logs_an_error_from_another_thread():
    worker = threading.Thread(target=lambda: log.exception("failed on a worker"))
    worker.start()
    worker.join()


def test_logs_a_warning():
    log.warning("the server is not running")


@pytest.mark.logs_error
def test_provokes_an_error_on_purpose():
    log.error("expected")
"""


def test_an_error_record_fails_the_test_unless_it_is_marked(tmp_path: Path) -> None:
    (tmp_path / "test_example.py").write_text(TESTS)
    (tmp_path / "pytest.ini").write_text("[pytest]\naddopts = --strict-markers\n")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.conftest",
         "-c", str(tmp_path / "pytest.ini"), "--rootdir", str(tmp_path), str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )  # fmt: skip
    report = result.stdout + result.stderr
    assert "4 passed, 2 errors" in report, report  # errors at teardown: both failing tests
    assert "ERROR paddock.example: a listener failed" in report
    assert "ERROR paddock.example: failed on a worker" in report
    assert "expected" not in report
