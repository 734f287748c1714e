"""Chats over time: search, versions, edit, delete, export/import, titles, options, models."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from desktop.storage import TitleSource
from desktop.storage.records import MessageState
from desktop.ui.chat.message_widget import MessageWidget
from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import MODEL, finished, send, wait_reply


def test_search_finds_a_message_in_another_chat_and_highlights_it(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(tokens=["Kangaroos hop across the outback."])
    send(qtbot, tab, "Tell me about Australia")
    first = tab.conversation.id
    finished(qtbot, tab.new_chat())
    fake_ollama.reply = Reply(tokens=["Penguins swim."])
    send(qtbot, tab, "And Antarctica?")
    assert tab.conversation.id != first
    tab.focus_search()
    qtbot.keyClicks(tab.sidebar.search, "kangaroo")
    qtbot.waitUntil(lambda: tab.sidebar.hits.rowCount() > 0, timeout=3000)
    # The first chat's automatic title (the test server's reply) may match too: take the message.
    hit = next(hit for hit in tab.sidebar.hits.hits if hit.message_id is not None)
    assert hit.conversation_id == first
    tab.sidebar.hit_chosen.emit(hit)
    qtbot.waitUntil(lambda: tab.conversation is not None and tab.conversation.id == first)
    widget = tab.transcript.widget_for(hit.message_id)
    assert widget is not None and widget.highlight(["Kangaroo"]) >= 1


def click(qtbot: Any, button: QAbstractButton) -> None:
    """Click like a person: only a button that is shown, with a size, and enabled."""
    assert button.isVisible() and not button.size().isEmpty() and button.isEnabled(), (
        f"{button.objectName()} can't be clicked: visible={button.isVisible()}, "
        f"size={button.size()}, enabled={button.isEnabled()}"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_regenerate_keeps_versions_and_arrows_switch_them(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(tokens=["First answer."])
    first = send(qtbot, tab, "Question")
    fake_ollama.reply = Reply(tokens=["Second answer."])
    widget = tab.transcript.widget_for(first.id)
    adapter = tab.adapters[tab.conversation.id]
    answered = adapter.task
    click(qtbot, widget.regenerate_button)
    qtbot.waitUntil(lambda: adapter.task is not answered)  # the message is read first
    second = wait_reply(qtbot, tab)
    assert second.content == "Second answer." and second.version == 2
    qtbot.waitUntil(lambda: tab.transcript.widget_for(second.id) is not None)
    widget = tab.transcript.widget_for(second.id)
    qtbot.waitUntil(lambda: widget.version_label.text() == "2/2")
    qtbot.waitUntil(lambda: not tab.transcript.relayout_pending)  # placed, so a click lands
    click(qtbot, widget.previous_button)
    qtbot.waitUntil(  # saved on the storage thread
        lambda: tab.store.messages.visible_path(tab.conversation.id)[-1].id == first.id
    )
    qtbot.waitUntil(lambda: tab.transcript.widget_for(first.id) is not None)
    assert tab.transcript.widget_for(first.id).version_label.text() == "1/2"


def test_a_reply_measured_before_qt_settles_still_has_a_height(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama, qapp: Any
) -> None:
    """The transcript measures a reply on the loop's next pass, which may come before Qt has
    told the reply's outer layouts that its text arrived: it once measured no height at all
    (-1), drew the reply flat, and a click on Regenerate landed nowhere."""
    reply = send(qtbot, tab, "Question")
    empty = dataclasses.replace(reply, content="", state=MessageState.STREAMING)
    widget = MessageWidget(empty, tab.message_context, parent=tab.transcript.viewport())
    widget.show()
    qapp.processEvents()
    assert widget.height_for(800) > 0  # a reply that has no text yet
    widget.append("Some words arrive.", "")
    widget.render_frame()
    widget.finish(reply)
    assert widget.height_for(800) > 0  # measured at once, before any event is processed
    widget.deleteLater()


def test_edit_and_resend_keeps_the_old_branch(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(tokens=["About cats."])
    reply = send(qtbot, tab, "Tell me about cats")
    user_id = reply.parent_id
    widget = tab.transcript.widget_for(user_id)
    qtbot.mouseClick(widget.edit_button, Qt.MouseButton.LeftButton)
    assert tab.composer.editing_id == user_id and tab.composer.text == "Tell me about cats"
    fake_ollama.reply = Reply(tokens=["About dogs."])
    tab.composer.set_text("Tell me about dogs")
    tab.composer.send()
    new_reply = wait_reply(qtbot, tab)
    assert new_reply.content == "About dogs."
    path = tab.store.messages.visible_path(tab.conversation.id)
    assert [m.content for m in path] == ["Tell me about dogs", "About dogs."]
    assert path[0].version_count == 2
    assert tab.store.messages.get(user_id).content == "Tell me about cats"


def test_deleting_a_chat_asks_first(qtbot: Any, tab: Any, fake_ollama: FakeOllama) -> None:
    send(qtbot, tab, "Something to delete")
    doomed = tab.conversation.id
    box = tab.confirm_delete_conversation(doomed)
    assert box is not None and box.isVisible()
    box.reject()
    assert tab.store.conversations.get(doomed) is not None
    box = tab.confirm_delete_conversation(doomed)
    qtbot.mouseClick(box.findChild(type(box.buttons()[0]), "deleteChatConfirm"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.waitUntil(lambda: tab.conversation is not None and tab.conversation.id != doomed)
    assert tab.store.conversations.get(doomed) is None


def test_export_markdown_and_json_then_import_round_trip(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama, tmp_path: Any
) -> None:
    fake_ollama.reply = Reply(tokens=["```python\nprint(1)\n```"])
    send(qtbot, tab, "Code please")
    source = tab.conversation.id
    assert finished(qtbot, tab.write_export(source, "markdown", tmp_path / "chat.md"))
    markdown = (tmp_path / "chat.md").read_text(encoding="utf-8")
    assert "Code please" in markdown and "print(1)" in markdown
    assert finished(qtbot, tab.write_export(source, "json", tmp_path / "chat.json"))
    json.loads((tmp_path / "chat.json").read_text(encoding="utf-8"))
    imported = finished(qtbot, tab.import_file(tmp_path / "chat.json"))
    assert imported is not None and imported != source
    assert tab.conversation.id == imported
    texts = [m.content for m in tab.store.messages.visible_path(imported)]
    assert texts == ["Code please", "```python\nprint(1)\n```"]
    (tmp_path / "bad.json").write_text("<html>not a chat</html>", encoding="utf-8")
    assert finished(qtbot, tab.import_file(tmp_path / "bad.json")) is None
    assert tab.notice.isVisible() and "isn't a chat" in tab.notice.text()


def test_export_to_a_folder_that_cannot_be_written_says_so(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama, tmp_path: Any
) -> None:
    send(qtbot, tab, "hello")
    target = tmp_path / "missing" / "chat.md"
    assert not finished(qtbot, tab.write_export(tab.conversation.id, "markdown", target))
    assert "couldn't be saved" in tab.notice.text()
    assert not target.parent.exists()


def test_the_first_exchange_gets_a_title_and_a_typed_title_wins(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(tokens=["Trip to Lisbon"])
    send(qtbot, tab, "Plan a weekend in Lisbon for two people with a small budget")
    session = tab.adapters[tab.conversation.id].session
    qtbot.waitUntil(lambda: session.title_task is not None and session.title_task.done())
    conversation = tab.store.conversations.get(tab.conversation.id)
    assert (conversation.title, conversation.title_source) == ("Trip to Lisbon", TitleSource.AUTO)
    qtbot.waitUntil(lambda: tab.title_label.full_text == "Trip to Lisbon")  # read in the background
    titles = [r.json for r in fake_ollama.requests
              if r.path == "/api/chat" and r.json.get("stream") is False]  # fmt: skip
    assert titles and titles[0]["think"] is False

    finished(qtbot, tab.new_chat())
    finished(qtbot, tab.rename_conversation(tab.conversation.id, "Mine"))
    send(qtbot, tab, "Another question")
    assert tab.store.conversations.get(tab.conversation.id).title == "Mine"


def test_chat_settings_send_only_what_changed(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    dialog = tab.open_options()
    assert dialog is not None and dialog.objectName() == "chatOptionsDialog"
    dialog.set_value("temperature", 0.2)
    dialog.system_prompt.setPlainText("Answer in French.")
    dialog._save()
    send(qtbot, tab, "Bonjour")
    body = [r.json for r in fake_ollama.requests
            if r.path == "/api/chat" and r.json.get("stream") is not False][-1]  # fmt: skip
    assert body["options"] == {"temperature": 0.2}
    assert body["messages"][0] == {"role": "system", "content": "Answer in French."}


def test_images_only_for_models_that_can_see(qtbot: Any, tab: Any, fake_ollama: FakeOllama) -> None:
    # Attach stays for documents; images are taken only for a model that sees them.
    assert tab.composer.attach_button.isEnabled() and not tab.composer.input.accepts_images
    tab.model_picker.setCurrentIndex(tab.model_picker.findText("llava:7b"))
    qtbot.waitUntil(lambda: tab.composer.input.accepts_images, timeout=3000)
    assert tab.conversation.model == "llava:7b"
    assert "vision" in tab.model_picker.capabilities["llava:7b"]


def test_with_no_models_the_tab_says_so_and_offers_the_models_tab(
    qtbot: Any, make_tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.remove_model(MODEL)
    tab = make_tab(wait_for_models=False)
    task = tab.installed_models.refresh_soon()
    qtbot.waitUntil(task.done, timeout=5000)
    assert tab.no_models.isVisible()
    with qtbot.waitSignal(tab.open_models_requested):
        qtbot.mouseClick(tab.open_models_button, Qt.MouseButton.LeftButton)
    tab.composer.set_text("hello?")
    assert tab.send("hello?", []) is None
    assert "No models" in tab.notice.text()


def test_an_old_server_says_which_version_thinking_needs(
    qtbot: Any, make_tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.version = "0.6.2"
    fake_ollama.add_model("qwen3:0.6b", capabilities=("completion", "thinking"))
    tab = make_tab(default_model="qwen3:0.6b")
    qtbot.waitUntil(lambda: tab.facts.known("qwen3:0.6b") is not None, timeout=5000)
    dialog = tab.open_options()
    assert dialog.think.isHidden()
    assert dialog.think_note.text() == (
        "Thinking needs Ollama 0.9.0 or newer; this server runs 0.6.2. Update Ollama to use it."
    )
    dialog.reject()
    fake_ollama.version = "0.32.15"
    tab.server_version = "0.32.15"
    dialog = tab.open_options()
    assert not dialog.think.isHidden() and dialog.think_note.isHidden()
