"""A loopback model registry (the OCI distribution API) serving the test server's registry.

It shares ``FakeOllama.registry``, so what the test server pulls is what this registry lists:
after a pull, the installed model's digest is the manifest digest served here, as with Ollama
and registry.ollama.ai. Faithful to the real registry where Paddock looks:

- ``HEAD /v2/<namespace>/<model>/manifests/<tag>`` answers 200 with ``Docker-Content-Digest``
  (the sha256 of the manifest bytes), ``Content-Type`` and ``Content-Length``, and no body;
- ``GET`` the same path answers the manifest JSON (config + layers, each with digest, size and
  mediaType);
- an unknown name is a 404 (``MANIFEST_UNKNOWN`` in the GET body); a private one a 401 with a
  ``WWW-Authenticate`` challenge (``UNAUTHORIZED``).

``canned`` answers a path with anything else (a proxy's page, a 500, a header missing).
``hold`` keeps every manifest request waiting until set, so tests can see how many run at once
(``in_flight``, ``max_in_flight``).
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.fake_ollama.server import FakeOllama, _QuietServer
from tests.fake_ollama.state import MANIFEST_TYPE
from tests.fake_ollama.wire import http_date, short_name


class FakeRegistry:
    """``url`` is what Paddock uses as the default registry (registry.ollama.ai)."""

    def __init__(self, ollama: FakeOllama) -> None:
        self.ollama = ollama
        self.private: set[str] = set()  # short names that answer 401
        self.requests: list[tuple[str, str]] = []  # (method, path)
        self.hold: threading.Event | None = None
        # path -> (status, body, headers): answered instead of the manifest (broken proxies)
        self.canned: dict[str, tuple[int, bytes, dict[str, str]]] = {}
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._httpd: _QuietServer | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeRegistry:
        handler = type("RegistryHandler", (_RegistryHandler,), {"registry": self})
        self._httpd = _QuietServer(("127.0.0.1", 0), handler)
        self.port = self._httpd.server_address[1]
        thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        thread.start()
        return self

    def stop(self) -> None:
        if self.hold is not None:
            self.hold.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def manifest_requests(self, method: str | None = None) -> list[str]:
        with self._lock:
            return [p for m, p in self.requests if method is None or m == method]

    def _enter(self, method: str, path: str) -> None:
        with self._lock:
            self.requests.append((method, path))
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1


class _RegistryHandler(BaseHTTPRequestHandler):
    registry: FakeRegistry
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_HEAD(self) -> None:
        self._manifest()

    def do_GET(self) -> None:
        if self.path.split("?")[0] == "/v2/":
            self._send(200, b"{}", "application/json")
            return
        self._manifest()

    def _manifest(self) -> None:
        path = self.path.split("?")[0]
        registry = self.registry
        registry._enter(self.command, path)
        try:
            if registry.hold is not None:
                registry.hold.wait(10)
            self._answer(path)
        finally:
            registry._leave()

    def _answer(self, path: str) -> None:
        repository, marker, reference = path.removeprefix("/v2/").rpartition("/manifests/")
        if not path.startswith("/v2/") or not marker:
            self._send(404, b"404 page not found", "text/plain")
            return
        canned = self.registry.canned.get(path)
        if canned is not None:
            status, body, headers = canned
            extra = {k: v for k, v in headers.items() if k != "Content-Type"}
            self._send(status, body, headers.get("Content-Type", "text/plain"), extra)
            return
        name = short_name(f"{repository}:{reference}").lower()
        if name in self.registry.private:
            body = {
                "errors": [
                    {
                        "code": "UNAUTHORIZED",
                        "message": "authentication required",
                        "detail": [{"Type": "repository", "Name": repository, "Action": "pull"}],
                    }
                ]
            }
            challenge = (
                'Bearer realm="https://ollama.com/token",service="ollama.com",'
                f'scope="repository:{repository}:pull"'
            )
            self._send(401, json.dumps(body).encode(), "application/json",
                       {"WWW-Authenticate": challenge})  # fmt: skip
            return
        entry = self.registry.ollama.registry.get(name)
        if entry is None:
            body = {
                "errors": [
                    {
                        "code": "MANIFEST_UNKNOWN",
                        "message": "manifest unknown",
                        "detail": {"Tag": reference},
                    }
                ]
            }
            self._send(404, json.dumps(body).encode(), "application/json")
            return
        manifest = entry.manifest_bytes()
        self._send(
            200,
            manifest,
            MANIFEST_TYPE,
            {"Docker-Content-Digest": entry.digest, "Etag": f'"{entry.digest}"'},
        )

    def _send(
        self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None
    ) -> None:
        lines = [f"HTTP/1.1 {status} {self.responses.get(status, ('',))[0]}"]
        lines.append(f"Content-Type: {content_type}")
        for key, value in (headers or {}).items():
            lines.append(f"{key}: {value}")
        lines.append(f"Date: {http_date()}")
        lines.append(f"Content-Length: {len(body)}")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode()
        try:
            self.wfile.write(head if self.command == "HEAD" else head + body)
            self.wfile.flush()
        except OSError:
            self.close_connection = True
