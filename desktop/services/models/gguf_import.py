"""Importing a GGUF file as a model: check, hash, upload, create — each step cancellable.

The steps are those of the API: compute the file's sha256, ask whether the server already has
that blob (``HEAD``), upload it if not, then create the model with ``files``. The async client
does the first three on a worker thread and reports progress on the loop at most every
``PROGRESS_EVERY`` seconds; cancelling stops the worker between blocks (hashing) or aborts the
upload mid-body.
"""

from __future__ import annotations

import asyncio
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
        self._cancelled = False
        self._upload: asyncio.Future[str] | None = None
        self.digest = ""

    def cancel(self) -> None:
        """Stop the import (from the loop's thread): ``run`` raises :class:`ImportCancelled`."""
        self._cancelled = True
        if self._upload is not None:
            self._upload.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    async def run(self) -> str:
        """Import the file; returns the blob's digest."""
        check_gguf(self.path)
        self._on_status(translate("Models", "Checking the file (computing its fingerprint)"))
        self._upload = asyncio.ensure_future(
            self.client.upload_blob(self.path, progress=self._report, progress_every=PROGRESS_EVERY)
        )
        try:
            self.digest = await self._upload
        except asyncio.CancelledError:
            me = asyncio.current_task()
            if self._cancelled and not (me is not None and me.cancelling()):
                raise ImportCancelled from None
            self._upload.cancel()
            raise
        if self._cancelled:
            raise ImportCancelled
        self._on_status(translate("Models", "Creating the model"))
        stream = self.client.create(self.name, files={self.path.name: self.digest})
        try:
            await follow_create(stream, self._on_status)
        finally:
            await stream.aclose()
        return self.digest

    def _report(self, stage: str, done: int, total: int) -> None:
        if not self._cancelled:
            self._on_progress(stage, done, total)
