"""A frame budget: however fast events arrive, each thing is redrawn at most N times a second."""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable


class FrameBudget:
    """Tracks when each key was last drawn; ``wait(key)`` is how long until it may be again."""

    def __init__(self, per_second: float = 10.0, clock: Callable[[], float] = time.monotonic):
        self.interval = 1.0 / per_second
        self._clock = clock
        self._last: dict[Hashable, float] = {}

    def wait(self, key: Hashable) -> float:
        last = self._last.get(key)
        if last is None:
            return 0.0
        return max(0.0, self.interval - (self._clock() - last))

    def drew(self, key: Hashable) -> None:
        self._last[key] = self._clock()

    def forget(self, key: Hashable) -> None:
        self._last.pop(key, None)
