"""Reading a file the user attached: text extraction on a thread of its own.

Extraction takes seconds for a big PDF, so it never runs on the loop's thread nor on the one
I/O worker (chats would wait behind it). ``cancel`` stops it at its next page; progress comes
back to the loop's thread. The original file's bytes are kept when small enough to store.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from desktop.documents import ExtractedDocument, extract_document
from desktop.storage.documents import ORIGINAL_CAP

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class ReadDocument:
    """A document read and ready to send: its text, and its original bytes if kept."""

    path: Path
    document: ExtractedDocument
    original: bytes | None = None

    @property
    def name(self) -> str:
        return self.document.name

    @property
    def kind(self) -> str:
        return self.document.kind

    @property
    def size(self) -> int:
        return self.document.size

    @property
    def page_count(self) -> int | None:
        return self.document.page_count

    @property
    def chars(self) -> int:
        return len(self.document.text)


class Reading:
    """One file being read: ``await reading.result()``; ``cancel()`` from the loop."""

    def __init__(self, path: Path, future: asyncio.Future[ReadDocument], flag: threading.Event):
        self.path = path
        self._future = future
        self._flag = flag

    def cancel(self) -> None:
        self._flag.set()

    @property
    def cancelled(self) -> bool:
        return self._flag.is_set()

    async def result(self) -> ReadDocument:
        return await self._future

    @property
    def future(self) -> asyncio.Future[ReadDocument]:
        return self._future


class DocumentReader:
    """Reads attached files on its own worker thread (two at most at once)."""

    def __init__(self, workers: int = 2) -> None:
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="documents")

    def read(self, path: Path, progress: Progress | None = None) -> Reading:
        """Start reading ``path``; ``progress(done, total)`` is called on the loop's thread.
        The result raises a ``DocumentError`` (plain words) for a file that can't be read."""
        loop = asyncio.get_running_loop()
        flag = threading.Event()

        def report(done: int, total: int) -> None:
            if progress is not None and not loop.is_closed():
                loop.call_soon_threadsafe(progress, done, total)

        def work() -> ReadDocument:
            document = extract_document(path, progress=report, cancelled=flag.is_set)
            return ReadDocument(path, document, _original(path, document))

        future = asyncio.wrap_future(self._executor.submit(work), loop=loop)
        return Reading(path, future, flag)

    async def run(self, work: Callable[[], object]) -> object:
        """Other CPU work on documents (splitting into passages) off the loop's thread."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, work)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


def _original(path: Path, document: ExtractedDocument) -> bytes | None:
    """The file's bytes when small enough to keep, and only if unchanged since reading."""
    if document.size > ORIGINAL_CAP:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return data if len(data) == document.size else None
