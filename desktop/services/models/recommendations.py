"""Models the Ollama server itself recommends for its hardware (server 0.22.1 and later).

``GET /api/experimental/model-recommendations`` answers ``{recommendations: [{model,
description, context_length?, vram_bytes?}]}``. The client reaches it through a
``model_recommendations()`` method when it has one; until then, and on older servers or any
failure, there are simply no recommendations: the bundled catalogue stands on its own.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from desktop.ollama.errors import OllamaError
from desktop.services.features import version_tuple

log = logging.getLogger(__name__)

SINCE = (0, 22, 1)


@dataclass(frozen=True)
class Recommendation:
    model: str
    description: str = ""
    context_length: int | None = None
    vram_bytes: int | None = None


def offers_recommendations(version: str) -> bool:
    """True for 0.22.1 and later, and for dev builds (which report 0.0.0)."""
    parts = version_tuple(version)
    return parts == (0, 0, 0) or parts >= SINCE


def parse_recommendations(data: Any) -> list[Recommendation]:
    items = data.get("recommendations") if isinstance(data, dict) else data
    found = []
    for item in items or []:
        if not isinstance(item, dict) or not isinstance(item.get("model"), str):
            continue
        context = item.get("context_length")
        vram = item.get("vram_bytes")
        found.append(
            Recommendation(
                model=item["model"],
                description=str(item.get("description") or ""),
                context_length=context if isinstance(context, int) else None,
                vram_bytes=vram if isinstance(vram, int) else None,
            )
        )
    return found


async def fetch_recommendations(client: Any, version: str) -> list[Recommendation]:
    """The server's recommendations, or [] when it has none or can't give them."""
    method = getattr(client, "model_recommendations", None)
    if method is None or not offers_recommendations(version):
        return []
    try:
        return parse_recommendations(await method())
    except OllamaError as exc:
        log.info("no model recommendations from the server: %s", exc.detail or exc)
        return []
