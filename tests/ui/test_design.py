"""The look's colours follow the theme: a problem box and the server dot in dark and light."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from desktop.ui.common.design import DARK_TONES, LIGHT_TONES, SIZE_SMALL, scaled_font, tones
from desktop.ui.common.message_bar import MessageBar
from desktop.ui.common.theme import apply_theme


def test_a_problem_box_takes_the_tones_of_the_theme_it_is_shown_in(qtbot) -> None:
    bar = MessageBar()
    qtbot.addWidget(bar)
    try:
        apply_theme("light")
        qtbot.waitUntil(lambda: LIGHT_TONES.problem_background in bar.styleSheet())
        apply_theme("dark")
        assert tones() is DARK_TONES
        qtbot.waitUntil(lambda: DARK_TONES.problem_background in bar.styleSheet())
        later = MessageBar()  # made while dark
        qtbot.addWidget(later)
        assert DARK_TONES.problem_text in later.styleSheet()
    finally:
        apply_theme("system")


def test_small_type_never_goes_below_the_smallest_size(qapp) -> None:
    font = QGuiApplication.font()
    font.setPointSizeF(6.0)
    assert scaled_font(font, SIZE_SMALL).pointSizeF() == 7.0
    font.setPointSizeF(10.0)
    assert scaled_font(font, SIZE_SMALL, bold=True).bold()
