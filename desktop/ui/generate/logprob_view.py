"""Output tinted by how sure the model was of each token, alternatives on hover."""

from __future__ import annotations

import bisect
import html
import math
from typing import Any

from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from desktop.ui.common.plain import plain_tooltip


def tint(probability: float) -> str:
    """Green when sure, through yellow, to red when unsure (light, so text stays readable)."""
    hue = int(120 * max(0.0, min(1.0, probability)))
    return f"hsl({hue}, 70%, 85%)"


class LogprobView(QTextBrowser):
    """Read-only; hover a token to see its probability and the top alternatives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMouseTracking(True)
        self._starts: list[int] = []
        self._entries: list[dict[str, Any]] = []

    def set_tokens(self, entries: list[dict[str, Any]]) -> None:
        self._entries = list(entries)
        self._starts = []
        parts = []
        position = 0
        for entry in self._entries:
            token = str(entry.get("token", ""))
            self._starts.append(position)
            position += len(token)
            probability = math.exp(float(entry.get("logprob", 0.0)))
            text = html.escape(token).replace("\n", "<br>")
            parts.append(f'<span style="background-color:{tint(probability)}">{text}</span>')
        self.setHtml(f"<div style='white-space: pre-wrap'>{''.join(parts)}</div>")

    def tooltip_at(self, position: int) -> str:
        """The tooltip's text for the token at a character position (plain: tokens are model
        output)."""
        if not self._entries:
            return ""
        index = max(0, bisect.bisect_right(self._starts, position) - 1)
        entry = self._entries[index]
        probability = math.exp(float(entry.get("logprob", 0.0)))
        lines = [f"“{entry.get('token', '')}”  {probability:.1%}"]
        for alternative in entry.get("top_logprobs") or []:
            chance = math.exp(float(alternative.get("logprob", 0.0)))
            lines.append(f"  {alternative.get('token', '')!r}: {chance:.1%}")
        return "\n".join(lines)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cursor = self.cursorForPosition(event.position().toPoint())
        text = self.tooltip_at(cursor.position())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), plain_tooltip(text), self)
        super().mouseMoveEvent(event)
