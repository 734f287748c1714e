"""The chat's memory on screen, over real HTTP: the meter, the warning before a send that
will not fit (and not earlier), Remember more, Summarize and continue, Continue anyway, a
reply the server cut, and new readings when the model or the server changes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from desktop.ollama import AsyncOllamaClient, OllamaClient
from desktop.ui.chat.tab import ChatTab
from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import send

SMALL = "tiny:1m"  # its Modelfile says num_ctx 1024; trained for 8192
PARAGRAPH = (
    "Lighthouses guided ships along the rocky northern coast for two hundred years, "
    "and their keepers wrote down the weather, the ships and the storms every night. "
)


def totals(tab: ChatTab) -> tuple[int, int]:
    """(used, total) from the meter's accessible description."""
    found = re.fullmatch(r"(\d+) of (\d+) tokens", tab.memory.meter.accessibleDescription())
    assert found, tab.memory.meter.accessibleDescription()
    return int(found[1]), int(found[2])


def settled(qtbot: Any, tab: ChatTab) -> None:
    """Wait for the reading the last change started."""
    qtbot.waitUntil(lambda: tab.memory.refresh_task is not None, timeout=5000)
    qtbot.waitUntil(lambda: tab.memory.refresh_task.done(), timeout=5000)
    qtbot.waitUntil(lambda: tab.memory.meter.isVisible(), timeout=5000)


def chat_requests(fake: FakeOllama) -> list[dict[str, Any]]:
    return [
        r.json
        for r in list(fake.requests)
        if r.path == "/api/chat" and r.json.get("stream") is not False
    ]


@pytest.fixture
def small_tab(make_tab: Any, fake_ollama: FakeOllama, qtbot: Any) -> ChatTab:
    fake_ollama.add_model(SMALL, parameters={"num_ctx": 1024})
    tab = make_tab(default_model=SMALL)
    tab.new_chat(SMALL)
    qtbot.waitUntil(lambda: tab.conversation is not None and tab.conversation.model == SMALL)
    settled(qtbot, tab)
    return tab


def test_the_meter_says_how_full_the_chat_is_in_plain_words(
    qtbot: Any, small_tab: ChatTab, fake_ollama: FakeOllama
) -> None:
    tab = small_tab
    assert totals(tab)[1] == 1024
    assert "of what tiny can keep in mind" in tab.memory.meter.text()
    assert "tokens" not in tab.memory.meter.text()  # technical words only in technical mode
    assert "1,024" in tab.memory.meter.toolTip() and "num_ctx" in tab.memory.meter.toolTip()
    empty = totals(tab)[0]
    tab.composer.set_text(PARAGRAPH)
    assert totals(tab)[0] > empty  # the draft counts at once, no request needed
    fake_ollama.reply = Reply(tokens=["Noted", "."])
    send(qtbot, tab, PARAGRAPH)
    settled(qtbot, tab)
    reported = fake_ollama.last_reply_cut().tokens
    used = totals(tab)[0]
    assert reported < used <= reported + 20  # what was read, plus the short reply
    assert tab.context.settings is not None
    from desktop import settings as options

    tab.context.settings.set(options.TECHNICAL_DETAILS, True)
    assert "num_ctx 1024" in tab.memory.meter.text()


def test_the_warning_comes_before_the_send_that_overflows_and_not_earlier(
    qtbot: Any, small_tab: ChatTab, fake_ollama: FakeOllama
) -> None:
    tab = small_tab
    fake_ollama.reply = Reply(tokens=["Sure", ",", " noted", "."])
    seen: list[tuple[bool, int]] = []
    for turn in range(12):
        tab.composer.set_text(f"Turn {turn}. " + PARAGRAPH * 2)
        warned = tab.memory.warning.isVisible()
        send(qtbot, tab, tab.composer.text)
        whole = fake_ollama.last_reply_cut().whole
        seen.append((warned, whole))
        settled(qtbot, tab)
        if whole > 1024:
            break
    *before, (warned_last, whole_last) = seen
    assert whole_last > 1024 and warned_last  # warned before the send that overflowed
    assert before and not any(warned for warned, _whole in before)  # and never earlier


def overflow(qtbot: Any, tab: ChatTab, fake: FakeOllama) -> None:
    """Fill the chat until the next message would not fit; the warning is up."""
    fake.reply = Reply(tokens=["Sure", ",", " noted", "."])
    for turn in range(20):
        tab.composer.set_text(f"Turn {turn}. " + PARAGRAPH * 2)
        if tab.memory.warning.isVisible():
            return
        send(qtbot, tab, tab.composer.text)
        settled(qtbot, tab)
    raise AssertionError("the chat never outgrew the model's memory")


