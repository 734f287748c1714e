"""A blocking client for Ollama's REST API, one method per endpoint.

Pure Python on ``requests``: the GUI reaches it through :mod:`desktop.ollama.aio`, which runs
these calls in worker threads. Every failure becomes an :class:`~desktop.ollama.errors.OllamaError`
with a plain-words message.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Generic, TypeVar

import requests
import urllib3

from desktop.ollama import transport
from desktop.ollama.chunked import body_reads
from desktop.ollama.errors import (
    CREATE,
    DOWNLOAD,
    REPLY,
    UPLOAD,
    ModelNotFound,
    OllamaError,
    RedirectRefused,
    RequestRejected,
    ServerError,
    ServerUnreachable,
    StreamBroken,
    UnexpectedResponse,
)
from desktop.ollama.host import resolve_host
from desktop.ollama.ndjson import iter_lines, loads_line
from desktop.ollama.types import (
    ChatChunk,
    EmbedResponse,
    GenerateChunk,
    Message,
    ModelInfo,
    ProgressEvent,
    RunningModel,
    ShowResponse,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

# (connect, read) seconds. Quick calls must fail fast so the status bar stays honest; streams
# get no total limit (a model load alone can take minutes) but a generous idle-read limit.
QUICK_TIMEOUT = (3.05, 10.0)
DETAIL_TIMEOUT = (5.0, 60.0)
STREAM_TIMEOUT = (10.0, 900.0)
READ_SIZE = 64 * 1024

ProgressCallback = Callable[[str, int, int], None]
_OPERATIONS = {"/api/pull": DOWNLOAD, "/api/push": UPLOAD, "/api/create": CREATE}
_NOT_FOUND = re.compile(r"model ['\"]?(?P<name>[^'\"]+)['\"]? not found", re.IGNORECASE)


class Stream(Generic[T]):
    """An iterator over one streaming response's typed chunks.

    ``close()`` may be called from any thread: it aborts the connection at once, whether the
    request is still waiting for its first byte or reading chunks, and the server then stops.
    Iteration raises :class:`StreamBroken` when the stream ends without its final line, keeping
    what had arrived; it ends quietly after ``close()``.
    """

    def __init__(
        self,
        open_response: Callable[[], requests.Response],
        parse: Callable[[dict[str, Any]], T],
        is_final: Callable[[T], bool],
        text_of: Callable[[T], tuple[str, str]] | None = None,
        *,
        end_on_final: bool = True,
        operation: str = REPLY,
    ) -> None:
        self._open_response = open_response
        self._operation = operation
        self._parse = parse
        self._is_final = is_final
        self._text_of = text_of
        self._end_on_final = end_on_final
        self._lock = threading.Lock()
        self._closed = False
        self._released = False
        self._scope = transport.RequestScope()
        self.response: requests.Response | None = None
        self.malformed_lines = 0

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Abort the request: the socket closes now, from whichever thread calls this.

        Only a connection this stream still holds is shut: once its response is done and the
        connection is back in the pool (perhaps carrying another request), closing is harmless.
        """
        with self._lock:
            if self._closed:
                return
            self._closed = True
            response = self.response
        self._scope.abort()
        if response is not None:
            self._release(response)

    def _release(self, response: requests.Response) -> None:
        """Close the response exactly once, whichever thread gets here first.

        Closing hands the connection back to the pool; the reader's own close and a close from
        another thread racing each other could both hand it back, and the pool would then lend
        one connection to two requests at once (seen as ``ResponseNotReady``).
        """
        with self._lock:
            if self._released:
                return
            self._released = True
        response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __iter__(self) -> Iterator[T]:
        if self._closed:
            return
        try:
            with transport.scoped(self._scope):
                response = self._open_response()
        except OllamaError:
            if self._closed:
                return
            raise
        with self._lock:
            self.response = response
            closed = self._closed
        if closed:
            self._release(response)
            return
        yield from self._read(response)

    def _read(self, response: requests.Response) -> Iterator[T]:
        text_parts: list[str] = []
        thinking_parts: list[str] = []
        received = 0
        last: T | None = None
        finished = False
        try:
            for line in iter_lines(_raw_reads(response)):
                try:
                    data = loads_line(line)
                except ValueError:
                    self.malformed_lines += 1
                    log.warning("skipped a malformed stream line: %.200r", line)
                    continue
                if not isinstance(data, dict):
                    self.malformed_lines += 1
                    continue
                if "error" in data:
                    raise StreamBroken(
                        server_message=str(data["error"]),
                        operation=self._operation,
                        partial_text="".join(text_parts),
                        partial_thinking="".join(thinking_parts),
                        chunks_received=received,
                        last_chunk=last,
                        detail=f"error line from {response.url}: {data['error']}",
                    )
                chunk = self._parse(data)
                received += 1
                last = chunk
                if self._text_of is not None:
                    text, thinking = self._text_of(chunk)
                    if text:
                        text_parts.append(text)
                    if thinking:
                        thinking_parts.append(thinking)
                if self._is_final(chunk):
                    finished = True
                yield chunk
                if finished and self._end_on_final:
                    return
        except ValueError:
            if self._closed:
                return  # close() closed the body under the read ("read of closed file")
            raise
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            if self._closed:
                return
            raise StreamBroken(
                operation=self._operation,
                partial_text="".join(text_parts),
                partial_thinking="".join(thinking_parts),
                chunks_received=received,
                last_chunk=last,
                detail=f"stream from {response.url} failed: {exc!r}",
            ) from exc
        finally:
            self._release(response)
        if not finished and not self._closed:
            raise StreamBroken(
                operation=self._operation,
                partial_text="".join(text_parts),
                partial_thinking="".join(thinking_parts),
                chunks_received=received,
                last_chunk=last,
                detail=f"stream from {response.url} ended after {received} chunks "
                "without its final line",
            )


