"""The runs of this session (the last 20), to reopen or compare."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.services.generate.request import GenerateForm
from desktop.services.generate.results import RunFigures

LIMIT = 20


@dataclass
class RunRecord:
    """One run as it ended: what was asked (form and exact body) and what came back."""

    started: datetime
    model: str
    request: dict[str, Any]
    form: GenerateForm | None = None
    output: str = ""
    thinking: str = ""
    response: dict[str, Any] | None = None
    figures: RunFigures | None = None
    error: str | None = None
    stopped: bool = False
    logprobs: list[dict[str, Any]] = field(default_factory=list)

    @property
    def tokens_per_second(self) -> float | None:
        return self.figures.rate if self.figures else None

    @property
    def first_words(self) -> str:
        """The start of the output on one line (empty when nothing came back)."""
        words = " ".join(self.output.split()[:8])
        return words if len(words) <= 60 else words[:59] + "…"


class RunHistory:
    """Newest first; the oldest run drops out past ``limit``."""

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
