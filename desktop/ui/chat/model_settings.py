"""The Chat tab's model and settings: the installed models, the chat's model, what the model
can do (vision, thinking), and the chat's settings dialog.

Kept apart from the tab because it is the one place that asks the server about a model (its
facts and the server's version, off the GUI thread) and writes a chat's settings: shown at
once, written on the storage thread before any later send reads them. Texts keep the
``ChatTab`` translation context.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop import settings as options
from desktop.ollama.errors import OllamaError
from desktop.ollama.types import ModelInfo
from desktop.services.chat.model_facts import ModelFacts
from desktop.services.context import AppContext
from desktop.services.features import needed_version, supports
from desktop.services.topics import CONVERSATIONS

if TYPE_CHECKING:
    from desktop.ui.chat.options_dialog import ChatOptionsDialog, ChatSettings  # when opened
    from desktop.ui.chat.tab import ChatTab

log = logging.getLogger(__name__)


class ChatModelSettings:
    """The model and settings of the chat the tab shows (facts cached in ``tab.facts``, the
    server's version in ``tab.server_version``)."""

    def __init__(self, tab: ChatTab, context: AppContext) -> None:
        self.tab = tab
        self.context = context
        self._version_of = ""  # the server whose version tab.server_version is

    def forget_server(self) -> None:
        """Another server: its models and version are asked again."""
        self.tab.facts.forget()
        self._version_of = ""

    # --- models -------------------------------------------------------------------------------

    def set_installed_models(self, models: list[ModelInfo]) -> None:
        """The installed models changed (connected, downloaded, deleted, another server)."""
        tab = self.tab
        usable = [m for m in models if not m.capabilities or "completion" in m.capabilities]
        tab.installed = [model.name for model in usable]
        capabilities = {model.name: list(model.capabilities) for model in usable}
        tab.model_picker.set_models(tab.installed, capabilities)
        if tab.conversation is not None:
            if not tab.conversation.model and tab.installed:
                self._set_model(self.fallback_model())
            tab.model_picker.choose(tab.conversation.model)
        # Only a server that answered can say nothing is installed (a server switch empties
        # the list before the new server has said anything).
        tab.no_models.setVisible(not tab.installed and tab.installed_models.loaded)
        tab.facts.forget()
        if tab.conversation is not None:
            self.apply_model_facts(tab.conversation.model)

    def fallback_model(self) -> str:
        """The model of a chat that names none: the default one if installed, else the first."""
        tab = self.tab
        if tab.default_model and tab.default_model in tab.installed:
            return tab.default_model
        return tab.installed[0] if tab.installed else ""

    def use_model(self, name: str) -> None:
        """Make ``name`` the shown chat's model, in the picker and in the store."""
        tab = self.tab
        tab.model_picker.choose(name)
        if tab.conversation is not None and name != tab.conversation.model:
            self._set_model(name)

    def model_chosen(self, _index: int) -> None:
        tab = self.tab
        name = tab.model_picker.current_model()
        if name and tab.conversation is not None and name != tab.conversation.model:
            self._set_model(name)

    def _set_model(self, name: str) -> None:
        tab = self.tab
        if tab.store is None or tab.conversation is None:
            return
        tab.conversation = dataclasses.replace(tab.conversation, model=name)  # shown now
        self._save_settings(tab.conversation.id, model=name)
        self.apply_model_facts(name)

    def _save_settings(self, conversation_id: int, **changes: Any) -> None:
        """Write a chat's settings on the storage thread; the sidebar refreshes after it.

        A send right after reads them after this write (the storage thread keeps order)."""
        store = self.tab.store
        if store is None:
            return
        self.context.operations.run(
            lambda: store.conversations.update(conversation_id, **changes),
            changes=(CONVERSATIONS,),
        )

    def apply_model_facts(self, name: str) -> asyncio.Task[None] | None:
        """Show what the model can do: at once when known, else once the server has said.
        The chat's memory is read again too (the model, the server or the chat changed)."""
        self.tab.update_welcome()
        self.tab.memory.refresh()
        documents = getattr(self.tab, "documents", None)
        if documents is not None:
            documents.update_budget()
        known = self.tab.facts.known(name) if name else None
        if known is not None:
            self._show_facts(known)
            return None
        self.tab.composer.set_vision(False)
        if not name:
            return None
        return self.context.tasks.run(self._load_facts(name), name="chat-model-facts")

    async def _load_facts(self, name: str) -> None:
        tab = self.tab
        try:
            if self._version_of != self.context.ollama.base_url:
                tab.server_version = await self.context.ollama.version()
                self._version_of = self.context.ollama.base_url
            facts = await tab.facts.facts(name)
        except OllamaError as exc:
            log.info("no facts for %s: %s", name, exc.detail or exc.message)
            return
        tab.model_picker.set_capabilities(name, list(facts.capabilities))
        tab.update_welcome()
        if tab.conversation is not None and tab.conversation.model == name:
            self._show_facts(facts)

    def _show_facts(self, facts: ModelFacts) -> None:
        self.tab.composer.set_vision(facts.can_see)

    # --- options ------------------------------------------------------------------------------

    def open_options(self) -> ChatOptionsDialog | None:
        from desktop.ui.chat.options_dialog import ChatOptionsDialog

        tab = self.tab
        conversation = tab.conversation
        if conversation is None:
            return None
        facts = tab.facts.known(conversation.model) or ModelFacts(conversation.model)
        too_old = facts.can_think and not supports("thinking", tab.server_version)
        dialog = ChatOptionsDialog(
            conversation,
            facts.defaults,
            can_think=facts.can_think and not too_old,
            think_note=QCoreApplication.translate(
                "ChatTab",
                "Thinking needs Ollama {needed} or newer; this server runs {version}. "
                "Update Ollama to use it.",
            ).format(needed=needed_version("thinking"), version=tab.server_version)
            if too_old
            else "",
            model_system=facts.system,
            technical=self.technical_details(),
            parent=tab,
        )
        conversation_id = conversation.id
        dialog.applied.connect(lambda chosen: tab.apply_settings(conversation_id, chosen))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def technical_details(self) -> bool:
        """Settings → Show technical details: read as the dialog opens (it is modal)."""
        settings = self.context.settings
        return bool(settings is not None and settings.get(options.TECHNICAL_DETAILS))

    def apply_settings(self, conversation_id: int, chosen: ChatSettings) -> None:
        tab = self.tab
        changes = {
            "system_prompt": chosen.system_prompt,
            "options": chosen.options,
            "think": chosen.think,
            "keep_alive": chosen.keep_alive,
        }
        if tab.conversation is not None and tab.conversation.id == conversation_id:
            tab.conversation = dataclasses.replace(tab.conversation, **changes)
            documents = getattr(tab, "documents", None)
            if documents is not None:  # a new num_ctx changes what documents would take
                documents.update_budget()
        self._save_settings(conversation_id, **changes)
