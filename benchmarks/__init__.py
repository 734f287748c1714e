"""Performance measurements that print figures (not tests): ``python -m benchmarks.run``.

A benchmark is a module ``benchmarks/bench_<name>.py`` with ``def run() -> list[Result]``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One measured figure.

    ``target`` says in words what the figure must reach (``"< 16 ms"``) and ``ok`` whether it
    did; both stay None for figures that are only reported.
    """

    name: str
    value: float
    unit: str
    target: str | None = None
    ok: bool | None = None
