"""``kill -9`` at any moment and a damaged chat file at start.

Real processes are killed with SIGKILL in the middle of writing to a real SQLite file; then the
file is opened the way the app opens it, and the app itself starts on the folder: nothing that
was saved is lost, a reply cut short is there marked as stopped, and the chat goes on. A chat
file that is not a database at all is named in plain words, left exactly as it was (it may be
restorable), and Paddock starts anyway.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from desktop.app import create_main_window
from desktop.storage import ChatStore, MessageState
from desktop.storage.database import DATABASE_FILE
from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import finished, send

ROOT = Path(__file__).resolve().parents[2]
LIMIT_MS = 30_000  # only stops a test that would otherwise hang
needs_sigkill = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def child(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"},
    )


def kill_9(process: subprocess.Popen[str]) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def streamed_so_far(database: Path) -> str:
    """The reply text the writer has saved, read without disturbing it ("" before any)."""
    if not database.exists():
        return ""
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1)
        try:
            row = connection.execute(
                "SELECT content FROM messages WHERE role = 'assistant'"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:  # the schema is still being created
        return ""
    return row[0] if row and row[0] else ""


@needs_sigkill
def test_after_kill_9_mid_reply_paddock_starts_shows_the_partial_reply_and_goes_on(
    qtbot: Any, qloop: Any, fake_ollama: FakeOllama, data_dir: Path
) -> None:
    fake_ollama.reply = Reply(tokens=[f"word{n} " for n in range(3000)], rate=40)
    writer = child("tests.storage.kill_child", str(data_dir), fake_ollama.url)
    try:
        database = data_dir / DATABASE_FILE
        qtbot.waitUntil(
            lambda: (
                streamed_so_far(database).startswith("word0 word1 ") or writer.poll() is not None
            ),
            timeout=LIMIT_MS,
        )
        assert writer.poll() is None, writer.communicate()
        kill_9(writer)
    finally:
        if writer.poll() is None:
            writer.kill()
        writer.communicate()
    on_disk = streamed_so_far(database)

    window = create_main_window(["--server", fake_ollama.url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    tab = window.chat_tab
    store = window.context.chat_store
    assert store is not None and store.integrity_ok()
    (conversation,) = [c for c in store.conversations.list() if store.messages.count(c.id)]
    assert finished(qtbot, tab.open_conversation(conversation.id), timeout=LIMIT_MS)
    user, reply = store.messages.visible_path(conversation.id)
    assert user.content == "Tell me a very long story."
    assert (reply.state, reply.content) == (MessageState.INTERRUPTED, on_disk)
    assert len(reply.content.split()) < 3000  # it really was cut short
    widget = tab.transcript.widget_for(reply.id)
    assert widget is not None
    assert widget.body.plain_text().startswith("word0 word1 ")
    assert widget.note.isVisible() and "Stopped before" in widget.note.text()

    fake_ollama.reply = Reply(tokens=["Carry on."])
    assert send(qtbot, tab, "Go on", timeout=LIMIT_MS).content == "Carry on."
    window.close()


@needs_sigkill
def test_kill_9_between_any_two_writes_loses_nothing_that_was_saved(
    qtbot: Any, data_dir: Path
) -> None:
    writer = child("tests.faults.kill_writer", str(data_dir))
    saved: list[tuple[int, int]] = []
    try:
        assert writer.stdout is not None
        while len(saved) < 40:  # each line is printed after its writes returned
            line = writer.stdout.readline()
            assert line, writer.communicate()
            _, conversation, reply = line.split()
            saved.append((int(conversation), int(reply)))
        kill_9(writer)  # most likely inside the next chat's writes
    finally:
        if writer.poll() is None:
            writer.kill()
        writer.communicate()

    store = ChatStore.open(data_dir)
    try:
        assert store.integrity_ok()
        for number, (conversation_id, reply_id) in enumerate(saved):
            conversation = store.conversations.get(conversation_id)
            assert conversation is not None and conversation.title == f"chat {number}"
            user, reply = store.messages.visible_path(conversation_id)
            assert user.content == f"question {number}"
            assert reply.id == reply_id and reply.content == f"answer {number} " * 50
        # A chat the kill caught half-written holds whole messages only, never half of one.
        for conversation in store.conversations.list():
            for message in store.messages.visible_path(conversation.id):
                number = message.content.split()[1]
                assert message.content in (f"question {number}", f"answer {number} " * 50)
    finally:
        store.close()


GARBAGE = b"\x00\xffnot a database at all\x13\x37" * 400
SQLITE_HEADER_THEN_GARBAGE = b"SQLite format 3\x00" + b"\xa5" * 8192


@pytest.mark.logs_error  # the damaged file is logged as an error, and the app goes on
@pytest.mark.parametrize("damage", [GARBAGE, SQLITE_HEADER_THEN_GARBAGE], ids=["bytes", "header"])
def test_a_damaged_chat_file_at_start_is_named_kept_as_it_was_and_paddock_starts(
    qtbot: Any, qloop: Any, fake_ollama: FakeOllama, data_dir: Path, damage: bytes
) -> None:
    database = data_dir / DATABASE_FILE
    database.write_bytes(damage)
    window = create_main_window(["--server", fake_ollama.url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    assert window.context.chat_store is None
    problem = window.chat_tab.findChild(QLabel, "chatStorageProblem")
    assert problem is not None and problem.isVisible()
    text = problem.text()
    assert "damaged" in text and str(database) in text
    for raw in ("sqlite", "DatabaseError", "Traceback", "file is not a database"):
        assert raw not in text
    # The rest of Paddock works: the server is checked and the models are listed.
    qtbot.waitUntil(lambda: window.status_widget.text.startswith("Connected"), timeout=LIMIT_MS)
    window.close()
    assert database.read_bytes() == damage  # kept exactly as it was, for a restore
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith(DATABASE_FILE)) == [
        DATABASE_FILE
    ]


def test_a_damaged_chat_file_does_not_stop_the_real_app_from_starting(data_dir: Path) -> None:
    database = data_dir / DATABASE_FILE
    database.write_bytes(GARBAGE)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--self-check",
            "--data-dir",
            str(data_dir),
            "--server",
            "127.0.0.1:9",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=LIMIT_MS / 1000,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"},
    )
    assert result.returncode == 0, result.stderr
    assert "self-check passed" in result.stdout
    assert "Traceback" not in result.stderr
    assert database.read_bytes() == GARBAGE
