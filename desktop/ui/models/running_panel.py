"""Models loaded in memory now (``/api/ps``), each with an Unload button.

The list refreshes every 2 s while the panel is visible, never more often, and once when asked
(after a chat or generate) even while hidden, so counts elsewhere stay right.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.formats import context_words, human_size, processor_split, unload_countdown
from desktop.ollama.errors import OllamaError
from desktop.ollama.types import RunningModel
from desktop.ui.models.widgets import named, plain_label

REFRESH_MS = 2000

Fetch = Callable[[], Coroutine[Any, Any, list[RunningModel]]]
Starter = Callable[[Coroutine[Any, Any, Any]], "asyncio.Task[Any]"]


class RunningModelsPanel(QWidget):
    unload_requested = Signal(str)
    running_changed = Signal(list)  # list[RunningModel]

    def __init__(self, fetch: Fetch, start: Starter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._start = start
        self.models: list[RunningModel] = []
        self.fetch_count = 0
        self._last_fetch = -1e9
        self._in_flight: asyncio.Task[Any] | None = None
        self._again = False

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.refresh)

        self.table = named(QTableWidget(0, 6), "runningModelsTable", self.tr("Models in memory"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Memory used"),
                self.tr("Runs on"),
                self.tr("Memory"),
                self.tr("Unloads"),
                "",
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = plain_label(
            self.tr(
                "No model is in memory right now. A model loads when you chat with it and "
                "unloads by itself after a few idle minutes."
            ),
            wrap=True,
        )
        self.empty.setObjectName("runningModelsEmpty")
        self.status = plain_label(wrap=True)
        self.status.setObjectName("runningModelsStatus")
        intro = plain_label(
            self.tr(
                "Models loaded in memory answer at once. Unload one to free memory for "
                "other programs."
            ),
            wrap=True,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        self._show([])

    # --- refreshing -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        self._later.stop()
        if self._in_flight is not None:
            self._in_flight.cancel()

    def refresh(self) -> None:
        """Fetch the list now, or as soon as 2 s have passed since the last fetch."""
        if self._in_flight is not None and not self._in_flight.done():
            self._again = True
            return
        wait = REFRESH_MS / 1000 - (time.monotonic() - self._last_fetch)
        if wait > 0.001:
            if not self._later.isActive():
                self._later.start(int(wait * 1000) + 1)
            return
        self._last_fetch = time.monotonic()
        self.fetch_count += 1
        self._in_flight = self._start(self._load())

    async def _load(self) -> None:
        try:
            models = await self._fetch()
        except OllamaError as exc:  # shown here, not as a pop-up every 2 s
            self.status.setText(exc.message)
            return
        finally:
            self._in_flight = None
            if self._again:
                self._again = False
                self._later.start(REFRESH_MS)
        self.status.setText("")
        self._show(models)

    # --- showing ----------------------------------------------------------------------------

    def _show(self, models: list[RunningModel]) -> None:
        self.models = models
        self.table.setRowCount(len(models))
        for row, model in enumerate(models):
            values = (
                model.name,
                human_size(model.size),
                processor_split(model.size, model.size_vram),
                context_words(model.context_length),
                unload_countdown(model.expires_at),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 2:
                    item.setToolTip(
                        self.tr("{gpu} in graphics memory").format(gpu=human_size(model.size_vram))
                    )
                elif column == 3:
                    item.setToolTip(
                        self.tr("How much of the conversation it can keep in mind, as loaded now")
                    )
                self.table.setItem(row, column, item)
            button = named(
                QPushButton(self.tr("Unload")),
                f"unloadRunning_{row}",
                self.tr("Unload {name}").format(name=model.name),
            )
            button.setToolTip(self.tr("Free this model's memory now"))
            button.clicked.connect(
                lambda _=False, name=model.name: self.unload_requested.emit(name)
            )
            cell = QWidget()
            cell_layout = QHBoxLayout(cell)
            cell_layout.setContentsMargins(2, 0, 2, 0)
            cell_layout.addWidget(button)
            self.table.setCellWidget(row, 5, cell)
        self.table.setVisible(bool(models))
        self.empty.setVisible(not models)
        self.running_changed.emit(models)

    def drop(self, name: str) -> None:
        """Show at once that ``name`` left memory (the next refresh confirms it)."""
        self._show([m for m in self.models if m.name != name])

    def button_for(self, name: str) -> QPushButton | None:
        for row, model in enumerate(self.models):
            if model.name == name:
                cell = self.table.cellWidget(row, 5)
                return cell.findChild(QPushButton) if cell else None
        return None

    def model_named(self, name: str) -> RunningModel | None:
        return next((m for m in self.models if m.name == name), None)
