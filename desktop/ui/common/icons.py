"""Small line icons (``resources/icons/actions/``, from Lucide) drawn in the theme's colours.

The SVG sources are read once, with this module (a few kilobytes, at start-up like the code
itself), never while the window runs. Each icon is drawn for a colour — the SVGs stroke with
``currentColor`` — and remembered, so a long chat's hundreds of buttons share a few pixmaps.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.resources import resource_path

NAMES = ("check", "chevron-left", "chevron-right", "copy", "pencil", "refresh-cw", "trash-2")
SIZE = 16


def _read_sources() -> dict[str, str]:
    sources = {}
    for name in NAMES:
        try:
            sources[name] = resource_path("icons", "actions", f"{name}.svg").read_text("utf-8")
        except OSError:
            sources[name] = ""  # an incomplete install: the button shows its text instead
    return sources


_SOURCES = _read_sources()
_drawn: dict[tuple[str, str, int], QIcon] = {}


def icon(name: str, colour: str, size: int = SIZE) -> QIcon:
    """``name`` drawn in ``colour`` (a ``#rrggbb``) at ``size`` logical pixels."""
    key = (name, colour, size)
    drawn = _drawn.get(key)
    if drawn is None:
        drawn = _drawn[key] = _draw(_SOURCES.get(name, ""), colour, size)
    return drawn


def blank_icon(size: int = SIZE) -> QIcon:
    """Nothing, at an icon's size: a button that is there but not drawn (not "…")."""
    key = ("", "", size)
    drawn = _drawn.get(key)
    if drawn is None:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        drawn = _drawn[key] = QIcon(pixmap)
    return drawn


def _draw(source: str, colour: str, size: int) -> QIcon:
    if not source:
        return QIcon()
    renderer = QSvgRenderer(QByteArray(source.replace("currentColor", colour).encode("utf-8")))
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QIcon(pixmap)
