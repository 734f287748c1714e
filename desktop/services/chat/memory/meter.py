"""One reading of a chat's memory for the view: how full it is, of what, and what to offer.

``ChatMemory`` asks the server what it needs (``/api/show`` once per model and server,
``/api/ps`` at each reading, the version once per server) and reads the chat on the storage
thread; ``MemoryReading.with_draft`` adds the text being typed without asking again, so the
view can follow every keystroke.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol
from urllib.parse import urlparse

from desktop.ollama.errors import OllamaError
from desktop.ollama.types import RunningModel, ShowResponse
from desktop.services.chat.memory.budget import (
    BudgetSource,
    ContextBudget,
    accepts_truncate,
    effective_context,
)
from desktop.services.chat.memory.estimate import (
    ChatCount,
    Exchange,
    chars_per_token,
    count_chat,
    message_tokens,
)
from desktop.services.chat.memory.kv_memory import (
    CacheShape,
    Enlargement,
    cache_shape,
    free_memory_bytes,
    plan_enlargement,
)
from desktop.services.chat.request import _is_empty_failure, build_request
from desktop.storage.memory_notes import MemoryNotes
from desktop.storage.records import Conversation, Message
from desktop.storage.store import ChatStore

log = logging.getLogger(__name__)

LOOPBACK = {"localhost", "127.0.0.1", "::1", "0.0.0.0"}


class MemoryClient(Protocol):
    base_url: str

    def show(self, model: str) -> Awaitable[ShowResponse]: ...
    def running_models(self) -> Awaitable[list[RunningModel]]: ...
    def version(self) -> Awaitable[str]: ...


class Runner(Protocol):
    async def call(self, fn: Callable[..., Any], *args: Any) -> Any: ...


@dataclass(frozen=True, slots=True)
class ModelMemoryFacts:
    trained: int | None = None
    model_num_ctx: int | None = None
    shape: CacheShape | None = None


@dataclass(frozen=True, slots=True)
class ChatHistory:
    """The chat as the next request would carry it, read on the storage thread."""

    conversation: Conversation
    messages: list[dict[str, Any]]
    exchanges: list[Exchange]
    reply_ids: list[int]  # the message id of each exchange
    notes: MemoryNotes


@dataclass(frozen=True, slots=True)
class MemoryReading:
    """``used`` of ``budget.tokens``; ``history_used`` without the draft."""

    model: str
    budget: ContextBudget
    history_used: int
    used: int
    scale: float  # tokens per tokenizer-shaped unit, learned from this chat
    chars_per_token: float | None
    calibrated: bool
    cut_reply_ids: tuple[int, ...] = ()
    last_reply_cut: bool = False
    continue_anyway: bool = False
    continued_from: int | None = None
    continued_in: int | None = None
    loaded: bool = False
    facts: ModelMemoryFacts = field(default_factory=ModelMemoryFacts)

    @property
    def limit(self) -> int:
        return self.budget.tokens

    @property
    def fraction(self) -> float:
        return self.used / self.limit if self.limit else 0.0

    @property
    def percent(self) -> int:
        return min(999, math.floor(self.fraction * 100 + 0.5))

    @property
    def overflows(self) -> bool:
        return self.used > self.limit

    @property
    def should_warn(self) -> bool:
        """The next send would make the model forget the beginning (and nobody said go on)."""
        return self.overflows and not self.continue_anyway

    def with_draft(self, text: str, images: int = 0) -> MemoryReading:
        """The reading if ``text`` (and ``images``) were sent now."""
        if not text.strip() and not images:
            return replace(self, used=self.history_used)
        draft = {"role": "user", "content": text, "images": [b""] * images}
        return replace(self, used=self.history_used + message_tokens(draft, self.scale))


def read_history(store: ChatStore, conversation_id: int) -> ChatHistory:
    """Storage thread: the chat's path as request messages, its replies' reports, its notes."""
    thread = store.messages.thread(conversation_id)
    if thread is None:
        raise LookupError(f"no conversation {conversation_id}")
    return history_of(thread.conversation, thread.messages, store.memory.get(conversation_id))


def history_of(
    conversation: Conversation, path: Sequence[Message], notes: MemoryNotes
) -> ChatHistory:
    request = build_request(conversation, path, lambda _id: b"")
    messages = request.messages
    exchanges: list[Exchange] = []
    reply_ids: list[int] = []
    index = 1 if conversation.system_prompt.strip() else 0
    for message in path:
        if _is_empty_failure(message):
            continue
        if message.role == "assistant" and message.stats.prompt_eval_count:
            exchanges.append(
                Exchange(
                    request_end=index,
                    prompt_eval_count=message.stats.prompt_eval_count,
                    eval_count=message.stats.eval_count,
                    has_thinking=bool(message.thinking),
                )
            )
            reply_ids.append(message.id)
        index += 1
    return ChatHistory(conversation, messages, exchanges, reply_ids, notes)


def reading_of(
    history: ChatHistory,
    budget: ContextBudget,
    *,
    facts: ModelMemoryFacts | None = None,
    loaded: bool = False,
) -> MemoryReading:
    count: ChatCount = count_chat(history.messages, history.exchanges, budget.tokens)
    cut_ids = tuple(history.reply_ids[i] for i in count.cut)
    last_cut = bool(history.reply_ids) and bool(cut_ids) and cut_ids[-1] == history.reply_ids[-1]
    notes = history.notes
    return MemoryReading(
        model=history.conversation.model,
        budget=budget,
        history_used=count.tokens,
        used=count.tokens,
        scale=count.scale,
        chars_per_token=chars_per_token(history.messages, count.scale),
        calibrated=count.calibrated,
        cut_reply_ids=cut_ids,
        last_reply_cut=last_cut,
        continue_anyway=notes.continue_anyway,
        continued_from=notes.continued_from,
        continued_in=notes.continued_in,
        loaded=loaded,
        facts=facts or ModelMemoryFacts(),
    )


class ChatMemory:
    """Readings of chats' memory; facts about models cached per server."""

    def __init__(self, client: Callable[[], MemoryClient], operations: Runner) -> None:
        self._client = client
        self._operations = operations
        self._server = ""
        self._facts: dict[str, ModelMemoryFacts] = {}
        self._version: str | None = None

    def forget(self) -> None:
        """Another server, or a model re-created: ask again."""
        self._facts.clear()
        self._version = None
        self._server = ""

    async def read(self, store: ChatStore, conversation_id: int) -> MemoryReading:
        """The chat's reading: the server asked first, then the chat read and counted on the
        storage thread (a long chat's text is scanned there, never on the GUI thread)."""
        model = await self._operations.call(_model_of, store, conversation_id)
        facts, loaded_ctx = await self.model_facts(model)
        version = self._version

        def count() -> MemoryReading:
            history = read_history(store, conversation_id)
            budget = effective_context(
                chat_num_ctx=history.conversation.options.get("num_ctx"),
                loaded=loaded_ctx if history.conversation.model == model else None,
                model_num_ctx=facts.model_num_ctx,
                server_version=version,
                trained=facts.trained,
            )
            return reading_of(history, budget, facts=facts, loaded=loaded_ctx is not None)

        reading: MemoryReading = await self._operations.call(count)
        return reading

    async def model_facts(self, model: str) -> tuple[ModelMemoryFacts, int | None]:
        """What ``/api/show`` says (cached) and the context it is loaded with now (or None)."""
        client = self._client()
        if client.base_url != self._server:
            self.forget()
            self._server = client.base_url
        if not model:
            return ModelMemoryFacts(), None
        if self._version is None:
            try:
                self._version = await client.version()
            except OllamaError as exc:
                log.info("no server version for the memory meter: %s", exc.detail or exc.message)
        facts = self._facts.get(model)
        if facts is None and model:
            try:
                shown = await client.show(model)
                facts = ModelMemoryFacts(
                    trained=shown.context_length,
                    model_num_ctx=_num_ctx_parameter(shown),
                    shape=cache_shape(shown.model_info),
                )
                self._facts[model] = facts
            except OllamaError as exc:
                log.info("no memory facts for %s: %s", model, exc.detail or exc.message)
        loaded_ctx = None
        try:
            for running in await client.running_models():
                if _same_model(running.name, model):
                    loaded_ctx = running.context_length or None
                    break
        except OllamaError as exc:
            log.info("no loaded models for the memory meter: %s", exc.detail or exc.message)
        return facts or ModelMemoryFacts(), loaded_ctx

    async def plan_more(
        self, reading: MemoryReading, *, weights_bytes: int | None = None
    ) -> Enlargement:
        """What "Remember more" would do for this reading; ``weights_bytes`` (the model's size)
        counts when it is not loaded. Free memory is read off the GUI thread."""
        free = None
        if self._is_local():
            free = await self._operations.call(free_memory_bytes)
        return plan_enlargement(
            needed_tokens=max(reading.used, reading.history_used),
            current=reading.limit,
            trained=reading.facts.trained,
            shape=reading.facts.shape,
            weights_bytes=weights_bytes,
            loaded=reading.loaded,
            free_bytes=free,
        )

    @property
    def refuses_overflow(self) -> bool:
        """The server (as last asked) can refuse an overflowing chat instead of cutting it."""
        same_server = self._server == self._client().base_url
        return same_server and accepts_truncate(self._version)

    def _is_local(self) -> bool:
        host = urlparse(self._client().base_url).hostname or ""
        return host in LOOPBACK


def _model_of(store: ChatStore, conversation_id: int) -> str:
    conversation = store.conversations.get(conversation_id)
    if conversation is None:
        raise LookupError(f"no conversation {conversation_id}")
    return conversation.model


def _num_ctx_parameter(shown: ShowResponse) -> int | None:
    values = shown.parameter_values().get("num_ctx")
    if not values:
        return None
    try:
        return int(values[-1])
    except ValueError:
        return None


def _same_model(a: str, b: str) -> bool:
    def key(name: str) -> str:
        name = name.lower()
        return name if ":" in name.rsplit("/", 1)[-1] else name + ":latest"

    return bool(a and b) and key(a) == key(b)


__all__ = ["BudgetSource", "ChatMemory", "MemoryReading", "reading_of"]
