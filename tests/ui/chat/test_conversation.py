"""Talking to a model in the Chat tab: send, stream, stop, errors, restart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.storage import MessageState
from tests.fake_ollama import FakeOllama
from tests.fake_ollama.state import Reply
from tests.ui.chat.conftest import MODEL, finished, send, wait_reply


def test_a_reply_streams_in_and_is_saved(qtbot: Any, tab: Any, fake_ollama: FakeOllama) -> None:
    fake_ollama.reply = Reply(tokens=["Hello", " there", ", friend."])
    assert tab.model_picker.current_model() == MODEL
    reply = send(qtbot, tab, "Hi!")
    assert reply.state is MessageState.COMPLETE
    assert reply.content == "Hello there, friend."
    assert reply.model == MODEL
    widget = tab.transcript.widget_for(reply.id)
    assert widget is not None
    assert "Hello there, friend." in widget.body.plain_text()
    assert tab.composer.text == ""
    chat = [r.json for r in fake_ollama.requests if r.path == "/api/chat"]
    assert chat[0]["messages"][-1] == {"role": "user", "content": "Hi!"}
    assert tab.sidebar.model.rowCount() == 1


def test_enter_sends_and_shift_enter_adds_a_line(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    tab.composer.input.setFocus()
    qtbot.keyClicks(tab.composer.input, "one")
    qtbot.keyClick(tab.composer.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(tab.composer.input, "two")
    assert tab.composer.text == "one\ntwo"
    qtbot.keyClick(tab.composer.input, Qt.Key.Key_Return)
    reply = wait_reply(qtbot, tab)
    assert reply.state is MessageState.COMPLETE
    store = tab.store
    user = store.messages.get(reply.parent_id)
    assert user.content == "one\ntwo"


def test_stop_closes_the_connection_and_keeps_the_partial_reply(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(tokens=[f"w{n} " for n in range(2000)], rate=200)
    tab.composer.set_text("Tell me a long story")
    tab.composer.send()
    qtbot.waitUntil(lambda: tab.composer.stop_button.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: "w3" in _live_text(tab), timeout=5000)
    qtbot.keyClick(tab.composer.input, Qt.Key.Key_Escape)
    reply = wait_reply(qtbot, tab)
    assert fake_ollama.wait_for_disconnect(timeout=2)
    assert reply.state is MessageState.INTERRUPTED
    assert reply.content.startswith("w0 w1 w2 ")
    assert len(reply.content.split()) < 2000
    assert tab.composer.send_button.isVisible()


def _live_text(tab: Any) -> str:
    widgets = tab.transcript.visible_widgets()
    return widgets[-1].body.plain_text() if widgets else ""


def test_model_not_found_offers_a_download(qtbot: Any, tab: Any, fake_ollama: FakeOllama) -> None:
    tab.store.conversations.update(tab.conversation.id, model="mistral:7b")
    assert finished(qtbot, tab.open_conversation(tab.conversation.id))
    reply = send(qtbot, tab, "Hello?")
    assert reply.state is MessageState.ERROR
    widget = tab.transcript.widget_for(reply.id)
    assert widget.error_panel.isVisible()
    assert "isn't installed" in widget.error_label.text()
    assert widget.download_button.isVisible()
    with qtbot.waitSignal(tab.download_requested) as asked:
        widget.download_button.click()
    assert asked.args == ["mistral:7b"]


def test_unreachable_server_keeps_the_message_and_retry_works(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama, refused_url: str, context: Any
) -> None:
    from desktop.ollama import AsyncOllamaClient, OllamaClient

    working = context.ollama
    context.ollama = AsyncOllamaClient(OllamaClient(refused_url))
    try:
        reply = send(qtbot, tab, "Are you there?")
    finally:
        context.ollama.close()
        context.ollama = working
    assert reply.state is MessageState.ERROR
    user = tab.store.messages.get(reply.parent_id)
    assert user.content == "Are you there?"
    widget = tab.transcript.widget_for(reply.id)
    assert "Retry" in widget.error_label.text() and widget.retry_button.isVisible()
    assert not widget.download_button.isVisible()
    fake_ollama.reply = Reply(tokens=["Yes", "."])
    qtbot.mouseClick(widget.retry_button, Qt.MouseButton.LeftButton)
    again = wait_reply(qtbot, tab)
    assert again.state is MessageState.COMPLETE and again.content == "Yes."
    assert again.parent_id == user.id


def test_an_error_mid_stream_keeps_the_partial_reply_with_the_reason(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(tokens=["a ", "b ", "c ", "d "], error_after=2)
    reply = send(qtbot, tab, "Go")
    assert reply.state is MessageState.ERROR
    assert reply.content == "a b "
    widget = tab.transcript.widget_for(reply.id)
    assert "a b" in widget.body.plain_text()
    assert "incomplete" in widget.error_label.text()
    assert "Ollama reported a problem" in widget.error_label.text()
    assert "unexpected EOF" not in widget.error_label.text()  # server text: details only


def test_capability_error_says_what_to_change(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    tab.store.conversations.update(tab.conversation.id, think=True)
    reply = send(qtbot, tab, "Think hard")
    assert reply.state is MessageState.ERROR
    widget = tab.transcript.widget_for(reply.id)
    text = widget.error_label.text()
    assert "think" in text.lower()
    assert "Traceback" not in text


def test_a_chat_reopens_as_it_was_after_a_restart(
    qtbot: Any, make_tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.add_model("qwen3:0.6b", capabilities=("completion", "thinking"))
    first = make_tab()
    fake_ollama.reply = Reply(tokens=["Sure", "."])
    send(qtbot, first, "Remember me")
    conversation_id = first.conversation.id
    first.composer.set_text("an unsent draft")
    first.rename_conversation(conversation_id, "My chat")
    first.shutdown()
    second = make_tab()
    assert second.conversation.id == conversation_id
    assert second.title_label.full_text == "My chat"
    assert second.composer.text == "an unsent draft"
    texts = [w.body.plain_text().strip() for w in second.transcript.visible_widgets()]
    assert texts == ["Remember me", "Sure."]
    assert second.model_picker.current_model() == MODEL


def test_a_cloud_model_that_needs_sign_in_offers_the_sign_in_page(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    import json

    from PySide6.QtWidgets import QMessageBox

    signin = "https://ollama.com/connect?name=laptop&key=c3NoLWVkMjU1MTk"
    fake_ollama.override(
        "/api/chat",
        status=401,
        body=json.dumps({"error": "unauthorized", "signin_url": signin}).encode(),
        content_type="application/json; charset=utf-8",
    )
    reply = send(qtbot, tab, "Hello cloud")
    widget = tab.transcript.widget_for(reply.id)
    assert "sign in" in widget.error_label.text()
    assert widget.signin_button.isVisible() and not widget.download_button.isVisible()
    opened: list[str] = []
    tab.guard.opener = lambda url: opened.append(url.toString())
    widget.signin_button.click()
    dialog = tab.guard.dialog
    assert dialog is not None and signin in dialog.informativeText()
    dialog.button(QMessageBox.StandardButton.Open).click()
    assert opened == [signin]


def test_switching_to_dark_redraws_the_messages_in_dark_colours(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    from desktop.ui.common.theme import apply_theme

    reply = send(qtbot, tab, "Hello")
    before = tab.transcript.widget_for(reply.id)
    assert not tab.style_.dark
    try:
        apply_theme("dark")
        qtbot.waitUntil(lambda: tab.style_.dark)
        qtbot.waitUntil(lambda: tab.transcript.widget_for(reply.id) not in (None, before))
        widget = tab.transcript.widget_for(reply.id)
        assert widget.context.style.dark
    finally:
        apply_theme("system")
    qtbot.waitUntil(lambda: not tab.style_.dark)


def test_closing_mid_reply_saves_everything_that_arrived(
    qtbot: Any, make_tab: Any, fake_ollama: FakeOllama, data_dir: Any
) -> None:
    from desktop.storage import ChatStore

    fake_ollama.reply = Reply(tokens=[f"w{n} " for n in range(5000)], rate=400)
    tab = make_tab()
    tab.composer.set_text("Go on and on")
    tab.composer.send()
    qtbot.waitUntil(lambda: "w20 " in (tab.adapters[tab.conversation.id].session.live.content
                                       if tab.adapters[tab.conversation.id].session.live
                                       else ""), timeout=5000)  # fmt: skip
    live = tab.adapters[tab.conversation.id].session.live
    tab.shutdown()  # the window closes mid-reply
    seen = live.content
    store = ChatStore.open(data_dir)
    try:
        reply = store.messages.visible_path(tab.conversation.id)[-1]
        assert reply.state is MessageState.INTERRUPTED
        assert reply.content.startswith(seen) and len(reply.content) >= len(seen)
        assert store.integrity_ok()
    finally:
        store.close()
