"""``kill -9`` mid-reply: the partial reply is on disk, marked interrupted, the file intact.

A real child process streams a reply from the test server into the database; the parent
watches the file with a read-only connection of its own, kills the child with SIGKILL once
part of the reply is saved, then opens the database the way the app does.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.storage import ChatStore, MessageState
from desktop.storage.database import DATABASE_FILE
from tests.fake_ollama import FakeOllama, Reply

ROOT = Path(__file__).resolve().parents[2]
DEADLINE = 20.0


def _saved_reply(path: Path) -> tuple[str, str] | None:
    """(content, state) of the assistant message, read without disturbing the writer."""
    if not path.exists():
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            row = connection.execute(
                "SELECT content, state FROM messages WHERE role = 'assistant'"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:  # the schema is still being created
        return None
    return (row[0], row[1]) if row else None


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_9_mid_reply_keeps_the_partial_reply(fake_ollama: FakeOllama, tmp_path: Path) -> None:
    fake_ollama.reply = Reply(tokens=[f"word{n} " for n in range(2000)], rate=40)
    data_dir = tmp_path / "data"
    database = data_dir / DATABASE_FILE
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.kill_child", str(data_dir), fake_ollama.url],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + DEADLINE
        saved = None
        while time.monotonic() < deadline and child.poll() is None:
            saved = _saved_reply(database)
            if saved and saved[0]:
                break
            time.sleep(0.05)  # polling the file, not waiting for a fixed time
        assert child.poll() is None, child.communicate()
        assert saved and saved[0].startswith("word0 word1 "), saved
        assert saved[1] == "streaming"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        assert child.returncode == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    partial = _saved_reply(database)
    assert partial is not None and partial[0].startswith(saved[0])

    store = ChatStore.open(data_dir)
    try:
        assert store.integrity_ok()
        conversation = store.conversations.list()[0]
        path = store.messages.visible_path(conversation.id)
        assert [m.role for m in path] == ["user", "assistant"]
        assert path[0].content == "Tell me a very long story."
        assert path[1].state is MessageState.INTERRUPTED
        assert path[1].content == partial[0]
        assert len(path[1].content.split()) < 2000  # it really was cut short
    finally:
        store.close()
