"""A stand-in Ollama server on loopback that answers in the recorded wire format."""

from __future__ import annotations

import contextlib
import hashlib
import math
import re
import select
import socket
import threading
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.fake_ollama import prompt, state
from tests.fake_ollama.state import (
    CHAT_TOKENS,
    GENERATE_TOKENS,
    RECORDED_LAYERS,
    InstalledModel,
    Models,
    PullPlan,
    RegistryModel,
    Reply,
    fake_digest,
    make_model,
)
from tests.fake_ollama.wire import (
    DEFAULT_REGISTRY,
    go_json,
    go_time,
    http_date,
    parse_duration,
    short_name,
    split_name,
)

JSON_TYPE = "application/json; charset=utf-8"
NDJSON_TYPE = "application/x-ndjson"
RAW_MARK = "@@raw-content@@"  # where a scripted token's raw bytes go in its line
FLOAT_OPTIONS = {
    "temperature", "top_p", "min_p", "typical_p", "repeat_penalty", "presence_penalty",
    "frequency_penalty",
}  # fmt: skip
INT_OPTIONS = {"seed", "num_predict", "top_k", "repeat_last_n", "num_keep", "num_ctx",
               "num_batch", "num_gpu", "main_gpu", "num_thread"}  # fmt: skip


class _QuietServer(ThreadingHTTPServer):
    """Clients that hang up mid-request are expected here, not worth a traceback."""

    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


EMBEDDING_SIZE = 384  # as all-minilm
_EMBED_WORD = re.compile(r"\w+")


def fake_embedding(text: str, size: int = EMBEDDING_SIZE) -> list[float]:
    """A deterministic unit vector for ``text``: its lower-cased words hashed into ``size``
    buckets (so "river" in a question is near a passage about rivers)."""
    vector = [0.0] * size
    for word in _EMBED_WORD.findall(text.lower()):
        digest = hashlib.blake2b(word.encode(), digest_size=4).digest()
        vector[int.from_bytes(digest, "little") % size] += 1.0
    norm = math.sqrt(sum(value * value for value in vector)) or 1.0
    if not any(vector):
        vector[0], norm = 1.0, 1.0
    return [round(value / norm, 8) for value in vector]


class ClientGone(Exception):
    """The client closed the connection while we were still answering."""


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    json: Any
    client_port: int = 0  # which of the client's connections carried it


