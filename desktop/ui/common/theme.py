"""Light, dark, or whatever the system uses.

Qt's colour-scheme hint switches native themes where the platform supports it (Windows, macOS,
GNOME/KDE with a platform theme). Elsewhere — plain X11, offscreen — it does nothing, so an
explicit choice also sets a matching palette. "System" restores the platform's own palette and
hands the scheme back to the OS, so later changes there follow at once. The palettes themselves
are in ``design``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui.common.design import DARK, DISABLED_TEXT, LIGHT

SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
_system_palette: QPalette | None = None


def _palette(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    dark = colours is DARK
    # Disabled fields must look disabled: dim text on the window colour, not on the base.
    dimmed = QColor(DISABLED_TEXT["dark" if dark else "light"])
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        palette.setColor(disabled, role, dimmed)
    palette.setColor(disabled, QPalette.ColorRole.Base, QColor(colours[QPalette.ColorRole.Window]))
    return palette


def apply_theme(choice: str) -> None:
    global _system_palette
    app = QGuiApplication.instance()
    if app is None:
        return
    if _system_palette is None:
        _system_palette = QGuiApplication.palette()
    hints = QGuiApplication.styleHints()
    if choice in SCHEMES:
        hints.setColorScheme(SCHEMES[choice])
        QApplication.setPalette(_palette(DARK if choice == "dark" else LIGHT))
    else:
        hints.unsetColorScheme()
        QApplication.setPalette(_system_palette)


def apply_font_size(points: int) -> None:
    """0 means the system's size."""
    app = QGuiApplication.instance()
    if app is None:
        return
    # The system's font, not QFont(): that is the application's font, so going back to 0
    # after choosing a size kept the chosen size.
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    if points > 0:
        font.setPointSize(points)
    QApplication.setFont(font)
