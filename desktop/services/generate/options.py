"""Every model option the playground offers, with its default and plain-language help.

Defaults are Ollama's built-in ones (a model's Modelfile may set others). Only options the
user changed are sent, so the server keeps applying the model's own settings for the rest.
"""

from __future__ import annotations

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
    OptionSpec("top_k", "Top K", "Only consider this many of the likeliest next words.",
               "int", 40, 0, 1000),
    OptionSpec("top_p", "Top P", "Only consider the likeliest words that together make up this "
               "share of the probability.", "float", 0.9, 0, 1, 0.05),
    OptionSpec("min_p", "Min P", "Ignore words less likely than this share of the likeliest one.",
               "float", 0.0, 0, 1, 0.01),
    OptionSpec("typical_p", "Typical P", "Prefer words about as surprising as usual (1 turns it "
               "off).", "float", 1.0, 0, 1, 0.05),
    OptionSpec("repeat_last_n", "Repeat window", "How many recent tokens the repeat penalty looks "
               "at (-1 = the whole context).", "int", 64, -1, 100000),
    OptionSpec("repeat_penalty", "Repeat penalty", "Above 1 discourages repeating words.",
               "float", 1.0, 0, 3, 0.05),
    OptionSpec("presence_penalty", "Presence penalty", "Discourages words that already appeared.",
               "float", 0.0, -2, 2, 0.1),
    OptionSpec("frequency_penalty", "Frequency penalty", "Discourages words by how often they "
               "appeared.", "float", 0.0, -2, 2, 0.1),
    OptionSpec("seed", "Seed", "Use the same number to get the same answer again (-1 = random).",
               "int", -1, -1, 2**31 - 1),
    OptionSpec("num_predict", "Max reply length", "Stop after this many tokens (-1 = no limit).",
               "int", -1, -1, 1_000_000),
    OptionSpec("stop", "Stop words", "The reply ends when it would write one of these (one per "
               "line).", "list", []),
]  # fmt: skip

LOAD_TIME = [
    OptionSpec("num_ctx", "Context length", "How many tokens the model can keep in mind at once.",
               "int", 4096, 256, 1_048_576, 256, True),
    OptionSpec("num_batch", "Batch size", "Tokens processed together while reading the prompt.",
               "int", 512, 1, 65536, 1, True),
    OptionSpec("num_gpu", "GPU layers", "How many layers run on the graphics card (-1 = as many "
               "as fit).", "int", -1, -1, 1000, 1, True),
    OptionSpec("num_thread", "CPU threads", "Threads used on the processor (0 = automatic).",
               "int", 0, 0, 512, 1, True),
    OptionSpec("use_mmap", "Memory-map the model", "Load the model file lazily from disk.",
               "bool", True, reloads_model=True),
]  # fmt: skip

ALL = SAMPLING + LOAD_TIME
BY_NAME = {spec.name: spec for spec in ALL}


def changed_options(values: dict[str, Any]) -> dict[str, Any]:
    """The options whose value differs from the default, in the order of the specs."""
    changed: dict[str, Any] = {}
    for spec in ALL:
        if spec.name not in values:
            continue
        value = values[spec.name]
        if spec.kind == "list":
            value = [item for item in value if item]
        if value != spec.default:
            changed[spec.name] = value
    return changed
