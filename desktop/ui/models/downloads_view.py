"""The download queue on screen: one row per model, redrawn at most 10 times a second each.

The queue (desktop.services.downloads) does the work and reports every event; a row only marks
itself stale and redraws when its frame budget allows, so thousands of events per second cost
a handful of repaints.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.formats import human_duration, human_size, human_speed
from desktop.services.downloads.progress import Phase
from desktop.services.downloads.queue import Change, DownloadItem, DownloadQueue, State
from desktop.services.downloads.store import MAX_ACTIVE_LIMIT
from desktop.services.downloads.summary import downloads_summary
from desktop.services.downloads.throttle import FrameBudget
from desktop.services.qt_adapters import InstalledModelsSource
from desktop.ui.common.design import SPACE_S, SPACE_XS
from desktop.ui.common.icons import follow_theme
from desktop.ui.models.widgets import named, plain_label

FRAMES_PER_SECOND = 10
BAR_STEPS = 1000
SUMMARY_MS = 250  # the folded header's line is redrawn at most this often


class DownloadRow(QFrame):
    """One download: name, phase in words, overall bar, figures and its buttons."""

    def __init__(self, item: DownloadItem, view: DownloadsView) -> None:
        super().__init__()
        self.item = item
        self.view = view
        self.render_count = 0
        self.setObjectName(f"downloadRow_{item.id}")
        self.setAccessibleName(self.tr("Download of {name}").format(name=item.name))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # coarse timers fire up to 5% early
        self._timer.timeout.connect(self.request_render)

        self.title = plain_label(item.name)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.status = plain_label(wrap=True)
        self.status.setObjectName("downloadStatus")
        self.bar = QProgressBar()
        self.bar.setObjectName("downloadProgress")
        self.bar.setAccessibleName(self.tr("Progress of {name}").format(name=item.name))
        self.bar.setRange(0, BAR_STEPS)
        self.bar.setTextVisible(True)
        self.figures = plain_label()
        self.figures.setObjectName("downloadFigures")

        self.pause_button = self._button("downloadPause", self.tr("Pause"), self._pause_or_resume)
        self.cancel_button = self._button("downloadCancel", self.tr("Cancel"), self._cancel)
        self.retry_button = self._button("downloadRetry", self.tr("Retry"), self._retry)
        self.chat_button = self._button("downloadChat", self.tr("Chat with it"), self._chat)
        self.remove_button = self._button(
            "downloadRemove", self.tr("Remove from list"), self._remove
        )
        self.cancel_button.setToolTip(self.tr("Stop this download and drop it from the queue"))
        self.retry_button.setToolTip(self.tr("Try this download again"))
        self.remove_button.setToolTip(self.tr("Take this entry off the list"))

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status, 1)
        for button in (
            self.chat_button,
            self.pause_button,
            self.retry_button,
            self.cancel_button,
            self.remove_button,
        ):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_S, SPACE_S, SPACE_S, SPACE_S)
        layout.setSpacing(SPACE_XS)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.figures)
        self.render()

    def _button(self, name: str, text: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = named(
            QPushButton(text),
            name,
            self.tr("{action} ({name})").format(action=text, name=self.item.name),
        )
        button.clicked.connect(slot)
        return button

    # --- actions ----------------------------------------------------------------------------

    def _pause_or_resume(self) -> None:
        if self.item.state in (State.ACTIVE, State.QUEUED):
            self.view.queue.pause(self.item)
        else:
            self.view.queue.resume(self.item)

    def _cancel(self) -> None:
        self.view.queue.cancel(self.item)

    def _retry(self) -> None:
        if self.item.state is State.CANCELLED:
            self.view.queue.add(self.item.name, insecure=self.item.insecure)
        else:
            self.view.queue.retry(self.item)

    def _chat(self) -> None:
        self.view.chat_requested.emit(self.item.name)

    def _remove(self) -> None:
        self.view.queue.remove(self.item)

    # --- drawing ----------------------------------------------------------------------------

    def request_render(self) -> None:
        """Redraw now if the frame budget allows, else once when it does."""
        if self._timer.isActive():
            return
        wait = self.view.budget.wait(self.item.id)
        if wait <= 0:
            self.render()
        else:
            self._timer.start(max(1, math.ceil(wait * 1000)))

    def render(self) -> None:
        self.view.budget.drew(self.item.id)
        self.render_count += 1
        item = self.item
        progress = item.progress
        state = item.state
        self.status.setText(self._status_words())
        failed = state is State.FAILED
        self.status.setStyleSheet("color: #b3261e;" if failed else "")
        busy = state is State.ACTIVE and progress.shown_total == 0
        if busy:
            if self.bar.maximum() != 0:
                self.bar.setRange(0, 0)
        else:
            if self.bar.maximum() == 0:
                self.bar.setRange(0, BAR_STEPS)
            # QProgressBar.setValue repaints synchronously; with updates off it only records
            # the value, and one ordinary update paints it with the rest of the frame.
            self.bar.setUpdatesEnabled(False)
            self.bar.setValue(round(progress.shown_fraction * BAR_STEPS))
            self.bar.setFormat(f"{math.floor(progress.shown_fraction * 100)}%")
            self.bar.setUpdatesEnabled(True)
            self.bar.update()
        self.figures.setText(self._figures())
        self.figures.setVisible(bool(self.figures.text()))
        self.bar.setVisible(state not in (State.DONE, State.FAILED))  # no "0%" on a failure
        self.pause_button.setVisible(state in (State.ACTIVE, State.QUEUED, State.PAUSED))
        self.pause_button.setText(self.tr("Resume") if state is State.PAUSED else self.tr("Pause"))
        self.pause_button.setAccessibleName(
            self.tr("{action} ({name})").format(action=self.pause_button.text(), name=item.name)
        )
        self.pause_button.setToolTip(
            self.tr("Continue where it stopped")
            if state is State.PAUSED
            else self.tr("Stop for now; Resume continues where it stopped")
        )
        self.cancel_button.setVisible(state in (State.ACTIVE, State.QUEUED, State.PAUSED))
        self.retry_button.setVisible(state in (State.FAILED, State.CANCELLED))
        self.retry_button.setText(
            self.tr("Download again") if state is State.CANCELLED else self.tr("Retry")
        )
        self.chat_button.setVisible(state is State.DONE and self.view.is_installed(item.name))
        self.remove_button.setVisible(state in (State.FAILED, State.DONE, State.CANCELLED))

    def _status_words(self) -> str:
        item = self.item
        state = item.state
        if state is State.QUEUED:
            return self.tr("Waiting for another download to finish")
        if state is State.PAUSED:
            if item.waiting_for_click:
                return self.tr("Not finished — press Resume to continue")
            return self.tr("Paused")
        if state is State.FAILED:
            return item.error
        if state is State.DONE:
            return self.tr("Done — ready to use")
        if state is State.CANCELLED:
            return self.tr("Cancelled")
        if item.reconnecting:
            return self.tr("No progress for a while — reconnecting (attempt {n} of {max})…").format(
                n=item.reconnects, max=self.view.queue.max_reconnects
            )
        words = {
            Phase.PREPARING: self.tr("Preparing"),
            Phase.DOWNLOADING: self.tr("Downloading"),
            Phase.VERIFYING: self.tr("Verifying"),
            Phase.FINISHING: self.tr("Finishing"),
            Phase.DONE: self.tr("Done"),
        }[item.phase]
        if item.reconnects:
            words += " · " + self.tr("reconnected {n}×").format(n=item.reconnects)
        return words

    def _figures(self) -> str:
        item = self.item
        progress = item.progress
        if progress.shown_total <= 0 or item.state in (State.DONE, State.CANCELLED):
            return ""
        done = self.tr("{done} of {total}").format(
            done=human_size(progress.shown_completed), total=human_size(progress.shown_total)
        )
        if item.state is not State.ACTIVE or item.phase is not Phase.DOWNLOADING:
            return done
        parts = [done]
        speed = item.meter.speed
        if speed is not None:
            parts.append(human_speed(speed))
        left = item.meter.seconds_left(progress.remaining)
        parts.append(
            self.tr("about {time} left").format(time=human_duration(left))
            if left is not None
            else self.tr("estimating time left…")
        )
        return " · ".join(parts)


class DownloadsView(QFrame):
    """The queue's rows, its settings (how many at once, resume on start) and Clear; the
    :class:`DownloadsPanel` around it shows the settings in its header."""

    chat_requested = Signal(str)
    finished = Signal(str)  # a download reached success: the model's name
    insecure_needed = Signal(str)  # failed: the registry only speaks HTTP
    rows_changed = Signal(int)

    def __init__(
        self,
        queue: DownloadQueue,
        installed: InstalledModelsSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, "downloadsView", self.tr("Downloads"))
        self.queue = queue
        self.installed = installed
        if installed is not None:  # "Chat with it" only while the model is there
            installed.changed.connect(self._installed_changed)
        self.budget = FrameBudget(FRAMES_PER_SECOND)
        self.rows: dict[int, DownloadRow] = {}

        self.max_active = named(
            QSpinBox(), "downloadsMaxActive", self.tr("Downloads at the same time")
        )
        self.max_active.setRange(1, MAX_ACTIVE_LIMIT)
        self.max_active.setValue(queue.settings.max_active)
        self.max_active.setPrefix(self.tr("At most "))
        self.max_active.setSuffix(self.tr(" at a time"))
        self.max_active.setToolTip(self.tr("How many downloads run at the same time"))
        self.max_active.valueChanged.connect(queue.set_max_active)
        self.resume_on_start = named(
            QCheckBox(self.tr("Continue unfinished downloads when Paddock starts")),
            "downloadsResumeOnStart",
            self.tr("Continue unfinished downloads when Paddock starts"),
        )
        self.resume_on_start.setChecked(queue.settings.resume_on_start)
        self.resume_on_start.setToolTip(
            self.tr("When off, unfinished downloads wait for you to press Resume")
        )
        self.resume_on_start.toggled.connect(queue.set_resume_on_start)
        clear = self.clear_button = named(
            QPushButton(self.tr("Clear finished")), "downloadsClearFinished", self.tr("Clear")
        )
        clear.setToolTip(self.tr("Remove finished and cancelled downloads from the list"))
        clear.clicked.connect(queue.clear_finished)

        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(SPACE_XS)
        self._list_layout.addStretch(1)
        scroll = self._scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._list)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)

        queue.subscribe(self._on_change)
        for item in queue.items:
            self._add_row(item)
        self._update_visibility()

    def settings_changed(self) -> None:
        """The queue's settings were loaded: show them without writing them back."""
        for widget, value in (
            (self.max_active, self.queue.settings.max_active),
            (self.resume_on_start, self.queue.settings.resume_on_start),
        ):
            widget.blockSignals(True)
            if isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            else:
                widget.setChecked(bool(value))
            widget.blockSignals(False)

    def detach(self) -> None:
        self.queue.unsubscribe(self._on_change)
        if self.installed is not None:
            self.installed.changed.disconnect(self._installed_changed)

    def is_installed(self, name: str) -> bool:
        """Whether the server lists ``name`` (always, when nobody tells this view)."""
        return self.installed is None or self.installed.find(name) is not None

    def _installed_changed(self, _models: object) -> None:
        for row in self.rows.values():
            if row.item.state is State.DONE:
                row.render()  # rare, and a click on a stale "Chat with it" must not wait

    def row_for(self, name: str) -> DownloadRow | None:
        for row in self.rows.values():
            if row.item.name == name:
                return row
        return None

    def _on_change(self, item: DownloadItem, change: Change) -> None:
        if change is Change.ADDED:
            self._add_row(item)
        elif change is Change.REMOVED:
            row = self.rows.pop(item.id, None)
            if row is not None:
                self.budget.forget(item.id)
                row.hide()
                row.deleteLater()
            self._update_visibility()
        elif change is Change.FINISHED:
            self._render_now(item)
            self.finished.emit(item.name)
        elif change is Change.STATE:
            self._render_now(item)
            if item.state is State.FAILED and item.needs_insecure and not item.insecure:
                self.insecure_needed.emit(item.name)
        else:
            row = self.rows.get(item.id)
            if row is not None:
                row.request_render()

    def _render_now(self, item: DownloadItem) -> None:
        """State changes (paused, failed, done) still respect the frame budget."""
        row = self.rows.get(item.id)
        if row is not None:
            row.request_render()

    def _add_row(self, item: DownloadItem) -> None:
        if item.id in self.rows:
            return
        row = DownloadRow(item, self)
        self.rows[item.id] = row
        self._list_layout.insertWidget(self._list_layout.count() - 1, row)
        self._update_visibility()

    def _update_visibility(self) -> None:
        self.setVisible(bool(self.rows))
        if self.rows:
            # Room for up to two rows without scrolling; more scroll.
            row_height = max(row.sizeHint().height() for row in self.rows.values())
            self._scroll.setMinimumHeight(min(2, len(self.rows)) * (row_height + 4) + 12)
        self.rows_changed.emit(len(self.rows))


