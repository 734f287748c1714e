"""Untrusted model text in the safe view: nothing fetched, nothing opened, HTML inert."""

from __future__ import annotations

import os

from PySide6.QtCore import QUrl

from desktop.ui.common.safe_text import SafeTextBrowser
from tests.fake_ollama import FakeOllama


def view(qtbot) -> SafeTextBrowser:
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(600, 400)
    browser.show()
    return browser


def test_remote_images_are_never_fetched(qtbot, fake_ollama: FakeOllama) -> None:
    browser = view(qtbot)
    before = len(fake_ollama.requests)
    browser.set_markdown(
        f"Look: ![cat]({fake_ollama.url}/cat.png) and <img src='{fake_ollama.url}/x.png'>"
    )
    browser.grab()  # paint: would trigger any resource loading
    assert len(fake_ollama.requests) == before
    assert any("cat.png" in url for url in browser.resources_requested)


def test_local_paths_and_fifos_are_not_opened(qtbot, tmp_path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # opening this for reading would block the GUI thread forever
    browser = view(qtbot)
    browser.set_markdown(f"![a]({fifo}) ![b](/etc/passwd) ![c](file:///etc/shadow)")
    browser.grab()
    assert "root:" not in browser.toPlainText()
    assert len(browser.resources_requested) >= 2


def test_raw_html_is_text_and_cannot_swallow_the_message(qtbot) -> None:
    browser = view(qtbot)
    browser.set_markdown("Before <br> <img src=x> <b>bold? <style>*{color:red}</style>\n\nAfter")
    text = browser.toPlainText()
    assert "<b>" in text and "<style>" in text
    assert text.rstrip().endswith("After")


def test_links_ask_first_and_only_for_safe_schemes(qtbot) -> None:
    browser = view(qtbot)
    asked: list[str] = []
    opened: list[str] = []
    browser.confirm = lambda url: asked.append(url.toString()) or True
    browser.opener = lambda url: opened.append(url.toString())
    for address in ("https://example.com/a?b=c", "file:///etc/passwd", "javascript:alert(1)",
                    "mailto:someone@example.com"):  # fmt: skip
        browser.follow_link(QUrl(address))
    assert asked == opened == ["https://example.com/a?b=c", "mailto:someone@example.com"]
    browser.confirm = lambda url: False
    browser.follow_link(QUrl("http://example.com"))
    assert opened == ["https://example.com/a?b=c", "mailto:someone@example.com"]
