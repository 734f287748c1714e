"""Chats in and out of files: export, import, backup and restore, off the GUI thread.

Each of these reads or writes a whole chat (an export carries every image as base64) or the
whole database (a backup copies it page by page; a restore runs ``PRAGMA quick_check`` first),
which can take seconds. All of that runs on the operation runner's worker thread; the caller
awaits an :class:`Outcome` in plain words and only shows it. Expected failures (a folder that
cannot be written, a file that is not a Paddock chat, a damaged backup) become an unsuccessful
outcome; anything else is raised, to be reported with its traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop.i18n import translate
from desktop.services.operations import Operations
from desktop.storage import ChatStore, ImportFailed, StorageError
from desktop.storage.backup import restore_in_place
from desktop.storage.database import DATABASE_FILE
from desktop.storage.exchange import Progress, dumps, read_chat_file

log = logging.getLogger(__name__)

ExportKind = Literal["markdown", "json"]


@dataclass(frozen=True)
class Outcome:
    """How it went, in words to show; ``conversation_id`` is an imported chat's new id."""

    ok: bool
    message: str
    conversation_id: int | None = None


class ChatExchange:
    """Export, import, backup and restore of the chats in ``store``, run on ``operations``."""

    def __init__(self, store: ChatStore, operations: Operations) -> None:
        self.store = store
        self.operations = operations

    # --- one chat -----------------------------------------------------------------------------

    async def export(self, conversation_id: int, kind: ExportKind, path: Path) -> Outcome:
        """Write one chat as Markdown or as a Paddock chat file (JSON, images included)."""
        return await self.operations.call(self._export, conversation_id, kind, path)

    async def import_file(self, path: Path, progress: Progress | None = None) -> Outcome:
        """Add the chat in a Paddock chat file; the outcome names the new conversation.
        ``progress(done, total)`` runs on the loop's thread as messages go in (a big file
        takes seconds)."""
        report = on_loop(progress) if progress is not None else None
        return await self.operations.call(self._import, path, report)

    # --- every chat ---------------------------------------------------------------------------

    async def backup(self, path: Path) -> Outcome:
        """Write every chat to one file."""
        return await self.operations.call(self._backup, path)

    async def restore(self, path: Path) -> Outcome:
        """Replace every chat with a backup (checked first; nothing changes if it is bad).

        The caller must have stopped every reply first: a reply still being saved would
        write into the restored chats.
        """
        return await self.operations.call(self._restore, path)

    # --- the work (on the worker thread) ------------------------------------------------------

    def _export(self, conversation_id: int, kind: ExportKind, path: Path) -> Outcome:
        if kind == "markdown":
            text = self.store.export_markdown(conversation_id)
        else:
            text = dumps(self.store.export_json(conversation_id))
        return write_whole_file(path, text)

    def _import(self, path: Path, progress: Progress | None = None) -> Outcome:
        try:
            data = read_chat_file(path)
            conversation_id = self.store.import_json(data, progress)
        except ImportFailed as exc:
            return Outcome(False, exc.message)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            log.info("import of %s failed: %r", path, exc)
            return Outcome(
                False,
                translate("ChatExchange", "{name} isn't a chat exported by Paddock.").format(
                    name=path.name
                ),
            )
        return Outcome(True, "", conversation_id)

    def _backup(self, path: Path) -> Outcome:
        try:
            self.store.backup_to(path)
        except (StorageError, OSError) as exc:
            reason = getattr(exc, "message", None) or getattr(exc, "strerror", None) or str(exc)
            return Outcome(
                False,
                translate("ChatExchange", "The backup couldn't be written: {reason}").format(
                    reason=reason
                ),
            )
        return Outcome(
            True, translate("ChatExchange", "All chats were saved to {path}").format(path=path)
        )

    def _restore(self, path: Path) -> Outcome:
        try:
            self.store.restore_from(path)
        except StorageError as exc:
            return Outcome(False, exc.message)
        return Outcome(
            True, translate("ChatExchange", "Chats restored from {name}").format(name=path.name)
        )


def on_loop(callback: Progress) -> Progress:
    """``callback`` called on the running loop's thread, from any thread (never waiting)."""
    loop = asyncio.get_running_loop()

    def report(done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):  # the loop closed: nobody is watching
            loop.call_soon_threadsafe(callback, done, total)

    return report


async def restore_over_unopened(operations: Operations, data_dir: Path, path: Path) -> Outcome:
    """Restore a backup when the chats could not be opened at start (a damaged file): the
    damaged file is kept aside and named; the restored chats open at the next start."""
    return await operations.call(_restore_over_unopened, data_dir, path)


def _restore_over_unopened(data_dir: Path, path: Path) -> Outcome:
    try:
        kept = restore_in_place(Path(data_dir) / DATABASE_FILE, path)
    except StorageError as exc:
        return Outcome(False, exc.message)
    restored = translate(
        "ChatExchange", "Chats restored from {name}. Restart Paddock to open them."
    ).format(name=path.name)
    if kept is None:
        return Outcome(True, restored)
    return Outcome(
        True,
        translate(
            "ChatExchange",
            "Chats restored from {name}. The chat file that couldn't be opened was kept as "
            "{kept}. Restart Paddock to open the restored chats.",
        ).format(name=path.name, kept=kept),
    )


def write_whole_file(path: Path, text: str) -> Outcome:
    """Write beside ``path``, then move the file in place: never half a file under its name."""
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        return Outcome(
            False,
            translate("ChatExchange", "The chat couldn't be saved to {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            ),
        )
    return Outcome(True, translate("ChatExchange", "Saved to {path}").format(path=path))
