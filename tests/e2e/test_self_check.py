"""The real entry point in a subprocess: --version, --self-check, flag precedence."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop.app import parse_arguments, server_url


def run_app(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )


def test_version() -> None:
    result = run_app("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("Paddock ")


def test_self_check_without_a_server(tmp_path) -> None:
    data = tmp_path / "data"
    result = run_app("--self-check", "--data-dir", str(data), "--server", "127.0.0.1:9")
    assert result.returncode == 0, result.stderr
    for line in ("Paddock", "Qt 6.", "PySide6 6.", "Python 3.", "self-check passed"):
        assert line in result.stdout
    assert (data / "logs" / "paddock.log").is_file()


@pytest.mark.parametrize(
    ("argv", "env", "expected"),
    [
        ([], {}, "http://127.0.0.1:11434"),
        ([], {"OLLAMA_HOST": "gpu-box:1234"}, "http://gpu-box:1234"),
        (
            ["--server", "https://llm.example"],
            {"OLLAMA_HOST": "gpu-box"},
            "https://llm.example:443",
        ),
    ],
)
def test_server_precedence(monkeypatch, argv, env, expected) -> None:
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert server_url(parse_arguments(argv)) == expected


def test_closing_the_window_ends_the_app_with_exit_code_0(tmp_path) -> None:
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import desktop.app as app\n"
        "qt = QApplication(['paddock'])\n"
        "def close_all():\n"
        "    for widget in QApplication.topLevelWidgets():\n"
        "        if widget.objectName() == 'mainWindow':\n"
        "            print('closing', flush=True); widget.close()\n"
        "QTimer.singleShot(800, close_all)\n"
        f"sys.exit(app.main(['--server', '127.0.0.1:9', '--data-dir', {str(tmp_path)!r}]))\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=environment
    )
    assert result.returncode == 0, result.stderr
    assert "closing" in result.stdout
    assert "Traceback" not in result.stderr
