"""How the test server counts a chat's prompt and cuts it to the model's memory (``num_ctx``).

Ollama renders the messages through the model's template, tokenizes the result and, when it is
longer than ``num_ctx``, drops the oldest messages (never a system message, never the last
message) until it fits: ``chatPrompt`` in the server's ``server/prompt.go``. Images count 768
tokens each there (the fixed CLIP estimate), and only for models with a projector (vision).
Nothing tells the client, except a ``prompt_eval_count`` smaller than the chat.

This module does the same with a tokenizer-like rule that is deterministic and cheap:

- text: every run of letters/digits costs one token per 4 UTF-8 bytes (rounded up), every
  other visible character one token, whitespace nothing; so prose comes out near 4–5
  characters a token, code and punctuation lower, non-Latin scripts higher — a client
  calibrating its characters-per-token on a chat sees a realistic spread;
- the template: ``MESSAGE_OVERHEAD`` tokens per message (``<|im_start|>role\\n``…
  ``<|im_end|>\\n`` in smollm2's ChatML) and ``PROMPT_TAIL`` for the open assistant turn;
- ``thinking`` in a request's messages is not rendered (templates drop past thinking).

The context a request gets (``effective_num_ctx``): the request's ``options.num_ctx``, else the
model's Modelfile ``num_ctx`` parameter, else the server default for its version (2048 before
0.6.7, 4096 since; 0.15.5+ picks more on big GPUs, the test server has none), capped at the
model's trained context (``<arch>.context_length``) as the scheduler does.

``truncate: false`` (accepted since 0.12.6; older servers ignore the field and cut anyway)
makes an overflowing prompt an error: HTTP 400 ``the input length exceeds the context length``
before any chunk, as the runner answers.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import Any

MESSAGE_OVERHEAD = 5
PROMPT_TAIL = 3
IMAGE_TOKENS = 768
TRUNCATE_FIELD_SINCE = "0.12.6"
LARGER_DEFAULT_SINCE = "0.6.7"
OVERFLOW_ERROR = "the input length exceeds the context length"
_PIECES = re.compile(r"\w+|[^\w\s]")


@functools.lru_cache(maxsize=8192)
def count_text(text: str) -> int:
    """Tokens for ``text`` by the rule in the module docstring (remembered: a chat sends its
    history again with every message, and a real tokenizer is far faster than this loop)."""
    total = 0
    for piece in _PIECES.findall(text):
        total += math.ceil(len(piece.encode("utf-8")) / 4) if piece[0].isalnum() else 1
    return total


def count_message(message: dict[str, Any], *, with_images: bool) -> int:
    tokens = MESSAGE_OVERHEAD + count_text(str(message.get("content") or ""))
    if with_images:
        tokens += IMAGE_TOKENS * len(message.get("images") or [])
    return tokens


def count_prompt(messages: list[dict[str, Any]], *, with_images: bool) -> int:
    return PROMPT_TAIL + sum(count_message(m, with_images=with_images) for m in messages)


@dataclass(frozen=True, slots=True)
class PromptCut:
    """What the server kept: ``dropped`` oldest non-system messages left out, ``tokens`` read."""

    tokens: int
    dropped: int
    whole: int  # the tokens of the whole chat, had nothing been dropped
    streamed: bool = True  # False for ``stream: false`` requests (a chat's title, say)


def fit(messages: list[dict[str, Any]], num_ctx: int, *, with_images: bool) -> PromptCut:
    """``chatPrompt``: start at message i (0, 1, …) keeping earlier system messages, and stop
    at the first i whose prompt fits; the last message is always kept. Each message is counted
    once (the server renders the prompt again per start; the totals are the same), so a long
    chat costs the test server linear time."""
    counts = [count_message(m, with_images=with_images) for m in messages]
    whole = PROMPT_TAIL + sum(counts)
    last = len(messages) - 1
    systems_before, from_start, dropped = 0, sum(counts), 0
    for start, message in enumerate(messages):
        tokens = PROMPT_TAIL + systems_before + from_start
        if tokens <= num_ctx or start >= last:
            # The runner cuts an overlong last message to the context itself.
            return PromptCut(min(tokens, num_ctx), dropped, whole)
        if message.get("role") == "system":
            systems_before += counts[start]
        else:
            dropped += 1
        from_start -= counts[start]
    return PromptCut(PROMPT_TAIL, 0, whole)


def modelfile_num_ctx(parameters: str) -> int | None:
    """``num_ctx`` from ``/api/show`` ``parameters`` text (``key   value`` lines)."""
    for line in parameters.splitlines():
        key, _, value = line.strip().partition(" ")
        if key == "num_ctx":
            try:
                return int(value.strip().strip('"'))
            except ValueError:
                return None
    return None


def trained_context(show: dict[str, Any]) -> int | None:
    info = show.get("model_info") or {}
    arch = info.get("general.architecture")
    value = info.get(f"{arch}.context_length")
    return int(value) if isinstance(value, int) else None


def effective_num_ctx(
    options: dict[str, Any] | None, show: dict[str, Any], *, server_default: int
) -> int:
    requested = (options or {}).get("num_ctx")
    if isinstance(requested, int) and not isinstance(requested, bool) and requested > 0:
        num_ctx = requested
    else:
        num_ctx = modelfile_num_ctx(str(show.get("parameters") or "")) or server_default
    trained = trained_context(show)
    return min(num_ctx, trained) if trained else num_ctx
