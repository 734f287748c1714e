"""``DocumentService``: documents in chat, from the attached file to the blocks in a request.

- **Reading** (``read``): text extraction on the documents' own thread, cancellable.
- **Storing** (``for_storage``): a document that fits the chat's memory budget (see
  :mod:`budget`) is stored to be sent whole; a larger one is split into passages (keeping
  headings and page numbers) to be embedded.
- **Preparing a request** (``prepare``): whole documents become delimited, named blocks;
  large ones are embedded where vectors are missing (progress; cancelling the reply stops it,
  what was embedded stays) and the passages nearest the question are chosen. The chosen
  passages are the reply's sources, exactly as sent.
- **Resuming** (``resume_unfinished``): documents whose embedding an exit cut short are
  finished in the background after start.

Qt-free: blocking work runs on the I/O worker (``operations``) or the documents' thread.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.documents import (
    passages_block,
    split_passages,
    unpack_vectors,
    whole_document_block,
)
from desktop.documents.passages import Passage
from desktop.services.documents import budget
from desktop.services.documents.embedding import (
    Embedder,
    NoEmbeddingModel,
    Progress,
    embedding_model_among,
)
from desktop.services.documents.reading import DocumentReader, ReadDocument, Reading
from desktop.services.documents.retrieval import PassageIndex
from desktop.services.operations import Operations
from desktop.storage.records import (
    Conversation,
    DocumentInfo,
    DocumentMode,
    DocumentState,
    Message,
    NewDocument,
    NewPassage,
    Source,
)
from desktop.storage.store import ChatStore

log = logging.getLogger(__name__)

PASSAGE_CHARS = 1500
PASSAGE_OVERLAP = 200

# (document name, passages embedded, passages in all): the reply's loading line shows it.
DocumentProgress = Callable[[str, int, int], None]


@dataclass(slots=True)
class DocumentPlan:
    """What documents add to a request: blocks by the id of the message that carries them
    (put before its text), and the passages chosen (the reply's sources)."""

    blocks: dict[int, list[str]] = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)


