"""A reply's figures and endings in the user's language (the widget side of ``formatting``)."""

from __future__ import annotations

from desktop.formats import number, seconds_text, token_count, token_rate
from desktop.storage.records import Message, MessageState, ReplyStats
from desktop.ui.chat.formatting import seconds
from desktop.ui.common.words import translate

WORDS_PER_TOKEN = 0.75  # English prose, roughly; a speed in words is said as "about"


def words_per_second(stats: ReplyStats) -> str:
    """ "about 32 words a second" ("" without a speed)."""
    rate = stats.tokens_per_second
    if not rate:
        return ""

    return translate("ReplyWords", "about {count} words a second").format(
        count=number(max(1, round(rate * WORDS_PER_TOKEN)))
    )


def stats_summary(stats: ReplyStats, *, technical: bool = False) -> str:
    """The footer's short line: "written in 6.2 s · about 32 words a second", or with
    technical details "231 tokens · 42.1 tokens/s"."""
    parts: list[str] = []
    if not technical:
        total = seconds(stats.eval_duration)
        if total is not None and total >= 0.05:
            parts.append(
                translate("ReplyWords", "written in {seconds} s").format(seconds=number(total, 1))
            )
        speed = words_per_second(stats)
        if speed:
            parts.append(speed)
    elif stats.eval_count:
        parts.append(token_count(stats.eval_count))
    rate = stats.tokens_per_second
    if rate and technical:
        parts.append(token_rate(rate))
    load = seconds(stats.load_duration)
    if load is not None and load >= 0.5:
        parts.append(
            translate("ReplyWords", "loaded in {seconds} s").format(seconds=number(load, 1))
        )
    return " · ".join(parts)


def stats_details(stats: ReplyStats, *, technical: bool = False) -> list[tuple[str, str]]:
    """Every figure, labelled, for the tooltip (in tokens with technical details)."""
    rows: list[tuple[str, str]] = []
    if not technical:
        if stats.tokens_per_second:
            rows.append((translate("ReplyWords", "Writing speed"), words_per_second(stats)))
    elif stats.eval_count is not None:
        rows.append((translate("ReplyWords", "Reply length"), token_count(stats.eval_count)))
    if technical and stats.tokens_per_second:
        rows.append((translate("ReplyWords", "Writing speed"), token_rate(stats.tokens_per_second)))
    if technical and stats.prompt_eval_count is not None:
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
            "Stopped at the reply length limit. Raise “Reply length limit” in this chat's "
            "settings for longer replies.",
        )
    return ""


def forgot_start_note() -> str:
    """Under a reply the server wrote without the start of the chat (its prompt was cut)."""
    return translate(
        "ReplyWords",
        "The model could not see the start of this chat when it wrote this reply.",
    )
