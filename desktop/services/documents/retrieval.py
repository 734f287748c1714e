"""Choosing the passages of large documents that answer a question.

The question is embedded with the documents' model; each document's vectors are read once
from the database and kept as a matrix (they never change once complete), then ranked by
cosine similarity. The best passages of all large documents of the chat compete together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.documents import top_passages, unpack_vectors
from desktop.services.operations import Operations
from desktop.storage.records import DocumentInfo, NewPassage
from desktop.storage.store import ChatStore


@dataclass(frozen=True, slots=True)
class Chosen:
    document: DocumentInfo
    passage: NewPassage
    score: float


class PassageIndex:
    """Vectors of complete documents, by document id, read from the database once."""

    def __init__(self, store: ChatStore, operations: Operations) -> None:
        self._store = store
        self._operations = operations
        self._matrices: dict[int, tuple[str, list[NewPassage], Any]] = {}

    async def choose(
        self, query: Sequence[float], documents: Sequence[DocumentInfo], k: int
    ) -> list[Chosen]:
        """The ``k`` passages nearest ``query`` among ``documents``, best first."""
        ranked: list[Chosen] = []
        for document in documents:
            passages, matrix = await self._matrix(document)
            for row, score in top_passages(query, matrix, k):
                ranked.append(Chosen(document, passages[row], float(score)))
        ranked.sort(key=lambda chosen: -chosen.score)
        return ranked[:k]

    def forget(self, document_id: int) -> None:
        self._matrices.pop(document_id, None)

    async def _matrix(self, document: DocumentInfo) -> tuple[list[NewPassage], Any]:
        cached = self._matrices.get(document.id)
        if cached is not None and cached[0] == document.embed_model:
            return cached[1], cached[2]

        def read() -> tuple[list[NewPassage], list[bytes]]:
            passages = dict(self._store.documents.passages(document.id))
            vectors = self._store.documents.vectors(document.id)
            return [passages[passage_id] for passage_id, _ in vectors], [
                blob for _, blob in vectors
            ]

        passages, blobs = await self._operations.call(read)
        matrix = unpack_vectors(blobs)
        self._matrices[document.id] = (document.embed_model, passages, matrix)
        return passages, matrix
