"""What the real entry point loads before the window's first paint (a fresh interpreter).

The self-check starts as a user's start does (without the first-run guide), then builds the
rest once painted; the check looks at the moment of the first paint.

Each of these took a noticeable part of a start that showed nothing until all were loaded;
none is needed to draw the window, so each must wait until something uses it.
"""

from __future__ import annotations

import os
import subprocess
import sys

NOT_BEFORE_THE_FIRST_PAINT = (
    "requests",  # the client: made when the server checks start, after the paint
    "keyring",  # the API key: read after the paint, before the first request
    "jsonschema",  # the Generate tab
    "markdown_it",  # the chat renderer: on the first message shown
    "pygments",
    "desktop.ui.models.tab",
    "desktop.ui.generate.tab",
    "desktop.ui.settings.dialog",
    "desktop.ui.chat.options_dialog",  # the chat settings dialog
    "desktop.ui.chat.tab",  # the Chat tab: built right after the paint, then the rest
    "desktop.ui.chat.message_widget",
    "desktop.services.chat.session",
    "desktop.services.chat.memory.meter",  # built with the Chat tab
    "desktop.services.documents.service",
    "desktop.documents",  # documents in chat: read, split and ranked when one is attached
    "pypdf",
    "docx",
    "numpy",
)

SCRIPT = f"""
import sys
import desktop.app as app
from desktop.ui.main_window import MainWindow

painted = MainWindow._after_first_paint

def report(window):
    loaded = [name for name in {NOT_BEFORE_THE_FIRST_PAINT!r} if name in sys.modules]
    print("loaded before the first paint:", loaded, flush=True)
    painted(window)

MainWindow._after_first_paint = report
sys.exit(app.main(sys.argv[1:]))
"""


def test_heavy_modules_wait_until_after_the_first_paint(tmp_path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, "--self-check", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    assert "loaded before the first paint: []" in result.stdout, result.stdout


HOOK_SCRIPT = """
import linecache
import sys

sys.path.insert(0, sys.argv[1])
import desktop.app  # noqa: F401
import paddock_probe_module  # noqa: F401

print("source read:", any("paddock_probe_module" in name for name in linecache.cache))
"""


def test_modules_imported_after_the_app_are_not_read_as_source(tmp_path) -> None:
    """PySide's import hook read every later module's source (30-40 ms of each start)."""
    (tmp_path / "paddock_probe_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", HOOK_SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    assert "source read: False" in result.stdout, result.stdout
