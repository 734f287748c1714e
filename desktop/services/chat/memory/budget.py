"""How many tokens the model keeps in mind for a chat (its ``num_ctx``), and where that came
from.

Ollama cuts a chat to ``num_ctx`` tokens without telling the client, so the figure has to be
worked out the way the server does (most specific first):

1. ``CHAT``: the chat's own ``num_ctx`` option. A request that carries it loads the model
   with it (reloading if needed), so it wins even over what is loaded now.
2. ``LOADED``: ``/api/ps`` ``context_length`` of the model as loaded (servers 0.9.7+). It
   includes the server's own choice (``OLLAMA_CONTEXT_LENGTH``, the GPU-size tiers of 0.15.5+).
3. ``MODEL``: the model's Modelfile ``num_ctx`` parameter (``/api/show`` ``parameters``).
4. ``SERVER_DEFAULT``: 2048 before Ollama 0.6.7, 4096 since (0.15.5+ uses 32K or 256K on
   GPUs with 24/48 GB; a loaded model's ps figure says so when known).

Every figure is capped at the context the model was trained for (``model_info``
``<arch>.context_length``), as the server's scheduler does.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.services.features import version_tuple

LARGER_DEFAULT_SINCE = (0, 6, 7)
TRUNCATE_FIELD_SINCE = (0, 12, 6)  # ``truncate: false`` refuses instead of cutting; older
# servers ignore the field and cut anyway (the estimate is all there is)
OLD_DEFAULT = 2048
DEFAULT = 4096


class BudgetSource(StrEnum):
    CHAT = "chat"
    LOADED = "loaded"
    MODEL = "model"
    SERVER_DEFAULT = "server default"


@dataclass(frozen=True, slots=True)
class ContextBudget:
    tokens: int
    source: BudgetSource
    trained: int | None = None  # the model's training context, when known


def server_default(server_version: str | None) -> int:
    parts = version_tuple(server_version)
    if parts and parts != (0, 0, 0) and parts < LARGER_DEFAULT_SINCE:
        return OLD_DEFAULT
    return DEFAULT


def accepts_truncate(server_version: str | None) -> bool:
    """Whether ``truncate: false`` is honoured; unknown versions are not trusted with it."""
    parts = version_tuple(server_version)
    return parts == (0, 0, 0) or (bool(parts) and parts >= TRUNCATE_FIELD_SINCE)


def positive_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and value > 0:
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip()) or None
    return None


def effective_context(
    *,
    chat_num_ctx: Any = None,
    loaded: int | None = None,
    model_num_ctx: Any = None,
    server_version: str | None = None,
    trained: int | None = None,
) -> ContextBudget:
    """The tokens the next request of the chat gets, and which of the four gave it."""
    candidates = (
        (positive_int(chat_num_ctx), BudgetSource.CHAT),
        (positive_int(loaded), BudgetSource.LOADED),
        (positive_int(model_num_ctx), BudgetSource.MODEL),
    )
    chosen = next(
        ((tokens, source) for tokens, source in candidates if tokens is not None),
        (server_default(server_version), BudgetSource.SERVER_DEFAULT),
    )
    tokens, source = chosen
    if trained:
        tokens = min(tokens, trained)
    return ContextBudget(tokens, source, trained)
