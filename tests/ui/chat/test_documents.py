"""Documents in the Chat tab, end to end: real files made here, read on the documents' thread,
sent over real HTTP to the test server, saved in a real database, shown again after the app
is started anew in another process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QToolButton, QWidget

from desktop.storage import DocumentMode
from tests.documents.make_files import (
    make_docx,
    make_encrypted_pdf,
    make_latin1_text,
    make_scan_pdf,
    make_text_pdf,
)
from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import wait_reply

ROOT = Path(__file__).resolve().parents[3]
TOPICS = ["rivers", "mountains", "deserts", "forests", "glaciers", "volcanoes"]


def page_text(number: int) -> str:
    topic = TOPICS[number % len(TOPICS)]
    line = f"Page {number} is about {topic}, and {topic} are described here at length."
    return "\n".join([line] * 30)


def chat_requests(fake: FakeOllama) -> list[dict[str, Any]]:
    return [
        r.json for r in list(fake.requests) if r.path == "/api/chat" and r.json.get("stream", True)
    ]


def attach(qtbot: Any, tab: Any, *paths: Path) -> None:
    """Attach as the Attach button's dialog does, and wait until every file was read."""
    tab.composer.add_files(list(paths))
    qtbot.waitUntil(lambda: not tab.composer.documents.reading, timeout=10_000)


def send_now(qtbot: Any, tab: Any, text: str, timeout: int = 20_000) -> Any:
    tab.composer.set_text(text)
    qtbot.waitUntil(tab.composer.send_button.isEnabled, timeout=5000)
    qtbot.mouseClick(tab.composer.send_button, Qt.MouseButton.LeftButton)
    return wait_reply(qtbot, tab, timeout)


def chip_texts(widget: QWidget) -> list[str]:
    return [
        " ".join(label.text() for label in chip.findChildren(QLabel))
        for chip in widget.findChildren(QWidget, "attachmentChip")
        if chip.isVisible()
    ]


