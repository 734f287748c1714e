"""No server, Ollama installed: one click starts it, its log shows, quitting stops it."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.app import create_main_window
from tests.services.test_ollama_process import ROOT, STAND_IN


def test_start_ollama_for_the_user(
    qtbot, qloop, data_dir, tmp_path: Path, monkeypatch, refused_url
) -> None:
    folder = tmp_path / "bin"
    folder.mkdir()
    executable = folder / "ollama"
    executable.write_text(STAND_IN.format(python=sys.executable, root=str(ROOT)))
    executable.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}:/usr/bin:/bin")
    window = create_main_window(["--server", refused_url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    start = window.findChild(object, "startOllamaButton")
    qtbot.waitUntil(start.isVisible, timeout=5000)
    assert window.status_widget.text.startswith("Can't reach Ollama")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.status_widget.text.startswith("Connected to Ollama 0.24.0"),
                    timeout=20_000)  # fmt: skip
    assert not start.isVisible()
    log = window.log_dialog.log.toPlainText()
    assert "Listening on" in log
    process = window.ollama_process
    assert process.running and process.started_by_us
    window.close()
    qtbot.waitUntil(lambda: not process.running, timeout=10_000)


def test_no_start_button_without_ollama_installed(
    qtbot, qloop, data_dir, tmp_path, monkeypatch, refused_url
):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(
        "desktop.services.ollama_process.candidate_paths", lambda *a, **k: [tmp_path / "none"]
    )
    window = create_main_window(["--server", refused_url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.status_widget.text.startswith("Can't reach"), timeout=5000)
    assert not window.findChild(object, "startOllamaButton").isVisible()
