"""Documents in chat, below the widgets: real files made here, real HTTP to the test server,
a real database. Small documents go whole into the request; large ones are embedded through
/api/embed and the passages nearest the question are sent and saved as the reply's sources."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.documents import DocumentEncrypted, DocumentWithoutText
from desktop.ollama import AsyncOllamaClient
from desktop.services.chat import ChatSession, ReplyEnded, ReplyPhase
from desktop.services.chat.events import DocumentsProgress, SourcesChosen
from desktop.services.context import AppContext
from desktop.services.documents import budget
from desktop.services.documents.service import DocumentService
from desktop.services.operations import Operations
from desktop.storage import ChatStore, DocumentMode, DocumentState, MessageState
from tests.documents.make_files import (
    make_encrypted_pdf,
    make_latin1_text,
    make_scan_pdf,
    make_text_pdf,
)
from tests.fake_ollama import FakeOllama, Reply
from tests.services.chat.conftest import MODEL, Recorder, reply_requests

EMBEDDER = "nomic-embed-text:latest"
TOPICS = ["rivers", "mountains", "deserts", "forests", "glaciers", "volcanoes"]


def page_text(number: int) -> str:
    """A page about one topic, long enough that 30 pages don't fit a small chat."""
    topic = TOPICS[number % len(TOPICS)]
    line = f"Page {number} is about {topic}, and {topic} are described here at length."
    return "\n".join([line] * 30)


@pytest.fixture
def service(
    store: ChatStore, operations: Operations, aclient: AsyncOllamaClient
) -> Iterator[DocumentService]:
    documents = DocumentService(store, operations, lambda: aclient, embed_batch=4)
    yield documents
    documents.close()


@pytest.fixture
def session_for(
    aclient: AsyncOllamaClient,
    data_dir: Path,
    store: ChatStore,
    operations: Operations,
    service: DocumentService,
    qtbot: Any,
) -> Iterator[Any]:
    context = AppContext(ollama=aclient, data_dir=data_dir, operations=operations)
    context.documents = service
    made: list[ChatSession] = []

    def make(**settings: Any) -> tuple[ChatSession, Recorder]:
        conversation = store.conversations.create(model=MODEL, **settings)
        session = ChatSession(context, store, conversation.id, operations=operations)
        recorder = Recorder()
        session.subscribe(recorder)
        made.append(session)
        return session, recorder

    yield make
    for session in made:
        if session.title_task is not None:
            qtbot.waitUntil(session.title_task.done, timeout=5000)
        session.close()


def read(arun: Any, service: DocumentService, path: Path) -> Any:
    return arun(service.read(path).result())


def test_a_small_document_goes_whole_into_the_request_and_is_saved_with_the_message(
    arun: Any,
    fake_ollama: FakeOllama,
    store: ChatStore,
    service: DocumentService,
    session_for: Any,
    tmp_path: Path,
) -> None:
    path = make_latin1_text(tmp_path / "café.txt", "Crème brûlée costs 7 €uros à Zürich.", "cp1252")
    document = read(arun, service, path)
    fake_ollama.reply = Reply(tokens=["It", " costs 7."])
    session, events = session_for()
    reply = arun(session.send("What does it cost?", [document]))
    assert reply.state is MessageState.COMPLETE
    (request,) = reply_requests(fake_ollama)
    sent = request["messages"][-1]["content"]
    assert "Crème brûlée costs 7 €uros à Zürich." in sent
    assert 'name="café.txt"' in sent and sent.endswith("What does it cost?")
    user, stored_reply = store.messages.visible_path(session.conversation_id)
    assert user.content == "What does it cost?"  # what the user typed, nothing more
    (info,) = user.documents
    assert info.mode is DocumentMode.WHOLE and info.name == "café.txt"
    assert store.documents.original(info.id) == path.read_bytes()
    assert stored_reply.sources == [] and not events.of(SourcesChosen)


