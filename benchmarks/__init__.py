"""Performance measurements that print figures (not tests): ``python -m benchmarks.run``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Result:
    """One measured figure; ``target``/``ok`` when an issue sets a number to reach."""

    name: str
    value: float
    unit: str
    target: str | None = None
    ok: bool | None = None
