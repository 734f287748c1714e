"""The session's storage work runs on the operation runner's thread, in order, and a session
waiting for the disk is busy: a second Send can't slip in, and Stop still works."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from desktop.services.chat import (
    ChatSession,
    ReplyEnded,
    ReplyPhase,
    SaveFailed,
    SessionBusy,
    SessionError,
    ThreadChanged,
)
from desktop.services.context import AppContext
from desktop.services.operations import Operations
from desktop.storage import ChatStore, MessageState
from tests.conditions import until
from tests.fake_ollama import FakeOllama, Reply
from tests.faults.disk import free_space, limit_growth
from tests.services.chat.conftest import reply_requests


def test_saves_and_reads_run_on_the_storage_thread(
    arun: Any, fake_ollama: FakeOllama, store: ChatStore, make_session: Any
) -> None:
    fake_ollama.reply = Reply(tokens=["Hello", " there"])
    session, _ = make_session()
    loop_thread = threading.get_ident()
    used_from: set[int] = set()
    connection = store.database.connection
    connection.set_trace_callback(lambda _sql: used_from.add(threading.get_ident()))
    try:
        reply = arun(session.send("Hi"))
        arun(session.step_version(reply.id, -1))
        arun(session.rename("Greetings"))
    finally:
        connection.set_trace_callback(None)
    assert reply.content == "Hello there"
    assert used_from and loop_thread not in used_from


def test_stop_while_the_message_is_being_saved_sends_nothing(
    arun: Any,
    fake_ollama: FakeOllama,
    store: ChatStore,
    operations: Operations,
    make_session: Any,
) -> None:
    session, events = make_session()
    gate = threading.Event()
    operations.submit(gate.wait)  # the storage thread is busy with earlier work

    async def scenario() -> Any:
        task = asyncio.ensure_future(session.send("Hi"))
        await until(lambda: session.busy)
        assert session.live is None  # the message is still waiting to be saved
        with pytest.raises(SessionBusy):
            await session.send("Again")
        session.stop()
        gate.set()
        return await task

    reply = arun(scenario())
    assert reply.state is MessageState.INTERRUPTED
    assert events.of(ReplyEnded)[-1].phase is ReplyPhase.STOPPED
    assert reply_requests(fake_ollama) == []
    assert [m.content for m in store.messages.visible_path(session.conversation_id)] == ["Hi", ""]
    assert not session.busy


def test_reads_edits_and_refusals_through_the_runner(
    arun: Any, fake_ollama: FakeOllama, store: ChatStore, make_session: Any
) -> None:
    session, events = make_session()
    reply = arun(session.send("Hi"))
    thread = arun(session.load_thread())
    assert [m.content for m in thread.messages] == ["Hi", reply.content]
    assert arun(session.step_version(99999, +1)) == 99999  # not a message: nothing moves
    assert arun(session.delete_message(99999)) == 0
    assert not events.of(ThreadChanged)
    with pytest.raises(SessionError, match="Write a message"):
        arun(session.edit_and_resend(thread.messages[0].id, "  ", images=[]))

    orphan = store.messages.add(
        session.conversation_id, "assistant", "hello", parent_id=None
    )  # a reply with nothing before it (an imported chat may have one)
    with pytest.raises(SessionError, match="no message to reply to"):
        arun(session.regenerate(orphan.id))
    note = store.messages.add(session.conversation_id, "system", "Be brief.", parent_id=None)
    with pytest.raises(SessionError, match="no message to reply to"):
        arun(session.regenerate(note.id))

    store.conversations.delete(session.conversation_id)
    with pytest.raises(SessionError, match="no longer exists"):
        session.thread()
    with pytest.raises(SessionError, match="no longer exists"):
        arun(session.send("Anyone?"))


def test_a_live_reply_shows_its_thinking_so_far(
    arun: Any, fake_ollama: FakeOllama, make_session: Any
) -> None:
    fake_ollama.add_model("qwen3:0.6b", capabilities=("completion", "thinking"))
    fake_ollama.reply = Reply(thinking=["Let", " me", " see"], tokens=["Yes"] * 50, rate=50)
    session, _ = make_session(model="qwen3:0.6b")
    seen: list[str] = []

    async def scenario() -> None:
        task = asyncio.ensure_future(session.send("Well?"))
        await until(lambda: session.live is not None and session.live.thinking == "Let me see")
        assert session.live is not None
        seen.append(session.live.thinking)
        await task

    arun(scenario())
    assert seen == ["Let me see"]


def test_closing_after_the_runner_stopped_still_saves_the_reply(
    arun: Any,
    fake_ollama: FakeOllama,
    store: ChatStore,
    context: AppContext,
    qloop: Any,
) -> None:
    """At the very end of shutdown the storage thread may be gone: the save runs inline."""
    fake_ollama.reply = Reply(tokens=["word "] * 400, rate=100)
    runner = Operations()
    conversation = store.conversations.create(model="smollm2:135m")
    session = ChatSession(context, store, conversation.id, operations=runner)

    async def scenario() -> None:
        task = asyncio.ensure_future(session.send("Go on"))
        await until(lambda: session.live is not None and session.live.content)
        runner.close()
        session.close()
        await task

    arun(scenario())
    reply = store.messages.visible_path(conversation.id)[-1]
    assert reply.state is MessageState.INTERRUPTED and reply.content.startswith("word ")


def test_a_timed_save_the_full_disk_refuses_stops_a_stalled_reply(
    arun: Any, fake_ollama: FakeOllama, store: ChatStore, context: AppContext, operations: Any
) -> None:
    """Text that arrived just before the stream stalled is saved by a timer; if the disk is
    full then, the reply stops there with the same plain message."""
    fake_ollama.reply = Reply(tokens=["x" * 200_000, "never"], rate=0.5)  # then a long pause
    clock = ManualClock()
    conversation = store.conversations.create(model="smollm2:135m")
    session = ChatSession(
        context, store, conversation.id, operations=operations, clock=clock, retry_interval=3600
    )
    events: list[Any] = []
    session.subscribe(events.append)

    async def scenario() -> Any:
        task = asyncio.ensure_future(session.send("Go"))
        await until(lambda: session.live is not None and session.live.content)
        operations.wait(limit_growth, store.database)
        clock.now += 1.0  # the save is due; the timer writes it when it fires
        return await task

    reply = arun(scenario())
    assert [type(e) for e in events if isinstance(e, (SaveFailed, ReplyEnded))] == [
        SaveFailed,
        ReplyEnded,
    ]
    assert reply.state is MessageState.INTERRUPTED and reply.content == "x" * 200_000
    assert "never" not in reply.content
    assert reply.id in store.pending
    session.close()  # still full: closing tries once more and does not raise
    assert reply.id in store.pending
    operations.wait(free_space, store.database)
    operations.wait(store.pending.retry)
    assert store.messages.get(reply.id).content == "x" * 200_000  # type: ignore[union-attr]


class ManualClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now