class DownloadsPanel(QFrame):
    """The downloads under the model lists: hidden while nothing is listed, open when a
    download is added, and folded on request to one line ("2 downloads · 45 %") so the lists
    above get the room."""

    def __init__(self, view: DownloadsView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "downloadsPanel", self.tr("Downloads"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.view = view
        self.expanded = True
        self._rows = 0
        self.toggle = named(QToolButton(), "downloadsToggle", self.tr("Show or hide the downloads"))
        self.toggle.setText(self.tr("Downloads"))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        font = QFont(self.toggle.font())
        font.setBold(True)
        self.toggle.setFont(font)
        self.toggle.clicked.connect(lambda: self.set_expanded(not self.expanded))
        self.summary = plain_label()
        self.summary.setObjectName("downloadsSummary")
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.toggle)
        header.addWidget(self.summary, 1)
        for widget in (view.resume_on_start, view.max_active, view.clear_button):
            header.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(view, 1)
        self._icons = {True: "chevron-down", False: "chevron-right"}
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(SUMMARY_MS)
        self._summary_timer.timeout.connect(self._show_summary)
        view.rows_changed.connect(self._rows_changed)
        view.queue.subscribe(self._on_change)
        follow_theme(self.toggle, "chevron-down")
        self._rows_changed(len(view.rows))

    def set_expanded(self, expanded: bool) -> None:
        """Open (the rows and the settings) or folded (the header's one line)."""
        self.expanded = expanded
        follow_theme(self.toggle, self._icons[expanded])
        self.toggle.setToolTip(
            self.tr("Fold the downloads into one line") if expanded
            else self.tr("Show every download")
        )  # fmt: skip
        for widget in (self.view, self.view.resume_on_start, self.view.max_active,
                       self.view.clear_button):  # fmt: skip
            widget.setVisible(expanded and self._rows > 0)
        self.summary.setVisible(not expanded)
        self.setMaximumHeight(16777215 if expanded else self.sizeHint().height())
        self._show_summary()

    def detach(self) -> None:
        self.view.queue.unsubscribe(self._on_change)
        self.view.detach()

    def _rows_changed(self, rows: int) -> None:
        added = rows > self._rows
        self._rows = rows
        self.setVisible(rows > 0)
        if added or not rows:
            self.set_expanded(True)  # a new download shows itself
        else:
            self._show_summary()

    def _on_change(self, _item: DownloadItem, _change: Change) -> None:
        if not self.expanded and not self._summary_timer.isActive():
            self._summary_timer.start()

    def _show_summary(self) -> None:
        if not self.expanded:
            self.summary.setText(downloads_summary(self.view.queue.items))
