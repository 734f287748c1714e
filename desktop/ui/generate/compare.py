"""Two runs side by side: what differed in the request, their figures and their output."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.formats import number
from desktop.services.generate.history import RunRecord
from desktop.services.generate.results import rate_text
from desktop.ui.common.plain import plain_label
from desktop.ui.generate.widgets import monospace


def differing_fields(left: dict, right: dict) -> list[str]:
    """Top-level request fields whose values differ (options compared one by one)."""
    keys = list(dict.fromkeys([*left, *right]))
    changed = []
    for key in keys:
        if key == "options":
            mine, theirs = left.get(key) or {}, right.get(key) or {}
            changed += [
                f"options.{name}"
                for name in dict.fromkeys([*mine, *theirs])
                if mine.get(name) != theirs.get(name)
            ]
        elif left.get(key) != right.get(key):
            changed.append(key)
    return changed


class CompareDialog(QDialog):
    def __init__(self, left: RunRecord, right: RunRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generateCompareDialog")
        self.setWindowTitle(self.tr("Compare runs"))
        self.resize(1100, 680)
        layout = QVBoxLayout(self)
        changed = differing_fields(left.request, right.request)
        summary = ", ".join(changed) if changed else self.tr("nothing — the same request")
        self.difference = QLabel(
            self.tr("What differs in the request: {fields}").format(fields=summary)
        )
        self.difference.setWordWrap(True)
        layout.addWidget(self.difference)
        columns = QHBoxLayout()
        self.outputs: list[QPlainTextEdit] = []
        for run in (left, right):
            column = QVBoxLayout()
            heading = plain_label(QLabel(f"{run.started:%H:%M:%S} · {run.model}"))
            bold = heading.font()
            bold.setBold(True)
            heading.setFont(bold)
            column.addWidget(heading)
            column.addWidget(QLabel(self._figures(run)))
            output = QPlainTextEdit(run.output or run.error or "")
            output.setReadOnly(True)
            output.setAccessibleName(self.tr("Output"))
            self.outputs.append(output)
            column.addWidget(output, 2)
            request = monospace(
                QPlainTextEdit(json.dumps(run.request, indent=2, ensure_ascii=False))
            )
            request.setReadOnly(True)
            request.setAccessibleName(self.tr("Request"))
            column.addWidget(request, 1)
            columns.addLayout(column)
        layout.addLayout(columns, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _figures(self, run: RunRecord) -> str:
        if run.figures is None:
            return run.error or self.tr("No figures: the run did not finish.")
        figures = run.figures
        return self.tr("{total} in total · {tokens} tokens at {rate} tokens/s").format(
            total=figures.total,
            tokens=number(figures.generated_tokens),
            rate=rate_text(figures.rate),
        )
