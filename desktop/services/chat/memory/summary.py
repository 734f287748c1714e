"""Summarize and continue: the model writes a summary of the chat so far, and a new chat
starts from it, the two linked to each other.

The summary goes into the new chat's system prompt (after the chat's own), because Ollama
never drops a system message when it cuts a chat to fit: the summary stays in mind however
long the new chat grows. A chat too long for the model is summarized from what the model can
see (the server drops the oldest part as it would for any reply).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from desktop.i18n import translate
from desktop.storage.records import Conversation
from desktop.storage.store import ChatStore

SUMMARY_INSTRUCTION = (
    "Summarize our conversation so far for a fresh start: the facts, names, numbers, "
    "decisions and open questions someone needs to carry on. Write it as short notes, in "
    "the language of the conversation. Reply with the summary only."
)


class StreamingClient(Protocol):
    def chat(self, model: str, messages: Sequence[Any], **fields: Any) -> Any: ...


def summary_messages(messages: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The chat as sent (system prompt, messages, images) and the request for a summary."""
    return [*messages, {"role": "user", "content": SUMMARY_INSTRUCTION}]


async def write_summary(
    client: StreamingClient,
    conversation: Conversation,
    messages: Sequence[dict[str, Any]],
    on_progress: Callable[[int], None],
) -> str:
    """Stream the model's summary; ``on_progress(characters so far)``. Cancel the task to
    stop (the connection closes). Raises ``OllamaError`` when the server fails."""
    fields: dict[str, Any] = {"think": False}
    if conversation.options:
        fields["options"] = dict(conversation.options)
    if conversation.keep_alive is not None:
        fields["keep_alive"] = conversation.keep_alive
    parts: list[str] = []
    received = 0
    stream = client.chat(conversation.model, summary_messages(messages), **fields)
    async with stream:
        async for chunk in stream:
            text = chunk.message.content or ""
            if text:
                parts.append(text)
                received += len(text)
                on_progress(received)
            if chunk.done:
                break
    return "".join(parts).strip()


def continuation_system_prompt(source: Conversation, summary: str) -> str:
    lead = translate("Chat", "A summary of the earlier chat this one continues:")
    own = source.system_prompt.strip()
    return f"{own}\n\n{lead}\n{summary}" if own else f"{lead}\n{summary}"


def start_continuation(store: ChatStore, source_id: int, summary: str) -> Conversation:
    """Storage thread: the new chat (same model and settings, the summary in its system
    prompt), linked both ways with its source."""
    source = store.conversations.get(source_id)
    if source is None:
        raise LookupError(f"no conversation {source_id}")
    title = translate("Chat", "{title} (continued)").format(
        title=source.title or translate("Chat", "Chat")
    )
    with store.database.transaction():
        created = store.conversations.create(
            model=source.model,
            system_prompt=continuation_system_prompt(source, summary),
            options=dict(source.options),
            think=source.think,
            keep_alive=source.keep_alive,
            title=title,
        )
        store.memory.link(source_id, created.id)
    return created
