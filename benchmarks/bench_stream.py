"""Streaming throughput: 200,000 chat chunks from the test server, three ways.

(a) a raw socket reading the same bytes and counting lines — the ceiling;
(b) the blocking client, parsing every chunk into typed results;
(c) the async bridge consumed by a coroutine on a qasync loop — what the GUI gets.
Target: (c) ≥ 30,000 chunks/s. The ratio (c)/(a) shows what the typed, thread-hopping path
costs against bare bytes.

(d) how soon the server sees the hang-up after the consuming task is cancelled, mid-reply and
while the model is still loading (the worst of a few tries). Target: < 100 ms. The tests check
that cancelling hangs up at all; how fast is measured here.
"""

from __future__ import annotations

import contextlib
import os
import socket
import time

from benchmarks import Result

CHUNKS = 200_000
TARGET = 30_000
CANCEL_TARGET = 0.1
CANCEL_TRIES = 5
MESSAGES = [{"role": "user", "content": "go"}]


def _raw_socket_chunks(port: int) -> int:
    """Send the chat request by hand and count NDJSON lines until the server closes."""
    body = b'{"model":"smollm2:135m","messages":[{"role":"user","content":"go"}],"stream":true}'
    request = (
        b"POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
    )
    marker = b'"done":'
    lines, carry = 0, b""
    with socket.create_connection(("127.0.0.1", port)) as connection:
        connection.sendall(request)
        while data := connection.recv(1 << 20):
            data = carry + data  # a marker split between two reads still counts, once
            lines += data.count(marker)
            carry = data[-(len(marker) - 1) :]
    return lines


def _sync_client_chunks(url: str) -> int:
    from desktop.ollama import OllamaClient

    client = OllamaClient(url)
    try:
        return sum(1 for _ in client.chat("smollm2:135m", MESSAGES))
    finally:
        client.close()


def _async_bridge_chunks(url: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    from desktop.ollama import AsyncOllamaClient, OllamaClient

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    client = AsyncOllamaClient(OllamaClient(url))

    async def consume() -> int:
        count = 0
        async for _ in client.chat("smollm2:135m", MESSAGES):
            count += 1
        return count

    try:
        return loop.run_until_complete(consume())
    finally:
        client.close()
        loop.close()


def _cancel_latency(server) -> float:
    """Seconds from ``task.cancel()`` to the server noticing, worst of a few tries."""
    import asyncio
    import threading

    import qasync
    from PySide6.QtWidgets import QApplication

    from desktop.ollama import AsyncOllamaClient, OllamaClient
    from tests.fake_ollama import Reply

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    client = AsyncOllamaClient(OllamaClient(server.url))
    worst = 0.0

    async def consume(started: asyncio.Event) -> None:
        async for _ in client.chat("smollm2:135m", MESSAGES):
            started.set()

    async def one(loading: bool) -> float:
        started = asyncio.Event()
        if loading:  # the model never finishes loading
            server.reply = Reply(tokens=["x"], hold=threading.Event())
        else:  # a steady 50 tokens a second
            server.reply = Reply(tokens=["x"] * 100_000, rate=50)
        before = server.disconnects
        task = asyncio.ensure_future(consume(started))
        if loading:
            while not server.active_streams:
                await asyncio.sleep(0.001)
        else:
            await started.wait()
        cancelled = time.perf_counter()
        task.cancel()
        while server.disconnects == before:
            await asyncio.sleep(0.0005)
        latency = time.perf_counter() - cancelled
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return latency

    try:
        for attempt in range(CANCEL_TRIES * 2):
            worst = max(worst, loop.run_until_complete(one(loading=attempt % 2 == 1)))
    finally:
        client.close()
        loop.close()
    return worst


def _timed(label: str, function, *args) -> tuple[float, int]:
    started = time.perf_counter()
    count = function(*args)
    elapsed = time.perf_counter() - started
    if count < CHUNKS:
        raise RuntimeError(f"{label}: only {count} of {CHUNKS} chunks arrived")
    return count / elapsed, count


def run() -> list[Result]:
    from tests.fake_ollama import FakeOllama, Reply

    with FakeOllama() as server:
        server.reply = Reply(count=CHUNKS, token="x")
        raw_rate, _ = _timed("raw socket", _raw_socket_chunks, server.port)
        sync_rate, _ = _timed("sync client", _sync_client_chunks, server.url)
        async_rate, _ = _timed("async bridge", _async_bridge_chunks, server.url)
        cancel_latency = _cancel_latency(server)
    return [
        Result("stream: (a) raw socket read", raw_rate, "chunks/s"),
        Result("stream: (b) sync client", sync_rate, "chunks/s"),
        Result(
            "stream: (c) async bridge on qasync",
            async_rate,
            "chunks/s",
            target=f">= {TARGET:,}",
            ok=async_rate >= TARGET,
        ),
        Result("stream: (c)/(a)", async_rate / raw_rate, "ratio"),
        Result(
            "stream: (d) cancel to hang-up, worst",
            cancel_latency * 1000,
            "ms",
            target=f"< {CANCEL_TARGET * 1000:.0f}",
            ok=cancel_latency < CANCEL_TARGET,
        ),
    ]
