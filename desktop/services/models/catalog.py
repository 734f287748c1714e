"""The bundled catalogue of popular library models, and whether each fits this computer.

The catalogue is data (``resources/catalog.json``), not code, so it can be refreshed without a
release of the logic. Each model has tags (sizes); every tag becomes one :class:`CatalogEntry`,
the unit people pick and download.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.formats import human_size
from desktop.i18n import translate
from desktop.resources import resource_path
from desktop.services.models.machine import MachineMemory

# What a model needs beyond its file: the context cache and the runtime, roughly.
RUNTIME_OVERHEAD = 0.6e9
FILE_FACTOR = 1.15
# Leave room for the operating system and the user's other programs.
COMFORTABLE_SHARE = 0.6
TIGHT_SHARE = 0.85
# Above this on a computer without a graphics card, answers come slowly.
SLOW_ON_CPU_BYTES = 9e9

CAPABILITY_FILTERS = ("vision", "tools", "thinking", "embedding", "code")
# Where a model runs: the two groups of the catalogue.
ON_THIS_COMPUTER = "local"
IN_THE_CLOUD = "cloud"


def runs_in_cloud(name: str) -> bool:
    """Ollama runs ``…:cloud`` and ``…-cloud`` models on ollama.com, through the local server
    (signed in to an ollama.com account); nothing big is downloaded."""
    model, _, tag = name.strip().rsplit("/", 1)[-1].lower().partition(":")
    return tag == "cloud" or tag.endswith("-cloud") or model.endswith("-cloud")


@dataclass(frozen=True)
class CatalogEntry:
    """One downloadable variant, e.g. ``llama3.2:3b``."""

    model: str
    tag: str
    description: str
    size: int
    parameters: str
    capabilities: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    context_length: int | None = None
    is_default: bool = False
    suggested: bool = False  # the Ollama server recommends it for its hardware
    memory: int | None = None  # what the server says it needs in memory, when it says

    @property
    def name(self) -> str:
        return f"{self.model}:{self.tag}"

    @property
    def in_cloud(self) -> bool:
        return runs_in_cloud(self.name)

    @property
    def group(self) -> str:
        """``IN_THE_CLOUD`` or ``ON_THIS_COMPUTER``: where it runs."""
        return IN_THE_CLOUD if self.in_cloud else ON_THIS_COMPUTER

    @property
    def search_text(self) -> str:
        return " ".join(
            (self.name, self.description, self.parameters, *self.capabilities, *self.topics)
        ).lower()

    def has(self, capability: str) -> bool:
        return capability in self.capabilities or capability in self.topics


@dataclass(frozen=True)
class Catalog:
    entries: tuple[CatalogEntry, ...]
    note: str = ""
    updated: str = ""
    problems: tuple[str, ...] = field(default=())

    def search(self, text: str = "", capability: str | None = None) -> list[CatalogEntry]:
        words = text.lower().split()
        return [
            entry
            for entry in self.entries
            if (capability is None or entry.has(capability))
            and all(word in entry.search_text for word in words)
        ]


def load_catalog(path: Path | None = None) -> Catalog:
    """Read the catalogue; a broken file gives an empty catalogue with ``problems`` set."""
    path = path or resource_path("catalog.json")
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        problem = translate("Models", "The model catalogue could not be read: {error}").format(
            error=exc
        )
        return Catalog((), problems=(problem,))
    return parse_catalog(data)


def parse_catalog(data: Mapping[str, Any]) -> Catalog:
    """Build entries from the JSON; a malformed model is skipped and named in ``problems``."""
    entries: list[CatalogEntry] = []
    problems: list[str] = []
    for index, model in enumerate(data.get("models") or []):
        try:
            entries.extend(_entries_of(model))
        except (KeyError, TypeError, ValueError) as exc:
            problems.append(f"model #{index} ({model.get('name', '?')}): {exc!r}")
    return Catalog(
        tuple(entries),
        note=str(data.get("note", "")),
        updated=str(data.get("updated", "")),
        problems=tuple(problems),
    )


def _entries_of(model: Mapping[str, Any]) -> Iterable[CatalogEntry]:
    name = str(model["name"])
    default_tag = model.get("default_tag")
    for tag in model["tags"]:
        yield CatalogEntry(
            model=name,
            tag=str(tag["tag"]),
            description=str(model.get("description", "")),
            size=int(tag["size"]),
            parameters=str(tag.get("parameters", "")),
            capabilities=tuple(tag.get("capabilities", model.get("capabilities", ()))),
            topics=tuple(model.get("topics", ())),
            context_length=tag.get("context_length", model.get("context_length")),
            is_default=tag["tag"] == default_tag,
        )


@dataclass(frozen=True)
class Fit:
    """A verdict on one model for this computer, and its one-line reason."""

    level: str  # "good", "slow", "tight", "too_big" or "unknown"
    summary: str
    explanation: str


def memory_needed(size: int) -> int:
    """Memory a model of ``size`` bytes needs to run with a default context, roughly."""
    return int(size * FILE_FACTOR + RUNTIME_OVERHEAD)


def entry_fit(entry: CatalogEntry, machine: MachineMemory) -> Fit:
    """Whether ``entry`` fits this computer: a cloud model always does (it runs elsewhere);
    the server's own memory figure, when it gave one, counts over the file's size."""
    if entry.in_cloud:
        return Fit(
            "cloud",
            translate("Models", "Runs online"),
            translate(
                "Models",
                "It runs on Ollama's computers, so it needs no memory here. Your Ollama "
                "server must be signed in to an ollama.com account.",
            ),
        )
    if not entry.size and not entry.memory:
        return Fit(
            "unknown",
            translate("Models", "Unknown"),
            translate("Models", "Its size is not known yet, so Paddock can't tell."),
        )
    return estimate_fit(entry.size, machine, need=entry.memory)


def estimate_fit(size: int, machine: MachineMemory, *, need: int | None = None) -> Fit:
    """Compare what the model needs (``need``, else worked out from the file's ``size``)
    with this computer's RAM (and graphics memory if known)."""
    need = need or memory_needed(size)
    size = size or need
    needed = human_size(need)
    ram = machine.ram_bytes
    gpu = machine.gpu_bytes
    if gpu and need <= gpu * 0.95 and not machine.unified:
        return Fit(
            "good",
            translate("Models", "Fits well"),
            translate(
                "Models",
                "Runs on the graphics card: needs about {need} of memory; "
                "the card ({card}) has {have}.",
            ).format(need=needed, card=machine.gpu_name or "GPU", have=human_size(gpu)),
        )
    if not ram:
        return Fit(
            "unknown",
            translate("Models", "Unknown"),
            translate(
                "Models", "It needs about {need} of memory; this computer's memory is unknown."
            ).format(need=needed),
        )
    have = human_size(ram)
    if need <= ram * COMFORTABLE_SHARE:
        if not gpu and size > SLOW_ON_CPU_BYTES:
            return Fit(
                "slow",
                translate("Models", "Fits, but slow"),
                translate(
                    "Models",
                    "It needs about {need} of memory and this computer has {have}, "
                    "but without a graphics card it will answer slowly.",
                ).format(need=needed, have=have),
            )
        return Fit(
            "good",
            translate("Models", "Fits well"),
            translate(
                "Models", "It needs about {need} of memory; this computer has {have}."
            ).format(need=needed, have=have),
        )
    if need <= ram * TIGHT_SHARE:
        return Fit(
            "tight",
            translate("Models", "Tight"),
            translate(
                "Models",
                "It needs about {need} of memory of this computer's {have}: "
                "close other programs first.",
            ).format(need=needed, have=have),
        )
    return Fit(
        "too_big",
        translate("Models", "Too big"),
        translate(
            "Models", "It needs about {need} of memory, but this computer has only {have}."
        ).format(need=needed, have=have),
    )
