"""Typed results of the Ollama API.

Attribute names are the API's field names (``chunk.message.content``, ``progress.completed``) so
the API documentation reads straight onto the code. Fields a newer server adds that we do not
know yet are kept in ``extra`` rather than dropped.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, ClassVar, Self

_TIMESTAMP = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d\d):(\d\d))$"
)
FOREVER_AFTER = timedelta(days=365 * 20)
_FIELD_NAMES: dict[type, frozenset[str]] = {}


def parse_timestamp(text: str | None) -> datetime | None:
    """Parse an RFC 3339 time with 0–9 fractional digits; None for empty or unparsable text."""
    if not text:
        return None
    # Fast path for what Ollama sends with every streamed chunk ("…T05:48:14.879157077Z"):
    # the whole seconds repeat from chunk to chunk, so they are parsed once.
    if len(text) > 21 and text[19] == "." and text[-1] in "Zz" and text[20:-1].isdigit():
        whole = _whole_second(text[:19])
        if whole is not None and len(text) - 21 <= 9:
            return whole.replace(microsecond=int(text[20:-1].ljust(6, "0")[:6]))
    return _parse_timestamp(text)


@functools.lru_cache(maxsize=256)
def _whole_second(prefix: str) -> datetime | None:
    return _parse_timestamp(prefix + "Z")


def _parse_timestamp(text: str) -> datetime | None:
    match = _TIMESTAMP.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, frac, zulu, sign, off_h, off_m = match.groups()
    if zulu:
        tz: timezone = UTC
    else:
        offset = timedelta(hours=int(off_h), minutes=int(off_m))
        tz = timezone(-offset if sign == "-" else offset)
    micro = int((frac or "0").ljust(6, "0")[:6])
    try:
        return datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tz
        )
    except ValueError:
        return None


@dataclass(slots=True)
class ApiObject:
    """Base: builds itself from a JSON object, keeping unknown keys in ``extra``."""

    extra: dict[str, Any] = field(default_factory=dict, kw_only=True, repr=False)

    _converters: ClassVar[dict[str, Callable[[Any], Any]]] = {}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        names = _FIELD_NAMES.get(cls)
        if names is None:
            names = _FIELD_NAMES[cls] = frozenset(f.name for f in fields(cls)) - {"extra"}
        converters = cls._converters
        known: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in data.items():
            if key in names:
                convert = converters.get(key)
                known[key] = convert(value) if convert is not None and value is not None else value
            else:
                extra[key] = value
        return cls(**known, extra=extra)


def _list_of(kind: type[ApiObject]) -> Callable[[Any], list[Any]]:
    return lambda items: [kind.from_json(item) for item in items]


@dataclass(slots=True)
class ModelDetails(ApiObject):
    parent_model: str = ""
    format: str = ""
    family: str = ""
    families: list[str] | None = None
    parameter_size: str = ""
    quantization_level: str = ""
    context_length: int | None = None
    embedding_length: int | None = None


@dataclass(slots=True)
class ModelInfo(ApiObject):
    """One installed model, as /api/tags lists it."""

    name: str = ""
    model: str = ""
    modified_at: datetime | None = None
    size: int = 0
    digest: str = ""
    details: ModelDetails = field(default_factory=ModelDetails)
    capabilities: list[str] = field(default_factory=list)
    remote_model: str | None = None
    remote_host: str | None = None

    _converters: ClassVar = {"modified_at": parse_timestamp, "details": ModelDetails.from_json}


@dataclass(slots=True)
class RunningModel(ApiObject):
    """One model loaded in memory, as /api/ps lists it."""

    name: str = ""
    model: str = ""
    size: int = 0
    size_vram: int = 0
    digest: str = ""
    details: ModelDetails = field(default_factory=ModelDetails)
    expires_at: datetime | None = None
    context_length: int | None = None

    _converters: ClassVar = {"expires_at": parse_timestamp, "details": ModelDetails.from_json}

    @property
    def gpu_fraction(self) -> float:
        """Share of the model held in GPU memory: 1.0 all GPU, 0.0 all CPU."""
        return min(1.0, self.size_vram / self.size) if self.size else 0.0

    def stays_loaded(self, now: datetime | None = None) -> bool:
        """True when the expiry is so far ahead that it means "keep loaded forever"."""
        if self.expires_at is None:
            return False
        return self.expires_at - (now or datetime.now(UTC)) > FOREVER_AFTER


@dataclass(slots=True)
class ShowResponse(ApiObject):
    """Everything /api/show says about one model."""

    modelfile: str = ""
    parameters: str = ""
    template: str = ""
    system: str | None = None
    license: str | None = None
    details: ModelDetails = field(default_factory=ModelDetails)
    model_info: dict[str, Any] = field(default_factory=dict)
    projector_info: dict[str, Any] | None = None
    capabilities: list[str] = field(default_factory=list)
    modified_at: datetime | None = None
    tensors: list[dict[str, Any]] | None = None
    messages: list[dict[str, Any]] | None = None

    _converters: ClassVar = {"modified_at": parse_timestamp, "details": ModelDetails.from_json}

    @property
    def context_length(self) -> int | None:
        """The model's training context, from its GGUF metadata."""
        arch = self.model_info.get("general.architecture")
        value = self.model_info.get(f"{arch}.context_length") if arch else None
        if isinstance(value, int):
            return value
        return self.details.context_length

    def parameter_values(self) -> dict[str, list[str]]:
        """The ``parameters`` text as a mapping; keys like ``stop`` may repeat, hence lists."""
        values: dict[str, list[str]] = {}
        for line in self.parameters.splitlines():
            key, _, value = line.strip().partition(" ")
            if not key:
                continue
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1]
            values.setdefault(key, []).append(value)
        return values