class DocumentService:
    def __init__(
        self,
        store: ChatStore,
        operations: Operations,
        client: Callable[[], Any],
        installed: Callable[[], Iterable[Any]] = list,
        *,
        reader: DocumentReader | None = None,
        embed_batch: int | None = None,
    ) -> None:
        self.store = store
        self.operations = operations
        self._client = client
        self._installed = installed
        self.reader = reader or DocumentReader()
        kwargs = {} if embed_batch is None else {"batch": embed_batch}
        self.embedder = Embedder(store, operations, client, **kwargs)
        self.index = PassageIndex(store, operations)
        self._contexts: dict[tuple[str, str], tuple[dict[str, Any], int | None]] = {}
        self._embedding: dict[int, asyncio.Task[None]] = {}
        self.listeners: list[Callable[[int, int, int], None]] = []  # (document id, done, all)

    # --- reading ------------------------------------------------------------------------------

    def read(self, path: Path, progress: Callable[[int, int], None] | None = None) -> Reading:
        return self.reader.read(Path(path), progress)

    # --- budget -------------------------------------------------------------------------------

    async def context_tokens(self, model: str, options: dict[str, Any] | None = None) -> int:
        """The tokens the model keeps in mind in a chat with ``options`` (asks /api/show once
        per model and server; a server that can't say gets the default)."""
        client = self._client()
        key = (str(getattr(client, "base_url", "")), model)
        known = self._contexts.get(key)
        if known is None:
            try:
                shown = await client.show(model)
                defaults: dict[str, Any] = {}
                for name, values in shown.parameter_values().items():
                    if name == "num_ctx" and values:
                        defaults[name] = values[-1]
                known = (defaults, shown.context_length)
            except Exception as exc:  # any failure: the safe default budget
                log.info("no context length for %s: %s", model, exc)
                known = ({}, None)
            self._contexts[key] = known
        return budget.context_tokens(options, known[0], known[1])

    # --- storing ------------------------------------------------------------------------------

    async def for_storage(
        self, documents: Sequence[ReadDocument], tokens: int, used_chars: int = 0
    ) -> list[NewDocument]:
        """The records to save with the message: whole when it fits, passages when not."""
        stored: list[NewDocument] = []
        used = used_chars
        for read in documents:
            document = read.document
            whole = budget.fits_whole(read.chars, tokens, used)
            passages: tuple[NewPassage, ...] = ()
            if whole:
                used += read.chars
            else:
                split = await self.reader.run(
                    lambda document=document: split_passages(
                        document, target_chars=PASSAGE_CHARS, overlap_chars=PASSAGE_OVERLAP
                    )
                )
                passages = tuple(_new_passage(p) for p in split)  # type: ignore[attr-defined]
            stored.append(
                NewDocument(
                    name=read.name,
                    kind=read.kind,
                    size=read.size,
                    text=document.text,
                    page_count=read.page_count,
                    encoding=document.encoding or "",
                    original=read.original,
                    mode=DocumentMode.WHOLE if whole else DocumentMode.PASSAGES,
                    passages=passages,
                )
            )
        return stored

    # --- a request ------------------------------------------------------------------------------

    def embedding_model(self) -> str | None:
        return embedding_model_among(self._installed())

    async def find_embedding_model(self) -> str:
        found = self.embedding_model()
        if found is None:
            found = embedding_model_among(await self._client().list_models())
        if found is None:
            raise NoEmbeddingModel()
        return found

    async def prepare(
        self,
        conversation: Conversation,
        history: Sequence[Message],
        *,
        model: str | None = None,
        progress: DocumentProgress | None = None,
    ) -> DocumentPlan:
        """The document blocks for a request answering the last message of ``history``."""
        plan = DocumentPlan()
        with_documents = [m for m in history if m.documents]
        if not with_documents:
            return plan
        large = [d for m in with_documents for d in m.documents if d.mode is DocumentMode.PASSAGES]
        chosen_by_document: dict[int, list[tuple[NewPassage, float]]] = {}
        if large:
            question = next((m.content for m in reversed(history) if m.role == "user"), "")
            tokens = await self.context_tokens(model or conversation.model, conversation.options)
            whole_chars = sum(
                d.chars for m in with_documents for d in m.documents if d.mode is DocumentMode.WHOLE
            )
            used = whole_chars + sum(len(m.content) for m in history)
            k = budget.passages_that_fit(tokens, PASSAGE_CHARS, used)

            embed_model = await self.find_embedding_model()
            ready: list[DocumentInfo] = []
            for document in large:
                ready.append(await self.ensure_embedded(document, embed_model, progress))
            query = await self.embedder.vectors(embed_model, [question or " "])
            vector = unpack_vectors(query)[0]
            for chosen in await self.index.choose(vector, ready, k):
                chosen_by_document.setdefault(chosen.document.id, []).append(
                    (chosen.passage, chosen.score)
                )
        for message in with_documents:
            blocks: list[str] = []
            for document in message.documents:
                if document.mode is DocumentMode.WHOLE:
                    text = await self.operations.call(self.store.documents.text, document.id)
                    blocks.append(whole_document_block(document.name, text))
                    continue
                picked = sorted(
                    (p for p, _ in chosen_by_document.get(document.id, [])), key=lambda p: p.index
                )
                if not picked:
                    continue
                blocks.append(passages_block(document.name, [_passage(p) for p in picked]))
                plan.sources.extend(
                    Source(document.name, p.page, p.heading, p.text.strip()) for p in picked
                )
            if blocks:
                plan.blocks[message.id] = blocks
        return plan

    async def ensure_embedded(
        self, document: DocumentInfo, model: str, progress: DocumentProgress | None = None
    ) -> DocumentInfo:
        """The document with every passage embedded by ``model`` (waits for a run already
        under way, e.g. one resumed at start)."""
        running = self._embedding.get(document.id)
        if running is not None and not running.done():
            await asyncio.shield(running)
        current = await self.operations.call(self.store.documents.info, document.id)
        if current is None:
            return document
        if current.state is DocumentState.READY and current.embed_model == model:
            return current

        def report(done: int, total: int) -> None:
            if progress is not None:
                progress(document.name, done, total)
            self._notify(document.id, done, total)

        await self.reader.run(_load_ranking)  # numpy loads on a worker, not on the loop
        task = asyncio.ensure_future(self.embedder.embed_document(document.id, model, report))
        self._embedding[document.id] = task
        self.index.forget(document.id)
        try:
            await task
        except asyncio.CancelledError:
            task.cancel()
            await self.operations.call(
                self.store.documents.set_state, document.id, DocumentState.CANCELLED
            )
            raise
        finally:
            self._embedding.pop(document.id, None)
        updated = await self.operations.call(self.store.documents.info, document.id)
        return updated or current

    # --- resuming -----------------------------------------------------------------------------

    async def resume_unfinished(self) -> int:
        """Finish embedding what an exit cut short; how many documents were finished."""
        unfinished = await self.operations.call(self.store.documents.unfinished)
        if not unfinished:
            return 0
        try:
            model = await self.find_embedding_model()
        except NoEmbeddingModel:
            log.info("%d document(s) wait for an embedding model", len(unfinished))
            return 0
        finished = 0
        for document in unfinished:
            await self.ensure_embedded(document, document.embed_model or model)
            finished += 1
        return finished

    def cancel_embedding(self, document_id: int | None = None) -> None:
        """Stop embedding (one document, or all); what was stored stays."""
        for key, task in list(self._embedding.items()):
            if document_id is None or key == document_id:
                task.cancel()

    def _notify(self, document_id: int, done: int, total: int) -> None:
        for listener in list(self.listeners):
            try:
                listener(document_id, done, total)
            except Exception:
                log.exception("a document progress listener failed")

    def close(self) -> None:
        self.cancel_embedding()
        self.reader.close()


def _load_ranking() -> None:
    """Import numpy (a tenth of a second) where it can't stall the window."""
    import numpy  # noqa: F401


def _new_passage(passage: Any) -> NewPassage:
    return NewPassage(int(passage.index), str(passage.text), passage.page, passage.heading or "")


def _passage(passage: NewPassage) -> Passage:
    return Passage(passage.index, passage.text, passage.page, passage.heading)


__all__ = ["DocumentPlan", "DocumentService", "NoEmbeddingModel", "Progress", "ReadDocument"]
