"""Cut markdown into blocks, so a streaming reply renders each finished block only once.

A block ends at a blank line outside a code fence, and a fenced code block is a block of its
own. While a reply streams, everything before the last boundary is *finished* (rendered once,
never again); only the open *tail* is re-rendered each frame. A tail that grows past
``SOFT_LIMIT`` without a boundary (one endless paragraph) is cut at a line break or a space, so
the per-frame cost stays bounded whatever the model writes.

Joining consecutive prose blocks with :func:`join_prose` gives markdown that renders like that
slice of the reply (blank lines between blocks are not kept, a cut block continues the next
one), so a run of prose blocks can be rendered together. Qt-free.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SOFT_LIMIT = 1500  # characters of open prose tail before it is cut
_FENCE = re.compile(r"^( *)(`{3,}|~{3,})(.*)$")


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of a reply. ``source`` is the exact text; ``code``/``lang`` for code blocks."""

    kind: str  # "prose" or "code"
    source: str
    code: str = ""
    lang: str = ""
    closed: bool = True  # a code block whose closing fence arrived
    continues: bool = False  # cut for length: the next block goes on where this one stopped

    @property
    def is_code(self) -> bool:
        return self.kind == "code"


def _fence_open(line: str) -> tuple[int, str, str] | None:
    """(indent, fence, info) when ``line`` opens a fence."""
    match = _FENCE.match(line.rstrip("\n"))
    if match is None:
        return None
    indent, fence, info = match.groups()
    if fence[0] == "`" and "`" in info:
        return None  # "```not a fence```" is inline code
    return len(indent), fence, info.strip()


def _closes(line: str, fence: str) -> bool:
    stripped = line.strip()
    return (
        len(line) - len(line.lstrip(" ")) <= 3
        and len(stripped) >= len(fence)
        and set(stripped) == {fence[0]}
    )


class BlockSplitter:
    """Feed text as it arrives; take the blocks that became finished; read the open tail.

    Works line by line on complete lines only, so the cost of a feed is the new text, not the
    text so far.
    """

    def __init__(self) -> None:
        self._finished: list[Block] = []
        self._lines: list[str] = []  # complete lines of the open block
        self._partial = ""  # text after the last newline
        self._fence: str | None = None  # the opening fence while inside a code block
        self._fence_info = ""
        self._fence_top = False  # True: this fence is a block of its own (indent <= 3)
        self._blank_seen = False  # the open prose block ended with a blank line
        self._open_chars = 0

    # --- feeding ----------------------------------------------------------------------------

    def feed(self, text: str) -> None:
        if not text:
            return
        text = self._partial + text
        lines = text.split("\n")
        self._partial = lines.pop()
        for line in lines:
            self._line(line + "\n")
        self._cut_if_long()

    def take_finished(self) -> list[Block]:
        """Blocks finished since the last call, oldest first."""
        finished, self._finished = self._finished, []
        return finished

    def finish(self) -> list[Block]:
        """The reply ended: the tail becomes a finished block too. Returns every block not
        taken yet."""
        if self._partial:
            self._line(self._partial)
            self._partial = ""
        if self._fence is not None and self._fence_top:
            self._emit_code(closed=False)
        else:
            self._emit_prose()
        self._fence = None
        return self.take_finished()

    # --- reading the tail -------------------------------------------------------------------

    @property
    def tail(self) -> str:
        """The open block's text (rendered every frame while streaming)."""
        return "".join(self._lines) + self._partial

    @property
    def in_code(self) -> bool:
        """True while the open block is a top-level fenced code block."""
        return self._fence is not None and self._fence_top

    @property
    def code_lang(self) -> str:
        return self._fence_info.split()[0] if self._fence_info and self.in_code else ""

    def code_tail(self) -> str:
        """The open code block's code so far (without its opening fence)."""
        if not self.in_code:
            return ""
        return "".join(self._lines[1:]) + self._partial

    # --- internals --------------------------------------------------------------------------

    def _line(self, line: str) -> None:
        if self._fence is not None:
            self._lines.append(line)
            self._open_chars += len(line)
            if _closes(line, self._fence):
                top = self._fence_top
                self._fence = None
                if top:
                    self._emit_code(closed=True)
            return
        opening = _fence_open(line)
        if opening is not None:
            indent, fence, info = opening
            if indent <= 3:
                self._emit_prose()
                self._fence, self._fence_info, self._fence_top = fence, info, True
                self._lines.append(line)
                self._open_chars += len(line)
                return
            self._fence, self._fence_info, self._fence_top = fence, info, False
        if not line.strip():
            if self._lines:  # blank lines before any text are dropped
                self._lines.append(line)
                self._open_chars += len(line)
                self._blank_seen = True
            return
        if self._blank_seen and not line[:1].isspace():
            self._emit_prose()
        self._lines.append(line)
        self._open_chars += len(line)

    def _emit_prose(self, *, continues: bool = False) -> None:
        if self._lines:
            self._finished.append(Block("prose", "".join(self._lines), continues=continues))
        self._reset()

    def _emit_code(self, *, closed: bool) -> None:
        source = "".join(self._lines)
        body = self._lines[1:-1] if closed else self._lines[1:]
        lang = self._fence_info.split()[0] if self._fence_info else ""
        self._finished.append(Block("code", source, "".join(body), lang, closed))
        self._reset()

    def _reset(self) -> None:
        self._lines = []
        self._blank_seen = False
        self._open_chars = 0

    def _cut_if_long(self) -> None:
        """An endless prose block: finish what is there at a line break (or a space)."""
        if self._fence is not None or self._open_chars + len(self._partial) <= SOFT_LIMIT:
            return
        if self._lines:
            self._emit_prose(continues=not self._blank_seen)
        while len(self._partial) > SOFT_LIMIT:
            cut = self._partial.rfind(" ", 0, SOFT_LIMIT)
            cut = cut + 1 if cut > 0 else SOFT_LIMIT
            self._finished.append(Block("prose", self._partial[:cut], continues=True))
            self._partial = self._partial[cut:]


def join_prose(blocks: list[Block]) -> str:
    """Markdown for a run of prose blocks: separate blocks stay separate, cut ones rejoin."""
    parts: list[str] = []
    for index, block in enumerate(blocks):
        parts.append(block.source)
        if not block.continues and index < len(blocks) - 1:
            parts.append("" if block.source.endswith("\n\n") else "\n")
    return "".join(parts)


def split_blocks(text: str) -> list[Block]:
    """Every block of a finished text."""
    splitter = BlockSplitter()
    splitter.feed(text)
    return splitter.take_finished() + splitter.finish()
