"""Download speed that doesn't flicker, and the time left it implies.

Bytes are counted into windows of at least ``window`` seconds; each closed window nudges an
exponential moving average (time constant ``smoothing`` seconds), so one slow or fast second
barely moves the figure while a real change shows within a few seconds. Reading the speed also
closes windows without bytes, so a stalled download visibly slows to zero.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

# Below this the time left would be a wild guess: show "estimating" instead.
MIN_SAMPLE_SECONDS = 1.0


class SpeedMeter:
    def __init__(
        self,
        *,
        smoothing: float = 3.0,
        window: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._smoothing = smoothing
        self._window = window
        self._clock = clock
        self._speed: float | None = None
        self._measured = 0.0
        self._pending = 0
        self._window_start = clock()

    def restart(self) -> None:
        """Forget the current window (after a pause or a reconnect): idle time isn't slowness."""
        self._pending = 0
        self._window_start = self._clock()

    def reset(self) -> None:
        self.restart()
        self._speed = None
        self._measured = 0.0

    def add(self, new_bytes: int) -> None:
        if new_bytes > 0:
            self._pending += new_bytes
        self._close_window(self._clock())

    def _close_window(self, now: float) -> None:
        elapsed = now - self._window_start
        if elapsed < self._window:
            return
        rate = self._pending / elapsed
        if self._speed is None:
            self._speed = rate
        else:
            alpha = 1.0 - math.exp(-elapsed / self._smoothing)
            self._speed += alpha * (rate - self._speed)
        self._measured += elapsed
        self._pending = 0
        self._window_start = now

    @property
    def speed(self) -> float | None:
        """Bytes per second, or None until a first window has closed."""
        self._close_window(self._clock())
        return self._speed

    def seconds_left(self, remaining: int) -> float | None:
        """Time to fetch ``remaining`` bytes at the smoothed speed; None while unsure."""
        speed = self.speed
        if speed is None or speed <= 1.0 or self._measured < MIN_SAMPLE_SECONDS:
            return None
        return remaining / speed
