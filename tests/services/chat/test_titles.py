"""Titles: a fallback at once, the model's short title after the first reply, the user's wins."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from desktop.services.chat import TitleChanged
from desktop.services.chat.events import ReplyEnded
from desktop.services.chat.titles import clean_title, fallback_title
from desktop.storage import ChatStore, TitleSource
from tests.conditions import until
from tests.fake_ollama import FakeOllama, Reply
from tests.services.chat.conftest import title_requests


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ('"Colors of the Rainbow."', "Colors of the Rainbow"),
        ("Title: **Baking Sourdough Bread**\n\nHope this helps!", "Baking Sourdough Bread"),
        ("“Rust Borrow Checker Basics”", "Rust Borrow Checker Basics"),
        ("<think>hmm</think>\n# Tea Brewing Tips", "Tea Brewing Tips"),
        (
            "one two three four five six seven eight nine ten",
            "one two three four five six seven eight",
        ),
        ("   \n\n", ""),
        ("!!!", ""),
    ],
)
def test_clean_title(raw: str, title: str) -> None:
    assert clean_title(raw) == title


def test_fallback_title_is_the_first_words() -> None:
    assert fallback_title("  How do I   brew oolong tea properly at home?") == (
        "How do I brew oolong tea…"
    )
    assert fallback_title("Short one") == "Short one"
    assert fallback_title("") == ""
    assert fallback_title("x" * 200).endswith("…") and len(fallback_title("x" * 200)) <= 60


def test_the_model_names_the_chat_after_the_first_reply(
    arun: Any, fake_ollama: FakeOllama, store: ChatStore, make_session: Any
) -> None:
    fake_ollama.reply = Reply(tokens=['"Colors', " of", " the", " Rainbow", '."'])
    session, events = make_session(keep_alive=-1)
    arun(session.send("What are the colors of the rainbow, in order please?"))
    arun(session.title_task)
    conversation = session.conversation
    assert (conversation.title, conversation.title_source) == (
        "Colors of the Rainbow",
        TitleSource.AUTO,
    )
    assert [e.title for e in events.of(TitleChanged)] == [
        "What are the colors of the…",  # the fallback, as soon as the message was saved
        "Colors of the Rainbow",
    ]
    (request,) = title_requests(fake_ollama)
    assert request["options"] == {"num_predict": 24, "temperature": 0.2}
    assert request["think"] is False and request["stream"] is False
    assert request["keep_alive"] == -1  # the title request must not shorten the model's stay
    assert "3 to 6 words" in request["messages"][-1]["content"]
    # Later exchanges do not ask again.
    arun(session.send("And in reverse?"))
    assert session.title_task is not None
    arun(session.title_task)
    assert len(title_requests(fake_ollama)) == 1


def test_a_title_typed_during_the_request_wins(
    arun: Any, fake_ollama: FakeOllama, make_session: Any
) -> None:
    session, _ = make_session()

    async def scenario() -> None:
        await session.send("Name three colors")
        await until(lambda: title_requests(fake_ollama))  # the title request is on its way
        await session.rename("My colors")
        await session.title_task

    arun(scenario())
    assert len(title_requests(fake_ollama)) == 1
    assert session.conversation.title == "My colors"
    assert session.conversation.title_set_by_user


def test_a_title_typed_before_the_reply_ends_means_no_request(
    arun: Any, fake_ollama: FakeOllama, make_session: Any
) -> None:
    session, events = make_session()
    renames: list[asyncio.Future[None]] = []

    def rename_when_the_reply_ends(event: object) -> None:
        if isinstance(event, ReplyEnded):
            renames.append(asyncio.ensure_future(session.rename("Typed")))

    session.subscribe(rename_when_the_reply_ends)
    arun(session.send("Name three colors"))
    arun(renames[0])
    if session.title_task is not None:
        arun(session.title_task)
    assert title_requests(fake_ollama) == []
    assert session.conversation.title == "Typed"
    assert events.of(TitleChanged)[-1].title == "Typed"


def test_a_failed_title_request_leaves_the_fallback(
    arun: Any, fake_ollama: FakeOllama, make_session: Any
) -> None:
    session, _ = make_session()

    def break_titles(event: object) -> None:
        if isinstance(event, ReplyEnded):
            fake_ollama.override(
                "/api/chat", status=500, body=b'{"error":"out of memory"}',
                content_type="application/json", times=1,
            )  # fmt: skip

    session.subscribe(break_titles)
    arun(session.send("Name three colors"))
    arun(session.title_task)
    conversation = session.conversation
    assert (conversation.title, conversation.title_source) == (
        "Name three colors",
        TitleSource.FALLBACK,
    )


def test_an_unusable_title_answer_leaves_the_fallback(
    arun: Any, fake_ollama: FakeOllama, make_session: Any
) -> None:
    fake_ollama.reply = Reply(tokens=["...", "!"])
    session, _ = make_session()
    arun(session.send("Name three colors"))
    arun(session.title_task)
    assert session.conversation.title == "Name three colors"


def test_no_title_after_a_failed_first_reply(
    arun: Any, fake_ollama: FakeOllama, make_session: Any
) -> None:
    fake_ollama.reply = Reply(error_after=2)
    session, _ = make_session()
    arun(session.send("Name three colors"))
    assert session.title_task is None
    assert session.conversation.title == "Name three colors"


def test_an_empty_reply_asks_for_no_title(
    arun: Any, fake_ollama: FakeOllama, make_session: Any
) -> None:
    fake_ollama.reply = Reply(tokens=[])
    session, _ = make_session()
    reply = arun(session.send("Say nothing"))
    assert reply.content == "" and session.title_task is None
    assert title_requests(fake_ollama) == []
