"""Model facts in the user's language: capabilities, parameter names, server names.

Sizes, numbers, durations and times are written by ``desktop.formats`` (for every layer).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.i18n import english_plural


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` by the name lupdate looks for.

    Widgets use it for counted texts, ``translate("Context", "%n file(s)", "", n)``, rather
    than ``self.tr``: an English source's "(s)" is resolved here.
    """
    text = QCoreApplication.translate(context, text, disambiguation, n)
    return english_plural(text, n) if n >= 0 else text


def capability_word(capability: str) -> str:
    """What a capability means, in a few words ("sees images"); unknown ones as they are."""
    words = {
        "completion": translate("Words", "writes text"),
        "vision": translate("Words", "sees images"),
        "tools": translate("Words", "uses tools"),
        "thinking": translate("Words", "thinks step by step"),
        "embedding": translate("Words", "makes embeddings (for search)"),
        "insert": translate("Words", "fills in the middle (code)"),
        "audio": translate("Words", "hears audio"),
    }
    return words.get(capability, capability)


def capability_words(capabilities: list[str] | tuple[str, ...]) -> str:
    return ", ".join(capability_word(c) for c in capabilities) or translate("Words", "unknown")


def use_word(use: str) -> str:
    """One use of ``desktop.services.models.details.good_for`` in a few words ("pictures")."""
    words = {
        "chat": translate("Words", "chat"),
        "pictures": translate("Words", "pictures"),
        "code": translate("Words", "code"),
        "thinking": translate("Words", "thinking"),
        "tools": translate("Words", "using tools"),
        "search": translate("Words", "search"),
        "sound": translate("Words", "sound"),
    }
    return words.get(use, use)


def good_for_words(uses: list[str]) -> str:
    """ "chat · pictures · code", or "unknown" while nothing is known."""
    return " · ".join(use_word(use) for use in uses) or translate("Words", "unknown")


def badge(capability: str) -> str:
    """The short name on a capability pill ("vision", "tools")."""
    words = {
        "vision": translate("Words", "vision"),
        "tools": translate("Words", "tools"),
        "thinking": translate("Words", "thinking"),
        "embedding": translate("Words", "embedding"),
        "code": translate("Words", "code"),
        "insert": translate("Words", "insert"),
        "completion": translate("Words", "completion"),
        "audio": translate("Words", "audio"),
    }
    return words.get(capability, capability)


def parameter_label(key: str) -> str:
    """Plain labels for the model parameters people meet most; others keep their API name."""
    labels = {
        "temperature": translate("Words", "Creativity (temperature)"),
        "num_ctx": translate("Words", "Memory (tokens)"),
        "num_predict": translate("Words", "Reply length limit (num_predict)"),
        "top_p": translate("Words", "Word choice breadth (top_p)"),
        "top_k": translate("Words", "Words considered (top_k)"),
        "min_p": translate("Words", "Minimum likelihood (min_p)"),
        "repeat_penalty": translate("Words", "Avoid repeating (repeat_penalty)"),
        "repeat_last_n": translate("Words", "Look-back for repeats (repeat_last_n)"),
        "seed": translate("Words", "Random seed"),
        "stop": translate("Words", "Stop at"),
    }
    return labels.get(key, key)


def server_name(name: str) -> str:
    """A server profile's name for display: the one Paddock made itself is translated."""
    if name == "This computer":  # what desktop.services.servers names the first profile
        return translate("Words", "This computer")
    return name
