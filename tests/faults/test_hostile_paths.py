"""Backups restore from any folder name: "C# notes", "what?", "100%41" (real SQLite files).

SQLite reads a ``file:`` URI: an unquoted ``#`` starts a fragment, ``?`` a query and ``%41``
is an escape, so the backup's own path was cut short and SQLite opened (and created) some
other file beside it, then called the backup "not a Paddock backup".
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.storage import ChatStore

FOLDERS = ["C# notes", "what?", "100%41", "a%2Fb", "?mode=rw#x", "ünïcode & spaces"]
FILES = ["chats.paddock-backup", "chats #1?.paddock-backup"]
if sys.platform == "win32":  # "?" can't be in a Windows file name
    FOLDERS = [name for name in FOLDERS if "?" not in name]
    FILES = [name for name in FILES if "?" not in name]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ChatStore]:
    chat_store = ChatStore.open(tmp_path / "data")
    yield chat_store
    chat_store.close()


def files_under(folder: Path) -> set[Path]:
    return {path.relative_to(folder) for path in folder.rglob("*")}


@pytest.mark.parametrize("file_name", FILES)
@pytest.mark.parametrize("folder_name", FOLDERS)
@pytest.mark.parametrize("relative", [False, True], ids=["absolute", "relative"])
def test_backup_and_restore_from_a_strange_folder(
    store: ChatStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    folder_name: str,
    file_name: str,
    relative: bool,
) -> None:
    monkeypatch.chdir(tmp_path)  # a stray file from a relative path would land here
    kept = store.conversations.create(model="m", title="kept")
    store.messages.add(kept.id, "user", "a line worth keeping", parent_id=None)
    target = tmp_path / "backups" / folder_name / file_name
    store.backup_to(target.relative_to(tmp_path) if relative else target)
    assert target.is_file()
    store.conversations.delete(kept.id)
    store.conversations.create(model="m", title="written after the backup")
    before = files_under(tmp_path)

    store.restore_from(target.relative_to(tmp_path) if relative else target)

    assert [c.title for c in store.conversations.list()] == ["kept"]
    assert store.search("worth keeping")[0].conversation_id == kept.id
    assert files_under(tmp_path) == before  # no "C", "what", "100A" or "x" beside the folder
