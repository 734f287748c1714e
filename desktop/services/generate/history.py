"""The runs of this session (the last 20), to reopen or compare."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

LIMIT = 20


@dataclass
class RunRecord:
    started: datetime
    model: str
    request: dict[str, Any]
    output: str = ""
    thinking: str = ""
    response: dict[str, Any] | None = None
    tokens_per_second: float | None = None
    error: str | None = None
    logprobs: list[dict[str, Any]] = field(default_factory=list)

    @property
    def first_words(self) -> str:
        words = " ".join(self.output.split()[:8])
        return words or ("(no output)" if not self.error else "(failed)")

    def summary(self) -> str:
        rate = f"{self.tokens_per_second:.1f} tok/s" if self.tokens_per_second else "–"
        return f"{self.started:%H:%M:%S}  {self.model}  {rate}  {self.first_words}"


class RunHistory:
    def __init__(self, limit: int = LIMIT) -> None:
        self._runs: deque[RunRecord] = deque(maxlen=limit)

    def add(self, run: RunRecord) -> None:
        self._runs.appendleft(run)

    def __len__(self) -> int:
        return len(self._runs)

    def __getitem__(self, index: int) -> RunRecord:
        return self._runs[index]

    def runs(self) -> list[RunRecord]:
        return list(self._runs)
