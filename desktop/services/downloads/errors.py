"""Why a download failed, in words a person can act on.

Pull errors arrive as one ``{"error": ...}`` line (a :class:`StreamBroken` with
``server_message``) or, for ``stream: false``, as a :class:`ServerError`. Their texts come from
Go's libraries and the registry; we match the stable fragments.
"""

from __future__ import annotations

import re

from desktop.ollama.errors import OllamaError, RequestRejected, ServerError, StreamBroken

STALLED = (
    "The download stopped making progress, and reconnecting didn't help. Check the internet "
    "connection of the computer running Ollama, then press Retry."
)
CUT = (
    "The connection to Ollama kept breaking during the download. Check that Ollama is still "
    "running, then press Retry."
)
OFFLINE = (
    "Can't reach the model library — check the internet connection of the computer running Ollama."
)

_NEWER = re.compile(r"\b412\b")
_REFUSED = re.compile(r"\b40[13]\b")
_OFFLINE_SIGNS = (
    "no such host",
    "dial tcp",
    "lookup ",
    "network is unreachable",
    "connection refused",
    "i/o timeout",
    "tls handshake timeout",
    "connection reset",
    "temporary failure in name resolution",
    "no route to host",
)


def server_words(server_message: str, name: str) -> str:
    """Plain words for the error text Ollama sent while pulling ``name``."""
    text = server_message.lower()
    if "file does not exist" in text or "manifest unknown" in text or "not found" in text:
        return (
            f"There is no model called “{name}” in the library. Check the spelling, or pick "
            "one from the catalogue."
        )
    if "http response to https client" in text or "insecure protocol" in text:
        return (
            "That registry only offers plain (insecure) HTTP. If you trust it, tick “Allow "
            "insecure (HTTP) registry” and add the download again."
        )
    if "no space left" in text or "not enough space" in text or "disk full" in text:
        return (
            "The computer running Ollama has run out of disk space. Delete models you no "
            "longer use (or free space another way), then press Retry."
        )
    if "digest mismatch" in text or "file must be downloaded again" in text:
        return (
            "A downloaded file arrived damaged (its checksum didn't match). Press Retry to "
            "download it again."
        )
    if _NEWER.search(text) or "newer version" in text:
        return "This model needs a newer version of Ollama. Update Ollama, then press Retry."
    if "unauthorized" in text or "denied" in text or _REFUSED.search(text):
        return f"The registry refused access to “{name}”. It may be private or need you to sign in."
    if any(sign in text for sign in _OFFLINE_SIGNS):
        return OFFLINE
    if "max retries exceeded" in text:
        return (
            "The download kept failing and Ollama gave up. Check the internet connection of "
            "the computer running Ollama, then press Retry."
        )
    return f"The download failed. Ollama said: {server_message}"


def describe_pull_error(error: BaseException, name: str) -> str:
    """The words to show on a failed download item."""
    if isinstance(error, StreamBroken) and error.server_message:
        return server_words(error.server_message, name)
    if isinstance(error, ServerError | RequestRejected) and error.server_message:
        return server_words(error.server_message, name)
    if isinstance(error, OllamaError):
        return error.message
    if isinstance(error, OSError) and error.strerror:
        return f"Something went wrong on this computer: {error.strerror}."
    return "Something unexpected went wrong with this download. The details are in the log file."
