"""Small helpers the Generate tab's widgets share: names, fonts, notes, layout wrapping."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QScrollArea, QVBoxLayout, QWidget

from desktop.ui.common.design import (
    RADIUS_SMALL,
    SIZE_SMALL,
    SPACE_HAIR,
    SPACE_S,
    scaled_font,
    tones,
)
from desktop.ui.common.plain import plain_label

W = TypeVar("W", bound=QWidget)


def problem_style() -> str:
    """A problem's box in the tones of the current theme."""
    tone = tones()
    return (
        f"background: {tone.problem_background}; color: {tone.problem_text};"
        f" border: 1px solid {tone.problem_border}; border-radius: {RADIUS_SMALL}px;"
        f" padding: {SPACE_S}px;"
    )


def named(widget: W, name: str, accessible: str) -> W:
    """Set the automation name (objectName) and the screen-reader name in one go."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def monospace(widget: W) -> W:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(widget.font().pointSizeF())
    widget.setFont(font)
    return widget


def note(text: str = "") -> QLabel:
    """A quiet one-line explanation under a field, in the theme's placeholder colour."""
    label = plain_label(QLabel(text))  # some carry model names and counts
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setFont(scaled_font(label.font(), SIZE_SMALL))
    return label


def wrap(layout: QLayout) -> QWidget:
    """A layout as a widget (for form rows and enabling a group at once)."""
    layout.setContentsMargins(0, 0, 0, 0)
    holder = QWidget()
    holder.setLayout(layout)
    return holder


def row(*widgets: QWidget, stretch_last: bool = False) -> QWidget:
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    if not stretch_last:
        layout.addStretch(1)
    return wrap(layout)


def stacked(*widgets: QWidget) -> QWidget:
    """Widgets one under the other (a field and the note that explains it)."""
    layout = QVBoxLayout()
    layout.setSpacing(SPACE_HAIR)
    for widget in widgets:
        layout.addWidget(widget)
    return wrap(layout)


def explained(field: QWidget, text: str) -> QWidget:
    """A field with its one-line plain explanation visible under it (not only a tooltip)."""
    return stacked(field, note(text))


class FormScroll(QScrollArea):
    """A scroll area that scrolls up and down only and is never narrower than its form, so a
    long (German) row is never cut off at the right edge."""

    def __init__(self, form: QWidget, least_width: int) -> None:
        super().__init__()
        self._least_width = least_width
        self.setWidgetResizable(True)
        self.setWidget(form)
        form.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        form = self.widget()
        needed = form.minimumSizeHint().width() if form is not None else 0
        needed += self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(self._least_width, needed), super().minimumSizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a row shown or hidden may change how wide the form must be
        return super().eventFilter(watched, event)
