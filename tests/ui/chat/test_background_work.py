"""The Chat tab's storage work runs in the background; its results are applied when they come."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import finished, send


def _two_chats(qtbot: Any, tab: Any, fake_ollama: FakeOllama) -> tuple[int, int]:
    fake_ollama.reply = Reply(tokens=["Kangaroos hop."])
    send(qtbot, tab, "Tell me about Australia")
    first = tab.conversation.id
    finished(qtbot, tab.new_chat())
    fake_ollama.reply = Reply(tokens=["Penguins swim."])
    send(qtbot, tab, "And Antarctica?")
    return first, tab.conversation.id


def test_a_newer_search_supersedes_an_older_one(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    _first, second = _two_chats(qtbot, tab, fake_ollama)
    tab.sidebar.search.blockSignals(True)  # what the person sees typed, without its own search
    tab.sidebar.search.setText("penguins")
    tab.sidebar.search.blockSignals(False)
    older = tab.search("kangaroos")
    newer = tab.search("penguins")
    qtbot.waitUntil(lambda: older.done() and newer.done(), timeout=5000)
    assert older.result() and newer.result()  # both found something…
    shown = tab.sidebar.hits.hits
    assert shown and {hit.conversation_id for hit in shown} == {second}  # …only the newer shows


def test_enter_before_the_hits_arrive_opens_the_first_one(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    first, second = _two_chats(qtbot, tab, fake_ollama)
    assert tab.conversation.id == second
    tab.focus_search()
    qtbot.keyClicks(tab.sidebar.search, "kangaroos")
    qtbot.keyClick(tab.sidebar.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.conversation.id == first, timeout=5000)
