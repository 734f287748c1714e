"""The Models tab's view of model updates: the Updates column's words and the bar above it.

The update service (``services/models/updates.py``) knows each model's state; this says it in
plain words, orders the column (updates first, then problems, then the rest) and fits it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.formats import relative_time
from desktop.ollama.types import ModelInfo
from desktop.services.models.updates import UpdateState, describe
from desktop.ui.models.installed_model import InstalledModelsModel, UpdateWords

if TYPE_CHECKING:
    from desktop.ui.models.tab import ModelsTab

UPDATE_ORDER = {
    UpdateState.AVAILABLE: 0,
    UpdateState.UPDATING: 1,
    UpdateState.CHECKING: 2,
    UpdateState.UP_TO_DATE: 4,
    UpdateState.NOT_CHECKED: 5,
}
PROBLEM_ORDER = 3
UPDATES_WIDTH = 340  # pixels at most: the long reasons are elided, whole in the tooltip


class UpdatesView:
    """Draws what the update service knows into the Models tab's table and bar."""

    def __init__(self, tab: ModelsTab) -> None:
        self.tab = tab

    def show_updates(self) -> None:
        """The service learned something: redraw the Updates column and the bar."""
        tab, updates = self.tab, self.tab.updates
        if updates is None:
            return
        has_news = updates.last_check is not None or bool(updates.checks) or updates.busy
        if has_news or tab.installed_model.shows_updates:
            first = not tab.installed_model.shows_updates
            tab.installed_model.set_update_words(self.words)
            header = tab.table.horizontalHeader()
            column = InstalledModelsModel.UPDATES
            if first:  # shown beside the name, where it is seen without scrolling
                header.moveSection(header.visualIndex(column), InstalledModelsModel.NAME + 1)
            if first or not updates.busy:  # fitted to the results, the long reasons elided
                tab.table.resizeColumnToContents(column)
                header.resizeSection(column, min(header.sectionSize(column), UPDATES_WIDTH))
                tab.fit_table()
        self.show_bar()

    def words(self, model: ModelInfo) -> UpdateWords:
        """What the Updates column says of ``model``, its tooltip and its sort order."""
        updates = self.tab.updates
        assert updates is not None
        state, check = updates.state_of(model)
        text = describe(state, check)
        tooltip = text
        if check is not None and check.checked_at:
            when = relative_time(datetime.fromtimestamp(check.checked_at, UTC))
            tooltip = QCoreApplication.translate("ModelsTab", "{state} (checked {when})").format(
                state=text, when=when
            )
            if check.detail and state is not UpdateState.AVAILABLE:
                tooltip += "\n" + check.detail
        order = UPDATE_ORDER.get(state, PROBLEM_ORDER)
        return UpdateWords(text, tooltip, order, state is UpdateState.AVAILABLE)

    def show_bar(self) -> None:
        """The bar above the table: when the models were checked, and what can be updated."""
        tab, updates = self.tab, self.tab.updates
        if updates is None:
            return
        if updates.busy:
            status = QCoreApplication.translate("ModelsTab", "Checking for updates…")
        elif updates.last_check is None:
            status = QCoreApplication.translate("ModelsTab", "Not checked for updates yet.")
        else:
            when = relative_time(datetime.fromtimestamp(updates.last_check, UTC))
            status = QCoreApplication.translate(
                "ModelsTab", "Last checked for updates {when}."
            ).format(when=when)
        if updates.checked_from_here:
            status += " " + QCoreApplication.translate(
                "ModelsTab",
                "The check runs from this computer, not from the computer running Ollama.",
            )
        selected = tab.selected_model()
        can_update = selected is not None and updates.state_of(selected)[0] is UpdateState.AVAILABLE
        tab.updates_bar.show_state(
            status=status,
            checking=updates.busy,
            can_update=can_update,
            can_update_all=bool(updates.updatable(tab.installed)),
        )
