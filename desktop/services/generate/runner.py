"""One playground run: send the request, stream the output, keep the final answer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.ollama.aio import AsyncOllamaClient
from desktop.ollama.types import GenerateChunk
from desktop.services.generate.request import client_fields


@dataclass
class RunOutcome:
    final: GenerateChunk | None = None
    text: str = ""
    thinking: str = ""
    logprobs: list[dict[str, Any]] = field(default_factory=list)

    @property
    def response_json(self) -> dict[str, Any] | None:
        """The final response as the server sent it, the streamed text and logprobs folded in."""
        if self.final is None:
            return None
        data: dict[str, Any] = {
            "model": self.final.model,
            "created_at": self.final.created_at.isoformat() if self.final.created_at else None,
            "response": self.text,
        }
        if self.thinking:
            data["thinking"] = self.thinking
        for name in (
            "done",
            "done_reason",
            "context",
            "total_duration",
            "load_duration",
            "prompt_eval_count",
            "prompt_eval_duration",
            "eval_count",
            "eval_duration",
        ):
            value = getattr(self.final, name)
            if value is not None:
                data[name] = value
        if self.logprobs:
            data["logprobs"] = self.logprobs
        data.update(self.final.extra)
        return data


async def run_generate(
    ollama: AsyncOllamaClient,
    body: dict[str, Any],
    *,
    on_text: Callable[[str], None],
    on_thinking: Callable[[str], None],
    on_logprobs: Callable[[list[dict[str, Any]]], None] | None = None,
    outcome: RunOutcome | None = None,
) -> RunOutcome:
    """Run ``body``; deltas go to the callbacks as they arrive. Cancel the task to stop."""
    outcome = outcome if outcome is not None else RunOutcome()
    fields = client_fields(body)
    if not body.get("stream", True):
        final = await ollama.generate_once(body["model"], body["prompt"], **fields)
        _take(outcome, final, on_text, on_thinking, on_logprobs)
        outcome.final = final
        return outcome
    async with ollama.generate(body["model"], body["prompt"], **fields) as stream:
        async for chunk in stream:
            _take(outcome, chunk, on_text, on_thinking, on_logprobs)
            if chunk.done:
                outcome.final = chunk
    return outcome


def _take(
    outcome: RunOutcome,
    chunk: GenerateChunk,
    on_text: Callable[[str], None],
    on_thinking: Callable[[str], None],
    on_logprobs: Callable[[list[dict[str, Any]]], None] | None,
) -> None:
    if chunk.thinking:
        outcome.thinking += chunk.thinking
        on_thinking(chunk.thinking)
    if chunk.response:
        outcome.text += chunk.response
        on_text(chunk.response)
    if chunk.logprobs:
        outcome.logprobs.extend(chunk.logprobs)
        if on_logprobs is not None:
            on_logprobs(chunk.logprobs)
