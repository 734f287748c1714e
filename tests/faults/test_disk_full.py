"""A full disk: nothing already saved is lost, the user reads what happened in plain words, and
Paddock goes on working (and saves what it kept in memory) once there is room again.

Each fault is made twice where possible: with SQLite's own size limit (``max_page_count``: real
SQLite answering ``SQLITE_FULL``, on any machine) and with a real 2 MB tmpfs (root on Linux;
skipped with the reason elsewhere).
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.ollama import AsyncOllamaClient
from desktop.services.chat import ChatSession, ReplyDelta, ReplyEnded, ReplyPhase, SaveFailed
from desktop.services.context import AppContext
from desktop.services.operations import Operations
from desktop.storage import ChatStore, ImportFailed, Message, MessageState, StorageFull
from desktop.ui.chat.tab import ChatTab
from tests.conditions import until
from tests.fake_ollama import FakeOllama, Reply
from tests.faults.disk import fill, free_space, limit_growth, small_disk
from tests.services.chat.conftest import reply_requests
from tests.ui.chat.conftest import finished, send


def _export_with_a_big_message(store: ChatStore, size: int) -> dict[str, Any]:
    source = store.conversations.create(model="m", title="Big one")
    store.messages.add(source.id, "user", "x" * size, parent_id=None)
    data = store.export_json(source.id)
    store.conversations.delete(source.id)
    return data


def _assert_import_refused_in_plain_words(store: ChatStore, data: dict[str, Any]) -> None:
    before = [c.id for c in store.conversations.list()]
    with pytest.raises(ImportFailed) as raised:
        store.import_json(data)
    message = raised.value.message
    assert "disk is full" in message and "Nothing was changed" in message
    assert isinstance(raised.value.__cause__, StorageFull)
    assert not store.database.connection.in_transaction
    assert [c.id for c in store.conversations.list()] == before
    assert store.integrity_ok()


def test_importing_into_a_full_database_says_so_and_changes_nothing(tmp_path: Path) -> None:
    store = ChatStore.open(tmp_path / "data")
    try:
        data = _export_with_a_big_message(store, 300_000)
        limit_growth(store.database)
        _assert_import_refused_in_plain_words(store, data)
        free_space(store.database)
        imported = store.import_json(data)
        assert store.messages.visible_path(imported)[0].content == "x" * 300_000
    finally:
        store.close()


def test_importing_onto_a_full_disk_says_so_and_changes_nothing(tmp_path: Path) -> None:
    with small_disk(tmp_path / "small") as disk:
        store = ChatStore.open(disk / "data")
        try:
            store.conversations.create(model="m", title="Kept")
            # Bigger than the disk: SQLite spills it to the file mid-way, fails, and ends the
            # transaction by itself (the case that used to report "cannot rollback").
            message = {"id": 1, "parent_id": None, "role": "user", "content": "y" * 2_500_000}
            image = base64.b64encode(os.urandom(1000)).decode("ascii")
            message["attachments"] = [{"mime_type": "image/png", "data": image}]
            data = {
                "format": "paddock.conversation",
                "format_version": 1,
                "conversation": {"title": "Too big"},
                "messages": [message],
            }
            _assert_import_refused_in_plain_words(store, data)
            assert [c.title for c in store.conversations.list()] == ["Kept"]
        finally:
            store.close()


# --- a reply streaming when the disk fills up ----------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
MODEL = "smollm2:135m"
WORD = "lorem ipsum dolor sit amet " * 40  # ~1 KB a token: the file must grow to save them
DISK_FULL = "The disk is full"
LONG_MESSAGE = "Are you there? " * 5000  # needs new pages: refused while the disk is full


class ManualClock:
    """The session's clock, moved by the test: saves happen when the test says."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def operations(qloop: Any) -> Iterator[Operations]:
    runner = Operations()
    yield runner
    runner.close()


def _session(
    aclient: AsyncOllamaClient, store: ChatStore, operations: Operations, **settings: Any
) -> tuple[ChatSession, list[Any]]:
    app_context = AppContext(ollama=aclient, data_dir=store.path.parent)
    conversation = store.conversations.create(model=MODEL)
    settings.setdefault("flush_interval", 0)
    session = ChatSession(app_context, store, conversation.id, operations=operations, **settings)
    events: list[Any] = []
    session.subscribe(events.append)
    return session, events


def _stored_reply(store: ChatStore, operations: Operations, conversation_id: int) -> Message:
    path = operations.wait(store.messages.visible_path, conversation_id)
    assert path[-1].role == "assistant"
    return path[-1]


