"""The catalogue: popular models for people who don't know their names.

Two groups: models that run on this computer, and models that run in Ollama's cloud (they need
an ollama.com account). Searchable, filterable by what a model can do, each size with a "fits
this computer?" verdict explained in one line. When the Ollama server recommends models for
its hardware, those come first in their group, in the same plain words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.formats import context_words, human_size
from desktop.services.models.catalog import (
    IN_THE_CLOUD,
    ON_THIS_COMPUTER,
    Catalog,
    CatalogEntry,
    Fit,
    entry_fit,
)
from desktop.services.models.machine import MachineMemory
from desktop.services.models.names import name_key
from desktop.services.models.recommendations import Recommendation
from desktop.services.models.suggestions import suggested_entries
from desktop.ui.common.icons import themed_clear_button
from desktop.ui.common.plain import plain_tooltip
from desktop.ui.common.words import capability_word
from desktop.ui.models.installed_model import refilter
from desktop.ui.models.widgets import CAPABILITIES_ROLE, BadgeDelegate, named, plain_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2
FIT_ORDER = {"cloud": 0, "good": 0, "slow": 1, "tight": 2, "unknown": 3, "too_big": 4}
FIT_COLORS = {"good": "#1b7f3b", "slow": "#9a6700", "tight": "#9a6700", "too_big": "#b3261e"}

Index = QModelIndex | QPersistentModelIndex


class CatalogTableModel(QAbstractTableModel):
    MODEL, DESCRIPTION, SIZE, ABILITIES, FITS = range(5)

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog_entries = list(catalog.entries)
        self.entries = list(catalog.entries)
        self.machine = MachineMemory(None)
        self.fits: list[Fit] = []
        self.installed: set[str] = set()
        self._headers = (
            self.tr("Model"),
            self.tr("What it is"),
            self.tr("Download"),
            self.tr("Abilities"),
            self.tr("Fits this computer?"),
        )
        self._compute_fits()

    def set_machine(self, machine: MachineMemory) -> None:
        self.machine = machine
        self._compute_fits()
        self._changed(self.FITS)

    def set_installed(self, names: list[str]) -> None:
        self.installed = {name_key(n) for n in names}
        self._changed(self.MODEL)

    def set_suggestions(self, suggested: list[CatalogEntry]) -> None:
        """The server's suggestions first, then the rest of the catalogue."""
        self.beginResetModel()
        names = {name_key(entry.name) for entry in suggested}
        rest = [e for e in self.catalog_entries if name_key(e.name) not in names]
        self.entries = [*suggested, *rest]
        self._compute_fits()
        self.endResetModel()

    def _compute_fits(self) -> None:
        self.fits = [entry_fit(entry, self.machine) for entry in self.entries]

    def _changed(self, column: int) -> None:
        if self.entries:
            self.dataChanged.emit(self.index(0, column), self.index(len(self.entries) - 1, column))

    def entry(self, row: int) -> CatalogEntry:
        return self.entries[row]

    def fit(self, row: int) -> Fit:
        return self.fits[row]

    def is_installed(self, entry: CatalogEntry) -> bool:
        return name_key(entry.name) in self.installed

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        fit = self.fits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.MODEL:
                suffix = self.tr("  ✓ installed") if self.is_installed(entry) else ""
                prefix = "★ " if entry.suggested else ""  # the tooltip says what it means
                return prefix + entry.name + suffix
            if column == self.DESCRIPTION:
                return entry.description
            if column == self.SIZE:
                return human_size(entry.size) if entry.size else "—"
            if column == self.ABILITIES:
                return ", ".join(capability_word(c) for c in entry.capabilities)
            return fit.summary
        if role == SORT_ROLE:
            return (
                entry.name,
                entry.description,
                entry.size,
                len(entry.capabilities),
                FIT_ORDER.get(fit.level, 3) * 1e13 + entry.size,
            )[column]
        if role == ENTRY_ROLE:
            return entry
        if role == CAPABILITIES_ROLE:
            return (*entry.capabilities, *entry.topics)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FITS:
                return plain_tooltip(fit.explanation)
            if column == self.DESCRIPTION:
                return plain_tooltip(entry.description)
            if column == self.MODEL:
                tip = self.tr("{params} parameters, memory up to {context}").format(
                    params=entry.parameters or "?", context=context_words(entry.context_length)
                )
                if entry.suggested:
                    tip = self.tr("Suggested by your Ollama server. {facts}").format(facts=tip)
                return plain_tooltip(tip)
            if column == self.SIZE and entry.in_cloud:
                return self.tr("Nothing big is downloaded: the model runs on Ollama's computers.")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.FITS:
            color = FIT_COLORS.get(fit.level)
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class CatalogFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._capability: str | None = None
        self.group = ON_THIS_COMPUTER

    def set_search(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "_words", text.lower().split()))

    def set_capability(self, capability: str | None) -> None:
        refilter(self, lambda: setattr(self, "_capability", capability or None))

    def set_group(self, group: str) -> None:
        refilter(self, lambda: setattr(self, "group", group))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        assert isinstance(source, CatalogTableModel)
        entry = source.entry(source_row)
        if entry.group != self.group:
            return False
        if self._capability and not entry.has(self._capability):
            return False
        text = entry.search_text
        return all(word in text for word in self._words)


