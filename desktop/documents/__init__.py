"""Documents in chat: reading a file's text, splitting it into passages, ranking passages.

Qt-free and free of the other layers, so it runs on any thread and tests headless. Heavy
libraries (pypdf, numpy, charset-normalizer) load only when a document needs
them; nothing here is imported at start-up.
"""

from desktop.documents.errors import (
    DocumentCancelled,
    DocumentChanged,
    DocumentCorrupt,
    DocumentEncrypted,
    DocumentError,
    DocumentTooLarge,
    DocumentUnsupported,
    DocumentWithoutText,
)
from desktop.documents.extract import DocumentPage, ExtractedDocument, extract_document
from desktop.documents.kinds import DOCUMENT_SUFFIXES, MAX_DOCUMENT_BYTES, document_kind
from desktop.documents.passages import Passage, split_passages
from desktop.documents.prompt import passages_block, whole_document_block
from desktop.documents.ranking import pack_vector, top_passages, unpack_vectors

__all__ = [
    "DOCUMENT_SUFFIXES",
    "MAX_DOCUMENT_BYTES",
    "DocumentCancelled",
    "DocumentChanged",
    "DocumentCorrupt",
    "DocumentEncrypted",
    "DocumentError",
    "DocumentPage",
    "DocumentTooLarge",
    "DocumentUnsupported",
    "DocumentWithoutText",
    "ExtractedDocument",
    "Passage",
    "document_kind",
    "extract_document",
    "pack_vector",
    "passages_block",
    "split_passages",
    "top_passages",
    "unpack_vectors",
    "whole_document_block",
]
