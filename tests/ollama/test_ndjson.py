"""The NDJSON splitter: lines survive any way the bytes are cut."""

from __future__ import annotations

import json

from desktop.ollama.ndjson import iter_lines

LINES = [
    {"message": {"content": "Grüße 👋 日本"}, "done": False},
    {"message": {"content": "\n"}, "done": False},
    {"message": {"content": ""}, "done": True},
]
PAYLOAD = b"".join(json.dumps(line, ensure_ascii=False).encode() + b"\n" for line in LINES)


def decoded(reads: list[bytes]) -> list[dict]:
    return [json.loads(line) for line in iter_lines(reads)]


def test_one_line_per_read() -> None:
    reads = [line + b"\n" for line in PAYLOAD.split(b"\n") if line]
    assert decoded(reads) == LINES


def test_split_at_every_byte_offset_including_inside_utf8_characters() -> None:
    for cut in range(1, len(PAYLOAD)):
        assert decoded([PAYLOAD[:cut], PAYLOAD[cut:]]) == LINES, cut


def test_one_byte_at_a_time() -> None:
    assert decoded([PAYLOAD[i : i + 1] for i in range(len(PAYLOAD))]) == LINES


def test_many_lines_in_one_read_and_blank_lines_skipped() -> None:
    assert decoded([b"\n\n" + PAYLOAD.replace(b"\n", b"\n\r\n\n")]) == LINES


def test_a_line_of_more_than_8_mb_arriving_in_small_reads() -> None:
    context = list(range(1_200_000))
    big = json.dumps({"done": True, "context": context}).encode() + b"\n"
    assert len(big) > 8_000_000
    reads = [big[i : i + 65536] for i in range(0, len(big), 65536)]
    (line,) = list(iter_lines(reads))
    assert json.loads(line)["context"][-1] == 1_199_999


def test_an_unterminated_tail_is_still_yielded() -> None:
    assert list(iter_lines([b'{"a":1}\n{"b":', b"2}"])) == [b'{"a":1}', b'{"b":2}']
