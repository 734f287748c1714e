"""Export, import, backup and restore run on the operation runner and answer in plain words."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.services.chat.exchange import ChatExchange
from desktop.services.operations import Operations
from desktop.storage import ChatStore, NewAttachment

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(200))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ChatStore]:
    chats = ChatStore.open(tmp_path / "data")
    yield chats
    chats.close()


@pytest.fixture
def exchange(qloop: Any, store: ChatStore) -> Iterator[ChatExchange]:
    operations = Operations()
    yield ChatExchange(store, operations)
    operations.close()


class ThreadWatch:
    """Wraps a store method to see which thread ran it (the store itself stays real)."""

    def __init__(self, owner: Any, name: str) -> None:
        self.threads: list[int] = []
        original = getattr(owner, name)

        def watched(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.get_ident())
            return original(*args, **kwargs)

        setattr(owner, name, watched)


def _chat_with_an_image(store: ChatStore) -> int:
    conversation = store.conversations.create(model="llava", title="Leaf")
    store.messages.add(
        conversation.id,
        "user",
        "What plant is this?",
        parent_id=None,
        attachments=[NewAttachment(PNG, "image/png", "leaf.png")],
    )
    return conversation.id


def test_export_with_images_and_import_run_off_the_loop_thread(
    exchange: ChatExchange, store: ChatStore, arun: Any, tmp_path: Path
) -> None:
    conversation_id = _chat_with_an_image(store)
    export_watch = ThreadWatch(store, "export_json")
    import_watch = ThreadWatch(store, "import_json")
    target = tmp_path / "leaf.json"
    outcome = arun(exchange.export(conversation_id, "json", target))
    assert outcome.ok and str(target) in outcome.message
    text = target.read_text(encoding="utf-8")
    assert base64.b64encode(PNG).decode() in text
    imported = arun(exchange.import_file(target))
    assert imported.ok and imported.conversation_id not in (None, conversation_id)
    loop_thread = threading.get_ident()
    assert export_watch.threads and import_watch.threads
    assert loop_thread not in export_watch.threads + import_watch.threads
    assert json.loads(text)


def test_a_file_that_is_not_a_chat_is_refused_in_plain_words(
    exchange: ChatExchange, arun: Any, tmp_path: Path
) -> None:
    page = tmp_path / "page.json"
    page.write_text("<html>proxy error</html>", encoding="utf-8")
    outcome = arun(exchange.import_file(page))
    assert not outcome.ok and outcome.conversation_id is None
    assert outcome.message == "page.json isn't a chat exported by Paddock."


def test_backup_then_restore_brings_the_chats_back_and_a_bad_backup_changes_nothing(
    exchange: ChatExchange, store: ChatStore, arun: Any, tmp_path: Path
) -> None:
    kept = _chat_with_an_image(store)
    backup = tmp_path / "all.paddock-backup"
    backup_watch = ThreadWatch(store, "backup_to")
    assert arun(exchange.backup(backup)).ok
    store.conversations.delete(kept)
    restored = arun(exchange.restore(backup))
    assert restored.ok and restored.message == "Chats restored from all.paddock-backup"
    assert store.conversations.get(kept) is not None
    bad = tmp_path / "bad.paddock-backup"
    bad.write_bytes(b"not a database " * 100)
    refused = arun(exchange.restore(bad))
    assert not refused.ok and "not a Paddock backup" in refused.message
    assert store.conversations.get(kept) is not None
    assert threading.get_ident() not in backup_watch.threads


def test_an_export_that_cannot_be_written_says_where_and_leaves_nothing(
    exchange: ChatExchange, store: ChatStore, arun: Any, tmp_path: Path
) -> None:
    conversation_id = _chat_with_an_image(store)
    target = tmp_path / "missing" / "leaf.md"
    outcome = arun(exchange.export(conversation_id, "markdown", target))
    assert not outcome.ok and "couldn't be saved" in outcome.message
    assert not target.parent.exists()
