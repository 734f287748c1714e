"""What the main window may ask of each of its tabs.

The window calls these methods directly on every tab, so a tab that lacks one (or a name
spelt wrong) fails loudly, where looking methods up by name silently did nothing.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class MainTab(Protocol):
    """A page of the main window (Chat, Models, Generate)."""

    def refresh_models(self) -> object:
        """The server changed (a switch): reload what depends on its models and version."""
        ...

    def shutdown(self) -> None:
        """The window is closing: stop background work and save what must be kept.
        Idempotent."""
        ...
