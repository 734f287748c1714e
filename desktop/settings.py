"""Preferences: every option typed, with its default, in this one module.

Stored with QSettings (the platform's native place), or in ``<data dir>/settings.ini`` when
``--data-dir`` is given, so tests and portable installs keep everything in one folder.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

from desktop.paths import APP_NAME, ORGANISATION, settings_file

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    """One preference. ``former_key`` is still read when ``key`` was never written."""

    key: str
    default: T
    former_key: str | None = None

    def read(self, store: QSettings) -> T:
        key = self.key
        if self.former_key is not None and not store.contains(key):
            key = self.former_key
        return _coerce(store.value(key, self.default), self.default)


def _coerce(value: Any, default: Any) -> Any:
    """QSettings hands back strings from INI files: turn them into the default's type."""
    if value is None:
        return default
    if isinstance(default, bool):
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
    if isinstance(default, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            return default
    if isinstance(default, list):
        return list(value) if isinstance(value, list | tuple) else ([value] if value else [])
    return value


THEME = Option("appearance/theme", "system")  # "system", "light" or "dark"
FONT_SIZE = Option("appearance/font_size", 0)  # 0 = the system's size
LANGUAGE = Option("appearance/language", "system")  # "system", "en", "de" or "es"
SEND_WITH_CTRL_ENTER = Option("chat/send_with_ctrl_enter", False)
DEFAULT_MODEL = Option("chat/default_model", "")
DEFAULT_KEEP_ALIVE = Option("chat/default_keep_alive", "")
# System prompt, options and thinking every new chat starts with (JSON of ChatSettings fields).
NEW_CHAT_DEFAULTS = Option("chat/new_chat_defaults", "")
# INI files (``--data-dir``, and the native store on Linux) keep a group spelled "general" in
# any case as ``[%General]``, which reads back as "General": a lowercase "general/…" key was
# written but never found again in the next process. These keys use that spelling; the lowercase
# one is still read where the native store kept it (macOS, Windows).
NOTIFICATIONS = Option("General/notifications", True, former_key="general/notifications")
CONCURRENT_DOWNLOADS = Option("downloads/concurrent", 1)
# Look for newer versions of installed models once a day (checks only; never downloads).
CHECK_MODEL_UPDATES = Option("models/check_updates_daily", True)
TECHNICAL_DETAILS = Option("General/technical_details", False)  # token counts, raw options
FIRST_RUN_DONE = Option("General/first_run_done", False, former_key="general/first_run_done")
WINDOW_GEOMETRY = Option("window/geometry", b"")
WINDOW_STATE = Option("window/state", b"")


def splitter_option(name: str) -> Option[bytes]:
    """Where a named splitter's position is kept (every splitter with an objectName)."""
    return Option(f"window/splitters/{name}", b"")


class Settings:
    """Typed access to the preferences; ``changed`` callbacks run after every ``set``."""

    def __init__(self, data_dir: Path | None, *, portable: bool) -> None:
        if portable and data_dir is not None:
            self.store = QSettings(str(settings_file(data_dir)), QSettings.Format.IniFormat)
        else:
            self.store = QSettings(ORGANISATION, APP_NAME)
        self._listeners: list[Any] = []

    def get(self, option: Option[T]) -> T:
        return option.read(self.store)

    def set(self, option: Option[T], value: T) -> None:
        self.store.setValue(option.key, value)
        self.store.sync()
        for listener in list(self._listeners):
            listener(option, value)

    def on_change(self, listener: Any) -> None:
        self._listeners.append(listener)


class SettingsMapping(MutableMapping[str, str]):
    """A string mapping over the settings store, for Qt-free services that persist data."""

    def __init__(self, settings: Settings) -> None:
        self._store = settings.store

    def __getitem__(self, key: str) -> str:
        value = self._store.value(key)
        if value is None:
            raise KeyError(key)
        return str(value)

    def __setitem__(self, key: str, value: str) -> None:
        self._store.setValue(key, value)
        self._store.sync()

    def __delitem__(self, key: str) -> None:
        if self._store.value(key) is None:
            raise KeyError(key)
        self._store.remove(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._store.allKeys())

    def __len__(self) -> int:
        return len(self._store.allKeys())
