"""The health check's schedule: backoff while down, a slow beat while up, Retry at once."""

from __future__ import annotations

import asyncio
import contextlib

from desktop.ollama.errors import ServerUnreachable
from desktop.services.server_monitor import ServerMonitor, ServerStatus, retry_delay


def test_retry_delays_double_to_thirty_seconds() -> None:
    assert [retry_delay(n) for n in range(1, 8)] == [1, 2, 4, 8, 16, 30, 30]


def run_schedule(answers: list[str | None], *, retry_after: int | None = None):
    """Drive the monitor with scripted answers; record each wait it asks for."""
    waits: list[float] = []
    statuses: list[ServerStatus] = []
    url = "http://127.0.0.1:9"

    async def check() -> str:
        answer = answers.pop(0)
        if answer is None:
            raise ServerUnreachable(url, "refused")
        return answer

    async def wait(wake: asyncio.Event, seconds: float) -> None:
        waits.append(seconds)
        if retry_after is not None and len(waits) == retry_after:
            monitor.retry()
            waits[-1] = 0.0  # Retry pressed: nothing waited
        if not answers:
            raise asyncio.CancelledError

    monitor = ServerMonitor(url, check, statuses.append, wait=wait)
    with contextlib.suppress(asyncio.CancelledError):
        asyncio.run(monitor.run())
    return waits, statuses


def test_backoff_while_down_then_slow_beat_when_up() -> None:
    waits, statuses = run_schedule([None] * 7 + ["0.24.0", "0.24.0"])
    assert waits == [1, 2, 4, 8, 16, 30, 30, 10, 10]
    assert statuses[0].state == "checking"
    assert [s.state for s in statuses if s.state != "checking"][-1] == "connected"
    assert statuses[-1].version == "0.24.0"


def test_unreachable_status_carries_plain_words() -> None:
    _, statuses = run_schedule([None])
    failed = statuses[-1]
    assert failed.state == "unreachable" and failed.next_check_in == 1
    assert "Can't reach Ollama at http://127.0.0.1:9" in failed.message


def test_retry_checks_at_once_and_resets_after_success() -> None:
    waits, statuses = run_schedule([None, None, "0.32.15"], retry_after=2)
    assert waits == [1, 0.0, 10]
    assert statuses[-1].state == "connected"
    assert any(s.state == "checking" for s in statuses[1:])