def _states_after_restart(data_dir: Path) -> list[tuple[str, str]]:
    """Open the data folder in a new process, as the next start of the app does."""
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from desktop.storage import ChatStore\n"
        "store = ChatStore.open(Path(sys.argv[1]))\n"
        "rows = store.database.query("
        '"SELECT role, state FROM messages ORDER BY id")\n'
        "store.close()\n"
        "print(json.dumps([list(row) for row in rows]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return [tuple(row) for row in json.loads(done.stdout)]


def _stream_until_full(
    arun: Any,
    fake_ollama: FakeOllama,
    session: ChatSession,
    events: list[Any],
    make_full: Callable[[], None],
) -> Message:
    """Send, let part of the reply reach the disk, fill the disk; the reply as ended."""
    fake_ollama.reply = Reply(tokens=[f"{n} {WORD}" for n in range(3000)], rate=200)

    async def scenario() -> Message:
        task = asyncio.ensure_future(session.send("Tell me a long story."))
        await until(lambda: any(isinstance(e, ReplyDelta) for e in events), timeout=10)
        await until(lambda: session.live is not None and session.live.writer.flushes >= 2)
        make_full()
        return await asyncio.wait_for(task, timeout=20)

    return arun(scenario(), timeout=30)


def _assert_stopped_in_plain_words(
    reply: Message, events: list[Any], session: ChatSession, fake_ollama: FakeOllama
) -> None:
    failures = [e for e in events if isinstance(e, SaveFailed)]
    assert len(failures) == 1 and failures[0].message.startswith(DISK_FULL)
    assert "nothing written so far is lost" in failures[0].message
    ended = [e for e in events if isinstance(e, ReplyEnded)]
    assert len(ended) == 1 and ended[0].phase is ReplyPhase.STOPPED
    assert reply.state is MessageState.INTERRUPTED  # in memory, with all the text that came
    assert reply.content.startswith("0 lorem") and len(reply.content) > 2 * len(WORD)
    assert not session.busy
    assert fake_ollama.wait_for_disconnect(timeout=5)  # the stream was stopped
    assert fake_ollama.active_streams == 0 or fake_ollama.wait_for_disconnect(timeout=5)


def test_a_full_database_mid_reply_stops_it_keeps_the_text_and_saves_it_later(
    arun: Any,
    qtbot: Any,
    fake_ollama: FakeOllama,
    aclient: AsyncOllamaClient,
    operations: Operations,
    data_dir: Path,
) -> None:
    store = ChatStore.open(data_dir)
    session, events = _session(aclient, store, operations, retry_interval=0.05)
    reply = _stream_until_full(
        arun,
        fake_ollama,
        session,
        events,
        lambda: operations.wait(limit_growth, store.database),
    )
    _assert_stopped_in_plain_words(reply, events, session, fake_ollama)
    saved = _stored_reply(store, operations, session.conversation_id)
    assert reply.content.startswith(saved.content) and len(saved.content) < len(reply.content)
    assert saved.state is MessageState.STREAMING  # the end could not be written either
    assert reply.id in store.pending

    # Still full: a new message is refused in plain words and nothing is sent.
    requests_before = len(fake_ollama.requests)
    with pytest.raises(StorageFull, match=DISK_FULL):
        arun(session.send(LONG_MESSAGE))
    assert len(fake_ollama.requests) == requests_before
    assert not session.busy

    # It keeps trying while the disk is full; with room again, the periodic retry saves
    # every word that was kept in memory.
    tries = store.pending.failed_retries
    qtbot.waitUntil(lambda: store.pending.failed_retries >= tries + 2, timeout=5000)
    operations.wait(free_space, store.database)
    qtbot.waitUntil(lambda: reply.id not in store.pending, timeout=5000)
    saved = _stored_reply(store, operations, session.conversation_id)
    assert (saved.content, saved.state) == (reply.content, MessageState.INTERRUPTED)

    # And chatting goes on.
    fake_ollama.reply = Reply(tokens=["Still", " here."])
    answer = arun(session.send("Are you there?"))
    assert (answer.content, answer.state) == ("Still here.", MessageState.COMPLETE)
    session.close()
    operations.wait(store.close)


def test_the_next_write_saves_what_a_full_disk_refused(
    arun: Any,
    fake_ollama: FakeOllama,
    aclient: AsyncOllamaClient,
    operations: Operations,
    data_dir: Path,
) -> None:
    store = ChatStore.open(data_dir)
    session, events = _session(aclient, store, operations, retry_interval=3600)
    reply = _stream_until_full(
        arun,
        fake_ollama,
        session,
        events,
        lambda: operations.wait(limit_growth, store.database),
    )
    assert reply.id in store.pending
    operations.wait(free_space, store.database)
    fake_ollama.reply = Reply(tokens=["Next."])
    arun(session.regenerate(reply.id))  # any write retries the refused save first
    assert reply.id not in store.pending
    versions = operations.wait(store.messages.get, reply.id)
    assert (versions.content, versions.state) == (reply.content, MessageState.INTERRUPTED)
    session.close()
    operations.wait(store.close)


