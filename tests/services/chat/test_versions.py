"""Regenerate, edit and resend, delete, and moving between versions ("2/3")."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.services.chat import ReplyStarted, SessionError, ThreadChanged
from desktop.storage import ChatStore, MessageState, NewAttachment
from tests.fake_ollama import FakeOllama, Reply
from tests.services.chat.conftest import MODEL, reply_requests


def _contents(session: Any) -> list[str]:
    return [message.content for message in session.thread().messages]


def test_regenerate_adds_a_version_and_the_old_one_stays(
    arun: Any, fake_ollama: FakeOllama, make_session: Any
) -> None:
    fake_ollama.reply = Reply(tokens=["First", " answer"])
    session, events = make_session()
    first = arun(session.send("Question"))
    fake_ollama.reply = Reply(tokens=["Second", " answer"])
    second = arun(session.regenerate())
    assert second.parent_id == first.parent_id and second.id != first.id
    assert (second.version, second.version_count) == (2, 2)
    assert _contents(session) == ["Question", "Second answer"]
    # The old reply is not sent back as history.
    assert [m["content"] for m in reply_requests(fake_ollama)[-1]["messages"]] == ["Question"]
    assert events.of(ReplyStarted)[-1].user_message.content == "Question"

    assert arun(session.step_version(second.id, -1)) == first.id
    assert _contents(session) == ["Question", "First answer"]
    assert session.thread().messages[1].version == 1
    assert events.of(ThreadChanged)
    assert arun(session.step_version(first.id, -1)) == first.id  # already the first
    assert arun(session.step_version(first.id, +1)) == second.id

    fake_ollama.add_model("tinyllama:1b")
    third = arun(session.regenerate(first.id, model="tinyllama:1b"))
    assert (third.model, third.version, third.version_count) == ("tinyllama:1b", 3, 3)
    assert reply_requests(fake_ollama)[-1]["model"] == "tinyllama:1b"


def test_edit_and_resend_starts_a_new_branch_and_keeps_the_old(
    arun: Any, fake_ollama: FakeOllama, make_session: Any
) -> None:
    session, _ = make_session()
    arun(session.send("Q1"))
    arun(session.send("Q2"))
    old_q1 = session.thread().messages[0]
    reply = arun(session.edit_and_resend(old_q1.id, "Q1, better"))
    assert reply.state is MessageState.COMPLETE
    thread = session.thread().messages
    assert [m.content for m in thread][:1] == ["Q1, better"] and len(thread) == 2
    assert (thread[0].version, thread[0].version_count) == (2, 2)
    assert [m["content"] for m in reply_requests(fake_ollama)[-1]["messages"]] == ["Q1, better"]

    arun(session.select_version(old_q1.id))  # back to the first branch, intact
    assert [m.content for m in session.thread().messages][::2] == ["Q1", "Q2"]
    assert len(session.thread().messages) == 4

    # Editing the second question keeps the first exchange as history.
    q2 = session.thread().messages[2]
    arun(session.edit_and_resend(q2.id, "Q2, rephrased"))
    sent = [m["content"] for m in reply_requests(fake_ollama)[-1]["messages"]]
    assert sent[0] == "Q1" and sent[-1] == "Q2, rephrased" and len(sent) == 3


def test_an_edit_keeps_the_images_unless_replaced(
    arun: Any, fake_ollama: FakeOllama, store: ChatStore, make_session: Any
) -> None:
    fake_ollama.add_model("llava:7b", capabilities=("completion", "vision"))
    session, _ = make_session(model="llava:7b")
    arun(session.send("What is it?", [NewAttachment(b"\x89PNG-one", "image/png", "one.png")]))
    question = session.thread().messages[0]
    arun(session.edit_and_resend(question.id, "What is it, exactly?"))
    edited = session.thread().messages[0]
    assert [a.name for a in edited.attachments] == ["one.png"]
    assert store.attachments.data(edited.attachments[0].id) == b"\x89PNG-one"
    arun(session.edit_and_resend(edited.id, "And now?", images=[]))
    assert session.thread().messages[0].attachments == []


def test_only_user_messages_can_be_edited(arun: Any, make_session: Any) -> None:
    session, _ = make_session()
    reply = arun(session.send("Hi"))
    with pytest.raises(SessionError, match="Only your own"):
        arun(session.edit_and_resend(reply.id, "rewritten"))
    with pytest.raises(SessionError, match="no longer exists"):
        arun(session.edit_and_resend(99999, "x"))


def test_delete_a_reply_then_retry_the_question(
    arun: Any, fake_ollama: FakeOllama, make_session: Any
) -> None:
    session, events = make_session()
    reply = arun(session.send("Q1"))
    arun(session.send("Q2"))
    assert arun(session.delete_message(reply.id)) == 3  # the reply and everything after it
    assert _contents(session) == ["Q1"]
    assert events.of(ThreadChanged)
    retried = arun(session.regenerate())  # the last message is the question: answer it
    assert retried.parent_id == session.thread().messages[0].id
    assert (retried.version, retried.version_count) == (1, 1)
    assert len(_contents(session)) == 2


def test_nothing_to_regenerate_in_an_empty_chat(arun: Any, make_session: Any) -> None:
    session, _ = make_session()
    with pytest.raises(SessionError, match="no message to reply to"):
        arun(session.regenerate())


def test_regenerating_an_older_reply_moves_the_path_to_it(
    arun: Any, fake_ollama: FakeOllama, make_session: Any
) -> None:
    session, _ = make_session()
    first = arun(session.send("Q1"))
    arun(session.send("Q2"))
    fake_ollama.reply = Reply(tokens=["Fresh"])
    fresh = arun(session.regenerate(first.id))
    assert _contents(session) == ["Q1", "Fresh"]
    assert fresh.version_count == 2
    arun(session.select_version(first.id))
    assert _contents(session)[2] == "Q2"  # the old branch continues where it was
    assert session.conversation.model == MODEL
