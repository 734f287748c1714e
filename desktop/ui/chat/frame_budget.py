"""How much work one pass of the GUI thread may still do: the chat's frame budget.

A pass (a frame of a streaming reply, a scroll step, the first paint of a chat) makes text
pieces until its deadline. Each kind of piece costs about the same every time, so the budget
keeps a running mean per kind and stops *before* a piece that would run past the deadline —
except the first piece of a pass, so every pass makes progress.
"""

from __future__ import annotations

import time

PASS_S = 0.006  # a pass makes pieces for this long at most (a frame is ~16 ms)

_mean_cost: dict[str, float] = {}  # kind of piece -> seconds it takes to make, on average


class Budget:
    """The time one pass has left for making pieces."""

    def __init__(
        self, seconds: float | None = None, *, start: float | None = None, progress: bool = True
    ) -> None:
        seconds = PASS_S if seconds is None else seconds
        self.deadline = (time.perf_counter() if start is None else start) + seconds
        self.made = 0 if progress else 1  # progress: the first piece is made whatever it costs
        self.ran_out = False

    @classmethod
    def none(cls) -> Budget:
        """No piece at all this pass (a frame of a flood: its text scrolls away at once)."""
        return cls(0.0, progress=False)

    def allows(self, kind: str) -> bool:
        """May a piece of ``kind`` be made now? (Remembered as ``ran_out`` when not.)"""
        if self.made and time.perf_counter() + _mean_cost.get(kind, 0.0) > self.deadline:
            self.ran_out = True
            return False
        return True

    def spent(self, kind: str, seconds: float) -> None:
        """A piece of ``kind`` took ``seconds`` to make."""
        self.made += 1
        previous = _mean_cost.get(kind)
        _mean_cost[kind] = seconds if previous is None else previous * 0.8 + seconds * 0.2
