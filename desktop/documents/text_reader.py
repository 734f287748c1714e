"""Text files: the encoding detected (BOM, UTF-8, else charset-normalizer), HTML to text.

Legacy 8-bit files are mostly Western European (Windows-1252, of which Latin-1 is a subset),
and on short texts charset-normalizer often takes them for Central European cp1250 ("crème"
would come out "crčme"): when it names one of the Latin single-byte encodings and the bytes
are valid Windows-1252, Windows-1252 wins. Other scripts (Cyrillic, Greek, CJK) keep its guess.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from html.parser import HTMLParser

from desktop.documents.errors import DocumentUnsupported

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# charset-normalizer's names for encodings of Latin-script languages (and its UTF-16/32
# guesses for BOM-less bytes without a NUL, which cannot be right).
_LATIN_GUESSES = frozenset(
    {
        "cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "latin_1", "iso8859_2",
        "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14",
        "iso8859_15", "iso8859_16", "mac_roman", "mac_latin2", "mac_iceland", "mac_turkish",
        "cp437", "cp850", "cp852", "cp858", "cp775", "cp1125", "cp865", "cp863", "cp860",
        "utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le",
    }
)  # fmt: skip
# Control characters that never occur in text (tab, line feed, form feed, carriage return and
# escape do).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_SAMPLE_CHARS = 65_536
_MOST_CONTROL_SHARE = 0.02


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding) of a text file's bytes; DocumentUnsupported for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data[len(bom) :].decode(encoding, errors="replace"), name), encoding
    if b"\x00" in data:
        raise DocumentUnsupported(name, detail="NUL bytes: a binary file")
    try:
        return _checked(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = _legacy_encoding(data)
    if encoding is None:
        raise DocumentUnsupported(name, detail="no text encoding fits")
    return _checked(data.decode(encoding, errors="replace"), name), encoding


def looks_like_text(data: bytes) -> bool:
    """Whether bytes of unknown kind are text (decode_text would accept them)."""
    try:
        decode_text(data, "")
    except DocumentUnsupported:
        return False
    return True


def _legacy_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in _LATIN_GUESSES:
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            return None if best is None else best.encoding
        return "cp1252"
    return best.encoding


def _checked(text: str, name: str) -> str:
    """``text`` with line ends made "\\n", unless it is mostly control characters (binary)."""
    sample = text[:_SAMPLE_CHARS]
    if sample and len(_CONTROL.findall(sample)) > len(sample) * _MOST_CONTROL_SHARE:
        raise DocumentUnsupported(name, detail="control characters: a binary file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- HTML ---------------------------------------------------------------------------------

# Elements whose content is not shown as text. Not <head> as a whole: its end tag is optional,
# and a page that leaves it out would lose its body.
_SKIPPED = frozenset({"script", "style", "noscript", "template", "title", "iframe", "object"})
_BLOCKS = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead",
        "tbody", "tfoot", "caption", "blockquote", "pre", "section", "article", "header",
        "footer", "main", "nav", "aside", "figure", "figcaption", "address", "hr", "form",
        "fieldset", "details", "summary", "body", "html",
    }
)  # fmt: skip
# Items whose end needs no line break of its own: the next item's start writes one.
_OPEN_ENDED = frozenset({"li", "tr", "dt", "dd"})
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_SPACES = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n{3,}")


class _TextCollector(HTMLParser):
    """Collects the visible text; headings become Markdown "# " lines, so passages find them
    as in Markdown. Never loads anything the page refers to."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.preformatted = 0
        self.heading = False
        self.cells_in_row = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self.handle_startendtag(tag, attrs)
        elif tag in _SKIPPED:
            self.skipping += 1
        elif tag in _HEADINGS:
            self.parts.append("\n\n" + "#" * _HEADINGS[tag] + " ")
            self.heading = True
        elif tag in ("td", "th"):
            self.parts.append("\t" if self.cells_in_row else "")
            self.cells_in_row += 1
        elif tag in _BLOCKS and not self.heading:
            self.parts.append("\n- " if tag == "li" else "\n")
        if tag == "tr":
            self.cells_in_row = 0
        if tag == "pre":
            self.preformatted += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self.parts.append(" " if self.heading else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(self.skipping - 1, 0)
        elif tag in _HEADINGS:
            self.parts.append("\n\n")
            self.heading = False
        elif tag in _BLOCKS and not self.heading and tag not in _OPEN_ENDED:
            self.parts.append("\n\n" if tag in ("p", "pre", "table", "blockquote") else "\n")
        if tag == "pre":
            self.preformatted = max(self.preformatted - 1, 0)

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.preformatted:
            self.parts.append(data)
        else:
            self.parts.append(_SPACES.sub(" ", data))


_FEED_CHARS = 1_000_000


def html_to_text(html: str, check: Callable[[], None] = lambda: None) -> str:
    """The readable text of an HTML page: no scripts, styles or markup; "# " headings.

    ``check()`` is called between megabytes of a long page (it raises to stop)."""
    collector = _TextCollector()
    for start in range(0, len(html), _FEED_CHARS):
        check()
        collector.feed(html[start : start + _FEED_CHARS])
    collector.close()
    lines = []
    for line in "".join(collector.parts).split("\n"):
        line = line.rstrip()
        if line.startswith(" ") and not line.startswith("  "):
            line = line[1:]
        lines.append(line)
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
