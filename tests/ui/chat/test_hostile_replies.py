"""No model output can hang the window: what one text piece lays out stays bounded.

Qt lays out a line it cannot break in time that grows much faster than the line (a 1 MB line
took tens of minutes) and nested tables — block quotes — in time that doubles with every level.
Responsiveness is measured without clocks: every document the reply is shown in must be small,
with no long run lacking a break opportunity and no deep nesting. The reply itself is saved and
copied whole. A hang before the fix must fail rather than block the suite: each test arms
faulthandler to end the run with a traceback after ``HANG_SECONDS``.
"""

from __future__ import annotations

import faulthandler
import re
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication, QTextDocument, QTextFrame
from PySide6.QtWidgets import QLabel

from desktop.ui.chat.renderer import MAX_QUOTE_DEPTH
from desktop.ui.common.display_limits import BREAK, CODE_LINE_CHARS, RUN_CHARS
from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import MODEL, open_store, qtbot_left, send, wait_reply

HANG_SECONDS = 200
CHUNK = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkrLw"  # base64-like: 46 characters, no space
MEGABYTE_LINE = CHUNK * (1024 * 1024 // len(CHUNK))
PIECE_CHARS = 20_000  # no document a message is shown in holds more characters than this
THINKING_CHARS = 51_000  # the thinking's document: its first 50,000 characters
_UNBREAKABLE = re.compile(rf"[^\s{BREAK}]+")


@pytest.fixture(autouse=True)
def hang_fails() -> Iterator[None]:
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True, file=sys.stderr)
    yield
    faulthandler.cancel_dump_traceback_later()


# --- measuring what is laid out -----------------------------------------------------------------


def frame_depth(frame: QTextFrame) -> int:
    """How deeply frames (tables) nest inside ``frame``."""
    return max((1 + frame_depth(child) for child in frame.childFrames()), default=0)


def longest_unbreakable_run(document: QTextDocument) -> int:
    longest = 0
    block = document.begin()
    while block.isValid():
        runs = _UNBREAKABLE.findall(block.text())
        longest = max([longest, *map(len, runs)])
        block = block.next()
    return longest


def shown_text(widget: Any) -> str:
    """The message's text as shown, without the white space and breaks added for display."""
    return re.sub(rf"[\s{BREAK}]", "", widget.body.plain_text())


def assert_bounded(widget: Any) -> None:
    """Every text piece of the message (thinking included) is small enough to lay out fast."""
    views = [(view, PIECE_CHARS) for view in widget.body.all_text_views()]
    if widget.thinking is not None:
        views.append((widget.thinking.text, THINKING_CHARS))
    assert views
    for view, most in views:
        document = view.document()
        assert document.characterCount() <= most
        assert longest_unbreakable_run(document) <= max(RUN_CHARS, CODE_LINE_CHARS)
        assert frame_depth(document.rootFrame()) <= MAX_QUOTE_DEPTH + 1


def assert_saved_and_copied(qtbot: Any, tab: Any, data_dir: Any, message_id: int, text: str):
    """Every character is in the database (read with a fresh connection) and Copy gives it."""
    store = open_store(data_dir)
    try:
        saved = next(m for m in store.messages.visible_path(tab.conversation.id)
                     if m.id == message_id)  # fmt: skip
    finally:
        store.close()
    assert saved.content == text
    widget = tab.transcript.widget_for(message_id)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(widget.copy_button, qtbot_left())
    assert QGuiApplication.clipboard().text() == text


def settled(qtbot: Any, tab: Any, message_id: int) -> Any:
    """The reply's widget once all of its text is laid out (a fast stream is laid out a
    frame's worth at a time, also after it ended) and placed."""
    widget = tab.transcript.widget_for(message_id)
    qtbot.waitUntil(lambda: not widget.body.streaming, timeout=30_000)
    qtbot.waitUntil(lambda: not tab.transcript.relayout_pending, timeout=10_000)
    widget.grab()  # laid out and painted, as on screen
    return widget


def stored_chat(data_dir: Any, reply: str) -> int:
    """A chat saved earlier whose reply is ``reply``; its id."""
    store = open_store(data_dir)
    try:
        conversation = store.conversations.create(model=MODEL, title="Saved earlier")
        question = store.messages.add(conversation.id, "user", "go", parent_id=None, model=MODEL)
        store.messages.add(conversation.id, "assistant", reply, parent_id=question.id, model=MODEL)
        return conversation.id
    finally:
        store.close()


def open_reply(qtbot: Any, tab: Any, conversation_id: int) -> Any:
    task = tab.open_conversation(conversation_id)
    assert task is not None
    qtbot.waitUntil(task.done, timeout=10_000)
    assert task.result() is True
    qtbot.waitUntil(lambda: not tab.transcript.relayout_pending, timeout=10_000)
    widget = tab.transcript.visible_widgets()[-1]
    widget.grab()  # laid out and painted, as on screen
    return widget


# --- streaming -----------------------------------------------------------------------------------


