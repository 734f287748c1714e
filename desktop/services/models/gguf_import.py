"""Importing a GGUF file as a model: check, hash, upload, create — each step cancellable.

The steps are those of the API: compute the file's sha256, ask whether the server already has
that blob (``HEAD``), upload it if not, then create the model with ``files``. Hashing and
uploading a multi-gigabyte file take minutes, so they run on a worker thread whose progress
callback checks a cancel flag (raising from it aborts the upload mid-body) and forwards
progress to the loop at most every ``PROGRESS_EVERY`` seconds.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from pathlib import Path

from desktop.i18n import translate
from desktop.ollama.aio import AsyncOllamaClient
from desktop.services.models.create import follow_create

GGUF_MAGIC = b"GGUF"
PROGRESS_EVERY = 0.05

Progress = Callable[[str, int, int], None]


class NotGguf(ValueError):
    """The chosen file is not a GGUF model; ``str()`` says so in plain words."""


class ImportCancelled(Exception):
    """The person cancelled the import."""


def check_gguf(path: Path) -> None:
    """Raise :class:`NotGguf` unless ``path`` starts with the GGUF magic bytes."""
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except IsADirectoryError as exc:
        raise NotGguf(
            translate("Models", "“{name}” is a folder. Pick a .gguf model file.").format(
                name=path.name
            )
        ) from exc
    except FileNotFoundError as exc:
        raise NotGguf(
            translate("Models", "“{path}” doesn't exist any more.").format(path=path)
        ) from exc
    except OSError as exc:
        raise NotGguf(
            translate("Models", "“{name}” can't be read: {reason}.").format(
                name=path.name, reason=exc.strerror or exc
            )
        ) from exc
    if magic != GGUF_MAGIC:
        raise NotGguf(
            translate(
                "Models",
                "“{name}” is not a GGUF model file. Ollama imports models in the GGUF "
                "format (files usually ending in .gguf).",
            ).format(name=path.name)
        )


def default_model_name(path: Path) -> str:
    """A model name suggested from the file name: ``Qwen2.5-7B.Q4_K_M.gguf`` →
    ``qwen2.5-7b.q4_k_m``."""
    stem = path.name.removesuffix(".gguf").removesuffix(".GGUF")
    cleaned = "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "-" for c in stem)
    return cleaned.strip("-_.").lower() or "imported"


class GgufImport:
    """One import; ``run`` raises :class:`NotGguf`, :class:`ImportCancelled` or an API error."""

    def __init__(
        self,
        client: AsyncOllamaClient,
        path: Path,
        name: str,
        *,
        on_progress: Progress,
        on_status: Callable[[str], None],
    ) -> None:
        self.client = client
        self.path = Path(path)
        self.name = name
        self._on_progress = on_progress
        self._on_status = on_status
        self._cancel = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._last_report = 0.0
        self.digest = ""

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    async def run(self) -> str:
        """Import the file; returns the blob's digest."""
        check_gguf(self.path)
        self._loop = asyncio.get_running_loop()
        self._on_status(translate("Models", "Checking the file (computing its fingerprint)"))
        try:
            self.digest = await self._loop.run_in_executor(None, self._upload_in_worker)
        except asyncio.CancelledError:
            self._cancel.set()
            raise
        if self._cancel.is_set():
            raise ImportCancelled
        self._on_status(translate("Models", "Creating the model"))
        stream = self.client.create(self.name, files={self.path.name: self.digest})
        try:
            await follow_create(stream, self._on_status)
        finally:
            await stream.aclose()
        return self.digest

    def _upload_in_worker(self) -> str:
        """Worker thread: hash, HEAD, upload (the client does these three in order)."""
        return self.client.client.upload_blob(self.path, progress=self._progress_in_worker)

    def _progress_in_worker(self, stage: str, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise ImportCancelled
        now = time.monotonic()
        if done < total and now - self._last_report < PROGRESS_EVERY:
            return
        self._last_report = now
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._report, stage, done, total)

    def _report(self, stage: str, done: int, total: int) -> None:
        if not self._cancel.is_set():
            self._on_progress(stage, done, total)
