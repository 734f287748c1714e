"""The rest of the client's surface, blocking and async, against the test server."""

from __future__ import annotations

import hashlib
import json
import threading

import pytest

from desktop.ollama import AsyncOllamaClient, Message, OllamaClient, RequestRejected
from tests.fake_ollama import FakeOllama, Reply
from tests.ollama.raw_http import RawResponder

HELLO = [{"role": "user", "content": "hi"}]


def test_async_plain_calls(aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun) -> None:
    assert aclient.base_url == fake_ollama.url
    arun(aclient.chat_once("smollm2:135m", HELLO))
    assert [m.name for m in arun(aclient.running_models())] == ["smollm2:135m"]
    arun(aclient.copy("smollm2:135m", "copy:1b"))
    assert "copy:1b" in fake_ollama.models_by_name
    arun(aclient.delete("copy:1b"))
    assert "copy:1b" not in fake_ollama.models_by_name
    assert arun(aclient.blob_exists("sha256:" + "1" * 64)) is False
    assert arun(aclient.show("smollm2:135m", verbose=True)).details.family
    assert fake_ollama.requests[-1].json == {"model": "smollm2:135m", "verbose": True}


def test_embed_takes_one_text_or_several(
    aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun
) -> None:
    fake_ollama.version = "0.24.0"  # before embeddings needed a flag
    arun(aclient.embed("smollm2:135m", ["a", "b"]))
    assert fake_ollama.requests[-1].json["input"] == ["a", "b"]
    arun(aclient.embed("smollm2:135m", "a"))
    assert fake_ollama.requests[-1].json["input"] == "a"


def test_pull_and_push_ask_for_insecure_only_when_told(
    client: OllamaClient, fake_ollama: FakeOllama
) -> None:
    name = "127.0.0.1:5000/team/private:1b"
    fake_ollama.registry_add(name, layer_sizes=[1000])
    assert list(client.pull(name, insecure=True))[-1].status == "success"
    assert fake_ollama.requests[-1].json["insecure"] is True
    assert list(client.push(name, insecure=True))[-1].status == "success"
    assert fake_ollama.requests[-1].json["insecure"] is True


def test_messages_and_images_go_out_as_ollama_wants(
    client: OllamaClient, fake_ollama: FakeOllama
) -> None:
    message = Message(role="user", content="look", images=["aGk="], thinking=None)
    with pytest.raises(RequestRejected):  # this model has no eyes; what was sent is the point
        client.chat("smollm2:135m", [message], stream=False)
    assert fake_ollama.requests[-1].json["messages"] == [
        {"role": "user", "content": "look", "images": ["aGk="]}
    ]


def test_a_stream_is_a_context_manager(client: OllamaClient, fake_ollama: FakeOllama) -> None:
    fake_ollama.reply = Reply(tokens=["a", "b", "c"])
    with client.chat("smollm2:135m", HELLO) as stream:
        first = next(iter(stream))
    assert first.message.content == "a" and stream.closed


def test_closing_mid_read_ends_the_iteration_quietly(
    client: OllamaClient, fake_ollama: FakeOllama, qtbot
) -> None:
    fake_ollama.reply = Reply(tokens=["x"] * 1000, rate=50)
    stream = client.chat("smollm2:135m", HELLO)
    chunks = iter(stream)
    next(chunks)
    stream.close()
    assert list(chunks) == []  # the aborted read is not an error after close()
    qtbot.waitUntil(lambda: fake_ollama.disconnects > 0, timeout=5000)


def test_a_line_that_is_json_but_not_an_object_is_skipped() -> None:
    line = {"model": "m", "created_at": "2026-11-25T05:48:29Z", "message": {}, "done": True}
    body = b"[1, 2]\n" + json.dumps(line).encode() + b"\n"
    with RawResponder([body]) as server:
        stream = OllamaClient(server.url).chat("m", [])
        assert len(list(stream)) == 1
    assert stream.malformed_lines == 1


def test_uploads_without_progress_and_twice(client: OllamaClient, fake_ollama, tmp_path) -> None:
    blob = tmp_path / "w.gguf"
    blob.write_bytes(b"GGUF" + bytes(100_000))
    digest = client.upload_blob(blob)
    assert digest == "sha256:" + hashlib.sha256(blob.read_bytes()).hexdigest()
    seen: list[tuple[str, int, int]] = []
    assert client.upload_blob(blob, progress=lambda *args: seen.append(args)) == digest
    assert seen[-1] == ("uploading", 100_004, 100_004)  # already there: nothing sent
    assert len([r for r in fake_ollama.requests if r.method == "POST"]) == 1


def test_an_empty_file_still_reports_its_hash(client: OllamaClient, tmp_path) -> None:
    empty = tmp_path / "empty.bin"
    empty.write_bytes(b"")
    seen: list[tuple[str, int, int]] = []
    client.upload_blob(empty, progress=lambda *args: seen.append(args))
    assert ("hashing", 0, 0) in seen


def test_a_failing_progress_callback_stops_the_upload(
    aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun, tmp_path
) -> None:
    blob = tmp_path / "w.gguf"
    blob.write_bytes(b"GGUF" + bytes(3_000_000))

    def progress(stage: str, done: int, total: int) -> None:
        raise ValueError("the view is gone")

    with pytest.raises(ValueError, match="the view is gone"):
        arun(aclient.upload_blob(blob, progress=progress), timeout=20)
    aclient._executor.shutdown(wait=True)  # the worker has finished, one way or another
    assert fake_ollama.blobs == {}


def test_upload_progress_comes_at_most_every_interval_on_its_clock(
    aclient: AsyncOllamaClient, arun, tmp_path
) -> None:
    """A frozen clock: only each stage's first and last figure get through."""
    blob = tmp_path / "w.gguf"
    blob.write_bytes(b"GGUF" + bytes(5 * 1024 * 1024))
    seen: list[tuple[str, int, int]] = []
    digest = arun(aclient.upload_blob(blob, progress=lambda *a: seen.append(a), clock=lambda: 0.0))
    total = blob.stat().st_size
    assert digest.startswith("sha256:")
    assert [s for s, _, _ in seen] == ["hashing", "hashing", "uploading", "uploading"]
    assert seen[1] == ("hashing", total, total) and seen[-1] == ("uploading", total, total)


def test_a_call_cancelled_before_it_started_never_reaches_the_server(
    qtbot, client: OllamaClient, fake_ollama: FakeOllama, qloop, arun
) -> None:
    one_worker = AsyncOllamaClient(client, max_workers=1)
    hold = threading.Event()
    fake_ollama.reply = Reply(tokens=["4"], hold=hold)
    try:
        busy = qloop.create_task(one_worker.chat_once("smollm2:135m", HELLO))
        qtbot.waitUntil(lambda: fake_ollama.active_streams > 0, timeout=5000)
        waiting = qloop.create_task(one_worker.list_models())
        qtbot.waitUntil(lambda: one_worker._executor._work_queue.qsize() > 0, timeout=5000)
        waiting.cancel()
        qtbot.waitUntil(waiting.done, timeout=5000)
        hold.set()
        assert arun(busy).message.content == "4"
        one_worker._executor.shutdown(wait=True)
        assert not [r for r in fake_ollama.requests if r.path == "/api/tags"]
    finally:
        hold.set()
        one_worker.close()