def test_closing_on_a_full_database_is_clean_and_keeps_what_was_saved(
    arun: Any,
    fake_ollama: FakeOllama,
    aclient: AsyncOllamaClient,
    operations: Operations,
    data_dir: Path,
) -> None:
    store = ChatStore.open(data_dir)
    clock = ManualClock()
    session, events = _session(aclient, store, operations, clock=clock, flush_interval=1.0)
    fake_ollama.reply = Reply(tokens=[f"{n} {WORD}" for n in range(3000)], rate=200)

    async def scenario() -> str:
        task = asyncio.ensure_future(session.send("Tell me a long story."))
        await until(lambda: session.live is not None and session.live.content)
        clock.now += 1.0  # a save is due: the next run of tokens is written
        live = session.live
        assert live is not None
        await until(lambda: live.writer.flushes >= 1)
        # Much more text arrives, not yet saved; the disk fills up; the app closes.
        await until(lambda: len(live.content) > 50 * len(WORD))
        operations.wait(limit_growth, store.database)
        session.close()  # the close path: saves now, waiting for the storage thread
        await task
        return live.content

    held = arun(scenario(), timeout=30)
    assert not [e for e in events if isinstance(e, (ReplyEnded, SaveFailed))]  # closed quietly
    assert len(store.pending) == 1  # the whole text, kept for a retry
    saved = _stored_reply(store, operations, session.conversation_id)
    assert held.startswith(saved.content) and len(saved.content) < len(held)
    assert saved.state is MessageState.STREAMING  # nothing more could be written
    operations.wait(store.close)  # tries once more, logs, closes: no exception
    assert _states_after_restart(data_dir) == [("user", "complete"), ("assistant", "interrupted")]


def test_a_real_full_disk_mid_reply_stops_it_and_every_word_is_saved_when_space_returns(
    arun: Any,
    qtbot: Any,
    fake_ollama: FakeOllama,
    aclient: AsyncOllamaClient,
    operations: Operations,
    tmp_path: Path,
) -> None:
    with small_disk(tmp_path / "small") as disk:
        data_dir = disk / "data"
        store = ChatStore.open(data_dir)
        session, events = _session(aclient, store, operations, retry_interval=0.05)
        fillers: list[Path] = []
        reply = _stream_until_full(
            arun, fake_ollama, session, events, lambda: fillers.append(fill(disk))
        )
        _assert_stopped_in_plain_words(reply, events, session, fake_ollama)
        assert reply.id in store.pending
        saved = _stored_reply(store, operations, session.conversation_id)
        assert reply.content.startswith(saved.content) and len(saved.content) < len(reply.content)

        fillers[0].unlink()  # room again
        qtbot.waitUntil(lambda: reply.id not in store.pending, timeout=5000)
        saved = _stored_reply(store, operations, session.conversation_id)
        assert (saved.content, saved.state) == (reply.content, MessageState.INTERRUPTED)
        session.close()
        operations.wait(store.close)
        states = _states_after_restart(data_dir)
        assert states == [("user", "complete"), ("assistant", "interrupted")]


def test_closing_on_a_real_full_disk_is_clean_and_the_next_start_marks_the_reply_interrupted(
    arun: Any,
    fake_ollama: FakeOllama,
    aclient: AsyncOllamaClient,
    operations: Operations,
    tmp_path: Path,
) -> None:
    with small_disk(tmp_path / "small") as disk:
        data_dir = disk / "data"
        store = ChatStore.open(data_dir)
        session, _ = _session(aclient, store, operations)
        fake_ollama.reply = Reply(tokens=[f"{n} {WORD}" for n in range(3000)], rate=200)
        fillers: list[Path] = []

        async def scenario() -> None:
            task = asyncio.ensure_future(session.send("Tell me a long story."))
            await until(lambda: session.live is not None and session.live.writer.flushes >= 2)
            fillers.append(fill(disk))
            session.close()  # nothing raises, though nothing more can be written
            await task

        arun(scenario(), timeout=30)
        operations.wait(store.close)
        fillers[0].unlink()
        states = _states_after_restart(data_dir)
        assert states == [("user", "complete"), ("assistant", "interrupted")]


# --- the Chat tab -----------------------------------------------------------------------------


