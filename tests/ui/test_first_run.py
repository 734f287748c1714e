"""First run, end to end: no server → Start Ollama (a stand-in) → no models → download → chat."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

from desktop import settings as options
from desktop.app import create_main_window
from desktop.services.onboarding import FIRST_MODEL, Step
from tests.services.test_ollama_process import ROOT

STAND_IN = """#!{python}
import os, signal, sys, threading
sys.path.insert(0, {root!r})
from tests.fake_ollama import FakeOllama, PullPlan, Reply
assert sys.argv[1:] == ["serve"], sys.argv
host, port = os.environ["OLLAMA_HOST"].rsplit(":", 1)
server = FakeOllama(version="0.32.15")
for name in list(server.models_by_name):
    server.remove_model(name)  # a fresh install: nothing downloaded yet
server.registry_add({model!r}, layer_sizes=[3_000_000, 400, 90])
server.pull_plan = PullPlan(byte_rate=30_000_000, events_per_second=20)
server.reply = Reply(tokens=["Hello! ", "How can I help?"])
server.start(int(port))
print("Listening on", os.environ["OLLAMA_HOST"], flush=True)
stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: stop.set())
stop.wait()
server.stop()
"""


def test_from_nothing_to_a_first_answer(
    qtbot, qloop, data_dir, tmp_path: Path, monkeypatch, refused_url
) -> None:
    folder = tmp_path / "bin"
    folder.mkdir()
    executable = folder / "ollama"
    executable.write_text(STAND_IN.format(python=sys.executable, root=str(ROOT), model=FIRST_MODEL))
    executable.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}:/usr/bin:/bin")
    window = create_main_window(["--server", refused_url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    assert not window.settings.get(options.FIRST_RUN_DONE)
    guide = window.start_onboarding()
    assert guide.objectName() == "onboardingDialog" and guide.isVisible()

    # 1. Nothing answers: the guide explains and offers to start Ollama.
    qtbot.waitUntil(guide.start_button.isVisible, timeout=5000)
    assert guide.step is Step.CONNECT
    assert "Ollama" in guide.connect_text.text()
    qtbot.mouseClick(guide.start_button, Qt.MouseButton.LeftButton)

    # 2. Ollama runs, no model is installed: a small one is suggested with its size.
    qtbot.waitUntil(lambda: guide.step is Step.DOWNLOAD, timeout=20_000)
    assert FIRST_MODEL in guide.download_button.text() and "GB" in guide.download_button.text()
    qtbot.mouseClick(guide.download_button, Qt.MouseButton.LeftButton)
    assert guide.step is Step.DOWNLOADING

    # 3. The download finishes: ready to chat.
    qtbot.waitUntil(lambda: guide.step is Step.READY, timeout=20_000)
    assert FIRST_MODEL in guide.ready_text.text()
    qtbot.mouseClick(guide.chat_button, Qt.MouseButton.LeftButton)
    assert not guide.isVisible()
    assert window.settings.get(options.FIRST_RUN_DONE)

    # 4. A first chat with that model, and a first answer.
    chat = window.chat_tab
    assert window.tabs.currentWidget() is chat
    assert chat.conversation.model == FIRST_MODEL
    task = chat.send("Hi there", [])
    assert task is not None
    qtbot.waitUntil(task.done, timeout=10_000)
    assert task.result().content == "Hello! How can I help?"
    window.close()
    qtbot.waitUntil(lambda: not window.ollama_process.running, timeout=10_000)


def test_skipping_the_guide_means_it_is_not_shown_again(
    qtbot, qloop, data_dir, fake_ollama
) -> None:
    window = create_main_window(["--server", fake_ollama.url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    guide = window.start_onboarding()
    qtbot.mouseClick(guide.skip_button, Qt.MouseButton.LeftButton)
    assert not guide.isVisible()
    assert window.settings.get(options.FIRST_RUN_DONE)


def _text_fits(label) -> bool:
    return label.heightForWidth(label.width()) <= label.height()


def test_the_guide_grows_to_show_the_whole_server_problem(
    qtbot, qloop, data_dir, refused_url
) -> None:
    window = create_main_window(["--server", refused_url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    guide = window.start_onboarding()
    qtbot.waitUntil(lambda: "Try again" in guide.connect_text.text(), timeout=5000)
    qtbot.waitUntil(guide.connect_text.isVisible)
    assert _text_fits(guide.connect_text)
    assert guide.height() >= guide.layout().totalHeightForWidth(guide.width())
    guide.resize(guide.minimumWidth(), 10)  # the narrowest and lowest it can be made
    qtbot.waitUntil(lambda: guide.width() == guide.minimumWidth())
    assert _text_fits(guide.connect_text)
    window.close()
