"""Numbers and times in the words people use: "4.7 GB", "3 days ago", "unloads in 4 min"."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from desktop.ollama.types import FOREVER_AFTER

_UNITS = ("bytes", "KB", "MB", "GB", "TB")
_PARAMETERS = re.compile(r"^\s*([\d.]+)\s*([KMBT]?)\s*$", re.IGNORECASE)
_SCALE = {"": 1, "K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}


def human_size(size: float) -> str:
    """Decimal units, as Ollama and the library pages show sizes (1 GB = 10⁹ bytes)."""
    value = float(max(0.0, size))
    for unit in _UNITS:
        if value < 1000 or unit == _UNITS[-1]:
            if unit == "bytes":
                return f"{int(value)} bytes"
            return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")


def human_speed(bytes_per_second: float) -> str:
    return f"{human_size(bytes_per_second)}/s"


def human_duration(seconds: float) -> str:
    """A rough, calm duration: "45 s", "4 min", "1 h 20 min"."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def relative_time(when: datetime | None, now: datetime | None = None) -> str:
    """ "just now", "5 minutes ago", "yesterday", "3 weeks ago"."""
    if when is None or when.year < 1971:
        return "unknown"
    now = now or datetime.now(UTC)
    seconds = (now - when).total_seconds()
    if seconds < 0:
        return "just now"
    for limit, size, unit in (
        (60, 0, ""),
        (3600, 60, "minute"),
        (86400, 3600, "hour"),
        (86400 * 7, 86400, "day"),
        (86400 * 31, 86400 * 7, "week"),
        (86400 * 365, 86400 * 30, "month"),
    ):
        if seconds < limit:
            if not size:
                return "just now"
            count = int(seconds // size)
            if unit == "day" and count == 1:
                return "yesterday"
            return f"{count} {unit}{'s' if count != 1 else ''} ago"
    years = int(seconds // (86400 * 365))
    return f"{years} year{'s' if years != 1 else ''} ago"


def parameter_count(text: str) -> float:
    """ "8.0B" → 8e9, "134.52M" → 1.3452e8; 0 when unknown (sorts first)."""
    match = _PARAMETERS.match(text or "")
    if not match:
        return 0.0
    return float(match.group(1)) * _SCALE[match.group(2).upper()]


def context_words(tokens: int | None) -> str:
    if not tokens:
        return "unknown"
    if tokens >= 1024 and tokens % 1024 == 0:
        return f"{tokens // 1024}K tokens"
    return f"{tokens:,} tokens"


def processor_split(size: int, size_vram: int) -> str:
    """Where a loaded model sits, as ``ollama ps`` says it: "100% GPU", "48% GPU, 52% CPU"."""
    if size <= 0:
        return "unknown"
    gpu = round(100 * min(size_vram, size) / size)
    if gpu >= 100:
        return "100% GPU"
    if gpu <= 0:
        return "100% CPU"
    return f"{gpu}% GPU, {100 - gpu}% CPU"


def unload_countdown(expires_at: datetime | None, now: datetime | None = None) -> str:
    """ "unloads in 4 min", "unloads in 20 s", "stays loaded"."""
    if expires_at is None:
        return "unknown"
    now = now or datetime.now(UTC)
    left = expires_at - now
    if left > FOREVER_AFTER:
        return "stays loaded"
    if left <= timedelta(0):
        return "unloading now"
    seconds = left.total_seconds()
    if seconds < 60:
        return f"unloads in {int(seconds)} s"
    return f"unloads in {human_duration(seconds)}"
