"""Splitting a document into passages of about ``target_chars``, for embedding and ranking.

Passages break where the text does: between paragraphs first, then between sentences (lines,
for code and CSV), then between words; a passage never spans two pages, and a heading starts a
new one. Each passage remembers its page and the nearest heading above it (Markdown "#" lines,
which the HTML and .docx readers also write for their headings), so a prompt can cite them.
Consecutive passages of a section share ``overlap_chars`` of text, so a sentence cut by a
boundary is still whole in one of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from desktop.documents.extract import ExtractedDocument

# The kinds whose "# " lines are headings (in code, "#" starts a comment).
HEADING_KINDS = frozenset({"markdown", "html", "docx"})
# The kinds whose lines are the units (a CSV row, a line of code), not sentences.
LINE_KINDS = frozenset({"code", "csv"})

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’)\]]*\s+")
_LINE_END = re.compile(r"\n")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Passage:
    index: int  # 0-based, in document order
    text: str
    page: int | None  # the PDF page it comes from; None for formats without pages
    heading: str  # the nearest heading above it ("" when none)


def split_passages(
    document: ExtractedDocument, *, target_chars: int = 1500, overlap_chars: int = 200
) -> list[Passage]:
    """The document's passages, in order, each at most ``target_chars`` long."""
    if target_chars < 1 or overlap_chars < 0:
        raise ValueError("target_chars must be positive and overlap_chars not negative")
    overlap = min(overlap_chars, target_chars // 2)
    headings = document.kind in HEADING_KINDS
    by_lines = document.kind in LINE_KINDS
    texts: list[tuple[str, int | None, str]] = []
    heading = ""
    for page in document.pages:
        chunk = _Chunk(heading)
        for block, block_heading in _blocks(page.text, headings):
            if block_heading is not None:
                if chunk.has_body:
                    texts.append((chunk.text(), page.number, chunk.heading))
                    chunk = _Chunk(block_heading)
                heading = chunk.heading = block_heading
                chunk.add(block, "\n\n", body=False)
                continue
            for position, piece in enumerate(_pieces(block, target_chars, by_lines)):
                separator = "\n\n" if position == 0 else ""
                if chunk.has_body and chunk.length + len(separator) + len(piece) > target_chars:
                    tail = chunk.tail(overlap)
                    texts.append((chunk.text(), page.number, chunk.heading))
                    chunk = _Chunk(heading)
                    if tail and len(tail) + len(separator) + len(piece) <= target_chars:
                        chunk.add(tail, "", body=True)
                chunk.add(piece, separator, body=True)
        if chunk.has_body or chunk.length:
            texts.append((chunk.text(), page.number, chunk.heading))
    return [
        Passage(index, text, page, heading)
        for index, (text, page, heading) in enumerate(item for item in texts if item[0])
    ]


@dataclass(slots=True)
class _Chunk:
    """A passage being filled: its pieces, each with the separator written before it."""

    heading: str
    pieces: list[tuple[str, str]] = field(default_factory=list)
    length: int = 0
    has_body: bool = False

    def add(self, piece: str, separator: str, *, body: bool) -> None:
        separator = separator if self.pieces else ""
        self.pieces.append((separator, piece))
        self.length += len(separator) + len(piece)
        self.has_body = self.has_body or body

    def text(self) -> str:
        return "".join(separator + piece for separator, piece in self.pieces).strip()

    def tail(self, limit: int) -> str:
        """The end of the passage to repeat at the start of the next: the whole pieces that
        fit in ``limit``, else the last piece's last sentences that do, else its last words."""
        if limit <= 0 or not self.pieces:
            return ""
        kept: list[tuple[str, str]] = []
        size = 0
        for separator, piece in reversed(self.pieces):
            if size + len(piece) > limit:
                break
            kept.insert(0, (separator, piece))
            size += len(piece) + len(separator)
        if kept:
            return "".join(separator + piece for separator, piece in kept).lstrip()
        last = self.pieces[-1][1]
        sentences = ""
        for sentence in reversed(_split_after(last, _SENTENCE_END)):
            if len(sentences) + len(sentence) > limit:
                break
            sentences = sentence + sentences
        if sentences.strip():
            return sentences.lstrip()
        cut = last.rstrip()[-limit:]
        space = _SPACE.search(cut)
        return cut[space.end() :] + " " if space else ""


def _blocks(text: str, headings: bool) -> Iterator[tuple[str, str | None]]:
    """Paragraphs (separated by blank lines) as (text, None); heading lines as (line, title).
    Blank lines inside a fenced code block do not end it."""
    lines: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if headings and _FENCE.match(line):
            fenced = not fenced
        match = _HEADING.match(line) if headings and not fenced else None
        if match or (not line.strip() and not fenced):
            if any(part.strip() for part in lines):
                yield "\n".join(lines).strip("\n"), None
            lines = []
            if match:
                yield line.strip(), match.group(2).strip()
        else:
            lines.append(line)
    if any(part.strip() for part in lines):
        yield "\n".join(lines).strip("\n"), None


def _pieces(block: str, target: int, by_lines: bool) -> list[str]:
    """``block`` cut into pieces of at most ``target`` characters, at the best boundaries;
    joined back together they give the block."""
    if len(block) <= target:
        return [block]
    levels = (_LINE_END, _SPACE) if by_lines else (_SENTENCE_END, _LINE_END, _SPACE)
    return _cut(block, target, levels)


def _cut(text: str, target: int, levels: tuple[re.Pattern[str], ...]) -> list[str]:
    if len(text) <= target:
        return [text]
    if not levels:
        return [text[start : start + target] for start in range(0, len(text), target)]
    pieces: list[str] = []
    for unit in _split_after(text, levels[0]):
        if len(unit) <= target:
            if pieces and len(pieces[-1]) + len(unit) <= target and levels[0] is _SPACE:
                pieces[-1] += unit  # words are packed here; sentences and lines by the caller
            else:
                pieces.append(unit)
        else:
            pieces.extend(_cut(unit, target, levels[1:]))
    return pieces


def _split_after(text: str, boundary: re.Pattern[str]) -> list[str]:
    """``text`` split after each match of ``boundary`` (the boundary stays with the part
    before it)."""
    parts: list[str] = []
    start = 0
    for match in boundary.finditer(text):
        if match.end() > start:
            parts.append(text[start : match.end()])
            start = match.end()
    if start < len(text):
        parts.append(text[start:])
    return parts
