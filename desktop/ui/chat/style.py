"""The chat's look in one place: colours from the Qt palette (light or dark), the renderer,
and the style sheets of bubbles, code blocks, notes and action buttons."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPalette

from desktop.ui.chat.renderer import MarkdownRenderer, Palette, style_sheet
from desktop.ui.common.design import DARK_TONES, LIGHT_TONES, RADIUS, RADIUS_BUBBLE, RADIUS_SMALL

RENDERED_KEPT = 2000  # rendered pieces remembered per style (a long reply's worth)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


@dataclass
class ChatStyle:
    """Shared by every message widget of a tab (one renderer, one set of colours)."""

    dark: bool = False
    colours: Palette = field(default_factory=Palette)
    renderer: MarkdownRenderer = field(init=False)
    document_css: str = field(init=False)
    _rendered: OrderedDict[tuple[str, str], str] = field(
        init=False, repr=False, default_factory=OrderedDict
    )
    code_rendered: int = field(init=False, default=0)  # code blocks rendered (not remembered)

    def __post_init__(self) -> None:
        self.renderer = MarkdownRenderer(self.colours)
        self.document_css = style_sheet(self.colours)

    # --- rendering, remembered ------------------------------------------------------------

    def prose_html(self, markdown: str) -> str:
        """HTML for a finished run of prose. Remembered: a piece made again when it scrolls
        back into view costs no rendering."""
        return self._remember(("", markdown), lambda: self.renderer.prose(markdown))

    def code_html(self, code: str, lang: str) -> str:
        """A finished code block, highlighted once for each (language, code)."""

        def highlight() -> str:
            self.code_rendered += 1
            return self.renderer.code(code, lang)

        return self._remember((lang or " ", code), highlight)

    def _remember(self, key: tuple[str, str], render) -> str:  # type: ignore[no-untyped-def]
        cache = self._rendered
        markup = cache.get(key)
        if markup is None:
            markup = render()
            cache[key] = markup
            if len(cache) > RENDERED_KEPT:
                cache.popitem(last=False)
        else:
            cache.move_to_end(key)
        return markup

    @classmethod
    def current(cls) -> ChatStyle:
        dark = is_dark()
        return cls(dark=dark, colours=Palette.for_dark() if dark else Palette())

    # --- colours --------------------------------------------------------------------------

    @property
    def user_bubble(self) -> str:
        return "#2d3f35" if self.dark else "#e6f2ec"

    @property
    def user_border(self) -> str:
        return "#3d5747" if self.dark else "#cfe4d8"

    @property
    def error_background(self) -> str:
        return (DARK_TONES if self.dark else LIGHT_TONES).problem_background

    @property
    def error_border(self) -> str:
        return (DARK_TONES if self.dark else LIGHT_TONES).problem_border

    @property
    def error_text(self) -> str:
        return (DARK_TONES if self.dark else LIGHT_TONES).problem_text

    @property
    def note_text(self) -> str:
        return self.colours.muted

    @property
    def highlight_border(self) -> str:
        return "#d4a017"

    # --- style sheets ---------------------------------------------------------------------

    def bubble_css(self) -> str:
        return (
            f"QFrame#userBubble {{ background: {self.user_bubble};"
            f" border: 1px solid {self.user_border}; border-radius: {RADIUS_BUBBLE}px; }}"
        )

    def error_css(self) -> str:
        return (
            f"QFrame#messageError {{ background: {self.error_background};"
            f" border: 1px solid {self.error_border}; border-radius: {RADIUS}px; }}"
            f"QFrame#messageError QLabel {{ color: {self.error_text}; background: transparent; }}"
        )

    def message_css(self) -> str:
        """One style sheet per message for all its parts (one per part made each message
        several milliseconds dearer to create)."""
        c = self.colours
        return (
            self.bubble_css()
            + self.error_css()
            + f'QLabel[note="true"] {{ color: {self.note_text}; background: transparent; }}'
            + "QTextBrowser { background: transparent; }"
            + f"QLabel#messageModelBadge {{ background: {c.header_background}; color: {c.muted};"
            f" border: 1px solid {c.border}; border-radius: {RADIUS}px; padding: 1px 7px; }}"
            + f"QToolButton#codeCopyButton {{ border: none; padding: 2px 6px; color: {c.muted};"
            f" border-radius: {RADIUS_SMALL}px; background: transparent; }}"
            f"QToolButton#codeCopyButton:hover {{ background: {c.code_background};"
            f" color: {c.text}; }}"
            + f"QWidget#messageFooter QToolButton {{ border: none; padding: 2px 6px;"
            f" color: {c.muted}; border-radius: {RADIUS_SMALL}px; }}"
            f"QWidget#messageFooter QToolButton:hover {{ background: {c.header_background};"
            f" color: {c.text}; }}"
            f"QWidget#messageFooter QToolButton:disabled {{ color: {c.border}; }}"
        )

    def flash_css(self) -> str:
        return (
            f"QFrame#chatMessage {{ border: 2px solid {self.highlight_border};"
            " border-radius: 8px; }"
        )

    def action_css(self) -> str:
        return (
            f"QToolButton {{ border: none; padding: 2px 6px; color: {self.colours.muted};"
            f" border-radius: {RADIUS_SMALL}px; }}"
            f"QToolButton:hover {{ background: {self.colours.header_background};"
            f" color: {self.colours.text}; }}"
            f"QToolButton:disabled {{ color: {self.colours.border}; }}"
        )


def monospace_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    return font
