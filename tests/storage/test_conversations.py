"""Conversations: settings, titles (the user's always wins), pinning, drafts, pruning."""

from __future__ import annotations

from desktop.storage import ChatStore, TitleSource
from tests.storage.conftest import Clock


def test_settings_round_trip_and_change_one_at_a_time(store: ChatStore) -> None:
    conversation = store.conversations.create(
        model="qwen3:4b",
        system_prompt="Be brief.",
        options={"temperature": 0.3, "num_ctx": 8192},
        think="high",
        keep_alive=-1,
    )
    loaded = store.conversations.get(conversation.id)
    assert loaded == conversation
    assert (loaded.think, loaded.keep_alive, loaded.title_source) == ("high", -1, TitleSource.NONE)

    store.conversations.update(conversation.id, options={"seed": 4}, think=None)
    changed = store.conversations.get(conversation.id)
    assert changed is not None
    assert (changed.options, changed.think, changed.keep_alive) == ({"seed": 4}, None, -1)
    assert (changed.model, changed.system_prompt) == ("qwen3:4b", "Be brief.")
    assert changed.updated_at == conversation.updated_at  # settings are not activity
    assert store.conversations.get(12345) is None


def test_a_typed_title_always_wins(store: ChatStore) -> None:
    conversation = store.conversations.create(model="m")
    conversations = store.conversations
    assert conversations.set_generated_title(conversation.id, "First words", TitleSource.FALLBACK)
    assert conversations.set_generated_title(conversation.id, "Model title", TitleSource.AUTO)
    # A fallback never replaces the model's title.
    assert not conversations.set_generated_title(conversation.id, "Other", TitleSource.FALLBACK)
    conversations.rename(conversation.id, "  My   own title ")
    assert not conversations.set_generated_title(conversation.id, "Model again", TitleSource.AUTO)
    renamed = conversations.get(conversation.id)
    assert renamed is not None
    assert (renamed.title, renamed.title_set_by_user) == ("My own title", True)
    conversations.rename(conversation.id, "")  # cleared: the app may title it again
    assert conversations.set_generated_title(conversation.id, "Model again", TitleSource.AUTO)


def test_sidebar_order_is_pinned_then_recent(store: ChatStore, clock: Clock) -> None:
    ids = []
    for _ in range(3):
        ids.append(store.conversations.create(model="m").id)
        clock.advance(1)
    store.conversations.set_pinned(ids[0], True)
    assert [c.id for c in store.conversations.list()] == [ids[0], ids[2], ids[1]]
    store.conversations.touch(ids[1])
    assert [c.id for c in store.conversations.list(limit=2)] == [ids[0], ids[1]]
    assert store.conversations.count() == 3


def test_draft_and_scroll_position_survive_a_restart(store: ChatStore, tmp_path) -> None:
    conversation = store.conversations.create(model="m")
    store.conversations.save_draft(conversation.id, "half a thought")
    store.conversations.save_scroll_position(conversation.id, 1234.5)
    store.close()
    reopened = ChatStore.open(store.path.parent)
    try:
        loaded = reopened.conversations.get(conversation.id)
        assert loaded is not None
        assert (loaded.draft, loaded.scroll_position) == ("half a thought", 1234.5)
    finally:
        reopened.close()


def test_prune_empty_keeps_used_drafted_and_current_chats(store: ChatStore, clock: Clock) -> None:
    used = store.conversations.create(model="m")
    store.messages.add(used.id, "user", "hi", parent_id=None)
    drafted = store.conversations.create(model="m")
    store.conversations.save_draft(drafted.id, "soon")
    current = store.conversations.create(model="m")
    store.conversations.create(model="m")
    store.close()
    clock.advance(60)
    next_run = ChatStore.open(store.path.parent, now=clock)  # the empties are an earlier run's
    try:
        assert next_run.conversations.prune_empty(keep=[current.id]) == 1
        kept = {c.id for c in next_run.conversations.list()}
        assert kept == {used.id, drafted.id, current.id}
    finally:
        next_run.close()
