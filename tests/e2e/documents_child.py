"""A second start of the app on a data folder, for the documents restart test.

``python -m tests.e2e.documents_child DATA_DIR SERVER_URL`` starts Paddock the way a user does
(``desktop.app.main``), waits until the last chat is on screen with its document chips and its
reply's sources, opens the first source, prints what it saw as one JSON line, and closes.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QToolButton, QWidget

import desktop.app as app

LIMIT_SECONDS = 40


def main(data_dir: str, url: str) -> int:
    qt = QApplication(["paddock"])
    started = time.monotonic()

    def window() -> QWidget | None:
        return next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"), None
        )

    def look() -> None:
        main_window = window()
        if main_window is None or not main_window.isVisible():
            QTimer.singleShot(50, look)
            return
        chips = [c for c in main_window.findChildren(QWidget, "attachmentChip") if c.isVisible()]
        sources = [s for s in main_window.findChildren(QWidget, "replySources") if s.isVisible()]
        if not (chips and sources) and time.monotonic() - started < LIMIT_SECONDS:
            QTimer.singleShot(50, look)
            return
        seen: dict[str, object] = {
            "chips": [[label.text() for label in chip.findChildren(QLabel)] for chip in chips],
            "sources": [
                [link.text() for link in s.findChildren(QToolButton, "replySourceLink")]
                for s in sources
            ],
            "passage": "",
        }
        links = sources[0].findChildren(QToolButton, "replySourceLink") if sources else []
        if links:
            links[0].click()
            dialogs = [
                w for w in QApplication.topLevelWidgets() if w.objectName() == "replySourceDialog"
            ]
            if dialogs:
                seen["passage"] = (
                    dialogs[0].findChild(QPlainTextEdit, "replySourceText").toPlainText()
                )
                dialogs[0].close()
        print("SEEN " + json.dumps(seen), flush=True)
        main_window.close()

    QTimer.singleShot(100, look)
    code = app.main(["--server", url, "--data-dir", data_dir])  # uses the application above
    qt.processEvents()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
