"""Paddock's look in one place: the palettes, the colours beyond them, spacing, corners, type.

Widgets take their measures from here instead of writing pixels and colours of their own, so
the app keeps one rhythm and a change of look is one edit. Colours that carry text are
checked for contrast in both themes by ``tests/ui/test_contrast.py``.

- **Palettes** (``LIGHT``, ``DARK``): Qt's colour roles for an explicit light or dark choice
  (``theme.apply_theme`` sets them); widgets read them through ``palette()``, or in style
  sheets as ``palette(window-text)``.
- **Tones** (``tones(palette)``): named colours beyond the roles (good, bad, warning, a
  problem's box, the server dot), one set per theme.
- **Badges and charts** (``BADGES``, ``DISK_SEGMENTS``): a capability's pill (fill, ink) and
  the disk bar's segments; the pills keep light fills in both themes (ink on them is checked).
- **Spacing** (``SPACE_*``, pixels): 2 · 4 · 8 · 12 · 16 · 24 · 32, for margins and gaps.
- **Corners** (``RADIUS_*``): small boxes 4, panels and chips 6, the user's bubble 12.
- **Type** (``SIZE_*``): multiples of the user's chosen text size, never below
  ``SMALLEST_POINTS``; ``scaled_font`` applies one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QGuiApplication, QPalette

# --- palettes ---------------------------------------------------------------------------------

DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1f1f1f",
    QPalette.ColorRole.AlternateBase: "#2a2a2a",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Link: "#6cb6ff",
    QPalette.ColorRole.Highlight: "#2f7d5f",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#8c8c8c",
}
LIGHT = {
    QPalette.ColorRole.Window: "#efefef",
    QPalette.ColorRole.WindowText: "#1e1e1e",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f5f5f5",
    QPalette.ColorRole.ToolTipBase: "#ffffdc",
    QPalette.ColorRole.ToolTipText: "#1e1e1e",
    QPalette.ColorRole.Text: "#1e1e1e",
    QPalette.ColorRole.Button: "#efefef",
    QPalette.ColorRole.ButtonText: "#1e1e1e",
    QPalette.ColorRole.BrightText: "#c62828",
    QPalette.ColorRole.Link: "#1565c0",
    QPalette.ColorRole.Highlight: "#2f7d5f",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#717171",
}
DISABLED_TEXT = {"light": "#a0a0a0", "dark": "#7a7a7a"}  # dim on the window colour


# --- tones ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tones:
    """The named colours of one theme beyond Qt's roles."""

    good: str  # "✓ Valid JSON"
    bad: str  # a mistake in a field
    warning: str  # a switch that changes what is sent
    problem_background: str  # the box of a problem (the message bar, a failed reply)
    problem_border: str
    problem_text: str
    connected: str  # the server dot: its colour says the state, its text says it in words
    unreachable: str
    checking: str


LIGHT_TONES = Tones(
    good="#2b7530",
    bad="#b3261e",
    warning="#7a6000",
    problem_background="#fdecea",
    problem_border="#f5c2bd",
    problem_text="#611a15",
    connected="#2e9d4b",
    unreachable="#d0392b",
    checking="#9a9a9a",
)
DARK_TONES = Tones(
    good="#81c995",
    bad="#f28b82",
    warning="#e6c35c",
    problem_background="#3b2323",
    problem_border="#6b3434",
    problem_text="#ffb4ab",
    connected="#4cc26b",
    unreachable="#ff6b5e",
    checking="#9a9a9a",
)


def is_dark_palette(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on a dark window (an explicit or system theme)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tones(palette: QPalette | None = None) -> Tones:
    """The tones that belong with ``palette``, by default the application's (the theme's; a
    widget's own palette may already carry its style sheet's colours)."""
    chosen = QGuiApplication.palette() if palette is None else palette
    return DARK_TONES if is_dark_palette(chosen) else LIGHT_TONES


# --- badges and charts ------------------------------------------------------------------------

BADGES = {  # capability: (fill, ink)
    "vision": ("#e3f2fd", "#0d47a1"),
    "tools": ("#ede7f6", "#4527a0"),
    "thinking": ("#fff3e0", "#9a4a00"),
    "embedding": ("#e8f5e9", "#1b5e20"),
    "code": ("#eceff1", "#37474f"),
    "insert": ("#eceff1", "#37474f"),
}
OTHER_BADGE = ("#eeeeee", "#333333")  # a capability without colours of its own
DISK_SEGMENTS = ("#3b6fd4", "#5a8ee6", "#7fa9ef", "#a3c2f5", "#c5d8f9")  # largest first
DISK_REST = "#d9dee7"


# --- spacing and corners (pixels) -------------------------------------------------------------

SPACE_HAIR = 2  # between a field and the note under it
SPACE_XS = 4
SPACE_S = 8  # the usual gap and a panel's margin
SPACE_M = 12  # inside boxes (bubbles, banners)
SPACE_L = 16
SPACE_XL = 24  # around a page's content (the welcome)
SPACE_XXL = 32

RADIUS_SMALL = 4  # small boxes: the message bar, copy buttons
RADIUS = 6  # panels, chips, badges
RADIUS_BUBBLE = 12  # the user's message


# --- type (multiples of the user's text size) -------------------------------------------------

SMALLEST_POINTS = 7.0
SIZE_SMALL = 0.9  # notes, hints, a message's figures
SIZE_HEADING = 1.15  # a chat's title
SIZE_TITLE = 1.4  # a dialog's or a model's title
SIZE_DISPLAY = 1.5  # the welcome's greeting


def scaled_font(font: QFont, size: float, *, bold: bool = False) -> QFont:
    """``font`` at ``size`` times its size (one of the ``SIZE_*``), bold if asked."""
    scaled = QFont(font)
    scaled.setPointSizeF(max(SMALLEST_POINTS, font.pointSizeF() * size))
    if bold:
        scaled.setBold(True)
    return scaled
