"""Reading a finished run: its figures in words, JSON checks, and errors explained."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import jsonschema

from desktop.formats import measured_time, number
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ollama.errors import (
    ModelNotFound,
    OllamaError,
    RequestRejected,
    ServerError,
    StreamBroken,
)
from desktop.ollama.types import GenerateChunk

# In English as written; ``explain_done_reason`` gives them in the user's language.
DONE_REASONS = {
    "stop": QT_TRANSLATE_NOOP(
        "GenerateResults", "Finished: the model ended its answer (or reached a stop word)."
    ),
    "length": QT_TRANSLATE_NOOP(
        "GenerateResults",
        "Stopped at the reply length limit (Max reply length / Memory).",
    ),
    "load": QT_TRANSLATE_NOOP(
        "GenerateResults", "The model was loaded; there was no prompt to answer."
    ),
    "unload": QT_TRANSLATE_NOOP("GenerateResults", "The model was unloaded from memory."),
}


def seconds(nanoseconds: int | None) -> str:
    if nanoseconds is None:
        return "–"
    return measured_time(nanoseconds / 1e9)


def explain_done_reason(reason: str | None) -> str:
    if not reason:
        return translate("GenerateResults", "The server did not say why it stopped.")
    if reason in DONE_REASONS:
        return translate("GenerateResults", DONE_REASONS[reason])
    return translate("GenerateResults", "The server stopped ({reason}).").format(reason=reason)


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
    return number(rate, 1) if rate else "–"


@dataclass
class JsonCheck:
    pretty: str
    problem: str | None


def check_json(text: str, schema: dict[str, Any] | None) -> JsonCheck:
    """Pretty-print the output and check it against the schema; say what is wrong first."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        problem = translate(
            "GenerateResults",
            "The output isn't valid JSON: {error} (line {line}, column {column}).",
        ).format(error=error.msg, line=error.lineno, column=error.colno)
        return JsonCheck(text, problem)
    pretty = json.dumps(value, indent=2, ensure_ascii=False)
    if schema is None:
        return JsonCheck(pretty, None)
    try:
        validator = jsonschema.validators.validator_for(schema)(schema)
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
    except jsonschema.exceptions.SchemaError as problem:
        return JsonCheck(
            pretty,
            translate("GenerateResults", "The schema itself is not valid: {error}").format(
                error=problem.message
            ),
        )
    if error is None:
        return JsonCheck(pretty, None)
    where = "/".join(str(part) for part in error.absolute_path)
    if not where:
        mismatch = translate(
            "GenerateResults", "Doesn't match the schema at the top level: {error}"
        ).format(error=error.message)
    else:
        mismatch = translate("GenerateResults", "Doesn't match the schema at {where}: {error}")
        mismatch = mismatch.format(where=where, error=error.message)
    return JsonCheck(pretty, mismatch)


def explain_error(error: BaseException) -> str:
    """Plain words for a failed run, naming the field to change where we can."""
    if isinstance(error, RequestRejected | ServerError):
        hint = _field_hint(error.server_message.lower())
        return hint or error.message
    if isinstance(error, StreamBroken):
        return translate("GenerateResults", "{problem} What arrived before is kept above.").format(
            problem=error.message
        )
    if isinstance(error, ModelNotFound | OllamaError):
        return error.message
    return translate("Errors", "Something unexpected went wrong. The details are in the log file.")


def _field_hint(message: str) -> str | None:
    """Which field to change for a refusal the server words in its own terms."""
    if "raw mode" in message:
        return translate(
            "GenerateResults",
            "Raw mode can't be combined with a system prompt, a template or carried "
            "context. Clear those fields or turn raw mode off.",
        )
    if "does not support generate" in message or "does not support completion" in message:
        return translate(
            "GenerateResults",
            "This model only turns text into numbers (embeddings): pick one that writes text.",
        )
    if "does not support insert" in message:
        return translate(
            "GenerateResults", "This model can't fill in the middle: clear the Suffix field."
        )
    if "does not support thinking" in message:
        return translate(
            "GenerateResults",
            "This model can't think step by step: set Thinking to Model's default or Off.",
        )
    if "think" in message and ("invalid" in message or "unknown" in message):
        return translate(
            "GenerateResults",
            "This server doesn't know that thinking level: pick On, Low, Medium or High.",
        )
    if "does not support images" in message or "vision" in message:
        return translate(
            "GenerateResults",
            "This model can't look at images: remove them or pick a vision model.",
        )
    if "missing unit in duration" in message or "invalid duration" in message:
        return translate(
            "GenerateResults",
            "Keep loaded: write a number of seconds (like 300 or -1) or a duration like 5m or 1h.",
        )
    if "must be of type" in message:
        if message.count('"') < 2:
            return translate(
                "GenerateResults",
                "An option has the wrong kind of value: reset it to its default.",
            )
        return translate(
            "GenerateResults",
            "The option {name} has the wrong kind of value: reset it to its default.",
        ).format(name=message.split('"')[1])
    if "context length" in message and "exceed" in message:
        return translate(
            "GenerateResults",
            "The prompt is longer than the model's memory: shorten it, raise Memory, or "
            "allow cutting the prompt to fit.",
        )
    return None
