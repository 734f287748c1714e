"""What the test server knows: installed and loaded models, blobs, the registry, scripts."""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.fake_ollama.wire import name_key, short_name

DATA = Path(__file__).parent / "data"
RECORDED_SHOW: dict[str, Any] = json.loads((DATA / "show-smollm2.json").read_text("utf-8"))
RECORDED_DIGEST = "fd5f44c0b5aff6453726119fc560d73a8a995a55b4a49804bc24b1969ecf1794"
RECORDED_MODIFIED = "2026-11-25T05:48:14.879157077Z"
RECORDED_LAYERS = [
    ("sha256:941f309b54caaad6747569ba43712bcde44a2be3bae16c3282ff499c37c54af5", 98362432),
    ("sha256:e3b2721cec511e3a627ae0993753abbf5c72cdf4cfcdbc8f5c33ce15c4c4e04b", 102),
    ("sha256:f02dd72bb2423204352eabc5637b44d79d17f109fdb510a7c51455892aa2d216", 59),
    ("sha256:4157c46799c19ced6cac0c50480eb70cd5c096c0a632d8fc68a793e7376dd7bb", 152),
]
CHAT_TOKENS = [
    "The", " colors", " are", ":", "\n", "\n", "Red", " (", "Red", ")", "\n",
    "Blue", " (", "Blue", ")", "\n", "Green", " (", "Green", ")",
]  # fmt: skip
GENERATE_TOKENS = [
    "The", " ocean", "'s", " a", " mirror", " that", " reflects", " the", " soul", "'s",
    " journey", ".",
]  # fmt: skip


@dataclass
class Reply:
    """How the next generate/chat replies behave (see the package docstring)."""

    tokens: list[str] | None = None
    thinking: list[str] | None = None
    rate: float | None = None
    first_byte_delay: float = 0.0
    # The reply waits (noticing a client that hangs up) until the test sets this event.
    hold: threading.Event | None = None
    error_after: int | None = None
    error_message: str = "an error was encountered while running the model: unexpected EOF"
    cut_after: int | None = None
    malformed_after: int | None = None
    huge_line_bytes: int | None = None
    # Token n's text goes out as these exact bytes inside its JSON string: what a broken
    # proxy or server may send and Ollama itself never does (invalid UTF-8, a lone "\\ud800").
    raw_content: dict[int, bytes] | None = None
    done_reason: str = "stop"
    tool_calls: list[dict[str, Any]] | None = None
    count: int | None = None
    token: str = "x"


@dataclass
class PullPlan:
    """How pulls behave: speed, event rate, stalls, a backwards step, errors."""

    byte_rate: float | None = None
    events_per_second: float = 16
    stall_after_bytes: int | None = None
    stall_seconds: float | None = None
    backwards_at: float | None = None
    error: str | None = None
    error_after_bytes: int | None = None


@dataclass
class InstalledModel:
    name: str
    size: int
    digest: str
    modified_at: str
    details: dict[str, Any]
    capabilities: list[str]
    show: dict[str, Any]

    def tags_entry(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "model": self.name,
            "modified_at": self.modified_at,
            "size": self.size,
            "digest": self.digest,
            "details": self.details,
            "capabilities": self.capabilities,
        }


MANIFEST_TYPE = "application/vnd.docker.distribution.manifest.v2+json"
CONFIG_TYPE = "application/vnd.docker.container.image.v1+json"
LAYER_TYPES = (
    "application/vnd.ollama.image.model",
    "application/vnd.ollama.image.template",
    "application/vnd.ollama.image.params",
    "application/vnd.ollama.image.license",
    "application/vnd.ollama.image.system",
)