class FakeOllama:
    """A scriptable Ollama on 127.0.0.1 (free port), serving from a background thread."""

    def __init__(self, version: str = "0.32.15") -> None:
        self.version = version
        self._lock = threading.Condition()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self.stopping = threading.Event()
        self.port = 0
        self.reset()

    # --- lifecycle ------------------------------------------------------------------------

    def reset(self) -> None:
        self.models = Models()
        self.models.add(state.recorded_model())
        self.loaded: dict[str, datetime] = {}
        self.blobs: dict[str, int] = {}
        self.partial: dict[str, int] = {}
        self.registry: dict[str, RegistryModel] = {
            "smollm2:135m": RegistryModel(list(RECORDED_LAYERS))
        }
        self.reply = Reply()
        self.pull_plan = PullPlan()
        self.overrides: dict[str, list[Any]] = {}
        self.requests: list[RecordedRequest] = []
        self.disconnects = 0
        self.active_streams = 0
        self.stalling = 0  # pulls inside a scripted stall right now
        self.redirect_to: str | None = None  # a base URL: answer every request 307 to it
        self.loaded_ctx: dict[str, int] = {}  # the num_ctx each loaded model was loaded with
        self.cuts: list[prompt.PromptCut] = []  # each chat prompt as counted (and cut)
        self.embed_rate: float | None = None  # /api/embed inputs per second (None: at once)
        self.embed_gate: threading.Event | None = None  # /api/embed waits until it is set
        self.embedded = 0  # inputs /api/embed has answered

    def last_reply_cut(self) -> prompt.PromptCut:
        """How the newest streamed chat request (a reply, not a title) was counted."""
        return [cut for cut in self.cuts if cut.streamed][-1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, port: int = 0) -> None:
        """Listen on 127.0.0.1:``port`` (0 = a free port) and serve in a background thread."""
        handler = type("Handler", (_Handler,), {"fake": self})
        self._httpd = _QuietServer(("127.0.0.1", port), handler)
        self.port = self._httpd.server_address[1]
        self.stopping.clear()
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        if self._httpd is None:
            return
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=2)
        self._httpd = None

    def __enter__(self) -> FakeOllama:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- scripting ------------------------------------------------------------------------

    def add_model(self, name: str, **fields: Any) -> None:
        self.models.add(make_model(name, **fields))

    def remove_model(self, name: str) -> None:
        self.models.remove(name)

    def registry_add(
        self,
        name: str,
        layer_sizes: list[int],
        *,
        capabilities: tuple[str, ...] = ("completion",),
    ) -> None:
        layers = [
            (f"sha256:{fake_digest(f'{name}/{index}')}", size)
            for index, size in enumerate(layer_sizes)
        ]
        self.registry[short_name(name).lower()] = RegistryModel(layers, list(capabilities))

    def install_from_registry(self, name: str, entry: RegistryModel | None = None) -> None:
        """Install ``name`` as a pull of the registry's version leaves it: its files present
        and its digest the manifest's digest (as ``/api/tags`` reports a pulled model)."""
        entry = entry or self.registry[short_name(name).lower()]
        for digest, size in entry.layers:
            self.blobs[digest] = size
        digest = entry.digest.removeprefix("sha256:")
        if short_name(name).lower() == "smollm2:135m":
            recorded = state.recorded_model()
            if entry.layers != RECORDED_LAYERS:
                recorded.digest = digest
            self.models.add(recorded)
            return
        size = sum(size for _, size in entry.layers)
        self.add_model(name, size=size, capabilities=tuple(entry.capabilities), digest=digest)

    def registry_change_layer(self, name: str, index: int, size: int | None = None) -> None:
        """Publish a new version of ``name`` upstream whose layer ``index`` changed."""
        entry = self.registry[short_name(name).lower()]
        old_digest, old_size = entry.layers[index]
        new_size = old_size if size is None else size
        entry.layers[index] = (f"sha256:{fake_digest(old_digest)}", new_size)

    def override(
        self,
        path: str,
        *,
        status: int,
        body: bytes = b"",
        content_type: str | None = None,
        headers: dict[str, str] | None = None,
        times: int | None = None,
    ) -> None:
        """Answer requests to ``path`` with this canned response (``times`` None = always)."""
        self.overrides[path] = [status, body, content_type, headers or {}, times]

    def html_error(self, path: str, status: int = 502) -> None:
        reason = {502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Time-out"}
        title = f"{status} {reason.get(status, 'Error')}"
        page = (
            f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
            f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n"
            "</body>\r\n</html>\r\n"
        )
        self.override(path, status=status, body=page.encode(), content_type="text/html")

    def empty_forbidden(self, path: str) -> None:
        self.override(path, status=403)

    # --- observing ------------------------------------------------------------------------

    @property
    def models_by_name(self) -> dict[str, InstalledModel]:
        return self.models.as_dict()

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)
            self._lock.notify_all()

    def wait_for_request(self, path: str, timeout: float = 5.0) -> RecordedRequest:
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                for request in reversed(self.requests):
                    if request.path == path:
                        return request
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"no request to {path} within {timeout} s")
                self._lock.wait(remaining)

    def note_disconnect(self) -> None:
        with self._lock:
            self.disconnects += 1
            self._lock.notify_all()

    def wait_for_disconnect(self, timeout: float = 2.0, count: int = 1) -> bool:
        deadline = time.monotonic() + timeout
        with self._lock:
            while self.disconnects < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._lock.wait(remaining)
            return True

    def track(self, connection: socket.socket, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def take_override(self, path: str) -> list[Any] | None:
        with self._lock:
            found = self.overrides.get(path)
            if found is None:
                return None
            if found[4] is not None:
                found[4] -= 1
                if found[4] <= 0:
                    del self.overrides[path]
            return found

    def version_at_least(self, wanted: str) -> bool:
        def parts(text: str) -> tuple[int, ...]:
            return tuple(int(p) for p in text.split("-")[0].split(".") if p.isdigit())

        return parts(self.version) >= parts(wanted) or self.version.startswith("0.0.0")

    @property
    def default_num_ctx(self) -> int:
        """The context a model gets when neither the request nor its Modelfile names one."""
        return 4096 if self.version_at_least(prompt.LARGER_DEFAULT_SINCE) else 2048

    def load(self, name: str, keep_alive: Any) -> bool:
        """Load or unload for a request; returns False when keep_alive 0 unloads it."""
        seconds = parse_duration(keep_alive) if keep_alive is not None else 300.0
        key = short_name(name)
        if seconds == 0:
            self.loaded.pop(key, None)
            self.loaded_ctx.pop(key, None)
            return False
        lifetime = timedelta(days=365 * 292) if seconds is None else timedelta(seconds=seconds)
        self.loaded[key] = datetime.now(UTC) + lifetime
        return True


class _Handler(BaseHTTPRequestHandler):
    """One connection's requests. ``fake`` is set on a per-server subclass."""

    fake: FakeOllama
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        self.fake.track(self.connection, True)

    def finish(self) -> None:
        self.fake.track(self.connection, False)
        with contextlib.suppress(OSError):
            super().finish()

    # --- dispatch -------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_HEAD(self) -> None:
        self._dispatch("HEAD")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    def _dispatch(self, method: str) -> None:
        body = self._read_body()
        path = self.path.split("?")[0]
        data: Any = None
        if body:
            try:
                import json

                data = json.loads(body)
            except ValueError:
                data = None
        self.fake.record(
            RecordedRequest(
                method, path, dict(self.headers.items()), body, data, self.client_address[1]
            )
        )
        canned = self.fake.take_override(path)
        if canned is None and self.fake.redirect_to is not None:  # a proxy sending us elsewhere
            canned = [307, b"", None, {"Location": self.fake.redirect_to + self.path}, None]
        try:
            if canned is not None:
                status, payload, content_type, headers, _ = canned
                self._send(status, payload, content_type, headers)
                return
            route = ROUTES.get(path)
            if route is None and path.startswith("/api/blobs/"):
                route = {"HEAD": "blob_head", "POST": "blob_post"}
            if route is None:
                self._send(404, b"404 page not found", "text/plain")
                return
            handler_name = route.get(method)
            if handler_name is None:
                self._send(405, b"405 method not allowed", "text/plain")
                return
            needs_body = method in ("POST", "DELETE") and not path.startswith("/api/blobs/")
            if needs_body and not body:
                self._error(400, "missing request body")
                return
            if needs_body and not isinstance(data, dict):
                self._error(400, "invalid character in request body")
                return
            getattr(self, handler_name)(data if isinstance(data, dict) else {}, body)
        except ClientGone:
            self.close_connection = True
            self.fake.note_disconnect()

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int(self.rfile.readline().strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    # --- response primitives --------------------------------------------------------------

    def _send(
        self,
        status: int,
        body: bytes = b"",
        content_type: str | None = JSON_TYPE,
        headers: dict[str, str] | None = None,
    ) -> None:
        lines = [f"HTTP/1.1 {status} {self.responses.get(status, ('',))[0]}"]
        if content_type:
            lines.append(f"Content-Type: {content_type}")
        for key, value in (headers or {}).items():
            lines.append(f"{key}: {value}")
        lines.append(f"Date: {http_date()}")
        lines.append(f"Content-Length: {len(body)}")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode()
        self._write(head if self.command == "HEAD" else head + body)

    def _json(self, status: int, value: Any) -> None:
        self._send(status, go_json(value))

    def _error(self, status: int, message: str, content_type: str = JSON_TYPE) -> None:
        self._send(status, go_json({"error": message}), content_type)

    def _write(self, data: bytes) -> None:
        try:
            self.wfile.write(data)
            self.wfile.flush()
        except OSError as exc:
            raise ClientGone from exc

    def _start_stream(self) -> None:
        head = (
            "HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\n"
            f"Date: {http_date()}\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        self._write(head.encode())

    def _chunk(self, data: bytes) -> None:
        self._write(b"%x\r\n%s\r\n" % (len(data), data))

    def _line(self, value: Any) -> None:
        self._chunk(go_json(value) + b"\n")

    def _end_stream(self) -> None:
        self._write(b"0\r\n\r\n")

    def _cut(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)

    def _idle(self, seconds: float) -> None:
        """Wait, noticing at once if the client hangs up (raises ClientGone)."""
        deadline = time.monotonic() + seconds
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            if self.fake.stopping.is_set():
                raise ClientGone
            readable, _, _ = select.select([self.connection], [], [], min(remaining, 0.05))
            if readable:
                try:
                    peeked = self.connection.recv(1, socket.MSG_PEEK)
                except OSError as exc:
                    raise ClientGone from exc
                if not peeked:
                    raise ClientGone
                time.sleep(min(remaining, 0.01))  # a pipelined request: keep waiting

    def _streaming(self) -> _StreamCounter:
        return _StreamCounter(self.fake)

    # --- simple endpoints -----------------------------------------------------------------

    def root(self, data: dict[str, Any], body: bytes) -> None:
        self._send(200, b"Ollama is running", "text/plain; charset=utf-8")

    def version(self, data: dict[str, Any], body: bytes) -> None:
        self._json(200, {"version": self.fake.version})

    def status(self, data: dict[str, Any], body: bytes) -> None:
        if not self.fake.version_at_least("0.16.2"):
            self._send(404, b"404 page not found", "text/plain")
            return
        self._json(200, {"cloud": {"disabled": False, "source": "default"}})

    def recommendations(self, data: dict[str, Any], body: bytes) -> None:
        if not self.fake.version_at_least("0.22.1"):
            self._send(404, b"404 page not found", "text/plain")
            return
        self._json(200, {"recommendations": [
            {"model": "qwen3:4b", "description": "Fast general chat that fits this GPU",
             "context_length": 40960, "vram_bytes": 3_500_000_000},
            {"model": "gemma3:4b", "description": "Understands images",
             "vram_bytes": 4_300_000_000},
        ]})  # fmt: skip

    def tags(self, data: dict[str, Any], body: bytes) -> None:
        self._json(200, {"models": [m.tags_entry() for m in self.fake.models.listed()]})

    def ps(self, data: dict[str, Any], body: bytes) -> None:
        now = datetime.now(UTC)
        entries = []
        for name, expires in list(self.fake.loaded.items()):
            model = self.fake.models.get(name)
            if model is None or expires <= now:
                self.fake.loaded.pop(name, None)
                continue
            details = {
                k: v
                for k, v in model.details.items()
                if k not in ("context_length", "embedding_length")
            }
            entry = {
                "name": model.name,
                "model": model.name,
                "size": model.size * 2 + 12779993,
                "digest": model.digest,
                "details": details,
                "expires_at": expires.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z",
                "size_vram": 0,
            }
            if self.fake.version_at_least("0.9.7"):  # ps reports the loaded context since
                default = prompt.effective_num_ctx(
                    None, model.show, server_default=self.fake.default_num_ctx
                )
                entry["context_length"] = self.fake.loaded_ctx.get(name) or default
            entries.append(entry)
        self._json(200, {"models": entries})

    def _model_or_404(self, name: Any) -> InstalledModel | None:
        model = self.fake.models.get(str(name or ""))
        if model is None:
            self._error(404, f"model '{short_name(str(name or ''))}' not found")
        return model

    def show(self, data: dict[str, Any], body: bytes) -> None:
        model = self._model_or_404(data.get("model") or data.get("name"))
        if model is not None:
            self._json(200, model.show)

    def copy(self, data: dict[str, Any], body: bytes) -> None:
        source = self._model_or_404(data.get("source"))
        if source is None:
            return
        destination = short_name(str(data.get("destination") or ""))
        clone = InstalledModel(
            name=destination,
            size=source.size,
            digest=source.digest,
            modified_at=go_time(),
            details=dict(source.details),
            capabilities=list(source.capabilities),
            show=dict(source.show),
        )
        self.fake.models.add(clone)
        self._send(200, b"", None)

    def delete(self, data: dict[str, Any], body: bytes) -> None:
        name = data.get("model") or data.get("name")
        if self._model_or_404(name) is None:
            return
        self.fake.models.remove(str(name))
        self.fake.loaded.pop(short_name(str(name)), None)
        self._send(200, b"", None)

    def blob_head(self, data: dict[str, Any], body: bytes) -> None:
        """200 with no body for a blob the server has. For one it lacks Ollama answers like every
        other API error: 404, ``application/json``, ``{"error": ...}`` (a HEAD answer carries
        the headers and Content-Length of that body, not the body)."""
        digest = self.path.rsplit("/", 1)[-1]
        if digest in self.fake.blobs:
            self._send(200, b"", None)
            return
        self._error(404, f'blob "{digest}" not found')

    def blob_post(self, data: dict[str, Any], body: bytes) -> None:
        digest = self.path.rsplit("/", 1)[-1]
        if digest in self.fake.blobs:
            self._send(200, b"", None)
            return
        actual = "sha256:" + hashlib.sha256(body).hexdigest()
        if actual != digest:
            self._error(400, "digest mismatch")
            return
        self.fake.blobs[digest] = len(body)
        self._send(201, b"", None)

    def embed(self, data: dict[str, Any], body: bytes) -> None:
        """``/api/embed``: one L2-normalised vector per input, in order. The vector is a
        hashed bag of the input's words, so texts sharing words are near each other (ranking
        can be tested); ``fake.embed_rate`` inputs per second paces it like a real model, and
        ``fake.embed_gate`` (an Event) holds answers until it is set."""
        model = self._model_or_404(data.get("model"))
        if model is None:
            return
        if "embedding" not in model.capabilities and self.fake.version_at_least("0.32.0"):
            self._error(
                501, "This server does not support embeddings. Start it with `--embeddings`"
            )
            return
        inputs = data.get("input")
        texts = [inputs] if isinstance(inputs, str) else [str(item) for item in inputs or []]
        gate = self.fake.embed_gate
        if gate is not None:
            while not gate.wait(0.05):
                if self.fake.stopping.is_set():
                    return
        rate = self.fake.embed_rate
        if rate:
            time.sleep(len(texts) / rate)
        self.fake.embedded += len(texts)
        self._json(
            200,
            {
                "model": data["model"],
                "embeddings": [fake_embedding(text) for text in texts],
                "total_duration": 14143917 * max(1, len(texts)),
                "load_duration": 1019500,
                "prompt_eval_count": sum(max(1, len(text) // 4) for text in texts),
            },
        )

    # --- generation -----------------------------------------------------------------------

    def generate(self, data: dict[str, Any], body: bytes) -> None:
        self._generation(data, chat=False)

    def chat(self, data: dict[str, Any], body: bytes) -> None:
        self._generation(data, chat=True)

    def _generation(self, data: dict[str, Any], *, chat: bool) -> None:
        requested = str(data.get("model") or "")
        if not requested:
            self._error(400, "model is required")
            return
        model = self._model_or_404(requested)
        if model is None:
            return
        problem = _validate(data, model, chat=chat)
        if problem is not None:
            self._error(*problem)
            return
        num_ctx = prompt.effective_num_ctx(
            data.get("options"), model.show, server_default=self.fake.default_num_ctx
        )
        try:
            loaded = self.fake.load(model.name, data.get("keep_alive"))
        except ValueError as exc:
            self._error(400, str(exc))
            return
        if loaded:
            self.fake.loaded_ctx[short_name(model.name)] = num_ctx
        empty = not data.get("messages") if chat else not data.get("prompt")
        if empty:
            reason = "load" if loaded else "unload"
            piece: dict[str, Any] = {"model": requested, "created_at": go_time()}
            if chat:
                piece["message"] = {"role": "assistant", "content": ""}
            else:
                piece["response"] = ""
            piece.update(done=True, done_reason=reason)
            self._json(200, piece)
            return
        prompt_tokens = 27  # generate: as recorded
        if chat:
            cut = prompt.fit(
                [m for m in data.get("messages") or [] if isinstance(m, dict)],
                num_ctx,
                with_images="vision" in model.capabilities,
            )
            refuses = data.get("truncate") is False and self.fake.version_at_least(
                prompt.TRUNCATE_FIELD_SINCE
            )
            if refuses and cut.whole > num_ctx:
                self._error(400, prompt.OVERFLOW_ERROR)
                return
            with self.fake._lock:
                self.fake.cuts.append(replace(cut, streamed=data.get("stream", True) is not False))
            prompt_tokens = cut.tokens
        script = self.fake.reply
        if script.first_byte_delay:
            with self._streaming():
                self._idle(script.first_byte_delay)
        if script.hold is not None:
            with self._streaming():
                while not script.hold.is_set():
                    self._idle(0.02)
        data = dict(data, _prompt_tokens=prompt_tokens)
        if data.get("stream", True) is False:
            self._json(200, _whole_reply(requested, script, data, chat=chat))
            return
        with self._streaming():
            self._start_stream()
            if script.count is not None:
                self._bulk(requested, script, data, chat=chat)
            else:
                self._stream_reply(requested, script, data, chat=chat)

    def _bulk(self, model: str, script: Reply, data: dict[str, Any], *, chat: bool) -> None:
        piece = _piece(model, script.token, None, chat=chat, created=go_time())
        line = go_json(piece) + b"\n"
        batch = 4096
        remaining = script.count or 0
        while remaining > 0:
            n = min(batch, remaining)
            self._chunk(line * n)
            remaining -= n
        self._line(_final(model, script, data, chat=chat, raw=False))
        self._end_stream()

    def _stream_reply(self, model: str, script: Reply, data: dict[str, Any], *, chat: bool) -> None:
        interval = 1.0 / script.rate if script.rate else 0.0
        sent = 0
        pieces = [(None, t) for t in script.thinking or []] + [
            (t, None) for t in _tokens(script, chat)
        ]
        for text, thinking in pieces:
            if script.error_after is not None and sent >= script.error_after:
                self._line({"error": script.error_message})
                self._end_stream()
                return
            if script.cut_after is not None and sent >= script.cut_after:
                self._cut()
                return
            if script.malformed_after is not None and sent == script.malformed_after:
                self._chunk(b'{"model":"' + model.encode() + b'","crea\n')
            if interval:
                self._idle(interval)
            piece = _piece(model, text, thinking, chat=chat, created=go_time())
            if data.get("logprobs") and text is not None:
                piece["logprobs"] = _logprobs(text, int(data.get("top_logprobs") or 0), sent)
            raw = (script.raw_content or {}).get(sent) if text is not None else None
            if raw is not None:
                if chat:
                    piece["message"]["content"] = RAW_MARK
                else:
                    piece["response"] = RAW_MARK
                self._chunk(go_json(piece).replace(RAW_MARK.encode(), raw) + b"\n")
            else:
                self._line(piece)
            sent += 1
        if script.cut_after is not None and sent >= script.cut_after:
            self._cut()
            return
        if script.error_after is not None and sent >= script.error_after:
            self._line({"error": script.error_message})
            self._end_stream()
            return
        self._line(_final(model, script, data, chat=chat, raw=bool(data.get("raw"))))
        self._end_stream()

    # --- pull / push / create -------------------------------------------------------------

    def pull(self, data: dict[str, Any], body: bytes) -> None:
        name = str(data.get("model") or data.get("name") or "")
        streaming = data.get("stream", True) is not False
        host, namespace, model_name, tag = split_name(name)
        error = None
        if host != DEFAULT_REGISTRY and not data.get("insecure"):
            error = (
                f'pull model manifest: Get "https://{host}/v2/{namespace}/{model_name}/'
                f'manifests/{tag}": http: server gave HTTP response to HTTPS client'
            )
        entry = self.fake.registry.get(short_name(name).lower())
        if error is None and entry is None:
            error = "pull model manifest: file does not exist"
        if (
            error is None
            and self.fake.pull_plan.error
            and not self.fake.pull_plan.error_after_bytes
        ):
            error = self.fake.pull_plan.error
        if not streaming:
            if error:
                self._error(500, error, "application/json")
                return
            assert entry is not None
            self._install_pulled(name, entry)
            self._json(200, {"status": "success"})
            return
        with self._streaming():
            self._start_stream()
            self._line({"status": "pulling manifest"})
            if error:
                self._line({"error": error})
                self._end_stream()
                return
            assert entry is not None
            if not self._pull_layers(entry):
                return
            for status in ("verifying sha256 digest", "writing manifest", "success"):
                self._line({"status": status})
            self._install_pulled(name, entry)
            self._end_stream()

    def _pull_layers(self, entry: RegistryModel) -> bool:
        """Stream layer progress; False when the stream ended in an error line."""
        plan = self.fake.pull_plan
        interval = 1.0 / plan.events_per_second if plan.events_per_second else 0.0
        overall = sum(self.fake.partial.get(d, 0) for d, _ in entry.layers)
        stalled = False
        went_back = False
        for index, (digest, total) in enumerate(entry.layers):
            status = f"pulling {digest[7:19]}"
            done = self.fake.partial.get(digest, 0)
            if self.fake.blobs.get(digest) == total:
                self._line({"status": status, "digest": digest, "total": total,
                            "completed": total})  # fmt: skip
                continue
            step = total / 4 if plan.byte_rate is None else max(1.0, plan.byte_rate * interval)
            while True:
                failing = plan.error and plan.error_after_bytes is not None
                if failing and overall >= (plan.error_after_bytes or 0):
                    self._line({"error": plan.error})
                    self._end_stream()
                    return False
                stall_at = plan.stall_after_bytes
                if stall_at is not None and not stalled and overall >= stall_at:
                    stalled = True
                    self.fake.stalling += 1
                    try:
                        self._idle(plan.stall_seconds if plan.stall_seconds else 3600)
                    finally:
                        self.fake.stalling -= 1
                event: dict[str, Any] = {"status": status, "digest": digest, "total": total}
                if done:
                    event["completed"] = done
                self._line(event)
                if done >= total:
                    break
                if interval and plan.byte_rate is not None:
                    self._idle(interval)
                grown = min(total, int(done + step))
                if (
                    plan.backwards_at is not None
                    and not went_back
                    and index == 0
                    and grown >= total * plan.backwards_at
                ):
                    went_back = True
                    grown = max(0, done - int(step * 2))
                overall += grown - done
                done = grown
                self.fake.partial[digest] = done
            self.fake.blobs[digest] = total
            self.fake.partial.pop(digest, None)
        return True

    def _install_pulled(self, name: str, entry: RegistryModel) -> None:
        self.fake.install_from_registry(name, entry)

    def push(self, data: dict[str, Any], body: bytes) -> None:
        model = self._model_or_404(data.get("model") or data.get("name"))
        if model is None:
            return
        with self._streaming():
            self._start_stream()
            self._line({"status": "retrieving manifest"})
            for digest, total in RECORDED_LAYERS:
                status = f"pushing {digest[7:19]}"
                self._line({"status": status, "digest": digest, "total": total,
                            "completed": total})  # fmt: skip
            self._line({"status": "pushing manifest"})
            self._line({"status": "success"})
            self._end_stream()

    def create(self, data: dict[str, Any], body: bytes) -> None:
        name = str(data.get("model") or "")
        base_name = data.get("from")
        files = data.get("files") or {}
        missing = [d for d in files.values() if d not in self.fake.blobs]
        base = self.fake.models.get(str(base_name)) if base_name else None
        if not name:
            self._error(400, "model is required")
            return
        if missing:
            self._error(400, f"blob {missing[0]} not found")
            return
        if (
            base_name
            and base is None
            and short_name(str(base_name)).lower() not in (self.fake.registry)
        ):
            self._error(404, f"model '{short_name(str(base_name))}' not found")
            return
        with self._streaming():
            self._start_stream()
            if base_name and base is None:
                entry = self.fake.registry[short_name(str(base_name)).lower()]
                self._line({"status": "pulling manifest"})
                self._pull_layers(entry)
                for status in ("verifying sha256 digest", "writing manifest", "success"):
                    self._line({"status": status})
                self._install_pulled(str(base_name), entry)
                base = self.fake.models.get(str(base_name))
            if files:
                self._line({"status": "parsing GGUF"})
            if data.get("quantize"):
                target = str(data["quantize"]).upper()
                for done in (0, 50, 100):
                    self._line({"status": f"quantizing F16 model to {target}", "digest": "0",
                                "total": 100, "completed": done})  # fmt: skip
            layers = list(files.values()) or [f"sha256:{base.digest}" if base else ""]
            for digest in layers:
                self._line({"status": f"using existing layer {digest}"})
            for field_name in ("template", "system", "parameters", "license", "messages"):
                if data.get(field_name):
                    digest = fake_digest(f"{name}/{field_name}")
                    self._line({"status": f"creating new layer sha256:{digest}"})
            self._line({"status": "writing manifest"})
            self._line({"status": "success"})
            capabilities = tuple(base.capabilities) if base else ("completion",)
            size = base.size if base else sum(self.fake.blobs.get(d, 0) for d in files.values())
            self.fake.add_model(
                name,
                size=size,
                capabilities=capabilities,
                system=data.get("system"),
                template=data.get("template"),
                parameters=data.get("parameters"),
            )
            self._end_stream()


class _StreamCounter:
    """Counts a stream as active while it runs."""

    def __init__(self, fake: FakeOllama) -> None:
        self.fake = fake

    def __enter__(self) -> None:
        self.fake.active_streams += 1

    def __exit__(self, *exc: object) -> None:
        self.fake.active_streams -= 1


ROUTES: dict[str, dict[str, str]] = {
    "/": {"GET": "root", "HEAD": "root"},
    "/api/version": {"GET": "version", "HEAD": "version"},
    "/api/status": {"GET": "status"},
    "/api/experimental/model-recommendations": {"GET": "recommendations"},
    "/api/tags": {"GET": "tags", "HEAD": "tags"},
    "/api/ps": {"GET": "ps"},
    "/api/show": {"POST": "show"},
    "/api/copy": {"POST": "copy"},
    "/api/delete": {"DELETE": "delete"},
    "/api/embed": {"POST": "embed"},
    "/api/generate": {"POST": "generate"},
    "/api/chat": {"POST": "chat"},
    "/api/pull": {"POST": "pull"},
    "/api/push": {"POST": "push"},
    "/api/create": {"POST": "create"},
}


def _validate(data: dict[str, Any], model: InstalledModel, *, chat: bool) -> tuple[int, str] | None:
    """The server's request checks that a client is likely to trip over."""
    name = model.name
    if not chat and data.get("raw") and any(data.get(k) for k in ("template", "system", "context")):
        return 400, "raw mode does not support template, system, or context"
    think = data.get("think")
    if think not in (None, False) and "thinking" not in model.capabilities:
        return 400, f'"{name}" does not support thinking'
    if data.get("tools") and "tools" not in model.capabilities:
        return 400, f"registry.ollama.ai/library/{name} does not support tools"
    if data.get("suffix") and "insert" not in model.capabilities:
        return 400, f"registry.ollama.ai/library/{name} does not support insert"
    images = bool(data.get("images")) or any(
        m.get("images") for m in data.get("messages") or [] if isinstance(m, dict)
    )
    if images and "vision" not in model.capabilities:
        return 400, f'"{name}" does not support images'
    for key, value in (data.get("options") or {}).items():
        if key in FLOAT_OPTIONS and (isinstance(value, bool) or not isinstance(value, int | float)):
            return 500, f'option "{key}" must be of type float32'
        if key in INT_OPTIONS and (isinstance(value, bool) or not isinstance(value, int)):
            return 500, f'option "{key}" must be of type integer'
    return None


def _tokens(script: Reply, chat: bool) -> list[str]:
    if script.tokens is not None:
        return script.tokens
    return CHAT_TOKENS if chat else GENERATE_TOKENS


def _piece(
    model: str, text: str | None, thinking: str | None, *, chat: bool, created: str
) -> dict[str, Any]:
    piece: dict[str, Any] = {"model": model, "created_at": created}
    if chat:
        message: dict[str, Any] = {"role": "assistant", "content": text or ""}
        if thinking is not None:
            message["thinking"] = thinking
        piece["message"] = message
    else:
        piece["response"] = text or ""
        if thinking is not None:
            piece["thinking"] = thinking
    piece["done"] = False
    return piece


def _logprobs(token: str, top: int, index: int) -> list[dict[str, Any]]:
    """Made-up but well-formed log probabilities, the shape newer servers send."""
    logprob = -0.05 * (index % 7) - (1.5 if index % 5 == 4 else 0.0)
    entry: dict[str, Any] = {"token": token, "logprob": round(logprob, 6),
                             "bytes": list(token.encode())}  # fmt: skip
    if top:
        entry["top_logprobs"] = [
            {"token": token if n == 0 else f"{token.strip() or '_'}{n}",
             "logprob": round(logprob - n * 0.7, 6)}
            for n in range(top)
        ]  # fmt: skip
    return [entry]


def _stats(eval_count: int, prompt_eval_count: int) -> dict[str, int]:
    return {
        "total_duration": 202971920,
        "load_duration": 569034,
        "prompt_eval_count": prompt_eval_count,
        "prompt_eval_duration": 78705000,
        "eval_count": eval_count,
        "eval_duration": 121171000,
    }


def _final(
    model: str, script: Reply, data: dict[str, Any], *, chat: bool, raw: bool
) -> dict[str, Any]:
    final = _piece(model, "", None, chat=chat, created=go_time())
    if chat and script.tool_calls:
        final["message"]["tool_calls"] = script.tool_calls
    final["done"] = True
    final["done_reason"] = script.done_reason
    if not chat and not raw:
        context = [*(data.get("context") or []), 1, 4093, 198, 19161, 253, 421, 30614]
        if script.huge_line_bytes:
            context += list(range(1_000_000, 1_000_000 + script.huge_line_bytes // 7 + 1))
        final["context"] = context
    if chat and script.huge_line_bytes:
        final["message"]["content"] = " " * script.huge_line_bytes
    count = script.count if script.count is not None else len(_tokens(script, chat))
    final.update(_stats(count, int(data.get("_prompt_tokens", 27))))
    return final


def _whole_reply(model: str, script: Reply, data: dict[str, Any], *, chat: bool) -> dict[str, Any]:
    text = "".join(_tokens(script, chat))
    thinking = "".join(script.thinking or [])
    final = _final(model, script, data, chat=chat, raw=bool(data.get("raw")))
    if chat:
        final["message"]["content"] = text
        if thinking:
            final["message"]["thinking"] = thinking
    else:
        final["response"] = text
        if thinking:
            final = {**final, "thinking": thinking}
    return final