class CatalogView(QWidget):
    download_requested = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "catalogView", self.tr("Model catalogue"))
        self.catalog = catalog
        self.model = CatalogTableModel(catalog, self)
        self.proxy = CatalogFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        intro = plain_label(
            self.tr(
                "Popular models from the Ollama library. Pick one and press Download. "
                "Smaller models are faster; bigger ones are smarter but need more memory."
            ),
            wrap=True,
        )
        self.groups = named(QTabBar(), "catalogGroups", self.tr("Where the models run"))
        self.groups.setDrawBase(False)
        self.groups.setExpanding(False)
        self.groups.addTab(self.tr("Runs on this computer"))
        self.groups.setTabData(0, ON_THIS_COMPUTER)
        self.groups.setTabToolTip(0, self.tr("Downloaded once, then they work without internet"))
        self.groups.addTab(self.tr("Runs in Ollama's cloud (needs an ollama.com account)"))
        self.groups.setTabData(1, IN_THE_CLOUD)
        self.groups.setTabToolTip(
            1,
            self.tr(
                "Very large models that run on Ollama's computers: your messages go to "
                "ollama.com, and your Ollama server must be signed in there"
            ),
        )
        self.groups.currentChanged.connect(self._group_changed)
        self.suggestions: list[CatalogEntry] = []
        self.recommended_title = plain_label(self.tr("Suggested by your Ollama server"))
        self.recommended_title.setStyleSheet("font-weight: bold;")
        self.recommended = named(
            QListWidget(), "catalogRecommendations", self.tr("Suggested models")
        )
        self.recommended.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.recommended.itemDoubleClicked.connect(
            lambda item: (
                self.server_reachable
                and self.download_requested.emit(item.data(Qt.ItemDataRole.UserRole))
            )
        )

        self.search = named(QLineEdit(), "catalogSearch", self.tr("Search the catalogue"))
        self.search.setPlaceholderText(self.tr("Search, e.g. “code”, “small”, “llama”…"))
        themed_clear_button(self.search)
        self.search.textChanged.connect(self.proxy.set_search)
        self.capability = named(QComboBox(), "catalogCapability", self.tr("Filter by ability"))
        for text, value in (
            (self.tr("Any ability"), ""),
            (self.tr("Sees images (vision)"), "vision"),
            (self.tr("Uses tools"), "tools"),
            (self.tr("Thinks step by step"), "thinking"),
            (self.tr("Embeddings for search"), "embedding"),
            (self.tr("Writes code"), "code"),
        ):
            self.capability.addItem(text, value)
        self.capability.setToolTip(self.tr("Show only models that can do this"))
        self.capability.currentIndexChanged.connect(
            lambda _: self.proxy.set_capability(self.capability.currentData())
        )
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.capability)

        self.table = named(QTableView(), "catalogTable", self.tr("Catalogue models"))
        self.table.setModel(self.proxy)
        # The file's order (popular first) until the person sorts by a column.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(
            CatalogTableModel.ABILITIES,
            BadgeDelegate(self.table, shown=("vision", "tools", "thinking", "embedding", "code")),
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CatalogTableModel.MODEL, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CatalogTableModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (CatalogTableModel.SIZE, CatalogTableModel.FITS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CatalogTableModel.ABILITIES, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(CatalogTableModel.MODEL, 220)
        self.table.setColumnWidth(CatalogTableModel.ABILITIES, 190)
        self.table.doubleClicked.connect(lambda _: self._download_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        self.explanation = plain_label(wrap=True)
        self.explanation.setObjectName("catalogExplanation")
        self.download_button = named(
            QPushButton(self.tr("Download")), "catalogDownloadButton", self.tr("Download")
        )
        self._download_tip = self.tr("Download the selected model (Enter)")
        self.download_button.setToolTip(self._download_tip)
        self.download_button.clicked.connect(self._download_selected)
        self.download_button.setEnabled(False)
        self.server_reachable = True
        bottom = QHBoxLayout()
        bottom.addWidget(self.explanation, 1)
        bottom.addWidget(self.download_button)

        note = self.note = plain_label(
            self.tr("Sizes are approximate. {problem}")
            .format(problem=" ".join(catalog.problems))
            .strip(),
            wrap=True,
        )
        self._colour_note()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.groups)
        layout.addWidget(self.recommended_title)
        layout.addWidget(self.recommended)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(note)
        self._show_suggestions()
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def set_machine(self, machine: MachineMemory) -> None:
        self.model.set_machine(machine)
        self._show_selected()

    def set_installed(self, names: list[str]) -> None:
        self.model.set_installed(names)

    def set_server_reachable(self, reachable: bool) -> None:
        """No server: nothing can be downloaded, and the Download button says why."""
        self.server_reachable = reachable
        self.download_button.setToolTip(
            self._download_tip
            if reachable
            else self.tr(
                "Ollama can't be reached, so nothing can be downloaded now. Start Ollama, or "
                "choose another server at the bottom of the window."
            )
        )
        self._show_selected()

    def set_recommendations(self, recommendations: list[Recommendation]) -> None:
        """The server's suggestions, in the catalogue's words and groups."""
        self.suggestions = suggested_entries(recommendations, self.catalog)
        selected = self.selected_entry()
        self.model.set_suggestions(self.suggestions)
        self._show_suggestions()
        if selected is None or not self.select_name(selected.name):
            self._select_first()
        self._show_selected()

    def show_group(self, group: str) -> None:
        """Show the models that run on this computer, or those that run in the cloud."""
        for index in range(self.groups.count()):
            if self.groups.tabData(index) == group:
                self.groups.setCurrentIndex(index)

    def _group_changed(self, index: int) -> None:
        self.proxy.set_group(self.groups.tabData(index))
        self._show_suggestions()
        self._select_first()
        self._show_selected()

    def _show_suggestions(self) -> None:
        """The suggestions of the group shown, each with its plain words and fit verdict."""
        self.recommended.clear()
        group = self.proxy.group
        for row, entry in enumerate(self.model.entries):
            if not entry.suggested or entry.group != group:
                continue
            text = self.tr("{name} — {description} ({fit})").format(
                name=entry.name, description=entry.description, fit=self.model.fit(row).summary
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.name)
            item.setToolTip(
                plain_tooltip(
                    self.tr("{why} Double-click to download.").format(
                        why=self.model.fit(row).explanation
                    )
                )
            )
            self.recommended.addItem(item)
        shown = self.recommended.count() > 0
        if shown:  # as tall as its lines, up to four; more scroll
            rows = min(4, self.recommended.count())
            height = self.recommended.sizeHintForRow(0) * rows
            self.recommended.setFixedHeight(height + 2 * self.recommended.frameWidth() + 4)
        self.recommended.setVisible(shown)
        self.recommended_title.setVisible(shown)

    def selected_entry(self) -> CatalogEntry | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return index.data(ENTRY_ROLE)

    def select_name(self, name: str) -> bool:
        for row in range(self.proxy.rowCount()):
            entry = self.proxy.index(row, 0).data(ENTRY_ROLE)
            if entry.name == name:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._colour_note()

    def _colour_note(self) -> None:
        """The note is quieter than the text, in the theme's own quiet colour (a fixed grey
        vanished on the dark theme)."""
        role = QPalette.ColorRole.PlaceholderText
        colour = self.palette().color(QPalette.ColorGroup.Active, role).name()
        self.note.setStyleSheet(f"color: {colour};")

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _show_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.explanation.setText(self.tr("Select a model to see whether it fits."))
            self.download_button.setText(self.tr("Download"))
            self.download_button.setEnabled(False)
            return
        source_row = self.proxy.mapToSource(index).row()
        entry = self.model.entry(source_row)
        fit = self.model.fit(source_row)
        if entry.size and entry.parameters:
            text = self.tr("{name} ({params} parameters, {size}): {summary}. {why}").format(
                name=entry.name,
                params=entry.parameters,
                size=human_size(entry.size),
                summary=fit.summary,
                why=fit.explanation,
            )
        else:
            text = self.tr("{name}: {summary}. {why}").format(
                name=entry.name, summary=fit.summary, why=fit.explanation
            )
        self.explanation.setText(text)
        self.download_button.setEnabled(self.server_reachable)
        if entry.in_cloud:  # nothing big is downloaded: it is added to the server's list
            text = self.tr("Add {name}").format(name=entry.name)
        elif self.model.is_installed(entry):
            text = self.tr("Download {name} again").format(name=entry.name)
        else:
            text = self.tr("Download {name}").format(name=entry.name)
        self.download_button.setText(text)

    def _download_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and self.server_reachable:
            self.download_requested.emit(entry.name)
