"""Where Paddock keeps its data: the user's data folder, or ``--data-dir`` (tests, portable)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Paddock"


def default_data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def prepare_data_dir(path: str | Path | None) -> Path:
    """The data folder to use, created if needed (settings, database, logs all live there)."""
    folder = Path(path).expanduser() if path else default_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "logs").mkdir(exist_ok=True)
    return folder


def log_file(data_dir: Path) -> Path:
    return data_dir / "logs" / "paddock.log"


def settings_file(data_dir: Path) -> Path:
    return data_dir / "settings.ini"
