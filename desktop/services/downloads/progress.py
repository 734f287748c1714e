"""Overall progress of one pull, aggregated by layer digest, that never moves backwards.

Ollama reports each layer separately (``pulling <hex>`` with that layer's ``completed`` and
``total``), so a bar fed straight from the events jumps back to 0 at every new layer. The sum
over a table keyed by digest is the real progress; it may still step back when Ollama restarts
a stalled part, and it drops when a new layer's size joins the total. What the screen shows is
therefore held at its highest value so far.

Figures come from the server and are untrusted: a size no model could have (negative, or
beyond ``MAX_PLAUSIBLE_BYTES``) counts as unknown, so the screen says nothing rather than
"1000000 TB of 1000000 TB".
"""

from __future__ import annotations

from enum import Enum

from desktop.ollama.types import ProgressEvent

MAX_PLAUSIBLE_BYTES = 10**15  # 1 PB: hundreds of times the largest model there is


def plausible_size(value: int | float | None) -> int:
    """``value`` as a byte count, or 0 (unknown) when no download could have that size."""
    if value is None or not 0 <= value <= MAX_PLAUSIBLE_BYTES:
        return 0
    return int(value)


def plausible_sizes(event: ProgressEvent) -> tuple[int, int]:
    """A layer's (completed, total); both unknown when its total is absurd (what was
    completed of an impossible size means nothing either)."""
    total = plausible_size(event.total)
    if event.total and not total:
        return 0, 0
    return plausible_size(event.completed), total


class Phase(Enum):
    """Where a pull is, in the words the screen uses."""

    PREPARING = "Preparing"
    DOWNLOADING = "Downloading"
    VERIFYING = "Verifying"
    FINISHING = "Finishing"
    DONE = "Done"


_PHASE_OF_STATUS = {
    "pulling manifest": Phase.PREPARING,
    "verifying sha256 digest": Phase.VERIFYING,
    "writing manifest": Phase.FINISHING,
    "removing unused layers": Phase.FINISHING,
    "removing any unused layers": Phase.FINISHING,
    "success": Phase.DONE,
}


def phase_of(event: ProgressEvent, current: Phase) -> Phase:
    status = event.status
    if event.digest or (status.startswith("pulling ") and status != "pulling manifest"):
        return Phase.DOWNLOADING
    return _PHASE_OF_STATUS.get(status, current)


class PullProgress:
    """Aggregates a pull's events. ``apply`` returns the new bytes (for the speed meter)."""

    __slots__ = (
        "_layers",
        "backward_steps",
        "completed",
        "events",
        "phase",
        "shown_completed",
        "shown_fraction",
        "status",
        "total",
    )

    def __init__(self, completed: int = 0, total: int = 0) -> None:
        self._layers: dict[str, list[int]] = {}
        self.events = 0
        self.backward_steps = 0  # times a layer's count went down (a restarted part)
        self.completed = 0
        self.total = 0
        self.phase = Phase.PREPARING
        self.status = ""
        # What was shown before (a restored download): keep showing at least that.
        completed, total = plausible_size(completed), plausible_size(total)
        self.shown_completed = completed
        self.shown_fraction = min(1.0, completed / total) if total > 0 else 0.0

    @property
    def layer_count(self) -> int:
        return len(self._layers)

    @property
    def shown_total(self) -> int:
        """The total to show: never below what is shown as done."""
        return max(self.total, self.shown_completed)

    def apply(self, event: ProgressEvent) -> int:
        """Take one event; returns bytes newly downloaded (0 for a layer seen the first time)."""
        self.status = event.status
        self.events += 1
        new_bytes = 0
        digest = event.digest
        if digest:
            completed, total = plausible_sizes(event)
            layer = self._layers.get(digest)
            if layer is None:
                # The first report of a layer may already count bytes from an earlier attempt:
                # a baseline, not speed.
                self._layers[digest] = [completed, total]
                self.completed += completed
                self.total += total
            else:
                delta = completed - layer[0]
                self.completed += delta
                self.total += total - layer[1]
                layer[0] = completed
                layer[1] = total
                if delta > 0:
                    new_bytes = delta
                elif delta < 0:
                    self.backward_steps += 1
        self.phase = phase_of(event, self.phase)
        if self.phase is Phase.DONE:
            self.shown_fraction = 1.0
            self.shown_completed = max(self.shown_completed, self.total)
            return new_bytes
        if self.completed > self.shown_completed:
            self.shown_completed = self.completed
        if self.total > 0:
            fraction = min(1.0, self.completed / self.total)
            if fraction > self.shown_fraction:
                self.shown_fraction = fraction
        return new_bytes

    def apply_batch(self, events: list[ProgressEvent]) -> tuple[int, bool]:
        """Take many events at once: (new bytes, whether anything moved on).

        Lines about a layer already known only matter by their last value, so runs of them
        are folded into one update; layer starts and status lines keep their order.
        """
        new_bytes = 0
        moved = False
        pending: dict[str, ProgressEvent] = {}
        layers = self._layers
        for event in events:
            digest = event.digest
            if digest and digest in layers:
                previous = pending.get(digest)
                before = previous.completed if previous is not None else layers[digest][0]
                if plausible_sizes(event)[0] < before:
                    self.backward_steps += 1
                pending[digest] = event
                self.events += 1
                continue
            for held in pending.values():
                new_bytes += self._apply_counted(held)
            pending.clear()
            phase = self.phase
            moved = moved or bool(digest) or event.status != self.status
            new_bytes += self.apply(event)
            moved = moved or self.phase is not phase
        for held in pending.values():
            new_bytes += self._apply_counted(held)
        return new_bytes, moved or new_bytes > 0

    def _apply_counted(self, event: ProgressEvent) -> int:
        """``apply`` for an event already counted (and checked for backward steps)."""
        events, steps = self.events, self.backward_steps
        new_bytes = self.apply(event)
        self.events, self.backward_steps = events, steps
        return new_bytes

    def is_new_layer(self, event: ProgressEvent) -> bool:
        return bool(event.digest) and event.digest not in self._layers

    @property
    def remaining(self) -> int:
        return max(0, self.total - self.completed)
