"""The one base of Paddock's own errors: plain words for people, technical facts for the log.

Every layer (the Ollama client, the chat store, import and export) raises subclasses, so the
UI shows ``error.message`` and the log keeps ``error.detail`` without knowing which layer
failed. Imports nothing from Paddock and nothing from Qt, so any layer may use it.
"""

from __future__ import annotations


class PaddockError(Exception):
    """``message``: what happened, in plain words a user can act on (``str()`` gives it);
    ``detail``: the technical facts (a server's raw text, an SQLite error) for the log."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message
