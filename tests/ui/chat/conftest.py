"""A Chat tab on the test server, with a real database, ready for a test to drive."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.app import build_context
from desktop.ollama import AsyncOllamaClient
from desktop.services.context import AppContext
from desktop.services.qt_adapters import InstalledModelsSource
from desktop.storage import ChatStore, Message
from desktop.ui.chat.tab import ChatTab
from tests.fake_ollama import FakeOllama

MODEL = "smollm2:135m"
MODELS = {
    "qwen3:0.6b": ("completion", "thinking", "tools"),
    "llava:7b": ("completion", "vision"),
    "nomic-embed-text:latest": ("embedding",),
}


@pytest.fixture
def contexts(qloop: Any, aclient: AsyncOllamaClient, data_dir: Path) -> Iterator[list[AppContext]]:
    """Every context the test built (one per "start" of the app), closed at its end."""
    built = [build_context(aclient, data_dir)]
    yield built
    for context in built:
        context.close()


@pytest.fixture
def context(contexts: list[AppContext]) -> AppContext:
    """The services of the first tab a test makes (as the composition root builds them)."""
    return contexts[0]


@pytest.fixture
def installed(context: AppContext) -> InstalledModelsSource:
    assert context.installed_models is not None
    return context.installed_models


@pytest.fixture
def make_tab(
    qtbot: Any, qloop: Any, contexts: list[AppContext], aclient: AsyncOllamaClient, data_dir: Path
) -> Any:
    made: list[ChatTab] = []

    def close(tab: ChatTab) -> None:
        """Before pytest-qt closes the tab: let title requests end, then shut down."""
        for adapter in list(tab.adapters.values()):
            title = adapter.session.title_task
            if title is not None:
                qtbot.waitUntil(title.done, timeout=5000)
        tab.shutdown()
        tab.context.close(after=tab.unfinished_replies)

    def make(*, wait_for_models: bool = True, **kwargs: Any) -> ChatTab:
        """A Chat tab; a second one is the app started again (its own services)."""
        kwargs.setdefault("default_model", MODEL)
        if made:
            contexts.append(build_context(aclient, data_dir))
        context = contexts[-1]
        installed = context.installed_models
        assert installed is not None
        tab = ChatTab(context, **kwargs)
        made.append(tab)
        qtbot.addWidget(tab, before_close_func=close)
        tab.resize(1100, 760)
        tab.show()
        if wait_for_models:
            task = installed.refresh_soon()
            qtbot.waitUntil(task.done, timeout=5000)
            qtbot.waitUntil(lambda: tab.model_picker.count() > 0, timeout=5000)
        return tab

    return make


@pytest.fixture
def tab(make_tab: Any, fake_ollama: FakeOllama) -> ChatTab:
    for name, capabilities in MODELS.items():
        fake_ollama.add_model(name, capabilities=capabilities)
    return make_tab()


def send(qtbot: Any, tab: ChatTab, text: str, timeout: int = 10_000) -> Message:
    """Type and press Send; wait for the reply to end; the stored reply."""
    tab.composer.set_text(text)
    qtbot.mouseClick(tab.composer.send_button, qtbot_left())
    return wait_reply(qtbot, tab, timeout)


def wait_reply(qtbot: Any, tab: ChatTab, timeout: int = 10_000) -> Message:
    assert tab.conversation is not None
    adapter = tab.adapters[tab.conversation.id]
    assert adapter.task is not None
    qtbot.waitUntil(adapter.task.done, timeout=timeout)
    # The ended reply is measured and placed on the loop's next pass (before it is painted);
    # until then its buttons have no height and a click would land nowhere.
    qtbot.waitUntil(lambda: not tab.transcript.relayout_pending, timeout=timeout)
    store = tab.store
    assert store is not None
    return store.messages.visible_path(tab.conversation.id)[-1]


def finished(qtbot: Any, task: Any, timeout: int = 5000) -> Any:
    """Wait for background work the tab started (export, import, backup…); its result."""
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


def qtbot_left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def open_store(data_dir: Path) -> ChatStore:
    return ChatStore.open(data_dir)
