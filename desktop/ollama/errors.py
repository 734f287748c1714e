"""Errors raised by the Ollama client.

Every error carries two texts: ``message`` in plain words a user can act on (what the UI shows)
and ``detail`` with the technical facts (what the log keeps). ``str(error)`` is the message, so
an error that reaches a dialog unhandled still reads well.
"""

from __future__ import annotations

from typing import Any

from desktop.ollama.host import is_local_url


class OllamaError(Exception):
    """Base of every error the client raises."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class ServerUnreachable(OllamaError):
    """No HTTP answer at all: refused, unknown host, timeout or a TLS failure."""

    def __init__(self, url: str, reason: str, *, detail: str = "") -> None:
        self.url = url
        self.reason = reason  # "refused", "dns", "timeout", "tls" or "network"
        super().__init__(_unreachable_message(url, reason), detail=detail)


class ModelNotFound(OllamaError):
    """The server does not have the model the request named."""

    def __init__(self, model: str, *, detail: str = "") -> None:
        self.model = model
        super().__init__(
            f"The model “{model}” isn't installed on this Ollama server. "
            "You can download it from the Models tab.",
            detail=detail,
        )


class RequestRejected(OllamaError):
    """A 4xx answer: the server understood the request and refused it."""

    def __init__(
        self, status: int, server_message: str, *, body: Any = None, detail: str = ""
    ) -> None:
        self.status = status
        self.server_message = server_message
        self.body = body
        super().__init__(_rejected_message(status, server_message, body), detail=detail)

    @property
    def signin_url(self) -> str | None:
        """Where to sign in, when a cloud model needs an ollama.com account (401)."""
        if isinstance(self.body, dict) and isinstance(self.body.get("signin_url"), str):
            return self.body["signin_url"]
        return None


class ServerError(OllamaError):
    """A 5xx answer: the server failed while handling the request."""

    def __init__(self, status: int, server_message: str, *, detail: str = "") -> None:
        self.status = status
        self.server_message = server_message
        super().__init__(_server_error_message(status, server_message), detail=detail)


class StreamBroken(OllamaError):
    """A stream ended before it was complete, keeping what had arrived.

    ``server_message`` is set when the server reported an error inside the stream (an
    ``{"error": ...}`` line, which arrives with HTTP 200); it is None when the connection was
    cut or the stream simply stopped early.
    """

    def __init__(
        self,
        *,
        server_message: str | None = None,
        partial_text: str = "",
        partial_thinking: str = "",
        chunks_received: int = 0,
        last_chunk: Any = None,
        detail: str = "",
    ) -> None:
        self.server_message = server_message
        self.partial_text = partial_text
        self.partial_thinking = partial_thinking
        self.chunks_received = chunks_received
        self.last_chunk = last_chunk
        super().__init__(_broken_message(server_message), detail=detail)


class UnexpectedResponse(OllamaError):
    """The answer was not Ollama's JSON: a proxy's HTML page, an empty 403, plain text."""

    def __init__(self, status: int, excerpt: str, *, content_type: str = "", detail: str = ""):
        self.status = status
        self.excerpt = excerpt
        self.content_type = content_type
        super().__init__(_unexpected_message(status, excerpt, content_type), detail=detail)


def _unreachable_message(url: str, reason: str) -> str:
    if reason == "refused":
        where = "this computer" if is_local_url(url) else "that computer"
        return (
            f"Can't reach Ollama at {url}: nothing is answering there. "
            f"Is Ollama running on {where}?"
        )
    if reason == "dns":
        return f"Can't reach Ollama at {url}: the computer name could not be found."
    if reason == "timeout":
        return f"Can't reach Ollama at {url}: it did not answer in time."
    if reason == "tls":
        return (
            f"Can't reach Ollama at {url}: the secure (HTTPS) connection failed. "
            "Check the address (http or https) and the server's certificate."
        )
    return f"Can't reach Ollama at {url}: the network connection failed."


_CAPABILITY_HINTS = {
    "tools": "This model can't use tools. Pick a model with the tools badge.",
    "thinking": "This model can't think step by step. Turn thinking off for it.",
    "insert": "This model can't fill in the middle. Leave the suffix empty.",
    "vision": "This model can't look at images. Remove the images or pick a vision model.",
    "chat": "This model can't chat. Use the Generate tab or pick another model.",
    "completion": "This model can't write text (it only makes embeddings).",
}


def _rejected_message(status: int, server_message: str, body: Any) -> str:
    lowered = server_message.lower()
    if "does not support" in lowered:
        for capability, hint in _CAPABILITY_HINTS.items():
            if f"does not support {capability}" in lowered:
                return hint
        if "image" in lowered:
            return _CAPABILITY_HINTS["vision"]
    if status == 401:
        return "This model runs on ollama.com and needs you to sign in first."
    if status == 403:
        return f"The server refused the request: {server_message or 'access denied'}."
    if status == 404:
        return (
            "This Ollama server doesn't know that request. It may be an older version; "
            "updating Ollama should help."
        )
    if status == 499:
        return "The request was cancelled."
    if server_message:
        return f"Ollama couldn't do that: {server_message}"
    return f"Ollama refused the request (HTTP {status})."


def _server_error_message(status: int, server_message: str) -> str:
    if status == 503:
        return "Ollama is busy with other requests. Please try again in a moment."
    if status == 502:
        return "Ollama couldn't reach the service behind it. Please try again later."
    if server_message:
        return f"Ollama ran into a problem: {server_message}"
    return f"Ollama ran into a problem (HTTP {status})."


def _broken_message(server_message: str | None) -> str:
    if server_message:
        return f"The reply stopped early because Ollama reported a problem: {server_message}"
    return "The connection to Ollama broke before the reply was complete."


def _unexpected_message(status: int, excerpt: str, content_type: str) -> str:
    if status == 403 and not excerpt.strip():
        return (
            "The server refused the connection (HTTP 403). Ollama only accepts requests "
            "addressed to its own host name: start it with OLLAMA_HOST=0.0.0.0, or make the "
            "proxy in front of it pass the Host header through."
        )
    if "html" in content_type.lower() or excerpt.lstrip().startswith("<"):
        return (
            f"A different web server (perhaps a proxy) answered instead of Ollama "
            f"(HTTP {status}). Check the server address."
        )
    return f"The server's answer didn't look like Ollama's (HTTP {status}). Check the address."
