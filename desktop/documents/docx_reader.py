"""Word .docx text with python-docx: paragraphs in order, headings as Markdown "#" lines (so
passages find them), tables as tab-separated rows.

A .docx is a zip of XML: the sizes its entries claim are checked before python-docx unpacks
them, so a small file cannot expand to gigabytes in memory.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import TYPE_CHECKING

from desktop.documents.errors import (
    DocumentCorrupt,
    DocumentEncrypted,
    DocumentError,
    DocumentTooLarge,
)

if TYPE_CHECKING:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from desktop.documents.extract import ReadingJob

# A password-protected Office file is not a zip but an OLE compound file with this signature.
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
_HEADING_STYLE = re.compile(r"heading\s*(\d)", re.IGNORECASE)
_PROGRESS_EVERY = 200  # paragraphs between progress reports


def read_docx(data: bytes, job: ReadingJob) -> str:
    """The document's text; blocks (paragraphs, headings, tables) separated by blank lines."""
    if data.startswith(_OLE_SIGNATURE):
        raise DocumentEncrypted(job.name, detail="an OLE container, not a zip: encrypted")
    _check_unpacked_size(data, job.name)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        blocks = list(document.iter_inner_content())
        parts: list[str] = []
        for done, block in enumerate(blocks):
            if done % _PROGRESS_EVERY == 0:
                job.step(done, len(blocks))
            text = _table_text(block) if hasattr(block, "rows") else _paragraph_text(block)
            if text.strip():
                parts.append(text)
        job.step(len(blocks), len(blocks))
    except DocumentError:
        raise
    except Exception as error:  # zip, XML and package errors alike: the file is damaged
        raise DocumentCorrupt(job.name, detail=f"{type(error).__name__}: {error}") from error
    return "\n\n".join(parts)


def _check_unpacked_size(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(entry.file_size for entry in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise DocumentCorrupt(name, detail=f"{type(error).__name__}: {error}") from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise DocumentTooLarge(name, unpacked, MAX_UNPACKED_BYTES, detail="unpacked size")


def _paragraph_text(paragraph: Paragraph) -> str:
    text = paragraph.text.strip()
    level = _heading_level(paragraph)
    if level and text:
        return "#" * level + " " + " ".join(text.split())
    return text


def _heading_level(paragraph: Paragraph) -> int:
    """1-6 for Word's "Title" and "Heading N" styles, else 0."""
    style = paragraph.style
    name = (style.name or "") if style is not None else ""
    if name.lower() == "title":
        return 1
    match = _HEADING_STYLE.fullmatch(name.strip())
    return min(int(match.group(1)), 6) if match and int(match.group(1)) > 0 else 0


def _table_text(table: Table) -> str:
    rows = []
    for row in table.rows:
        cells = [" ".join(cell.text.split()) for cell in row.cells]
        rows.append("\t".join(cells).rstrip())
    return "\n".join(row for row in rows if row)
