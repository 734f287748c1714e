"""Word .docx text: paragraphs in order, headings as Markdown "#" lines (so passages find
them), tables as tab-separated rows.

A .docx is a zip of XML; its text is in ``word/document.xml`` and its style names in
``word/styles.xml``. Both are read with the standard library: python-docx needs lxml, about
6 MB of the installer for two small XML files (the tests still make their files with
python-docx). The sizes the zip's entries claim are checked before anything is unpacked, so a
small file cannot expand to gigabytes in memory, and XML that declares entities is refused
(entity expansion is the other way a small file becomes a huge one).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from desktop.documents.errors import (
    DocumentCorrupt,
    DocumentEncrypted,
    DocumentError,
    DocumentTooLarge,
)

if TYPE_CHECKING:
    from desktop.documents.extract import ReadingJob

# A password-protected Office file is not a zip but an OLE compound file with this signature.
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
_HEADING_STYLE = re.compile(r"heading\s*(\d)", re.IGNORECASE)
_PROGRESS_EVERY = 200  # blocks between progress reports

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCUMENT_PART = "word/document.xml"
STYLES_PART = "word/styles.xml"


def read_docx(data: bytes, job: ReadingJob) -> str:
    """The document's text; blocks (paragraphs, headings, tables) separated by blank lines."""
    if data.startswith(_OLE_SIGNATURE):
        raise DocumentEncrypted(job.name, detail="an OLE container, not a zip: encrypted")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_unpacked_size(archive, job.name)
            body = _parse(archive.read(DOCUMENT_PART)).find(f"{_W}body")
            if body is None:
                raise DocumentCorrupt(job.name, detail="no w:body in word/document.xml")
            names = _style_names(archive)
            blocks = list(_blocks(body))
            parts: list[str] = []
            for done, block in enumerate(blocks):
                if done % _PROGRESS_EVERY == 0:
                    job.step(done, len(blocks))
                if block.tag == f"{_W}tbl":
                    text = _table_text(block)
                else:
                    text = _paragraph_text(block, names)
                if text.strip():
                    parts.append(text)
            job.step(len(blocks), len(blocks))
    except DocumentError:
        raise
    except Exception as error:  # zip, XML and missing parts alike: the file is damaged
        raise DocumentCorrupt(job.name, detail=f"{type(error).__name__}: {error}") from error
    return "\n\n".join(parts)


def _check_unpacked_size(archive: zipfile.ZipFile, name: str) -> None:
    unpacked = sum(entry.file_size for entry in archive.infolist())
    if unpacked > MAX_UNPACKED_BYTES:
        raise DocumentTooLarge(name, unpacked, MAX_UNPACKED_BYTES, detail="unpacked size")


def _parse(xml: bytes) -> ElementTree.Element:
    if b"<!ENTITY" in xml or b"<!DOCTYPE" in xml:
        raise ValueError("the XML declares a document type or entities")
    return ElementTree.fromstring(xml)


def _style_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Style id → the name Word shows ("Heading1" → "heading 1"); empty without styles."""
    try:
        styles = _parse(archive.read(STYLES_PART))
    except KeyError:
        return {}
    names: dict[str, str] = {}
    for style in styles.iter(f"{_W}style"):
        style_id = style.get(f"{_W}styleId") or ""
        name = style.find(f"{_W}name")
        if style_id and name is not None:
            names[style_id] = name.get(f"{_W}val") or style_id
    return names


def _blocks(container: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """Paragraphs and tables in reading order, also inside content controls (``w:sdt``)."""
    for child in container:
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content)


def _runs_text(element: ElementTree.Element) -> str:
    pieces: list[str] = []
    for node in element.iter():
        if node.tag == f"{_W}t" and node.text:
            pieces.append(node.text)
        elif node.tag == f"{_W}tab":
            pieces.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            pieces.append("\n")
    return "".join(pieces)


def _paragraph_text(paragraph: ElementTree.Element, names: dict[str, str]) -> str:
    text = _runs_text(paragraph).strip()
    level = _heading_level(paragraph, names)
    if level and text:
        return "#" * level + " " + " ".join(text.split())
    return text


def _heading_level(paragraph: ElementTree.Element, names: dict[str, str]) -> int:
    """1-6 for Word's "Title" and "Heading N" styles, else 0."""
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    style_id = style.get(f"{_W}val", "") if style is not None else ""
    name = names.get(style_id, style_id).strip()
    if name.lower() == "title":
        return 1
    match = _HEADING_STYLE.fullmatch(name)
    return min(int(match.group(1)), 6) if match and int(match.group(1)) > 0 else 0


def _table_text(table: ElementTree.Element) -> str:
    rows = []
    for row in table.findall(f"{_W}tr"):
        cells = [" ".join(_runs_text(cell).split()) for cell in row.findall(f"{_W}tc")]
        rows.append("\t".join(cells).rstrip())
    return "\n".join(row for row in rows if row)
