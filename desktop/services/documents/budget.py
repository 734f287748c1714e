"""How much of a model's memory (its context window) documents may take: the one place.

A rough, safe estimate: about ``CHARS_PER_TOKEN`` characters per token, and a quarter of the
window kept free for the answer. The context is the chat's ``num_ctx`` option, else the
model's own default from its Modelfile, else Ollama's default; never more than the model was
trained for. When a finer measure of the loaded model's memory exists, it replaces
:func:`context_tokens` and the rest follows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.services.chat.memory.budget import DEFAULT, effective_context

CHARS_PER_TOKEN = 4
ANSWER_SHARE = 0.25  # of the window, kept for the answer
DEFAULT_CONTEXT = DEFAULT  # what Ollama gives a model when nobody chose
MAX_PASSAGES = 8  # passages per question, at most (more rarely helps a small model)


def context_tokens(
    options: Mapping[str, Any] | None,
    model_defaults: Mapping[str, Any] | None = None,
    model_context: int | None = None,
) -> int:
    """The tokens the model can keep in mind in this chat, by the rule the chat's memory meter
    uses (``services/chat/memory/budget.py``): the chat's ``num_ctx``, else the model's, else
    the server's default, never more than the model was trained for."""
    chosen = effective_context(
        chat_num_ctx=(options or {}).get("num_ctx"),
        model_num_ctx=(model_defaults or {}).get("num_ctx"),
        trained=model_context,
    )
    return max(256, chosen.tokens)


def memory_chars(tokens: int) -> int:
    return tokens * CHARS_PER_TOKEN


def room_for_documents(tokens: int, used_chars: int = 0) -> int:
    """Characters of documents that fit beside ``used_chars`` of other text and the answer."""
    return max(0, int(memory_chars(tokens) * (1 - ANSWER_SHARE)) - used_chars)


def share_of_memory(chars: int, tokens: int) -> float:
    """What share of the model's memory ``chars`` of text would take (may exceed 1)."""
    return chars / memory_chars(tokens)


def fits_whole(chars: int, tokens: int, used_chars: int = 0) -> bool:
    return chars <= room_for_documents(tokens, used_chars)


def passages_that_fit(tokens: int, passage_chars: int, used_chars: int = 0) -> int:
    """How many passages of about ``passage_chars`` to send with a question (at least one)."""
    room = room_for_documents(tokens, used_chars)
    return max(1, min(MAX_PASSAGES, room // max(1, passage_chars)))