def test_a_message_the_full_disk_refuses_stays_in_the_composer(
    qtbot: Any, tab: ChatTab, fake_ollama: FakeOllama
) -> None:
    assert tab.store is not None
    limit_growth(tab.store.database)
    tab.composer.set_text(LONG_MESSAGE)
    qtbot.mouseClick(tab.composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.notice.isVisible() and DISK_FULL in tab.notice.text())
    qtbot.waitUntil(lambda: tab.composer.text == LONG_MESSAGE)  # nothing the user wrote is lost
    assert reply_requests(fake_ollama) == []
    assert tab.conversation is not None and not tab.adapters[tab.conversation.id].busy

    free_space(tab.store.database)
    fake_ollama.reply = Reply(tokens=["Yes."])
    reply = send(qtbot, tab, "Are you there?")
    assert (reply.content, reply.state) == ("Yes.", MessageState.COMPLETE)


def test_a_reply_the_full_disk_refuses_ends_with_a_plain_notice_and_the_tab_goes_on(
    qtbot: Any, tab: ChatTab, fake_ollama: FakeOllama
) -> None:
    assert tab.store is not None
    store = tab.store
    fake_ollama.reply = Reply(tokens=[f"{n} {WORD}" for n in range(3000)], rate=200)
    tab.composer.set_text("Tell me a long story.")
    qtbot.mouseClick(tab.composer.send_button, Qt.MouseButton.LeftButton)
    assert tab.conversation is not None
    adapter = tab.adapters[tab.conversation.id]
    qtbot.waitUntil(lambda: adapter.session.live is not None, timeout=5000)
    live = adapter.session.live
    assert live is not None
    qtbot.waitUntil(lambda: live.writer.flushes >= 1, timeout=5000)
    limit_growth(store.database)
    qtbot.waitUntil(lambda: not adapter.busy, timeout=10_000)  # it ends: Send is back
    assert DISK_FULL in tab.notice.text() and tab.notice.isVisible()
    assert "unexpected" not in tab.notice.text()
    shown = tab.transcript.messages[-1]
    assert shown.state is MessageState.INTERRUPTED and shown.content == live.content

    free_space(store.database)
    finished(qtbot, tab.new_chat())
    fake_ollama.reply = Reply(tokens=["Fine."])
    reply = send(qtbot, tab, "Another chat")
    assert reply.state is MessageState.COMPLETE


def test_closing_the_tab_on_a_full_disk_is_clean_and_the_next_start_finds_the_reply_ended(
    qtbot: Any, tab: ChatTab, fake_ollama: FakeOllama, data_dir: Path
) -> None:
    assert tab.store is not None
    store = tab.store
    fake_ollama.reply = Reply(tokens=[f"{n} {WORD}" for n in range(3000)], rate=200)
    tab.composer.set_text("Tell me a long story.")
    qtbot.mouseClick(tab.composer.send_button, Qt.MouseButton.LeftButton)
    assert tab.conversation is not None
    adapter = tab.adapters[tab.conversation.id]
    qtbot.waitUntil(lambda: adapter.session.live is not None, timeout=5000)
    live = adapter.session.live
    assert live is not None
    qtbot.waitUntil(lambda: live.writer.flushes >= 1 and len(live.content) > 50 * len(WORD))
    limit_growth(store.database)
    task = adapter.task
    tab.shutdown()  # the window closing: nothing may raise
    assert task is not None
    qtbot.waitUntil(task.done, timeout=5000)
    assert _states_after_restart(data_dir) == [("user", "complete"), ("assistant", "interrupted")]


def test_opening_the_chats_on_a_full_disk_says_so_and_loses_nothing(tmp_path: Path) -> None:
    with small_disk(tmp_path / "small") as disk:
        data_dir = disk / "data"
        store = ChatStore.open(data_dir)
        conversation = store.conversations.create(model=MODEL)
        user = store.messages.add(conversation.id, "user", "q", parent_id=None)
        reply = store.messages.add(
            conversation.id, "assistant", "partial", parent_id=user.id, state=MessageState.STREAMING
        )
        store.close()  # as if the app had died mid-reply: the reply is still "streaming"
        filler = fill(disk)
        with pytest.raises(StorageFull) as raised:
            ChatStore.open(data_dir)
        assert "disk is full" in raised.value.message and "Nothing in them is lost" in (
            raised.value.message
        )
        filler.unlink()
        store = ChatStore.open(data_dir)
        try:
            kept = store.messages.get(reply.id)
            assert kept is not None
            assert (kept.content, kept.state) == ("partial", MessageState.INTERRUPTED)
        finally:
            store.close()
