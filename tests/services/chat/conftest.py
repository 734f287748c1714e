"""Chat session fixtures: a real database, the test server, a context, an event recorder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.ollama import AsyncOllamaClient
from desktop.services.chat import ChatEvent, ChatSession, ReplyDelta
from desktop.services.chat.events import PhaseChanged, ReplyEnded
from desktop.services.context import AppContext
from desktop.services.operations import Operations
from desktop.storage import ChatStore

MODEL = "smollm2:135m"  # what the test server has installed


class Recorder:
    """Collects a session's events."""

    def __init__(self) -> None:
        self.events: list[ChatEvent] = []

    def __call__(self, event: ChatEvent) -> None:
        self.events.append(event)

    def of(self, kind: type) -> list[Any]:
        return [event for event in self.events if isinstance(event, kind)]

    @property
    def text(self) -> str:
        return "".join(event.content for event in self.of(ReplyDelta))

    @property
    def phases(self) -> list[str]:
        phases = [event.phase.value for event in self.of(PhaseChanged)]
        return phases + [event.phase.value for event in self.of(ReplyEnded)]


@pytest.fixture
def store(data_dir: Path) -> Iterator[ChatStore]:
    chat_store = ChatStore.open(data_dir)
    yield chat_store
    chat_store.close()


@pytest.fixture
def operations(qloop: Any) -> Iterator[Operations]:
    """The storage thread the app gives every session."""
    runner = Operations()
    yield runner
    runner.close()


@pytest.fixture
def context(aclient: AsyncOllamaClient, data_dir: Path) -> AppContext:
    return AppContext(ollama=aclient, data_dir=data_dir)


@pytest.fixture
def make_session(
    context: AppContext, store: ChatStore, operations: Operations, qtbot: Any
) -> Iterator[Callable[..., tuple[ChatSession, Recorder]]]:
    sessions: list[ChatSession] = []

    def make(model: str = MODEL, **settings: Any) -> tuple[ChatSession, Recorder]:
        conversation = store.conversations.create(model=model, **settings)
        session = ChatSession(context, store, conversation.id, operations=operations)
        recorder = Recorder()
        session.subscribe(recorder)
        sessions.append(session)
        return session, recorder

    yield make
    for session in sessions:
        # A title request still on the wire when the loop closes would call back into a
        # dead loop from its worker thread: let it finish first.
        task = session.title_task
        if task is not None:
            qtbot.waitUntil(task.done, timeout=5000)
        session.close()


def reply_requests(fake: Any) -> list[dict[str, Any]]:
    """Bodies of the streamed /api/chat requests (replies), leaving out title requests."""
    return [
        request.json
        for request in list(fake.requests)
        if request.path == "/api/chat" and request.json.get("stream") is not False
    ]


def title_requests(fake: Any) -> list[dict[str, Any]]:
    return [
        request.json
        for request in list(fake.requests)
        if request.path == "/api/chat" and request.json.get("stream") is False
    ]
