"""Turn the playground's form into the exact /api/generate request body.

The body built here is what the request view shows, what the client sends and what "Copy as
curl" reproduces, so the three can never disagree.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from desktop.i18n import translate
from desktop.services.generate.options import changed_options

THINK_CHOICES = ("default", "off", "on", "low", "medium", "high", "max")
THINK_LEVELS = ("low", "medium", "high", "max")


class FormError(ValueError):
    """A field the user must fix before running.

    ``field`` names it for the UI; ``position`` is the character offset of the mistake in that
    field's text when known, so the editor can put the cursor on it.
    """

    def __init__(self, field: str, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
        self.position = position


@dataclass
class GenerateForm:
    """Everything the user set in the playground (serialisable for presets)."""

    model: str = ""
    prompt: str = ""
    system: str = ""
    template: str = ""
    suffix: str = ""
    raw: bool = False
    carry_context: bool = False
    format_mode: str = "none"  # "none", "json" or "schema"
    schema_text: str = ""
    think: str = "default"
    options: dict[str, Any] = field(default_factory=dict)  # only the ones the user changed
    keep_alive: str = ""
    stream: bool = True
    truncate: bool = True
    shift: bool = True
    logprobs: bool = False
    top_logprobs: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> GenerateForm:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def parse_schema(text: str) -> dict[str, Any]:
    """The JSON Schema the user typed, or a FormError that points at the mistake."""
    try:
        schema = json.loads(text)
    except json.JSONDecodeError as error:
        raise FormError(
            "schema",
            translate(
                "Generate", "The schema isn't valid JSON: {error} (line {line}, column {column})."
            ).format(error=error.msg, line=error.lineno, column=error.colno),
            error.pos,
        ) from error
    if not isinstance(schema, dict):
        raise FormError(
            "schema",
            translate("Generate", 'The schema must be a JSON object, like {"type": "object"}.'),
        )
    return schema


def keep_alive_value(text: str) -> int | float | str | None:
    """Numbers are seconds (sent as numbers, so "-1" works); anything else a Go duration."""
    text = text.strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        return text
    return int(number) if number.is_integer() else number


JSON_REPLY_LIMIT = 1000  # tokens: JSON replies stop here unless a limit was set


def build_request(
    form: GenerateForm,
    *,
    context: list[int] | None = None,
    images: list[bytes] | None = None,
    defaults: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The request body, in the order the client sends it (model, prompt, fields, stream).

    ``defaults`` are the model's effective option defaults (see ``options.model_defaults``):
    an option equal to its default is left out, as the server would use it anyway.
    """
    if not form.model:
        raise FormError("model", translate("Generate", "Pick a model first."))
    body: dict[str, Any] = {"model": form.model, "prompt": form.prompt}
    if form.suffix:
        body["suffix"] = form.suffix
    if not form.raw:
        if form.system.strip():
            body["system"] = form.system
        if form.template.strip():
            body["template"] = form.template
        if form.carry_context and context:
            body["context"] = list(context)
    else:
        body["raw"] = True
    if form.format_mode == "json":
        body["format"] = "json"
    elif form.format_mode == "schema":
        body["format"] = parse_schema(form.schema_text)
    if form.think == "off":
        body["think"] = False
    elif form.think == "on":
        body["think"] = True
    elif form.think in THINK_LEVELS:
        body["think"] = form.think
    if images:
        body["images"] = [base64.b64encode(image).decode("ascii") for image in images]
    if not form.truncate:
        body["truncate"] = False
    if not form.shift:
        body["shift"] = False
    options = changed_options(form.options, defaults)
    if "format" in body and "num_predict" not in form.options:
        # Small models often never finish valid JSON: they loop until stopped.
        options["num_predict"] = JSON_REPLY_LIMIT
    if options:
        body["options"] = options
    keep_alive = keep_alive_value(form.keep_alive)
    if keep_alive is not None:
        body["keep_alive"] = keep_alive
    if form.logprobs:
        body["logprobs"] = True
        if form.top_logprobs:
            body["top_logprobs"] = form.top_logprobs
    body["stream"] = form.stream
    return body


def client_fields(body: dict[str, Any]) -> dict[str, Any]:
    """The keyword fields for ``generate(model, prompt, **fields)`` that reproduce ``body``."""
    return {k: v for k, v in body.items() if k not in ("model", "prompt", "stream")}