def _raw_reads(response: requests.Response) -> Iterator[bytes]:
    """Yield data as soon as it arrives (whatever has come, not a full 64 KiB)."""
    return body_reads(response, READ_SIZE)


class _ProgressFile:
    """A file wrapper that reports upload progress as requests reads it."""

    def __init__(self, handle: BinaryIO, total: int, progress: ProgressCallback | None) -> None:
        self._handle = handle
        self._total = total
        self._done = 0
        self._progress = progress
        self.len = total  # requests reads this to send Content-Length

    def read(self, size: int = -1) -> bytes:
        data = self._handle.read(size if size and size > 0 else READ_SIZE)
        self._done += len(data)
        if self._progress is not None:
            self._progress("uploading", self._done, self._total)
        return data


class OllamaClient:
    """Blocking access to one Ollama server.

    ``host`` follows :func:`resolve_host` (``None`` reads ``OLLAMA_HOST``). ``api_key`` is sent
    as a bearer token only when given (ollama.com or an authenticating proxy).
    """

    def __init__(
        self,
        host: str | None = None,
        *,
        api_key: str | None = None,
        headers: Mapping[str, str] | None = None,
        verify: bool = True,
    ) -> None:
        self.base_url = resolve_host(host)
        self._session = transport.make_session()
        self._session.verify = verify
        self._session.headers.update({"Accept": "application/json", "User-Agent": _user_agent()})
        if headers:
            self._session.headers.update(headers)
        if api_key:
            self._session.headers["Authorization"] = f"Bearer {api_key}"

    def close(self) -> None:
        self._session.close()

    # --- server ---------------------------------------------------------------------------

    def version(self) -> str:
        """The server's version string, e.g. ``"0.24.0"`` (``"0.0.0"`` for dev builds)."""
        data = self._json("GET", "/api/version", timeout=QUICK_TIMEOUT)
        return str(data.get("version", ""))

    def list_models(self) -> list[ModelInfo]:
        data = self._json("GET", "/api/tags", timeout=QUICK_TIMEOUT)
        return [ModelInfo.from_json(item) for item in data.get("models") or []]

    def running_models(self) -> list[RunningModel]:
        data = self._json("GET", "/api/ps", timeout=QUICK_TIMEOUT)
        return [RunningModel.from_json(item) for item in data.get("models") or []]

    def model_recommendations(self) -> dict[str, Any]:
        """Models the server suggests for its hardware (server 0.22.1+; raw JSON)."""
        return self._json("GET", "/api/experimental/model-recommendations", timeout=QUICK_TIMEOUT)

    def show(self, model: str, *, verbose: bool = False) -> ShowResponse:
        body: dict[str, Any] = {"model": model}
        if verbose:
            body["verbose"] = True
        return ShowResponse.from_json(
            self._json("POST", "/api/show", body, timeout=DETAIL_TIMEOUT, model=model)
        )

    # --- model management -----------------------------------------------------------------

    def copy(self, source: str, destination: str) -> None:
        body = {"source": source, "destination": destination}
        self._request("POST", "/api/copy", body, timeout=DETAIL_TIMEOUT, model=source)

    def delete(self, model: str) -> None:
        self._request(
            "DELETE", "/api/delete", {"model": model}, timeout=DETAIL_TIMEOUT, model=model
        )

    def pull(self, model: str, *, insecure: bool = False) -> Stream[ProgressEvent]:
        body: dict[str, Any] = {"model": model, "stream": True}
        if insecure:
            body["insecure"] = True
        return self._progress_stream("/api/pull", body, model)

    def push(self, model: str, *, insecure: bool = False) -> Stream[ProgressEvent]:
        body: dict[str, Any] = {"model": model, "stream": True}
        if insecure:
            body["insecure"] = True
        return self._progress_stream("/api/push", body, model)

    def create(self, model: str, **fields: Any) -> Stream[ProgressEvent]:
        """Create a model; a ``from`` that is not local pulls it inside this same stream."""
        return self._progress_stream(
            "/api/create", {"model": model, **fields, "stream": True}, None
        )

    def blob_exists(self, digest: str) -> bool:
        response = self._request(
            "HEAD", f"/api/blobs/{digest}", None, timeout=DETAIL_TIMEOUT, accept=(200, 404)
        )
        return response.status_code == 200

    def upload_blob(
        self, path: str | os.PathLike[str], *, progress: ProgressCallback | None = None
    ) -> str:
        """Upload a file as a blob (skipped when the server has it); returns ``sha256:<hex>``.

        ``progress(stage, done, total)`` is called with stage ``"hashing"`` then
        ``"uploading"``; raising from it aborts the upload.
        """
        file_path = Path(path)
        total = file_path.stat().st_size
        digest = "sha256:" + _sha256_of(file_path, total, progress)
        if self.blob_exists(digest):
            if progress is not None:
                progress("uploading", total, total)
            return digest
        with file_path.open("rb") as handle:
            self._request(
                "POST",
                f"/api/blobs/{digest}",
                None,
                data=_ProgressFile(handle, total, progress),
                timeout=STREAM_TIMEOUT,
                headers={"Content-Type": "application/octet-stream"},
            )
        return digest

    # --- generation -----------------------------------------------------------------------

    def generate(
        self, model: str, prompt: str = "", *, stream: bool = True, **fields: Any
    ) -> Stream[GenerateChunk] | GenerateChunk:
        body = {"model": model, "prompt": prompt, **_encode_images(fields), "stream": stream}
        if not stream:
            data = self._json("POST", "/api/generate", body, timeout=STREAM_TIMEOUT, model=model)
            return GenerateChunk.from_json(data)
        return Stream(
            lambda: self._request(
                "POST", "/api/generate", body, timeout=STREAM_TIMEOUT, stream=True, model=model
            ),
            GenerateChunk.from_json,
            _is_done,
            _generate_text,
        )

    def chat(
        self,
        model: str,
        messages: Sequence[Message | Mapping[str, Any]],
        *,
        stream: bool = True,
        **fields: Any,
    ) -> Stream[ChatChunk] | ChatChunk:
        body = {
            "model": model,
            "messages": [_message_json(message) for message in messages],
            **fields,
            "stream": stream,
        }
        if not stream:
            data = self._json("POST", "/api/chat", body, timeout=STREAM_TIMEOUT, model=model)
            return ChatChunk.from_json(data)
        return Stream(
            lambda: self._request(
                "POST", "/api/chat", body, timeout=STREAM_TIMEOUT, stream=True, model=model
            ),
            ChatChunk.from_json,
            _is_done,
            _chat_text,
        )

    def embed(self, model: str, input: str | Sequence[str]) -> EmbedResponse:
        body = {"model": model, "input": input if isinstance(input, str) else list(input)}
        data = self._json("POST", "/api/embed", body, timeout=STREAM_TIMEOUT, model=model)
        return EmbedResponse.from_json(data)

    # --- plumbing -------------------------------------------------------------------------

    def url_for(self, path: str) -> str:
        return self.base_url + path

    def _progress_stream(
        self, path: str, body: dict[str, Any], model: str | None
    ) -> Stream[ProgressEvent]:
        # create's stream may hold a whole pull with its own "success": the end is the close.
        end_on_final = path != "/api/create"
        return Stream(
            lambda: self._request(
                "POST", path, body, timeout=STREAM_TIMEOUT, stream=True, model=model
            ),
            ProgressEvent.from_json,
            _is_success,
            end_on_final=end_on_final,
            operation=_OPERATIONS[path],
        )

    def _json(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        timeout: tuple[float, float],
        model: str | None = None,
    ) -> dict[str, Any]:
        response = self._request(method, path, body, timeout=timeout, model=model)
        data = _decode_json(response)
        if not isinstance(data, dict):
            raise _unexpected(response)
        return data

    def _request(
        self,
        method: str,
        path: str,
        body: Any,
        *,
        timeout: tuple[float, float],
        stream: bool = False,
        model: str | None = None,
        data: Any = None,
        headers: Mapping[str, str] | None = None,
        accept: tuple[int, ...] = (),
    ) -> requests.Response:
        url = self.url_for(path)
        try:
            response = self._session.request(
                method,
                url,
                json=body,
                data=data,
                headers=headers,
                timeout=timeout,
                stream=stream,
            )
        except requests.RequestException as exc:
            raise _unreachable(self.base_url, exc) from exc
        if response.is_redirect:  # the session followed it only within this server
            response.close()
            raise _redirect_refused(self.base_url, response)
        if response.status_code < 300 or response.status_code in accept:
            if stream and not _is_ndjson(response) and response.status_code < 300:
                # A proxy may answer 200 with its own page: that is not an Ollama stream.
                content_type = response.headers.get("Content-Type", "")
                if "json" not in content_type:
                    error = _unexpected(response)
                    response.close()
                    raise error
            return response
        try:
            raise _http_error(response, model)
        finally:
            response.close()


