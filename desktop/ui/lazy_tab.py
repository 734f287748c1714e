"""A main-window tab that is built the first time it is needed.

Building the Models and Generate tabs (and importing what they use: jsonschema, the catalog,
the request form) took longer than everything else the window shows at start. Until it is
needed, such a tab is a light placeholder page in the ``QTabWidget``; the window builds it when
the user switches to it, when code asks for it, or right after the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

TabT = TypeVar("TabT", bound=QWidget)


class LazyTab(Generic[TabT]):
    """Holds one tab's place and keeps the :class:`MainTab` protocol until the tab exists.

    ``refresh_models`` and ``shutdown`` reach the tab once it is built; before that there is
    nothing to reload or stop (a tab built later loads fresh). ``on_built`` wires the new tab
    into the window.
    """

    def __init__(
        self,
        tabs: QTabWidget,
        factory: Callable[[], TabT],
        *,
        object_name: str,
        title: str,
        tooltip: str,
        on_built: Callable[[TabT], None],
    ) -> None:
        self._tabs = tabs
        self._factory = factory
        self._object_name = object_name
        self._title = title
        self._tooltip = tooltip
        self._on_built = on_built
        self._tab: TabT | None = None
        self._shut_down = False
        self.placeholder = QWidget()
        self.placeholder.setObjectName(f"{object_name}Placeholder")
        self.placeholder.setAccessibleName(title)
        index = tabs.addTab(self.placeholder, title)
        tabs.setTabToolTip(index, tooltip)
        tabs.currentChanged.connect(self._on_current_changed)

    @property
    def built(self) -> TabT | None:
        """The tab, or None while it is not built yet."""
        return self._tab

    def widget(self) -> TabT:
        """The tab, built now if it was not yet."""
        if self._tab is None:
            self._build()
        assert self._tab is not None
        return self._tab

    def is_current(self) -> bool:
        """Whether this tab (or its placeholder) is the page on show; never builds it."""
        current = self._tabs.currentWidget()
        return current is not None and current in (self.placeholder, self._tab)

    # --- MainTab ------------------------------------------------------------------------------

    def refresh_models(self) -> object:
        return self._tab.refresh_models() if self._tab is not None else None  # type: ignore[attr-defined]

    def shutdown(self) -> None:
        self._shut_down = True
        if self._tab is not None:
            self._tab.shutdown()  # type: ignore[attr-defined]

    # --- building -----------------------------------------------------------------------------

    def _on_current_changed(self, index: int) -> None:
        if self._tab is None and self._tabs.widget(index) is self.placeholder:
            self._build()

    def _build(self) -> None:
        tab = self._factory()
        tab.setObjectName(self._object_name)
        tab.setAccessibleName(self._title)
        self._tab = tab
        self._swap_in(tab)
        self._on_built(tab)
        if self._shut_down:  # asked for after the window closed: it must not start work
            tab.shutdown()  # type: ignore[attr-defined]

    def _swap_in(self, tab: TabT) -> None:
        """Put ``tab`` where the placeholder is; the window's listeners see no page change."""
        tabs = self._tabs
        index = tabs.indexOf(self.placeholder)
        showing = tabs.currentIndex() == index
        blocked = tabs.blockSignals(True)
        try:
            tabs.insertTab(index, tab, self._title)
            tabs.setTabToolTip(index, self._tooltip)
            if showing:
                tabs.setCurrentIndex(index)
            tabs.removeTab(index + 1)
        finally:
            tabs.blockSignals(blocked)
        self.placeholder.deleteLater()


class FirstPaint(QObject):
    """Calls ``callback`` once, from the event loop, after ``widget`` was first painted.

    A zero-timer started at ``show()`` runs *before* the first paint; this waits for the paint
    event itself, so work scheduled here never delays the window's first appearance. A window
    shown but not drawn (minimised, on another workspace) gets the call ``fallback_ms`` after
    it was shown: what runs then (the server checks, say) must not wait for the user to look.
    """

    def __init__(
        self, widget: QWidget, callback: Callable[[], None], *, fallback_ms: int = 1000
    ) -> None:
        super().__init__(widget)
        self._callback = callback
        self._fallback_ms = fallback_ms
        self.painted = False
        self.called = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and not self.called:
            QTimer.singleShot(self._fallback_ms, self, self._call)
        elif event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._call)  # not once the widget is gone
        return False

    def _call(self) -> None:
        if not self.called:
            self.called = True
            self._callback()
