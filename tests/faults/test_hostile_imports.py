"""Hostile chat files, full disks and interrupted backups: plain, specific words, and nothing
changed — never "Something unexpected went wrong" for a case Paddock knows.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from desktop.services.chat.exchange import ChatExchange
from desktop.services.operations import Operations
from desktop.storage import ChatStore
from desktop.storage.json_steps import loads_in_steps
from tests.faults.disk import free_space, limit_growth


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ChatStore]:
    chats = ChatStore.open(tmp_path / "data")
    yield chats
    chats.close()


@pytest.fixture
def operations(qloop: Any) -> Iterator[Operations]:
    runner = Operations()
    yield runner
    runner.close()


@pytest.fixture
def exchange(store: ChatStore, operations: Operations) -> ChatExchange:
    return ChatExchange(store, operations)


def _export(store: ChatStore, text: str = "Hello") -> dict[str, Any]:
    source = store.conversations.create(model="m", title="Source")
    first = store.messages.add(source.id, "user", text, parent_id=None)
    store.messages.add(source.id, "assistant", "Hi!", parent_id=first.id)
    data = store.export_json(source.id)
    store.conversations.delete(source.id)
    return data


def _import(arun: Any, exchange: ChatExchange, path: Path) -> Any:
    before = exchange.store.conversations.list()
    outcome = arun(exchange.import_file(path))
    if not outcome.ok:
        assert exchange.store.conversations.list() == before  # nothing changed
        assert "Something unexpected" not in outcome.message
    return outcome


def test_a_deeply_nested_chat_file_is_refused_in_specific_words(
    arun: Any, exchange: ChatExchange, tmp_path: Path
) -> None:
    path = tmp_path / "deep.json"
    path.write_text(
        '{"format": "paddock.conversation", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    )
    outcome = _import(arun, exchange, path)
    assert not outcome.ok
    assert "deep.json" in outcome.message and "nested too deeply" in outcome.message


@pytest.mark.parametrize("number", ["NaN", "Infinity", "1e999", "-1e999"])
def test_numbers_json_allows_but_nothing_can_store_are_refused_in_specific_words(
    arun: Any, exchange: ChatExchange, store: ChatStore, tmp_path: Path, number: str
) -> None:
    text = json.dumps(_export(store)).replace('"id": 1,', f'"id": {number},', 1)
    assert number in text
    path = tmp_path / "odd.json"
    path.write_text(text)
    outcome = _import(arun, exchange, path)
    assert not outcome.ok
    assert "odd.json" in outcome.message and "number" in outcome.message


def test_two_messages_with_one_id_are_refused_plainly_not_one_dropped(
    arun: Any, exchange: ChatExchange, store: ChatStore, tmp_path: Path
) -> None:
    data = _export(store)
    twin = dict(data["messages"][0], content="A second message with the same id")
    data["messages"].append(twin)
    path = tmp_path / "twins.json"
    path.write_text(json.dumps(data))
    outcome = _import(arun, exchange, path)
    assert not outcome.ok
    assert "same id" in outcome.message


def test_an_import_onto_a_full_database_says_nothing_was_changed(
    arun: Any, exchange: ChatExchange, store: ChatStore, operations: Operations, tmp_path: Path
) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps(_export(store, "x" * 400_000)))
    operations.wait(limit_growth, store.database)
    outcome = _import(arun, exchange, path)
    assert not outcome.ok
    assert "disk is full" in outcome.message and "Nothing was changed" in outcome.message
    operations.wait(free_space, store.database)
    assert arun(exchange.import_file(path)).ok


SLOW_BACKUP = r"""
import sys, time
from pathlib import Path
from desktop.storage import ChatStore
from desktop.storage.json_steps import loads_in_steps

store = ChatStore.open(Path(sys.argv[1]))
real = store.database.connection


class OnePageAtATime:  # the real backup, slowed down so the kill lands in the middle of it
    def __getattr__(self, name):
        return getattr(real, name)

    def backup(self, target, **_options):
        def progress(status, remaining, total):
            print("copying", flush=True)
            time.sleep(0.05)

        real.backup(target, pages=1, progress=progress)


