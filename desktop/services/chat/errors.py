"""The chat session's own errors, in a module of their own so the storage-side work
(:mod:`desktop.services.chat.records`) can raise them without importing the session."""

from __future__ import annotations

from desktop.errors import PaddockError
from desktop.i18n import translate


class SessionError(PaddockError):
    """A request the session cannot carry out. ``message`` is plain words for the UI."""


class SessionBusy(SessionError):
    """A reply is being written; stop it (or wait) before changing the conversation."""

    def __init__(self) -> None:
        super().__init__(translate("Chat", "Wait for the reply to finish, or stop it, first."))
