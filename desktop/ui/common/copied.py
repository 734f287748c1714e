"""Say "Copied" on the button that copied, for a moment: copying is otherwise invisible."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QAbstractButton

COPIED_MS = 1500
_ORIGINAL = "paddockCopiedOriginalText"


def show_copied(button: QAbstractButton) -> None:
    """``button`` reads "Copied ✓" for a moment, then its own words again."""
    original = button.property(_ORIGINAL)
    if original is None:  # not already showing it
        original = button.text()
        button.setProperty(_ORIGINAL, original)
    button.setText(QCoreApplication.translate("Copied", "Copied ✓"))

    def restore() -> None:
        button.setText(str(button.property(_ORIGINAL)))
        button.setProperty(_ORIGINAL, None)

    QTimer.singleShot(COPIED_MS, button, restore)
