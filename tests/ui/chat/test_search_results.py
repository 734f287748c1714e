"""Search results in the sidebar: one row per chat, whole words, spaces kept, visible thread."""

from __future__ import annotations

from typing import Any

from desktop.storage import SearchHit
from desktop.storage.records import MATCH_END, MATCH_START
from desktop.ui.chat.sidebar import ELLIPSIS, fit_runs, snippet_html, snippet_runs
from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import send


def hit(snippet: str) -> SearchHit:
    return SearchHit(1, 2, "Sleep", "assistant", snippet, created_at=0.0, rank=0.0)


def test_the_spaces_around_a_highlighted_word_stay() -> None:
    runs = snippet_runs(hit(f"ideas for\n improving {MATCH_START}sleep{MATCH_END} at night"))
    assert "".join(text for text, _ in runs) == "ideas for improving sleep at night"
    assert "improving <b" in snippet_html(runs, "#000000")
    assert "</b> at night" in snippet_html(runs, "#000000")


def test_a_snippet_too_wide_is_cut_after_a_whole_word() -> None:
    whole = "keep a regular schedule every evening"
    runs = snippet_runs(hit(f"keep a {MATCH_START}regular{MATCH_END} schedule every evening"))
    for limit in range(8, 50):
        cut = fit_runs(runs, lambda shown, limit=limit: len("".join(t for t, _ in shown)) <= limit)
        text = "".join(part for part, _ in cut)
        assert len(text) <= limit
        if text != whole:
            assert text.endswith(ELLIPSIS)
            words = text.removesuffix(ELLIPSIS).split()
            assert words == whole.split()[: len(words)]


def test_one_row_per_chat_and_only_what_the_chat_shows(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply = Reply(tokens=["Kangaroos hop; kangaroos box."])
    first_reply = send(qtbot, tab, "Tell me about kangaroos")
    fake_ollama.reply = Reply(tokens=["Young kangaroos are joeys."])
    send(qtbot, tab, "And their young?")  # a third and fourth message that match
    store = tab.store
    chat = tab.conversation.id
    title = tab.adapters[chat].session.title_task
    if title is not None:
        qtbot.waitUntil(title.done, timeout=5000)
    tab.context.operations.wait(lambda: store.conversations.rename(chat, "Marsupials"))
    tab.context.operations.wait(  # the first answer was regenerated: that version is hidden
        lambda: store.messages.add(
            chat, "assistant", "Wombats dig.", parent_id=first_reply.parent_id
        )
    )
    task = tab.search("kangaroos")
    qtbot.waitUntil(task.done, timeout=5000)
    rows = tab.sidebar.hits.hits
    assert [row.conversation_id for row in rows] == [chat]  # once, not once per message
    assert rows[0].role == "user"  # the question; the answers under it are hidden now
    tab.sidebar.hit_list.grab()  # the rows paint
    task = tab.search("hop")  # only in the replaced answer
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() == []
