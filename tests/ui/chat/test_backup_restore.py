"""Restoring a backup while a reply streams: the restored chats are exactly the backup's."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from desktop.storage import ChatStore, MessageState
from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import MODEL, finished


def _make_backup(folder: Path, target: Path) -> list[tuple[Any, ...]]:
    """A backup from another Paddock whose message ids are the ones the tab will use next."""
    store = ChatStore.open(folder)
    try:
        conversation = store.conversations.create(model=MODEL, title="Saved chat")
        question = store.messages.add(conversation.id, "user", "BACKUP QUESTION", parent_id=None)
        store.messages.add(
            conversation.id, "assistant", "BACKUP ANSWER", parent_id=question.id, model=MODEL
        )
        store.backup_to(target)
        return _rows(target)
    finally:
        store.close()


def _rows(path: Path) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT id, conversation_id, role, content, state FROM messages ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


def test_restore_while_a_reply_streams_keeps_the_backup_untouched(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    backup = tmp_path / "chats.paddock-backup"
    expected = _make_backup(tmp_path / "elsewhere", backup)
    assert [row[3] for row in expected] == ["BACKUP QUESTION", "BACKUP ANSWER"]

    fake_ollama.reply = Reply(tokens=["streamed "] * 2000, rate=50)
    tab.composer.set_text("Tell me a long story")
    tab.composer.send()
    qtbot.waitUntil(lambda: tab.composer.stop_button.isVisible(), timeout=5000)
    adapter = tab.adapters[tab.conversation.id]
    live = adapter.session.live
    assert live is not None
    stream = adapter.task
    qtbot.waitUntil(lambda: "streamed" in live.writer.content, timeout=5000)
    assert live.message_id == expected[1][0]  # the same id as the backup's answer

    words = finished(qtbot, tab.restore_chats(backup))
    assert words == "Chats restored from chats.paddock-backup"
    assert stream.done()

    store_path = tab.store.path
    assert _rows(store_path) == expected
    answer = tab.store.messages.get(expected[1][0])
    assert answer.content == "BACKUP ANSWER"
    assert answer.state is MessageState.COMPLETE
