"""Split a byte stream into NDJSON lines.

Reads may end anywhere: inside a line, inside a UTF-8 character, or carry many lines at once.
Lines are split on ``\\n`` only and decoded after splitting, so multi-byte characters survive,
and a line may be any length (a final generate chunk with a long ``context`` runs to megabytes).

A line is untrusted: bytes that are not UTF-8 become U+FFFD (the rest of the line is kept, not
skipped as malformed), and a lone UTF-16 surrogate from a ``"\\ud800"`` escape becomes U+FFFD
too, so the text can be shown and saved like any other.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


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


def loads_line(line: bytes) -> Any:
    """One line's JSON value, its text always valid Unicode. Raises ``ValueError`` for a line
    that is not JSON (nesting too deep to read included)."""
    text = line.decode("utf-8", "replace")
    try:
        value = json.loads(text)
    except RecursionError:
        raise ValueError("a stream line nests too deeply") from None
    if "\\u" in text and _SURROGATE_ESCAPE.search(text):
        return _without_lone_surrogates(value)
    return value


def _without_lone_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, dict):
        return {
            _without_lone_surrogates(key): _without_lone_surrogates(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    return value
