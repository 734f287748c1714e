"""A reply's figures: plain words by default, tokens with Settings → Show technical details."""

from __future__ import annotations

from typing import Any

from desktop import settings as options
from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import send


def test_reply_figures_are_plain_unless_technical_details_are_on(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(tokens=["A ", "short ", "answer."])
    reply = send(qtbot, tab, "Hello")
    assert reply.stats.tokens_per_second
    widget = tab.transcript.widget_for(reply.id)
    plain = widget.stats_label.text()
    assert "words a second" in plain and "token" not in plain.lower()
    assert "token" not in widget.stats_label.toolTip().lower()

    def figures() -> str:
        shown = tab.transcript.widget_for(reply.id)
        return shown.stats_label.text() if shown is not None else ""

    tab.context.settings.set(options.TECHNICAL_DETAILS, True)
    qtbot.waitUntil(lambda: "tokens/s" in figures(), timeout=3000)
    tab.context.settings.set(options.TECHNICAL_DETAILS, False)
    qtbot.waitUntil(lambda: "words a second" in figures(), timeout=3000)


def test_chat_settings_follow_technical_details_when_next_opened(qtbot: Any, tab: Any) -> None:
    dialog = tab.open_options()
    assert dialog.findChild(object, "chatOption_top_p") is None
    dialog.reject()
    tab.context.settings.set(options.TECHNICAL_DETAILS, True)
    dialog = tab.open_options()
    assert dialog.findChild(object, "chatOption_top_p") is not None
    dialog.reject()
