"""Every main screen and dialog shows its words whole, in English and German, at two sizes.

German is the long language. A text wider than its widget (or a wrapped one taller than it)
is cut off on screen; a dialog bigger than the window's screen cannot be used; and the
installed-models table must not need a sideways scroll bar at 1280 px.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop import settings as options
from desktop import translations
from desktop.app import create_main_window
from desktop.settings import Settings
from tests.e2e.screens import (
    SIZES,
    as_on_screen,
    cut_off,
    fits_in,
    open_screens,
    scrolls_sideways,
    settle,
)
from tests.fake_ollama import FakeOllama, Reply
from tests.fake_ollama.__main__ import DEMO_MODELS


@pytest.fixture
def demo_server(fake_ollama: FakeOllama) -> FakeOllama:
    for name, family, params, quant, size, caps in DEMO_MODELS:
        fake_ollama.add_model(name, family=family, parameter_size=params,
                              quantization_level=quant, size=size, capabilities=caps)  # fmt: skip
    return fake_ollama


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    translations.remove_translators(qapp)  # the next tests read English


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_screen_shows_its_words_whole(
    qtbot, qloop, data_dir: Path, demo_server: FakeOllama, english_afterwards: None, language: str
) -> None:
    Settings(data_dir, portable=True).set(options.LANGUAGE, language)
    window = create_main_window(["--server", demo_server.url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    chat = window.chat_tab
    qtbot.waitUntil(lambda: chat.model_picker.count() > 1 and chat.conversation is not None)
    demo_server.reply = Reply(tokens=["Paris ", "is the capital of France."])
    sent = chat.send("What is the capital of France?", [])
    assert sent is not None
    qtbot.waitUntil(sent.done)  # a question and a reply, with their buttons
    models = window.models_tab
    qtbot.waitUntil(lambda: models.installed_model.rowCount() >= len(DEMO_MODELS))
    models.select_model("qwen3:8b")
    qtbot.waitUntil(lambda: models.details.show_response is not None)
    generate = window.generate_tab
    qtbot.waitUntil(lambda: generate.model_picker.count() > 1)

    problems: list[str] = []
    for width, height in SIZES:
        window.resize(width, height)
        settle()
        if window.width() != width or window.height() != height:
            problems.append(f"the window cannot be {width}×{height}: {window.size()}")
        for name, screen in open_screens(window):
            if screen is not window:
                as_on_screen(screen, width, height)
            settle()
            where = f"{language} {width}×{height} {name}"
            problems += [f"{where}: {problem}" for problem in cut_off(screen)]
            if screen is not window:
                too_big = fits_in(screen, width, height)
                if too_big:
                    problems.append(f"{where}: {too_big}")
            if name == "models" and width == 1280 and scrolls_sideways(window):
                problems.append(f"{where}: the installed models scroll sideways")
    assert not problems, "\n".join(problems)