def test_a_large_pdf_is_embedded_and_only_the_passages_about_the_question_are_sent(
    arun: Any,
    fake_ollama: FakeOllama,
    store: ChatStore,
    service: DocumentService,
    session_for: Any,
    tmp_path: Path,
) -> None:
    fake_ollama.add_model(EMBEDDER, capabilities=("embedding",))
    path = make_text_pdf(tmp_path / "atlas.pdf", [page_text(n) for n in range(1, 31)])
    document = read(arun, service, path)
    session, events = session_for(options={"num_ctx": 2048})
    reply = arun(session.send("Tell me about glaciers", [document]), timeout=30)
    assert reply.state is MessageState.COMPLETE, reply.error
    user = store.messages.visible_path(session.conversation_id)[0]
    (info,) = user.documents
    assert info.mode is DocumentMode.PASSAGES and info.state is DocumentState.READY
    assert info.embedded_count == info.passage_count > 1
    progress = events.of(DocumentsProgress)
    assert progress and progress[-1].done == progress[-1].total == info.passage_count
    # The chosen passages are about glaciers, are in the request, and are the sources.
    (chosen,) = events.of(SourcesChosen)
    sources = list(chosen.sources)
    assert sources and all("glaciers" in source.text for source in sources)
    assert len(sources) <= budget.passages_that_fit(2048, 1500)
    sent = reply_requests(fake_ollama)[-1]["messages"][-1]["content"]
    for source in sources:  # each passage exactly as shown in its source
        assert f">\n{source.text}\n</excerpt>" in sent
    assert "deserts" not in sent  # nothing else of the document went
    stored = store.messages.visible_path(session.conversation_id)[-1]
    assert stored.sources == sources
    assert all(source.page in {4, 10, 16, 22, 28} for source in sources)

    # A second question reuses the stored vectors: only the question is embedded.
    before = fake_ollama.embedded
    arun(session.send("And volcanoes?"), timeout=30)
    assert fake_ollama.embedded == before + 1
    latest = store.messages.visible_path(session.conversation_id)[-1]
    assert latest.sources and all("volcanoes" in s.text for s in latest.sources)


def test_without_an_embedding_model_the_reply_says_which_small_one_to_download(
    arun: Any,
    fake_ollama: FakeOllama,
    store: ChatStore,
    service: DocumentService,
    session_for: Any,
    tmp_path: Path,
) -> None:
    path = make_text_pdf(tmp_path / "atlas.pdf", [page_text(n) for n in range(1, 31)])
    document = read(arun, service, path)
    session, _events = session_for(options={"num_ctx": 2048})
    reply = arun(session.send("Tell me about glaciers", [document]))
    assert reply.state is MessageState.ERROR
    assert "all-minilm" in reply.error and "46" in reply.error
    assert "kept" in reply.error
    assert reply_requests(fake_ollama) == []  # nothing was asked without the document
    user = store.messages.visible_path(session.conversation_id)[0]
    assert user.documents[0].passage_count > 1  # the document is saved, ready to embed


def test_stopping_while_embedding_keeps_what_was_embedded_and_the_next_start_finishes_it(
    arun: Any,
    qtbot: Any,
    fake_ollama: FakeOllama,
    store: ChatStore,
    service: DocumentService,
    session_for: Any,
    tmp_path: Path,
) -> None:
    fake_ollama.add_model(EMBEDDER, capabilities=("embedding",))
    path = make_text_pdf(tmp_path / "atlas.pdf", [page_text(n) for n in range(1, 31)])
    document = read(arun, service, path)
    session, events = session_for(options={"num_ctx": 2048})
    fake_ollama.embed_gate = gate = threading.Event()
    task = asyncio.ensure_future(session.send("Tell me about glaciers", [document]))
    qtbot.waitUntil(lambda: bool(events.of(DocumentsProgress)), timeout=5000)
    gate.set()  # one batch goes through, then hold again
    qtbot.waitUntil(lambda: any(e.done > 0 for e in events.of(DocumentsProgress)), timeout=5000)
    fake_ollama.embed_gate = threading.Event()
    session.stop()
    qtbot.waitUntil(task.done, timeout=5000)
    (ended,) = events.of(ReplyEnded)
    assert ended.phase is ReplyPhase.STOPPED
    info = store.messages.visible_path(session.conversation_id)[0].documents[0]
    assert info.state is DocumentState.CANCELLED
    assert 0 < info.embedded_count < info.passage_count

    # What a restart does: the unfinished document is finished in the background.
    store.documents.set_state(info.id, DocumentState.EMBEDDING)
    fake_ollama.embed_gate = None
    assert arun(service.resume_unfinished(), timeout=30) == 1
    done = store.documents.info(info.id)
    assert done is not None and done.state is DocumentState.READY
    assert done.embedded_count == done.passage_count


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (lambda p: make_encrypted_pdf(p / "locked.pdf", "secret"), DocumentEncrypted, "password"),
        (lambda p: make_scan_pdf(p / "scan.pdf"), DocumentWithoutText, "probably a scan"),
    ],
)
def test_unreadable_pdfs_are_refused_in_plain_words(
    arun: Any, service: DocumentService, tmp_path: Path, make: Any, error: type, words: str
) -> None:
    path = make(tmp_path)
    with pytest.raises(error) as raised:
        read(arun, service, path)
    assert words in raised.value.message


def test_the_memory_budget_leaves_room_for_the_answer() -> None:
    assert budget.context_tokens({}, {}, None) == budget.DEFAULT_CONTEXT
    assert budget.context_tokens({"num_ctx": 8192}, {}, 4096) == 4096
    assert budget.context_tokens({}, {"num_ctx": "16384"}, 32768) == 16384
    assert budget.fits_whole(3 * 4096, 4096) and not budget.fits_whole(3 * 4096 + 1, 4096)
    assert round(budget.share_of_memory(4096, 4096), 2) == 0.25
