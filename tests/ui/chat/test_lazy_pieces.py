"""A long reply costs what is on screen: its pieces become widgets near the view only.

Opening, scrolling, searching and streaming a code-heavy reply of hundreds of pieces: the
pieces in view are always made in the end (no outline left on screen), the ones far away are
not (or are given back), code is highlighted only when its block is seen, and the view does
not jump when pieces above it are made.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint

from desktop.ui.chat import frame_budget, piece_column
from desktop.ui.chat.message_body import MessageBody
from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import send
from tests.ui.chat.test_hostile_replies import open_reply, settled, stored_chat

SECTION = (
    "Part {n}: a few words about part {n}.\n\n"
    "```python\nvalue_{n} = {n}\n```\n\n"
    "| key | value |\n|---|---|\n| k{n} | {n} |\n\n"
)
PARTS = 300  # 600 pieces: a prose run and a code block each


def long_reply(parts: range) -> str:
    return "".join(SECTION.format(n=n) for n in parts)


def view_range(tab: Any, body: MessageBody) -> tuple[int, int]:
    """What the transcript shows, in the body's coordinates."""
    viewport = tab.transcript.viewport()
    top = -body.mapTo(viewport, QPoint(0, 0)).y()
    return top, top + viewport.height()


def settle(qtbot: Any, tab: Any) -> None:
    qtbot.waitUntil(lambda: not tab.transcript.relayout_pending, timeout=10_000)


def shown_texts(tab: Any, body: MessageBody) -> list[str]:
    """The text of the pieces that are on screen now."""
    viewport = tab.transcript.viewport()
    texts = []
    for view in body.text_views():
        y = view.mapTo(viewport, QPoint(0, 0)).y()
        if y < viewport.height() and y + view.height() > 0:
            texts.append(view.toPlainText())
    return texts


def test_a_long_stored_reply_makes_only_the_pieces_near_the_view(
    qtbot: Any, tab: Any, data_dir: Any
) -> None:
    widget = open_reply(qtbot, tab, stored_chat(data_dir, long_reply(range(PARTS))))
    body = widget.body
    assert body.piece_count >= 2 * PARTS
    assert body.materialised() < 80  # a few screens' worth, not 600
    assert body.missing_in(*view_range(tab, body)) == 0
    assert any(f"k{PARTS - 1}" in text for text in shown_texts(tab, body))
    # Code is highlighted when its block is made, once: not for the hundreds never seen.
    assert tab.style_.code_rendered <= body.pieces_made
    assert tab.style_.code_rendered < PARTS // 2


def test_scrolling_makes_the_pieces_in_view_and_gives_far_ones_back(
    qtbot: Any, tab: Any, data_dir: Any
) -> None:
    widget = open_reply(qtbot, tab, stored_chat(data_dir, long_reply(range(PARTS))))
    body = widget.body
    bar = tab.transcript.verticalScrollBar()
    bar.setValue(0)
    settle(qtbot, tab)
    assert any("Part 0:" in text for text in shown_texts(tab, body))
    assert body.missing_in(*view_range(tab, body)) == 0
    for step in range(1, 11):
        bar.setValue(bar.maximum() * step // 10)
        settle(qtbot, tab)
        assert body.missing_in(*view_range(tab, body)) == 0
        assert body.materialised() < 120  # far pieces gave their widgets back
    assert any(f"k{PARTS - 1}" in text for text in shown_texts(tab, body))
    # Back to the top: its pieces are made again, their code is not highlighted again.
    highlighted = tab.style_.code_rendered
    bar.setValue(0)
    settle(qtbot, tab)
    assert any("Part 0:" in text for text in shown_texts(tab, body))
    assert tab.style_.code_rendered == highlighted


def test_the_view_stays_put_while_pieces_above_it_are_made(
    qtbot: Any, tab: Any, data_dir: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    widget = open_reply(qtbot, tab, stored_chat(data_dir, long_reply(range(PARTS))))
    body = widget.body
    monkeypatch.setattr(frame_budget, "PASS_S", 0.0)  # one piece per pass: the rest later
    bar = tab.transcript.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    viewport = tab.transcript.viewport()
    first = next(
        view
        for view in body.text_views()
        if view.mapTo(viewport, QPoint(0, view.height())).y() > 0
        and view.mapTo(viewport, QPoint(0, 0)).y() < viewport.height()
    )
    before = first.mapTo(viewport, QPoint(0, 0)).y()
    made = body.pieces_made
    settle(qtbot, tab)
    assert body.pieces_made > made + 3  # pieces around it were made in later passes
    assert abs(first.mapTo(viewport, QPoint(0, 0)).y() - before) <= 2


def test_search_finds_and_shows_a_word_far_from_the_view(
    qtbot: Any, tab: Any, data_dir: Any
) -> None:
    reply = (
        long_reply(range(PARTS // 2))
        + "The hidden word is zanzibar.\n\n"
        + long_reply(range(PARTS // 2, PARTS))
    )
    widget = open_reply(qtbot, tab, stored_chat(data_dir, reply))
    assert tab.transcript.scroll_to_message(widget.message.id, ["zanzibar"])
    settle(qtbot, tab)
    viewport = tab.transcript.viewport()
    hits = [view for view in widget.body.text_views() if view.extraSelections()]
    assert hits
    y = hits[0].mapTo(viewport, QPoint(0, 0)).y() + (hits[0].first_highlight_y() or 0)
    assert 0 <= y < viewport.height()


def test_a_fast_code_heavy_reply_ends_with_the_pieces_in_view_made(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    text = long_reply(range(120))
    fake_ollama.reply = Reply(tokens=[text[i : i + 5] for i in range(0, len(text), 5)])
    reply = send(qtbot, tab, "Lots of code, please", timeout=60_000)
    assert reply.content == text
    widget = settled(qtbot, tab, reply.id)
    settle(qtbot, tab)
    body = widget.body
    assert body.missing_in(*view_range(tab, body)) == 0
    assert any("k119" in text for text in shown_texts(tab, body))
    assert body.materialised() < body.piece_count


def test_a_chat_shown_before_markdown_loads_is_plain_then_formatted(
    qtbot: Any, tab: Any, data_dir: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = False
    monkeypatch.setattr(piece_column, "markdown_ready", lambda: loaded)
    reply = "Some **bold** words.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    widget = open_reply(qtbot, tab, stored_chat(data_dir, reply))
    assert "**bold**" in widget.body.text_views()[0].toPlainText()  # the words, at once
    loaded = True
    qtbot.waitUntil(lambda: "**" not in widget.body.text_views()[0].toPlainText(), timeout=3000)
    assert "bold" in widget.body.text_views()[0].toPlainText()
