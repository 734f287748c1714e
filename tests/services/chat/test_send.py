"""Sending and streaming against the test server: saved first, saved while streaming, every
end (done, stopped, server error, cut connection, unknown model, no server) kept on disk."""

from __future__ import annotations

import asyncio
import base64
from typing import Any

import pytest

from desktop.ollama import AsyncOllamaClient, OllamaClient
from desktop.services.chat import (
    ChatSession,
    ReplyDelta,
    ReplyEnded,
    ReplyPhase,
    ReplyStarted,
    SessionBusy,
    SessionError,
)
from desktop.services.context import AppContext
from desktop.storage import ChatStore, MessageState, NewAttachment
from tests.conditions import until
from tests.fake_ollama import FakeOllama, Reply
from tests.services.chat.conftest import MODEL, Recorder, reply_requests

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
FULL_REPLY = "The colors are:\n\nRed (Red)\nBlue (Blue)\nGreen (Green)"


def test_the_users_message_is_saved_before_it_is_sent(
    arun: Any, fake_ollama: FakeOllama, store: ChatStore, make_session: Any
) -> None:
    fake_ollama.reply = Reply(first_byte_delay=0.3)
    session, events = make_session(system_prompt="Be brief.", options={"temperature": 0.1},
                                   keep_alive="1h")  # fmt: skip
    store.conversations.save_draft(session.conversation_id, "Name three colors")

    async def scenario() -> Any:
        task = asyncio.ensure_future(session.send("Name three colors"))
        await until(lambda: reply_requests(fake_ollama))
        request = reply_requests(fake_ollama)[0]
        on_disk = store.messages.visible_path(session.conversation_id)
        assert [(m.role, m.content, m.state) for m in on_disk] == [
            ("user", "Name three colors", MessageState.COMPLETE),
            ("assistant", "", MessageState.STREAMING),
        ]
        assert session.busy and session.live is not None
        assert session.live.phase is ReplyPhase.LOADING
        return request, await task

    request, reply = arun(scenario())
    assert request == {
        "model": MODEL,
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Name three colors"},
        ],
        "options": {"temperature": 0.1},  # only what the user changed
        "keep_alive": "1h",
        "stream": True,
    }
    assert (reply.state, reply.content, reply.done_reason) == (
        MessageState.COMPLETE,
        FULL_REPLY,
        "stop",
    )
    assert reply.stats.eval_count == 20 and reply.stats.tokens_per_second
    assert (reply.model, reply.options) == (MODEL, {"temperature": 0.1})
    assert events.text == FULL_REPLY
    assert events.phases == ["loading", "streaming", "done"]
    started = events.of(ReplyStarted)[0]
    assert (started.user_message.content, started.reply.id) == ("Name three colors", reply.id)
    assert events.of(ReplyEnded)[0].reply == reply
    assert not session.busy
    assert store.conversations.get(session.conversation_id).draft == ""  # type: ignore[union-attr]
    # The second message continues the path and sends the whole history.
    arun(session.send("And two more?"))
    last = reply_requests(fake_ollama)[-1]
    assert [m["content"] for m in last["messages"]] == [
        "Be brief.",
        "Name three colors",
        FULL_REPLY,
        "And two more?",
    ]


def test_images_go_as_base64_of_the_stored_bytes(
    arun: Any, fake_ollama: FakeOllama, store: ChatStore, make_session: Any
) -> None:
    fake_ollama.add_model("llava:7b", capabilities=("completion", "vision"))
    session, _ = make_session(model="llava:7b")
    reply = arun(session.send("What is this?", [NewAttachment(PNG, "image/png", "x.png")]))
    assert reply.state is MessageState.COMPLETE
    sent = reply_requests(fake_ollama)[0]["messages"][0]
    assert sent["images"] == [base64.b64encode(PNG).decode()]
    user = store.messages.visible_path(session.conversation_id)[0]
    assert store.attachments.data(user.attachments[0].id) == PNG
    assert arun(session.send("", [NewAttachment(PNG)])).state is MessageState.COMPLETE


