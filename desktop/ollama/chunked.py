"""A streamed HTTP body in large reads, many chunks at a time.

Ollama sends every token as its own HTTP chunk. Read through ``http.client``, each chunk costs
several Python calls (size line, data, CRLF) on the reader thread, which holds the
interpreter lock the window needs. Here the socket's buffered reader is read in big pieces
(whatever has arrived) and the chunked framing is removed with a few ``find``/slice calls per
read, so the per-token cost on the reader thread is a fraction of what it was.

Only plain chunked bodies take this path; anything else (a known length, a compressed body)
is read through urllib3 as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from urllib3.exceptions import ProtocolError


def body_reads(response: Any, read_size: int) -> Iterator[bytes]:
    """The body of a ``requests`` response opened with ``stream=True``, as it arrives."""
    raw = response.raw
    http_response = getattr(raw, "_fp", None)
    buffered = getattr(http_response, "fp", None)
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    plain_chunked = (
        buffered is not None
        and getattr(http_response, "chunked", False)
        and getattr(http_response, "chunk_left", None) is None  # nothing read through it yet
        and encoding in ("", "identity")
    )
    if not plain_chunked:
        yield from _reads(raw, read_size)
        return
    yield from decode_chunked(_reads(buffered, read_size))


def _reads(source: Any, read_size: int) -> Iterator[bytes]:
    while True:
        data = source.read1(read_size)
        if not data:
            return
        yield data


def decode_chunked(reads: Iterable[bytes]) -> Iterator[bytes]:
    """HTTP/1.1 chunked framing removed. Ends at the last (empty) chunk, or when the reads end
    (a cut connection: the caller notices the body is incomplete). A malformed frame raises
    urllib3's ``ProtocolError``, as urllib3 itself would."""
    buffer = bytearray()
    remaining = -1  # bytes left in the current chunk; -1: a size line comes next
    for data in reads:
        buffer += data
        position = 0
        pieces: list[bytes] = []
        while True:
            if remaining < 0:
                end = buffer.find(b"\r\n", position)
                if end < 0:
                    if len(buffer) - position > 1024:
                        raise ProtocolError("chunk size line too long")
                    break
                size_text = bytes(buffer[position:end]).split(b";", 1)[0].strip()
                try:
                    remaining = int(size_text, 16)
                except ValueError:
                    raise ProtocolError(f"bad chunk size {size_text[:20]!r}") from None
                position = end + 2
                if remaining == 0:  # the last chunk (trailers, if any, are ignored)
                    if pieces:
                        yield b"".join(pieces)
                    return
            take = min(remaining, len(buffer) - position)
            if take:
                pieces.append(bytes(buffer[position : position + take]))
                position += take
                remaining -= take
            if remaining:
                break
            if len(buffer) - position < 2:
                remaining = 0  # the chunk's data is complete; its CRLF hasn't arrived yet
                break
            if buffer[position : position + 2] != b"\r\n":
                raise ProtocolError("chunk data not followed by CRLF")
            position += 2
            remaining = -1
        del buffer[:position]
        if pieces:
            yield b"".join(pieces)
