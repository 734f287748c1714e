"""Where the chat session's storage work runs: the app's operation runner, or inline.

The app gives every session its :class:`~desktop.services.operations.Operations`, so reads and
saves run on the storage thread and the window never waits for the disk. Code that has no
runner (a script, an old call site) gets :class:`InlineOperations`: the same calls, run at once
on the calling thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class StorageRunner(Protocol):
    """What the session needs of :class:`~desktop.services.operations.Operations`."""

    @property
    def closed(self) -> bool: ...

    async def call(self, work: Callable[..., T], *args: Any) -> T: ...

    def run(
        self,
        work: Callable[[], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        changes: tuple[str, ...] = (),
    ) -> Any: ...

    def wait(self, work: Callable[..., T], *args: Any) -> T: ...


class InlineOperations:
    """Runs each piece of work at once, on the thread that asks for it."""

    closed = False

    async def call(self, work: Callable[..., T], *args: Any) -> T:
        return work(*args)

    def run(
        self,
        work: Callable[[], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        changes: tuple[str, ...] = (),
    ) -> None:
        try:
            result = work()
        except Exception as error:
            if on_failure is None:
                log.error("storage work failed", exc_info=error)
            else:
                on_failure(error)
            return
        if on_success is not None:
            on_success(result)

    def wait(self, work: Callable[..., T], *args: Any) -> T:
        return work(*args)
