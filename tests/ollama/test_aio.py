"""The asyncio bridge on a qasync loop: streams, cancellation, errors, thread hops."""

from __future__ import annotations

import asyncio
import sys
import threading

import pytest

from desktop.ollama import AsyncOllamaClient, ModelNotFound, StreamBroken
from tests.fake_ollama import FakeOllama, Reply

HELLO = [{"role": "user", "content": "hi"}]


def test_stream_arrives_in_order(aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun) -> None:
    fake_ollama.reply = Reply(tokens=[f"t{i} " for i in range(500)])

    async def consume() -> list[str]:
        return [chunk.message.content async for chunk in aclient.chat("smollm2:135m", HELLO)]

    parts = arun(consume())
    assert parts[:-1] == [f"t{i} " for i in range(500)]


def test_chunks_reach_the_loop_thread(aclient: AsyncOllamaClient, arun) -> None:
    async def consume() -> set[int]:
        return {threading.get_ident() async for _ in aclient.generate("smollm2:135m", "hi")}

    assert arun(consume()) == {threading.get_ident()}


def test_cancelling_the_consumer_closes_the_connection(
    qtbot, aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun, qloop
) -> None:
    fake_ollama.reply = Reply(tokens=["x"] * 10_000, rate=20)
    first = asyncio.Event()

    async def consume() -> None:
        async for _ in aclient.chat("smollm2:135m", HELLO):
            first.set()

    task = qloop.create_task(consume())
    arun(first.wait())
    task.cancel()
    # The server would go on for minutes: only the client hanging up ends it this soon.
    qtbot.waitUntil(lambda: fake_ollama.disconnects > 0, timeout=5000)
    arun(asyncio.wait([task]))
    assert task.cancelled()


def test_cancel_while_the_model_is_still_loading(
    qtbot, aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun, qloop
) -> None:
    loaded = threading.Event()  # never set: the model loads forever
    fake_ollama.reply = Reply(tokens=["late"], hold=loaded)

    async def consume() -> None:
        async for _ in aclient.chat("smollm2:135m", HELLO):
            pass

    task = qloop.create_task(consume())
    qtbot.waitUntil(lambda: fake_ollama.active_streams > 0, timeout=5000)
    task.cancel()
    qtbot.waitUntil(lambda: fake_ollama.disconnects > 0, timeout=5000)
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.cancelled()


def test_breaking_out_of_the_loop_closes_the_stream(
    qtbot, aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun
) -> None:
    fake_ollama.reply = Reply(tokens=["x"] * 10_000, rate=50)

    async def first_only() -> str:
        async with aclient.generate("smollm2:135m", "hi") as stream:
            async for chunk in stream:
                return chunk.response
        return ""

    assert arun(first_only()) == "x"
    qtbot.waitUntil(lambda: fake_ollama.disconnects > 0, timeout=2000)


def test_errors_surface_in_the_consumer(
    aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun
) -> None:
    fake_ollama.reply = Reply(tokens=["a", "b", "c"], error_after=2, error_message="out of memory")

    async def consume() -> None:
        async for _ in aclient.chat("smollm2:135m", HELLO):
            pass

    with pytest.raises(StreamBroken) as caught:
        arun(consume())
    assert caught.value.partial_text == "ab" and caught.value.server_message == "out of memory"
    with pytest.raises(ModelNotFound):
        arun(aclient.show("nope"))


def test_plain_calls(aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun) -> None:
    assert arun(aclient.version()) == "0.32.15"
    assert [m.name for m in arun(aclient.list_models())] == ["smollm2:135m"]
    fake_ollama.reply = Reply(tokens=["4"])
    assert arun(aclient.chat_once("smollm2:135m", HELLO)).message.content == "4"
    assert arun(aclient.generate_once("smollm2:135m", "2+2")).response == "4"


def test_cancelling_a_plain_call_aborts_its_request(
    qtbot, aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun, qloop
) -> None:
    fake_ollama.reply = Reply(tokens=["slow"], hold=threading.Event())
    task = qloop.create_task(aclient.chat_once("smollm2:135m", HELLO))
    qtbot.waitUntil(lambda: fake_ollama.active_streams > 0, timeout=5000)
    task.cancel()
    qtbot.waitUntil(lambda: fake_ollama.disconnects > 0, timeout=2000)


def test_upload_progress_is_reported_on_the_loop_thread(
    aclient: AsyncOllamaClient, arun, tmp_path
) -> None:
    blob = tmp_path / "weights.gguf"
    blob.write_bytes(b"GGUF" + bytes(2_000_000))
    threads: set[int] = set()
    stages: list[str] = []

    def progress(stage: str, done: int, total: int) -> None:
        threads.add(threading.get_ident())
        stages.append(stage)

    digest = arun(aclient.upload_blob(str(blob), progress=progress))
    assert digest.startswith("sha256:")
    assert threads == {threading.get_ident()}
    assert "hashing" in stages and "uploading" in stages


def test_cancelling_an_upload_stops_the_hashing_worker(
    qtbot, aclient: AsyncOllamaClient, fake_ollama: FakeOllama, qloop, tmp_path
) -> None:
    blob = tmp_path / "big.gguf"
    with blob.open("wb") as handle:
        handle.truncate(400 * 1024 * 1024)  # sparse: hashing takes a while, the disk is spared
    stages: list[str] = []
    upload = aclient.upload_blob(str(blob), progress=lambda stage, *_: stages.append(stage))
    task = qloop.create_task(upload)
    qtbot.waitUntil(lambda: "hashing" in stages, timeout=5000)
    task.cancel()
    qtbot.waitUntil(task.done, timeout=5000)
    aclient._executor.shutdown(wait=True)  # the worker has really finished, one way or another
    assert not any(request.path.startswith("/api/blobs/") for request in fake_ollama.requests)
    assert fake_ollama.blobs == {}


def test_model_recommendations(aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun) -> None:
    data = arun(aclient.model_recommendations())
    assert data["recommendations"][0]["model"] == "qwen3:4b"


@pytest.mark.parametrize("max_pending", [1, 2, 3, 8])
def test_a_reader_held_back_by_a_slow_consumer_always_resumes(
    aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun, max_pending: int, request
) -> None:
    """The reader pauses when it is ``max_pending`` chunks ahead; however the consumer's draining
    interleaves with that pause, the stream must run to its end rather than wait forever."""
    fake_ollama.reply = Reply(tokens=["x"] * 4_000)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: most interleavings occur
    request.addfinalizer(lambda: sys.setswitchinterval(interval))

    async def consume() -> int:
        received = 0
        stream = aclient.chat("smollm2:135m", HELLO, max_pending=max_pending)
        while True:
            try:
                batch = await (stream.next_batch(3) if received % 2 else stream.next_batch(1))
            except StopAsyncIteration:
                return received
            received += len(batch)

    for _ in range(3):
        assert arun(consume(), timeout=20) == 4_001
