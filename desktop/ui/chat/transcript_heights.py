"""Guessing messages' heights before their widgets exist (the transcript's scroll range).

A guess is cheap (the text's length and line breaks, a long text judged by its beginning) and
is replaced by the measured height once the message's widget exists. A chat of thousands of
messages is guessed near the anchor first, the rest a few thousand per pass of the loop.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from desktop.storage.records import Message

ESTIMATE_SAMPLE_CHARS = 2000  # of a message's text, read to guess its height
ESTIMATE_PER_PASS = 2000  # messages whose height is guessed per pass of the loop


def first_guesses(
    messages: Sequence[Message], around: int, per_line: int, line: int
) -> tuple[list[int], list[int]]:
    """Heights for ``messages``: guessed near ``around``, a typical one elsewhere; and the
    indexes still at the typical height (to guess on later passes)."""
    count = len(messages)
    around = max(0, min(count - 1, around))
    low = max(0, around - ESTIMATE_PER_PASS // 2)
    high = min(count, low + ESTIMATE_PER_PASS)
    exact = [estimate_height(m, per_line, line) for m in messages[low:high]]
    typical = sum(exact) // len(exact) if exact else 48
    heights = [typical] * count
    heights[low:high] = exact
    return heights, [*range(low), *range(high, count)]


def estimate_height(message: Message, chars_per_line: int, line_height: int) -> int:
    """A cheap guess of a message's height before its widget exists."""
    text = message.content
    # A long text is judged by its beginning: opening a chat of thousands of long messages
    # must not read every character of them on the GUI thread.
    sample = text if len(text) <= ESTIMATE_SAMPLE_CHARS else text[:ESTIMATE_SAMPLE_CHARS]
    scale = len(text) / len(sample) if sample else 1.0
    lines = (sample.count("\n") + sample.count("```")) * scale + 1 + len(text) // chars_per_line
    height = lines * line_height + 16
    height += 28  # footer
    if message.role != "user":
        height += line_height  # header
    if message.attachments:
        height += 120
    if message.thinking:
        height += 26
    return max(48, math.ceil(height))
