"""Two runs side by side: output, figures and the request fields that differ."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.services.generate.history import RunRecord


def differing_fields(left: dict, right: dict) -> list[str]:
    keys = [key for key in left if key in right] + [k for k in right if k not in left]
    keys += [key for key in left if key not in right]
    return [key for key in dict.fromkeys(keys) if left.get(key) != right.get(key)]


class CompareDialog(QDialog):
    def __init__(self, left: RunRecord, right: RunRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generateCompareDialog")
        self.setWindowTitle(self.tr("Compare runs"))
        self.resize(1000, 600)
        layout = QVBoxLayout(self)
        changed = differing_fields(left.request, right.request)
        summary = ", ".join(changed) if changed else self.tr("nothing — the same request")
        self.difference = QLabel(self.tr("What differs in the request: {fields}").format(
            fields=summary))  # fmt: skip
        self.difference.setWordWrap(True)
        layout.addWidget(self.difference)
        columns = QHBoxLayout()
        for run in (left, right):
            column = QVBoxLayout()
            rate = f"{run.tokens_per_second:.1f} tokens/s" if run.tokens_per_second else "–"
            column.addWidget(QLabel(f"<b>{run.started:%H:%M:%S} · {run.model} · {rate}</b>"))
            output = QPlainTextEdit(run.output or run.error or "")
            output.setReadOnly(True)
            column.addWidget(output, 2)
            request = QPlainTextEdit(json.dumps(run.request, indent=2, ensure_ascii=False))
            request.setReadOnly(True)
            column.addWidget(request, 1)
            columns.addLayout(column)
        layout.addLayout(columns, 1)
