"""The Generate tab's output cannot hang the window either: one unbroken line of a megabyte
streams into bounded blocks, and the text read back or copied is exactly what was written.

A hang before the fix must fail rather than block the suite: faulthandler ends the run with a
traceback after ``HANG_SECONDS``.
"""

from __future__ import annotations

import faulthandler
import re
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication, QTextDocument

from desktop.ui.common.display_limits import BREAK, RUN_CHARS
from desktop.ui.generate.result_view import FORMATTED
from tests.fake_ollama import Reply
from tests.ui.generate.conftest import choose, run_and_finish

HANG_SECONDS = 200
CHUNK = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkrLw"  # base64-like: 46 characters, no space
MEGABYTE_LINE = CHUNK * (1024 * 1024 // len(CHUNK))
BLOCK_CHARS = 4_100  # no paragraph Qt lays out again on an append is longer than this
_UNBREAKABLE = re.compile(rf"[^\s{BREAK}]+")


@pytest.fixture(autouse=True)
def hang_fails() -> Iterator[None]:
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True, file=sys.stderr)
    yield
    faulthandler.cancel_dump_traceback_later()


def assert_bounded(document: QTextDocument, block_chars: int = BLOCK_CHARS) -> None:
    block = document.begin()
    while block.isValid():
        text = block.text()
        assert len(text) <= block_chars
        assert max(map(len, _UNBREAKABLE.findall(text)), default=0) <= RUN_CHARS
        block = block.next()


def copied_selection(view) -> str:
    view.selectAll()
    QGuiApplication.clipboard().clear()
    view.copy()
    return QGuiApplication.clipboard().text()


def test_a_megabyte_line_streams_into_bounded_blocks_and_reads_back_whole(
    tab, qtbot, fake_ollama
) -> None:
    fake_ollama.reply = Reply(token=CHUNK, count=len(MEGABYTE_LINE) // len(CHUNK))
    tab.prompt.setPlainText("Write forever")
    task = tab.run()
    assert task is not None
    qtbot.waitUntil(task.done, timeout=60_000)
    assert_bounded(tab.output.document())
    assert tab.output.toPlainText() == MEGABYTE_LINE
    assert copied_selection(tab.output) == MEGABYTE_LINE


def test_lines_and_long_runs_read_back_exactly(tab, qtbot, fake_ollama) -> None:
    text = "short line\n" + "x" * 9_000 + " tail\n\n" + "y" * 4_000 + "\nend"
    fake_ollama.reply = Reply(tokens=[text[i : i + 700] for i in range(0, len(text), 700)])
    tab.prompt.setPlainText("Mixed")
    run_and_finish(qtbot, tab)
    assert_bounded(tab.output.document())
    assert tab.output.toPlainText() == text
    assert copied_selection(tab.output) == text


def test_a_megabyte_of_thinking_is_bounded_too(tab, qtbot, fake_ollama) -> None:
    choose(qtbot, tab, "qwen3:0.6b")
    count = len(MEGABYTE_LINE) // len(CHUNK) // 4
    fake_ollama.reply = Reply(thinking=[CHUNK] * count, tokens=["Done."])
    tab.prompt.setPlainText("Think long")
    run_and_finish(qtbot, tab)
    assert_bounded(tab.thinking_view.document())
    assert tab.thinking_view.toPlainText() == CHUNK * count


def test_the_formatted_view_of_a_huge_output_is_plain_and_bounded(tab, qtbot, fake_ollama) -> None:
    fake_ollama.reply = Reply(token=CHUNK, count=len(MEGABYTE_LINE) // len(CHUNK))
    tab.prompt.setPlainText("Write forever")
    run_and_finish(qtbot, tab)
    tab.view_picker.setCurrentIndex(FORMATTED)
    document = tab.markdown_view.document()
    assert document.characterCount() < 110_000
    assert_bounded(document, block_chars=110_000)
    assert "more characters not shown" in tab.markdown_view.toPlainText()
