"""Text SQLite can store: a lone UTF-16 surrogate becomes U+FFFD instead of failing the write.

Python strings may hold lone surrogates (a JSON ``"\\ud800"`` escape decodes to one); SQLite
needs UTF-8, which has no encoding for them, so the whole statement fails and the rest of the
text with it. Every byte that arrived must be saved, so the one character that can't be is
replaced and the rest is kept. A well-formed pair that came in as two halves is joined into
the character it means.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")


def storable_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (unchanged when it has none)."""
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def storable_value(value: Any) -> Any:
    return storable_text(value) if isinstance(value, str) else value


def storable_parameters(parameters: Any) -> Any:
    """Statement parameters (a sequence or a mapping) with their text made storable."""
    if isinstance(parameters, Mapping):
        return {key: storable_value(value) for key, value in parameters.items()}
    return tuple(storable_value(value) for value in parameters)


def storable_rows(rows: Iterable[Any]) -> Iterator[Any]:
    """Rows for ``executemany``, each made storable as it is bound (one pass, no retries:
    rows already written must not be written twice)."""
    for row in rows:
        yield storable_parameters(row)
