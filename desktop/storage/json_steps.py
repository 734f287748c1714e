"""Read a large JSON file in small steps, so the window stays responsive meanwhile.

``json.loads`` is one C call that holds the interpreter lock for the whole text: for a 100 MB
chat export that froze the window (whose thread needs the lock) for a fifth of a second or
more while the import ran on the storage thread. Here the file is read and decoded in pieces,
and a top-level object's arrays (a chat's messages) are decoded one item at a time, so other
threads get the lock between items. The result is what ``json.loads`` gives.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path
from typing import Any

READ_SIZE = 4 * 1024 * 1024
_SPACE = re.compile(r"[ \t\n\r]*")


def read_text(path: Path) -> str:
    """The file as UTF-8 text (``UnicodeDecodeError`` when it isn't), read in pieces."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    pieces: list[str] = []
    with path.open("rb") as handle:
        while data := handle.read(READ_SIZE):
            pieces.append(decoder.decode(data))
    pieces.append(decoder.decode(b"", final=True))
    return "".join(pieces)


def loads_in_steps(text: str, decoder: json.JSONDecoder) -> Any:
    """``decoder.decode(text)``, a top-level object's arrays decoded item by item."""
    index = _skip(text, 0)
    if not text.startswith("{", index):
        return decoder.decode(text)
    result: dict[str, Any] = {}
    index = _skip(text, index + 1)
    if text.startswith("}", index):
        return _end(text, index + 1, result)
    while True:
        key, index = decoder.raw_decode(text, index)
        if not isinstance(key, str):
            raise ValueError(f"a key that is not a string at {index}")
        index = _skip(text, index)
        if not text.startswith(":", index):
            raise ValueError(f"expected ':' at {index}")
        index = _skip(text, index + 1)
        if text.startswith("[", index):
            result[key], index = _array(text, index, decoder)
        else:
            result[key], index = decoder.raw_decode(text, index)
        index = _skip(text, index)
        if text.startswith(",", index):
            index = _skip(text, index + 1)
        elif text.startswith("}", index):
            return _end(text, index + 1, result)
        else:
            raise ValueError(f"expected ',' or '}}' at {index}")


def _array(text: str, start: int, decoder: json.JSONDecoder) -> tuple[list[Any], int]:
    items: list[Any] = []
    index = _skip(text, start + 1)
    if text.startswith("]", index):
        return items, index + 1
    while True:
        item, index = decoder.raw_decode(text, index)
        items.append(item)
        index = _skip(text, index)
        if text.startswith(",", index):
            index = _skip(text, index + 1)
        elif text.startswith("]", index):
            return items, index + 1
        else:
            raise ValueError(f"expected ',' or ']' at {index}")


def _skip(text: str, index: int) -> int:
    match = _SPACE.match(text, index)
    return match.end() if match else index


def _end(text: str, index: int, result: dict[str, Any]) -> dict[str, Any]:
    if _skip(text, index) != len(text):
        raise ValueError(f"extra data at {index}")
    return result
