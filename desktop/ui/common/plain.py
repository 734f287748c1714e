"""Show untrusted text (from a server, a model, a file name, an import) as the characters it is.

Qt guesses: a QLabel or QMessageBox in its default AutoText format, and every tooltip, treats a
string as HTML when it merely looks like HTML (``Qt::mightBeRichText``). Then ``<img src=…>``
makes Qt open that path on the GUI thread (a FIFO never answers: the window freezes), and
markup restyles or hides the text. Labels get the PlainText format; tooltips, which have no
format switch, get the text escaped inside markup that is rich for certain.

Names and titles are one line: bidirectional override, embedding and isolate controls are
removed so that "Invoice \u202egpj.exe" can't pass itself off as "Invoice exe.jpg", and line
breaks become spaces.
"""

from __future__ import annotations

import html
import re
from typing import TypeVar

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

LabelT = TypeVar("LabelT", bound=QLabel)

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
"""LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI: they reorder the text that follows."""
LINE_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def plain_line(text: str | None) -> str:
    """One line of untrusted text, safe to show: no reordering controls, no line breaks."""
    return LINE_BREAKS.sub(" ", BIDI_CONTROLS.sub("", text or ""))


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally.

    Qt takes a tooltip for rich text exactly when ``Qt::mightBeRichText`` says so; such text is
    escaped inside a paragraph (rich for certain), any other text is already shown as it is.
    """
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def plain_label(label: LabelT, text: str | None = None) -> LabelT:
    """``label`` switched to plain text (and given ``text``), so nothing in it is markup."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    if text is not None:
        label.setText(text)
    return label


def plain_box(box: QMessageBox) -> QMessageBox:
    """A message box whose text and informative text are plain (call before showing it)."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
