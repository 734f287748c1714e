"""Model details from ``/api/show``: cached per model version, turned into readable facts."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from desktop.formats import context_words
from desktop.ollama.aio import AsyncOllamaClient
from desktop.ollama.types import ShowResponse

CAPABILITY_WORDS = {
    "completion": "writes text",
    "vision": "sees images",
    "tools": "uses tools",
    "thinking": "thinks step by step",
    "embedding": "makes embeddings (for search)",
    "insert": "fills in the middle (code)",
    "audio": "hears audio",
}

# Plain labels for the parameters people meet most; others keep their API name.
PARAMETER_LABELS = {
    "temperature": "Creativity (temperature)",
    "num_ctx": "Memory (tokens)",
    "num_predict": "Reply length limit (num_predict)",
    "top_p": "Word choice breadth (top_p)",
    "top_k": "Words considered (top_k)",
    "min_p": "Minimum likelihood (min_p)",
    "repeat_penalty": "Avoid repeating (repeat_penalty)",
    "repeat_last_n": "Look-back for repeats (repeat_last_n)",
    "seed": "Random seed",
    "stop": "Stop at",
}

# What a model is good for, in a person's words, from its capabilities (in this order; several
# capabilities may name one use). Capabilities with no everyday use (completion alone is
# "chat") are left out.
USES = ("chat", "pictures", "code", "thinking", "tools", "search", "sound")
USE_OF_CAPABILITY = {
    "completion": "chat",
    "vision": "pictures",
    "insert": "code",
    "code": "code",
    "thinking": "thinking",
    "tools": "tools",
    "embedding": "search",
    "audio": "sound",
}


def good_for(capabilities: list[str] | tuple[str, ...]) -> list[str]:
    """The uses a model's capabilities add up to ("chat", "pictures"), each once, in order.

    A model that only makes embeddings cannot chat, so "chat" needs "completion"."""
    uses = {USE_OF_CAPABILITY[c] for c in capabilities if c in USE_OF_CAPABILITY}
    return [use for use in USES if use in uses]


@dataclass(frozen=True)
class DetailFacts:
    capabilities: str
    good_for: list[str]
    context: str
    parameters: list[tuple[str, str]]
    system: str
    template: str
    license: str
    modelfile: str


def facts_of(show: ShowResponse) -> DetailFacts:
    words = [CAPABILITY_WORDS.get(c, c) for c in show.capabilities]
    parameters = [
        (PARAMETER_LABELS.get(key, key), ", ".join(values))
        for key, values in show.parameter_values().items()
    ]
    return DetailFacts(
        capabilities=", ".join(words) or "unknown",
        good_for=good_for(show.capabilities),
        context=context_words(show.context_length),
        parameters=parameters,
        system=show.system or "",
        template=show.template or "",
        license=show.license or "",
        modelfile=show.modelfile or "",
    )


class ShowCache:
    """``/api/show`` answers keyed by name and digest: a re-pulled model is fetched anew."""

    def __init__(self, client: Callable[[], AsyncOllamaClient]) -> None:
        self._client = client
        self._answers: dict[tuple[str, str], ShowResponse] = {}
        self._pending: dict[tuple[str, str], asyncio.Future[ShowResponse]] = {}

    def cached(self, name: str, digest: str) -> ShowResponse | None:
        return self._answers.get((name, digest))

    async def get(self, name: str, digest: str) -> ShowResponse:
        key = (name, digest)
        if key in self._answers:
            return self._answers[key]
        pending = self._pending.get(key)
        if pending is None:
            pending = asyncio.ensure_future(self._client().show(name))
            self._pending[key] = pending
            pending.add_done_callback(lambda _: self._pending.pop(key, None))
        answer = await asyncio.shield(pending)
        self._answers[key] = answer
        return answer

    def forget(self, name: str) -> None:
        for key in [k for k in self._answers if k[0] == name]:
            del self._answers[key]

    def clear(self) -> None:
        self._answers.clear()
