"""The session's storage work runs on the operation runner's thread, in order, and a session
waiting for the disk is busy: a second Send can't slip in, and Stop still works."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from desktop.services.chat import ReplyEnded, ReplyPhase, SessionBusy
from desktop.services.operations import Operations
from desktop.storage import ChatStore, MessageState
from tests.fake_ollama import FakeOllama, Reply
from tests.services.chat.conftest import reply_requests, until


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
