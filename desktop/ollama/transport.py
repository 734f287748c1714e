"""A requests session whose in-flight requests can be aborted from another thread.

A streaming request can sit for minutes waiting for its first byte while Ollama loads a model.
To let the user cancel even then, the thread making a request enters a :class:`RequestScope`;
each connection claims itself for that scope just before it waits for the response, and gives
itself up when it goes back to the connection pool. ``abort()`` shuts down only the sockets its
request still holds: a cancel that arrives after the request finished (its connection already
pooled, perhaps already carrying someone else's request) touches nothing. Shutting a held socket
down wakes the blocked read at once; the server sees the disconnect and stops working.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from desktop.ollama.host import same_origin

_local = threading.local()
_OWNER = "_paddock_scope"  # attribute on a connection: the scope whose request holds it


class RequestScope:
    """The connections one request holds; ``abort()`` (any thread) shuts only those down.

    A scope aborted before its request reaches the network shuts the connection as soon as it
    is claimed, so a cancel can never be lost in between.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: list[Any] = []
        self._aborted = False

    @property
    def aborted(self) -> bool:
        return self._aborted

    def abort(self) -> None:
        with self._lock:
            self._aborted = True
            for connection in self._held:
                _shutdown(connection)

    def _claim(self, connection: Any) -> None:
        with self._lock:
            setattr(connection, _OWNER, self)
            self._held.append(connection)
            if self._aborted:
                _shutdown(connection)

    def _give_up(self, connection: Any) -> None:
        """The connection goes back to the pool: from now on it is not ours to abort."""
        with self._lock:
            if getattr(connection, _OWNER, None) is self:
                setattr(connection, _OWNER, None)
            with contextlib.suppress(ValueError):
                self._held.remove(connection)


@contextlib.contextmanager
def scoped(scope: RequestScope) -> Iterator[RequestScope]:
    """Requests made by this thread inside the block belong to ``scope``."""
    previous = getattr(_local, "scope", None)
    _local.scope = scope
    try:
        yield scope
    finally:
        _local.scope = previous


def _shutdown(connection: Any) -> None:
    sock = getattr(connection, "sock", None)
    if sock is not None:
        abort_socket(sock)


def _claim(connection: Any) -> None:
    scope = getattr(_local, "scope", None)
    if scope is not None:
        scope._claim(connection)


def _give_up(connection: Any) -> None:
    owner = getattr(connection, _OWNER, None)
    if owner is not None:
        owner._give_up(connection)


class _WatchedHTTPConnection(HTTPConnection):
    def getresponse(self):  # type: ignore[override]
        _claim(self)
        return super().getresponse()


class _WatchedHTTPSConnection(HTTPSConnection):
    def getresponse(self):  # type: ignore[override]
        _claim(self)
        return super().getresponse()


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection

    def _put_conn(self, conn):  # type: ignore[no-untyped-def]
        if conn is not None:
            _give_up(conn)
        super()._put_conn(conn)


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection

    def _put_conn(self, conn):  # type: ignore[no-untyped-def]
        if conn is not None:
            _give_up(conn)
        super()._put_conn(conn)


class _WatchedAdapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs) -> None:  # type: ignore[override]
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _WatchedHTTPPool,
            "https": _WatchedHTTPSPool,
        }


class _SameServerSession(requests.Session):
    """Follows a redirect only to the same server (scheme, host and port).

    A server profile's API key and extra headers are meant for that server alone, and a
    request's body is the person's prompt. requests strips only ``Authorization`` when a
    redirect leaves the host; every other header, and a 307's body, would go along. So a
    redirect elsewhere is not followed at all: the redirect answer itself comes back, and
    the client turns it into plain words (and the status line never claims one server
    while requests go to another).
    """

    def get_redirect_target(self, resp: requests.Response) -> str | None:
        target = super().get_redirect_target(resp)
        if target is None:
            return None
        followed = requests.compat.urljoin(resp.url, target)
        return target if same_origin(resp.url, followed) else None


def make_session() -> requests.Session:
    """A session whose connections belong to the calling thread's :class:`RequestScope`, and
    that follows redirects only within the same server."""
    session = _SameServerSession()
    adapter = _WatchedAdapter(pool_connections=4, pool_maxsize=16)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def abort_socket(sock: socket.socket) -> None:
    """Wake any thread blocked on ``sock`` and tell the peer we are gone."""
    with contextlib.suppress(OSError):  # already closed or never connected: nothing to abort
        sock.shutdown(socket.SHUT_RDWR)
