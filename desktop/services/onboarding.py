"""The first-run guide's decisions, without Qt: which step to show, which model to suggest.

Steps: find the server (or explain how to get one), then — only if no model is installed —
download one small model, then start a first chat. The guide is skippable and, once done or
skipped, never shown again (the caller keeps that in the settings).
"""

from __future__ import annotations

from enum import StrEnum

from desktop.services.models.catalog import Catalog, CatalogEntry

GET_OLLAMA_URL = "https://ollama.com/download"
FIRST_MODEL = "llama3.2:1b"  # small, general and quick on most computers
MAX_FIRST_MODEL_BYTES = 2_500_000_000


class Step(StrEnum):
    CONNECT = "connect"  # no server answers yet: explain, offer Start / Retry / another server
    DOWNLOAD = "download"  # connected, nothing installed: suggest one small model
    DOWNLOADING = "downloading"
    READY = "ready"  # a model is there: start chatting


def current_step(*, connected: bool, installed: list[str] | None, downloading: bool) -> Step:
    """``installed`` is None until the server said which models it has."""
    if not connected or installed is None:
        return Step.CONNECT
    if installed:
        return Step.READY
    return Step.DOWNLOADING if downloading else Step.DOWNLOAD


def suggest_first_model(catalog: Catalog) -> CatalogEntry | None:
    """The preferred small chat model, or the smallest general one that fits the limit."""
    chat_models = [
        entry
        for entry in catalog.entries
        if not entry.has("embedding") and 300_000_000 <= entry.size <= MAX_FIRST_MODEL_BYTES
    ]
    for entry in chat_models:
        if entry.name == FIRST_MODEL:
            return entry
    return min(chat_models, key=lambda entry: entry.size, default=None)
