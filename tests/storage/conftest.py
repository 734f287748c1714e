"""Storage fixtures: a real database file in a fresh data folder, with a settable clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.storage import ChatStore


class Clock:
    """A wall clock the test moves by hand (``now`` for stored times)."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.value = start

    def __call__(self) -> float:
        return self.value

    def advance(self, seconds: float) -> None:
        self.value += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[ChatStore]:
    chat_store = ChatStore.open(tmp_path / "data", now=clock)
    yield chat_store
    chat_store.close()
