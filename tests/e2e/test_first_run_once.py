"""The first-run guide shows once per data folder: each start here is a new process.

Within one process QSettings answers from its cache, so only a second process reading the
settings file finds a key that was written under one name and reads back under another.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fake_ollama import FakeOllama

START = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import desktop.app as app

qt = QApplication(["paddock"])
action = sys.argv[1]


def shown(name):
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]


def guide_decided():
    # run_window shows the window and (on a first run) the guide in one step
    if not shown("mainWindow"):
        return QTimer.singleShot(20, guide_decided)
    guides = shown("onboardingDialog")
    print("guide shown:", bool(guides), flush=True)
    if guides and action == "skip":
        guides[0].skip_button.click()
    if guides and action == "chat":
        return chat_when_ready(guides[0])
    close()


def chat_when_ready(guide):
    if not guide.chat_button.isVisible():
        return QTimer.singleShot(20, lambda: chat_when_ready(guide))
    guide.chat_button.click()
    close()


def close():
    for window in shown("mainWindow"):
        window.close()


QTimer.singleShot(0, guide_decided)
sys.exit(app.main(["--server", sys.argv[2], "--data-dir", sys.argv[3]]))
"""


def start(action: str, server: str, data: Path) -> str:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", START, action, server, str(data)],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("action", ["skip", "chat"])
def test_the_guide_is_not_shown_again_after_it_ended(
    tmp_path: Path, fake_ollama: FakeOllama, action: str
) -> None:
    data = tmp_path / "data"
    assert "guide shown: True" in start(action, fake_ollama.url, data)
    assert "guide shown: False" in start("look", fake_ollama.url, data)
    assert "guide shown: False" in start("look", fake_ollama.url, data)


def test_a_guide_left_open_is_shown_again(tmp_path: Path, fake_ollama: FakeOllama) -> None:
    data = tmp_path / "data"
    assert "guide shown: True" in start("look", fake_ollama.url, data)
    assert "guide shown: True" in start("look", fake_ollama.url, data)
