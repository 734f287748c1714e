"""One conversation out and back in: Markdown for reading, JSON for moving between machines.

The JSON keeps everything (every version, which one is shown, options, figures, images as
base64 — fine in a file, never in the database); importing it creates a new conversation with
new ids, so importing twice gives two copies rather than a clash. The Markdown shows the visible
path only, as a person would read it.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.errors import PaddockError
from desktop.i18n import translate
from desktop.storage.database import StorageError, StorageFull
from desktop.storage.json_steps import loads_in_steps, read_text
from desktop.storage.records import (
    DocumentInfo,
    DocumentMode,
    DocumentState,
    MessageState,
    NewDocument,
    NewPassage,
    ReplyStats,
    Source,
    TitleSource,
)

if TYPE_CHECKING:
    from desktop.storage.store import ChatStore

FORMAT = "paddock.conversation"
FORMAT_VERSION = 1
ROLES = ("system", "user", "assistant", "tool")
PROGRESS_EVERY = 50  # messages between two progress reports, at least

Progress = Callable[[int, int], None]


class ImportFailed(PaddockError):
    """The chat could not be imported (a file Paddock can't read, or no room to save it);
    nothing was changed. ``message`` is plain words."""


# --- JSON -----------------------------------------------------------------------------------


def export_json(store: ChatStore, conversation_id: int) -> dict[str, Any]:
    conversation = store.conversations.get(conversation_id)
    if conversation is None:
        raise KeyError(conversation_id)
    messages = []
    for message in store.messages.all_in(conversation_id):
        messages.append(
            {
                "id": message.id,
                "parent_id": message.parent_id,
                "selected": message.selected,
                "role": message.role,
                "content": message.content,
                "thinking": message.thinking,
                "thinking_duration": message.thinking_duration,
                "model": message.model,
                "options": message.options,
                "state": message.state.value,
                "error": message.error,
                "done_reason": message.done_reason,
                "stats": {
                    name: getattr(message.stats, name)
                    for name in ReplyStats.__slots__
                    if getattr(message.stats, name) is not None
                },
                "created_at": message.created_at,
                "attachments": [
                    {
                        "mime_type": info.mime_type,
                        "name": info.name,
                        "data": base64.b64encode(store.attachments.data(info.id)).decode("ascii"),
                    }
                    for info in message.attachments
                ],
                "documents": [_export_document(store, info) for info in message.documents],
                "sources": [
                    {
                        "document_name": source.document_name,
                        "page": source.page,
                        "heading": source.heading,
                        "text": source.text,
                    }
                    for source in message.sources
                ],
            }
        )
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "conversation": {
            "title": conversation.title,
            "title_source": conversation.title_source.value,
            "model": conversation.model,
            "system_prompt": conversation.system_prompt,
            "options": conversation.options,
            "think": conversation.think,
            "keep_alive": conversation.keep_alive,
            "pinned": conversation.pinned,
            "created_at": conversation.created_at,
            "updated_at": conversation.updated_at,
            "draft": conversation.draft,
        },
        "messages": messages,
    }


def _export_document(store: ChatStore, info: DocumentInfo) -> dict[str, Any]:
    """A document with its text, its original (when kept) and its passages with vectors, so
    an imported chat needs no new embedding."""
    original = store.documents.original(info.id)
    vectors = dict(store.documents.vectors(info.id))
    return {
        "name": info.name,
        "kind": info.kind,
        "size": info.size,
        "page_count": info.page_count,
        "encoding": store.documents.encoding(info.id),
        "text": store.documents.text(info.id),
        "original": None if original is None else base64.b64encode(original).decode("ascii"),
        "mode": info.mode.value,
        "embed_model": info.embed_model,
        "passages": [
            {
                "index": passage.index,
                "page": passage.page,
                "heading": passage.heading,
                "text": passage.text,
                "vector": (
                    base64.b64encode(vectors[passage_id]).decode("ascii")
                    if passage_id in vectors
                    else None
                ),
            }
            for passage_id, passage in store.documents.passages(info.id)
        ],
    }


def read_chat_file(path: Path) -> Any:
    """The JSON in a chat file, refusing in specific words what JSON allows but no chat holds:
    nesting too deep to read, and numbers no database stores (NaN, Infinity, 1e999).
    Raises ``OSError``, ``ValueError`` for a file that is not JSON at all."""
    text = read_text(path)
    decoder = json.JSONDecoder(parse_constant=_no_constant, parse_float=_finite_float)
    try:
        return loads_in_steps(text, decoder)
    except RecursionError:
        raise ImportFailed(
            translate(
                "Storage",
                "{name} is nested too deeply to be a Paddock chat, so it could not be "
                "imported. Nothing was changed.",
            ).format(name=path.name)
        ) from None
    except _NotFinite as exc:
        raise ImportFailed(
            translate(
                "Storage",
                "{name} holds a number Paddock can't store (such as NaN or 1e999), so it could "
                "not be imported. Nothing was changed.",
            ).format(name=path.name),
            detail=str(exc),
        ) from None


class _NotFinite(Exception):
    pass


def _no_constant(name: str) -> Any:
    raise _NotFinite(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotFinite(text[:40])
    return value


def import_json(store: ChatStore, data: Any, progress: Progress | None = None) -> int:
    """Add the exported conversation as a new one; returns its id. All or nothing.
    ``progress(done, total)`` hears how many messages are in, now and then (this thread)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFailed(translate("Storage", "This file is not a chat exported from Paddock."))
    if not isinstance(data.get("format_version"), int) or data["format_version"] > FORMAT_VERSION:
        raise ImportFailed(
            translate(
                "Storage",
                "This chat was exported by a newer version of Paddock. "
                "Update Paddock to import it.",
            )
        )
    try:
        return _import(store, data, progress)
    except StorageFull as exc:
        raise ImportFailed(
            translate(
                "Storage",
                "The disk is full, so the chat could not be imported. Nothing was changed; "
                "free some space and try again.",
            ),
            detail=exc.detail,
        ) from exc
    except (StorageError, sqlite3.Error) as exc:  # read-only, locked, damaged
        if _read_only(exc):
            raise ImportFailed(
                translate(
                    "Storage",
                    "The chat could not be imported because the data folder {folder} can't be "
                    "written to. Nothing was changed; make the folder writable and try again.",
                ).format(folder=store.path.parent),
                detail=repr(exc),
            ) from exc
        raise ImportFailed(
            translate("Storage", "Paddock couldn't save the imported chat. Nothing was changed."),
            detail=getattr(exc, "detail", "") or repr(exc),
        ) from exc
    except _DuplicateId as exc:
        raise ImportFailed(
            translate(
                "Storage",
                "This chat file has two messages with the same id ({id}), so it could not be "
                "imported. Nothing was changed.",
            ).format(id=exc.args[0])
        ) from exc
    except (
        KeyError,
        TypeError,
        ValueError,
        AttributeError,
        OverflowError,
        RecursionError,
        binascii.Error,
    ) as exc:
        raise ImportFailed(
            translate(
                "Storage", "This chat file is damaged or incomplete, so it could not be imported."
            ),
            detail=repr(exc),
        ) from exc


def _import(store: ChatStore, data: dict[str, Any], progress: Progress | None) -> int:
    database = store.database
    source = data["conversation"]
    messages = data.get("messages") or []
    now = database.now()
    title_source = TitleSource(source.get("title_source") or "none")
    by_old_id: dict[int, dict[str, Any]] = {}
    for item in messages:
        old_id = int(item["id"])
        if old_id in by_old_id:  # which one would a child's parent_id mean? never guess
            raise _DuplicateId(old_id)
        by_old_id[old_id] = item
    with database.transaction():
        cursor = database.execute(
            "INSERT INTO conversations (title, title_source, model, system_prompt, options, "
            "think, keep_alive, pinned, created_at, updated_at, draft) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                str(source.get("title") or ""),
                title_source.value,
                str(source.get("model") or ""),
                str(source.get("system_prompt") or ""),
                _json(_mapping(source.get("options"))),
                _json_or_none(source.get("think")),
                _json_or_none(source.get("keep_alive")),
                int(bool(source.get("pinned"))),
                float(source.get("created_at") or now),
                float(source.get("updated_at") or now),
                str(source.get("draft") or ""),
            ),
        )
        conversation_id = int(cursor.lastrowid or 0)
        new_ids: dict[int, int] = {}
        total = len(by_old_id)
        step = max(PROGRESS_EVERY, total // 100)
        for done, old_id in enumerate(_parents_first(by_old_id), start=1):
            item = by_old_id[old_id]
            new_ids[old_id] = _insert_message(store, conversation_id, item, new_ids, now)
            if progress is not None and (done % step == 0 or done == total):
                progress(done, total)
    return conversation_id


class _DuplicateId(Exception):
    pass


def _read_only(error: BaseException) -> bool:
    """SQLite's "attempt to write a readonly database" (a read-only folder or file system)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == sqlite3.SQLITE_READONLY
    return "readonly" in str(error)


def _parents_first(by_old_id: dict[int, dict[str, Any]]) -> list[int]:
    """Ids ordered so every parent comes before its children; a missing parent is an error."""
    ordered: list[int] = []
    placed: set[int] = set()
    for start in sorted(by_old_id):
        chain: list[int] = []
        current: int | None = start
        while current is not None and current not in placed:
            if current in chain:
                raise ValueError(f"message {current} is its own ancestor")
            chain.append(current)
            parent = by_old_id[current].get("parent_id")
            if parent is not None and int(parent) not in by_old_id:
                raise ValueError(f"message {current} has a missing parent {parent}")
            current = None if parent is None else int(parent)
        for message_id in reversed(chain):
            placed.add(message_id)
            ordered.append(message_id)
    return ordered


def _insert_message(
    store: ChatStore,
    conversation_id: int,
    item: dict[str, Any],
    new_ids: dict[int, int],
    now: float,
) -> int:
    role = str(item["role"])
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    state = MessageState(item.get("state") or "complete")
    if state is MessageState.STREAMING:
        state = MessageState.INTERRUPTED
    parent = item.get("parent_id")
    stats = _mapping(item.get("stats"))
    figures = [_int_or_none(stats.get(name)) for name in ReplyStats.__slots__]
    duration = item.get("thinking_duration")
    cursor = store.database.execute(
        "INSERT INTO messages (conversation_id, parent_id, selected, role, content, thinking, "
        "thinking_duration, model, options, state, error, done_reason, prompt_eval_count, "
        "prompt_eval_duration, eval_count, eval_duration, total_duration, load_duration, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            conversation_id,
            None if parent is None else new_ids[int(parent)],
            int(bool(item.get("selected", True))),
            role,
            str(item.get("content") or ""),
            str(item.get("thinking") or ""),
            None if duration is None else float(duration),
            str(item.get("model") or ""),
            _json(_mapping(item.get("options"))),
            state.value,
            str(item.get("error") or ""),
            item.get("done_reason"),
            *figures,
            float(item.get("created_at") or now),
        ),
    )
    message_id = int(cursor.lastrowid or 0)
    for attachment in item.get("attachments") or []:
        data = base64.b64decode(str(attachment["data"]), validate=True)
        store.database.execute(
            "INSERT INTO attachments (message_id, mime_type, name, size, data) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                message_id,
                str(attachment.get("mime_type") or "application/octet-stream"),
                str(attachment.get("name") or ""),
                len(data),
                data,
            ),
        )
    for document in item.get("documents") or []:
        _import_document(store, message_id, _mapping(document))
    sources = [
        Source(
            str(source.get("document_name") or ""),
            _int_or_none(source.get("page")),
            str(source.get("heading") or ""),
            str(source.get("text") or ""),
        )
        for source in map(_mapping, item.get("sources") or [])
    ]
    if sources:
        store.documents.save_sources(message_id, sources)
    return message_id


def _import_document(store: ChatStore, message_id: int, item: dict[str, Any]) -> None:
    original = item.get("original")
    mode = DocumentMode(item.get("mode") or "whole")
    passages = [_mapping(p) for p in item.get("passages") or []]
    (document_id,) = store.documents.add(
        message_id,
        [
            NewDocument(
                name=str(item.get("name") or ""),
                kind=str(item.get("kind") or "text"),
                size=int(item.get("size") or 0),
                text=str(item.get("text") or ""),
                page_count=_int_or_none(item.get("page_count")),
                encoding=str(item.get("encoding") or ""),
                original=None
                if original is None
                else base64.b64decode(str(original), validate=True),
                mode=mode,
                passages=tuple(
                    NewPassage(
                        int(p.get("index") or 0),
                        str(p.get("text") or ""),
                        _int_or_none(p.get("page")),
                        str(p.get("heading") or ""),
                    )
                    for p in passages
                ),
            )
        ],
    )
    model = str(item.get("embed_model") or "")
    if mode is DocumentMode.PASSAGES and model:
        store.documents.start_embedding(document_id, model)
        ids = [passage_id for passage_id, _ in store.documents.passages(document_id)]
        vectors = [
            (passage_id, base64.b64decode(str(p["vector"]), validate=True))
            for passage_id, p in zip(ids, passages, strict=False)
            if p.get("vector")
        ]
        store.documents.set_vectors(vectors)
        if len(vectors) == len(ids):
            store.documents.set_state(document_id, DocumentState.READY)


def _mapping(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, got {type(value).__name__}")
    return value


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _json_or_none(value: Any) -> str | None:
    return None if value is None else _json(value)


def _int_or_none(value: Any) -> int | None:
    return None if value is None else int(value)


# --- Markdown -------------------------------------------------------------------------------


def export_markdown(store: ChatStore, conversation_id: int) -> str:
    thread = store.messages.thread(conversation_id)
    if thread is None:
        raise KeyError(conversation_id)
    conversation = thread.conversation
    title = _one_line(conversation.title) or translate("Export", "Chat")
    lines = [f"# {title}", ""]
    facts = []
    if conversation.model:
        facts.append(translate("Export", "Model: {model}").format(model=conversation.model))
    facts.append(translate("Export", "Started: {when}").format(when=_when(conversation.created_at)))
    lines += ["*" + " · ".join(facts) + "*", ""]
    if conversation.system_prompt.strip():
        heading = translate("Export", "System prompt")
        lines += [f"**{heading}**", "", _quote(conversation.system_prompt), ""]
    for message in thread.messages:
        lines += ["---", "", f"### {_speaker(message.role, message.model)}", ""]
        if message.thinking.strip():
            seconds = message.thinking_duration
            if seconds and seconds >= 1:
                heading = translate("Export", "Thinking ({seconds} s)").format(
                    seconds=f"{seconds:.0f}"
                )
            else:
                heading = translate("Export", "Thinking")
            lines += [_quote(f"**{heading}**\n\n{message.thinking.strip()}"), ""]
        if message.content:
            lines += [message.content.rstrip(), ""]
        for attachment in message.attachments:
            image = translate("Export", "[image: {name}]").format(
                name=attachment.name or attachment.mime_type
            )
            lines += [f"*{image}*", ""]
        for document in message.documents:
            named = translate("Export", "[document: {name}]").format(name=_one_line(document.name))
            lines += [f"*{named}*", ""]
        if message.sources:
            used = translate("Export", "Used: {sources}").format(
                sources=", ".join(
                    _one_line(source.document_name)
                    if source.page is None
                    else translate("Export", "{name} p. {page}").format(
                        name=_one_line(source.document_name), page=source.page
                    )
                    for source in message.sources
                )
            )
            lines += [f"*{used}*", ""]
        if message.state is MessageState.INTERRUPTED:
            stopped = translate("Export", "(The reply was stopped before it was finished.)")
            lines += [f"*{stopped}*", ""]
        elif message.state is MessageState.ERROR:
            failed = translate("Export", "(The reply failed: {error})").format(
                error=_one_line(message.error)
            )
            lines += [f"*{failed}*", ""]
    return "\n".join(lines).rstrip() + "\n"


def _speaker(role: str, model: str) -> str:
    if role == "user":
        return translate("Export", "You")
    if role == "assistant":
        if model:
            return translate("Export", "Assistant ({model})").format(model=model)
        return translate("Export", "Assistant")
    return role.capitalize()


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.strip().splitlines())


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _when(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M")


def dumps(data: dict[str, Any]) -> str:
    """The export as file text (UTF-8, readable)."""
    return json.dumps(data, ensure_ascii=False, indent=1)
