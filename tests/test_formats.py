"""Sizes, times and countdowns in people's words (English: no language installed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop import formats, i18n
from desktop.formats import (
    context_words,
    decimal,
    human_duration,
    human_size,
    message_time,
    processor_split,
    relative_time,
    token_count,
    unload_countdown,
)
from desktop.services.models.formatting import parameter_count

NOW = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """As before any language is installed (another test's app may have installed one)."""
    monkeypatch.setattr(formats, "_style", formats.EnglishStyle())
    monkeypatch.setattr(i18n, "_hook", None)


def test_sizes_and_durations() -> None:
    assert human_size(0) == "0 bytes"
    assert human_size(1) == "1 byte"
    assert human_size(1500) == "1.5 kB"
    assert human_size(98_362_745) == "98.4 MB"
    assert human_size(4_683_075_271) == "4.7 GB"
    assert human_size(243_000_000_000) == "243 GB"
    assert human_duration(42) == "42 s"
    assert human_duration(250) == "4 min"
    assert human_duration(4800) == "1 h 20 min"


def test_relative_times() -> None:
    assert relative_time(NOW - timedelta(seconds=5), NOW) == "just now"
    assert relative_time(NOW - timedelta(minutes=1), NOW) == "1 minute ago"
    assert relative_time(NOW - timedelta(minutes=5), NOW) == "5 minutes ago"
    assert relative_time(NOW - timedelta(hours=3), NOW) == "3 hours ago"
    assert relative_time(NOW - timedelta(days=1, hours=2), NOW) == "yesterday"
    assert relative_time(NOW - timedelta(days=15), NOW) == "2 weeks ago"
    assert relative_time(NOW - timedelta(days=800), NOW) == "2 years ago"
    assert relative_time(datetime(1, 1, 1, tzinfo=UTC), NOW) == "unknown"
    assert relative_time(None, NOW) == "unknown"


def test_model_figures() -> None:
    assert parameter_count("8.0B") == 8e9
    assert parameter_count("134.52M") == 134.52e6
    assert parameter_count("") == 0
    assert context_words(131072) == "128K tokens"
    assert context_words(4000) == "4,000 tokens"
    assert processor_split(100, 100) == "100% GPU"
    assert processor_split(100, 0) == "100% CPU"
    assert processor_split(100, 48) == "48% GPU, 52% CPU"


def test_unload_countdown() -> None:
    assert unload_countdown(NOW + timedelta(minutes=4, seconds=10), NOW) == "unloads in 4 min"
    assert unload_countdown(NOW + timedelta(seconds=20), NOW) == "unloads in 20 s"
    assert unload_countdown(NOW + timedelta(days=365 * 200), NOW) == "stays loaded"
    assert unload_countdown(NOW - timedelta(seconds=1), NOW) == "unloading now"


def test_counts_and_numbers() -> None:
    assert [token_count(1), token_count(12345)] == ["1 token", "12,345 tokens"]
    assert [decimal(0.8, 3), decimal(2.0, 3), decimal(1234.125, 3)] == ["0.8", "2", "1,234.125"]


def test_message_times_in_local_time() -> None:
    now = datetime(2026, 12, 6, 15, 0)
    for when, shown in (
        (datetime(2026, 12, 6, 14, 5), "14:05"),
        (datetime(2026, 3, 3, 14, 5), "Mar 3, 14:05"),
        (datetime(2024, 3, 3, 14, 5), "Mar 3, 2024, 14:05"),
    ):
        assert message_time(when.timestamp(), now.timestamp()) == shown
    assert message_time(0, now.timestamp()) == ""
