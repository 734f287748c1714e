"""Markdown → the HTML subset Qt's text documents understand, safe for untrusted model text.

markdown-it-py parses with raw HTML *disabled*: any tag the model writes comes out escaped, as
text, so it can neither hide the rest of the message nor restyle it. Images are never emitted as
``<img>`` (which would make Qt fetch a URL or open a local file): they become a link labelled
with their description. Links keep markdown-it's own filter (no ``javascript:``, ``file:``...);
the view still asks before opening anything. Code is highlighted with Pygments using inline
styles — finished blocks only, never per token. Qt-free: colours come in as a :class:`Palette`.

Hostile text is bounded for display (:mod:`desktop.ui.common.display_limits`): long runs of text
get break opportunities, long code lines are cut with a note, and nesting is flattened — lines
keep at most ``MAX_MARKERS`` leading quote or list markers (the rest is shown as text, where
markdown-it would drop it) and quotes are drawn at most ``MAX_QUOTE_DEPTH`` deep (each level is a
table, and Qt's table layout doubles in time with every level). Text that is mostly markup
characters (``> > > …``, ``****…``) is shown as plain text: markdown-it stops at every one of
them, and a few thousand took a tenth of a second or more to parse.

markdown-it and Pygments are imported on the first render, not with this module: the window
shows sooner when no message needs them yet.
"""

from __future__ import annotations

import html
import re
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from desktop.ui.common.display_limits import break_long_runs, fold_code_lines

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token
    from pygments.formatters import HtmlFormatter

MAX_HIGHLIGHT_CHARS = 200_000  # beyond this a block is shown plain: highlighting would stall
MAX_MARKERS = 8  # leading quote/list markers kept on a line; deeper ones are shown as text
MAX_QUOTE_DEPTH = 6  # quotes nested deeper are drawn at this depth
_MARKER = re.compile(r"[ \t]{0,3}(?:>[ \t]?|[-+*][ \t]+|\d{1,9}[.)][ \t]+)")
_MARKUP = re.compile(r"[\n!#$%&*+\-:<=>@\[\\\]^_`{}~]")  # where markdown-it's text stops
DENSE_MARKUP = 400  # more markup characters than this, making up over 40% of the text
_MARKER_START = re.compile(r"(?m)^[ \t]*[>+*\d-]")


@dataclass(frozen=True, slots=True)
class Palette:
    """The colours the HTML needs (from the Qt palette, light or dark)."""

    dark: bool = False
    text: str = "#1e1e1e"
    muted: str = "#6a6a6a"
    link: str = "#1565c0"
    code_background: str = "#f3f4f6"
    border: str = "#d0d7de"
    header_background: str = "#eef0f3"
    quote_bar: str = "#c8ccd2"

    @classmethod
    def for_dark(cls) -> Palette:
        return cls(
            dark=True,
            text="#e8e8e8",
            muted="#a0a0a0",
            link="#6cb6ff",
            code_background="#1b1f24",
            border="#444c56",
            header_background="#2d333b",
            quote_bar="#545d68",
        )

    @property
    def pygments_style(self) -> str:
        return "github-dark" if self.dark else "default"


def style_sheet(palette: Palette) -> str:
    """The document style sheet for rendered messages (Qt's CSS subset)."""
    return (
        f"p, li {{ margin-top: 0px; margin-bottom: 6px; }}"
        f"ul, ol {{ margin-top: 0px; margin-bottom: 6px; }}"
        f"h1 {{ font-size: x-large; margin-top: 6px; margin-bottom: 6px; }}"
        f"h2 {{ font-size: large; margin-top: 6px; margin-bottom: 6px; }}"
        f"h3, h4, h5, h6 {{ font-size: medium; margin-top: 4px; margin-bottom: 4px; }}"
        f"a {{ color: {palette.link}; }}"
        f"pre {{ margin-top: 2px; margin-bottom: 8px; }}"
        f"th {{ background-color: {palette.header_background}; }}"
        f".muted {{ color: {palette.muted}; }}"
    )


