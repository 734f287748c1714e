"""Where Paddock keeps its data: the user's data folder, or ``--data-dir`` (tests, portable).

Settings, the chat database and the logs all live under one folder. With the default folder,
preferences go to the platform's native QSettings store; with any other folder (``--data-dir``)
they go to ``<folder>/settings.ini`` so nothing at all is written elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Paddock"
ORGANISATION = "Paddock"


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


def is_portable(data_dir: Path) -> bool:
    """True when ``data_dir`` is not the user's default folder (it came from ``--data-dir``)."""
    return Path(data_dir).resolve() != default_data_dir().resolve()
