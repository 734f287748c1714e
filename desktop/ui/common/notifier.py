"""Desktop notifications: a reply or a download finished while the window was not in front."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desktop.resources import resource_path
from desktop.ui.common.plain import plain_line


class Notifier(QObject):
    """Shows a system notification where the desktop offers one (a tray icon's message).

    ``enabled()`` is asked each time (the setting can change). ``sent`` keeps what was shown,
    for the log and for tests; where there is no system tray the window's taskbar entry is
    flashed instead.
    """

    def __init__(self, enabled: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._tray: QSystemTrayIcon | None = None
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, text: str) -> bool:
        if not self._enabled():
            return False
        title, text = plain_line(title), plain_line(text)  # chat titles and model names
        self.sent.append((title, text))
        if not QSystemTrayIcon.isSystemTrayAvailable():
            window = QApplication.activeWindow() or next(iter(QApplication.topLevelWidgets()), None)
            if window is not None:
                QApplication.alert(window)
            return True
        if self._tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = QIcon(str(resource_path("icons", "paddock.svg")))
            self._tray = QSystemTrayIcon(icon, self)
        self._tray.show()
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
        return True
