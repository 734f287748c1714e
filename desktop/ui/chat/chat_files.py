"""The Chat tab's files: export and import of one chat, backup and restore of every chat.

Kept apart from the tab because it is glue between file dialogs and the exchange service
(:mod:`desktop.services.chat.exchange`): the work runs in the background and the tab only
shows the outcome in plain words. Texts keep the ``ChatTab`` translation context.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from desktop.formats import number
from desktop.services.chat.exchange import ExportKind, restore_over_unopened
from desktop.services.context import AppContext, required
from desktop.services.topics import CONVERSATIONS

if TYPE_CHECKING:
    from desktop.ui.chat.tab import ChatTab


class ChatFiles:
    """Export, import, backup and restore for the tab that owns it."""

    def __init__(self, tab: ChatTab, context: AppContext) -> None:
        self.tab = tab
        self.context = context

    # --- export / import ----------------------------------------------------------------------

    def export_conversation(self, conversation_id: int, kind: str) -> QFileDialog | None:
        tab = self.tab
        if tab.store is None:
            return None
        conversation = tab.conversations.listed(conversation_id)
        if conversation is None:
            return None
        suffix = "md" if kind == "markdown" else "json"
        name = file_name(conversation.title or "chat") + "." + suffix
        dialog = QFileDialog(tab, QCoreApplication.translate("ChatTab", "Export chat"))
        dialog.setObjectName("chatExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.selectFile(str(Path.home() / name))
        dialog.setNameFilter(
            QCoreApplication.translate("ChatTab", "Markdown (*.md)")
            if kind == "markdown"
            else QCoreApplication.translate("ChatTab", "Paddock chat (*.json)")
        )
        dialog.fileSelected.connect(
            lambda path: self.write_export(conversation_id, kind, Path(path))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def write_export(self, conversation_id: int, kind: str, path: Path) -> asyncio.Task[bool]:
        """Save one chat to ``path`` in the background; the task says whether it was saved."""
        exchange = required(self.context.chat_exchange, "chat exchange")
        self.tab.show_notice(
            QCoreApplication.translate("ChatTab", "Saving the chat to {path}…").format(path=path),
            problem=False,
        )

        async def export() -> bool:
            outcome = await exchange.export(conversation_id, export_kind(kind), path)
            self.tab.show_notice(outcome.message, problem=not outcome.ok)
            return outcome.ok

        return self.context.tasks.run(export(), name="chat-export")

    def choose_import(self) -> QFileDialog:
        dialog = QFileDialog(self.tab, QCoreApplication.translate("ChatTab", "Import a chat"))
        dialog.setObjectName("chatImportDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(QCoreApplication.translate("ChatTab", "Paddock chat (*.json)"))
        dialog.fileSelected.connect(lambda path: self.import_file(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def import_file(self, path: Path) -> asyncio.Task[int | None]:
        """Read and add a chat file in the background, then open it; the task gives its id."""
        exchange = required(self.context.chat_exchange, "chat exchange")
        conversations = self.tab.conversations

        def show_progress(done: int, total: int) -> None:
            self.tab.show_notice(
                QCoreApplication.translate(
                    "ChatTab", "Importing {name}: {done} of {total} messages…"
                ).format(name=path.name, done=number(done), total=number(total)),
                problem=False,
            )

        self.tab.show_notice(
            QCoreApplication.translate("ChatTab", "Importing {name}…").format(name=path.name),
            problem=False,
        )

        async def read() -> int | None:
            outcome = await exchange.import_file(path, show_progress)
            if outcome.conversation_id is None:
                self.tab.show_notice(outcome.message)
                return None
            self.context.operations.notify(CONVERSATIONS)
            self.tab.open_generation += 1
            await conversations.load_and_show(outcome.conversation_id, self.tab.open_generation)
            return outcome.conversation_id

        return self.context.tasks.run(read(), name="chat-import")

    # --- backup / restore ---------------------------------------------------------------------

    def backup_chats(self, path: Path) -> asyncio.Task[str]:
        """Write every chat to one file in the background; the task gives plain words."""
        exchange = self.context.chat_exchange
        if exchange is None:
            return self.context.tasks.run(
                _words(QCoreApplication.translate("ChatTab", "There are no chats to back up.")),
                name="chat-backup",
            )
        self.tab.remember_view()

        async def backup() -> str:
            return (await exchange.backup(path)).message

        return self.context.tasks.run(backup(), name="chat-backup")

    def restore_chats(self, path: Path) -> asyncio.Task[str]:
        """Replace every chat with a backup (checked first; nothing changes if it's bad).

        Every reply is stopped and saved *before* the database is replaced, and the restore
        waits until their tasks have ended: a reply saving itself later would write into the
        restored chats. The task gives plain words saying how it went.
        """
        exchange = self.context.chat_exchange
        if exchange is None:  # the chats couldn't be opened: exactly when a backup is needed

            async def restore_in_place() -> str:
                context = self.context
                return (
                    await restore_over_unopened(context.operations, context.data_dir, path)
                ).message

            return self.context.tasks.run(restore_in_place(), name="chat-restore")
        tab = self.tab
        tab.draft_timer.stop()
        ending = tab.sessions.stop_every_reply()
        tab.conversation = None
        self._set_restoring(True)

        async def restore() -> str:
            try:
                if ending:
                    await asyncio.wait(ending)
                outcome = await exchange.restore(path)
            finally:
                self._set_restoring(False)
                await self._reload_all()
            return outcome.message

        return self.context.tasks.run(restore(), name="chat-restore")

    async def _reload_all(self) -> None:
        """After a restore: the list, and the newest chat (or a new one) shown."""
        tab = self.tab
        store = tab.store
        if store is None or tab.is_shut_down:
            return
        self.context.operations.notify(CONVERSATIONS)
        newest = await self.context.operations.call(lambda: store.conversations.list(limit=1))
        conversations = tab.conversations
        tab.open_generation += 1
        if newest:
            await conversations.load_and_show(newest[0].id, tab.open_generation)
        else:
            await conversations.create_and_show(conversations.submit(conversations.creator("")))

    def _set_restoring(self, restoring: bool) -> None:
        """While the chats are replaced nothing may be opened or sent."""
        tab = self.tab
        for widget in (tab.sidebar, tab.composer, tab.model_picker, tab.options_button):
            widget.setEnabled(not restoring)
        if restoring:
            tab.pump.stop()
            tab.transcript.set_messages([])
            tab.show_notice(
                QCoreApplication.translate("ChatTab", "Restoring your chats…"), problem=False
            )
        else:
            tab.notice.hide()


def export_kind(kind: str) -> ExportKind:
    return "markdown" if kind == "markdown" else "json"


async def _words(text: str) -> str:
    return text


def file_name(title: str) -> str:
    """A title made safe as a file name on every system."""
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return " ".join(kept.split())[:60] or "chat"
