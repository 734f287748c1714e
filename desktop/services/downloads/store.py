"""The download queue on disk, so unfinished downloads survive a restart of the app.

A small JSON file in the data folder (``downloads.json``): the queue holds a handful of items
and changes a few times a minute, which SQLite would not improve on. Writes go to a temporary
file that replaces the old one, so a crash mid-write leaves the previous queue intact. A file we
cannot read is set aside (``downloads.json.unreadable``) rather than silently overwritten.

The queue saves on every state change, from the GUI thread. With an operation runner, ``save``
only notes the newest state and the runner's worker thread writes it: saves that come faster
than the disk are coalesced (the latest state wins), and the window never waits for the disk.
``flush`` writes whatever is still pending before it returns: at shutdown.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.i18n import translate

if TYPE_CHECKING:
    from desktop.services.operations import Operations

log = logging.getLogger(__name__)

FILE_NAME = "downloads.json"
FORMAT_VERSION = 1
MAX_ACTIVE_LIMIT = 4


@dataclass
class DownloadSettings:
    """How many downloads run at once, and whether unfinished ones resume on start."""

    max_active: int = 1
    resume_on_start: bool = True


@dataclass
class SavedDownload:
    name: str
    insecure: bool = False
    state: str = "queued"  # queued, active, paused or failed: only unfinished ones are kept
    completed: int = 0
    total: int = 0
    error: str = ""
    added_at: float = 0.0


@dataclass
class SavedQueue:
    settings: DownloadSettings = field(default_factory=DownloadSettings)
    items: list[SavedDownload] = field(default_factory=list)


class DownloadStore:
    def __init__(self, data_dir: Path, operations: Operations | None = None) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self._operations = operations
        self._lock = threading.Lock()
        self._pending: dict[str, Any] | None = None  # the newest state not yet written
        self._write_queued = False
        self.writes = 0  # how many times the file was written (coalescing is observable)
        self.problem = ""  # plain words when ``load`` had to set an unreadable file aside

    def load(self) -> SavedQueue:
        """The saved queue; an empty one when there is none or it can't be understood.

        Whatever is wrong with the file (not UTF-8, not JSON, nested too deep, numbers too big
        for a count, wrong types), Paddock starts: the file is set aside and ``problem`` says
        so in plain words."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return SavedQueue()
        except OSError as exc:
            log.warning("could not read %s: %s", self.path, exc)
            return SavedQueue()
        try:
            return _parse(json.loads(data.decode("utf-8")))
        except (ValueError, TypeError, AttributeError, OverflowError, RecursionError) as exc:
            self._set_aside(exc)
            return SavedQueue()

    def _set_aside(self, error: BaseException) -> None:
        aside = self.path.with_name(FILE_NAME + ".unreadable")
        log.warning("set aside an unreadable download queue %s: %.200s", self.path, error)
        try:
            os.replace(self.path, aside)
        except OSError as exc:
            log.warning("could not set %s aside: %s", self.path, exc)
            aside = self.path
        self.problem = translate(
            "Downloads",
            "The list of unfinished downloads in {path} could not be read, so it starts "
            "empty. The file was kept as {kept}; download the models again if you need them.",
        ).format(path=self.path, kept=aside)

    def save(self, queue: SavedQueue) -> None:
        """Keep ``queue`` as the state to write: on the runner when there is one, else now."""
        data = _to_json(queue)  # a snapshot: the caller's objects may change after this
        runner = self._operations
        if runner is None or runner.closed or runner.on_worker():
            self._write(data)
            return
        with self._lock:
            self._pending = data
            if self._write_queued:
                return  # the write already queued will take this newer state
            self._write_queued = True
        runner.submit(self._write_pending)

    def flush(self) -> None:
        """Write the pending state, if any, before returning (shutdown: nothing may be lost)."""
        runner = self._operations
        if runner is not None and not runner.closed:
            runner.wait(self._write_pending)  # after any write already queued, in order
        else:
            self._write_pending()

    def _write_pending(self) -> None:
        with self._lock:
            data, self._pending = self._pending, None
            self._write_queued = False
        if data is not None:
            self._write(data)

    def _write(self, data: dict[str, Any]) -> None:
        temporary = self.path.with_name(FILE_NAME + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps(data, indent=1), "utf-8")
            os.replace(temporary, self.path)
            self.writes += 1
        except OSError as exc:
            log.error("could not save the download queue to %s: %s", self.path, exc)


def _to_json(queue: SavedQueue) -> dict[str, Any]:
    return {
        "version": FORMAT_VERSION,
        "settings": asdict(queue.settings),
        "items": [asdict(item) for item in queue.items],
    }


def _parse(data: Any) -> SavedQueue:
    raw_settings = data.get("settings") or {}
    settings = DownloadSettings(
        max_active=min(MAX_ACTIVE_LIMIT, max(1, int(raw_settings.get("max_active", 1)))),
        resume_on_start=bool(raw_settings.get("resume_on_start", True)),
    )
    items = []
    for raw in data.get("items") or []:
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            continue
        items.append(
            SavedDownload(
                name=raw["name"],
                insecure=bool(raw.get("insecure", False)),
                state=str(raw.get("state", "queued")),
                completed=int(raw.get("completed", 0)),
                total=int(raw.get("total", 0)),
                error=str(raw.get("error", "")),
                added_at=float(raw.get("added_at", 0.0)),
            )
        )
    return SavedQueue(settings, items)
