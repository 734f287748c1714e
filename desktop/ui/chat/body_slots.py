"""The pieces of a message before they become widgets, and how tall they will probably be.

A long reply is hundreds of pieces (runs of prose, code blocks); a widget for each would cost a
few milliseconds apiece and a lot of memory, and most of them are never seen. So a piece is a
:class:`Slot` first — its text and a height — and gets a widget only when it scrolls near the
view (:class:`~desktop.ui.chat.message_body.MessageBody` decides when). Until it has been
measured its height is :func:`estimate_height`'s guess from the text and the font, so the
scroll bar is about right before anything is laid out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QWidget

from desktop.ui.chat.markdown_blocks import Block, join_prose

PROSE = "prose"
CODE = "code"
PLAIN = "plain"  # text shown as written (the user's own messages)
FIXED = "fixed"  # a widget made at once and kept (notes, pieces of a huge text)


@dataclass(eq=False)
class Slot:
    """One piece of a message: what it shows, its widget if it has one, its heights."""

    kind: str
    blocks: list[Block] = field(default_factory=list)  # PROSE: the blocks it renders
    text: str = ""  # PLAIN: the text
    chars: int = 0
    widget: QWidget | None = None
    measured: dict[int, int] = field(default_factory=dict)  # width -> height, once laid out
    estimated: dict[int, int] = field(default_factory=dict)  # width -> a guess, until then

    @property
    def code_block(self) -> Block:
        return self.blocks[0]

    def source(self) -> str:
        """The text this piece shows, as the model wrote it (for search)."""
        if self.kind == PROSE:
            return join_prose(self.blocks)
        if self.kind == CODE:
            return self.code_block.code
        return self.text

    def add(self, block: Block) -> None:
        self.blocks.append(block)
        self.chars += len(block.source)
        self.measured.clear()
        self.estimated.clear()


@dataclass(frozen=True)
class FontFigures:
    """What an estimate needs to know of the fonts."""

    line: float
    char: float
    code_line: float
    code_char: float


@lru_cache(maxsize=8)
def font_figures(body_font: str, code_font: str) -> FontFigures:
    text = QFont()
    text.fromString(body_font)
    code = QFont()
    code.fromString(code_font)
    text_metrics, code_metrics = QFontMetricsF(text), QFontMetricsF(code)
    return FontFigures(
        line=text_metrics.lineSpacing(),
        char=max(1.0, text_metrics.averageCharWidth()),
        code_line=code_metrics.lineSpacing(),
        code_char=max(1.0, code_metrics.averageCharWidth()),
    )


def _wrapped_lines(text: str, per_line: int) -> int:
    return sum(max(1, math.ceil(len(line) / per_line)) for line in text.split("\n"))


def _table_rows(source: str) -> int:
    lines = [line for line in source.split("\n") if line.strip()]
    if len(lines) >= 2 and all(line.lstrip().startswith("|") for line in lines):
        return len(lines) - 1  # the |---| line is not drawn
    return 0


def estimate_height(slot: Slot, width: int, figures: FontFigures) -> int:
    """A guess of the slot's height at ``width`` from its text alone (no layout); kept."""
    guess = slot.estimated.get(width)
    if guess is None:
        if len(slot.estimated) > 4:
            slot.estimated.clear()
        guess = slot.estimated[width] = _guess(slot, width, figures)
    return guess


def _guess(slot: Slot, width: int, figures: FontFigures) -> int:
    per_line = max(10, int((width - 8) / figures.char))
    if slot.kind == CODE:
        code = slot.code_block.code.removesuffix("\n")
        lines = code.count("\n") + 1
        wide = any(len(line) * figures.code_char > width - 20 for line in code.split("\n"))
        return math.ceil(30 + 18 + lines * figures.code_line + (14 if wide else 0))
    if slot.kind == PLAIN:
        return math.ceil(_wrapped_lines(slot.text.rstrip("\n"), per_line) * figures.line + 4)
    height = 4.0
    for block in slot.blocks:
        rows = _table_rows(block.source)
        if rows:
            height += rows * (figures.line + 11) + 10
            continue
        lines = _wrapped_lines(block.source.strip("\n"), per_line)
        heading = block.source.lstrip().startswith("#")
        height += lines * figures.line * (1.4 if heading else 1.0) + 6
    return math.ceil(height)
