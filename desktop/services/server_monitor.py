"""Is the Ollama server there? A health check with backoff, free of Qt.

While the server is down we look again after 1 s, doubling to at most 30 s, so a server that is
starting up is noticed quickly and a machine without one is not hammered. While it is up we
look at most once every 10 s. ``retry()`` (the user's Retry button) checks at once;
``check_soon()`` (a tab whose request just failed) checks at once too, unless the server looked
healthy less than 10 s ago.

Time is injectable (``clock`` and ``wait``) so the schedule can be tested without waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from desktop.i18n import translate
from desktop.ollama.errors import OllamaError

log = logging.getLogger(__name__)

HEALTHY_INTERVAL = 10.0
FIRST_RETRY = 1.0
LONGEST_RETRY = 30.0

CHECKING = "checking"
CONNECTED = "connected"
UNREACHABLE = "unreachable"

Wait = Callable[[asyncio.Event, float], Awaitable[None]]


@dataclass(frozen=True)
class ServerStatus:
    """What the status area shows. ``state`` is "checking", "connected" or "unreachable".

    ``message`` is plain words (empty unless unreachable); ``error`` keeps the technical side
    for whoever needs it (the reason "refused" decides whether to offer "Start Ollama").
    """

    state: str
    url: str
    version: str | None = None
    message: str = ""
    next_check_in: float | None = None
    error: OllamaError | None = None

    @property
    def connected(self) -> bool:
        return self.state == CONNECTED


def retry_delay(failures: int) -> float:
    """1, 2, 4, 8, 16, 30, 30 … seconds after the 1st, 2nd, 3rd … failure in a row."""
    return min(LONGEST_RETRY, FIRST_RETRY * 2 ** max(0, failures - 1))


class ServerMonitor:
    """Runs health checks until cancelled, reporting every status to ``on_status``.

    ``check`` is an awaitable returning the server's version (``AsyncOllamaClient.version``).
    ``wait(wake, seconds)`` returns after ``seconds`` or as soon as ``wake`` is set.
    """

    def __init__(
        self,
        url: str,
        check: Callable[[], Awaitable[str]],
        on_status: Callable[[ServerStatus], None],
        *,
        wait: Wait | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = url
        self._check = check
        self._on_status = on_status
        self._wait = wait or wait_or_wake
        self._clock = clock
        self._wake = asyncio.Event()
        self.failures = 0
        self.checks = 0
        self.last_check_at: float | None = None
        self.status = ServerStatus(CHECKING, url)

    def retry(self) -> None:
        """The user asked: check now instead of at the next scheduled time."""
        self._wake.set()

    def check_soon(self) -> bool:
        """A request just failed: check now, unless the server looked fine under 10 s ago.

        Returns whether a check was asked for.
        """
        recently = (
            self.last_check_at is not None and self._clock() - self.last_check_at < HEALTHY_INTERVAL
        )
        if self.status.connected and recently:
            return False
        self._wake.set()
        return True

    async def check_once(self) -> ServerStatus:
        """Ask the server for its version once and report what that says."""
        self.checks += 1
        self.last_check_at = self._clock()
        try:
            version = await self._check()
        except OllamaError as error:
            self.failures += 1
            log.info("server check of %s failed: %s %s", self.url, error, error.detail)
            status = ServerStatus(
                UNREACHABLE, self.url, None, error.message, retry_delay(self.failures), error
            )
        except Exception as error:  # a bug must not stop the checks for good
            self.failures += 1
            log.exception("server check of %s failed unexpectedly", self.url)
            message = translate(
                "ServerStatus", "Can't reach Ollama at {url}: something unexpected went wrong."
            ).format(url=self.url)
            status = ServerStatus(
                UNREACHABLE, self.url, None, message, retry_delay(self.failures),
                OllamaError(message, detail=f"{type(error).__name__}: {error}"),
            )  # fmt: skip
        else:
            if self.failures or not self.status.connected:
                log.info("connected to Ollama %s at %s", version, self.url)
            self.failures = 0
            status = ServerStatus(CONNECTED, self.url, version, "", HEALTHY_INTERVAL)
        self._publish(status)
        return status

    async def run(self) -> None:
        """Check, wait as the schedule says (or until woken), repeat; ends only by cancelling."""
        self._publish(self.status)
        while True:
            self._wake.clear()
            status = await self.check_once()
            await self._wait(self._wake, status.next_check_in or HEALTHY_INTERVAL)
            if self._wake.is_set() and not status.connected:
                self._publish(ServerStatus(CHECKING, self.url))  # Retry shows it is working

    def _publish(self, status: ServerStatus) -> None:
        self.status = status
        self._on_status(status)


async def wait_or_wake(wake: asyncio.Event, seconds: float) -> None:
    """Sleep ``seconds``, or less if ``wake`` gets set."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(wake.wait(), timeout=seconds)
