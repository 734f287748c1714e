"""Sizes, times and model facts in the user's language.

The same words as ``desktop.services.models.formatting`` and ``.details`` (which stay Qt-free
and English for logs and tests), but every word goes through Qt's translation system, so
widgets show these instead.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from desktop.ollama.types import FOREVER_AFTER

_UNITS = ("KB", "MB", "GB", "TB")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` by the name lupdate looks for."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def human_size(size: float) -> str:
    """Decimal units, as Ollama shows sizes (1 GB = 10⁹ bytes)."""
    value = float(max(0.0, size))
    if value < 1000:
        count = int(value)
        return (
            translate("Words", "1 byte")
            if count == 1
            else translate("Words", "{count} bytes").format(count=count)
        )
    for unit in _UNITS:
        value /= 1000
        if value < 1000 or unit == _UNITS[-1]:
            number = f"{value:.1f}" if value < 100 else f"{value:.0f}"
            return translate("Words", "{number} {unit}").format(number=number, unit=unit)
    raise AssertionError("unreachable")


def human_speed(bytes_per_second: float) -> str:
    return translate("Words", "{size}/s").format(size=human_size(bytes_per_second))


def human_duration(seconds: float) -> str:
    """A rough, calm duration: "45 s", "4 min", "1 h 20 min"."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return translate("Words", "{seconds} s").format(seconds=seconds)
    minutes = round(seconds / 60)
    if minutes < 60:
        return translate("Words", "{minutes} min").format(minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    if minutes:
        return translate("Words", "{hours} h {minutes} min").format(hours=hours, minutes=minutes)
    return translate("Words", "{hours} h").format(hours=hours)


def relative_time(when: datetime | None, now: datetime | None = None) -> str:
    """ "just now", "5 minutes ago", "yesterday", "3 weeks ago"."""
    if when is None or when.year < 1971:
        return translate("Words", "unknown")
    now = now or datetime.now(UTC)
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return translate("Words", "just now")
    if seconds < 3600:
        return _ago(int(seconds // 60), translate("Words", "1 minute ago"),
                    translate("Words", "{count} minutes ago"))  # fmt: skip
    if seconds < 86400:
        return _ago(int(seconds // 3600), translate("Words", "1 hour ago"),
                    translate("Words", "{count} hours ago"))  # fmt: skip
    if seconds < 86400 * 7:
        return _ago(int(seconds // 86400), translate("Words", "yesterday"),
                    translate("Words", "{count} days ago"))  # fmt: skip
    if seconds < 86400 * 31:
        return _ago(int(seconds // (86400 * 7)), translate("Words", "1 week ago"),
                    translate("Words", "{count} weeks ago"))  # fmt: skip
    if seconds < 86400 * 365:
        return _ago(int(seconds // (86400 * 30)), translate("Words", "1 month ago"),
                    translate("Words", "{count} months ago"))  # fmt: skip
    return _ago(int(seconds // (86400 * 365)), translate("Words", "1 year ago"),
                translate("Words", "{count} years ago"))  # fmt: skip


def _ago(count: int, one: str, many: str) -> str:
    return one if count == 1 else many.format(count=count)


def context_words(tokens: int | None) -> str:
    if not tokens:
        return translate("Words", "unknown")
    if tokens >= 1024 and tokens % 1024 == 0:
        return translate("Words", "{count}K tokens").format(count=tokens // 1024)
    return translate("Words", "{count} tokens").format(count=f"{tokens:,}")


def processor_split(size: int, size_vram: int) -> str:
    """Where a loaded model sits: "100% GPU", "48% GPU, 52% CPU"."""
    if size <= 0:
        return translate("Words", "unknown")
    gpu = round(100 * min(size_vram, size) / size)
    if gpu >= 100:
        return translate("Words", "100% GPU")
    if gpu <= 0:
        return translate("Words", "100% CPU")
    return translate("Words", "{gpu}% GPU, {cpu}% CPU").format(gpu=gpu, cpu=100 - gpu)


def unload_countdown(expires_at: datetime | None, now: datetime | None = None) -> str:
    """ "unloads in 4 min", "unloads in 20 s", "stays loaded"."""
    if expires_at is None:
        return translate("Words", "unknown")
    now = now or datetime.now(UTC)
    left = expires_at - now
    if left > FOREVER_AFTER:
        return translate("Words", "stays loaded")
    if left <= timedelta(0):
        return translate("Words", "unloading now")
    seconds = left.total_seconds()
    if seconds < 60:
        time = translate("Words", "{seconds} s").format(seconds=int(seconds))
        return translate("Words", "unloads in {time}").format(time=time)
    return translate("Words", "unloads in {time}").format(time=human_duration(seconds))


def capability_word(capability: str) -> str:
    """What a capability means, in a few words ("sees images"); unknown ones as they are."""
    words = {
        "completion": translate("Words", "writes text"),
        "vision": translate("Words", "sees images"),
        "tools": translate("Words", "uses tools"),
        "thinking": translate("Words", "thinks step by step"),
        "embedding": translate("Words", "makes embeddings (for search)"),
        "insert": translate("Words", "fills in the middle (code)"),
        "audio": translate("Words", "hears audio"),
    }
    return words.get(capability, capability)


def capability_words(capabilities: list[str] | tuple[str, ...]) -> str:
    return ", ".join(capability_word(c) for c in capabilities) or translate("Words", "unknown")


def badge(capability: str) -> str:
    """The short name on a capability pill ("vision", "tools")."""
    words = {
        "vision": translate("Words", "vision"),
        "tools": translate("Words", "tools"),
        "thinking": translate("Words", "thinking"),
        "embedding": translate("Words", "embedding"),
        "code": translate("Words", "code"),
        "insert": translate("Words", "insert"),
        "completion": translate("Words", "completion"),
        "audio": translate("Words", "audio"),
    }
    return words.get(capability, capability)


def parameter_label(key: str) -> str:
    """Plain labels for the model parameters people meet most; others keep their API name."""
    labels = {
        "temperature": translate("Words", "Creativity (temperature)"),
        "num_ctx": translate("Words", "Memory of the conversation (context, tokens)"),
        "num_predict": translate("Words", "Longest reply (tokens)"),
        "top_p": translate("Words", "Word choice breadth (top_p)"),
        "top_k": translate("Words", "Words considered (top_k)"),
        "min_p": translate("Words", "Minimum likelihood (min_p)"),
        "repeat_penalty": translate("Words", "Avoid repeating (repeat_penalty)"),
        "repeat_last_n": translate("Words", "Look-back for repeats (repeat_last_n)"),
        "seed": translate("Words", "Random seed"),
        "stop": translate("Words", "Stop at"),
    }
    return labels.get(key, key)


def server_name(name: str) -> str:
    """A server profile's name for display: the one Paddock made itself is translated."""
    if name == "This computer":  # what desktop.services.servers names the first profile
        return translate("Words", "This computer")
    return name
