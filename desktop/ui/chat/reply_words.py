"""A reply's figures and endings in the user's language (the widget side of ``formatting``)."""

from __future__ import annotations

from desktop.formats import number, seconds_text, token_count, token_rate
from desktop.storage.records import Message, MessageState, ReplyStats
from desktop.ui.chat.formatting import seconds
from desktop.ui.common.words import translate


def stats_summary(stats: ReplyStats) -> str:
    """The footer's short line: "231 tokens · 42.1 tokens/s"."""
    parts: list[str] = []
    if stats.eval_count:
        parts.append(token_count(stats.eval_count))
    rate = stats.tokens_per_second
    if rate:
        parts.append(token_rate(rate))
    load = seconds(stats.load_duration)
    if load is not None and load >= 0.5:
        parts.append(
            translate("ReplyWords", "loaded in {seconds} s").format(seconds=number(load, 1))
        )
    return " · ".join(parts)


def stats_details(stats: ReplyStats) -> list[tuple[str, str]]:
    """Every figure, labelled, for the tooltip."""
    rows: list[tuple[str, str]] = []
    if stats.eval_count is not None:
        rows.append((translate("ReplyWords", "Reply length"), token_count(stats.eval_count)))
    if stats.tokens_per_second:
        rows.append((translate("ReplyWords", "Writing speed"), token_rate(stats.tokens_per_second)))
    if stats.prompt_eval_count is not None:
        read = token_count(stats.prompt_eval_count)
        rows.append((translate("ReplyWords", "Read before answering"), read))
    load, total = seconds(stats.load_duration), seconds(stats.total_duration)
    if load is not None:
        rows.append((translate("ReplyWords", "Loading the model"), seconds_text(load, 2)))
    if total is not None:
        rows.append((translate("ReplyWords", "Total time"), seconds_text(total, 2)))
    return rows


def ending_note(message: Message) -> str:
    """A calm line under a reply that did not end normally ("" when it did)."""
    if message.state is MessageState.INTERRUPTED:
        return translate("ReplyWords", "Stopped before the reply was finished.")
    if message.state is MessageState.COMPLETE and message.done_reason == "length":
        return translate(
            "ReplyWords",
            "Stopped at the reply length limit. Raise “Max reply length” in this chat's "
            "options for longer replies.",
        )
    return ""
