"""Full-text search: what the user types is safe, results are ranked, snippets marked."""

from __future__ import annotations

import pytest

from desktop.storage import MATCH_END, MATCH_START, ChatStore, MessageState, split_snippet
from desktop.storage.search import fts_query


@pytest.fixture
def filled(store: ChatStore) -> ChatStore:
    rust = store.conversations.create(model="m")
    store.conversations.rename(rust.id, "Rust lifetimes")
    q = store.messages.add(
        rust.id, "user", "Why does the borrow checker reject this?", parent_id=None
    )
    store.messages.add(
        rust.id,
        "assistant",
        "The borrow outlives the owner. A borrow cannot outlive what it borrows; borrow less.",
        parent_id=q.id,
    )
    cafe = store.conversations.create(model="m")
    store.messages.add(cafe.id, "user", "Un café crème, s'il vous plaît", parent_id=None)
    return store


def test_hits_are_ranked_and_marked(filled: ChatStore) -> None:
    hits = filled.search("borrow")
    assert [hit.role for hit in hits] == ["assistant", "user"]  # more matches rank first
    assert hits[0].conversation_title == "Rust lifetimes"
    assert hits[0].rank <= hits[1].rank
    assert f"{MATCH_START}borrow{MATCH_END}" in hits[0].snippet
    assert ("borrow", True) in hits[1].snippet_parts()
    assert all(hit.message_id is not None for hit in hits)


def test_titles_match_first(filled: ChatStore) -> None:
    hits = filled.search("lifetimes")
    assert [(hit.role, hit.message_id) for hit in hits] == [("title", None)]
    assert hits[0].snippet == f"Rust {MATCH_START}lifetimes{MATCH_END}"


def test_every_word_must_match_and_the_last_is_a_prefix(filled: ChatStore) -> None:
    assert len(filled.search("borrow checker")) == 1
    assert len(filled.search("borrow owner")) == 1
    assert len(filled.search("borrow chec")) == 1  # typing in progress
    assert filled.search("borrow chec ") == []  # a finished word must match whole
    assert filled.search("borrow pizza") == []
    assert len(filled.search("CAFE creme")) == 1  # case and accents do not matter


@pytest.mark.parametrize(
    "text",
    ['"', 'borrow"', "NEAR(a b)", "a AND OR NOT", "-borrow", "*", "(", "col:borrow", "^x", "'"],
)
def test_query_syntax_typed_by_the_user_is_harmless(filled: ChatStore, text: str) -> None:
    filled.search(text)  # must not raise


def test_queries_are_quoted_words() -> None:
    assert fts_query('rust "borrow') == '"rust" "borrow"*'
    assert fts_query("a b") == '"a" "b"'  # one letter: no prefix (it would match everything)
    assert fts_query("!!! ...") == ""


def test_the_index_follows_edits_streaming_and_deletes(store: ChatStore) -> None:
    conversation = store.conversations.create(model="m")
    user = store.messages.add(conversation.id, "user", "hello", parent_id=None)
    reply = store.messages.add(
        conversation.id, "assistant", parent_id=user.id, state=MessageState.STREAMING
    )
    writer = store.reply_writer(reply.id)
    writer.append("kangaroo ")
    writer.flush()
    assert [hit.message_id for hit in store.search("kangaroo")] == [reply.id]
    writer.append("wallaby")
    writer.finish()
    assert [hit.message_id for hit in store.search("wallaby")] == [reply.id]
    store.conversations.delete(conversation.id)
    assert store.search("kangaroo") == []
    assert store.search("hello") == []


def test_an_empty_search_finds_nothing(filled: ChatStore) -> None:
    assert filled.search("") == []
    assert filled.search("   ") == []
    assert filled.search("borrow", limit=0) == []
    assert len(filled.search("borrow", limit=1)) == 1


def test_snippets_split_into_marked_parts() -> None:
    text = f"a {MATCH_START}b{MATCH_END} c {MATCH_START}d{MATCH_END}"
    assert split_snippet(text) == [("a ", False), ("b", True), (" c ", False), ("d", True)]
    assert split_snippet(f"{MATCH_START}open") == [("open", True)]
    assert split_snippet("") == []