def _user_agent() -> str:
    from desktop import __version__

    return f"Paddock/{__version__}"


def _is_ndjson(response: requests.Response) -> bool:
    return "ndjson" in response.headers.get("Content-Type", "")


def _is_done(chunk: ChatChunk | GenerateChunk) -> bool:
    return chunk.done


def _is_success(event: ProgressEvent) -> bool:
    return event.status == "success"


def _chat_text(chunk: ChatChunk) -> tuple[str, str]:
    return chunk.message.content, chunk.message.thinking or ""


def _generate_text(chunk: GenerateChunk) -> tuple[str, str]:
    return chunk.response, chunk.thinking or ""


def _message_json(message: Message | Mapping[str, Any]) -> dict[str, Any]:
    data = message.to_json() if isinstance(message, Message) else dict(message)
    return _encode_images(data)


def _encode_images(data: Mapping[str, Any]) -> dict[str, Any]:
    """Images go as bare base64: bytes are encoded, text is sent as given."""
    result = dict(data)
    images = result.get("images")
    if images:
        result["images"] = [
            base64.b64encode(image).decode("ascii")
            if isinstance(image, bytes | bytearray)
            else image
            for image in images
        ]
    return result


def _sha256_of(path: Path, total: int, progress: ProgressCallback | None) -> str:
    digest = hashlib.sha256()
    done = 0
    with path.open("rb") as handle:
        while block := handle.read(1024 * 1024):
            digest.update(block)
            done += len(block)
            if progress is not None:
                progress("hashing", done, total)
    if progress is not None and total == 0:
        progress("hashing", 0, 0)
    return digest.hexdigest()


