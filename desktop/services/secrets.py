"""API keys in the operating system's keyring — never in settings files, logs or exports.

Where no keyring is available (a bare Linux session without a secret service), a key is kept in
memory for this session only, and ``persistent`` says so, so the user can be told.
"""

from __future__ import annotations

import contextlib
import logging

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

log = logging.getLogger(__name__)

SERVICE = "Paddock"


class SecretStore:
    def __init__(self) -> None:
        self._session: dict[str, str] = {}
        self.persistent = True

    def _usable(self) -> bool:
        backend = keyring.get_keyring()
        return getattr(backend, "priority", 0) > 0

    def set(self, account: str, secret: str) -> bool:
        """Store ``secret``; returns False when it is kept for this session only."""
        if self._usable():
            try:
                keyring.set_password(SERVICE, account, secret)
                self._session.pop(account, None)
                self.persistent = True
                return True
            except KeyringError as error:
                log.warning("keyring refused to store a key (%s); keeping it in memory",
                            type(error).__name__)  # fmt: skip
        self._session[account] = secret
        self.persistent = False
        return False

    def get(self, account: str) -> str | None:
        if account in self._session:
            return self._session[account]
        if not self._usable():
            return None
        try:
            return keyring.get_password(SERVICE, account)
        except (KeyringError, NoKeyringError):
            return None

    def delete(self, account: str) -> None:
        self._session.pop(account, None)
        if self._usable():
            with contextlib.suppress(PasswordDeleteError, KeyringError):
                keyring.delete_password(SERVICE, account)