store.database.connection = OnePageAtATime()
store.backup_to(Path(sys.argv[2]))
"""


def _kill_mid_backup(data_dir: Path, target: Path) -> None:
    store = ChatStore.open(data_dir)
    conversation = store.conversations.create(model="m", title="Big")
    for n in range(100):
        store.messages.add(conversation.id, "user", f"{n} " + "x" * 20_000, parent_id=None)
    store.close()
    copying = subprocess.Popen(
        [sys.executable, "-c", SLOW_BACKUP, str(data_dir), str(target)],
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert copying.stdout is not None
    for _ in range(5):  # a few pages are written
        assert copying.stdout.readline() == "copying\n"
    copying.kill()
    copying.wait()
    copying.stdout.close()


def test_what_a_backup_killed_mid_way_leaves_is_removed_at_the_next_start(
    tmp_path: Path,
) -> None:
    data_dir, target = tmp_path / "data", tmp_path / "elsewhere" / "chats.backup"
    _kill_mid_backup(data_dir, target)
    partial = target.with_name("chats.backup.part")
    assert partial.exists() and not target.exists()  # the half copy never took the real name
    store = ChatStore.open(data_dir)  # the next start
    store.close()
    assert list(target.parent.iterdir()) == []


def test_the_next_backup_elsewhere_removes_what_a_killed_one_left(
    store: ChatStore, tmp_path: Path
) -> None:
    # What a backup killed while this store stayed open left (no start in between).
    partial = tmp_path / "elsewhere" / "chats.backup.part"
    partial.parent.mkdir()
    partial.write_bytes(b"half a database")
    partial.with_name(partial.name + "-journal").write_bytes(b"its journal")
    (store.path.parent / "backup-in-progress").write_text(str(partial))
    store.backup_to(tmp_path / "other.backup")
    assert list(partial.parent.iterdir()) == []
    assert not (store.path.parent / "backup-in-progress").exists()
    assert (tmp_path / "other.backup").is_file()


def test_an_import_the_database_refuses_as_read_only_names_the_data_folder(
    arun: Any, exchange: ChatExchange, store: ChatStore, operations: Operations, tmp_path: Path
) -> None:
    path = tmp_path / "chat.json"
    path.write_text(json.dumps(_export(store)))
    # SQLite answers every write with SQLITE_READONLY, as in a folder that turned read-only.
    operations.wait(store.database.execute, "PRAGMA query_only = ON")
    outcome = _import(arun, exchange, path)
    assert not outcome.ok
    assert str(store.path.parent) in outcome.message and "Nothing was changed" in outcome.message


def test_a_read_only_data_folder_at_start_is_named(tmp_path: Path) -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a read-only bind mount needs root and mount")
    writable, read_only = tmp_path / "data", tmp_path / "read-only data"
    writable.mkdir()
    read_only.mkdir()
    subprocess.run(["mount", "--bind", str(writable), str(read_only)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(read_only)], check=True)
        script = (
            "import sys\n"
            "from desktop.app import create_main_window\n"
            "from desktop.services.tasks import plain_message\n"
            "try:\n"
            "    create_main_window(['--data-dir', sys.argv[1]])\n"
            "except Exception as error:\n"
            "    print(plain_message(error))\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", script, str(read_only)],
            cwd=Path(__file__).resolve().parents[2],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            check=True,
        )
    finally:
        subprocess.run(["umount", str(read_only)], check=False)
    assert str(read_only) in done.stdout, done.stdout + done.stderr


# --- a big import: off the window's thread, with progress ---------------------------------

BIG_COUNT = 20_000


def _big_chat_file(folder: Path, words: int = 10) -> Path:
    messages = [
        {
            "id": n + 1,
            "parent_id": n or None,
            "role": "user" if n % 2 == 0 else "assistant",
            "content": f"message {n} " + "lorem ipsum " * words,
        }
        for n in range(BIG_COUNT)
    ]
    data = {
        "format": "paddock.conversation",
        "format_version": 1,
        "conversation": {"title": "Big"},
        "messages": messages,
    }
    path = folder / "big.json"
    path.write_text(json.dumps(data))
    return path


def test_a_big_import_reports_progress_while_the_window_keeps_running(
    arun: Any, qtbot: Any, exchange: ChatExchange, store: ChatStore, tmp_path: Path
) -> None:
    path = _big_chat_file(tmp_path)
    loop_thread = threading.get_ident()
    ticks = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start(0)  # the window's thread: counts every pass of its event loop
    reports: list[tuple[int, int, int, int]] = []

    def progress(done: int, total: int) -> None:
        reports.append((done, total, threading.get_ident(), ticks[0]))

    try:
        outcome = arun(exchange.import_file(path, progress), timeout=120)
    finally:
        timer.stop()
    assert outcome.ok
    assert len(store.messages.all_in(outcome.conversation_id)) == BIG_COUNT
    assert len(reports) >= 10 and reports[-1][:2] == (BIG_COUNT, BIG_COUNT)
    assert [done for done, *_ in reports] == sorted(done for done, *_ in reports)
    assert {thread for _, _, thread, _ in reports} == {loop_thread}  # shown on the loop
    assert reports[-1][3] > reports[0][3]  # the window's loop ran while messages went in


@pytest.mark.parametrize(
    "text",
    [
        '{"messages": [], "conversation": {}}',
        ' {\n "a" : [ 1 , {"b": [2, [3]]} ] ,"c":"[{,}]" , "d": [] }\n',
        '[1, 2, {"x": []}]',
        '{"a": [1,]}',
        '{"a": 1,}',
        '{"a": 1} {"b": 2}',
        '{"a" 1}',
        "{",
    ],
)
def test_reading_a_chat_file_in_steps_gives_what_json_gives(text: str) -> None:
    try:
        expected: Any = json.loads(text)
    except ValueError:
        expected = ValueError
    try:
        got: Any = loads_in_steps(text, json.JSONDecoder())
    except ValueError:
        got = ValueError
    assert got == expected
