"""What a message's buttons do: copy, edit, regenerate, step through versions, delete,
download the model, sign in.

Kept apart from the tab because each action reads the message (the one shown, or from the
store while its reply is still being written) and hands it to the chat's session. Texts keep
the ``ChatTab`` translation context.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from desktop.services.context import AppContext
from desktop.storage import Message

if TYPE_CHECKING:
    from desktop.ui.chat.tab import ChatTab


class MessageActions:
    """The message buttons of the tab that owns it."""

    def __init__(self, tab: ChatTab, context: AppContext) -> None:
        self.tab = tab
        self.context = context

    def act(self, action: str, message_id: int) -> None:
        """A message's button. The message is the one shown; a reply still being written is
        read from the store (on the runner) so that Copy gets the text so far."""
        store = self.tab.store
        if store is None or self.tab.conversation is None:
            return
        shown = next((m for m in self.tab.transcript.messages if m.id == message_id), None)
        if shown is not None and self.tab.pump.message_id != message_id:
            self._act_on(action, shown)
            return
        conversation_id = self.tab.conversation.id

        def act(message: Message | None) -> None:
            if message is not None and self.tab.is_current(conversation_id):
                self._act_on(action, message)

        self.context.operations.run(lambda: store.messages.get(message_id), on_success=act)

    def _act_on(self, action: str, message: Message) -> None:
        assert self.tab.conversation is not None
        message_id = message.id
        adapter = self.tab.sessions.adapter(self.tab.conversation.id)
        if action == "copy":
            QGuiApplication.clipboard().setText(message.content)
            self.tab.show_notice(QCoreApplication.translate("ChatTab", "Copied."), problem=False)
        elif action == "edit":
            self.tab.composer.start_edit(message_id, message.content)
        elif action in ("regenerate", "retry"):
            if not adapter.busy:
                adapter.regenerate(message_id)
        elif action in ("previous", "next"):
            if not adapter.busy:
                adapter.step_version(message_id, -1 if action == "previous" else 1)
        elif action == "delete":
            self.confirm_delete(message_id)
        elif action == "download":
            self.tab.download_requested.emit(message.model or self.tab.conversation.model)
        elif action == "signin":
            error = self.tab.transcript.error_for(message_id)
            if error is not None and error.signin_url:
                self.tab.guard.request(QUrl(error.signin_url), self.tab)  # shows the address, asks

    def confirm_delete(self, message_id: int) -> asyncio.Task[QMessageBox | None] | None:
        """Count what the delete would take (every branch under it, on the runner), then ask.
        The task gives the question box."""
        store = self.tab.store
        if store is None or self.tab.conversation is None:
            return None
        conversation_id = self.tab.conversation.id

        async def ask() -> QMessageBox | None:
            count = len(await self.context.operations.call(store.messages.branch_ids, message_id))
            if self.tab.is_shut_down or not self.tab.is_current(conversation_id):
                return None
            return self._ask_delete_message(message_id, count)

        return self.context.tasks.run(ask(), name="chat-delete-message")

    def _ask_delete_message(self, message_id: int, count: int) -> QMessageBox:
        assert self.tab.conversation is not None
        box = QMessageBox(self.tab)
        box.setObjectName("deleteMessageDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ChatTab", "Delete message?"))
        if count > 1:
            box.setText(
                QCoreApplication.translate(
                    "ChatTab", "Delete this message and the {n} after it?"
                ).format(n=count - 1)
            )
        else:
            box.setText(QCoreApplication.translate("ChatTab", "Delete this message?"))
        delete = box.addButton(
            QCoreApplication.translate("ChatTab", "Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        delete.setObjectName("deleteMessageConfirm")
        box.addButton(QMessageBox.StandardButton.Cancel)
        adapter = self.tab.sessions.adapter(self.tab.conversation.id)

        def clicked(button: object) -> None:
            if button is delete and not adapter.busy:
                adapter.delete_message(message_id)

        box.buttonClicked.connect(clicked)
        box.finished.connect(box.deleteLater)
        box.open()
        return box
