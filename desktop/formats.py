"""Numbers, sizes, durations and times in the user's language: the one place they are written.

Every layer shows figures, the Qt-free services included, so this module stays Qt-free too:
the words go through :mod:`desktop.i18n` (counted words with Qt's ``%n`` plural forms), and the
numbers, sizes and dates through a :class:`NumberStyle`. ``desktop.translations`` installs one
backed by QLocale for the chosen language, so a German window reads "4,7 GB", "131.072 Tokens"
and "6. Dez.". Until then (tests, logs, the command line) they are written in English, the way
Ollama writes them: "4.7 GB", "131,072 tokens", "Dec 6".
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Protocol

from desktop.i18n import counted, translate
from desktop.ollama.types import FOREVER_AFTER


class NumberStyle(Protocol):
    """How one language writes numbers, sizes and dates."""

    def number(self, value: float, decimals: int) -> str:
        """Grouped digits with exactly ``decimals`` decimals: "1,234.5"."""
        ...

    def data_size(self, size: int, decimals: int) -> str:
        """``size`` bytes (1000 or more) in decimal units, as Ollama counts: "4.7 GB"."""
        ...

    def day(self, when: datetime, with_year: bool) -> str:
        """A day with the short month name, in the language's order: "Dec 6"."""
        ...

    def clock(self, when: datetime) -> str:
        """A time of day: "14:05"."""
        ...

    def date_time(self, when: datetime) -> str:
        """A short date and time for tooltips: "2026-12-06 14:05"."""
        ...


class EnglishStyle:
    """What is shown before the app installs its language: English, as Ollama writes it."""

    _UNITS = ("kB", "MB", "GB", "TB", "PB")

    def number(self, value: float, decimals: int) -> str:
        return f"{value:,.{decimals}f}"

    def data_size(self, size: int, decimals: int) -> str:
        value = float(size)
        for unit in self._UNITS:
            value /= 1000
            if value < 1000 or unit == self._UNITS[-1]:
                return f"{value:.{decimals}f} {unit}"
        raise AssertionError("unreachable")

    def day(self, when: datetime, with_year: bool) -> str:
        day = f"{when.strftime('%b')} {when.day}"
        return f"{day}, {when.year}" if with_year else day

    def clock(self, when: datetime) -> str:
        return when.strftime("%H:%M")

    def date_time(self, when: datetime) -> str:
        return when.strftime("%Y-%m-%d %H:%M")


_style: NumberStyle = EnglishStyle()


def install(style: NumberStyle) -> None:
    """Write numbers and dates with ``style`` from now on."""
    global _style
    _style = style


def uninstall() -> None:
    """Back to English."""
    install(EnglishStyle())


# --- numbers ----------------------------------------------------------------------------------


def number(value: float, decimals: int = 0) -> str:
    """ "131,072", "42.1": grouped, with a fixed number of decimals."""
    return _style.number(value, decimals)


def decimal(value: float, most_decimals: int) -> str:
    """ "0.8", not "0.800": at most ``most_decimals``, trailing zeros left out."""
    text = _style.number(value, most_decimals)
    if most_decimals > 0:
        text = text.rstrip("0")
        if text and not text[-1].isdigit():
            text = text[:-1]
    return text or "0"


def percent(value: float) -> str:
    return translate("Words", "{number}%").format(number=number(value))


def token_count(tokens: int) -> str:
    """ "231 tokens"."""
    return counted("Words", "%Ln token(s)", tokens)


def measured_time(seconds: float) -> str:
    """ "350 ms", "2.35 s": a short measured time to the precision it deserves."""
    if seconds < 1:
        return translate("Words", "{milliseconds} ms").format(milliseconds=number(seconds * 1000))
    return seconds_text(seconds, 2)


def token_rate(rate: float) -> str:
    """ "42.1 tokens/s"."""
    return translate("Words", "{rate} tokens/s").format(rate=number(rate, 1))


# --- sizes ------------------------------------------------------------------------------------


LARGEST_SHOWN_SIZE = 1000 * 10**15  # a thousand PB, where the largest unit would run out


def human_size(size: float) -> str:
    """Decimal units, as Ollama and the library pages show sizes (1 GB = 10⁹ bytes)."""
    whole = int(max(0.0, size)) if math.isfinite(size) else LARGEST_SHOWN_SIZE
    if whole < 1000:
        return counted("Words", "%n byte(s)", whole)
    if whole >= LARGEST_SHOWN_SIZE:  # no file is this big: a server's figure gone wrong
        return translate("Words", "size unknown")
    scaled = float(whole)
    while scaled >= 1000:
        scaled /= 1000
    return _style.data_size(whole, 1 if round(scaled, 1) < 100 else 0)


