"""Streaming throughput: 200,000 chat chunks from the test server, three ways.

(a) a raw socket reading the same bytes and counting lines — the ceiling;
(b) the blocking client, parsing every chunk into typed results;
(c) the async bridge consumed by a coroutine on a qasync loop — what the GUI gets.
Target: (c) ≥ 30,000 chunks/s. The ratio (c)/(a) shows what the typed, thread-hopping path
costs against bare bytes.
"""

from __future__ import annotations

import os
import socket
import time

from benchmarks import Result

CHUNKS = 200_000
TARGET = 30_000
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
    ]
