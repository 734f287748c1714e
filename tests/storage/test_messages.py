"""Messages as a tree of versions, the visible path, deleting branches, images as BLOBs."""

from __future__ import annotations

from desktop.storage import ChatStore, MessageState, NewAttachment, ReplyStats
from tests.storage.conftest import Clock


def _exchange(store: ChatStore, conversation_id: int, parent: int | None, text: str) -> int:
    user = store.messages.add(conversation_id, "user", text, parent_id=parent)
    reply = store.messages.add(conversation_id, "assistant", f"re: {text}", parent_id=user.id)
    return reply.id


def test_the_visible_path_follows_the_chosen_versions(store: ChatStore) -> None:
    conversation = store.conversations.create(model="m")
    first = store.messages.add(conversation.id, "user", "Q1", parent_id=None)
    reply_a = store.messages.add(conversation.id, "assistant", "A1 (first)", parent_id=first.id)
    second = store.messages.add(conversation.id, "user", "Q2", parent_id=reply_a.id)
    reply_b = store.messages.add(conversation.id, "assistant", "A1 (second)", parent_id=first.id)

    # The newest version is shown; the old branch (with Q2 under it) is kept.
    path = store.messages.visible_path(conversation.id)
    assert [m.content for m in path] == ["Q1", "A1 (second)"]
    assert (path[1].version, path[1].version_count, path[1].version_ids) == (
        2,
        2,
        [reply_a.id, reply_b.id],
    )
    assert (path[0].version, path[0].version_count) == (1, 1)

    store.messages.select(reply_a.id)
    path = store.messages.visible_path(conversation.id)
    assert [m.content for m in path] == ["Q1", "A1 (first)", "Q2"]
    assert path[1].version == 1

    # Editing Q1 is a new sibling at the top: a whole new branch.
    edited = store.messages.add(conversation.id, "user", "Q1 edited", parent_id=None)
    assert [m.content for m in store.messages.visible_path(conversation.id)] == ["Q1 edited"]
    assert store.messages.get(edited.id).version_ids == [first.id, edited.id]  # type: ignore[union-attr]

    # Revealing a message deep in a hidden branch selects its whole ancestry.
    store.messages.reveal(second.id)
    assert [m.id for m in store.messages.visible_path(conversation.id)] == [
        first.id,
        reply_a.id,
        second.id,
    ]
    assert [m.id for m in store.messages.path_to(second.id)] == [first.id, reply_a.id, second.id]


def test_conversations_do_not_share_versions(store: ChatStore) -> None:
    one = store.conversations.create(model="m")
    two = store.conversations.create(model="m")
    store.messages.add(one.id, "user", "in one", parent_id=None)
    store.messages.add(two.id, "user", "in two", parent_id=None)
    assert [m.content for m in store.messages.visible_path(one.id)] == ["in one"]
    assert store.messages.visible_path(one.id)[0].version_count == 1


def test_deleting_a_message_takes_its_branch_and_shows_the_previous_version(
    store: ChatStore,
) -> None:
    conversation = store.conversations.create(model="m")
    first = store.messages.add(conversation.id, "user", "Q1", parent_id=None)
    old = store.messages.add(conversation.id, "assistant", "old", parent_id=first.id)
    new = store.messages.add(conversation.id, "assistant", "new", parent_id=first.id)
    follow = _exchange(store, conversation.id, new.id, "Q2")
    assert len(store.messages.branch_ids(new.id)) == 3

    assert store.messages.delete(new.id) == 3
    assert store.messages.get(follow) is None
    path = store.messages.visible_path(conversation.id)
    assert [m.content for m in path] == ["Q1", "old"]
    assert path[1].version_ids == [old.id]
    assert store.search("Q2") == []  # the search index followed
    assert store.messages.delete(new.id) == 0


def test_a_long_chain_deletes_without_hitting_recursion_limits(store: ChatStore) -> None:
    conversation = store.conversations.create(model="m")
    parent = None
    ids = []
    with store.database.transaction():
        for index in range(1500):
            parent = store.messages.add(conversation.id, "user", f"m{index}", parent_id=parent).id
            ids.append(parent)
    assert store.messages.delete(ids[0]) == 1500
    other = store.conversations.create(model="m")
    parent = None
    with store.database.transaction():
        for index in range(1500):
            parent = store.messages.add(other.id, "user", f"m{index}", parent_id=parent).id
    store.conversations.delete(other.id)
    assert store.messages.count() == 0
    assert store.integrity_ok()


