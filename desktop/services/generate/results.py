"""Reading a finished run: its figures in words, JSON checks, and errors explained."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import jsonschema

from desktop.ollama.errors import (
    ModelNotFound,
    OllamaError,
    RequestRejected,
    ServerError,
    StreamBroken,
)
from desktop.ollama.types import GenerateChunk

DONE_REASONS = {
    "stop": "Finished: the model ended its answer (or reached a stop word).",
    "length": "Stopped at the reply length limit (Max reply length / context length).",
    "load": "The model was loaded; there was no prompt to answer.",
    "unload": "The model was unloaded from memory.",
}


def seconds(nanoseconds: int | None) -> str:
    if nanoseconds is None:
        return "–"
    value = nanoseconds / 1e9
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def explain_done_reason(reason: str | None) -> str:
    if not reason:
        return "The server did not say why it stopped."
    return DONE_REASONS.get(reason, f"The server stopped ({reason}).")


@dataclass(frozen=True)
class RunFigures:
    """A finished run's numbers, formatted for reading (the UI puts the words around them)."""

    total: str
    load: str
    prompt_tokens: int
    prompt_rate: float | None
    prompt_time: str
    generated_tokens: int
    rate: float | None
    generate_time: str
    done_reason: str | None
    context_tokens: int

    @classmethod
    def from_chunk(cls, final: GenerateChunk) -> RunFigures:
        return cls(
            total=seconds(final.total_duration),
            load=seconds(final.load_duration),
            prompt_tokens=final.prompt_eval_count or 0,
            prompt_rate=final.prompt_tokens_per_second,
            prompt_time=seconds(final.prompt_eval_duration),
            generated_tokens=final.eval_count or 0,
            rate=final.tokens_per_second,
            generate_time=seconds(final.eval_duration),
            done_reason=final.done_reason,
            context_tokens=len(final.context or []),
        )

    @property
    def reason_in_words(self) -> str:
        return explain_done_reason(self.done_reason)


def rate_text(rate: float | None) -> str:
    """Tokens per second with one decimal and thousands separators ("–" when unknown)."""
    return f"{rate:,.1f}" if rate else "–"


@dataclass
class JsonCheck:
    pretty: str
    problem: str | None


def check_json(text: str, schema: dict[str, Any] | None) -> JsonCheck:
    """Pretty-print the output and check it against the schema; say what is wrong first."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        return JsonCheck(text, f"The output isn't valid JSON: {error.msg} (line {error.lineno}, "
                               f"column {error.colno}).")  # fmt: skip
    pretty = json.dumps(value, indent=2, ensure_ascii=False)
    if schema is None:
        return JsonCheck(pretty, None)
    try:
        validator = jsonschema.validators.validator_for(schema)(schema)
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
    except jsonschema.exceptions.SchemaError as problem:
        return JsonCheck(pretty, f"The schema itself is not valid: {problem.message}")
    if error is None:
        return JsonCheck(pretty, None)
    where = "/".join(str(part) for part in error.absolute_path) or "the top level"
    return JsonCheck(pretty, f"Doesn't match the schema at {where}: {error.message}")


def explain_error(error: BaseException) -> str:
    """Plain words for a failed run, naming the field to change where we can."""
    if isinstance(error, RequestRejected | ServerError):
        hint = _field_hint(error.server_message.lower())
        return hint or error.message
    if isinstance(error, StreamBroken):
        return error.message + " What arrived before is kept above."
    if isinstance(error, ModelNotFound | OllamaError):
        return error.message
    return "Something unexpected went wrong. The details are in the log file."


def _field_hint(message: str) -> str | None:
    """Which field to change for a refusal the server words in its own terms."""
    if "raw mode" in message:
        return ("Raw mode can't be combined with a system prompt, a template or carried "
                "context. Clear those fields or turn raw mode off.")  # fmt: skip
    if "does not support generate" in message or "does not support completion" in message:
        return "This model only turns text into numbers (embeddings): pick one that writes text."
    if "does not support insert" in message:
        return "This model can't fill in the middle: clear the Suffix field."
    if "does not support thinking" in message:
        return "This model can't think step by step: set Thinking to Model's default or Off."
    if "think" in message and ("invalid" in message or "unknown" in message):
        return "This server doesn't know that thinking level: pick On, Low, Medium or High."
    if "does not support images" in message or "vision" in message:
        return "This model can't look at images: remove them or pick a vision model."
    if "missing unit in duration" in message or "invalid duration" in message:
        return ("Keep loaded: write a number of seconds (like 300 or -1) or a duration "
                "like 5m or 1h.")  # fmt: skip
    if "must be of type" in message:
        name = message.split('"')[1] if message.count('"') >= 2 else "an option"
        return f"The option {name} has the wrong kind of value: reset it to its default."
    if "context length" in message and "exceed" in message:
        return ("The prompt is longer than the context: shorten it, raise Context length, or "
                "allow cutting the prompt to fit.")  # fmt: skip
    return None
