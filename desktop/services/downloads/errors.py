"""Why a download failed, in words a person can act on.

Pull errors arrive as one ``{"error": ...}`` line (a :class:`StreamBroken` with
``server_message``) or, for ``stream: false``, as a :class:`ServerError`. Their texts come from
Go's libraries and the registry; we match the stable fragments.
"""

from __future__ import annotations

import re

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ollama.errors import OllamaError, RequestRejected, ServerError, StreamBroken

# In English as written; ``in_words`` gives them in the user's language.
STALLED = QT_TRANSLATE_NOOP(
    "Downloads",
    "The download stopped making progress, and reconnecting didn't help. Check the internet "
    "connection of the computer running Ollama, then press Retry.",
)
CUT = QT_TRANSLATE_NOOP(
    "Downloads",
    "The connection to Ollama kept breaking during the download. Check that Ollama is still "
    "running, then press Retry.",
)
OFFLINE = QT_TRANSLATE_NOOP(
    "Downloads",
    "Can't reach the model library — check the internet connection of the computer running Ollama.",
)


def in_words(constant: str) -> str:
    """``STALLED``, ``CUT`` or ``OFFLINE`` in the user's language."""
    return translate("Downloads", constant)


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


def _asks_for_insecure(text: str) -> bool:
    return "http response to https client" in text or "insecure protocol" in text


def needs_insecure(error: BaseException) -> bool:
    """True when the registry only speaks plain HTTP: the pull works again with "insecure"."""
    message = getattr(error, "server_message", "") or ""
    return _asks_for_insecure(message.lower())


def server_words(server_message: str, name: str) -> str:
    """Plain words for the error text Ollama sent while pulling ``name``."""
    text = server_message.lower()
    if "file does not exist" in text or "manifest unknown" in text or "not found" in text:
        return translate(
            "Downloads",
            "There is no model called “{name}” in the library. Check the spelling, or pick "
            "one from the catalogue.",
        ).format(name=name)
    if _asks_for_insecure(text):
        return translate(
            "Downloads",
            "That registry only offers plain (insecure) HTTP. If you trust it, tick “Allow "
            "insecure (HTTP) registry” and add the download again.",
        )
    if "no space left" in text or "not enough space" in text or "disk full" in text:
        return translate(
            "Downloads",
            "The computer running Ollama has run out of disk space. Delete models you no "
            "longer use (or free space another way), then press Retry.",
        )
    if "digest mismatch" in text or "file must be downloaded again" in text:
        return translate(
            "Downloads",
            "A downloaded file arrived damaged (its checksum didn't match). Press Retry to "
            "download it again.",
        )
    if _NEWER.search(text) or "newer version" in text:
        return translate(
            "Downloads",
            "This model needs a newer version of Ollama. Update Ollama, then press Retry.",
        )
    if "unauthorized" in text or "denied" in text or _REFUSED.search(text):
        return translate(
            "Downloads",
            "The registry refused access to “{name}”. It may be private or need you to sign in.",
        ).format(name=name)
    if any(sign in text for sign in _OFFLINE_SIGNS):
        return in_words(OFFLINE)
    if "max retries exceeded" in text:
        return translate(
            "Downloads",
            "The download kept failing and Ollama gave up. Check the internet connection of "
            "the computer running Ollama, then press Retry.",
        )
    return translate("Downloads", "The download failed. Ollama said: {message}").format(
        message=server_message
    )


def describe_pull_error(error: BaseException, name: str) -> str:
    """The words to show on a failed download item."""
    if isinstance(error, StreamBroken) and error.server_message:
        return server_words(error.server_message, name)
    if isinstance(error, ServerError | RequestRejected) and error.server_message:
        return server_words(error.server_message, name)
    if isinstance(error, OllamaError):
        return error.message
    if isinstance(error, OSError) and error.strerror:
        return translate("Errors", "Something went wrong on this computer: {reason}.").format(
            reason=error.strerror
        )
    return translate(
        "Downloads",
        "Something unexpected went wrong with this download. The details are in the log file.",
    )
