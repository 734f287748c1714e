"""Documents stored with messages: text, originals, passages and vectors, sources, search,
export and import, deletion."""

from __future__ import annotations

import struct

from desktop.storage import (
    ChatStore,
    DocumentMode,
    DocumentState,
    NewDocument,
    NewPassage,
    Source,
)
from desktop.storage.documents import ORIGINAL_CAP


def _vector(*values: float) -> bytes:
    return struct.pack(f"<{len(values)}f", *values)


def _large(name: str = "report.pdf") -> NewDocument:
    return NewDocument(
        name=name,
        kind="pdf",
        size=123_456,
        text="Chapter one about rivers. Chapter two about mountains.",
        page_count=2,
        mode=DocumentMode.PASSAGES,
        passages=(
            NewPassage(0, "Chapter one about rivers.", 1, "One"),
            NewPassage(1, "Chapter two about mountains.", 2, "Two"),
        ),
    )


def test_a_document_is_saved_with_its_message_and_listed_with_the_chat(store: ChatStore) -> None:
    chat = store.conversations.create(model="m")
    small = NewDocument("notes.txt", "text", 11, "hello notes", encoding="latin-1", original=b"x")
    user = store.messages.add(chat.id, "user", "Read this", parent_id=None, documents=[small])
    (info,) = user.documents
    assert (info.name, info.kind, info.size, info.chars, info.mode) == (
        "notes.txt",
        "text",
        11,
        11,
        DocumentMode.WHOLE,
    )
    assert info.state is DocumentState.READY
    assert store.documents.text(info.id) == "hello notes"
    assert store.documents.original(info.id) == b"x"
    assert store.documents.encoding(info.id) == "latin-1"
    (shown,) = store.messages.visible_path(chat.id)
    assert [d.name for d in shown.documents] == ["notes.txt"]


def test_an_original_above_the_cap_is_not_kept_but_its_text_is(store: ChatStore) -> None:
    chat = store.conversations.create(model="m")
    big = NewDocument(
        "big.txt", "text", ORIGINAL_CAP + 1, "text", original=b"a" * (ORIGINAL_CAP + 1)
    )
    user = store.messages.add(chat.id, "user", "", parent_id=None, documents=[big])
    assert store.documents.original(user.documents[0].id) is None
    assert store.documents.text(user.documents[0].id) == "text"


def test_passages_keep_their_vectors_and_the_document_is_unfinished_until_all_are_in(
    store: ChatStore,
) -> None:
    chat = store.conversations.create(model="m")
    user = store.messages.add(chat.id, "user", "Q", parent_id=None, documents=[_large()])
    (info,) = user.documents
    assert info.mode is DocumentMode.PASSAGES and info.passage_count == 2
    assert [d.id for d in store.documents.unfinished()] == [info.id]
    store.documents.start_embedding(info.id, "all-minilm")
    first, second = store.documents.without_vectors(info.id, 10)
    store.documents.set_vectors([(first[0], _vector(1, 0))])
    assert store.documents.without_vectors(info.id, 10) == [second]
    assert store.documents.info(info.id).embedded_count == 1  # type: ignore[union-attr]
    # Another model's vectors can't be compared with these: they are dropped.
    store.documents.start_embedding(info.id, "nomic-embed-text")
    assert len(store.documents.without_vectors(info.id, 10)) == 2
    store.documents.set_vectors([(first[0], _vector(1, 0)), (second[0], _vector(0, 1))])
    store.documents.set_state(info.id, DocumentState.READY)
    assert store.documents.unfinished() == []
    assert [blob for _, blob in store.documents.vectors(info.id)] == [
        _vector(1, 0),
        _vector(0, 1),
    ]


def test_sources_are_saved_with_the_reply_and_deleting_the_message_deletes_everything(
    store: ChatStore,
) -> None:
    chat = store.conversations.create(model="m")
    user = store.messages.add(chat.id, "user", "Q", parent_id=None, documents=[_large()])
    reply = store.messages.add(chat.id, "assistant", "A", parent_id=user.id)
    sources = [Source("report.pdf", 2, "Two", "Chapter two about mountains.")]
    store.documents.save_sources(reply.id, sources)
    assert store.messages.visible_path(chat.id)[-1].sources == sources
    assert store.messages.get(reply.id).sources == sources  # type: ignore[union-attr]
    store.messages.delete(user.id)
    counts = [
        store.database.query_one(f"SELECT count(*) FROM {table}")[0]
        for table in ("documents", "passages", "reply_sources")
    ]
    assert counts == [0, 0, 0]
    assert store.search("mountains") == []


def test_chat_search_finds_a_document_by_its_text(store: ChatStore) -> None:
    chat = store.conversations.create(model="m")
    doc = NewDocument("field notes.txt", "text", 30, "The heron nests by the reservoir.")
    store.messages.add(chat.id, "user", "What birds?", parent_id=None, documents=[doc])
    (hit,) = store.search("reservoir")
    assert hit.conversation_id == chat.id
    text = "".join(part for part, _ in hit.snippet_parts())
    assert text.startswith("field notes.txt: ") and "reservoir" in text
    assert any(matched for _, matched in hit.snippet_parts())


def test_export_and_import_carry_documents_vectors_and_sources(store: ChatStore) -> None:
    chat = store.conversations.create(model="m")
    small = NewDocument("notes.txt", "text", 5, "hello", original=b"hello")
    user = store.messages.add(
        chat.id, "user", "Q", parent_id=None, documents=[small, _large("book.pdf")]
    )
    large_id = user.documents[1].id
    store.documents.start_embedding(large_id, "all-minilm")
    ids = [passage_id for passage_id, _ in store.documents.passages(large_id)]
    store.documents.set_vectors([(ids[0], _vector(1, 0)), (ids[1], _vector(0, 1))])
    store.documents.set_state(large_id, DocumentState.READY)
    reply = store.messages.add(chat.id, "assistant", "A", parent_id=user.id)
    store.documents.save_sources(reply.id, [Source("book.pdf", 1, "One", "Chapter one.")])

    copy_id = store.import_json(store.export_json(chat.id))
    copied_user, copied_reply = store.messages.visible_path(copy_id)
    small_copy, large_copy = copied_user.documents
    assert store.documents.text(small_copy.id) == "hello"
    assert store.documents.original(small_copy.id) == b"hello"
    assert (large_copy.mode, large_copy.state, large_copy.embed_model) == (
        DocumentMode.PASSAGES,
        DocumentState.READY,
        "all-minilm",
    )
    assert [blob for _, blob in store.documents.vectors(large_copy.id)] == [
        _vector(1, 0),
        _vector(0, 1),
    ]
    assert copied_reply.sources == [Source("book.pdf", 1, "One", "Chapter one.")]
    markdown = store.export_markdown(chat.id)
    assert "[document: notes.txt]" in markdown and "Used: book.pdf p. 1" in markdown


def test_a_backup_carries_documents(store: ChatStore, tmp_path) -> None:
    chat = store.conversations.create(model="m")
    doc = NewDocument("notes.txt", "text", 5, "hello")
    store.messages.add(chat.id, "user", "Q", parent_id=None, documents=[doc])
    target = tmp_path / "backup.db"
    store.backup_to(target)
    other = ChatStore.open(tmp_path / "other")
    try:
        other.restore_from(target)
        (conversation,) = other.conversations.list()
        (message,) = other.messages.visible_path(conversation.id)
        assert other.documents.text(message.documents[0].id) == "hello"
    finally:
        other.close()