def test_a_small_document_is_sent_whole_and_its_chip_says_what_it_takes(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# Trip\n\nThe train leaves at 7:42 from platform 9.\n", encoding="utf-8")
    attach(qtbot, tab, notes)
    (chip,) = chip_texts(tab.composer)
    assert "notes.md" in chip and "of what the model can keep in mind" in chip
    fake_ollama.reply = Reply(tokens=["At 7:42."])
    reply = send_now(qtbot, tab, "When does the train leave?")
    sent = chat_requests(fake_ollama)[-1]["messages"][-1]["content"]
    assert "The train leaves at 7:42 from platform 9." in sent and 'name="notes.md"' in sent
    assert tab.composer.documents.chips == []  # sent: the composer is empty again
    user = tab.transcript.widget_for(reply.parent_id)
    assert any("notes.md" in text for text in chip_texts(user))
    assert tab.store.messages.get(reply.parent_id).content == "When does the train leave?"
    assert tab.transcript.widget_for(reply.id)._sources is None  # no sources: nothing shown
    # Chat search finds the chat by the document's words.
    title = tab.adapters[tab.conversation.id].session.title_task
    if title is not None:
        qtbot.waitUntil(title.done, timeout=5000)
    task = tab.search("platform")
    qtbot.waitUntil(task.done, timeout=5000)
    (row,) = tab.sidebar.hits.hits
    assert row.conversation_id == tab.conversation.id and row.message_id == reply.parent_id
    assert "notes.md" in row.snippet and "platform" in row.snippet


def test_text_in_latin_1_and_a_word_file_are_read_right(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    latin = make_latin1_text(tmp_path / "menu.txt", "Crème brûlée, café au lait, Göteborg.")
    word = make_docx(tmp_path / "plan.docx", [(1, "Plan"), (0, "Meet Zoë at the gare.")])
    attach(qtbot, tab, latin, word)
    assert len(tab.composer.documents.documents) == 2
    send_now(qtbot, tab, "Summarise both")
    sent = chat_requests(fake_ollama)[-1]["messages"][-1]["content"]
    assert "Crème brûlée, café au lait, Göteborg." in sent
    assert "Meet Zoë at the gare." in sent and 'name="plan.docx"' in sent


def test_a_large_pdf_sends_the_passages_about_the_question_and_shows_them_as_sources(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama, tmp_path: Path, data_dir: Path
) -> None:
    tab.new_chat()
    qtbot.waitUntil(lambda: tab.conversation is not None, timeout=5000)
    tab.store.conversations.update(tab.conversation.id, options={"num_ctx": 2048})
    tab.conversation = tab.store.conversations.get(tab.conversation.id)
    pdf = make_text_pdf(tmp_path / "atlas.pdf", [page_text(n) for n in range(1, 31)])
    attach(qtbot, tab, pdf)
    (chip,) = chip_texts(tab.composer)
    assert "30 pages" in chip
    fake_ollama.reply = Reply(tokens=["Glaciers ", "move."])
    reply = send_now(qtbot, tab, "Tell me about glaciers")
    stored = tab.store.messages.get(reply.id)
    assert stored.sources and all("glaciers" in s.text for s in stored.sources)
    user = tab.store.messages.get(reply.parent_id)
    assert user.documents[0].mode is DocumentMode.PASSAGES
    sent = chat_requests(fake_ollama)[-1]["messages"][-1]["content"]
    for source in stored.sources:
        assert source.text.strip() in sent
    assert "deserts" not in sent

    widget = tab.transcript.widget_for(reply.id)
    sources = widget.findChild(QWidget, "replySources")
    assert sources is not None and sources.isVisible()
    links = sources.findChildren(QToolButton, "replySourceLink")
    pages = sorted({s.page for s in stored.sources})
    assert links[0].text().startswith(f"atlas.pdf p. {stored.sources[0].page}")
    assert [int(link.text().split("p. ")[1].rstrip(",")) for link in links] == [
        s.page for s in stored.sources
    ]
    assert set(pages) <= {4, 10, 16, 22, 28}
    qtbot.mouseClick(links[0], Qt.MouseButton.LeftButton)
    dialog = sources.dialog
    assert dialog is not None and dialog.isVisible()
    shown = dialog.findChild(QPlainTextEdit, "replySourceText")
    assert shown.toPlainText() == stored.sources[0].text and shown.isReadOnly()
    dialog.close()

    # Started again in a new process on the same data folder: the chat is there with its
    # document chip and its sources.
    tab.shutdown()
    tab.context.close(after=tab.unfinished_replies)
    qtbot.waitUntil(lambda: tab.context.operations.closed, timeout=10_000)
    child = subprocess.run(
        [sys.executable, "-m", "tests.e2e.documents_child", str(data_dir), fake_ollama.url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    line = next((x for x in child.stdout.splitlines() if x.startswith("SEEN ")), None)
    assert line is not None, child.stdout + child.stderr
    seen = json.loads(line.removeprefix("SEEN "))
    assert any("atlas.pdf" in " ".join(chip) for chip in seen["chips"])
    assert seen["sources"] and seen["sources"][0][0].startswith("atlas.pdf p. ")
    assert seen["passage"] == stored.sources[0].text


def test_without_an_embedding_model_the_composer_offers_a_small_one(
    qtbot: Any, make_tab: Any, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    tab = make_tab()
    tab.new_chat()
    # the chat's model comes with the installed models: the budget needs it
    qtbot.waitUntil(lambda: bool(tab.conversation and tab.conversation.model), timeout=5000)
    tab.store.conversations.update(tab.conversation.id, options={"num_ctx": 2048})
    tab.conversation = tab.store.conversations.get(tab.conversation.id)
    task = tab.documents.update_budget()
    qtbot.waitUntil(task.done, timeout=5000)
    attach(qtbot, tab, make_text_pdf(tmp_path / "atlas.pdf", [page_text(n) for n in range(30)]))
    offer = tab.composer.findChild(QWidget, "embeddingModelOffer")
    assert offer.isVisible()
    words = offer.findChild(QLabel).text()
    assert "all-minilm" in words and "46" in words
    with qtbot.waitSignal(tab.download_requested) as asked:
        offer.findChild(QToolButton, "embeddingModelDownload").click()
    assert asked.args == ["all-minilm"]


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: make_encrypted_pdf(p / "locked.pdf", "secret"), "protected with a password"),
        (lambda p: make_scan_pdf(p / "scan.pdf"), "it is probably a scan"),
        (lambda p: _sparse(p / "huge.txt", 500 * 1000 * 1000), "too large to read"),
        (lambda p: _write(p / "blob.bin", bytes(range(256)) * 64), "not a kind of document"),
        (lambda p: _write(p / "broken.docx", b"PK\x03\x04 not really a zip"), "is damaged"),
        (lambda p: p / "gone.txt", "was moved or changed"),
    ],
)
def test_bad_files_get_a_clear_message_and_lose_nothing_else(
    qtbot: Any, tab: Any, tmp_path: Path, make: Any, words: str
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("kept", encoding="utf-8")
    attach(qtbot, tab, good)
    tab.composer.set_text("my draft")
    attach(qtbot, tab, make(tmp_path))
    qtbot.waitUntil(lambda: words in tab.notice.text(), timeout=5000)
    assert "Traceback" not in tab.notice.text()
    assert [d.name for d in tab.composer.documents.documents] == ["good.txt"]
    assert tab.composer.text == "my draft"


def test_a_file_pasted_or_dropped_on_the_composer_is_attached(
    qtbot: Any, tab: Any, tmp_path: Path
) -> None:
    path = tmp_path / "dropped.csv"
    path.write_text("city,people\nOslo,700000\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert tab.composer.input.canInsertFromMimeData(mime)
    tab.composer.input.insertFromMimeData(mime)  # a paste
    qtbot.waitUntil(lambda: bool(tab.composer.documents.documents), timeout=5000)
    assert [d.name for d in tab.composer.documents.documents] == ["dropped.csv"]
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tab.composer.input.dropEvent(drop)  # a drop
    qtbot.waitUntil(lambda: len(tab.composer.documents.documents) == 2, timeout=5000)
    assert tab.composer.text == ""  # the file's path is not typed into the message


def test_reading_can_be_cancelled_and_nothing_of_it_is_sent(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    path = tmp_path / "slow.txt"
    path.write_text("a line of text about cancelling\n" * 1000, encoding="utf-8")
    # Both of the documents' threads are busy: the file waits its turn, visibly "Reading…".
    release = threading.Event()
    reader = tab.context.documents.reader
    busy = [reader._executor.submit(release.wait) for _ in range(2)]
    tab.composer.add_files([path])
    (chip,) = tab.composer.documents.chips
    assert chip.cancel_button.isVisibleTo(tab) and "Reading" in chip.detail_label.text()
    assert not tab.composer.send_button.isEnabled()  # the message waits for the document
    qtbot.mouseClick(chip.cancel_button, Qt.MouseButton.LeftButton)
    assert tab.composer.documents.chips == []
    release.set()
    for job in busy:
        job.result(timeout=5)
    tab.composer.set_text("Nothing attached")
    send_now(qtbot, tab, "Nothing attached")
    assert "cancelling" not in chat_requests(fake_ollama)[-1]["messages"][-1]["content"]


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as file:
        file.truncate(size)
    return path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_embedding_shows_progress_on_the_reply_and_stop_cancels_it_keeping_the_rest(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    tab.new_chat()
    qtbot.waitUntil(lambda: tab.conversation is not None, timeout=5000)
    tab.store.conversations.update(tab.conversation.id, options={"num_ctx": 2048})
    tab.conversation = tab.store.conversations.get(tab.conversation.id)
    attach(qtbot, tab, make_text_pdf(tmp_path / "atlas.pdf", [page_text(n) for n in range(30)]))
    fake_ollama.embed_gate = gate = threading.Event()  # the embedding model is slow today
    tab.composer.set_text("Tell me about deserts")
    qtbot.mouseClick(tab.composer.send_button, Qt.MouseButton.LeftButton)
    adapter = tab.adapters[tab.conversation.id]

    def progress_shown() -> bool:
        widget = tab.transcript.widget_for(adapter.live_message_id or -1)
        label = getattr(widget, "loading_label", None)
        return label is not None and "Reading atlas.pdf for your question" in label.text()

    qtbot.waitUntil(progress_shown, timeout=5000)
    qtbot.mouseClick(tab.composer.stop_button, Qt.MouseButton.LeftButton)
    reply = wait_reply(qtbot, tab)
    assert reply.state.value == "interrupted" and chat_requests(fake_ollama) == []
    user = tab.store.messages.get(reply.parent_id)
    assert user.documents[0].state.value == "cancelled"

    fake_ollama.embed_gate = None
    gate.set()  # the request the stop left behind ends too
    again = send_now(qtbot, tab, "Tell me about deserts, please")
    assert again.state.value == "complete"
    assert tab.store.messages.get(again.id).sources


def test_an_embedding_cut_short_by_an_exit_is_finished_after_the_next_start(
    qtbot: Any, make_tab: Any, context: Any, fake_ollama: FakeOllama
) -> None:
    from desktop.storage import DocumentState, NewDocument, NewPassage

    fake_ollama.add_model("nomic-embed-text:latest", capabilities=("embedding",))
    store = context.chat_store
    chat = context.operations.wait(lambda: store.conversations.create(model="smollm2:135m"))
    passages = tuple(NewPassage(n, page_text(n), n + 1) for n in range(12))
    document = NewDocument(
        "atlas.pdf", "pdf", 9000, "atlas", 12, mode=DocumentMode.PASSAGES, passages=passages
    )

    def left_unfinished() -> int:
        user = store.messages.add(chat.id, "user", "Q", parent_id=None, documents=[document])
        return user.documents[0].id

    document_id = context.operations.wait(left_unfinished)
    make_tab()  # the app starts; once the server's models are known, the rest is embedded
    qtbot.waitUntil(
        lambda: (
            context.operations.wait(lambda: store.documents.info(document_id)).state
            is DocumentState.READY
        ),
        timeout=10_000,
    )
    done = context.operations.wait(lambda: store.documents.info(document_id))
    assert done.embedded_count == done.passage_count == 12


def test_a_chip_says_again_what_its_document_takes_when_the_chat_gets_more_memory(
    qtbot: Any, tab: Any, tmp_path: Path
) -> None:
    from desktop.ui.chat.options_dialog import ChatSettings

    qtbot.waitUntil(lambda: tab.conversation is not None, timeout=5000)
    notes = tmp_path / "notes.txt"
    notes.write_text("word " * 1600, encoding="utf-8")  # 8,000 characters
    attach(qtbot, tab, notes)
    chip = tab.composer.documents.chips[0]
    qtbot.waitUntil(lambda: "49 %" in chip.detail_label.text(), timeout=5000)  # of 4,096 tokens
    tab.apply_settings(tab.conversation.id, ChatSettings("", {"num_ctx": 8192}, None, None))
    qtbot.waitUntil(lambda: "24 %" in chip.detail_label.text(), timeout=5000)
