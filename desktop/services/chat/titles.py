"""Conversation titles: a fallback from the first message, a short one asked of the model.

The fallback appears as soon as the first message is saved, so the sidebar never shows a row
of "New chat"; the model's title replaces it after the first reply. Neither ever replaces a
title the user typed (the storage layer enforces that).
"""

from __future__ import annotations

import re

FALLBACK_WORDS = 6
MAX_TITLE_WORDS = 8
MAX_TITLE_CHARS = 60
TITLE_OPTIONS = {"num_predict": 24, "temperature": 0.2}
EXCERPT_CHARS = 1200

_THINK_BLOCK = re.compile(r"<think>.*?(</think>|$)", re.DOTALL | re.IGNORECASE)
_LABEL = re.compile(r"^\s*(chat\s+)?title\s*[:\-–—]\s*", re.IGNORECASE)
_MARKUP = re.compile(r"[*_`#>\[\]]")
_EDGES = " \t\"'“”‘’„«»‹›「」.,;:!?…-–—()"


def fallback_title(text: str) -> str:
    """The first few words of the user's first message ("" when it has no words)."""
    words = text.split()
    title = " ".join(words[:FALLBACK_WORDS])
    if len(title) > MAX_TITLE_CHARS:
        title = title[: MAX_TITLE_CHARS - 1].rstrip()
        return title + "…"
    return title + ("…" if len(words) > FALLBACK_WORDS else "")


def title_prompt(user_text: str, reply_text: str) -> list[dict[str, str]]:
    """The messages asking for a 3–6 word title for the first exchange."""
    return [
        {
            "role": "system",
            "content": "You name conversations. Answer with the title only: 3 to 6 words, "
            "no quotes, no punctuation at the end.",
        },
        {
            "role": "user",
            "content": "Write a title of 3 to 6 words for this conversation.\n\n"
            f"User: {user_text[:EXCERPT_CHARS]}\n\nAssistant: {reply_text[:EXCERPT_CHARS]}",
        },
    ]


def clean_title(raw: str) -> str:
    """The model's answer made into a title: first line, no quotes, labels or markup."""
    text = _THINK_BLOCK.sub("", raw)
    line = next((line for line in text.splitlines() if line.strip(" \t*_#`\"'")), "")
    line = _LABEL.sub("", line)
    line = _MARKUP.sub("", line)
    line = " ".join(line.split()).strip(_EDGES)
    words = line.split()
    if len(words) > MAX_TITLE_WORDS:
        line = " ".join(words[:MAX_TITLE_WORDS]).rstrip(_EDGES)
    if len(line) > MAX_TITLE_CHARS:
        line = line[:MAX_TITLE_CHARS].rsplit(" ", 1)[0].rstrip(_EDGES)
    return line
