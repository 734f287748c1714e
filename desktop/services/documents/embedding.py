"""Embedding a large document's passages through ``/api/embed``, in batches, resumably.

Vectors are stored as each batch arrives, so a cancelled or interrupted run keeps what it
did and the next run (the next question, or the next start) embeds only what is missing.
Vectors are made by one model per document: another model's are not comparable, so changing
the model starts the document again. The vectors are packed (normalised float32) on the loop's
thread — a batch is a few kilobytes — and written on the I/O worker.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any, Protocol

from desktop.documents import pack_vector
from desktop.errors import PaddockError
from desktop.formats import human_size
from desktop.i18n import translate
from desktop.services.operations import Operations
from desktop.storage.records import DocumentState
from desktop.storage.store import ChatStore

log = logging.getLogger(__name__)

EMBED_BATCH = 16  # passages per /api/embed request: progress stays lively, requests few
# Small embedding models to offer when none is installed: (name, download size in bytes).
SUGGESTED_MODEL = ("all-minilm", 45_960_996)
LARGER_MODEL = ("nomic-embed-text", 274_302_450)
# Names of embedding models, for servers whose model list does not say what a model does.
KNOWN_EMBEDDING_NAMES = (
    "all-minilm",
    "nomic-embed-text",
    "mxbai-embed-large",
    "snowflake-arctic-embed",
    "bge-m3",
    "bge-large",
    "granite-embedding",
    "embeddinggemma",
    "paraphrase-multilingual",
    "qwen3-embedding",
)

Progress = Callable[[int, int], None]  # (passages embedded, passages in all)


class Embeddings(Protocol):
    def embed(self, model: str, input: str | Sequence[str]) -> Awaitable[Any]: ...


class NoEmbeddingModel(PaddockError):
    """Large documents need an embedding model and none is installed."""

    def __init__(self) -> None:
        name, size = SUGGESTED_MODEL
        super().__init__(
            translate(
                "Documents",
                "To read a large document, Paddock needs a small embedding model, and none "
                "is installed. Download {model} ({size}) in the Models tab, then ask again. "
                "Your message and the document are kept.",
            ).format(model=name, size=human_size(size)),
            detail="no installed model has the embedding capability",
        )


class EmbeddingFailed(PaddockError):
    """The server answered ``/api/embed`` with something that is not a vector per passage."""


def is_embedding_model(name: str, capabilities: Iterable[str] = ()) -> bool:
    capabilities = list(capabilities)
    if capabilities:
        return "embedding" in capabilities
    base = name.split("/")[-1].split(":")[0].lower()
    return any(base.startswith(known) for known in KNOWN_EMBEDDING_NAMES)


def embedding_model_among(models: Iterable[Any]) -> str | None:
    """The installed embedding model to use: the first known small one, else any."""
    found = [
        str(model.name)
        for model in models
        if is_embedding_model(str(model.name), getattr(model, "capabilities", None) or ())
    ]
    for preferred, _ in (SUGGESTED_MODEL, LARGER_MODEL):
        for name in found:
            if name.split(":")[0] == preferred:
                return name
    return found[0] if found else None


class Embedder:
    """Embeds what is missing of a document, batch by batch."""

    def __init__(
        self,
        store: ChatStore,
        operations: Operations,
        client: Callable[[], Embeddings],
        *,
        batch: int = EMBED_BATCH,
    ) -> None:
        self._store = store
        self._operations = operations
        self._client = client
        self._batch = batch

    async def embed_document(
        self, document_id: int, model: str, progress: Progress | None = None
    ) -> None:
        """Give every passage of the document a vector from ``model``. Cancelling the task
        stops after the batch in flight; what was stored stays."""
        documents = self._store.documents
        await self._operations.call(documents.start_embedding, document_id, model)
        info = await self._operations.call(documents.info, document_id)
        if info is None:
            return
        total, done = info.passage_count, info.embedded_count
        if progress is not None:
            progress(done, total)
        while True:
            todo = await self._operations.call(documents.without_vectors, document_id, self._batch)
            if not todo:
                break
            vectors = await self.vectors(model, [text for _, text in todo])
            await self._operations.call(
                documents.set_vectors,
                [(passage_id, blob) for (passage_id, _), blob in zip(todo, vectors, strict=True)],
            )
            done += len(todo)
            if progress is not None:
                progress(min(done, total), total)
        await self._operations.call(documents.set_state, document_id, DocumentState.READY)

    async def vectors(self, model: str, texts: Sequence[str]) -> list[bytes]:
        """Packed vectors for ``texts`` (raises :class:`EmbeddingFailed` on a bad answer)."""
        answer = await self._client().embed(model, list(texts))
        embeddings = list(getattr(answer, "embeddings", None) or [])
        if len(embeddings) != len(texts):
            raise EmbeddingFailed(
                translate(
                    "Documents",
                    "The embedding model gave an answer Paddock can't use, so the document "
                    "could not be read. Try another embedding model.",
                ),
                detail=f"{len(embeddings)} vectors for {len(texts)} inputs",
            )
        try:
            return [pack_vector(values) for values in embeddings]
        except (TypeError, ValueError) as exc:
            raise EmbeddingFailed(
                translate(
                    "Documents",
                    "The embedding model gave an answer Paddock can't use, so the document "
                    "could not be read. Try another embedding model.",
                ),
                detail=repr(exc),
            ) from exc
