"""Errors raised by the Ollama client.

Every error carries two texts: ``message`` in plain words a user can act on (what the UI shows)
and ``detail`` with the technical facts (what the log keeps). ``str(error)`` is the message, so
an error that reaches a dialog unhandled still reads well.
"""

from __future__ import annotations

from typing import Any

from desktop.errors import PaddockError
from desktop.i18n import translate
from desktop.ollama.host import is_local_url, origin_text


class OllamaError(PaddockError):
    """Base of every error the client raises."""


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
            translate(
                "Errors",
                "The model “{model}” isn't installed on this Ollama server. "
                "You can download it from the Models tab.",
            ).format(model=model),
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
    def context_overflow(self) -> bool:
        """The chat is longer than the model's memory and ``truncate: false`` asked the server
        to refuse rather than drop its beginning (Ollama 0.12.6+)."""
        return self.status == 400 and "exceeds the context length" in self.server_message.lower()

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


class RedirectRefused(OllamaError):
    """The server sent Paddock to another server (scheme, host or port), which it didn't
    follow: the profile's key, headers and the request's body are for the server the person
    chose. ``target`` is where it pointed (server text: shown only as scheme, host, port)."""

    def __init__(self, url: str, target: str, *, detail: str = "") -> None:
        self.url = url
        self.target = target
        super().__init__(
            translate(
                "Errors",
                "The server at {url} sent Paddock to another address ({target}); Paddock "
                "didn't follow it, so nothing was sent there. If that address is right, add "
                "it as a server of its own.",
            ).format(url=url, target=origin_text(target)),
            detail=detail,
        )


# What a stream was doing, so its failure is worded for that: a chat or generate reply, a
# pull (download), a push (upload), or a create.
REPLY = "reply"
DOWNLOAD = "download"
UPLOAD = "upload"
CREATE = "create"


class StreamBroken(OllamaError):
    """A stream ended before it was complete, keeping what had arrived.

    ``server_message`` is set when the server reported an error inside the stream (an
    ``{"error": ...}`` line, which arrives with HTTP 200); it is None when the connection was
    cut or the stream simply stopped early. The message names the ``operation`` (``REPLY``,
    ``DOWNLOAD``, ``UPLOAD`` or ``CREATE``) in plain words; the server's own text stays in
    ``server_message`` and ``detail``.
    """

    def __init__(
        self,
        *,
        server_message: str | None = None,
        operation: str = REPLY,
        partial_text: str = "",
        partial_thinking: str = "",
        chunks_received: int = 0,
        last_chunk: Any = None,
        detail: str = "",
    ) -> None:
        self.server_message = server_message
        self.operation = operation
        self.partial_text = partial_text
        self.partial_thinking = partial_thinking
        self.chunks_received = chunks_received
        self.last_chunk = last_chunk
        if server_message and server_message not in detail:
            detail = f"{detail}: {server_message}" if detail else server_message
        super().__init__(_broken_message(operation, server_message), detail=detail)


class UnexpectedResponse(OllamaError):
    """The answer was not Ollama's JSON: a proxy's HTML page, an empty 403, plain text."""

    def __init__(self, status: int, excerpt: str, *, content_type: str = "", detail: str = ""):
        self.status = status
        self.excerpt = excerpt
        self.content_type = content_type
        super().__init__(_unexpected_message(status, excerpt, content_type), detail=detail)


def _unreachable_message(url: str, reason: str) -> str:
    if reason == "refused":
        if is_local_url(url):
            text = translate(
                "Errors",
                "Can't reach Ollama at {url}: nothing is answering there. "
                "Is Ollama running on this computer?",
            )
        else:
            text = translate(
                "Errors",
                "Can't reach Ollama at {url}: nothing is answering there. "
                "Is Ollama running on that computer?",
            )
    elif reason == "dns":
        text = translate(
            "Errors", "Can't reach Ollama at {url}: the computer name could not be found."
        )
    elif reason == "timeout":
        text = translate("Errors", "Can't reach Ollama at {url}: it did not answer in time.")
    elif reason == "tls":
        text = translate(
            "Errors",
            "Can't reach Ollama at {url}: the secure (HTTPS) connection failed. "
            "Check the address (http or https) and the server's certificate.",
        )
    else:
        text = translate("Errors", "Can't reach Ollama at {url}: the network connection failed.")
    return text.format(url=url)


_CAPABILITIES = ("tools", "thinking", "insert", "vision", "chat", "completion")


