"""Logging to a rotating file in the data folder: tracebacks go there, never to a dialog."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop.paths import log_file

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(data_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send the app's log to ``<data_dir>/logs/paddock.log`` (1 MB × 3 files); return the path."""
    path = log_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "paddock", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.paddock = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
