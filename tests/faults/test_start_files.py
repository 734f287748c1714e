"""A file read at start that can't be understood never stops Paddock from starting: it is set
aside (or the bad entry dropped), a plain message names it, and the window opens.

Each case starts the real app in a new process on a prepared data folder, as a user's next
start does, and reads the message the window shows.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop import settings as options
from desktop.paths import settings_file

ROOT = Path(__file__).resolve().parents[2]

START_AND_SHOW_THE_PROBLEM = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
import desktop.app as app

qt = QApplication(["paddock"])

def look() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():  # "couldn't start"
            print("FAILED " + json.dumps(widget.text()), flush=True)
            widget.close()
            return
        if widget.objectName() == "mainWindow" and widget.isVisible():
            print("PROBLEM " + json.dumps(widget.message_bar.message), flush=True)
            widget.close()
            return
    QTimer.singleShot(20, look)  # not there yet: look again

QTimer.singleShot(0, look)
sys.exit(app.main(["--server", "127.0.0.1:9", "--data-dir", sys.argv[1]]))
"""


def _prepared(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    store = QSettings(str(settings_file(data_dir)), QSettings.Format.IniFormat)
    store.setValue(options.FIRST_RUN_DONE.key, True)  # no first-run guide in the way
    store.sync()
    return data_dir


def _start(data_dir: Path) -> str:
    """Start Paddock on ``data_dir`` in a new process; the problem its window shows."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", START_AND_SHOW_THE_PROBLEM, str(data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
        env=environment,
        check=False,
    )
    assert "FAILED" not in done.stdout, done.stdout
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("PROBLEM ")]
    assert len(lines) == 1, done.stdout
    return json.loads(lines[0].removeprefix("PROBLEM "))


NOT_UTF8 = bytes(random.Random(7).randrange(256) for _ in range(4000)) + b"\xff\xfe"
BAD_QUEUES = {
    "random bytes": NOT_UTF8,
    "a count too big for a number": b'{"items": [{"name": "llama3.2", "completed": 1e999}]}',
    "a settings value too big": b'{"settings": {"max_active": 1e999}, "items": []}',
    "100,000-deep nesting": b"[" * 100_000 + b"]" * 100_000,
}


@pytest.mark.parametrize("content", BAD_QUEUES.values(), ids=BAD_QUEUES.keys())
def test_an_unreadable_download_queue_is_set_aside_and_paddock_starts(
    tmp_path: Path, content: bytes
) -> None:
    data_dir = _prepared(tmp_path / "data")
    queue = data_dir / "downloads.json"
    queue.write_bytes(content)
    problem = _start(data_dir)
    aside = data_dir / "downloads.json.unreadable"
    assert aside.read_bytes() == content  # kept, byte for byte
    assert str(queue) in problem and str(aside) in problem
    assert "could not be read" in problem
    assert "unreadable download queue" in (data_dir / "logs" / "paddock.log").read_text()
    # And the next start is clean.
    assert _start(data_dir) == ""


def test_a_saved_server_with_an_impossible_port_is_dropped_and_paddock_starts(
    tmp_path: Path,
) -> None:
    data_dir = _prepared(tmp_path / "data")
    good = {"name": "Desk", "url": "http://127.0.0.1:11434", "id": "good"}
    bad = {"name": "Broken box", "url": "http://gpu-box:99999", "id": "bad"}
    store = QSettings(str(settings_file(data_dir)), QSettings.Format.IniFormat)
    store.setValue("servers/profiles", json.dumps([bad, good]))
    store.setValue("servers/active", "bad")
    store.sync()
    problem = _start(data_dir)
    assert "Broken box" in problem and "http://gpu-box:99999" in problem
    assert "removed" in problem
    store = QSettings(str(settings_file(data_dir)), QSettings.Format.IniFormat)
    saved = json.loads(str(store.value("servers/profiles")))
    assert [profile["id"] for profile in saved] == ["good"]
    assert _start(data_dir) == ""
