"""PDF text with pypdf, page by page: the text layer only (a scan has none; no OCR here).

PDFs come from anywhere and pypdf can fail on any page of a hostile or damaged one: a page
that fails is kept empty and reading goes on; only a file whose structure cannot be opened
is corrupt. The text collected is capped, however much the pages expand to.
"""

from __future__ import annotations

import io
import logging
import sys
from typing import TYPE_CHECKING

from desktop.documents.errors import (
    DocumentCorrupt,
    DocumentEncrypted,
    DocumentError,
    DocumentWithoutText,
)
from desktop.documents.extract import MAX_TEXT_CHARS, DocumentPage

if TYPE_CHECKING:
    from pypdf import PdfReader

    from desktop.documents.extract import ReadingJob

log = logging.getLogger(__name__)


class _AsWarning(logging.Filter):
    """pypdf logs some oddities of a file (a font encoding it does not know) as errors: they
    are the file's, not Paddock's, and the reader reports what matters in its own words."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno > logging.WARNING:
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


def _quiet_pypdf_errors() -> None:
    """Demote every pypdf module's error records (a logger's filter sees only the records
    logged on it, so each module's logger gets one)."""
    demote = _AsWarning()
    for name in [name for name in sys.modules if name.split(".")[0] == "pypdf"]:
        logger = logging.getLogger(name)
        if not any(isinstance(each, _AsWarning) for each in logger.filters):
            logger.addFilter(demote)


# Fewer visible characters than this per page, on average, is no text layer to speak of: a
# scan's page may still carry a stamp such as "Scanned by …" or a page number.
MIN_CHARS_PER_PAGE = 32


def read_pdf(data: bytes, job: ReadingJob) -> tuple[list[DocumentPage], bool]:
    """(pages, whether the text was cut at MAX_TEXT_CHARS)."""
    reader = _open(data, job.name)
    try:
        count = len(reader.pages)
    except Exception as error:
        raise DocumentCorrupt(job.name, detail=_describe(error)) from error
    pages: list[DocumentPage] = []
    collected = 0
    visible = 0
    failures = 0
    truncated = False
    for index in range(count):
        job.step(index, count)
        try:
            text = reader.pages[index].extract_text() or ""
        except Exception as error:  # any page of a hostile file may fail: keep the others
            log.warning("page %d of a PDF could not be read: %s", index + 1, _describe(error))
            failures += 1
            text = ""
        text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
        if collected + len(text) > MAX_TEXT_CHARS:
            text = text[: MAX_TEXT_CHARS - collected]
            truncated = True
        collected += len(text)
        visible += len("".join(text.split()))
        pages.append(DocumentPage(index + 1, text))
        if truncated:
            break
    job.step(count, count)
    if count and failures == count:
        raise DocumentCorrupt(job.name, detail=f"none of the {count} pages could be read")
    if visible < MIN_CHARS_PER_PAGE * max(len(pages), 1):
        raise DocumentWithoutText(job.name, detail=f"{visible} characters on {count} pages")
    return pages, truncated


def _open(data: bytes, name: str) -> PdfReader:
    """A reader for ``data``, decrypted when the empty password opens it (many "encrypted"
    PDFs only restrict printing or copying and open without one)."""
    from pypdf import PasswordType, PdfReader

    _quiet_pypdf_errors()
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as error:  # an unknown or unsupported encryption
                raise DocumentEncrypted(name, detail=_describe(error)) from error
            if opened == PasswordType.NOT_DECRYPTED:
                raise DocumentEncrypted(name, detail="the empty password does not open it")
        return reader
    except DocumentError:
        raise
    except Exception as error:
        raise DocumentCorrupt(name, detail=_describe(error)) from error


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:500]
