"""Export as Markdown and JSON, import back; back up every chat and restore it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.storage import (
    ChatStore,
    ImportFailed,
    MessageState,
    NewAttachment,
    ReplyStats,
    StorageError,
)
from desktop.storage.exchange import dumps
from desktop.storage.migrations import CURRENT_VERSION

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(200))


def _rich_conversation(store: ChatStore) -> int:
    conversation = store.conversations.create(
        model="llava",
        system_prompt="You are a botanist.",
        options={"temperature": 0.4, "stop": ["END"]},
        think=True,
        keep_alive="1h",
    )
    store.conversations.rename(conversation.id, "Leaf question")
    store.conversations.set_pinned(conversation.id, True)
    user = store.messages.add(
        conversation.id,
        "user",
        "What plant is this?",
        parent_id=None,
        attachments=[NewAttachment(PNG, "image/png", "leaf.png")],
    )
    first = store.messages.add(
        conversation.id, "assistant", "A maple.", parent_id=user.id, model="llava"
    )
    store.messages.save_reply(
        first.id,
        content="A maple.",
        thinking="Five lobes...",
        thinking_duration=2.0,
        state=MessageState.COMPLETE,
        done_reason="stop",
        stats=ReplyStats(eval_count=4, eval_duration=10**9),
    )
    second = store.messages.add(
        conversation.id, "assistant", "An oak, partly", parent_id=user.id, model="llava"
    )
    store.messages.save_reply(
        second.id, content="An oak, partly", thinking="", state=MessageState.ERROR, error="Cut."
    )
    store.messages.select(first.id)  # the user went back to version 1
    store.messages.add(conversation.id, "user", "Thanks!", parent_id=first.id)
    return conversation.id


def _shape(store: ChatStore, conversation_id: int) -> list[tuple]:
    """Everything that must survive a round trip, with ids replaced by positions."""
    messages = store.messages.all_in(conversation_id)
    position = {message.id: index for index, message in enumerate(messages)}
    return [
        (
            position.get(m.parent_id),
            m.selected,
            m.role,
            m.content,
            m.thinking,
            m.thinking_duration,
            m.model,
            m.options,
            m.state,
            m.error,
            m.done_reason,
            m.stats,
            m.created_at,
            [(a.mime_type, a.name, store.attachments.data(a.id)) for a in m.attachments],
        )
        for m in messages
    ]


def test_json_round_trip_keeps_versions_options_and_images(store: ChatStore) -> None:
    original = _rich_conversation(store)
    text = dumps(store.export_json(original))
    assert "iVBORw0KGgo" in text  # the image travels as base64 in the file only
    copy = store.import_json(json.loads(text))
    assert copy != original
    assert _shape(store, copy) == _shape(store, original)
    a, b = store.conversations.get(original), store.conversations.get(copy)
    assert a is not None and b is not None
    for name in ("title", "title_source", "model", "system_prompt", "options", "think",
                 "keep_alive", "pinned", "created_at"):  # fmt: skip
        assert getattr(a, name) == getattr(b, name), name
    path = store.messages.visible_path(copy)
    assert [(m.content, m.version, m.version_count) for m in path] == [
        ("What plant is this?", 1, 1),
        ("A maple.", 1, 2),
        ("Thanks!", 1, 1),
    ]


def test_a_reply_exported_mid_stream_imports_as_interrupted(store: ChatStore) -> None:
    conversation = store.conversations.create(model="m")
    user = store.messages.add(conversation.id, "user", "q", parent_id=None)
    store.messages.add(
        conversation.id, "assistant", "half", parent_id=user.id, state=MessageState.STREAMING
    )
    copy = store.import_json(store.export_json(conversation.id))
    assert store.messages.visible_path(copy)[1].state is MessageState.INTERRUPTED


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ([1, 2], "not a chat exported from Paddock"),
        ({"format": "something else"}, "not a chat exported from Paddock"),
        ({"format": "paddock.conversation", "format_version": 99}, "newer version"),
        ({"format": "paddock.conversation", "format_version": 1}, "damaged or incomplete"),
        (
            {
                "format": "paddock.conversation",
                "format_version": 1,
                "conversation": {"title": "x"},
                "messages": [{"id": 2, "parent_id": 1, "role": "user", "content": "orphan"}],
            },
            "damaged or incomplete",
        ),
        (
            {
                "format": "paddock.conversation",
                "format_version": 1,
                "conversation": {},
                "messages": [
                    {
                        "id": 1,
                        "parent_id": None,
                        "role": "user",
                        "content": "ok",
                        "attachments": [{"mime_type": "image/png", "data": "not base64!"}],
                    },
                ],
            },
            "damaged or incomplete",
        ),
    ],
)
def test_a_bad_file_imports_nothing(store: ChatStore, data: object, words: str) -> None:
    with pytest.raises(ImportFailed, match=words):
        store.import_json(data)  # type: ignore[arg-type]
    assert store.conversations.count() == 0
    assert store.messages.count() == 0


def test_markdown_shows_the_visible_path_readably(store: ChatStore) -> None:
    conversation = _rich_conversation(store)
    text = store.export_markdown(conversation)
    assert text.startswith("# Leaf question\n")
    assert "*Model: llava · Started: " in text
    assert "> You are a botanist." in text
    assert "### You\n\nWhat plant is this?\n\n*[image: leaf.png]*" in text
    assert "### Assistant (llava)" in text
    assert "> **Thinking (2 s)**\n>\n> Five lobes..." in text
    assert "A maple." in text and "An oak" not in text  # the hidden version stays out
    assert text.index("A maple.") < text.index("Thanks!")


def test_backup_and_restore_every_chat(store: ChatStore, tmp_path: Path) -> None:
    kept = _rich_conversation(store)
    before = _shape(store, kept)
    target = tmp_path / "backups" / "chats.paddock-backup"
    store.backup_to(target)
    assert target.is_file() and not target.with_name(target.name + ".part").exists()

    store.conversations.delete(kept)
    later = store.conversations.create(model="m")
    store.messages.add(later.id, "user", "written after the backup", parent_id=None)

    store.restore_from(target)
    assert [c.id for c in store.conversations.list()] == [kept]
    assert _shape(store, kept) == before
    assert store.search("written after") == []
    assert store.search("maple")[0].conversation_id == kept
    assert store.integrity_ok()
    assert store.database.query_one("PRAGMA journal_mode")[0] == "wal"
    # The live connection keeps working after the restore.
    store.messages.add(kept, "user", "after restore", parent_id=None)


def test_restoring_a_bad_file_changes_nothing(store: ChatStore, tmp_path: Path) -> None:
    kept = _rich_conversation(store)
    before = _shape(store, kept)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 200)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE notes (x)").connection.close()
    newer = tmp_path / "newer.db"
    store.backup_to(newer)
    connection = sqlite3.connect(newer)
    connection.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    connection.close()

    for path, words in [
        (tmp_path / "missing.db", "no backup file"),
        (junk, "not a Paddock backup"),
        (other, "not a Paddock backup"),
        (newer, "newer version of Paddock"),
    ]:
        with pytest.raises(StorageError, match=words):
            store.restore_from(path)
    assert _shape(store, kept) == before


def test_an_old_backup_is_upgraded_when_restored(store: ChatStore, tmp_path: Path) -> None:
    from desktop.storage.migrations import MIGRATIONS

    old = tmp_path / "v1.db"
    connection = sqlite3.connect(old, isolation_level=None)
    MIGRATIONS[0](connection)
    connection.execute("PRAGMA user_version = 1")
    connection.execute(
        "INSERT INTO conversations (id, title, created_at, updated_at) VALUES (3, 'v1', 1, 1)"
    )
    connection.execute(
        "INSERT INTO messages (conversation_id, role, content, created_at) "
        "VALUES (3, 'user', 'from the first version', 1)"
    )
    connection.close()
    store.restore_from(old)
    assert store.database.version == CURRENT_VERSION
    assert store.search("first version")[0].conversation_id == 3
    assert store.conversations.get(3).draft == ""  # type: ignore[union-attr]


def test_an_import_the_database_refuses_changes_nothing(store: ChatStore) -> None:
    source = store.conversations.create(model="m", title="One")
    store.messages.add(source.id, "user", "hi", parent_id=None)
    data = store.export_json(source.id)
    store.database.execute("PRAGMA query_only = ON")  # a file Paddock may not write
    try:
        with pytest.raises(ImportFailed, match="Nothing was changed") as raised:
            store.import_json(data)
        assert "readonly" in raised.value.detail
    finally:
        store.database.execute("PRAGMA query_only = OFF")
    assert [c.title for c in store.conversations.list()] == ["One"]


def test_markdown_says_how_each_reply_ended(store: ChatStore) -> None:
    conversation = store.conversations.create(title="Ends")
    system = store.messages.add(conversation.id, "system", "be brief", parent_id=None)
    question = store.messages.add(conversation.id, "user", "q", parent_id=system.id)
    stopped = store.messages.add(
        conversation.id,
        "assistant",
        "half",
        parent_id=question.id,
        thinking="hmm",
        state=MessageState.INTERRUPTED,
    )
    again = store.messages.add(conversation.id, "user", "again", parent_id=stopped.id)
    failed = store.messages.add(conversation.id, "assistant", "", parent_id=again.id)
    store.messages.save_reply(
        failed.id, content="", thinking="", state=MessageState.ERROR, error="Out of\nmemory."
    )
    text = store.export_markdown(conversation.id)
    assert "Model:" not in text  # no model chosen: not claimed
    assert "### System" in text and "### Assistant\n" in text  # a reply without a model
    assert "**Thinking**" in text  # no duration measured
    assert "(The reply was stopped before it was finished.)" in text
    assert "(The reply failed: Out of memory.)" in text
    with pytest.raises(KeyError):
        store.export_markdown(99999)
    with pytest.raises(KeyError):
        store.export_json(99999)


def test_a_file_with_a_loop_or_an_unknown_role_imports_nothing(store: ChatStore) -> None:
    base = {"format": "paddock.conversation", "format_version": 1, "conversation": {}}
    looped = [
        {"id": 1, "parent_id": 2, "role": "user", "content": "a"},
        {"id": 2, "parent_id": 1, "role": "assistant", "content": "b"},
    ]
    stranger = [{"id": 1, "parent_id": None, "role": "wizard", "content": "c"}]
    for messages in (looped, stranger):
        with pytest.raises(ImportFailed, match="damaged or incomplete"):
            store.import_json({**base, "messages": messages})
    assert store.conversations.list() == []
