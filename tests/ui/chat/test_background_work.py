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


def test_deleting_a_chat_while_its_reply_streams_stops_the_reply_first(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(tokens=["kept "])
    send(qtbot, tab, "An older chat")
    older = tab.conversation.id
    finished(qtbot, tab.new_chat())
    fake_ollama.reply = Reply(tokens=["streamed "] * 2000, rate=50)
    tab.composer.set_text("Tell me a long story")
    tab.composer.send()
    doomed = tab.conversation.id
    qtbot.waitUntil(lambda: tab.composer.stop_button.isVisible(), timeout=5000)
    adapter = tab.adapters[doomed]
    live = adapter.session.live
    assert live is not None
    qtbot.waitUntil(lambda: "streamed" in live.writer.content, timeout=5000)
    stream = adapter.task
    failures: list[str] = []
    adapter.failed.connect(failures.append)

    finished(qtbot, tab.delete_conversation(doomed))
    assert stream.done()
    assert failures == []  # the stopped reply ended quietly, before its chat went
    assert tab.store.conversations.get(doomed) is None
    assert tab.conversation is not None and tab.conversation.id == older
