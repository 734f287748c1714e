"""A requests session whose in-flight requests can be aborted from another thread.

A streaming request can sit for minutes waiting for its first byte while Ollama loads a model.
To let the user cancel even then, every connection announces its socket, just before it waits
for the response, to a watcher registered by the thread that makes the request. Shutting that
socket down wakes the blocked read at once; the server sees the disconnect and stops working.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

SocketWatcher = Callable[[socket.socket], None]

_local = threading.local()


def watch_sockets(watcher: SocketWatcher | None) -> None:
    """Report to ``watcher`` each socket this thread's requests wait on (None to stop)."""
    _local.watcher = watcher


def _announce(sock: socket.socket | None) -> None:
    watcher = getattr(_local, "watcher", None)
    if watcher is not None and sock is not None:
        watcher(sock)


class _WatchedHTTPConnection(HTTPConnection):
    def getresponse(self):  # type: ignore[override]
        _announce(self.sock)
        return super().getresponse()


class _WatchedHTTPSConnection(HTTPSConnection):
    def getresponse(self):  # type: ignore[override]
        _announce(self.sock)
        return super().getresponse()


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class _WatchedAdapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs) -> None:  # type: ignore[override]
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _WatchedHTTPPool,
            "https": _WatchedHTTPSPool,
        }


def make_session() -> requests.Session:
    """A session whose connections report their sockets to the calling thread's watcher."""
    session = requests.Session()
    adapter = _WatchedAdapter(pool_connections=4, pool_maxsize=16)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def abort_socket(sock: socket.socket) -> None:
    """Wake any thread blocked on ``sock`` and tell the peer we are gone."""
    with contextlib.suppress(OSError):  # already closed or never connected: nothing to abort
        sock.shutdown(socket.SHUT_RDWR)