def test_remember_more_sends_the_larger_memory_and_the_meter_follows(
    qtbot: Any, small_tab: ChatTab, fake_ollama: FakeOllama
) -> None:
    tab = small_tab
    overflow(qtbot, tab, fake_ollama)
    button = tab.memory.warning.remember_button
    assert button.objectName() == "rememberMoreButton"
    qtbot.waitUntil(lambda: tab.memory.plan is not None, timeout=5000)
    qtbot.waitUntil(lambda: "twice as much" in tab.memory.warning.detail.text(), timeout=5000)
    assert "tokens" not in tab.memory.warning.detail.text()  # plain words by default
    assert "reloads" in tab.memory.warning.detail.text()
    qtbot.mouseClick(button, qtbot_left())
    qtbot.waitUntil(lambda: totals(tab)[1] == 2048, timeout=5000)
    assert not tab.memory.warning.isVisible()
    send(qtbot, tab, tab.composer.text)
    assert chat_requests(fake_ollama)[-1]["options"]["num_ctx"] == 2048
    assert fake_ollama.last_reply_cut().dropped == 0


def test_remember_more_refuses_plainly_past_the_trained_memory(
    qtbot: Any, make_tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.add_model("short:1m", parameters={"num_ctx": 1024}, context_length=1024)
    tab = make_tab(default_model="short:1m")
    tab.new_chat("short:1m")
    qtbot.waitUntil(lambda: tab.conversation is not None and tab.conversation.model == "short:1m")
    settled(qtbot, tab)
    overflow(qtbot, tab, fake_ollama)
    qtbot.waitUntil(lambda: tab.memory.plan is not None, timeout=5000)
    assert not tab.memory.warning.remember_button.isEnabled()
    assert "can keep at most 1K tokens in mind" in tab.memory.warning.detail.text()


def test_summarize_and_continue_starts_a_linked_chat_from_the_summary(
    qtbot: Any, small_tab: ChatTab, fake_ollama: FakeOllama
) -> None:
    tab = small_tab
    overflow(qtbot, tab, fake_ollama)
    assert tab.conversation is not None
    source_id = tab.conversation.id
    fake_ollama.reply = Reply(tokens=["The ", "user ", "studies ", "lighthouses."], rate=50)
    qtbot.mouseClick(tab.memory.warning.summarize_button, qtbot_left())
    qtbot.waitUntil(lambda: tab.memory.warning.cancel_button.isVisible(), timeout=5000)
    task = tab.memory.summary_task
    assert task is not None
    qtbot.waitUntil(task.done, timeout=10_000)
    new_id = task.result()
    assert new_id is not None and new_id != source_id
    qtbot.waitUntil(lambda: tab.is_current(new_id), timeout=5000)
    store = tab.store
    assert store is not None
    created = store.conversations.get(new_id)
    assert created is not None and "The user studies lighthouses." in created.system_prompt
    assert created.model == SMALL
    assert store.memory.get(new_id).continued_from == source_id
    assert store.memory.get(source_id).continued_in == new_id
    summary_request = chat_requests(fake_ollama)[-1]
    assert "Summarize our conversation" in summary_request["messages"][-1]["content"]
    settled(qtbot, tab)
    qtbot.waitUntil(lambda: tab.memory.link.isVisible(), timeout=5000)
    assert not tab.memory.warning.isVisible()  # the new chat fits


def test_a_summary_can_be_cancelled(
    qtbot: Any, small_tab: ChatTab, fake_ollama: FakeOllama
) -> None:
    tab = small_tab
    overflow(qtbot, tab, fake_ollama)
    source_id = tab.conversation.id if tab.conversation else 0
    fake_ollama.reply = Reply(tokens=["slow "] * 200, rate=20)
    qtbot.mouseClick(tab.memory.warning.summarize_button, qtbot_left())
    qtbot.waitUntil(lambda: "characters so far" in tab.memory.warning.message.text(), timeout=5000)
    qtbot.mouseClick(tab.memory.warning.cancel_button, qtbot_left())
    task = tab.memory.summary_task
    assert task is not None
    qtbot.waitUntil(task.done, timeout=5000)
    assert fake_ollama.wait_for_disconnect()
    assert tab.is_current(source_id)
    assert "cancelled" in tab.notice.text() and tab.notice.isVisible()
    assert tab.memory.warning.summarize_button.isVisible()


def test_a_cut_reply_is_marked_and_continue_anyway_is_remembered(
    qtbot: Any, small_tab: ChatTab, fake_ollama: FakeOllama
) -> None:
    tab = small_tab
    overflow(qtbot, tab, fake_ollama)
    reply = send(qtbot, tab, tab.composer.text)  # sent anyway: the server cuts the chat
    assert fake_ollama.last_reply_cut().dropped > 0
    settled(qtbot, tab)
    warning = tab.memory.warning
    qtbot.waitUntil(lambda: warning.kind == "after", timeout=5000)
    assert warning.cut_reply_id == reply.id
    assert "could not see the start of this chat" in warning.message.text()
    qtbot.waitUntil(lambda: "could not see the start" in note_of(tab, reply.id), timeout=5000)
    earlier = [m.id for m in tab.transcript.messages if m.role == "assistant" and m.id != reply.id]
    assert earlier and all("could not see" not in note_of(tab, i) for i in earlier[-1:])
    qtbot.mouseClick(warning.continue_button, qtbot_left())
    assert not warning.isVisible()
    store = tab.store
    assert store is not None and tab.conversation is not None
    chat_id = tab.conversation.id
    qtbot.waitUntil(lambda: store.memory.get(chat_id).continue_anyway, timeout=5000)
    tab.composer.set_text(PARAGRAPH * 3)
    tab.memory.refresh()
    settled(qtbot, tab)
    assert not warning.isVisible()  # not asked again in this chat


def note_of(tab: ChatTab, message_id: int) -> str:
    """The note under a message, made and laid out (scrolled into view if it must be)."""
    tab.transcript.scroll_to_message(message_id)
    for widget in tab.transcript.visible_widgets():
        if widget.message.id == message_id:
            return widget.note.text() if widget.note.isVisibleTo(widget) else ""
    return ""


def test_switching_models_and_servers_takes_a_new_reading(
    qtbot: Any, small_tab: ChatTab, fake_ollama: FakeOllama
) -> None:
    tab = small_tab
    assert totals(tab)[1] == 1024
    tab.model_settings.use_model("smollm2:135m")
    qtbot.waitUntil(lambda: totals(tab)[1] == 4096, timeout=5000)

    with other_server(qtbot, tab) as other:
        other.add_model("smollm2:135m", parameters={"num_ctx": 3000})
        tab.refresh_models()
        qtbot.waitUntil(lambda: totals(tab)[1] == 3000, timeout=5000)


class other_server:
    def __init__(self, qtbot: Any, tab: ChatTab) -> None:
        self.tab = tab
        self.server = FakeOllama()

    def __enter__(self) -> FakeOllama:
        self.server.start()
        self.before = self.tab.context.ollama
        self.client = AsyncOllamaClient(OllamaClient(self.server.url))
        self.tab.context.ollama = self.client
        return self.server

    def __exit__(self, *exc: object) -> None:
        self.tab.context.ollama = self.before
        self.client.close()
        self.server.stop()


def qtbot_left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _no_leftover() -> Iterator[None]:
    yield


def test_a_server_that_can_refuses_a_chat_the_estimate_thought_would_fit(
    qtbot: Any, small_tab: ChatTab, fake_ollama: FakeOllama
) -> None:
    tab = small_tab
    # Cyrillic costs this server more tokens than a first estimate guesses: it looks like it
    # fits (no warning), the server counts ~1,200 tokens and refuses instead of cutting.
    text = " ".join(["привет"] * 400)
    tab.composer.set_text(text)
    assert not tab.memory.warning.isVisible()
    reply = send(qtbot, tab, text)
    request = chat_requests(fake_ollama)[-1]
    assert request["truncate"] is False
    assert reply.state.value == "error" and "refused" in reply.error
    settled(qtbot, tab)
    warning = tab.memory.warning
    qtbot.waitUntil(lambda: warning.kind == "refused", timeout=5000)
    assert warning.cut_reply_id == reply.id and warning.isVisible()
    assert "Your message is kept" in warning.message.text()
    fake_ollama.reply = Reply(tokens=["Hello", "!"])
    qtbot.mouseClick(warning.continue_button, qtbot_left())
    qtbot.waitUntil(lambda: len(chat_requests(fake_ollama)) == 2, timeout=5000)
    adapter = tab.sessions.current()
    assert adapter is not None and adapter.task is not None
    qtbot.waitUntil(adapter.task.done, timeout=5000)
    assert "truncate" not in chat_requests(fake_ollama)[-1]  # the user chose to go on
    assert fake_ollama.last_reply_cut().dropped == 0  # one message: cut inside, not dropped


def test_an_older_server_is_never_asked_to_refuse(
    qtbot: Any, make_tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.version = "0.12.0"  # before truncate existed: it would ignore the field
    fake_ollama.add_model(SMALL, parameters={"num_ctx": 1024})
    tab = make_tab(default_model=SMALL)
    tab.new_chat(SMALL)
    qtbot.waitUntil(lambda: tab.conversation is not None and tab.conversation.model == SMALL)
    settled(qtbot, tab)
    send(qtbot, tab, "Hello there")
    assert "truncate" not in chat_requests(fake_ollama)[-1]