@dataclass(slots=True)
class ToolFunction(ApiObject):
    name: str = ""
    arguments: dict[str, Any] = field(default_factory=dict)
    index: int | None = None


@dataclass(slots=True)
class ToolCall(ApiObject):
    function: ToolFunction = field(default_factory=ToolFunction)
    id: str | None = None

    _converters: ClassVar = {"function": ToolFunction.from_json}


@dataclass(slots=True)
class Message(ApiObject):
    role: str = "assistant"
    content: str = ""
    thinking: str | None = None
    images: list[str] | None = None
    tool_calls: list[ToolCall] | None = None
    tool_name: str | None = None
    tool_call_id: str | None = None

    _converters: ClassVar = {"tool_calls": _list_of(ToolCall)}

    def to_json(self) -> dict[str, Any]:
        """The request form: only the fields that are set."""
        data: dict[str, Any] = {"role": self.role, "content": self.content}
        for name in ("thinking", "images", "tool_name", "tool_call_id"):
            value = getattr(self, name)
            if value is not None:
                data[name] = value
        if self.tool_calls is not None:
            data["tool_calls"] = [
                {
                    **({"id": call.id} if call.id else {}),
                    "function": {"name": call.function.name, "arguments": call.function.arguments},
                }
                for call in self.tool_calls
            ]
        return data


@dataclass(slots=True)
class Stats(ApiObject):
    """The timing figures of a finished generate/chat reply (durations in nanoseconds)."""

    done: bool = False
    done_reason: str | None = None
    total_duration: int | None = None
    load_duration: int | None = None
    prompt_eval_count: int | None = None
    prompt_eval_duration: int | None = None
    eval_count: int | None = None
    eval_duration: int | None = None

    @property
    def tokens_per_second(self) -> float | None:
        if self.eval_count and self.eval_duration:
            return self.eval_count / self.eval_duration * 1e9
        return None

    @property
    def prompt_tokens_per_second(self) -> float | None:
        if self.prompt_eval_count and self.prompt_eval_duration:
            return self.prompt_eval_count / self.prompt_eval_duration * 1e9
        return None

    @property
    def is_load_or_unload(self) -> bool:
        """A load/unload answer is not a reply to show."""
        return self.done_reason in ("load", "unload")


@dataclass(slots=True)
class ChatChunk(Stats):
    """One piece of a /api/chat reply (the last one has ``done`` and the stats)."""

    model: str = ""
    created_at: datetime | None = None
    message: Message = field(default_factory=Message)
    logprobs: list[dict[str, Any]] | None = None

    _converters: ClassVar = {"created_at": parse_timestamp, "message": Message.from_json}


@dataclass(slots=True)
class GenerateChunk(Stats):
    """One piece of a /api/generate reply; the last carries ``context`` (unless raw)."""

    model: str = ""
    created_at: datetime | None = None
    response: str = ""
    thinking: str | None = None
    context: list[int] | None = None
    logprobs: list[dict[str, Any]] | None = None

    _converters: ClassVar = {"created_at": parse_timestamp}


@dataclass(slots=True)
class ProgressEvent(ApiObject):
    """A status line of pull, push or create. Missing ``total``/``completed`` mean 0."""

    status: str = ""
    digest: str | None = None
    total: int = 0
    completed: int = 0


@dataclass(slots=True)
class EmbedResponse(ApiObject):
    model: str = ""
    embeddings: list[list[float]] = field(default_factory=list)
    total_duration: int | None = None
    load_duration: int | None = None
    prompt_eval_count: int | None = None
