"""A Models tab on the test server, built the way the main window builds it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.app import build_context
from desktop.ollama import AsyncOllamaClient
from desktop.services.context import AppContext
from desktop.ui.models.tab import ModelsTab
from tests.fake_ollama import FakeOllama

# Short enough for tests, long enough that a busy test machine never trips it by accident.
TEST_STALL_TIMEOUT = 0.4


@pytest.fixture
def make_tab(
    qtbot, qloop, aclient: AsyncOllamaClient, data_dir: Path
) -> Iterator[Callable[..., ModelsTab]]:
    """Build tabs on one data folder (a second call is "the app restarted")."""
    built: list[ModelsTab] = []
    contexts: list[AppContext] = []

    def build(*, stall_timeout: float = TEST_STALL_TIMEOUT, wait: bool = True) -> ModelsTab:
        context = build_context(aclient, data_dir, stall_timeout=stall_timeout)
        contexts.append(context)
        tab = ModelsTab(context)
        qtbot.addWidget(tab)
        tab.resize(1200, 800)
        tab.show()
        built.append(tab)
        if wait:
            qtbot.waitUntil(lambda: tab.installed_model.rowCount() > 0, timeout=5000)
        return tab

    yield build
    for tab in built:
        tab.shutdown()
    for context in contexts:
        context.close()


@pytest.fixture
def tab(make_tab, fake_ollama: FakeOllama) -> ModelsTab:
    fake_ollama.add_model(
        "llama3.2:3b",
        size=2_019_393_189,
        parameter_size="3.2B",
        quantization_level="Q4_K_M",
        capabilities=("completion", "tools"),
        context_length=131072,
        system="You are a helpful assistant.",
        license="LLAMA 3.2 COMMUNITY LICENSE AGREEMENT\n" + "Terms...\n" * 40,
        parameters={"temperature": 0.6, "stop": ["<|eot_id|>", "<|end|>"]},
    )
    fake_ollama.add_model(
        "gemma3:4b",
        size=3_338_801_804,
        family="gemma3",
        parameter_size="4.3B",
        quantization_level="Q4_K_M",
        capabilities=("completion", "vision"),
    )
    return make_tab()