def test_thinking_is_streamed_and_stored_apart(
    arun: Any, fake_ollama: FakeOllama, make_session: Any
) -> None:
    fake_ollama.add_model("qwen3:4b", capabilities=("completion", "thinking"))
    fake_ollama.reply = Reply(thinking=["Let", " me", " see"], tokens=["Yes", "."])
    session, events = make_session(model="qwen3:4b", think=True)
    reply = arun(session.send("Is it?"))
    assert (reply.thinking, reply.content) == ("Let me see", "Yes.")
    assert reply.thinking_duration is not None
    assert events.phases == ["loading", "thinking", "streaming", "done"]
    assert reply_requests(fake_ollama)[0]["think"] is True


def test_stop_keeps_the_partial_reply_and_closes_the_connection(
    arun: Any, fake_ollama: FakeOllama, store: ChatStore, make_session: Any
) -> None:
    fake_ollama.reply = Reply(tokens=[f"t{n} " for n in range(500)], rate=100)
    session, events = make_session()

    async def scenario() -> Any:
        task = asyncio.ensure_future(session.send("Go on"))
        await until(lambda: len(events.text) >= 9)
        session.stop()
        reply = await task
        assert not task.cancelled()
        return reply

    reply = arun(scenario())
    assert reply.state is MessageState.INTERRUPTED
    assert reply.content == events.text and reply.content.startswith("t0 t1 t2 ")
    assert len(reply.content.split()) < 500
    assert events.phases[-1] == "stopped"
    assert fake_ollama.wait_for_disconnect(timeout=5)
    assert not session.busy
    session.stop()  # idle: nothing happens
    fake_ollama.reply = Reply()
    assert arun(session.send("Again")).state is MessageState.COMPLETE


def test_stop_while_the_model_loads(arun: Any, fake_ollama: FakeOllama, make_session: Any) -> None:
    fake_ollama.reply = Reply(first_byte_delay=5)
    session, events = make_session()

    async def scenario() -> Any:
        task = asyncio.ensure_future(session.send("Hello"))
        await until(lambda: reply_requests(fake_ollama))
        session.stop()
        return await task

    reply = arun(scenario(), timeout=4)
    assert (reply.state, reply.content) == (MessageState.INTERRUPTED, "")
    assert events.phases == ["loading", "stopped"]


def test_cancelling_the_task_also_saves_the_reply(
    arun: Any, fake_ollama: FakeOllama, store: ChatStore, make_session: Any
) -> None:
    fake_ollama.reply = Reply(tokens=[f"t{n} " for n in range(500)], rate=100)
    session, events = make_session()

    async def scenario() -> bool:
        task = asyncio.ensure_future(session.send("Go on"))
        await until(lambda: events.text)
        task.cancel()  # the app closing (TaskRunner.cancel_all), not the Stop button
        with pytest.raises(asyncio.CancelledError):
            await task
        return task.cancelled()

    assert arun(scenario())
    reply = store.messages.visible_path(session.conversation_id)[-1]
    assert reply.state is MessageState.INTERRUPTED and reply.content == events.text
    assert events.phases[-1] == "stopped"


@pytest.mark.parametrize(
    ("script", "partial", "words"),
    [
        (Reply(error_after=3), "The colors are", "Ollama reported a problem"),
        (Reply(cut_after=2), "The colors", "connection to Ollama broke"),
    ],
)
def test_a_failure_mid_reply_keeps_what_arrived(
    arun: Any,
    fake_ollama: FakeOllama,
    make_session: Any,
    script: Reply,
    partial: str,
    words: str,
) -> None:
    fake_ollama.reply = script
    session, events = make_session()
    reply = arun(session.send("Colors?"))
    assert (reply.state, reply.content) == (MessageState.ERROR, partial)
    assert words in reply.error
    ended = events.of(ReplyEnded)[0]
    assert (ended.phase, ended.error) == (ReplyPhase.ERROR, reply.error)


