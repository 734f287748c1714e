"""Text size: a chosen size applies at once, and 0 goes back to the system's size."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication

from desktop.ui.common.theme import apply_font_size


def test_going_back_to_the_system_size_undoes_a_chosen_size(qapp) -> None:
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    chosen = int(system) + 5
    apply_font_size(chosen)
    assert QGuiApplication.font().pointSize() == chosen
    apply_font_size(0)
    assert QGuiApplication.font().pointSizeF() == system
