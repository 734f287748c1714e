"""The /api/chat request for a reply: system prompt, the history with its images, settings.

Only what the user changed is sent (``options`` with changed keys only, ``think`` and
``keep_alive`` when chosen), so the model's own Modelfile defaults apply to everything else.
Images go as bytes; the client base64-encodes them on the wire. Documents go as text
blocks before the text of the message they came with (``document_blocks``, made by the
documents service from storage): the stored message stays what the user typed, so a
regenerate or an edit builds them again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.storage.records import Conversation, Message, MessageState


@dataclass(slots=True)
class ChatRequest:
    model: str
    messages: list[dict[str, Any]]
    fields: dict[str, Any] = field(default_factory=dict)  # options, think, keep_alive


def build_request(
    conversation: Conversation,
    history: Sequence[Message],
    read_attachment: Callable[[int], bytes],
    *,
    model: str | None = None,
    document_blocks: Mapping[int, Sequence[str]] | None = None,
) -> ChatRequest:
    """The request that asks for a reply to ``history`` (oldest first, ending with the user's
    message). Replies that failed before writing anything are left out: they are not part of
    the conversation the model should see."""
    messages: list[dict[str, Any]] = []
    if conversation.system_prompt.strip():
        messages.append({"role": "system", "content": conversation.system_prompt})
    for message in history:
        if _is_empty_failure(message):
            continue
        blocks = (document_blocks or {}).get(message.id)
        content = message.content
        if blocks:
            content = "\n\n".join([*blocks, content]) if content else "\n\n".join(blocks)
        item: dict[str, Any] = {"role": message.role, "content": content}
        if message.attachments:
            item["images"] = [read_attachment(info.id) for info in message.attachments]
        messages.append(item)
    return ChatRequest(
        model=model or conversation.model,
        messages=messages,
        fields=request_fields(conversation),
    )


def request_fields(conversation: Conversation) -> dict[str, Any]:
    """``options``/``think``/``keep_alive`` as chosen for the conversation, nothing else."""
    fields: dict[str, Any] = {}
    if conversation.options:
        fields["options"] = dict(conversation.options)
    if conversation.think is not None:
        fields["think"] = conversation.think
    if conversation.keep_alive is not None:
        fields["keep_alive"] = conversation.keep_alive
    return fields


def _is_empty_failure(message: Message) -> bool:
    return (
        message.role == "assistant"
        and not message.content
        and message.state in (MessageState.ERROR, MessageState.INTERRUPTED)
    )
