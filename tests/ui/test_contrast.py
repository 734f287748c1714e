"""Every colour pair that carries text is readable: WCAG AA, 4.5:1, in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from desktop.ui.chat.renderer import Palette
from desktop.ui.chat.style import ChatStyle
from desktop.ui.common.design import DARK, DARK_TONES, LIGHT, LIGHT_TONES
from desktop.ui.models.widgets import BADGE_COLORS

AA = 4.5
Role = QPalette.ColorRole
TEXT_ON = [
    (Role.WindowText, Role.Window), (Role.WindowText, Role.Base), (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase), (Role.ButtonText, Role.Button),
    (Role.ToolTipText, Role.ToolTipBase), (Role.HighlightedText, Role.Highlight),
    (Role.Link, Role.Base), (Role.PlaceholderText, Role.Base),
]  # fmt: skip


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_is_measured_as_wcag_does() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_palettes_text_roles_are_readable(theme: str) -> None:
    colours = LIGHT if theme == "light" else DARK
    low = [
        (text.name, ground.name, round(contrast(colours[text], colours[ground]), 2))
        for text, ground in TEXT_ON
        if contrast(colours[text], colours[ground]) < AA
    ]
    assert not low


@pytest.mark.parametrize("dark", [False, True])
def test_the_chats_colours_are_readable(dark: bool) -> None:
    style = ChatStyle(dark=dark, colours=Palette.for_dark() if dark else Palette())
    base = (DARK if dark else LIGHT)[Role.Base]
    c = style.colours
    pairs = {
        "note on the page": (style.note_text, base),
        "link": (c.link, base),
        "code": (c.text, c.code_background),
        "code header": (c.muted, c.header_background),
        "model badge": (c.muted, c.header_background),
        "table header": (c.text, c.header_background),
        "user bubble": (c.text, style.user_bubble),
        "problem": (style.error_text, style.error_background),
    }
    low = {name: round(contrast(*pair), 2) for name, pair in pairs.items() if contrast(*pair) < AA}
    assert not low


def test_ability_badges_are_readable() -> None:
    low = {
        word: round(contrast(ink, fill), 2)
        for word, (fill, ink) in BADGE_COLORS.items()
        if contrast(ink, fill) < AA
    }
    assert not low


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_designs_tones_are_readable(theme: str) -> None:
    colours, tone = (LIGHT, LIGHT_TONES) if theme == "light" else (DARK, DARK_TONES)
    pairs = {
        "problem": (tone.problem_text, tone.problem_background),
        **{
            f"{name} on {ground.name}": (getattr(tone, name), colours[ground])
            for name in ("good", "bad", "warning")
            for ground in (Role.Base, Role.Window)
        },
    }
    low = {name: round(contrast(*pair), 2) for name, pair in pairs.items() if contrast(*pair) < AA}
    assert not low
