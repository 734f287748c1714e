"""A Generate tab on the test server, ready for a test to drive."""

from __future__ import annotations

import pytest

from desktop.ollama import AsyncOllamaClient
from desktop.services.context import AppContext
from desktop.ui.generate.tab import GenerateTab
from tests.fake_ollama import FakeOllama


@pytest.fixture
def tab(qtbot, qloop, aclient: AsyncOllamaClient, fake_ollama: FakeOllama, data_dir):
    fake_ollama.add_model("qwen3:0.6b", capabilities=("completion", "thinking", "tools"))
    fake_ollama.add_model("qwen2.5-coder:1.5b", capabilities=("completion", "insert"))
    fake_ollama.add_model("llava:7b", capabilities=("completion", "vision"))
    widget = GenerateTab(AppContext(ollama=aclient, data_dir=data_dir))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.model_picker.count() == 4, timeout=5000)
    widget.model_picker.setCurrentText("smollm2:135m")
    qtbot.waitUntil(lambda: "smollm2:135m" in widget.capabilities)
    return widget


def finish(qtbot, tab: GenerateTab, timeout: int = 10_000) -> None:
    task = tab.current_task
    assert task is not None
    qtbot.waitUntil(task.done, timeout=timeout)
