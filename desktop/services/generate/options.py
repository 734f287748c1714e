"""Every model option the playground offers, with its default and plain-language help.

A default is what the server would use if the option were left out: Ollama's built-in value,
overridden by the model's own Modelfile PARAMETERs (``/api/show``'s ``parameters``). Only options
whose value differs from that default are sent, so the server keeps applying the model's own
settings for the rest — and a changed stop list is sent whole, model stop words included.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class OptionSpec:
    name: str
    label: str
    help: str
    kind: str  # "float", "int", "bool" or "list"
    default: Any
    minimum: float = 0
    maximum: float = 1_000_000
    step: float = 1
    reloads_model: bool = False


SAMPLING = [
    OptionSpec("temperature", "Creativity (temperature)",
               "Higher gives more varied, surprising text; lower gives focused, predictable text.",
               "float", 0.8, 0, 2, 0.05),
    OptionSpec("top_k", "Top K", "Only consider this many of the likeliest next words "
               "(0 = no limit).", "int", 40, 0, 1000),
    OptionSpec("top_p", "Top P", "Only consider the likeliest words that together make up this "
               "share of the probability.", "float", 0.9, 0, 1, 0.05),
    OptionSpec("min_p", "Min P", "Ignore words less likely than this share of the likeliest one.",
               "float", 0.0, 0, 1, 0.01),
    OptionSpec("typical_p", "Typical P", "Prefer words about as surprising as usual (1 turns it "
               "off).", "float", 1.0, 0, 1, 0.05),
    OptionSpec("repeat_last_n", "Repeat window", "How many recent tokens the repeat penalty looks "
               "at (0 = off, -1 = the whole context).", "int", 64, -1, 100000),
    OptionSpec("repeat_penalty", "Repeat penalty", "Above 1 discourages repeating words; 1 turns "
               "it off.", "float", 1.0, 0, 3, 0.05),
    OptionSpec("presence_penalty", "Presence penalty", "Discourages any word that already "
               "appeared, however often.", "float", 0.0, -2, 2, 0.1),
    OptionSpec("frequency_penalty", "Frequency penalty", "Discourages words the more often they "
               "appeared.", "float", 0.0, -2, 2, 0.1),
    OptionSpec("seed", "Seed", "The same number with the same request gives the same answer "
               "again (-1 = random each time).", "int", -1, -1, 2**31 - 1),
    OptionSpec("num_predict", "Max reply length", "Stop after this many tokens (-1 = no limit).",
               "int", -1, -1, 1_000_000),
    OptionSpec("num_keep", "Tokens kept", "When the context is full, keep this many tokens from "
               "the start of the prompt.", "int", 4, -1, 1_000_000),
    OptionSpec("stop", "Stop words", "The reply ends when it would write one of these (one per "
               "line). Changing the list replaces the model's own stop words.", "list", []),
]  # fmt: skip

LOAD_TIME = [
    OptionSpec("num_ctx", "Memory", "How much of the conversation the model can keep in mind, "
               "in tokens; more needs more computer memory, and no more than the model was "
               "trained for counts. By default the server picks it (4096 on small graphics "
               "cards, more on big ones).",
               "int", 4096, 256, 1_048_576, 256, True),
    OptionSpec("num_batch", "Batch size", "Tokens processed together while reading the prompt.",
               "int", 512, 1, 65536, 1, True),
    OptionSpec("num_gpu", "GPU layers", "How many layers run on the graphics card (-1 = as many "
               "as fit, 0 = none).", "int", -1, -1, 1000, 1, True),
    OptionSpec("main_gpu", "Main GPU", "Which graphics card holds the shared parts when there "
               "are several (0 = the first).", "int", 0, 0, 64, 1, True),
    OptionSpec("num_thread", "CPU threads", "Threads used on the processor (0 = automatic).",
               "int", 0, 0, 512, 1, True),
    OptionSpec("use_mmap", "Memory-map the model", "Read the model file from disk as needed "
               "instead of copying it all into memory first.", "bool", True, reloads_model=True),
]  # fmt: skip

ALL = SAMPLING + LOAD_TIME
BY_NAME = {spec.name: spec for spec in ALL}
BUILT_IN = {spec.name: spec.default for spec in ALL}
FLOAT_TOLERANCE = 5e-4  # editors show three decimals: closer values are the same setting


def parse_value(spec: OptionSpec, texts: list[str]) -> Any:
    """A Modelfile PARAMETER's text as the typed value the request would carry."""
    if spec.kind == "list":
        return [text for text in texts if text]
    text = texts[-1].strip()
    if spec.kind == "bool":
        return text.lower() in ("true", "1", "yes", "on")
    if spec.kind == "int":
        return int(float(text))
    return float(text)


def model_defaults(parameters: Mapping[str, list[str]]) -> dict[str, Any]:
    """Built-in defaults overlaid with the model's own PARAMETERs (unknown or bad ones skipped)."""
    defaults = dict(BUILT_IN)
    for name, texts in parameters.items():
        spec = BY_NAME.get(name)
        if spec is None or not texts:
            continue
        try:
            defaults[name] = parse_value(spec, texts)
        except ValueError:
            continue
    return defaults


def changed_options(
    values: Mapping[str, Any], defaults: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The options whose value differs from the default, in the order of the specs."""
    defaults = BUILT_IN if defaults is None else defaults
    changed: dict[str, Any] = {}
    for spec in ALL:
        if spec.name not in values:
            continue
        value = values[spec.name]
        if spec.kind == "list":
            value = [item for item in value if item]
        elif spec.kind == "float":
            value = float(value)
        elif spec.kind == "int":
            value = int(value)
        if not same_setting(value, defaults.get(spec.name, spec.default)):
            changed[spec.name] = value
    return changed


def same_setting(left: Any, right: Any) -> bool:
    """Whether two values of one option are the same setting (floats within the tolerance)."""
    if isinstance(left, float) or isinstance(right, float):
        if isinstance(left, bool | list) or isinstance(right, bool | list):
            return False
        return math.isclose(float(left), float(right), abs_tol=FLOAT_TOLERANCE)
    return bool(left == right)


def shown_value(value: Any) -> str:
    """A default as a person reads it."""
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, list):
        return ", ".join(value) if value else "none"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
