"""A Generate tab on the test server, ready for a test to drive."""

from __future__ import annotations

import json

import pytest

from desktop.app import build_context
from desktop.ollama import AsyncOllamaClient
from desktop.ui.generate.tab import GenerateTab
from tests.fake_ollama import FakeOllama

MODELS = {
    "qwen3:0.6b": ("completion", "thinking", "tools"),
    "qwen2.5-coder:1.5b": ("completion", "insert"),
    "llava:7b": ("completion", "vision"),
    "nomic-embed-text:latest": ("embedding",),
}


@pytest.fixture
def make_context(qloop, aclient: AsyncOllamaClient, data_dir):
    """The services as the composition root builds them; closed when the test ends."""
    built = []

    def make():
        context = build_context(aclient, data_dir)
        built.append(context)
        return context

    yield make
    for context in built:
        context.close()


@pytest.fixture
def tab(qtbot, qloop, make_context, fake_ollama: FakeOllama):
    for name, capabilities in MODELS.items():
        fake_ollama.add_model(name, capabilities=capabilities)
    widget = GenerateTab(make_context())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.model_picker.count() == 4, timeout=5000)
    choose(qtbot, widget, "smollm2:135m")
    return widget


def choose(qtbot, tab: GenerateTab, model: str) -> None:
    """Pick a model and wait until its capabilities and option defaults are known."""
    tab.model_picker.setCurrentText(model)
    qtbot.waitUntil(lambda: tab.request_form.capabilities is not None and model in tab.capabilities)
    qtbot.waitUntil(lambda: tab.options.defaults() == {**tab.option_defaults[model]})


def finish(qtbot, tab: GenerateTab, timeout: int = 10_000) -> None:
    task = tab.current_task
    assert task is not None
    qtbot.waitUntil(task.done, timeout=timeout)


def shown_request(tab: GenerateTab) -> dict:
    return json.loads(tab.request_view.toPlainText())


def run_and_finish(qtbot, tab: GenerateTab) -> dict:
    """Run, wait for the end, check nothing failed; the request the view shows."""
    task = tab.run()
    assert task is not None, tab.error_label.text()
    finish(qtbot, tab)
    assert tab.error_label.isHidden(), tab.error_label.text()
    return shown_request(tab)
