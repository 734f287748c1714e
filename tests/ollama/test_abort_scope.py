"""A cancel or close only ever shuts the socket of its own request, while that request holds it.

After a plain call returns, its connection goes back to the pool, and the next call may be
carrying another request on it already: a late cancel must leave it alone.
"""

from __future__ import annotations

import threading

import pytest

from desktop.ollama import AsyncOllamaClient, ModelNotFound, OllamaClient
from tests.fake_ollama import FakeOllama, Reply

HELLO = [{"role": "user", "content": "hi"}]


def ports(fake_ollama: FakeOllama, path: str) -> list[int]:
    return [r.client_port for r in fake_ollama.requests if r.path == path]


def test_a_cancel_after_the_call_returned_leaves_the_next_call_alone(
    qtbot, client: OllamaClient, fake_ollama: FakeOllama, arun, qloop
) -> None:
    aclient = AsyncOllamaClient(client, max_workers=2)
    returned = threading.Event()
    result_may_go = threading.Event()

    def version_then_wait() -> str:
        """The request is over and its connection pooled; the task has not seen the result."""
        answer = client.version()
        returned.set()
        result_may_go.wait(10)
        return answer

    try:
        late = qloop.create_task(aclient._call(version_then_wait))
        qtbot.waitUntil(returned.is_set, timeout=5000)
        hold = threading.Event()
        fake_ollama.reply = Reply(tokens=["4"], hold=hold)
        following = qloop.create_task(aclient.chat_once("smollm2:135m", HELLO))
        qtbot.waitUntil(lambda: fake_ollama.active_streams > 0, timeout=5000)
        # The next call rides on the connection the first one gave back.
        assert ports(fake_ollama, "/api/chat") == ports(fake_ollama, "/api/version")

        late.cancel()
        qtbot.waitUntil(late.done, timeout=5000)
        hold.set()
        assert arun(following).message.content == "4"
        assert arun(aclient.version()) == "0.32.15"
    finally:
        result_may_go.set()
        aclient.close()


def test_closing_a_stream_that_already_failed_leaves_the_pooled_connection_alone(
    qtbot, client: OllamaClient, fake_ollama: FakeOllama
) -> None:
    stream = client.chat("missing:1b", HELLO)
    with pytest.raises(ModelNotFound):
        list(stream)  # a 404 with a JSON body: read whole, the connection goes back to the pool
    hold = threading.Event()
    fake_ollama.reply = Reply(tokens=["4"], hold=hold)
    answers: list[object] = []
    errors: list[BaseException] = []

    def ask() -> None:
        try:
            answers.append(client.chat("smollm2:135m", HELLO, stream=False))
        except BaseException as exc:  # the test reads it below
            errors.append(exc)

    asking = threading.Thread(target=ask)
    asking.start()
    qtbot.waitUntil(lambda: fake_ollama.active_streams > 0, timeout=5000)
    assert len(set(ports(fake_ollama, "/api/chat"))) == 1  # the same connection, reused

    stream.close()
    hold.set()
    asking.join(timeout=10)
    assert not errors, errors
    assert answers[0].message.content == "4"  # type: ignore[attr-defined]


def test_a_cancel_before_the_request_is_sent_still_stops_it(
    qtbot, client: OllamaClient, fake_ollama: FakeOllama
) -> None:
    """Closing a stream before its request reaches the network: the request never runs."""
    stream = client.chat("smollm2:135m", HELLO)
    stream.close()
    assert list(stream) == []
    assert not [r for r in fake_ollama.requests if r.path == "/api/chat"]


def test_cancelling_while_the_server_thinks_aborts_the_request(
    qtbot, aclient: AsyncOllamaClient, fake_ollama: FakeOllama, qloop
) -> None:
    hold = threading.Event()
    fake_ollama.reply = Reply(tokens=["slow"], hold=hold)
    task = qloop.create_task(aclient.chat_once("smollm2:135m", HELLO))
    qtbot.waitUntil(lambda: fake_ollama.active_streams > 0, timeout=5000)
    task.cancel()
    qtbot.waitUntil(lambda: fake_ollama.disconnects > 0, timeout=5000)
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.cancelled()
