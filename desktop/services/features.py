"""Which server version each feature needs, and the plain words when it is too old.

Features are gated on ``/api/version``: an older Ollama either rejects the field or ignores
it silently, and neither tells the user what to do.
"""

from __future__ import annotations

FEATURES: dict[str, tuple[str, tuple[int, ...]]] = {
    # key: (what a person calls it, the first version that has it)
    "thinking": ("Thinking", (0, 9, 0)),
    "think_levels": ("Thinking levels (low, medium, high)", (0, 12, 0)),
    "logprobs": ("Token probabilities", (0, 12, 11)),
    "recommendations": ("Recommended models", (0, 22, 1)),
}


def version_tuple(text: str | None) -> tuple[int, ...]:
    """ "0.12.11-rc1" → (0, 12, 11); anything unreadable → ()."""
    if not text:
        return ()
    parts = []
    for part in text.split("-")[0].split("."):
        if not part.isdigit():
            break
        parts.append(int(part))
    return tuple(parts)


def supports(feature: str, server_version: str | None) -> bool:
    """Unknown versions and development builds (0.0.0) are given the benefit of the doubt."""
    parts = version_tuple(server_version)
    return not parts or parts == (0, 0, 0) or parts >= FEATURES[feature][1]


def needed_version(feature: str) -> str:
    """ "0.9.0": the first Ollama that has ``feature``."""
    return ".".join(str(part) for part in FEATURES[feature][1])


def too_old_message(feature: str, server_version: str | None) -> str:
    """English words for logs and Qt-free callers (widgets word it themselves, translated).

     "" when supported, else e.g. "Thinking needs Ollama 0.9.0 or newer; this server runs
    0.6.2. Update Ollama to use it." """
    if supports(feature, server_version):
        return ""
    name = FEATURES[feature][0]
    needed = needed_version(feature)
    return (
        f"{name} needs Ollama {needed} or newer; this server runs {server_version}. "
        "Update Ollama to use it."
    )
