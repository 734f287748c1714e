"""Small line icons (``resources/icons/actions/``, from Lucide) drawn in the theme's colours.

The SVG sources are read once, with this module (a few kilobytes, at start-up like the code
itself), never while the window runs. Each icon is drawn for a colour — the SVGs stroke with
``currentColor`` — and remembered, so a long chat's hundreds of buttons share a few pixmaps.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from desktop.resources import resource_path

NAMES = (
    "check", "chevron-down", "chevron-left", "chevron-right", "copy", "file-text", "pencil",
    "refresh-cw", "trash-2", "x",
)  # fmt: skip
CLEAR_ACTION = "_q_qlineeditclearaction"  # Qt's name for a line edit's clear button
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


class _PaletteFollower(QObject):
    """Draws an icon again in the widget's text colour whenever the palette changes (light ↔
    dark): an icon drawn once in one theme's colour vanishes on the other's background."""

    def __init__(self, widget: QWidget, apply: Callable[[QIcon], None], name: str) -> None:
        super().__init__(widget)
        self._widget, self._apply, self.name = widget, apply, name
        widget.installEventFilter(self)
        self.redraw()

    def redraw(self) -> None:
        # The active colours even while the widget is disabled: Qt greys a disabled icon itself,
        # and an icon drawn grey would stay grey once the widget is enabled again.
        palette = self._widget.palette()
        colour = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText).name()
        self._apply(icon(self.name, colour))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.redraw()
        return False


def follow_theme(button: QAbstractButton, name: str) -> None:
    """``button`` shows the icon ``name`` in the current theme's text colour, always (called
    again, it changes the icon)."""
    follower = getattr(button, "_theme_icon", None)
    if isinstance(follower, _PaletteFollower):
        follower.name = name
        follower.redraw()
        return
    button._theme_icon = _PaletteFollower(button, button.setIcon, name)  # type: ignore[attr-defined]


def themed_clear_button(line_edit: QLineEdit) -> None:
    """A line edit's clear button (×) in the theme's text colour: Qt's own is a dark glyph
    whatever the theme, nearly invisible on a dark field."""
    line_edit.setClearButtonEnabled(True)
    action = line_edit.findChild(QAction, CLEAR_ACTION)
    if action is not None:
        _PaletteFollower(line_edit, action.setIcon, "x")
