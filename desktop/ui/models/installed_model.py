"""The installed models as a Qt table model, and the proxy that sorts and filters it.

Display texts and sort keys are computed once per refresh, so sorting and filtering hundreds of
models never calls back into formatting code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.formats import date_time, exact_size, human_size, relative_time
from desktop.ollama.types import ModelInfo
from desktop.services.models.formatting import parameter_count
from desktop.services.models.names import name_key
from desktop.ui.common.plain import plain_line, plain_tooltip
from desktop.ui.common.words import badge
from desktop.ui.models.widgets import CAPABILITIES_ROLE, badge_words

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_COUNT = 8
MODEL_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class UpdateWords:
    """What the Updates column shows for one model: text, tooltip, sort key, emphasis."""

    text: str = ""
    tooltip: str = ""
    order: int = 0
    strong: bool = False


UpdateWordsFor = Callable[[ModelInfo], UpdateWords]

Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Row:
    info: ModelInfo
    texts: tuple[str, ...]
    keys: tuple[Any, ...]
    search: str
    tooltip: str
    update: UpdateWords = UpdateWords()


class InstalledModelsModel(QAbstractTableModel):
    NAME, PARAMETERS, QUANTIZATION, FAMILY, SIZE, MODIFIED, ABILITIES, UPDATES = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        # The Updates column appears once there is something to say (after a first check).
        self._columns = COLUMN_COUNT - 1
        self._update_words: UpdateWordsFor | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._headers = (
            self.tr("Name"),
            self.tr("Parameters"),
            self.tr("Quantization"),
            self.tr("Family"),
            self.tr("Size on disk"),
            self.tr("Modified"),
            self.tr("Abilities"),
            self.tr("Updates"),
        )
        self._header_tips = (
            self.tr("The model's name and tag"),
            self.tr("How many parameters (weights) it has: bigger is smarter but slower"),
            self.tr("How strongly it was compressed: Q4 is small, Q8 and F16 are larger"),
            self.tr("The model architecture it belongs to"),
            self.tr("Space it takes on the computer running Ollama"),
            self.tr("When it was downloaded or last changed"),
            self.tr("What it can do besides writing text"),
            self.tr("Whether a newer version waits in the model's registry"),
        )

    # --- data -----------------------------------------------------------------------------

    def set_models(self, models: list[ModelInfo], now: datetime | None = None) -> None:
        now = now or datetime.now(UTC)
        self.beginResetModel()
        self._rows = self._sorted([self._row(info, now) for info in models])
        self._apply_update_words()
        self.endResetModel()

    def set_update_words(self, words: UpdateWordsFor) -> None:
        """Show the Updates column, with ``words(model)`` for each row (again after a check)."""
        if self._columns < COLUMN_COUNT:
            self.beginInsertColumns(QModelIndex(), self.UPDATES, self.UPDATES)
            self._columns = COLUMN_COUNT
            self._update_words = words
            self._apply_update_words()
            self.endInsertColumns()
        else:
            self._update_words = words
            self._apply_update_words()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.UPDATES), self.index(len(self._rows) - 1, self.UPDATES)
            )
        if self._sort_column == self.UPDATES:
            self.sort(self._sort_column, self._sort_order)

    @property
    def shows_updates(self) -> bool:
        return self._columns == COLUMN_COUNT

    def update_text(self, row: int) -> str:
        return self._rows[row].update.text if 0 <= row < len(self._rows) else ""

    def _apply_update_words(self) -> None:
        if self._update_words is None:
            return
        for row in self._rows:
            row.update = self._update_words(row.info)

    def _sorted(self, rows: list[_Row]) -> list[_Row]:
        if self._sort_column < 0:
            return rows
        column = self._sort_column
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if column == self.UPDATES:
            return sorted(rows, key=lambda r: (r.update.order, r.keys[0]), reverse=descending)
        return sorted(rows, key=lambda r: (r.keys[column], r.keys[0]), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python on the precomputed keys: one list sort instead of thousands of
        ``data()`` calls from the proxy's comparisons."""
        self._sort_column = column
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[index.row()], index.column()) for index in persistent]
        self._rows = self._sorted(self._rows)
        position = {id(row): number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(position[id(row)], column) for row, column in held]
        )
        self.layoutChanged.emit()

    def _row(self, info: ModelInfo, now: datetime) -> _Row:
        details = info.details
        modified = info.modified_at
        capabilities = list(info.capabilities)
        texts = (
            plain_line(info.name),
            details.parameter_size or "—",
            details.quantization_level or "—",
            details.family or "—",
            human_size(info.size),
            relative_time(modified, now),
            ", ".join(badge(word) for word in badge_words(capabilities)),
        )
        keys = (
            info.name.lower(),
            parameter_count(details.parameter_size),
            details.quantization_level.lower(),
            details.family.lower(),
            info.size,
            modified.timestamp() if modified else 0.0,
            len(badge_words(capabilities)),
        )
        search = " ".join((info.name, details.family, *capabilities)).lower()
        tooltip = date_time(modified) if modified else ""
        return _Row(info, texts, keys, search, tooltip)

    def model_at(self, row: int) -> ModelInfo | None:
        return self._rows[row].info if 0 <= row < len(self._rows) else None

    def row_of(self, name: str) -> int:
        """The row of ``name`` as the server matches names (``x`` finds ``x:latest``)."""
        key = name_key(name)
        for number, row in enumerate(self._rows):
            if name_key(row.info.name) == key:
                return number
        return -1

    @property
    def models(self) -> list[ModelInfo]:
        return [row.info for row in self._rows]

    def total_size(self) -> int:
        return sum(row.info.size for row in self._rows)

    def search_text(self, row: int) -> str:
        return self._rows[row].search

    def capabilities(self, row: int) -> list[str]:
        return self._rows[row].info.capabilities

    # --- QAbstractTableModel --------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # One Python call instead of the base class's rowCount + columnCount per index:
        # views create thousands of indexes per paint.
        if 0 <= row < len(self._rows) and 0 <= column < self._columns and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles per cell on every paint: leave unused ones at once.
        if role not in _ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == self.UPDATES:
            return self._update_data(row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == SORT_ROLE:
            return row.keys[column]
        if role == MODEL_ROLE:
            return row.info
        if role == CAPABILITIES_ROLE:
            return row.info.capabilities
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.MODIFIED:
                return row.tooltip
            if column == self.SIZE:
                return exact_size(row.info.size)
            return plain_tooltip(row.texts[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PARAMETERS, self.SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _update_data(self, row: _Row, role: int) -> Any:
        words = row.update
        if role == Qt.ItemDataRole.DisplayRole:
            return words.text
        if role == SORT_ROLE:
            return words.order
        if role == MODEL_ROLE:
            return row.info
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(words.tooltip or words.text)
        if role == Qt.ItemDataRole.FontRole and words.strong:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section]
        return None


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        SORT_ROLE,
        MODEL_ROLE,
        CAPABILITIES_ROLE,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
    }
)


class InstalledFilterProxy(QSortFilterProxyModel):
    """Filters by words and by one capability; sorting is handed to the source model, which
    sorts by the real values (bytes, dates) far faster than per-comparison callbacks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._capability: str | None = None
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def set_search(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "_words", text.lower().split()))

    def set_capability(self, capability: str | None) -> None:
        refilter(self, lambda: setattr(self, "_capability", capability or None))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        assert isinstance(source, InstalledModelsModel)
        if self._capability and self._capability not in source.capabilities(source_row):
            return False
        if not self._words:
            return True
        text = source.search_text(source_row)
        return all(word in text for word in self._words)


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Apply ``change`` to the filter's inputs and re-filter the rows (Qt 6.10+ API or older)."""
    if hasattr(proxy, "endFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - Qt before 6.10
        change()
        proxy.invalidateFilter()
