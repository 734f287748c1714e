"""Tokens in a chat request, estimated on the chat's own characters-per-token.

The server counts a request as it renders it: each message's text inside the template's
markers, 768 tokens per image (the fixed figure Ollama's ``chatPrompt`` uses), the system
prompt like any message, thinking only where a message carries it. The client has no
tokenizer, so it counts text the way tokenizers tend to cut it (``text_units``: a short word
is one piece, a long one a piece per four letters, digits in threes, every mark its own,
a CJK character one) and scales that by what this chat taught: the newest reply whose
prompt was not cut reported ``prompt_eval_count`` for a request whose text is known, so
tokens-per-unit (and the chat's characters-per-token, shown to technical readers) follow
from it. Until a chat has such a reply, the scale is 1.

Works on the messages of the built request (``request.build_request``): whatever the request
builder adds (attached documents, a summary) is counted without this module knowing it.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

IMAGE_TOKENS = 768
MESSAGE_OVERHEAD = 5  # the template's markers around one message (ChatML: ~5 tokens)
PROMPT_TAIL = 3  # the open assistant turn that ends every prompt
DEFAULT_SCALE = 1.0  # tokens per unit before the chat has taught one
PLAUSIBLE_SCALE = (0.25, 4.0)
# How wrong an estimate of text may be before a report under it means lost messages: only
# the part not yet reported is estimated, so a dropped message stands out against it.
ESTIMATE_TOLERANCE = 0.35
_PIECES = re.compile(r"[^\W\d_]+|\d+|[^\w\s]|_")
_WIDE = 0x2E80  # CJK and later scripts: about a token per character
SLICE = 32_768  # characters scanned per regular-expression call


@functools.lru_cache(maxsize=2048)
def text_units(text: str) -> int:
    """Tokenizer-shaped pieces of ``text`` (see the module docstring). Remembered: every
    reading counts the whole chat again, and a long chat's text takes the storage thread
    (which also saves the reply being written) tens of milliseconds to scan. Scanned in
    slices: one regular-expression call holds the interpreter lock until it returns, and on a
    5 MB reply that stalled the window for a quarter of a second (a piece cut at a slice's
    edge counts once more, a rounding nobody sees)."""
    return sum(_units(text[start : start + SLICE]) for start in range(0, len(text), SLICE))


def _units(text: str) -> int:
    units = 0
    for piece in _PIECES.findall(text):
        first = piece[0]
        if first.isdigit():
            units += math.ceil(len(piece) / 3)
        elif not first.isalpha():
            units += 1
        elif piece.isascii():
            units += math.ceil(len(piece) / 4)
        else:
            wide = sum(1 for ch in piece if ord(ch) >= _WIDE)
            units += wide + math.ceil((len(piece) - wide) / 3)
    return units


def _text(message: dict[str, Any]) -> str:
    return str(message.get("content") or "") + " " + str(message.get("thinking") or "")


def message_chars(message: dict[str, Any]) -> int:
    return len(str(message.get("content") or "")) + len(str(message.get("thinking") or ""))


def message_units(message: dict[str, Any]) -> int:
    return text_units(_text(message))


def image_count(message: dict[str, Any]) -> int:
    return len(message.get("images") or ())


def fixed_tokens(messages: Sequence[dict[str, Any]]) -> int:
    """What does not depend on the text: markers and images."""
    return sum(MESSAGE_OVERHEAD + IMAGE_TOKENS * image_count(m) for m in messages)


def message_tokens(message: dict[str, Any], scale: float) -> int:
    units = message_units(message)
    text = math.ceil(units * scale) if units else 0
    return MESSAGE_OVERHEAD + IMAGE_TOKENS * image_count(message) + text


def prompt_tokens(messages: Sequence[dict[str, Any]], scale: float) -> int:
    """The estimated ``prompt_eval_count`` of a request with these messages, uncut."""
    return PROMPT_TAIL + sum(message_tokens(m, scale) for m in messages)


def calibrate(messages: Sequence[dict[str, Any]], prompt_eval_count: int) -> float | None:
    """Tokens per unit from a request and the count the server reported for it; None when
    the figures can't be right (a cut prompt, an image-only chat)."""
    units = sum(message_units(m) for m in messages)
    text_tokens = prompt_eval_count - PROMPT_TAIL - fixed_tokens(messages)
    if units < 10 or text_tokens <= 0:
        return None
    scale = text_tokens / units
    low, high = PLAUSIBLE_SCALE
    return scale if low <= scale <= high else None


