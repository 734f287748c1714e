"""One Paddock per data folder: a lock held while the app runs, and a loopback knock through
which a second start asks the running one to come to the front.

Two apps on one folder each believe they own the chats: a second start once tidied away the
first one's new, still empty chat, and every message typed there afterwards was lost. So the
folder is locked before anything in it is opened. The lock is Qt's ``QLockFile``: a lock left
by a killed process (its process is gone, its file lock released) counts as stale and is taken
over, so a crash never blocks the next start.

The knock is a plain loopback socket (the packages leave QtNetwork out): the running app
listens on 127.0.0.1 and writes the port and a random token into the folder, readable by its
owner only; a later start sends the token, the running app raises its window and answers.
Every wait has a limit, so a hung app only means the later start says who holds the folder.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import secrets
import socket
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, Qt
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

LOCK_FILE = "paddock.lock"
KNOCK_FILE = "paddock.knock"  # {"port": …, "token": …} of the app holding the lock
LOCK_TRY_MS = 100
KNOCK_TIMEOUT = 5.0  # seconds a later start waits for the running app's answer
ANSWER = b"done\n"


def already_running_message(data_dir: Path) -> str:
    return QCoreApplication.translate(
        "SingleInstance",
        "Another Paddock is already using this folder: {folder}. Switch to that window, or "
        "close it and start Paddock again.",
    ).format(folder=str(data_dir))


def brought_forward_message(data_dir: Path) -> str:
    return QCoreApplication.translate(
        "SingleInstance",
        "Paddock is already open with this folder ({folder}); its window was brought to the front.",
    ).format(folder=str(data_dir))


class SingleInstance:
    """The lock on one data folder and the knock a later start sends.

    ``acquire()`` before the folder is used; when it fails, ``ask_running_to_come_forward()``
    tells the running app. In the running app, ``bring_forward_on_knock`` says which window.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._lock = QLockFile(str(self.data_dir / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # held for the app's lifetime: never stale by age
        self._server: socket.socket | None = None
        self._token = ""
        self._on_knock: Callable[[], None] | None = None
        self._closing = False

    @property
    def knock_file(self) -> Path:
        return self.data_dir / KNOCK_FILE

    # --- the running app ----------------------------------------------------------------

    def acquire(self) -> bool:
        """Take the folder's lock and listen for knocks; False when another Paddock holds it."""
        if not self._lock.tryLock(LOCK_TRY_MS):
            return False
        try:
            self._listen()
        except OSError as error:  # the app works without it; a later start then just says so
            log.warning("could not listen for later starts: %s", error)
        return True

    def bring_forward_on_knock(self, window: QWidget, loop: asyncio.AbstractEventLoop) -> None:
        """A later start's knock (heard on the listening thread) raises ``window`` on the
        loop's thread."""

        def come_forward() -> None:
            log.info("another start on this folder asked for the window")
            bring_forward(window)

        self._on_knock = lambda: loop.call_soon_threadsafe(come_forward)

    def release(self) -> None:
        self._closing = True
        with contextlib.suppress(OSError):
            self.knock_file.unlink(missing_ok=True)
        if self._server is not None:
            with contextlib.suppress(OSError):
                self._server.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _listen(self) -> None:
        server = socket.create_server(("127.0.0.1", 0))
        self._token = secrets.token_hex(16)
        note = json.dumps({"port": server.getsockname()[1], "token": self._token})
        self.knock_file.unlink(missing_ok=True)  # a killed app's note; the lock says it's ours
        handle = os.open(self.knock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(note)
        self._server = server
        threading.Thread(
            target=self._answer_knocks, args=(server,), name="paddock-knocks", daemon=True
        ).start()

    def _answer_knocks(self, server: socket.socket) -> None:
        while not self._closing:
            try:
                connection, _address = server.accept()
            except OSError:
                return  # closed (the app is ending) or broken: no more knocks
            with connection:
                connection.settimeout(KNOCK_TIMEOUT)
                with contextlib.suppress(OSError):
                    if _read_line(connection) == self._token and self._on_knock is not None:
                        self._on_knock()
                        connection.sendall(ANSWER)

    # --- a later start ------------------------------------------------------------------

    def ask_running_to_come_forward(self) -> bool:
        """Ask the Paddock holding the folder to show its window; True when it answered."""
        try:
            note = json.loads(self.knock_file.read_text(encoding="utf-8"))
            port, token = int(note["port"]), str(note["token"])
        except (OSError, ValueError, KeyError, TypeError):
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=KNOCK_TIMEOUT) as knock:
                knock.sendall(f"{token}\n".encode())
                return _read_line(knock) == ANSWER.decode().strip()
        except OSError:
            return False


def _read_line(connection: socket.socket, limit: int = 256) -> str:
    """One short line, or what came before the peer stopped (never more than ``limit``)."""
    data = b""
    while b"\n" not in data and len(data) < limit:
        chunk = connection.recv(limit - len(data))
        if not chunk:
            break
        data += chunk
    return data.split(b"\n", 1)[0].decode("utf-8", "replace").strip()


def bring_forward(window: QWidget) -> None:
    """Show ``window`` un-minimised, raised and active (as far as the window system lets)."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
