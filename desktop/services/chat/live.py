"""The reply being written, and how its stream is read: small pieces of
:class:`~desktop.services.chat.session.ChatSession` that hold no session state."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from desktop.services.chat.events import ReplyPhase
from desktop.storage.records import Message
from desktop.storage.reply_writer import ReplyWriter


@dataclass(slots=True)
class LiveReply:
    """The reply being written now, with all its text so far (saved or not yet)."""

    message_id: int
    phase: ReplyPhase
    writer: ReplyWriter

    @property
    def content(self) -> str:
        return self.writer.content

    @property
    def thinking(self) -> str:
        return self.writer.thinking


def as_held(reply: Message, writer: ReplyWriter) -> Message:
    """The reply as the session holds it at its end (saved, or still to be saved)."""
    end = writer.last_save
    fields: dict[str, Any] = {
        "content": writer.content,
        "thinking": writer.thinking,
        "thinking_duration": writer.thinking_duration,
        "state": writer.state,
    }
    if end is not None and end.state is not None:
        fields["error"] = end.error or ""
        fields["done_reason"] = end.done_reason
        if end.stats is not None:
            fields["stats"] = end.stats
    return dataclasses.replace(reply, **fields)


async def batches(stream: Any) -> AsyncIterator[list[Any]]:
    """The stream's chunks a run at a time: a fast reply costs the loop one pass per run of
    chunks, not one per chunk. Streams without ``next_batch`` give runs of one."""
    next_batch = getattr(stream, "next_batch", None)
    if next_batch is None:
        async for chunk in stream:
            yield [chunk]
        return
    while True:
        try:
            batch = await next_batch()
        except StopAsyncIteration:
            return
        done = next((i for i, chunk in enumerate(batch) if chunk.done), None)
        yield batch if done is None else batch[: done + 1]
        if done is not None:
            return