@dataclass
class RegistryModel:
    """A model as the registry holds it. ``layers`` are in pull order: the weights first, the
    config last (Ollama pulls ``manifest.layers`` and then ``manifest.config``)."""

    layers: list[tuple[str, int]]
    capabilities: list[str] = field(default_factory=lambda: ["completion"])

    def manifest_bytes(self) -> bytes:
        """The manifest JSON as a registry serves it: config and layers with digest, size and
        media type. Its sha256 is the ``Docker-Content-Digest`` (and Ollama's model digest)."""
        *files, (config_digest, config_size) = self.layers
        manifest = {
            "schemaVersion": 2,
            "mediaType": MANIFEST_TYPE,
            "config": {"mediaType": CONFIG_TYPE, "digest": config_digest, "size": config_size},
            "layers": [
                {
                    "mediaType": LAYER_TYPES[min(index, len(LAYER_TYPES) - 1)],
                    "digest": digest,
                    "size": size,
                }
                for index, (digest, size) in enumerate(files)
            ],
        }
        return json.dumps(manifest, separators=(",", ":")).encode()

    @property
    def digest(self) -> str:
        """``sha256:<hex>`` of the manifest bytes."""
        return "sha256:" + hashlib.sha256(self.manifest_bytes()).hexdigest()


def fake_digest(seed: str) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()


def recorded_model() -> InstalledModel:
    details = dict(RECORDED_SHOW["details"], context_length=8192, embedding_length=576)
    return InstalledModel(
        name="smollm2:135m",
        size=98362745,
        digest=RECORDED_DIGEST,
        modified_at=RECORDED_MODIFIED,
        details=details,
        capabilities=["completion"],
        show=dict(RECORDED_SHOW),
    )


def make_model(
    name: str,
    *,
    size: int = 98362745,
    family: str = "llama",
    parameter_size: str = "134.52M",
    quantization_level: str = "Q4_1",
    capabilities: tuple[str, ...] | list[str] = ("completion",),
    context_length: int = 8192,
    template: str | None = None,
    system: str | None = None,
    license: str | None = None,
    parameters: dict[str, Any] | str | None = None,
    modified_at: datetime | None = None,
    digest: str | None = None,
) -> InstalledModel:
    """An installed model whose tags/show answers have the recorded shape."""
    shown = short_name(name)
    details = {
        "parent_model": "",
        "format": "gguf",
        "family": family,
        "families": [family],
        "parameter_size": parameter_size,
        "quantization_level": quantization_level,
    }
    if isinstance(parameters, dict):
        lines = []
        for key, value in parameters.items():
            for item in value if isinstance(value, list) else [value]:
                shown_value = f'"{item}"' if isinstance(item, str) else item
                lines.append(f"{key:<30} {shown_value}")
        parameters_text = "\n".join(lines)
    else:
        parameters_text = parameters or RECORDED_SHOW["parameters"]
    show: dict[str, Any] = {
        "modelfile": f'# Modelfile generated by "ollama show"\nFROM {shown}\n',
        "parameters": parameters_text,
        "template": template if template is not None else RECORDED_SHOW["template"],
    }
    if system is not None:
        show["system"] = system
    if license is not None:
        show["license"] = license
    show["details"] = details
    show["model_info"] = {
        "general.architecture": family,
        "general.parameter_count": 134515008,
        f"{family}.context_length": context_length,
    }
    show["capabilities"] = list(capabilities)
    when = (modified_at or datetime.now(UTC)).astimezone(UTC)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"
    show["modified_at"] = stamp
    return InstalledModel(
        name=shown,
        size=size,
        digest=digest or fake_digest(shown),
        modified_at=stamp,
        details=dict(details, context_length=context_length),
        capabilities=list(capabilities),
        show=show,
    )


class Models:
    """Installed models keyed by normalised name, newest first when listed."""

    def __init__(self) -> None:
        self._by_key: dict[str, InstalledModel] = {}

    def add(self, model: InstalledModel) -> None:
        self._by_key[name_key(model.name)] = model

    def get(self, name: str) -> InstalledModel | None:
        return self._by_key.get(name_key(name))

    def remove(self, name: str) -> bool:
        return self._by_key.pop(name_key(name), None) is not None

    def listed(self) -> list[InstalledModel]:
        return sorted(self._by_key.values(), key=lambda m: m.modified_at, reverse=True)

    def as_dict(self) -> dict[str, InstalledModel]:
        return {model.name: model for model in self._by_key.values()}
