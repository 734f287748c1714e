"""A reply's figures and endings in the user's language (the widget side of ``formatting``)."""

from __future__ import annotations

from desktop.storage.records import Message, MessageState, ReplyStats
from desktop.ui.chat.formatting import seconds
from desktop.ui.common.words import translate


def _number(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}"


def stats_summary(stats: ReplyStats) -> str:
    """The footer's short line: "231 tokens · 42.1 tokens/s"."""
    parts: list[str] = []
    if stats.eval_count:
        parts.append(translate("ReplyWords", "{n} tokens").format(n=_number(stats.eval_count)))
    rate = stats.tokens_per_second
    if rate:
        parts.append(translate("ReplyWords", "{rate} tokens/s").format(rate=_number(rate, 1)))
    load = seconds(stats.load_duration)
    if load is not None and load >= 0.5:
        parts.append(
            translate("ReplyWords", "loaded in {seconds} s").format(seconds=_number(load, 1))
        )
    return " · ".join(parts)


def stats_details(stats: ReplyStats) -> list[tuple[str, str]]:
    """Every figure, labelled, for the tooltip."""
    rows: list[tuple[str, str]] = []
    if stats.eval_count is not None:
        rows.append(
            (
                translate("ReplyWords", "Reply length"),
                translate("ReplyWords", "{n} tokens").format(n=_number(stats.eval_count)),
            )
        )
    if stats.tokens_per_second:
        rate = _number(stats.tokens_per_second, 1)
        rows.append(
            (
                translate("ReplyWords", "Writing speed"),
                translate("ReplyWords", "{rate} tokens/s").format(rate=rate),
            )
        )
    if stats.prompt_eval_count is not None:
        count = _number(stats.prompt_eval_count)
        rows.append(
            (
                translate("ReplyWords", "Read before answering"),
                translate("ReplyWords", "{n} tokens").format(n=count),
            )
        )
    load, total = seconds(stats.load_duration), seconds(stats.total_duration)
    if load is not None:
        rows.append(
            (
                translate("ReplyWords", "Loading the model"),
                translate("ReplyWords", "{seconds} s").format(seconds=f"{load:.2f}"),
            )
        )
    if total is not None:
        rows.append(
            (
                translate("ReplyWords", "Total time"),
                translate("ReplyWords", "{seconds} s").format(seconds=f"{total:.2f}"),
            )
        )
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
