"""Unbroken lines of the exact sizes the review used (128 KB, 512 KB, 5 MB; the 1 MB line and
the 100,000 nested quotes are in tests/ui/chat/test_hostile_replies.py): streamed from the test
server and opened from a stored chat, every piece the window lays out stays small, every
character is saved and Copy gives the reply whole.

128 KB is below the plain-text threshold (formatted, with break opportunities); 512 KB and 5 MB
are above it (shown plain, cut, with a note). The measure is what is laid out, not a clock.
"""

from __future__ import annotations

from typing import Any

import pytest

from desktop.ui.common.display_limits import HUGE_CHARS
from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import send
from tests.ui.chat.test_hostile_replies import (
    CHUNK,
    assert_bounded,
    assert_saved_and_copied,
    hang_fails,  # noqa: F401 (a hang ends the run with a traceback instead of blocking it)
    open_reply,
    settled,
    stored_chat,
)

SIZES = {"128 KB": 128 * 1024, "512 KB": 512 * 1024, "5 MB": 5 * 1024 * 1024}


def unbroken_line(size: int) -> str:
    return (CHUNK * (size // len(CHUNK) + 1))[:size]


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_an_unbroken_line_streams_bounded_and_is_kept_whole(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama, data_dir: Any, size: int
) -> None:
    line = unbroken_line(size)
    pieces = [line[i : i + 8192] for i in range(0, size, 8192)]
    fake_ollama.reply = Reply(tokens=pieces)
    reply = send(qtbot, tab, "Write forever", timeout=120_000)
    widget = settled(qtbot, tab, reply.id)
    assert_bounded(widget)
    assert widget.body.huge == (size > HUGE_CHARS)
    assert_saved_and_copied(qtbot, tab, data_dir, reply.id, line)
    fake_ollama.reply = Reply(tokens=["still ", "here"])
    assert send(qtbot, tab, "again").content == "still here"


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_a_stored_unbroken_line_opens_bounded_and_copies_whole(
    qtbot: Any, tab: Any, data_dir: Any, size: int
) -> None:
    line = unbroken_line(size)
    widget = open_reply(qtbot, tab, stored_chat(data_dir, line))
    assert_bounded(widget)
    assert_saved_and_copied(qtbot, tab, data_dir, widget.message.id, line)
