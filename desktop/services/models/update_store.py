"""The last update check on disk (``model-updates.json`` in the data folder).

Kept so a restart neither forgets what was found nor asks the registry again before a day has
passed. Read and written only on the operation runner's thread (``Operations``), never on the
GUI thread. A file that can't be read counts as "never checked": the next check rewrites it.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FILE_NAME = "model-updates.json"
FORMAT_VERSION = 1


@dataclass
class UpdateCheck:
    """What one check found for one installed model.

    ``state`` is an :class:`desktop.services.models.updates.UpdateState` value. A check is only
    about the installed version it saw (``installed_digest``): once the model changes, the
    check no longer applies to it.
    """

    name: str
    state: str
    installed_digest: str = ""
    remote_digest: str = ""
    download_bytes: int = 0
    exact: bool = True  # False: which files exist was unknown, the size is an upper bound
    settings_only: bool = False
    checked_at: float = 0.0
    host: str = ""
    detail: str = ""  # technical facts (raw errors) for the tooltip and the log


@dataclass
class SavedChecks:
    server: str = ""  # the Ollama server the checks are about
    checked_at: float | None = None  # the last complete check (the daily check's clock)
    checks: list[UpdateCheck] = field(default_factory=list)


class UpdateStore:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILE_NAME

    def load(self) -> SavedChecks:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            return _parse(data)
        except FileNotFoundError:
            return SavedChecks()
        except (OSError, ValueError, TypeError, AttributeError, KeyError) as exc:
            log.warning("ignoring an unreadable %s: %s", self.path, exc)
            return SavedChecks()

    def save(self, saved: SavedChecks) -> None:
        data = {
            "version": FORMAT_VERSION,
            "server": saved.server,
            "checked_at": saved.checked_at,
            "checks": [asdict(check) for check in saved.checks],
        }
        temporary = self.path.with_suffix(".json.tmp")
        temporary.write_text(json.dumps(data, indent=1), "utf-8")
        os.replace(temporary, self.path)


_CHECK_FIELDS = {f.name: f for f in fields(UpdateCheck)}


def _parse(data: Any) -> SavedChecks:
    checks = []
    for entry in data.get("checks") or []:
        known = {key: value for key, value in entry.items() if key in _CHECK_FIELDS}
        check = UpdateCheck(**known)
        if isinstance(check.name, str) and isinstance(check.state, str):
            checks.append(check)
    checked_at = data.get("checked_at")
    return SavedChecks(
        server=str(data.get("server") or ""),
        checked_at=float(checked_at) if isinstance(checked_at, int | float) else None,
        checks=checks,
    )
