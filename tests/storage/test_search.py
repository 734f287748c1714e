"""Full-text search: what the user types is safe, results are ranked, snippets marked."""

from __future__ import annotations

import pytest

from desktop.storage import MATCH_END, MATCH_START, ChatStore, MessageState, split_snippet
from desktop.storage.search import ELLIPSIS, fts_query, whole_words


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
    other = filled.conversations.create(model="m")
    filled.messages.add(other.id, "user", "May I borrow your pen?", parent_id=None)
    hits = filled.search("borrow")
    assert [hit.role for hit in hits] == ["assistant", "user"]  # more matches rank first
    assert hits[0].conversation_title == "Rust lifetimes"
    assert hits[1].conversation_id == other.id
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


def test_each_chat_is_listed_once_with_its_best_match(filled: ChatStore) -> None:
    rust = filled.search("lifetimes")[0].conversation_id
    last = filled.messages.visible_path(rust)[-1]
    filled.messages.add(rust, "user", "And lifetimes in structs?", parent_id=last.id)
    hits = filled.search("borrow")  # two messages of the chat match
    assert [hit.conversation_id for hit in hits] == [rust]
    assert hits[0].role == "assistant"  # the best of them
    hits = filled.search("lifetimes")  # its title and a message match
    assert [(hit.conversation_id, hit.role) for hit in hits] == [(rust, "user")]
    assert ("lifetimes", True) in hits[0].snippet_parts()


def test_only_the_versions_a_chat_shows_are_found(store: ChatStore) -> None:
    chat = store.conversations.create(model="m")
    question = store.messages.add(chat.id, "user", "Tell me about kangaroos", parent_id=None)
    old = store.messages.add(chat.id, "assistant", "Kangaroos hop.", parent_id=question.id)
    new = store.messages.add(chat.id, "assistant", "Wallabies too.", parent_id=question.id)
    assert [hit.message_id for hit in store.search("hop")] == []  # replaced by a regenerate
    assert [hit.message_id for hit in store.search("wallabies")] == [new.id]
    edited = store.messages.add(chat.id, "user", "Tell me about emus", parent_id=None)
    assert store.search("wallabies") == []  # under the message the edit replaced
    assert store.search("kangaroos") == []
    assert [hit.message_id for hit in store.search("emus")] == [edited.id]
    store.messages.select(question.id)  # back to the first version of the question
    store.messages.select(old.id)
    assert [hit.message_id for hit in store.search("hop")] == [old.id]
    assert store.search("emus") == []


def _words(snippet: str) -> list[str]:
    plain = "".join(text for text, _ in split_snippet(snippet))
    return plain.strip(ELLIPSIS).split()


LONG = (
    "Sleeping well-known advice: go to bed at the same hour, keep the bedroom cool and dark, "
    "avoid late coffee, and stop looking at screens an hour before bed; improving sleep takes "
    "a few weeks of patience, so don't give up when the first nights are still restless and "
    "short-lived, because the body's clock shifts slowly over many evenings."
)


def test_snippets_are_whole_words_with_ellipses(store: ChatStore) -> None:
    chat = store.conversations.create(model="m")
    store.messages.add(chat.id, "user", LONG, parent_id=None)
    words = LONG.split()
    for word in ("takes", "nights", "still", "sleep", "known", "shifts"):
        snippet = store.search(word + " ")[0].snippet  # the whole word only
        found = _words(snippet)
        assert " ".join(found) in LONG, (word, snippet)  # whole words, in order
        assert found[0] in words and found[-1] in words, (word, snippet)
        assert snippet.startswith(ELLIPSIS) == (found[0] != words[0])
        assert snippet.endswith(ELLIPSIS) == (found[-1] != words[-1])
        assert f"{MATCH_START}{word}{MATCH_END}" in snippet


def test_a_short_message_is_its_own_snippet() -> None:
    assert whole_words(f"improving {MATCH_START}sleep{MATCH_END} now") == (
        f"improving {MATCH_START}sleep{MATCH_END} now"
    )


def test_a_match_inside_a_long_run_without_spaces_keeps_its_word_whole() -> None:
    address = "https://example.com/" + "a" * 60 + f"/{MATCH_START}sleep{MATCH_END}/" + "b" * 150
    marked = "See " + address + " and more"
    snippet = whole_words(marked)
    assert snippet.startswith(ELLIPSIS + "https://example.com/")  # from the word's start
    assert f"{MATCH_START}sleep{MATCH_END}" in snippet
    assert snippet.endswith("b" * 150 + ELLIPSIS)  # to the word's end
