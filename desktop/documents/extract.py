"""Reading a file into plain text, page by page: the one entry point, :func:`extract_document`.

It runs on a worker thread (a 200-page PDF takes seconds): ``progress(done, total)`` reports
pages (or bytes for text files) and ``cancelled()`` is asked between them. The file is read
into memory once, then parsed; its size and modification time are compared before and after,
so a file saved or moved meanwhile is refused rather than read half old, half new.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.documents.errors import (
    DocumentCancelled,
    DocumentChanged,
    DocumentError,
    DocumentTooLarge,
    DocumentUnsupported,
    DocumentWithoutText,
)
from desktop.documents.kinds import MAX_DOCUMENT_BYTES, TEXT_KINDS, document_kind

# However small the file, a hostile PDF can expand to endless text: stop collecting here
# (20 million characters is some 10,000 pages of prose, far beyond any model's context).
MAX_TEXT_CHARS = 20_000_000

_READ_CHUNK = 1024 * 1024

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class DocumentPage:
    number: int | None  # 1-based page for PDF; None for formats without pages
    text: str


@dataclass(frozen=True, slots=True)
class ExtractedDocument:
    name: str  # the file's name only
    kind: str  # see desktop.documents.kinds.document_kind
    size: int  # bytes of the original file
    pages: tuple[DocumentPage, ...]
    encoding: str | None  # for text kinds, the detected encoding
    truncated: bool = False  # the text was cut at MAX_TEXT_CHARS

    @property
    def text(self) -> str:
        """All pages, separated by a blank line."""
        return "\n\n".join(page.text for page in self.pages)

    @property
    def page_count(self) -> int | None:
        """The number of pages, or None when the format has no pages."""
        return len(self.pages) if self.kind == "pdf" else None


@dataclass(slots=True)
class ReadingJob:
    """What a reader needs besides the bytes: the name for errors, progress, cancellation."""

    name: str
    progress: Progress | None
    cancelled: Callable[[], bool]

    def check(self) -> None:
        """Stop here when the reading was cancelled."""
        if self.cancelled():
            raise DocumentCancelled(self.name)

    def step(self, done: int, total: int) -> None:
        """Report progress, or stop here when the reading was cancelled."""
        self.check()
        if self.progress is not None:
            self.progress(done, total)


def extract_document(
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ExtractedDocument:
    """The text of the document at ``path``; raises a :class:`DocumentError` subclass.

    Blocking: call it on a worker thread. Files over MAX_DOCUMENT_BYTES are refused before
    they are read."""
    path = Path(path)
    name = path.name
    job = ReadingJob(name, progress, cancelled)
    before = _stat(path, name)
    if before.st_size > MAX_DOCUMENT_BYTES:
        raise DocumentTooLarge(name, before.st_size, MAX_DOCUMENT_BYTES)
    job.check()
    kind = document_kind(path)
    data = _read(path, before, job, report_bytes=kind is None or kind in TEXT_KINDS)
    if kind is None:
        kind = _sniffed_kind(data, name)
    pages, encoding, truncated = _pages(kind, data, job)
    after = _stat(path, name)
    if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
        raise DocumentChanged(
            name,
            detail=f"size {before.st_size} -> {after.st_size}, "
            f"mtime_ns {before.st_mtime_ns} -> {after.st_mtime_ns}",
        )
    if not any(not page.text.isspace() and page.text for page in pages):
        raise DocumentWithoutText(name, scan=False, detail=f"an empty {kind} file")
    return ExtractedDocument(name, kind, before.st_size, tuple(pages), encoding, truncated)


def _pages(kind: str, data: bytes, job: ReadingJob) -> tuple[list[DocumentPage], str | None, bool]:
    """Parse by kind; the readers are imported here so their libraries load only when used."""
    if kind == "pdf":
        from desktop.documents.pdf_reader import read_pdf

        pages, truncated = read_pdf(data, job)
        return pages, None, truncated
    if kind == "docx":
        from desktop.documents.docx_reader import read_docx

        text = read_docx(data, job)
        return [DocumentPage(None, text[:MAX_TEXT_CHARS])], None, len(text) > MAX_TEXT_CHARS
    from desktop.documents.text_reader import decode_text, html_to_text

    text, encoding = decode_text(data, job.name)
    if kind == "html":
        text = html_to_text(text, job.check)
    job.check()
    return [DocumentPage(None, text[:MAX_TEXT_CHARS])], encoding, len(text) > MAX_TEXT_CHARS


def _sniffed_kind(data: bytes, name: str) -> str:
    """The kind of a file whose name says nothing: a PDF by its header, else text if it
    decodes as text (decode_text refuses binary files)."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    from desktop.documents.text_reader import looks_like_text

    if not looks_like_text(data):
        raise DocumentUnsupported(name, detail="unknown suffix and not text")
    return "text"


def _stat(path: Path, name: str) -> os.stat_result:
    try:
        result = path.stat()
    except FileNotFoundError as error:
        raise DocumentChanged(name, detail=str(error)) from error
    except OSError as error:
        raise DocumentError(name, detail=str(error)) from error
    if not path.is_file():
        raise DocumentUnsupported(name, detail="not a regular file")
    return result


def _read(path: Path, before: os.stat_result, job: ReadingJob, *, report_bytes: bool) -> bytes:
    """The file's bytes, read in chunks (cancellation between them); a size that differs from
    the one measured before means the file is being written."""
    size = before.st_size
    chunks: list[bytes] = []
    read = 0
    try:
        with path.open("rb") as file:
            while read <= size:
                chunk = file.read(_READ_CHUNK)
                if not chunk:
                    break
                chunks.append(chunk)
                read += len(chunk)
                if report_bytes:
                    job.step(min(read, size), size)
                else:
                    job.check()
    except FileNotFoundError as error:
        raise DocumentChanged(job.name, detail=str(error)) from error
    except OSError as error:
        raise DocumentError(job.name, detail=str(error)) from error
    if read != size:
        raise DocumentChanged(job.name, detail=f"expected {size} bytes, read {read}")
    return b"".join(chunks)
