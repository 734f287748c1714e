"""Is the Ollama server there? A health check with backoff, free of Qt.

While the server is down we look again after 1 s, doubling to at most 30 s, so a server that is
starting up is noticed quickly and a machine without one is not hammered. While it is up we
look at most once every 10 s. ``retry()`` checks at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from desktop.ollama.errors import OllamaError

log = logging.getLogger(__name__)

HEALTHY_INTERVAL = 10.0
FIRST_RETRY = 1.0
LONGEST_RETRY = 30.0


@dataclass(frozen=True)
class ServerStatus:
    """What the status area shows. ``state`` is "checking", "connected" or "unreachable"."""

    state: str
    url: str
    version: str | None = None
    message: str = ""
    next_check_in: float | None = None
    error: OllamaError | None = None


def retry_delay(failures: int) -> float:
    """1, 2, 4, 8, 16, 30, 30 … seconds after the 1st, 2nd, 3rd … failure in a row."""
    return min(LONGEST_RETRY, FIRST_RETRY * 2 ** max(0, failures - 1))


class ServerMonitor:
    """Runs health checks forever (until cancelled), reporting every status change."""

    def __init__(
        self,
        url: str,
        check: Callable[[], Awaitable[str]],
        on_status: Callable[[ServerStatus], None],
        *,
        wait: Callable[[asyncio.Event, float], Awaitable[None]] | None = None,
    ) -> None:
        self.url = url
        self._check = check
        self._on_status = on_status
        self._wait = wait or _wait_or_wake
        self._wake = asyncio.Event()
        self.failures = 0
        self.status = ServerStatus("checking", url)

    def retry(self) -> None:
        """Check now instead of at the next scheduled time."""
        self._wake.set()

    async def check_once(self) -> ServerStatus:
        try:
            version = await self._check()
        except OllamaError as error:
            self.failures += 1
            log.info("server check failed: %s", error.detail or error)
            delay = retry_delay(self.failures)
            status = ServerStatus("unreachable", self.url, None, error.message, delay, error)
        else:
            self.failures = 0
            status = ServerStatus("connected", self.url, version, "", HEALTHY_INTERVAL)
        self.status = status
        self._on_status(status)
        return status

    async def run(self) -> None:
        self._on_status(self.status)
        while True:
            status = await self.check_once()
            self._wake.clear()
            await self._wait(self._wake, status.next_check_in or HEALTHY_INTERVAL)
            if self._wake.is_set():
                self._on_status(ServerStatus("checking", self.url))


async def _wait_or_wake(wake: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(wake.wait(), timeout=seconds)
