"""Two Paddocks on one data folder: the second one must never touch the first one's chats.

A second start once tidied away the first one's new, still empty chat; every later message
typed there failed with "This chat no longer exists" and was lost. Now one Paddock holds the
folder: a later start brings its window forward (or says who holds the folder) and exits, a
lock left by a killed Paddock does not block the next start, and pruning empty chats never
takes one made since the store was opened.

These tests start the real app (``python -m desktop``) in subprocesses on a real folder.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from desktop.storage import ChatStore
from desktop.ui.single_instance import LOCK_FILE
from tests.fake_ollama import FakeOllama
from tests.storage.conftest import Clock

LIMIT = 60.0  # seconds: only stops a test that would otherwise hang


def paddock(*args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", *args]


def environment() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"}


def wait_for(condition: Callable[[], object], why: str) -> None:
    """Poll ``condition`` until it is true (the limit only stops a hang)."""
    deadline = time.monotonic() + LIMIT
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"never happened: {why}")
        time.sleep(0.02)


def conversation_ids(data_dir: Path) -> list[int]:
    """The chats in the folder's database, read by a separate read-only connection."""
    database = data_dir / "paddock.db"
    if not database.exists():
        return []
    try:
        with contextlib.closing(
            sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
        ) as connection:
            return [row[0] for row in connection.execute("SELECT id FROM conversations")]
    except sqlite3.OperationalError:  # the schema is not there yet
        return []


@pytest.fixture
def running(data_dir: Path, fake_ollama: FakeOllama) -> Iterator[subprocess.Popen[str]]:
    """A Paddock on ``data_dir``, up with its first (empty, new) chat saved."""
    first = subprocess.Popen(
        paddock("--data-dir", str(data_dir), "--server", fake_ollama.url),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(),
    )
    try:
        wait_for(
            lambda: conversation_ids(data_dir) or first.poll() is not None,
            "the first Paddock saved its new chat",
        )
        assert first.poll() is None, first.communicate()
        yield first
    finally:
        if first.poll() is None:
            first.kill()
        first.communicate()


def test_a_second_start_brings_the_first_forward_and_leaves_its_chat(
    running: subprocess.Popen[str], data_dir: Path, fake_ollama: FakeOllama
) -> None:
    chats = conversation_ids(data_dir)
    second = subprocess.Popen(
        paddock("--data-dir", str(data_dir), "--server", fake_ollama.url),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(),
    )
    try:
        output, errors = second.communicate(timeout=LIMIT)
    except subprocess.TimeoutExpired:
        second.kill()
        second.communicate()
        pytest.fail("the second Paddock kept running on the first one's folder")
    assert second.returncode == 0, errors
    assert "already open with this folder" in output and str(data_dir) in output
    log = data_dir / "logs" / "paddock.log"
    wait_for(
        lambda: "another start on this folder asked for the window" in log.read_text(),
        "the first Paddock heard the second start",
    )
    assert running.poll() is None  # the first one goes on
    assert conversation_ids(data_dir) == chats  # and its new, empty chat is still there


def test_a_second_start_says_who_holds_the_folder_when_it_cannot_ask(data_dir: Path) -> None:
    (data_dir / "logs").mkdir()
    holder = QLockFile(str(data_dir / LOCK_FILE))  # held, but nobody answers on the socket
    holder.setStaleLockTime(0)
    assert holder.tryLock(0)
    try:
        before = sorted((path.name, path.stat().st_mtime_ns) for path in data_dir.rglob("*"))
        result = subprocess.run(
            paddock("--data-dir", str(data_dir), "--server", "127.0.0.1:9"),
            capture_output=True,
            text=True,
            timeout=LIMIT,
            env=environment(),
        )
        after = sorted((path.name, path.stat().st_mtime_ns) for path in data_dir.rglob("*"))
    finally:
        holder.unlock()
    assert result.returncode == 1
    assert f"Another Paddock is already using this folder: {data_dir}" in result.stderr
    assert "Traceback" not in result.stderr
    assert after == before  # no database, settings or log was created or written


def test_a_killed_paddock_does_not_block_the_next_start(
    running: subprocess.Popen[str], data_dir: Path
) -> None:
    running.kill()  # SIGKILL: no clean-up at all
    running.wait()
    assert (data_dir / LOCK_FILE).exists()  # its lock is left behind
    result = subprocess.run(
        paddock("--self-check", "--data-dir", str(data_dir), "--server", "127.0.0.1:9"),
        capture_output=True,
        text=True,
        timeout=LIMIT,
        env=environment(),
    )
    assert result.returncode == 0, result.stderr
    assert "self-check passed" in result.stdout


def test_pruning_never_takes_a_chat_made_since_the_store_opened(tmp_path: Path) -> None:
    clock = Clock()
    earlier_run = ChatStore.open(tmp_path, now=clock)
    left_empty = earlier_run.conversations.create(model="m")
    earlier_run.close()
    clock.advance(60)
    store = ChatStore.open(tmp_path, now=clock)
    other_app = ChatStore.open(tmp_path, now=clock)  # a second connection to the same file
    try:
        clock.advance(5)
        other_apps_new_chat = other_app.conversations.create(model="m")
        this_runs_new_chat = store.conversations.create(model="m")
        clock.advance(5)
        assert store.conversations.prune_empty() == 1  # only the earlier run's empty chat
        kept = {conversation.id for conversation in store.conversations.list()}
        assert kept == {other_apps_new_chat.id, this_runs_new_chat.id}
        assert left_empty.id not in kept
    finally:
        other_app.close()
        store.close()


def test_pruning_never_takes_a_chat_this_run_made_even_when_the_clock_goes_back(
    tmp_path: Path,
) -> None:
    clock = Clock()
    store = ChatStore.open(tmp_path, now=clock)
    try:
        clock.advance(-3600)  # the system clock was set back an hour
        made_now = store.conversations.create(model="m")
        assert store.conversations.prune_empty() == 0
        assert store.conversations.get(made_now.id) is not None
    finally:
        store.close()