def test_images_are_stored_as_bytes_with_their_message(store: ChatStore) -> None:
    png = bytes(range(256)) * 40
    conversation = store.conversations.create(model="llava")
    message = store.messages.add(
        conversation.id,
        "user",
        "What is this?",
        parent_id=None,
        attachments=[
            NewAttachment(png, "image/png", "cat.png"),
            NewAttachment(b"GIF8", "image/gif"),
        ],
    )
    infos = message.attachments
    assert [(i.mime_type, i.name, i.size) for i in infos] == [
        ("image/png", "cat.png", len(png)),
        ("image/gif", "", 4),
    ]
    assert store.attachments.data(infos[0].id) == png
    assert store.attachments.of_message(message.id) == infos
    kind = store.database.query_one(
        "SELECT typeof(data) FROM attachments WHERE id = ?", (infos[0].id,)
    )
    assert kind[0] == "blob"  # not base64 text
    store.conversations.delete(conversation.id)
    assert store.attachments.data(infos[0].id) == b""
    assert store.attachments.info(infos[0].id) is None


def test_a_reply_keeps_its_state_stats_and_options(store: ChatStore) -> None:
    conversation = store.conversations.create(model="m")
    user = store.messages.add(conversation.id, "user", "hi", parent_id=None)
    reply = store.messages.add(
        conversation.id,
        "assistant",
        parent_id=user.id,
        model="qwen3:4b",
        options={"temperature": 0.2, "stop": ["###"]},
        state=MessageState.STREAMING,
    )
    assert reply.is_streaming
    store.messages.save_reply(
        reply.id,
        content="Hello!",
        thinking="greet",
        thinking_duration=1.5,
        state=MessageState.COMPLETE,
        done_reason="stop",
        stats=ReplyStats(eval_count=20, eval_duration=2_000_000_000, prompt_eval_count=9),
    )
    saved = store.messages.get(reply.id)
    assert saved is not None
    assert (saved.content, saved.thinking, saved.thinking_duration) == ("Hello!", "greet", 1.5)
    assert (saved.model, saved.options) == ("qwen3:4b", {"temperature": 0.2, "stop": ["###"]})
    assert (saved.state, saved.done_reason) == (MessageState.COMPLETE, "stop")
    assert saved.stats.tokens_per_second == 10.0
    assert saved.stats.prompt_eval_count == 9


def test_saving_a_message_counts_as_activity(store: ChatStore, clock: Clock) -> None:
    older = store.conversations.create(model="m")
    clock.advance(10)
    newer = store.conversations.create(model="m")
    assert [c.id for c in store.conversations.list()] == [newer.id, older.id]
    clock.advance(10)
    store.messages.add(older.id, "user", "bump", parent_id=None)
    assert [c.id for c in store.conversations.list()] == [older.id, newer.id]
    assert store.conversations.get(older.id).updated_at == clock.value  # type: ignore[union-attr]


def test_opening_a_chat_of_2000_messages_is_one_indexed_query(store: ChatStore) -> None:
    conversation = store.conversations.create(model="m")
    parent = None
    with store.database.transaction():
        for index in range(2000):
            role = "user" if index % 2 == 0 else "assistant"
            text = f"message {index} " + "lorem ipsum dolor sit amet " * 12
            parent = store.messages.add(conversation.id, role, text, parent_id=parent).id
    statements: list[str] = []
    store.database.connection.set_trace_callback(statements.append)
    path = store.messages.visible_path(conversation.id)
    store.database.connection.set_trace_callback(None)
    assert len(path) == 2000 and path[-1].content.startswith("message 1999 ")
    # One query each for the messages, their images, their documents and replies' sources:
    # no query per message.
    assert len(statements) == 4, statements
    plan = store.database.query(
        "EXPLAIN QUERY PLAN SELECT * FROM messages WHERE conversation_id = ? ORDER BY id", (1,)
    )
    assert "messages_by_conversation" in " ".join(str(row[-1]) for row in plan)
    # How long it takes is measured, against its budget, in benchmarks/bench_storage.py: a
    # test on a loaded machine can't tell slow code from a busy CPU.
