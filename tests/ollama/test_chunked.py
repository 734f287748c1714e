"""Chunked HTTP bodies decoded in large reads: every split point, bad frames, the end."""

from __future__ import annotations

import pytest
from urllib3.exceptions import ProtocolError

from desktop.ollama.chunked import decode_chunked

BODY = b'{"a":1}\n' + "é ünïcödé".encode() * 3 + b"\n" + b"x" * 300 + b"\n"


def framed(pieces: list[bytes], *, extension: bool = False, trailer: bool = False) -> bytes:
    out = b""
    for piece in pieces:
        size = b"%x" % len(piece) + (b";name=value" if extension else b"")
        out += size + b"\r\n" + piece + b"\r\n"
    out += b"0\r\n" + (b"Trailer: yes\r\n" if trailer else b"") + b"\r\n"
    return out


def decoded(reads: list[bytes]) -> bytes:
    return b"".join(decode_chunked(reads))


def test_every_split_point_of_the_wire_gives_the_same_body() -> None:
    wire = framed([BODY[:5], BODY[5:40], BODY[40:41], BODY[41:]], extension=True, trailer=True)
    for cut in range(len(wire) + 1):
        assert decoded([wire[:cut], wire[cut:]]) == BODY, cut


def test_one_byte_at_a_time_and_all_at_once() -> None:
    wire = framed([BODY[i : i + 7] for i in range(0, len(BODY), 7)])
    assert decoded([wire[i : i + 1] for i in range(len(wire))]) == BODY
    assert decoded([wire]) == BODY


def test_stops_at_the_last_chunk_and_ignores_what_follows() -> None:
    assert decoded([framed([b"abc"]) + b"garbage after the end"]) == b"abc"


def test_a_cut_connection_just_ends_the_body() -> None:
    wire = framed([b"first line\n", b"second li"])
    assert decoded([wire[: wire.index(b"second") + 3]]) == b"first line\nsec"


@pytest.mark.parametrize("wire", [b"zz\r\nabc\r\n", b"3\r\nabcXY", b"9" * 2000])
def test_a_malformed_frame_is_a_protocol_error(wire: bytes) -> None:
    with pytest.raises(ProtocolError):
        decoded([wire, b"0\r\n\r\n"])
