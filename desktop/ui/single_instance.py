"""One Paddock per data folder: a lock held while the app runs, and a local socket through
which a second start asks the running one to come to the front.

Two apps on one folder each believe they own the chats: a second start once tidied away the
first one's new, still empty chat, and every message typed there afterwards was lost. So the
folder is locked before anything in it is opened. The lock is Qt's ``QLockFile``: a lock left
by a killed process (its process is gone, its file lock released) counts as stale and is taken
over, so a crash never blocks the next start.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

LOCK_FILE = "paddock.lock"
LOCK_TRY_MS = 100
CONNECT_MS = 2000
ANSWER_MS = 5000
REQUEST = b"come-forward\n"
ANSWER = b"done\n"


def server_name(data_dir: Path) -> str:
    """The local socket's name: the same for every start on this folder, short enough for
    the platform's limits, and free of the folder's own characters."""
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:24]
    return f"paddock-{digest}"


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


class SingleInstance(QObject):
    """The lock on one data folder and the socket a later start knocks on.

    ``acquire()`` before the folder is used; when it fails, ``ask_running_to_come_forward()``
    tells the running app. ``come_forward_requested`` fires in the running app.
    """

    come_forward_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._lock = QLockFile(str(self.data_dir / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # held for the app's lifetime: never stale by age
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the folder's lock and start listening; False when another Paddock holds it."""
        if not self._lock.tryLock(LOCK_TRY_MS):
            return False
        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a killed app's socket file; the lock says it's ours
        server = QLocalServer(self)
        if server.listen(name):
            server.newConnection.connect(self._answer_knocks)
            self._server = server
        else:  # the app works without it; a later start then only says who holds the folder
            log.warning("could not listen for later starts: %s", server.errorString())
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def ask_running_to_come_forward(self) -> bool:
        """Ask the Paddock holding the folder to show its window; True when it answered."""
        socket = QLocalSocket()
        socket.connectToServer(server_name(self.data_dir))
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(REQUEST)
        answered = False
        if socket.waitForBytesWritten(CONNECT_MS):
            while not answered and socket.waitForReadyRead(ANSWER_MS):
                answered = ANSWER in bytes(socket.readAll().data())
        socket.disconnectFromServer()
        return answered

    def _answer_knocks(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read_knock(c))
            connection.disconnected.connect(connection.deleteLater)

    def _read_knock(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            return
        if bytes(connection.readLine().data()) == REQUEST:
            log.info("another start on this folder asked for the window")
            self.come_forward_requested.emit()
            connection.write(ANSWER)
            connection.flush()
        connection.disconnectFromServer()


def bring_forward(window: QWidget) -> None:
    """Show ``window`` un-minimised, raised and active (as far as the window system lets)."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
