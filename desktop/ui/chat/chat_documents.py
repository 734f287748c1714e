"""The Chat tab's documents: the composer reads files through the documents service, its chips
say how much of the chat model's memory each would take, and unfinished embeddings resume once
the server's models are known. Logic stays in :mod:`desktop.services.documents`."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from desktop.services.context import AppContext

if TYPE_CHECKING:
    from desktop.ui.chat.tab import ChatTab

log = logging.getLogger(__name__)


class ChatDocuments:
    def __init__(self, tab: ChatTab, context: AppContext) -> None:
        self.tab = tab
        self.service = context.documents
        self.context = context
        self._resumed = False
        self.resume_task: asyncio.Task[Any] | None = None
        pending = tab.composer.documents
        if self.service is None:
            return
        service = self.service
        pending.set_reader(service.read)
        pending.set_embedder_check(lambda: service.embedding_model() is not None)
        tab.composer.download_requested.connect(tab.download_requested)
        tab.installed_models.changed.connect(self._models_changed)

    def update_budget(self) -> asyncio.Task[None] | None:
        """Ask what the chat's model can keep in mind; the composer's chips follow."""
        conversation = self.tab.conversation
        if self.service is None or conversation is None or not conversation.model:
            return None
        service = self.service

        async def update() -> None:
            tokens = await service.context_tokens(conversation.model, conversation.options)
            self.tab.composer.documents.set_context_tokens(tokens)

        return self.context.tasks.run(update(), name="chat-document-budget")

    def _models_changed(self, _models: object) -> None:
        self.tab.composer.documents.set_embedder_check(
            lambda: self.service is not None and self.service.embedding_model() is not None
        )
        if not self._resumed and self.service is not None and self.context.chat_store is not None:
            self._resumed = True
            self.resume_task = self.context.tasks.run(
                self.service.resume_unfinished(), name="documents-resume"
            )
