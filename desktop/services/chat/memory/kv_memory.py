"""What a larger memory costs: the next size that fits a chat, and the bytes it needs.

A model keeps what it reads in its KV cache: for every layer, a key and a value vector per
token per KV head. From ``/api/show`` ``model_info``: ``<arch>.block_count`` layers,
``<arch>.attention.head_count_kv`` heads (else ``head_count``), of
``<arch>.attention.key_length``/``value_length`` numbers each (else ``embedding_length /
head_count``), 2 bytes a number (f16, Ollama's default cache type). The weights (the model's
size on disk) come on top when the model is not loaded yet.

The computer's free memory is read off the GUI thread (``free_memory_bytes``: Linux
``/proc/meminfo`` ``MemAvailable``, else ``os.sysconf``), and is ``None`` where it can't be.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BYTES_PER_NUMBER = 2  # f16
HEADROOM = 1.1  # a new size leaves a tenth for the reply
FIRST_SIZE = 2048


@dataclass(frozen=True, slots=True)
class CacheShape:
    layers: int
    kv_heads: int
    key_length: int
    value_length: int

    def bytes_for(self, tokens: int) -> int:
        per_token = self.layers * self.kv_heads * (self.key_length + self.value_length)
        return per_token * tokens * BYTES_PER_NUMBER


def cache_shape(model_info: dict[str, Any]) -> CacheShape | None:
    """The model's KV cache shape, or None when its metadata doesn't say."""
    arch = model_info.get("general.architecture")
    if not isinstance(arch, str):
        return None

    def number(key: str) -> int | None:
        value = model_info.get(f"{arch}.{key}")
        if isinstance(value, list):  # per-layer figures: take the largest
            value = max((v for v in value if isinstance(v, int)), default=None)
        return value if isinstance(value, int) and value > 0 else None

    layers = number("block_count")
    heads = number("attention.head_count")
    kv_heads = number("attention.head_count_kv") or heads
    embedding = number("embedding_length")
    per_head = embedding // heads if embedding and heads else None
    key_length = number("attention.key_length") or per_head
    value_length = number("attention.value_length") or key_length
    if not (layers and kv_heads and key_length and value_length):
        return None
    return CacheShape(layers, kv_heads, key_length, value_length)


def next_size(needed_tokens: int, current: int) -> int:
    """The next of 2K, 4K, 8K, 16K, … above ``current`` that holds ``needed_tokens`` with
    room for a reply."""
    size = FIRST_SIZE
    while size <= current or size < needed_tokens * HEADROOM:
        size *= 2
    return size


@dataclass(frozen=True, slots=True)
class Enlargement:
    """Raising a chat's memory from ``current`` to ``new_size`` tokens."""

    new_size: int
    extra_bytes: int | None  # None: the model's metadata doesn't say
    free_bytes: int | None  # None: the computer's free memory is unknown (or not this one's)
    capped_by_training: bool = False
    refused: str = ""  # "too_long": the model can't hold it; "no_memory": the computer can't

    @property
    def possible(self) -> bool:
        return not self.refused


def plan_enlargement(
    *,
    needed_tokens: int,
    current: int,
    trained: int | None,
    shape: CacheShape | None,
    weights_bytes: int | None,
    loaded: bool,
    free_bytes: int | None,
) -> Enlargement:
    """The size "Remember more" offers, what it costs, and whether it can work at all."""
    size = next_size(needed_tokens, current)
    capped = False
    if trained and size > trained:
        size, capped = trained, True
    if size <= current or size < needed_tokens:
        return Enlargement(size, None, free_bytes, capped, refused="too_long")
    extra = None
    if shape is not None:
        extra = shape.bytes_for(size) - (shape.bytes_for(current) if loaded else 0)
        if not loaded and weights_bytes:
            extra += weights_bytes
    if extra is not None and free_bytes is not None and extra > free_bytes:
        return Enlargement(size, extra, free_bytes, capped, refused="no_memory")
    return Enlargement(size, extra, free_bytes, capped)


def free_memory_bytes(meminfo: Path = Path("/proc/meminfo")) -> int | None:
    """Memory the computer can give a program now, in bytes; None when unknown. Blocking (a
    file read): call it off the GUI thread."""
    try:
        for line in meminfo.read_text("ascii", errors="replace").splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        pages = os.sysconf("SC_AVPHYS_PAGES")
        page_size = os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None
    if pages > 0 and page_size > 0:
        return int(pages) * int(page_size)
    return None