def chars_per_token(messages: Sequence[dict[str, Any]], scale: float) -> float | None:
    """The chat's characters per token at ``scale`` (a figure for technical readers)."""
    units = sum(message_units(m) for m in messages)
    chars = sum(message_chars(m) for m in messages)
    return chars / (units * scale) if units and scale else None


@dataclass(frozen=True, slots=True)
class Exchange:
    """One reply on the chat's path: the request it answered and what the server reported.

    ``request_end`` is the index in the next request's messages just past that request's last
    message: the next request starts with the same messages, then this reply."""

    request_end: int
    prompt_eval_count: int | None
    eval_count: int | None
    has_thinking: bool


@dataclass(frozen=True, slots=True)
class ChatCount:
    """What the chat fills if the next request carried ``messages``."""

    tokens: int
    scale: float  # tokens per unit
    calibrated: bool  # False: the default ratio, no reply of this chat has been counted yet
    cut: tuple[int, ...] = ()  # indexes into ``exchanges`` of the replies whose prompt was cut


def count_chat(
    messages: Sequence[dict[str, Any]], exchanges: Sequence[Exchange], limit: int
) -> ChatCount:
    """Tokens of a request with ``messages`` (the whole chat and the draft), anchored on the
    newest reply whose prompt the server read whole.

    Walking the replies oldest first, each reported prompt is compared with what it should
    have been: the previous trusted report plus the messages since (or, before any, the whole
    request). Far less means the server dropped messages (a cut prompt); so does a report at
    the limit while the request is longer. An uncut report teaches the ratio and becomes the
    anchor. The count is the newest anchor's ``prompt_eval_count`` plus its reply
    (``eval_count`` when it had no thinking: thinking is not sent back) plus the estimate of
    everything after it."""
    ratio, calibrated = DEFAULT_SCALE, False
    anchor: Exchange | None = None
    cut: list[int] = []
    for index, exchange in enumerate(exchanges):
        reported = exchange.prompt_eval_count
        if not reported:
            continue
        request = messages[: exchange.request_end]
        whole = prompt_tokens(request, ratio)
        expected = _anchored(request, anchor, ratio) if anchor is not None else whole
        estimated_part = expected - (anchor.prompt_eval_count or 0) if anchor else expected
        tolerance = ESTIMATE_TOLERANCE * estimated_part + MESSAGE_OVERHEAD
        at_limit = reported <= limit < whole and reported < whole * 0.95
        if at_limit or reported < expected - tolerance:
            cut.append(index)
            continue
        learned = calibrate(request, reported)
        if learned is not None:
            ratio, calibrated = learned, True
        anchor = exchange
    if cut and (anchor is None or exchanges.index(anchor) < cut[-1]):
        anchor = None  # the newest report was cut: nothing after it can be trusted either
    if anchor is None:
        return ChatCount(prompt_tokens(messages, ratio), ratio, calibrated, tuple(cut))
    return ChatCount(_anchored(messages, anchor, ratio), ratio, calibrated, tuple(cut))


def _anchored(messages: Sequence[dict[str, Any]], anchor: Exchange, ratio: float) -> int:
    """The anchor's reported prompt, its reply, and the estimate of the messages after it."""
    tokens = anchor.prompt_eval_count or 0
    rest = messages[anchor.request_end :]
    for position, message in enumerate(rest):
        estimated = message_tokens(message, ratio)
        reported = anchor.eval_count if position == 0 and not anchor.has_thinking else None
        if reported and estimated / 2 <= MESSAGE_OVERHEAD + reported <= estimated * 2:
            tokens += MESSAGE_OVERHEAD + reported  # what the server counted as it wrote it
        else:  # thinking (not sent back), or a count that can't be this text's
            tokens += estimated
    return tokens
