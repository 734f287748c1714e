"""Bounds on what one piece of model text asks Qt to lay out. Display only: the text kept, saved
and copied is never changed.

Measured on this stack: Qt lays out a line it cannot break in time that grows much faster than
the line (128 KB: 2 s, 512 KB: 23 s, 5 MB: over ten minutes), and nested tables — how block
quotes are drawn — in time that doubles with every level (16 levels: 4.5 s, 20: 51 s). Small
models do write such things (an endless run of one token, base64, ``> > > …``). So, for display:

- a run without white space longer than ``RUN_CHARS`` gets a zero-width break opportunity
  every ``RUN_CHARS`` characters (laying out 1 MB then takes 0.3 s instead of hours, and a
  piece of ``SEGMENT`` size a few milliseconds);
- a code line (code is not wrapped) is shown up to ``CODE_LINE_CHARS``, then a short note;
- callers show a huge text (past ``HUGE_CHARS``) as plain text, only its first ``SHOWN_CHARS``.

Qt-free.
"""

from __future__ import annotations

import re

from desktop.formats import number
from desktop.i18n import translate

BREAK = "\u200b"  # ZERO WIDTH SPACE: a line may break here; nothing is drawn
RUN_CHARS = 500  # longest run of characters without a break opportunity
CODE_LINE_CHARS = 2000  # longest code line shown in full
HUGE_CHARS = 150_000  # a reply longer than this is shown as plain text
SHOWN_CHARS = 64_000  # of a huge text, this much is shown
_PARTS = re.compile(rf"[\s{BREAK}]+|[^\s{BREAK}]+")
_LEADING_RUN = re.compile(rf"[^\s{BREAK}]*")
_TRAILING_RUN = re.compile(rf"[^\s{BREAK}]*\Z")


def without_breaks(text: str) -> str:
    """The text as it was before :func:`break_long_runs` (for copying a selection)."""
    return text.replace(BREAK, "")


class RunBreaker:
    """Adds break opportunities to long runs of a text fed in pieces (a stream): a run that
    goes on from one piece to the next is counted across them."""

    def __init__(self, every: int = RUN_CHARS) -> None:
        self.every = every
        self._run = 0  # characters of the run at the end of what was fed
        self._long = re.compile(rf"[^\s{BREAK}]{{{every + 1},}}")

    def feed(self, text: str) -> str:
        if not text:
            return text
        if self._long.search(text) is None:  # the common case, checked at C speed
            lead = _LEADING_RUN.match(text).end()  # type: ignore[union-attr]
            if self._run + lead <= self.every:
                if lead == len(text):
                    self._run += lead
                else:
                    self._run = len(_TRAILING_RUN.search(text).group())  # type: ignore[union-attr]
                return text
        return self._split(text)

    def _split(self, text: str) -> str:
        out: list[str] = []
        for match in _PARTS.finditer(text):
            part = match.group()
            if part[0].isspace() or part[0] == BREAK:
                self._run = 0
                out.append(part)
                continue
            first = self.every - self._run  # where the first break goes
            if first >= len(part):
                self._run += len(part)
                out.append(part)
                continue
            every = self.every
            pieces = [part[:first]]
            pieces += [part[start : start + every] for start in range(first, len(part), every)]
            self._run = len(pieces[-1])
            out.append(BREAK.join(pieces))
        return "".join(out)


def break_long_runs(text: str, every: int = RUN_CHARS) -> str:
    """``text`` with a break opportunity every ``every`` characters of any longer run."""
    if len(text) <= every:
        return text
    return RunBreaker(every).feed(text)


def more_characters(count: int) -> str:
    """The note that stands for characters not shown."""
    return translate("DisplayLimits", "… {count} more characters not shown").format(
        count=number(count)
    )


def fold_code_lines(code: str, limit: int = CODE_LINE_CHARS) -> str:
    """Code with every line longer than ``limit`` cut there, and a note of what was left out."""
    if len(code) <= limit:
        return code
    lines = code.split("\n")
    for index, line in enumerate(lines):
        if len(line) > limit:
            lines[index] = f"{line[:limit]} {more_characters(len(line) - limit)}"
    return "\n".join(lines)


class LineFolder:
    """:func:`fold_code_lines` for code that streams in: what to append for each new piece."""

    def __init__(self, limit: int = CODE_LINE_CHARS) -> None:
        self.limit = limit
        self._line = 0  # characters of the current line so far
        self._hidden = 0  # characters of the current line not shown

    def feed(self, text: str) -> str:
        out: list[str] = []
        lines = text.split("\n")
        for index, line in enumerate(lines):
            if index:
                if self._hidden:
                    out.append(f" {more_characters(self._hidden)}")
                out.append("\n")
                self._line = self._hidden = 0
            room = max(0, self.limit - self._line)
            out.append(line[:room])
            self._hidden += max(0, len(line) - room)
            self._line += len(line)
        return "".join(out)
