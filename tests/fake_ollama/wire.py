"""Ollama's wire habits: Go-style JSON, RFC 3339 nanosecond times, name normalisation."""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime
from email.utils import formatdate
from typing import Any

DEFAULT_REGISTRY = "registry.ollama.ai"


def go_json(value: Any) -> bytes:
    """Compact JSON escaped like Go's encoder (``<``, ``>``, ``&`` as ``\\u00XX``)."""
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").encode()


def go_time(ns: int | None = None) -> str:
    """Go's RFC3339Nano in UTC: up to 9 fractional digits, trailing zeros trimmed."""
    ns = time.time_ns() if ns is None else ns
    seconds, fraction = divmod(ns, 1_000_000_000)
    base = datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S")
    digits = f"{fraction:09d}".rstrip("0")
    return f"{base}.{digits}Z" if digits else f"{base}Z"


def http_date() -> str:
    return formatdate(usegmt=True)


def parse_duration(value: Any) -> float | None:
    """keep_alive as seconds (None = forever). Raises ValueError with Go's message."""
    if isinstance(value, bool):
        raise ValueError("keep_alive must be a number or a duration string")
    if isinstance(value, int | float):
        return None if value < 0 else float(value)
    text = str(value).strip()
    if text in ("0", ""):
        return 0.0
    matches = re.findall(r"(-?\d+(?:\.\d+)?)(h|ms|m|s)", text)
    if not matches or "".join(n + u for n, u in matches) != text:
        raise ValueError(f'time: missing unit in duration "{text}"')
    scale = {"h": 3600, "m": 60, "s": 1, "ms": 0.001}
    total = sum(float(number) * scale[unit] for number, unit in matches)
    return None if total < 0 else total


def split_name(name: str) -> tuple[str, str, str, str]:
    """``[host/][namespace/]model[:tag]`` → (host, namespace, model, tag) with defaults."""
    parts = name.split("/")
    host, namespace = DEFAULT_REGISTRY, "library"
    if len(parts) == 3:
        host, namespace, rest = parts
    elif len(parts) == 2:
        namespace, rest = parts
    else:
        rest = parts[-1]
    model, _, tag = rest.partition(":")
    return host, namespace, model, tag or "latest"


def short_name(name: str) -> str:
    """The shortest form, as lists show it: ``llama3.2`` → ``llama3.2:latest``."""
    host, namespace, model, tag = split_name(name)
    prefix = ""
    if host != DEFAULT_REGISTRY:
        prefix = f"{host}/{namespace}/"
    elif namespace != "library":
        prefix = f"{namespace}/"
    return f"{prefix}{model}:{tag}"


def name_key(name: str) -> str:
    """Matching ignores case and default parts."""
    return short_name(name).lower()