def test_an_unknown_model_is_an_error_reply_that_retry_replaces(
    arun: Any, fake_ollama: FakeOllama, store: ChatStore, make_session: Any
) -> None:
    session, events = make_session(model="missing:1b")
    failed = arun(session.send("Hello"))
    assert (failed.state, failed.content) == (MessageState.ERROR, "")
    assert "isn't installed" in failed.error
    assert events.phases == ["loading", "error"]
    store.conversations.update(session.conversation_id, model=MODEL)
    arun(session.send("Hello again"))
    # The empty failed reply is not part of what the model sees.
    sent = reply_requests(fake_ollama)[-1]
    assert [m["content"] for m in sent["messages"]] == ["Hello", "Hello again"]


def test_no_server_gives_plain_words(
    arun: Any, qloop: Any, store: ChatStore, data_dir: Any
) -> None:
    offline = AsyncOllamaClient(OllamaClient("http://127.0.0.1:9"))
    try:
        context = AppContext(ollama=offline, data_dir=data_dir)
        conversation = store.conversations.create(model=MODEL)
        session = ChatSession(context, store, conversation.id)
        reply = arun(session.send("Anyone there?"))
    finally:
        offline.close()
    assert reply.state is MessageState.ERROR
    assert reply.error.startswith("Can't reach Ollama at http://127.0.0.1:9")


def test_one_reply_at_a_time(arun: Any, fake_ollama: FakeOllama, make_session: Any) -> None:
    fake_ollama.reply = Reply(tokens=["x"] * 300, rate=100)
    session, events = make_session()

    async def scenario() -> None:
        task = asyncio.ensure_future(session.send("First"))
        await until(lambda: session.busy)
        await until(lambda: reply_requests(fake_ollama))
        with pytest.raises(SessionBusy):
            await session.send("Second")
        with pytest.raises(SessionBusy):
            await session.delete_message(events.of(ReplyStarted)[0].reply.id)
        session.stop()
        await task

    arun(scenario())
    assert len(reply_requests(fake_ollama)) == 1


def test_nothing_to_send_or_no_model(arun: Any, make_session: Any) -> None:
    session, _ = make_session()
    with pytest.raises(SessionError, match="Write a message"):
        arun(session.send("   "))
    no_model, _ = make_session(model="")
    with pytest.raises(SessionError, match="Choose a model"):
        arun(no_model.send("Hi"))


def test_text_before_a_stall_reaches_the_disk(
    arun: Any, fake_ollama: FakeOllama, context: AppContext, store: ChatStore
) -> None:
    fake_ollama.reply = Reply(tokens=["one ", "two ", "three"], rate=5)
    now = [0.0]
    conversation = store.conversations.create(model=MODEL)
    session = ChatSession(context, store, conversation.id, clock=lambda: now[0],
                          flush_interval=0.05)  # fmt: skip

    def jump(event: object) -> None:
        if isinstance(event, ReplyDelta):
            now[0] = 10.0  # time passes after the first token, and no token comes

    session.subscribe(jump)

    async def scenario() -> str:
        task = asyncio.ensure_future(session.send("Count"))

        def saved_reply() -> Any:
            path = store.messages.visible_path(conversation.id)
            return path[-1] if len(path) == 2 else None

        await until(lambda: saved_reply() and saved_reply().content)
        saved = saved_reply()
        assert saved.state is MessageState.STREAMING
        await task
        return saved.content

    assert arun(scenario()) == "one "  # written by the timer, no further token needed
    assert store.messages.visible_path(conversation.id)[-1].content == "one two three"


@pytest.mark.logs_error  # the broken listener's failure is logged, by design
def test_listeners_can_leave_and_a_broken_one_harms_nothing(arun: Any, make_session: Any) -> None:
    session, events = make_session()
    other = Recorder()
    unsubscribe = session.subscribe(other)

    def broken(event: object) -> None:
        raise RuntimeError("listener bug")

    session.subscribe(broken)
    unsubscribe()
    unsubscribe()
    assert arun(session.send("Hi")).state is MessageState.COMPLETE
    assert events.events and not other.events
