"""Icons in the Models tab are drawn for the theme: light on the dark theme, dark on the light."""

from __future__ import annotations

from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QLineEdit

from desktop.ui.common.icons import CLEAR_ACTION
from desktop.ui.common.theme import apply_theme
from desktop.ui.models.tab import ModelsTab


def ink(action: QAction) -> float:
    """The lightness (0–1) of the most opaque pixel of the action's icon."""
    image = action.icon().pixmap(16, 16).toImage()
    pixels = [QColor(image.pixelColor(x, y)) for x in range(image.width())
              for y in range(image.height())]  # fmt: skip
    return max(pixels, key=lambda colour: colour.alphaF()).lightnessF()


def test_the_clear_buttons_follow_the_theme(tab: ModelsTab, qtbot) -> None:
    fields = [tab.pull_input, tab.filter_input, tab.catalog_view.search]
    try:
        apply_theme("dark")
        for field in fields:
            field.setText("x")  # the clear button shows once there is text
            action = field.findChild(QAction, CLEAR_ACTION)
            assert action is not None
            qtbot.waitUntil(lambda action=action: ink(action) > 0.7, timeout=2000)
        apply_theme("light")
        for field in fields:
            action = field.findChild(QAction, CLEAR_ACTION)
            qtbot.waitUntil(lambda action=action: ink(action) < 0.3, timeout=2000)
    finally:
        apply_theme("system")
    assert all(isinstance(field, QLineEdit) for field in fields)


def test_an_icon_drawn_while_disabled_is_not_grey_once_enabled(qtbot) -> None:
    from PySide6.QtWidgets import QToolButton

    from desktop.ui.common.icons import follow_theme

    button = QToolButton()
    qtbot.addWidget(button)
    follow_theme(button, "trash-2")
    try:
        apply_theme("dark")
        qtbot.waitUntil(lambda: darkest(button) > 0.7, timeout=2000)
        button.setEnabled(False)
        apply_theme("light")  # the theme changes while the button is disabled
        qtbot.waitUntil(lambda: darkest(button) < 0.3, timeout=2000)
    finally:
        apply_theme("system")


def darkest(button) -> float:
    image = button.icon().pixmap(16, 16).toImage()
    pixels = [QColor(image.pixelColor(x, y)) for x in range(image.width())
              for y in range(image.height())]  # fmt: skip
    return max(pixels, key=lambda colour: colour.alphaF()).lightnessF()