def test_a_megabyte_line_streams_in_bounded_pieces_and_is_kept_whole(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama, data_dir: Any
) -> None:
    fake_ollama.reply = Reply(token=CHUNK, count=len(MEGABYTE_LINE) // len(CHUNK))
    reply = send(qtbot, tab, "Write forever", timeout=60_000)
    widget = settled(qtbot, tab, reply.id)
    assert_bounded(widget)
    assert widget.body.huge
    assert widget.findChild(QLabel, "messageFoldNote").text().startswith("…")
    assert shown_text(widget).startswith(MEGABYTE_LINE[:50_000])
    assert_saved_and_copied(qtbot, tab, data_dir, reply.id, MEGABYTE_LINE)
    # Still answering: another reply goes through.
    fake_ollama.reply = Reply(tokens=["still ", "here"])
    assert send(qtbot, tab, "again").content == "still here"


def test_a_hundred_thousand_nested_quotes_stream_without_deep_nesting(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama, data_dir: Any
) -> None:
    fake_ollama.reply = Reply(token="> ", count=100_000)
    reply = send(qtbot, tab, "Quote yourself", timeout=60_000)
    widget = settled(qtbot, tab, reply.id)
    assert_bounded(widget)
    assert_saved_and_copied(qtbot, tab, data_dir, reply.id, "> " * 100_000)


def test_a_long_line_below_the_plain_text_threshold_is_formatted_in_bounded_pieces(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama, data_dir: Any
) -> None:
    line = MEGABYTE_LINE[:120_000]
    fake_ollama.reply = Reply(
        tokens=["**Here:** ", *[line[i : i + 4000] for i in range(0, 120_000, 4000)]]
    )
    reply = send(qtbot, tab, "Encode it", timeout=60_000)
    widget = settled(qtbot, tab, reply.id)
    assert_bounded(widget)
    assert not widget.body.huge
    assert shown_text(widget) == "Here:" + line
    assert_saved_and_copied(qtbot, tab, data_dir, reply.id, "**Here:** " + line)


def test_a_long_code_line_is_shown_cut_and_copied_whole(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    code = "data = '" + MEGABYTE_LINE[:60_000] + "'\nprint(data)"
    fake_ollama.reply = Reply(tokens=["```python\n", code[:30_000], code[30_000:], "\n```\n"])
    reply = send(qtbot, tab, "Some code", timeout=60_000)
    widget = settled(qtbot, tab, reply.id)
    assert_bounded(widget)
    block = widget.body.pieces[0]
    assert "more characters not shown" in block.text.toPlainText()
    QGuiApplication.clipboard().clear()
    block.copy_button.click()
    assert QGuiApplication.clipboard().text() == code


def test_a_megabyte_of_thinking_is_shown_bounded(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    tab.model_picker.setCurrentIndex(tab.model_picker.findText("qwen3:0.6b"))
    count = len(MEGABYTE_LINE) // len(CHUNK)
    fake_ollama.reply = Reply(thinking=[CHUNK] * count, tokens=["Done."])
    tab.composer.set_text("Think long")
    tab.composer.send()
    reply = wait_reply(qtbot, tab, timeout=60_000)
    assert reply.thinking == MEGABYTE_LINE
    widget = settled(qtbot, tab, reply.id)
    widget.thinking.set_open(True)
    widget.grab()
    assert_bounded(widget)
    assert widget.thinking.fold_note.isVisible()


# --- a stored chat -------------------------------------------------------------------------------


def test_a_stored_megabyte_line_opens_bounded_and_copies_whole(
    qtbot: Any, tab: Any, data_dir: Any
) -> None:
    conversation_id = stored_chat(data_dir, MEGABYTE_LINE)
    widget = open_reply(qtbot, tab, conversation_id)
    assert_bounded(widget)
    assert_saved_and_copied(qtbot, tab, data_dir, widget.message.id, MEGABYTE_LINE)


def test_stored_deep_quotes_are_flattened_and_keep_their_words(
    qtbot: Any, tab: Any, data_dir: Any
) -> None:
    reply = "> " * 5_000 + "the deepest words"
    conversation_id = stored_chat(data_dir, reply)
    widget = open_reply(qtbot, tab, conversation_id)
    assert not widget.body.huge
    assert_bounded(widget)
    assert "the deepest words" in widget.body.plain_text()
    assert_saved_and_copied(qtbot, tab, data_dir, widget.message.id, reply)


def test_a_selection_copies_without_the_added_breaks(qtbot: Any, tab: Any, data_dir: Any) -> None:
    line = MEGABYTE_LINE[:3_000]
    conversation_id = stored_chat(data_dir, line)
    widget = open_reply(qtbot, tab, conversation_id)
    view = widget.body.text_views()[0]
    assert BREAK in view.toPlainText()
    view.selectAll()
    QGuiApplication.clipboard().clear()
    view.copy()
    assert QGuiApplication.clipboard().text().strip() == line
