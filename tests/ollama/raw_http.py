"""A one-shot HTTP responder that sends exact bytes, for wire-level client tests.

The fake Ollama server speaks well-formed HTTP; some tests need the opposite: a body split at
chosen byte offsets (each piece its own HTTP chunk, flushed separately), or a connection that
is accepted and never answered.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Sequence


class RawResponder:
    """Answers each connection with a status line, headers, then ``pieces`` as HTTP chunks."""

    def __init__(
        self,
        pieces: Sequence[bytes] = (),
        *,
        status: str = "200 OK",
        content_type: str = "application/x-ndjson",
        terminate: bool = True,
        answer: bool = True,
    ) -> None:
        self.pieces = list(pieces)
        self.status = status
        self.content_type = content_type
        self.terminate = terminate
        self.answer = answer
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._requested = threading.Event()
        self._connections: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> RawResponder:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._listener.close()
        for connection in self._connections:
            connection.close()
        self._thread.join(timeout=2)

    def wait_for_request(self, timeout: float) -> bool:
        """Whether a whole request arrived within ``timeout`` seconds (a condition, not a nap)."""
        return self._requested.wait(timeout)

    def _serve(self) -> None:
        self._listener.settimeout(0.05)
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:
                continue
            self._connections.append(connection)
            try:
                self._read_request(connection)
                self._requested.set()
                if self.answer:
                    self._respond(connection)
            except OSError:
                continue  # the client hung up first: that is what some tests do

    @staticmethod
    def _read_request(connection: socket.socket) -> None:
        data = b""
        connection.settimeout(2)
        while b"\r\n\r\n" not in data:
            block = connection.recv(65536)
            if not block:
                return
            data += block
        head, _, body = data.partition(b"\r\n\r\n")
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                missing = int(line.split(b":")[1]) - len(body)
                while missing > 0:
                    block = connection.recv(missing)
                    if not block:
                        return
                    missing -= len(block)

    def _respond(self, connection: socket.socket) -> None:
        head = (
            f"HTTP/1.1 {self.status}\r\nContent-Type: {self.content_type}\r\n"
            "Transfer-Encoding: chunked\r\n\r\n"
        ).encode()
        connection.sendall(head)
        for piece in self.pieces:
            connection.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
        if self.terminate:
            connection.sendall(b"0\r\n\r\n")
        else:
            connection.shutdown(socket.SHUT_WR)
