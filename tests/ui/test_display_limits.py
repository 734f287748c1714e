"""The display bounds on model text: breaks in long runs, cut code lines, flattened nesting."""

from __future__ import annotations

import html as html_text
import re

from desktop.ui.chat.renderer import MAX_MARKERS, MarkdownRenderer, flatten_deep_nesting
from desktop.ui.common.display_limits import (
    BREAK,
    LineFolder,
    RunBreaker,
    break_long_runs,
    fold_code_lines,
    without_breaks,
)

_UNBREAKABLE = re.compile(rf"[^\s{BREAK}]+")


def longest_run(text: str) -> int:
    return max(map(len, _UNBREAKABLE.findall(text)), default=0)


def test_long_runs_get_a_break_every_so_often_and_nothing_else_changes() -> None:
    text = "short words stay as they are " + "z" * 1234 + " and so does this"
    shown = break_long_runs(text, every=100)
    assert longest_run(shown) == 100
    assert without_breaks(shown) == text
    assert longest_run(break_long_runs("a few words", every=3)) == 3


def test_a_run_fed_in_pieces_is_counted_across_them() -> None:
    breaker = RunBreaker(every=50)
    pieces = ["x" * 30, "y" * 30, "z" * 70, " w", "v" * 60]
    shown = "".join(breaker.feed(piece) for piece in pieces)
    assert longest_run(shown) == 50
    assert without_breaks(shown) == "".join(pieces)


def test_long_code_lines_are_cut_with_a_count() -> None:
    code = "short\n" + "q" * 2500 + "\nlast"
    shown = fold_code_lines(code, limit=1000)
    lines = shown.split("\n")
    assert lines[0] == "short" and lines[2] == "last"
    assert lines[1].startswith("q" * 1000 + " …") and "1,500 more characters" in lines[1]
    assert fold_code_lines("tiny", limit=1000) == "tiny"


def test_streamed_code_is_cut_the_same_way() -> None:
    code = "short\n" + "q" * 2500 + "\nlast"
    folder = LineFolder(limit=1000)
    streamed = "".join(folder.feed(code[i : i + 333]) for i in range(0, len(code), 333))
    assert streamed == fold_code_lines(code, limit=1000)


def test_deep_nesting_keeps_some_levels_and_shows_the_rest_as_text() -> None:
    flattened = flatten_deep_nesting("> " * 50 + "words")
    assert flattened.startswith("> " * MAX_MARKERS + "\\>")
    assert flattened.endswith("words")
    assert flatten_deep_nesting("- " * 20 + "item").startswith("- " * MAX_MARKERS + "\\-")
    assert flatten_deep_nesting("1. " * 20 + "item").startswith("1. " * MAX_MARKERS + "1\\.")
    ordinary = "> a quote\n> > nested\n\n- a\n- b\n\n1. one"
    assert flatten_deep_nesting(ordinary) == ordinary


def test_quotes_are_drawn_a_bounded_depth_and_keep_their_words() -> None:
    html = MarkdownRenderer().prose("> " * 3000 + "the bottom")
    assert html.count("<table") <= 6
    assert "the bottom" in html


def test_long_runs_in_rendered_text_break_but_links_keep_their_address() -> None:
    address = "https://example.com/" + "p" * 900
    html = MarkdownRenderer().prose(f"[{'t' * 900}]({address}) and `{'c' * 900}`")
    assert f'href="{address}"' in html
    assert longest_run(html_text.unescape(re.sub(r"<[^>]*>", " ", html))) <= 500
