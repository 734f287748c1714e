"""``ChatRecords``: a chat session's reads and saves, each run whole on the storage thread.

Every method here does blocking SQLite work, so the session only ever hands them to its
operation runner; keeping them apart from the session keeps the loop-side code free of I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from desktop.i18n import translate
from desktop.services.chat import titles
from desktop.services.chat.errors import SessionError
from desktop.storage.records import (
    Conversation,
    Message,
    MessageState,
    NewAttachment,
    NewDocument,
    Thread,
    TitleSource,
)
from desktop.storage.store import ChatStore

_Saved = TypeVar("_Saved")


class ChatRecords:
    """One conversation's rows: read it, and save a new message, a regenerate or an edit
    together with the empty reply that will stream into it (one transaction each)."""

    def __init__(self, store: ChatStore, conversation_id: int) -> None:
        self.store = store
        self.conversation_id = conversation_id

    def read_conversation(self) -> Conversation:
        conversation = self.store.conversations.get(self.conversation_id)
        if conversation is None:
            raise SessionError(translate("Chat", "This chat no longer exists."))
        return conversation

    def read_thread(self) -> Thread:
        thread = self.store.messages.thread(self.conversation_id)
        if thread is None:
            raise SessionError(translate("Chat", "This chat no longer exists."))
        return thread

    def then_path(
        self, save: Callable[..., _Saved], *args: Any
    ) -> tuple[_Saved, tuple[Message, ...]]:
        """Run ``save`` and read the visible path it made, in one go on the storage thread."""
        saved = save(*args)
        return saved, tuple(self.read_thread().messages)

    def save_new_message(
        self, text: str, images: list[NewAttachment], documents: list[NewDocument] | None = None
    ) -> tuple[Conversation, Message, Message, list[Message], str]:
        conversation = self.ready_conversation()
        path = self.store.messages.visible_path(self.conversation_id)
        parent_id = path[-1].id if path else None
        title = "" if path else titles.fallback_title(text)
        with self.store.database.transaction():
            user = self.store.messages.add(
                self.conversation_id,
                "user",
                text,
                parent_id=parent_id,
                attachments=images,
                documents=documents or (),
            )
            self.store.conversations.save_draft(self.conversation_id, "")
            reply = self.new_reply(conversation, user.id)
            if title and not self.store.conversations.set_generated_title(
                self.conversation_id, title, TitleSource.FALLBACK
            ):
                title = ""
        return conversation, user, reply, path, title

    def save_regenerate(
        self, message_id: int | None, model: str | None
    ) -> tuple[Conversation, Message, Message, list[Message]]:
        target = self.message(message_id)
        if target.role == "assistant":
            if target.parent_id is None:
                raise SessionError(translate("Chat", "There is no message to reply to."))
            user_id = target.parent_id
        elif target.role == "user":
            user_id = target.id
        else:
            raise SessionError(translate("Chat", "There is no message to reply to."))
        conversation = self.ready_conversation(model)
        history = self.store.messages.path_to(user_id)
        with self.store.database.transaction():
            self.store.messages.reveal(user_id)
            reply = self.new_reply(conversation, user_id, model=model)
        user = self.store.messages.get(user_id)
        assert user is not None
        return conversation, user, reply, history

    def save_edit(
        self,
        message_id: int,
        text: str,
        images: list[NewAttachment] | None,
        documents: list[NewDocument] | None = None,
    ) -> tuple[Conversation, Message, Message, list[Message]]:
        target = self.message(message_id)
        if target.role != "user":
            raise SessionError(translate("Chat", "Only your own messages can be edited."))
        if images is None:
            images = [
                NewAttachment(self.store.attachments.data(info.id), info.mime_type, info.name)
                for info in target.attachments
            ]
        if not text.strip() and not images and not documents and not target.documents:
            raise SessionError(translate("Chat", "Write a message first."))
        conversation = self.ready_conversation()
        history = self.store.messages.path_to(target.parent_id) if target.parent_id else []
        with self.store.database.transaction():
            if target.parent_id is not None:
                self.store.messages.reveal(target.parent_id)
            user = self.store.messages.add(
                self.conversation_id,
                "user",
                text,
                parent_id=target.parent_id,
                attachments=images,
                documents=documents or (),
            )
            # The edited message keeps the documents it had (with their vectors).
            if target.documents:
                self.store.documents.copy_all(target.id, user.id)
                user = self.store.messages.get(user.id) or user
            reply = self.new_reply(conversation, user.id)
        return conversation, user, reply, [*history, user]

    def ready_conversation(self, model: str | None = None) -> Conversation:
        conversation = self.read_conversation()
        if not (model or conversation.model):
            raise SessionError(translate("Chat", "Choose a model for this chat first."))
        return conversation

    def message(self, message_id: int | None) -> Message:
        if message_id is None:
            path = self.store.messages.visible_path(self.conversation_id)
            if not path:
                raise SessionError(translate("Chat", "There is no message to reply to."))
            return path[-1]
        message = self.store.messages.get(message_id)
        if message is None or message.conversation_id != self.conversation_id:
            raise SessionError(translate("Chat", "That message no longer exists."))
        return message

    def new_reply(
        self, conversation: Conversation, parent_id: int, *, model: str | None = None
    ) -> Message:
        return self.store.messages.add(
            self.conversation_id,
            "assistant",
            "",
            parent_id=parent_id,
            model=model or conversation.model,
            options=conversation.options,
            state=MessageState.STREAMING,
        )
