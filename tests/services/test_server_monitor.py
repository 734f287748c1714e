"""The health check's schedule, on a fake clock, and once for real against the test server."""

from __future__ import annotations

import asyncio
import contextlib
import itertools

import pytest

from desktop.ollama import AsyncOllamaClient, OllamaClient
from desktop.ollama.errors import ServerUnreachable
from desktop.services.server_monitor import (
    HEALTHY_INTERVAL,
    ServerMonitor,
    ServerStatus,
    retry_delay,
    wait_or_wake,
)
from tests.fake_ollama import FakeOllama

URL = "http://127.0.0.1:9"
DOWN = None  # a scripted answer: the server does not answer


class FakeTime:
    """A clock that jumps instead of sleeping; Retry presses happen at given moments."""

    def __init__(self, presses: list[float] | None = None) -> None:
        self.now = 0.0
        self.presses = sorted(presses or [])
        self.waits: list[float] = []
        self.monitor: ServerMonitor | None = None

    def clock(self) -> float:
        return self.now

    async def wait(self, wake: asyncio.Event, seconds: float) -> None:
        self.waits.append(seconds)
        if wake.is_set():
            return
        due = self.now + seconds
        if self.presses and self.presses[0] <= due:
            self.now = max(self.now, self.presses.pop(0))
            assert self.monitor is not None
            self.monitor.retry()  # the user pressed Retry during the wait
            return
        self.now = due


def run_script(answers: list[str | None], *, presses: list[float] | None = None):
    """Run a monitor over scripted answers; return (check times, statuses, fake time)."""
    time = FakeTime(presses)
    checked_at: list[float] = []
    statuses: list[ServerStatus] = []

    async def check() -> str:
        if not answers:
            raise asyncio.CancelledError  # the script is over: stop the monitor
        checked_at.append(time.now)
        answer = answers.pop(0)
        if answer is DOWN:
            raise ServerUnreachable(URL, "refused")
        return answer

    monitor = ServerMonitor(URL, check, statuses.append, wait=time.wait, clock=time.clock)
    time.monitor = monitor
    with contextlib.suppress(asyncio.CancelledError):
        asyncio.run(monitor.run())
    return checked_at, statuses, time


def gaps(times: list[float]) -> list[float]:
    return [later - earlier for earlier, later in itertools.pairwise(times)]


def test_delays_double_from_one_second_to_thirty() -> None:
    assert [retry_delay(n) for n in range(1, 9)] == [1, 2, 4, 8, 16, 30, 30, 30]


def test_backoff_while_down_then_recovers_to_connected() -> None:
    checked_at, statuses, _ = run_script([DOWN] * 7 + ["0.24.0", "0.24.0"])
    assert gaps(checked_at) == [1, 2, 4, 8, 16, 30, 30, 10]
    assert statuses[0] == ServerStatus("checking", URL)
    unreachable = [s for s in statuses if s.state == "unreachable"]
    assert [s.next_check_in for s in unreachable] == [1, 2, 4, 8, 16, 30, 30]
    assert all(s.message.startswith(f"Can't reach Ollama at {URL}") for s in unreachable)
    assert statuses[-1].state == "connected"
    assert statuses[-1].version == "0.24.0"
    assert statuses[-1].message == ""


def test_at_most_one_check_per_ten_seconds_while_healthy() -> None:
    checked_at, statuses, time = run_script(["0.32.15"] * 6)
    assert all(gap >= HEALTHY_INTERVAL for gap in gaps(checked_at))
    assert time.waits == [HEALTHY_INTERVAL] * 6
    assert [s.state for s in statuses] == ["checking"] + ["connected"] * 6


def test_backoff_starts_again_at_one_second_after_a_recovery() -> None:
    checked_at, _, _ = run_script([DOWN, DOWN, DOWN, "0.24.0", DOWN, DOWN])
    assert gaps(checked_at) == [1, 2, 4, 10, 1]


def test_retry_checks_at_once_and_says_checking_first() -> None:
    # Down at 0, 1, 3 and 7; the next check is due at 15 but Retry is pressed at 9.
    checked_at, statuses, _ = run_script([DOWN, DOWN, DOWN, DOWN, "0.32.15"], presses=[9])
    assert checked_at == [0, 1, 3, 7, 9]
    assert [s.state for s in statuses[-3:]] == ["unreachable", "checking", "connected"]


def test_check_soon_is_rate_limited_while_healthy_only() -> None:
    time = FakeTime()
    answers: list[str | None] = ["0.32.15", DOWN]

    async def check() -> str:
        answer = answers.pop(0)
        if answer is DOWN:
            raise ServerUnreachable(URL, "refused")
        return answer

    monitor = ServerMonitor(URL, check, lambda _status: None, wait=time.wait, clock=time.clock)

    async def scenario() -> None:
        await monitor.check_once()
        time.now = 4
        assert monitor.check_soon() is False  # healthy 4 s ago: no extra request
        time.now = 10
        assert monitor.check_soon() is True
        await monitor.check_once()
        assert monitor.status.state == "unreachable"
        time.now = 11
        assert monitor.check_soon() is True  # down: look as soon as anyone asks

    asyncio.run(scenario())
    assert monitor.checks == 2


@pytest.mark.logs_error  # the check's bug is logged with its traceback, by design
def test_an_unexpected_failure_does_not_stop_the_checks() -> None:
    time = FakeTime()
    calls = 0

    async def check() -> str:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise KeyError("a bug")
        if calls == 3:
            raise asyncio.CancelledError
        return "0.24.0"

    statuses: list[ServerStatus] = []
    monitor = ServerMonitor(URL, check, statuses.append, wait=time.wait, clock=time.clock)
    with contextlib.suppress(asyncio.CancelledError):
        asyncio.run(monitor.run())
    assert [s.state for s in statuses] == ["checking", "unreachable", "connected"]
    assert "KeyError" not in statuses[1].message
    assert "KeyError" in statuses[1].error.detail


def test_the_real_wait_ends_early_when_woken() -> None:
    async def scenario() -> float:
        loop = asyncio.get_running_loop()
        wake = asyncio.Event()
        loop.call_soon(wake.set)
        started = loop.time()
        await asyncio.wait_for(wait_or_wake(wake, 30), timeout=5)
        return loop.time() - started

    assert asyncio.run(scenario()) < 5


@pytest.mark.usefixtures("qloop")
def test_refused_then_a_real_server_over_http(arun, refused_url: str) -> None:
    client = AsyncOllamaClient(OllamaClient(refused_url))
    statuses: list[ServerStatus] = []
    monitor = ServerMonitor(refused_url, client.version, statuses.append)
    server = FakeOllama()
    try:
        first = arun(monitor.check_once())
        assert first.state == "unreachable"
        assert first.message.startswith(f"Can't reach Ollama at {refused_url}")
        assert first.next_check_in == 1
        server.start(int(refused_url.rsplit(":", 1)[1]))
        second = arun(monitor.check_once())
        assert second.state == "connected"
        assert second.version == "0.32.15"
        assert monitor.failures == 0
    finally:
        server.stop()
        client.close()