class MarkdownRenderer:
    """Renders prose blocks and code blocks to Qt-ready HTML."""

    def __init__(self, palette: Palette | None = None) -> None:
        self.palette = palette or Palette()
        self._parser: MarkdownIt | None = None

    @property
    def _md(self) -> MarkdownIt:
        """The parser, made on the first render (importing markdown-it then)."""
        if self._parser is None:
            self._parser = self._make_parser()
        return self._parser

    def _make_parser(self) -> MarkdownIt:
        from markdown_it import MarkdownIt

        parser = MarkdownIt("commonmark", {"html": False, "breaks": False})
        parser.enable(["table", "strikethrough"])
        rules: dict[str, Any] = {
            "image": self._image,
            "fence": self._fence,
            "code_block": self._code_block,
            "code_inline": self._code_inline,
            "table_open": self._table_open,
            "th_open": self._cell_open,
            "td_open": self._cell_open,
            "blockquote_open": self._blockquote_open,
            "blockquote_close": self._blockquote_close,
            "text": self._text,
        }
        for name, rule in rules.items():
            # markdown-it binds a rule to its own renderer: wrap ours so ``self`` stays ours.
            parser.add_render_rule(name, _unbound(rule))
        return parser

    # --- public -------------------------------------------------------------------------------

    def prose(self, markdown: str) -> str:
        """HTML for markdown text (raw HTML in it comes out as visible text)."""
        if too_dense(markdown):
            text = html.escape(break_long_runs(markdown)).replace("\n", "<br>")
            return f"<p>{text}</p>\n"
        return self._md.render(flatten_deep_nesting(markdown), {"quote_depth": 0})

    def code(self, code: str, lang: str = "") -> str:
        """A highlighted ``<pre>`` for a finished code block."""
        return code_html(code, lang, self.palette.pygments_style, self.palette.text)

    # --- markdown-it render rules -------------------------------------------------------------

    def _image(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        alt = "".join(child.content for child in token.children or []) or "image"
        src = str(token.attrGet("src") or "")
        label = html.escape(f"[image: {alt}]")
        if not src:
            return f'<span class="muted">{label}</span>'
        return f'<a href="{html.escape(src, quote=True)}">{label}</a>'

    def _fence(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        lang = token.info.strip().split()[0] if token.info.strip() else ""
        return self.code(token.content, lang)

    def _code_block(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return self.code(tokens[idx].content, "")

    def _text(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return html.escape(break_long_runs(tokens[idx].content))

    def _code_inline(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        text = html.escape(break_long_runs(tokens[idx].content))
        return (
            f'<code style="background-color: {self.palette.code_background}; '
            f'font-family: monospace;">&#8202;{text}&#8202;</code>'
        )

    def _table_open(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return (
            f'<table border="1" cellspacing="0" cellpadding="5" '
            f'style="border-collapse: collapse; border-color: {self.palette.border}; '
            f'margin-bottom: 8px;">\n'
        )

    def _cell_open(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        style = str(token.attrGet("style") or "")
        align = style.removeprefix("text-align:") if style.startswith("text-align:") else ""
        attribute = f' align="{html.escape(align)}"' if align else ""
        return f"<{token.tag}{attribute}>"

    def _blockquote_open(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        env["quote_depth"] = env.get("quote_depth", 0) + 1
        if env["quote_depth"] > MAX_QUOTE_DEPTH:
            return ""
        # Qt draws no border on a blockquote: a one-cell table with a left bar looks right.
        return (
            '<table cellspacing="0" cellpadding="0" style="margin-bottom: 6px;"><tr>'
            f'<td width="3" bgcolor="{self.palette.quote_bar}"></td>'
            f'<td style="padding-left: 10px; color: {self.palette.muted};">'
        )

    def _blockquote_close(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        env["quote_depth"] = env.get("quote_depth", 1) - 1
        if env["quote_depth"] >= MAX_QUOTE_DEPTH:
            return ""
        return "</td></tr></table>\n"


def too_dense(markdown: str) -> bool:
    """Mostly markup characters: too slow to parse, and not meant as formatting."""
    if len(markdown) <= DENSE_MARKUP:
        return False
    count = len(_MARKUP.findall(markdown))
    return count > DENSE_MARKUP and count * 5 > len(markdown) * 2


def flatten_deep_nesting(markdown: str, keep: int = MAX_MARKERS) -> str:
    """Lines that open more than ``keep`` quotes or lists at once keep ``keep`` of them; the
    next marker is escaped, so the rest of the line is shown as text."""
    if not _MARKER_START.search(markdown):
        return markdown
    lines = markdown.split("\n")
    for index, line in enumerate(lines):
        position = count = 0
        while count <= keep:
            match = _MARKER.match(line, position)
            if match is None or match.end() == position:
                break
            count += 1
            if count > keep:
                start = position + len(match.group()) - len(match.group().lstrip(" \t"))
                marker_end = start + 1
                while line[marker_end - 1].isdigit():
                    marker_end += 1  # "12." : escape the dot
                lines[index] = f"{line[: marker_end - 1]}\\{line[marker_end - 1 :]}"
            position = match.end()
    return "\n".join(lines)


def _unbound(rule: Any) -> Any:
    def render(_renderer: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return rule(tokens, idx, options, env)

    return render


@lru_cache(maxsize=64)
def _formatter(style: str) -> HtmlFormatter:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(style=style, noclasses=True, nowrap=True)


@lru_cache(maxsize=128)
def _lexer(lang: str) -> Any:
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        return get_lexer_by_name(lang, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


def code_html(code: str, lang: str, style: str = "default", text_colour: str = "") -> str:
    """``<pre>`` with Pygments' inline-styled spans (plain, escaped text if the language is
    unknown, the block is huge or a line of it was cut)."""
    shown = fold_code_lines(code)
    highlight_it = lang and shown is code and len(code) <= MAX_HIGHLIGHT_CHARS
    lexer = _lexer(lang.lower()) if highlight_it else None
    code = shown
    body = html.escape(code) if lexer is None else _highlight(code, lexer, style)
    if body.endswith("\n"):
        body = body[:-1]
    colour = f" color: {text_colour};" if text_colour else ""
    return f'<pre style="font-family: monospace;{colour}">{body}</pre>'


def prepare_highlighting(lang: str, style: str) -> None:
    """Load ``lang``'s lexer and ``style``'s formatter (tens of milliseconds the first time):
    done ahead, on a worker thread, the first block of a language costs no more than others."""
    _lexer(lang.lower())
    _formatter(style)


def _highlight(code: str, lexer: Any, style: str) -> str:
    from pygments import highlight

    return highlight(code, lexer, _formatter(style))


_loader: threading.Thread | None = None


def markdown_ready() -> bool:
    """Whether markdown-it is loaded. The first time it is not, it starts loading on a worker
    thread (a tenth of a second of imports): the first chat shown after start-up shows its
    text plain for a moment instead of waiting for it on the GUI thread."""
    global _loader
    if _loader is None:
        if "markdown_it" in sys.modules:  # imported on this thread: complete
            return True
        _loader = threading.Thread(target=_load_markdown, name="paddock-markdown", daemon=True)
        _loader.start()
        return False
    return not _loader.is_alive()


def _load_markdown() -> None:
    import markdown_it  # noqa: F401