def exact_size(size: int) -> str:
    """ "4,683,075,271 bytes": every byte, for a tooltip beside the rounded size."""
    return translate("Words", "{count} bytes").format(count=number(size))


def human_speed(bytes_per_second: float) -> str:
    return translate("Words", "{size}/s").format(size=human_size(bytes_per_second))


# --- durations --------------------------------------------------------------------------------


def seconds_text(seconds: float, decimals: int = 0) -> str:
    """ "4.2 s": a measured time to the given precision."""
    return translate("Words", "{seconds} s").format(seconds=number(seconds, decimals))


def human_duration(seconds: float) -> str:
    """A rough, calm duration: "45 s", "4 min", "1 h 20 min"."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return seconds_text(seconds)
    minutes = round(seconds / 60)
    if minutes < 60:
        return translate("Words", "{minutes} min").format(minutes=number(minutes))
    hours, minutes = divmod(minutes, 60)
    if minutes:
        return translate("Words", "{hours} h {minutes} min").format(
            hours=number(hours), minutes=number(minutes)
        )
    return translate("Words", "{hours} h").format(hours=number(hours))


def elapsed(seconds: float) -> str:
    """ "4.2 s", "12 s", "2 min 5 s": a time someone waited, as a stopwatch shows it."""
    if seconds < 10:
        return seconds_text(seconds, 1)
    if seconds < 60:
        return seconds_text(seconds)
    minutes, rest = divmod(int(seconds + 0.5), 60)
    return translate("Words", "{minutes} min {seconds} s").format(
        minutes=number(minutes), seconds=number(rest)
    )


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
    time = seconds_text(int(seconds)) if seconds < 60 else human_duration(seconds)
    return translate("Words", "unloads in {time}").format(time=time)


# --- times ------------------------------------------------------------------------------------


def relative_time(when: datetime | None, now: datetime | None = None) -> str:
    """ "just now", "5 minutes ago", "yesterday", "3 weeks ago"."""
    if when is None or when.year < 1971:
        return translate("Words", "unknown")
    now = now or datetime.now(UTC)
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return translate("Words", "just now")
    # Counts go through a name: lupdate reads "//" inside a call as a comment and would miss
    # the text.
    minutes, hours, days = int(seconds / 60), int(seconds / 3600), int(seconds / 86400)
    if seconds < 3600:
        return counted("Words", "%n minute(s) ago", minutes)
    if seconds < 86400:
        return counted("Words", "%n hour(s) ago", hours)
    if days < 7:
        if days == 1:
            return translate("Words", "yesterday")
        return counted("Words", "%n day(s) ago", days)
    weeks, months, years = days // 7, days // 30, days // 365
    if days < 31:
        return counted("Words", "%n week(s) ago", weeks)
    if days < 365:
        return counted("Words", "%n month(s) ago", months)
    return counted("Words", "%n year(s) ago", years)


def message_time(created_at: float, now: float | None = None) -> str:
    """ "14:05" today, "Mar 3, 14:05" this year, "Mar 3, 2024, 14:05" before (local time)."""
    if not created_at:
        return ""
    moment = datetime.fromtimestamp(created_at)
    today = datetime.fromtimestamp(now) if now is not None else datetime.now()
    clock = _style.clock(moment)
    if moment.date() == today.date():
        return clock
    day = _style.day(moment, with_year=moment.year != today.year)
    return translate("Words", "{day}, {time}").format(day=day, time=clock)


def date_time(when: datetime) -> str:
    """A short date and time for tooltips, in local time."""
    return _style.date_time(when.astimezone() if when.tzinfo else when)


# --- model facts ------------------------------------------------------------------------------


def context_words(tokens: int | None) -> str:
    """ "128K tokens" for round sizes, "4,000 tokens" otherwise."""
    if not tokens:
        return translate("Words", "unknown")
    if tokens >= 1024 and tokens % 1024 == 0:
        return translate("Words", "{count}K tokens").format(count=number(tokens // 1024))
    return token_count(tokens)


def processor_split(size: int, size_vram: int) -> str:
    """Where a loaded model sits, as ``ollama ps`` says it: "100% GPU", "48% GPU, 52% CPU"."""
    if size <= 0:
        return translate("Words", "unknown")
    gpu = round(100 * min(size_vram, size) / size)
    if gpu >= 100:
        return translate("Words", "{share} GPU").format(share=percent(100))
    if gpu <= 0:
        return translate("Words", "{share} CPU").format(share=percent(100))
    return translate("Words", "{gpu} GPU, {cpu} CPU").format(
        gpu=percent(gpu), cpu=percent(100 - gpu)
    )
