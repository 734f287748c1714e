"""The reply writer: at least one write a second while streaming, one at every end."""

from __future__ import annotations

import pytest

from desktop.storage import ChatStore, Message, MessageState, ReplyStats, ReplyWriter, StorageFull
from tests.faults.disk import free_space, limit_growth


class Tick:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _reply(store: ChatStore) -> Message:
    conversation = store.conversations.create(model="m")
    user = store.messages.add(conversation.id, "user", "q", parent_id=None)
    return store.messages.add(
        conversation.id, "assistant", parent_id=user.id, state=MessageState.STREAMING
    )


def _stored(store: ChatStore, message_id: int) -> Message:
    message = store.messages.get(message_id)
    assert message is not None
    return message


def test_text_is_written_once_a_second_not_per_token(store: ChatStore) -> None:
    reply, tick = _reply(store), Tick()
    writer = store.reply_writer(reply.id, clock=tick)
    for _ in range(7):
        tick.now += 0.125
        assert not writer.append("a")
    assert _stored(store, reply.id).content == ""
    assert writer.due_in() is not None and writer.due_in() > 0
    tick.now += 0.125
    assert writer.append("b")  # a second after the start
    assert _stored(store, reply.id).content == "aaaaaaab"
    assert _stored(store, reply.id).state is MessageState.STREAMING
    assert writer.due_in() is None  # nothing unsaved
    tick.now += 0.5
    writer.append("c")
    assert not writer.flush_if_due()
    tick.now += 0.5
    assert writer.flush_if_due()  # the caller's timer saves text that arrived before a stall
    assert _stored(store, reply.id).content == "aaaaaaabc"
    assert writer.flushes == 2


def test_finish_writes_everything_with_figures(store: ChatStore) -> None:
    reply, tick = _reply(store), Tick()
    writer = store.reply_writer(reply.id, clock=tick)
    writer.append("", "let me think")
    tick.now += 2.5
    writer.append("Answer", "")
    tick.now += 1
    writer.append(" done")
    writer.finish(ReplyStats(eval_count=3, eval_duration=1_000_000_000), "length")
    stored = _stored(store, reply.id)
    assert (stored.content, stored.thinking) == ("Answer done", "let me think")
    assert (stored.state, stored.done_reason) == (MessageState.COMPLETE, "length")
    assert stored.thinking_duration == 2.5
    assert stored.stats.eval_count == 3
    assert writer.closed
    assert not writer.append("late")  # after the end nothing changes
    writer.fail("late error")
    assert _stored(store, reply.id).content == "Answer done"
    assert _stored(store, reply.id).state is MessageState.COMPLETE


def test_fail_keeps_the_partial_reply_with_the_reason(store: ChatStore) -> None:
    reply = _reply(store)
    writer = store.reply_writer(reply.id, clock=Tick())
    writer.append("Partial")
    writer.fail("Ollama ran out of memory.")
    stored = _stored(store, reply.id)
    assert (stored.content, stored.state, stored.error) == (
        "Partial",
        MessageState.ERROR,
        "Ollama ran out of memory.",
    )


def test_interrupt_keeps_the_partial_reply(store: ChatStore) -> None:
    reply, tick = _reply(store), Tick()
    writer = store.reply_writer(reply.id, clock=tick)
    writer.append("", "hmm")
    tick.now += 4
    writer.interrupt()  # stopped while still thinking: thinking time runs to the stop
    stored = _stored(store, reply.id)
    assert (stored.thinking, stored.state) == ("hmm", MessageState.INTERRUPTED)
    assert stored.thinking_duration == 4


def test_a_full_disk_keeps_the_save_for_later_and_an_older_save_never_wins(
    store: ChatStore,
) -> None:
    reply, tick = _reply(store), Tick()
    writer = store.reply_writer(reply.id, clock=tick)
    writer.append("first ")
    older = writer.take()
    writer.add("x" * 100_000)
    limit_growth(store.database)
    with pytest.raises(StorageFull):
        writer.flush()
    assert reply.id in store.pending
    writer.add("more")  # still buffered while the disk is full
    writer.interrupt()  # the closing path: kept for later, never raises
    assert writer.closed
    writer.add("too late")
    assert "too late" not in writer.content
    stored = _stored(store, reply.id)
    assert (stored.content, stored.state) == ("", MessageState.STREAMING)  # as last saved
    free_space(store.database)
    assert store.pending.retry() == 1
    assert store.pending.retry() == 0  # nothing left
    assert _stored(store, reply.id).content == "first " + "x" * 100_000 + "more"
    writer.write(older)  # a late, older save changes nothing
    assert _stored(store, reply.id).content.endswith("more")


def test_pending_keeps_only_the_newest_save_of_a_reply(store: ChatStore) -> None:
    reply = _reply(store)
    writer = store.reply_writer(reply.id, clock=Tick())
    writer.add("a")
    first = writer.take()
    writer.add("b")
    second = writer.take()
    assert first is not None and second is not None
    store.pending.keep(second, writer.write)
    store.pending.keep(first, writer.write)  # arrives late: ignored
    assert store.pending.retry() == 1
    assert _stored(store, reply.id).content == "ab"


def test_a_writer_without_a_store_keeps_its_own_pending_saves(store: ChatStore) -> None:
    reply = _reply(store)
    writer = ReplyWriter(store.messages, reply.id, clock=Tick())
    writer.append("text")
    writer.finish()
    assert len(writer.pending) == 0
    assert _stored(store, reply.id).content == "text"
