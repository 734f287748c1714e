"""How big the window is on its first start: most of the screen, never too small to use,
never larger than the screen (a fixed size is cramped on a big screen and spills over a small
one). Later starts restore the size the user left."""

from __future__ import annotations

SHARE = 0.8  # of the screen's available area
SMALLEST_USEFUL = (1024, 640)


def first_window_size(available_width: int, available_height: int) -> tuple[int, int]:
    """The first window's size on a screen with this much room (panels and docks left out)."""
    width = min(available_width, max(SMALLEST_USEFUL[0], round(available_width * SHARE)))
    height = min(available_height, max(SMALLEST_USEFUL[1], round(available_height * SHARE)))
    return width, height
