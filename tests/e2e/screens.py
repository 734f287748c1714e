"""Every main screen and dialog, opened one after another, and a check that its words fit.

Shared by the screenshot script (``tests.e2e.screenshot``, for a person to look at) and the
layout test (``tests/ui/test_screens_fit.py``, which fails on text cut off). The caller waits
until the window is connected and its lists are filled; each screen is opened synchronously,
handed to the caller, and closed when the caller asks for the next one.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QGroupBox,
    QLabel,
    QStyle,
    QStyleOptionGroupBox,
    QTabBar,
    QToolButton,
    QWidget,
)

from desktop import settings as options
from desktop.ui.common.elided_label import ElidedLabel

SIZES = ((1280, 800), (1024, 640))
SLACK = 1  # pixels: rounding in font metrics, never a visible cut


def open_screens(window) -> Iterator[tuple[str, QWidget]]:
    """(name, top widget) for each screen: the three tabs, then each dialog over the window."""
    for name, tab in (
        ("chat", window.chat_tab),
        ("models", window.models_tab),
        ("generate", window.generate_tab),
    ):
        window.tabs.setCurrentWidget(tab)
        yield name, window
    window.tabs.setCurrentWidget(window.chat_tab)

    dialog = window.show_settings()
    yield "settings", dialog
    dialog.close()

    for technical in (False, True):
        window.settings.set(options.TECHNICAL_DETAILS, technical)
        chat_settings = window.chat_tab.open_options()
        assert chat_settings is not None, "the chat tab shows no chat"
        yield "chat-settings-technical" if technical else "chat-settings", chat_settings
        chat_settings.reject()
    window.settings.set(options.TECHNICAL_DETAILS, False)

    servers = window.add_server()
    yield "servers", servers
    servers.reject()

    guide = window.start_onboarding()
    shown = guide.pages.currentIndex()
    for page in range(guide.pages.count()):  # each of its pages, as far as they show alone
        guide.pages.setCurrentIndex(page)
        yield f"first-run-{page + 1}", guide
    guide.pages.setCurrentIndex(shown)
    guide.hide()

    shortcuts = window.show_shortcuts()
    yield "shortcuts", shortcuts
    shortcuts.close()


def settle() -> None:
    """Let every pending layout and resize run (no waiting on a clock)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def cut_off(top: QWidget) -> list[str]:
    """Every shown text in ``top`` that is wider (or taller) than its widget shows."""
    problems: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem = _cut(widget) or _past_the_edge(widget)
        if problem:
            path = widget.objectName() or type(widget).__name__
            parent = widget.parentWidget()
            while parent is not None and not parent.objectName():
                parent = parent.parentWidget()
            where = f"{parent.objectName()}/{path}" if parent is not None else path
            problems.append(f"{where}: {problem}")
    return problems


def _past_the_edge(widget: QWidget) -> str:
    """A text widget that reaches past the right edge of a scroll area that cannot scroll
    sideways (the rest is never seen)."""
    if not isinstance(widget, QLabel | QAbstractButton | QGroupBox):
        return ""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            if area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                right = widget.mapTo(parent, QPoint(widget.width(), 0)).x()
                if right > parent.width() + SLACK:
                    return f"reaches {right - parent.width()} px past the edge of its scroll area"
            return ""
        parent = area if isinstance(area, QAbstractScrollArea) else parent.parentWidget()
    return ""


def _cut(widget: QWidget) -> str:
    if isinstance(widget, ElidedLabel):
        return ""  # shortens itself with "…", the whole text in its tooltip
    if isinstance(widget, QLabel):
        return _label_cut(widget)
    if isinstance(widget, QAbstractButton):
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        icon_only = (
            isinstance(widget, QToolButton)
            and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
            and not widget.icon().isNull()
        )
        if not text.strip() or icon_only:  # an icon button's text is for screen readers
            return ""
        needed = widget.sizeHint().width()
        if needed > widget.width() + SLACK:
            return f"{text!r} needs {needed} px, has {widget.width()}"
        return ""
    if isinstance(widget, QGroupBox) and widget.title():
        option = QStyleOptionGroupBox()
        widget.initStyleOption(option)
        title = widget.style().subControlRect(
            QStyle.ComplexControl.CC_GroupBox,
            option,
            QStyle.SubControl.SC_GroupBoxLabel,
            widget,
        )
        needed = title.left() + widget.fontMetrics().horizontalAdvance(widget.title())
        if needed > widget.width() + SLACK:
            return f"title {widget.title()!r} needs {needed} px, has {widget.width()}"
        return ""
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            if not widget.isTabVisible(index):
                continue
            shown = widget.tabRect(index)
            if shown.width() + SLACK < widget.tabSizeHint(index).width() or (
                shown.right() > widget.width() + SLACK
            ):
                return f"tab {widget.tabText(index)!r} is cut off"
    return ""


def _label_cut(label: QLabel) -> str:
    if not label.text().strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return ""
    inner = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"{label.text()[:60]!r} needs {needed} px high, has {label.height()}"
        return ""
    needed = label.sizeHint().width()
    if needed > label.width() + SLACK and inner.width() < needed:
        return f"{label.text()[:60]!r} needs {needed} px, has {label.width()}"
    return ""


def as_on_screen(dialog: QWidget, width: int, height: int) -> None:
    """Size a dialog as Qt would on a ``width`` × ``height`` screen (the tests' screen is
    another size): its size hint, at most two thirds of the screen, never below its minimum size."""
    hint = dialog.sizeHint()
    wanted = QSize(min(hint.width(), width * 2 // 3), min(hint.height(), height * 2 // 3))
    dialog.resize(wanted)  # Qt keeps it at least at its minimum size


def fits_in(widget: QWidget, width: int, height: int) -> str:
    """Whether a window or dialog fits a screen of ``width`` × ``height``."""
    size = widget.size()
    if size.width() > width or size.height() > height:
        return f"{widget.objectName()} is {size.width()}×{size.height()}, over {width}×{height}"
    return ""


def scrolls_sideways(window) -> bool:
    """Whether the installed-models table needs a horizontal scroll bar."""
    table = window.models_tab.table
    return table.horizontalScrollBar().isVisible() and table.horizontalScrollBar().maximum() > 0
