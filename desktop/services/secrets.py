"""API keys and a server's extra headers in the operating system's keyring — never in
settings files, logs or exports.

Where no keyring is available (a bare Linux session without a secret service), a key is kept in
memory for this session only, and ``persistent`` says so, so the user can be told.

A keyring call can block for long (a D-Bus round trip, or the desktop asking to unlock the
keyring), so the app never makes one on the GUI thread: ``read``, ``store`` and ``forget`` run
the call on the operation runner and are awaited; ``read_at_start`` waits for the runner and is
only for start-up, before the window is shown. ``get``/``set``/``delete`` are the blocking calls
themselves, for the runner's thread; they import ``keyring`` there on first use (loading it and
its backends takes a tenth of a second, which the window's start need not wait for).
"""

from __future__ import annotations

import contextlib
import logging

from desktop.services.operations import Operations

log = logging.getLogger(__name__)

SERVICE = "Paddock"


class SecretStore:
    def __init__(self, operations: Operations | None = None) -> None:
        self._session: dict[str, str] = {}
        self.persistent = True
        self._operations = operations

    @property
    def operations(self) -> Operations:
        """The runner the keyring calls go to (the app's, or one of our own made on demand)."""
        if self._operations is None:
            self._operations = Operations()
        return self._operations

    # --- for the GUI thread -----------------------------------------------------------------

    async def read(self, account: str) -> str | None:
        """The key of ``account``, read on the runner (None when there is none)."""
        return await self.operations.call(self.get, account)

    async def store(self, account: str, secret: str) -> bool:
        """Store ``secret`` on the runner; False when it is kept for this session only."""
        return await self.operations.call(self.set, account, secret)

    async def forget(self, account: str) -> None:
        """Delete the key of ``account`` on the runner."""
        await self.operations.call(self.delete, account)

    def read_at_start(self, account: str) -> str | None:
        """Read on the runner and wait for it: start-up only, before the window is shown."""
        return self.operations.wait(self.get, account)

    def store_at_start(self, account: str, secret: str) -> bool:
        """Store on the runner and wait for it: start-up only (moving an older file's secrets
        into the keyring before the window is shown)."""
        return self.operations.wait(self.set, account, secret)

    # --- the blocking calls (the runner's thread) -------------------------------------------

    def _usable(self) -> bool:
        import keyring

        backend = keyring.get_keyring()
        return getattr(backend, "priority", 0) > 0

    def set(self, account: str, secret: str) -> bool:
        """Store ``secret``; returns False when it is kept for this session only."""
        import keyring
        from keyring.errors import KeyringError

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
        import keyring
        from keyring.errors import KeyringError, NoKeyringError

        if account in self._session:
            return self._session[account]
        if not self._usable():
            return None
        try:
            return keyring.get_password(SERVICE, account)
        except (KeyringError, NoKeyringError):
            return None

    def delete(self, account: str) -> None:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        self._session.pop(account, None)
        if self._usable():
            with contextlib.suppress(PasswordDeleteError, KeyringError):
                keyring.delete_password(SERVICE, account)