def _capability_hint(capability: str) -> str:
    """What to do when the model lacks ``capability`` (one of ``_CAPABILITIES``)."""
    if capability == "tools":
        return translate("Errors", "This model can't use tools. Pick a model with the tools badge.")
    if capability == "thinking":
        return translate("Errors", "This model can't think step by step. Turn thinking off for it.")
    if capability == "insert":
        return translate("Errors", "This model can't fill in the middle. Leave the suffix empty.")
    if capability == "vision":
        return translate(
            "Errors", "This model can't look at images. Remove the images or pick a vision model."
        )
    if capability == "chat":
        return translate(
            "Errors", "This model can't chat. Use the Generate tab or pick another model."
        )
    return translate("Errors", "This model can't write text (it only makes embeddings).")


def _rejected_message(status: int, server_message: str, body: Any) -> str:
    lowered = server_message.lower()
    if status == 400 and "exceeds the context length" in lowered:
        return translate(
            "Errors",
            "This chat is longer than the model can keep in mind, so Ollama refused it "
            "instead of forgetting the beginning. Your message is kept.",
        )
    if "does not support" in lowered:
        for capability in _CAPABILITIES:
            if f"does not support {capability}" in lowered:
                return _capability_hint(capability)
        if "image" in lowered:
            return _capability_hint("vision")
    if status == 401:
        return translate("Errors", "This model runs on ollama.com and needs you to sign in first.")
    if status == 403:
        if not server_message:
            return translate("Errors", "The server refused the request: access denied.")
        return translate("Errors", "The server refused the request: {message}.").format(
            message=server_message
        )
    if status == 404:
        return translate(
            "Errors",
            "This Ollama server doesn't know that request. It may be an older version; "
            "updating Ollama should help.",
        )
    if status == 499:
        return translate("Errors", "The request was cancelled.")
    if server_message:
        return translate("Errors", "Ollama couldn't do that: {message}").format(
            message=server_message
        )
    return translate("Errors", "Ollama refused the request (HTTP {status}).").format(status=status)


def _server_error_message(status: int, server_message: str) -> str:
    if status == 503:
        return translate(
            "Errors", "Ollama is busy with other requests. Please try again in a moment."
        )
    if status == 502:
        return translate(
            "Errors", "Ollama couldn't reach the service behind it. Please try again later."
        )
    if server_message:
        return translate("Errors", "Ollama ran into a problem: {message}").format(
            message=server_message
        )
    return translate("Errors", "Ollama ran into a problem (HTTP {status}).").format(status=status)


def _broken_message(operation: str, server_message: str | None) -> str:
    """The client's own words for a stream that ended early; never the server's text."""
    if server_message is None:
        return _cut_message(operation)
    if operation == DOWNLOAD:
        return translate(
            "Errors",
            "The download failed because Ollama reported a problem. Please try again later.",
        )
    if operation == UPLOAD:
        return translate(
            "Errors", "The upload failed because Ollama reported a problem. Please try again later."
        )
    if operation == CREATE:
        return translate(
            "Errors",
            "Creating the model failed because Ollama reported a problem. Please try again.",
        )
    lowered = server_message.lower()
    if "unexpectedly stopped" in lowered:
        return translate(
            "Errors",
            "The reply stopped early because the model unexpectedly stopped on the computer "
            "running Ollama, often for lack of memory. Try again, or pick a smaller model.",
        )
    if "out of memory" in lowered or "more system memory" in lowered:
        return translate(
            "Errors",
            "The reply stopped early because the computer running Ollama ran out of memory. "
            "Close other programs there or pick a smaller model, then try again.",
        )
    return translate(
        "Errors", "The reply stopped early because Ollama reported a problem. Please try again."
    )


def _cut_message(operation: str) -> str:
    if operation == DOWNLOAD:
        return translate(
            "Errors",
            "The connection to Ollama broke before the download was complete. Ollama keeps "
            "what it has downloaded: downloading again continues from there.",
        )
    if operation == UPLOAD:
        return translate(
            "Errors",
            "The connection to Ollama broke before the upload was complete. Please try again.",
        )
    if operation == CREATE:
        return translate(
            "Errors",
            "The connection to Ollama broke before the model was created. Please try again.",
        )
    return translate("Errors", "The connection to Ollama broke before the reply was complete.")


def _unexpected_message(status: int, excerpt: str, content_type: str) -> str:
    if status == 403 and not excerpt.strip():
        return translate(
            "Errors",
            "The server refused the connection (HTTP 403). Ollama only accepts requests "
            "addressed to its own host name: start it with OLLAMA_HOST=0.0.0.0, or make the "
            "proxy in front of it pass the Host header through.",
        )
    if "html" in content_type.lower() or excerpt.lstrip().startswith("<"):
        return translate(
            "Errors",
            "A different web server (perhaps a proxy) answered instead of Ollama "
            "(HTTP {status}). Check the server address.",
        ).format(status=status)
    return translate(
        "Errors",
        "The server's answer didn't look like Ollama's (HTTP {status}). Check the address.",
    ).format(status=status)