def _decode_json(response: requests.Response) -> Any:
    content_type = response.headers.get("Content-Type", "")
    if "json" not in content_type:
        raise _unexpected(response)
    try:
        return response.json()
    except ValueError as exc:
        raise _unexpected(response) from exc


def _excerpt(response: requests.Response, limit: int = 300) -> str:
    try:
        text = response.text
    except (requests.RequestException, OSError):
        return ""
    return text[:limit]


def _unexpected(response: requests.Response) -> UnexpectedResponse:
    excerpt = _excerpt(response)
    content_type = response.headers.get("Content-Type", "")
    return UnexpectedResponse(
        response.status_code,
        excerpt,
        content_type=content_type,
        detail=f"{response.request.method} {response.url} -> {response.status_code} "
        f"{content_type!r}: {excerpt[:200]!r}",
    )


def _http_error(response: requests.Response, model: str | None) -> OllamaError:
    status = response.status_code
    content_type = response.headers.get("Content-Type", "")
    body: Any = None
    if "json" in content_type:
        try:
            body = response.json()
        except ValueError:
            body = None
    if not isinstance(body, dict) or "error" not in body:
        if status == 404 and response.text.strip() == "404 page not found":
            return RequestRejected(
                status,
                "404 page not found",
                detail=f"{response.request.method} {response.url}: endpoint missing",
            )
        return _unexpected(response)
    message = str(body["error"])
    detail = f"{response.request.method} {response.url} -> {status}: {message}"
    if status == 404:
        match = _NOT_FOUND.search(message)
        if match or model:
            return ModelNotFound(model or match.group("name"), detail=detail)  # type: ignore[union-attr]
    if 400 <= status < 500:
        return RequestRejected(status, message, body=body, detail=detail)
    return ServerError(status, message, detail=detail)


def _redirect_refused(url: str, response: requests.Response) -> RedirectRefused:
    target = requests.compat.urljoin(response.url, response.headers.get("Location", ""))
    return RedirectRefused(
        url,
        target,
        detail=f"{response.request.method} {response.url} -> {response.status_code} "
        f"Location: {target[:300]!r} (not followed: another server)",
    )


def _unreachable(url: str, exc: requests.RequestException) -> ServerUnreachable:
    reason = "network"
    text = repr(exc)
    if isinstance(exc, requests.exceptions.SSLError):
        reason = "tls"
    elif isinstance(exc, requests.exceptions.Timeout):
        reason = "timeout"
    elif (
        "NameResolutionError" in text
        or "Name or service not known" in text
        or "nodename nor servname" in text
        or "getaddrinfo failed" in text
        or "Temporary failure in name resolution" in text
        or "No address associated" in text
    ):
        reason = "dns"
    elif "refused" in text.lower() or "Errno 111" in text or "WinError 10061" in text:
        reason = "refused"
    return ServerUnreachable(url, reason, detail=text)
