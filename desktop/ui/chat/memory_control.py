"""The chat's memory on screen: the meter in the header, the warning above the composer, and
what their buttons do. Texts keep the ``ChatMemory`` translation context.

Readings come from :class:`~desktop.services.chat.memory.meter.ChatMemory` (the server and the
store are asked off the GUI thread); the text being typed is added on every keystroke without
asking again. A reading is taken when a chat is shown, its model or settings change, the
server changes, a reply ends or the path changes.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from desktop import formats
from desktop.ollama.errors import OllamaError, RequestRejected
from desktop.services.chat.memory.kv_memory import Enlargement
from desktop.services.chat.memory.meter import ChatMemory, MemoryReading, read_history
from desktop.services.chat.memory.summary import start_continuation, write_summary
from desktop.services.context import AppContext
from desktop.services.operations import OperationsClosed
from desktop.services.topics import CONVERSATIONS
from desktop.storage.database import StorageError
from desktop.storage.records import MessageState
from desktop.ui.chat.memory_meter import MemoryMeter, model_short_name
from desktop.ui.chat.memory_warning import MemoryWarning

if TYPE_CHECKING:
    from desktop.ui.chat.tab import ChatTab

log = logging.getLogger(__name__)


class ChatMemoryControl:
    def __init__(self, tab: ChatTab, context: AppContext) -> None:
        self.tab = tab
        self.context = context
        self.memory: ChatMemory | None = context.chat_memory
        self.meter = MemoryMeter()
        self.warning = MemoryWarning()
        self.link = QPushButton()
        self.link.setObjectName("chatMemoryLink")
        self.link.setAccessibleName(
            QCoreApplication.translate("ChatMemory", "Open the linked chat")
        )
        self.link.setFlat(True)
        self.link.hide()
        self.link.clicked.connect(self._follow_link)
        self._link_target: int | None = None
        self.reading: MemoryReading | None = None  # the chat without the draft
        self.shown: MemoryReading | None = None  # with the draft
        self.plan: Enlargement | None = None
        self._generation = 0
        self.refresh_task: asyncio.Task[None] | None = None
        self.plan_task: asyncio.Task[None] | None = None
        self.summary_task: asyncio.Task[int | None] | None = None
        self.summarizing = False
        self.refused_reply_id: int | None = None  # a reply the server refused (too long)
        self.warning.remember_more.connect(self.remember_more)
        self.warning.summarize.connect(self.summarize)
        self.warning.continue_anyway.connect(self.continue_anyway)
        self.warning.cancel_summary.connect(self.cancel_summary)

    # --- readings -----------------------------------------------------------------------------

    def set_technical(self, technical: bool) -> None:
        self.meter.technical = technical
        self.meter.show_reading(self.shown)

    def forget_server(self) -> None:
        if self.memory is not None:
            self.memory.forget()

    def refresh(self) -> asyncio.Task[None] | None:
        """Take a new reading of the chat shown (off the GUI thread)."""
        tab = self.tab
        self._generation += 1
        if tab.is_shut_down:
            return None
        if getattr(self.context.ollama, "made", True) is False:
            return None  # the window has not put its client in place yet: asked once it has
        if self.memory is None or tab.store is None or tab.conversation is None:
            self.reading = self.shown = None
            self.meter.show_reading(None)
            self.warning.hide_warning()
            return None
        self.refresh_task = self.context.tasks.run(
            self._read(self.memory, tab.conversation.id, self._generation), name="chat-memory"
        )
        return self.refresh_task

    async def _read(self, memory: ChatMemory, conversation_id: int, generation: int) -> None:
        store = self.tab.store
        assert store is not None
        try:
            reading = await memory.read(store, conversation_id)
        except (OllamaError, StorageError, LookupError, OperationsClosed) as exc:
            log.info("no memory reading for chat %d: %s", conversation_id, exc)
            return
        if generation != self._generation or not self.tab.is_current(conversation_id):
            return
        self.reading = reading
        self._mark_cut_replies(reading.cut_reply_ids)
        self.refused_reply_id = self._refused_reply(conversation_id)
        self._show_link(reading)
        self.draft_changed()

    def _mark_cut_replies(self, reply_ids: Sequence[int]) -> None:
        """Replies written without the start of the chat say so under them."""
        marked = self.tab.message_context.forgot_start
        changed = marked.symmetric_difference(reply_ids)
        if changed:
            marked.clear()
            marked.update(reply_ids)
            self.tab.transcript.redraw(changed)

    def _refused_reply(self, conversation_id: int) -> int | None:
        """The chat's last reply, when the server refused it as longer than the memory."""
        adapter = self.tab.adapters.get(conversation_id)
        error = adapter.last_error if adapter is not None else None
        if not (isinstance(error, RequestRejected) and error.context_overflow):
            return None
        shown = self.tab.transcript.messages
        last = shown[-1] if shown else None
        if last is None or last.role != "assistant" or last.state is not MessageState.ERROR:
            return None
        return last.id

    def prepare_send(self, session: Any) -> None:
        """Before a send: when the estimate says the chat fits, ask a server that can to
        refuse it if it does not (``truncate: false``) rather than silently forget. Not while
        a reading is still on its way (the one shown may predate the last reply)."""
        shown = self.shown
        fresh = self.refresh_task is None or self.refresh_task.done()
        session.refuse_overflow = bool(
            fresh
            and self.memory is not None
            and self.memory.refuses_overflow
            and shown is not None
            and not shown.should_warn
            and not shown.continue_anyway
        )
        if not fresh and self.refresh_task is not None:
            # The reply's end takes a new reading; this one would only compete with the
            # message's save and the stream for the storage thread.
            self.refresh_task.cancel()

    def shutdown(self) -> None:
        """The tab is closing: readings, plans and a summary being written stop."""
        for task in (self.refresh_task, self.plan_task, self.summary_task):
            if task is not None and not task.done():
                task.cancel()

    def draft_changed(self) -> None:
        """The composer's text or images changed: the meter and warning follow at once."""
        if self.reading is None or self.tab.is_shut_down:
            return
        composer = self.tab.composer
        editing = composer.editing_id is not None
        text = "" if editing else composer.text
        images = 0 if editing else len(composer.images.images)
        self.shown = self.reading.with_draft(text, images)
        self.meter.show_reading(self.shown)
        self._update_warning(self.shown)

    def _update_warning(self, shown: MemoryReading) -> None:
        if self.summarizing:
            return
        model = model_short_name(shown.model)
        if self.refused_reply_id is not None:
            if self.warning.kind != "refused" or self.warning.cut_reply_id != self.refused_reply_id:
                self.warning.show_refused(model, self.refused_reply_id)
                self._plan(shown)
        elif shown.last_reply_cut and not shown.continue_anyway:
            reply_id = shown.cut_reply_ids[-1]
            if self.warning.kind != "after" or self.warning.cut_reply_id != reply_id:
                self.warning.show_after_cut(model, reply_id, offer_continue=True)
                self._plan(shown)
        elif shown.should_warn:
            if self.warning.kind != "before":
                self.warning.show_before_send(model)
                self._plan(shown)
        else:
            self.warning.hide_warning()

    # --- remember more --------------------------------------------------------------------------

    def _plan(self, reading: MemoryReading) -> None:
        memory = self.memory
        if memory is None:
            return
        self.plan = None
        weights = next(
            (m.size for m in self.tab.installed_models.models if m.name == reading.model), None
        )

        async def plan() -> None:
            try:
                found = await memory.plan_more(reading, weights_bytes=weights)
            except OperationsClosed:
                return
            if self.warning.kind:
                self.plan = found
                self._show_plan(reading, found)

        self.plan_task = self.context.tasks.run(plan(), name="chat-memory-plan")

    def _show_plan(self, reading: MemoryReading, plan: Enlargement) -> None:
        model = model_short_name(reading.model)
        size = formats.context_words(plan.new_size)
        if plan.refused == "too_long":
            self.warning.remember_button.setEnabled(False)
            self.warning.show_detail(
                QCoreApplication.translate(
                    "ChatMemory",
                    "{model} can keep at most {size} in mind, and this chat needs more. "
                    "Summarize and continue instead.",
                ).format(model=model, size=size),
                problem=True,
            )
            return
        if plan.refused == "no_memory":
            self.warning.remember_button.setEnabled(False)
            self.warning.show_detail(
                QCoreApplication.translate(
                    "ChatMemory",
                    "Remembering {size} needs about {extra} more memory, but this computer has "
                    "{free} free. Summarize and continue instead, or close other programs.",
                ).format(
                    size=size,
                    extra=formats.human_size(plan.extra_bytes or 0),
                    free=formats.human_size(plan.free_bytes or 0),
                ),
                problem=True,
            )
            return
        self.warning.remember_button.setEnabled(True)
        parts = [self._more_words(model, reading.limit, plan.new_size, size)]
        if plan.extra_bytes is not None and plan.free_bytes is not None:
            parts.append(
                QCoreApplication.translate(
                    "ChatMemory",
                    "It needs about {extra} more memory; this computer has {free} free.",
                ).format(
                    extra=formats.human_size(plan.extra_bytes),
                    free=formats.human_size(plan.free_bytes),
                )
            )
        elif plan.extra_bytes is not None:
            parts.append(
                QCoreApplication.translate(
                    "ChatMemory", "It needs about {extra} more memory on the server."
                ).format(extra=formats.human_size(plan.extra_bytes))
            )
        if plan.capped_by_training:
            parts.append(
                QCoreApplication.translate(
                    "ChatMemory", "That is the most this model was trained for."
                )
            )
        parts.append(
            QCoreApplication.translate("ChatMemory", "The model reloads with your next message.")
        )
        self.warning.show_detail(" ".join(parts))

    def _more_words(self, model: str, old: int, new: int, size: str) -> str:
        """What Remember more gives, in plain words (the size in tokens with technical
        details on)."""
        if self.meter.technical:
            return QCoreApplication.translate(
                "ChatMemory", "Remember more: {size} for this chat."
            ).format(size=size)
        factor = round(new / old) if old else 0
        if factor == 2:
            return QCoreApplication.translate(
                "ChatMemory", "Remember more: {model} keeps twice as much of this chat in mind."
            ).format(model=model)
        if factor > 2:
            return QCoreApplication.translate(
                "ChatMemory",
                "Remember more: {model} keeps {factor} times as much of this chat in mind.",
            ).format(model=model, factor=factor)
        return QCoreApplication.translate(
            "ChatMemory", "Remember more: {model} keeps more of this chat in mind."
        ).format(model=model)

    def remember_more(self) -> asyncio.Task[None] | None:
        """Raise this chat's ``num_ctx`` to the planned size (planned now if not yet)."""
        reading = self.shown
        memory = self.memory
        tab = self.tab
        if reading is None or memory is None or tab.conversation is None or tab.store is None:
            return None
        conversation = tab.conversation
        store = tab.store

        async def apply() -> None:
            plan = self.plan
            if plan is None:
                plan = await memory.plan_more(reading)
            if not plan.possible:
                self._show_plan(reading, plan)
                return
            options = dict(conversation.options, num_ctx=plan.new_size)
            if tab.is_current(conversation.id):
                tab.conversation = dataclasses.replace(tab.conversation, options=options)
            await self.context.operations.call(
                lambda: store.conversations.update(conversation.id, options=options)
            )
            self.context.operations.notify(CONVERSATIONS)
            tab.show_notice(
                QCoreApplication.translate(
                    "ChatMemory",
                    "{model} now keeps up to {size} of this chat in mind. It reloads with your "
                    "next message.",
                ).format(
                    model=model_short_name(reading.model),
                    size=formats.context_words(plan.new_size),
                ),
                problem=False,
            )
            self.warning.hide_warning()
            self._answer_refused(conversation.id)
            refreshed = self.refresh()
            if refreshed is not None:
                await refreshed

        return self.context.tasks.run(apply(), name="chat-memory-more")

    def _answer_refused(self, conversation_id: int) -> None:
        """The server refused the last reply: ask for it again, now that the user chose."""
        reply_id, self.refused_reply_id = self.refused_reply_id, None
        if reply_id is None or not self.tab.is_current(conversation_id):
            return
        adapter = self.tab.sessions.adapter(conversation_id)
        if not adapter.busy:
            adapter.session.refuse_overflow = False
            adapter.regenerate(reply_id)

    # --- continue anyway ------------------------------------------------------------------------

    def continue_anyway(self) -> asyncio.Task[Any] | None:
        tab = self.tab
        store = tab.store
        if tab.conversation is None or store is None:
            return None
        conversation_id = tab.conversation.id
        self.warning.hide_warning()
        if self.reading is not None:
            self.reading = dataclasses.replace(self.reading, continue_anyway=True)
        self._answer_refused(conversation_id)

        async def remember() -> None:
            await self.context.operations.call(store.memory.set_continue_anyway, conversation_id)

        return self.context.tasks.run(remember(), name="chat-memory-continue")

    # --- summarize and continue -----------------------------------------------------------------

    def summarize(self) -> asyncio.Task[int | None] | None:
        tab = self.tab
        store = tab.store
        if tab.conversation is None or store is None:
            return None
        if self.summary_task is not None and not self.summary_task.done():
            return self.summary_task
        source_id = tab.conversation.id
        self.summarizing = True
        self.warning.show_summary_progress(0)

        async def run() -> int | None:
            history = await self.context.operations.call(read_history, store, source_id)
            try:
                summary = await write_summary(
                    self.context.ollama,
                    history.conversation,
                    history.messages,
                    self.warning.show_summary_progress,
                )
            except asyncio.CancelledError:
                self._summary_ended(
                    QCoreApplication.translate(
                        "ChatMemory", "The summary was cancelled; this chat is unchanged."
                    ),
                    problem=False,
                )
                raise
            except OllamaError as exc:
                log.info("no summary: %s (%s)", exc.message, exc.detail)
                self._summary_ended(
                    QCoreApplication.translate(
                        "ChatMemory", "The summary could not be written: {reason}"
                    ).format(reason=exc.message)
                )
                return None
            if not summary:
                self._summary_ended(
                    QCoreApplication.translate(
                        "ChatMemory", "The model wrote no summary. Try again, or continue."
                    )
                )
                return None
            created = await self.context.operations.call(
                start_continuation, store, source_id, summary
            )
            self.context.operations.notify(CONVERSATIONS)
            self.summarizing = False
            self.warning.hide_warning()
            opened = tab.open_conversation(created.id)
            if opened is not None:
                await opened
            return created.id

        self.summary_task = self.context.tasks.run(run(), name="chat-memory-summary")
        return self.summary_task

    def cancel_summary(self) -> None:
        if self.summary_task is not None and not self.summary_task.done():
            self.summary_task.cancel()

    def _summary_ended(self, text: str, *, problem: bool = True) -> None:
        """No summary: the choices come back, and the notice line says why."""
        self.summarizing = False
        self.warning.kind = ""
        if self.shown is not None:
            self._update_warning(self.shown)
        self.tab.show_notice(text, problem=problem)

    # --- links between a chat and its continuation ----------------------------------------------

    def _show_link(self, reading: MemoryReading) -> None:
        if reading.continued_in is not None:
            self._link_target = reading.continued_in
            self.link.setText(QCoreApplication.translate("ChatMemory", "Continued in a new chat →"))
        elif reading.continued_from is not None:
            self._link_target = reading.continued_from
            self.link.setText(
                QCoreApplication.translate("ChatMemory", "← Continues an earlier chat")
            )
        else:
            self._link_target = None
        self.link.setVisible(self._link_target is not None)

    def _follow_link(self) -> None:
        if self._link_target is not None:
            self.tab.open_conversation(self._link_target)
