"""Split a byte stream into NDJSON lines.

Reads may end anywhere: inside a line, inside a UTF-8 character, or carry many lines at once.
Lines are split on ``\\n`` only and decoded after splitting, so multi-byte characters survive,
and a line may be any length (a final generate chunk with a long ``context`` runs to megabytes).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator


def iter_lines(reads: Iterable[bytes]) -> Iterator[bytes]:
    """Yield each complete non-blank line (without its ``\\n``); then any unterminated tail."""
    buffer = bytearray()
    for data in reads:
        if not data:
            continue
        if not buffer and data.endswith(b"\n") and data.count(b"\n") == 1:
            line = data[:-1].strip()
            if line:
                yield line
            continue
        scan_from = len(buffer)
        buffer += data
        start = 0
        while True:
            end = buffer.find(b"\n", max(start, scan_from))
            if end < 0:
                break
            line = bytes(buffer[start:end]).strip()
            if line:
                yield line
            start = end + 1
        if start:
            del buffer[:start]
    tail = bytes(buffer).strip()
    if tail:
        yield tail
