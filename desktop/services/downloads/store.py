"""The download queue on disk, so unfinished downloads survive a restart of the app.

A small JSON file in the data folder (``downloads.json``): the queue holds a handful of items
and changes a few times a minute, which SQLite would not improve on. Writes go to a temporary
file that replaces the old one, so a crash mid-write leaves the previous queue intact. A file we
cannot read is set aside (``downloads.json.unreadable``) rather than silently overwritten.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

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
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILE_NAME

    def load(self) -> SavedQueue:
        try:
            text = self.path.read_text("utf-8")
        except FileNotFoundError:
            return SavedQueue()
        except OSError as exc:
            log.warning("could not read %s: %s", self.path, exc)
            return SavedQueue()
        try:
            return _parse(json.loads(text))
        except (ValueError, TypeError, AttributeError) as exc:
            log.warning("set aside an unreadable download queue %s: %s", self.path, exc)
            with contextlib.suppress(OSError):
                os.replace(self.path, self.path.with_name(FILE_NAME + ".unreadable"))
            return SavedQueue()

    def save(self, queue: SavedQueue) -> None:
        data = {
            "version": FORMAT_VERSION,
            "settings": asdict(queue.settings),
            "items": [asdict(item) for item in queue.items],
        }
        temporary = self.path.with_name(FILE_NAME + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps(data, indent=1), "utf-8")
            os.replace(temporary, self.path)
        except OSError as exc:
            log.error("could not save the download queue to %s: %s", self.path, exc)


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
