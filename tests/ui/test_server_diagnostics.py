"""The status line explains each way a server can fail, in plain words (real sockets)."""

from __future__ import annotations

import pytest

from desktop.app import create_main_window
from tests.fake_ollama import FakeOllama


def status_of(qtbot, data_dir, url: str) -> tuple[str, str]:
    window = create_main_window(["--server", url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.status_widget.text.startswith("Can't reach"), timeout=15_000)
    tip = window.status_widget.findChild(object, "serverStatusText").toolTip()
    return window.status_widget.text, tip


def test_nothing_listening(qtbot, qloop, data_dir, refused_url) -> None:
    text, _tip = status_of(qtbot, data_dir, refused_url)
    assert "nothing is answering there" in text and refused_url in text


def test_a_name_that_does_not_resolve(qtbot, qloop, data_dir) -> None:
    text, _tip = status_of(qtbot, data_dir, "http://no-such-host.invalid:11434")
    assert "no-such-host.invalid" in text and "name could not be found" in text


def test_tls_to_a_plain_http_server(qtbot, qloop, data_dir, fake_ollama: FakeOllama) -> None:
    text, _tip = status_of(qtbot, data_dir, f"https://127.0.0.1:{fake_ollama.port}")
    assert "secure (HTTPS) connection failed" in text


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        (lambda fake: fake.html_error("/api/version", 502), "proxy"),
        (lambda fake: fake.empty_forbidden("/api/version"), "OLLAMA_HOST=0.0.0.0"),
    ],
    ids=["html-proxy-page", "empty-403"],
)
def test_answers_that_are_not_ollama(
    qtbot, qloop, data_dir, fake_ollama: FakeOllama, setup, words: str
) -> None:
    setup(fake_ollama)
    text, tip = status_of(qtbot, data_dir, fake_ollama.url)
    assert words in text and words in tip


def test_a_server_that_wants_a_sign_in_offers_the_page(
    qtbot, qloop, data_dir, fake_ollama: FakeOllama
) -> None:
    import json

    from PySide6.QtWidgets import QMessageBox

    signin = "https://ollama.com/connect?name=laptop&key=c3NoLWVkMjU1MTk"
    fake_ollama.override(
        "/api/version",
        status=401,
        body=json.dumps({"error": "unauthorized", "signin_url": signin}).encode(),
        content_type="application/json; charset=utf-8",
    )
    window = create_main_window(["--server", fake_ollama.url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    button = window.findChild(object, "serverSigninButton")
    qtbot.waitUntil(button.isVisible, timeout=10_000)
    assert "sign in" in window.status_widget.text
    opened: list[str] = []
    window.link_guard.opener = lambda url: opened.append(url.toString())
    button.click()
    dialog = window.link_guard.dialog
    assert dialog is not None and signin in dialog.informativeText()
    dialog.button(QMessageBox.StandardButton.Open).click()
    assert opened == [signin]
