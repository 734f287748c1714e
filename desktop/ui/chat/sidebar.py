"""The sidebar: New chat, search across every chat, and the list of conversations.

The list is pinned chats first, then the most recent activity. Each row offers (context menu,
keys) rename (F2, in place), pin/unpin, export as Markdown or JSON, and delete (Delete key,
confirmed by the tab). Typing in the search field (Ctrl+F) swaps the list for the matches with
their snippet, the matched words in bold. The sidebar only shows and asks; the tab acts.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.formats import message_time
from desktop.storage.records import Conversation, SearchHit
from desktop.ui.common.design import SIZE_SMALL, SMALLEST_POINTS, SPACE_S, SPACE_XL, SPACE_XS
from desktop.ui.common.plain import plain_line, plain_tooltip

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2
PINNED_ROLE = Qt.ItemDataRole.UserRole + 3
HIT_ROLE = Qt.ItemDataRole.UserRole + 4
ELLIPSIS = "…"
_SPACES = re.compile(r"\s+")
_PIECES = re.compile(r"\s*\S+|\s+")  # each word with the space before it


def snippet_runs(hit: SearchHit) -> list[tuple[str, bool]]:
    """The snippet on one line: each run of whitespace becomes one space, and the spaces
    around a match stay (they are part of the plain text next to it)."""
    return [(_SPACES.sub(" ", text), is_match) for text, is_match in hit.snippet_parts()]


def fit_runs(
    runs: list[tuple[str, bool]], fits: Callable[[list[tuple[str, bool]]], bool]
) -> list[tuple[str, bool]]:
    """``runs`` shortened by whole words from the end, with an ellipsis, until ``fits``."""
    words = [(piece, is_match) for text, is_match in runs for piece in _PIECES.findall(text)]
    for count in range(len(words), 0, -1):
        if count < len(words) and not words[count][0][:1].isspace():
            continue  # "well-known" is split into pieces by the match: cut at spaces only
        kept = words[:count]
        if count < len(words):
            last, last_match = kept[-1]
            kept[-1] = (last.rstrip(), last_match)
            kept.append((ELLIPSIS, False))
        merged = _merge(kept)
        if fits(merged):
            return merged
    return [(ELLIPSIS, False)] if words else []


def _merge(runs: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    merged: list[tuple[str, bool]] = []
    for text, is_match in runs:
        if not text:
            continue
        if merged and merged[-1][1] == is_match:
            merged[-1] = (merged[-1][0] + text, is_match)
        else:
            merged.append((text, is_match))
    return merged


def snippet_html(runs: list[tuple[str, bool]], ink: str) -> str:
    """Escaped text with the matches in bold (model text is never markup)."""
    return "".join(
        f"<b style='color:{ink}'>{html.escape(text)}</b>" if is_match else html.escape(text)
        for text, is_match in runs
    )


SEARCH_DELAY_MS = 150


class ConversationListModel(QAbstractListModel):
    """Conversations as the sidebar shows them; renaming in place emits ``renamed``."""

    renamed = Signal(int, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.conversations: list[Conversation] = []

    def set_conversations(self, conversations: Sequence[Conversation]) -> None:
        self.beginResetModel()
        self.conversations = list(conversations)
        self.endResetModel()

    def row_of(self, conversation_id: int) -> int:
        for row, conversation in enumerate(self.conversations):
            if conversation.id == conversation_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.conversations)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        conversation = self.conversations[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return plain_line(conversation.title) or self.tr("New chat")
        if role == Qt.ItemDataRole.EditRole:
            return conversation.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(plain_line(conversation.title)) or self.tr("New chat")
        if role == ID_ROLE:
            return conversation.id
        if role == PINNED_ROLE:
            return conversation.pinned
        if role == SUBTITLE_ROLE:
            when = message_time(conversation.updated_at)
            return " · ".join(part for part in (plain_line(conversation.model), when) if part)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 2
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        conversation = self.conversations[index.row()]
        self.renamed.emit(conversation.id, str(value))
        return True


class HitListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return plain_line(hit.conversation_title) or self.tr("New chat")
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip("".join(text for text, _ in hit.snippet_parts()))
        return None


class _TwoLineDelegate(QStyledItemDelegate):
    """Title (bold if pinned, with a pin mark) over a muted line: model and time, or a
    snippet with the matches in bold."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.lineSpacing() * 2 + 14)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        ink = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        rect = option.rect.adjusted(10, 6, -8, -6)
        metrics = QFontMetrics(option.font)
        line = metrics.lineSpacing()
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.save()
        title_font = QFont(option.font)
        title_font.setBold(True)
        pinned = bool(index.data(PINNED_ROLE))
        prefix = "📌 " if pinned else ""
        painter.setFont(title_font)
        painter.setPen(ink)
        title_rect = QRect(rect.x(), rect.y(), rect.width(), line)
        elided = QFontMetrics(title_font).elidedText(prefix + title, Qt.TextElideMode.ElideRight,
                                                     rect.width())  # fmt: skip
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
        )
        second = QRect(rect.x(), rect.y() + line + 2, rect.width(), line)
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self._paint_snippet(painter, second, hit, option.font, muted, ink)
        else:
            subtitle = str(index.data(SUBTITLE_ROLE) or "")
            small = QFont(option.font)
            small.setPointSizeF(max(SMALLEST_POINTS, option.font.pointSizeF() * SIZE_SMALL))
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(small).elidedText(subtitle, Qt.TextElideMode.ElideRight,
                                                            rect.width()))  # fmt: skip
        painter.restore()

    def _paint_snippet(self, painter: QPainter, rect: QRect, hit: SearchHit, font: QFont,
                       muted: Any, ink: Any) -> None:  # fmt: skip
        bold = QFont(font)
        bold.setBold(True)
        plain_metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)

        def fits(runs: list[tuple[str, bool]]) -> bool:
            width = sum(
                (bold_metrics if is_match else plain_metrics).horizontalAdvance(text)
                for text, is_match in runs
            )
            return width <= rect.width()

        runs = fit_runs(snippet_runs(hit), fits)  # cut at a word, not mid-letter at the edge
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setHtml(
            f"<span style='color:{muted.name()}; white-space: pre'>"
            f"{snippet_html(runs, ink.name())}</span>"
        )
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRect(0, 0, rect.width(), rect.height()))
        document.drawContents(painter)
        painter.restore()


class ConversationSidebar(QFrame):
    """Shows conversations and search hits; emits what the user asked for."""

    new_chat_requested = Signal()
    conversation_chosen = Signal(int)
    rename_requested = Signal(int, str)
    pin_requested = Signal(int, bool)
    delete_requested = Signal(int)
    export_requested = Signal(int, str)  # conversation id, "markdown" or "json"
    import_requested = Signal()
    search_changed = Signal(str)
    hit_chosen = Signal(object)  # SearchHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatSidebar")
        self.setAccessibleName(self.tr("Chats"))
        self.setMinimumWidth(200)

        self.new_button = QPushButton(self.tr("New chat"))
        self.new_button.setObjectName("newChatButton")
        self.new_button.setAccessibleName(self.tr("New chat"))
        self.new_button.setToolTip(self.tr("Start a new chat (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_chat_requested)

        self.import_button = QToolButton()
        self.import_button.setObjectName("chatImportButton")
        self.import_button.setAccessibleName(self.tr("Import a chat"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Add a chat from a Paddock JSON export"))
        self.import_button.clicked.connect(self.import_requested)

        self.search = QLineEdit()
        self.search.setObjectName("chatSearch")
        self.search.setAccessibleName(self.tr("Search all chats"))
        self.search.setPlaceholderText(self.tr("Search all chats (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit_search)
        self._awaiting_hits = False  # a search was asked for and its hits have not come yet
        self._open_first_on_hits = False  # Enter was pressed before they came
        self.search.textChanged.connect(self._search_typed)
        self.search.returnPressed.connect(self._open_first_hit)

        self.model = ConversationListModel(self)
        self.model.renamed.connect(self.rename_requested)
        self.list = QListView()
        self.list.setObjectName("conversationList")
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(_TwoLineDelegate(self.list))
        self.list.setEditTriggers(
            QListView.EditTrigger.EditKeyPressed | QListView.EditTrigger.SelectedClicked
        )
        self.list.setUniformItemSizes(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.selectionModel().currentChanged.connect(self._current_changed)

        self.hits = HitListModel(self)
        self.hit_list = QListView()
        self.hit_list.setObjectName("chatSearchResults")
        self.hit_list.setAccessibleName(self.tr("Search results"))
        self.hit_list.setModel(self.hits)
        self.hit_list.setItemDelegate(_TwoLineDelegate(self.hit_list))
        self.hit_list.setUniformItemSizes(True)
        self.hit_list.activated.connect(self._hit_activated)
        self.hit_list.clicked.connect(self._hit_activated)
        self.no_hits = QLabel(self.tr("No chat contains that."))
        self.no_hits.setObjectName("chatSearchEmpty")
        self.no_hits.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.no_hits.setContentsMargins(0, SPACE_XL, 0, 0)
        self.no_hits.setStyleSheet("color: palette(placeholder-text);")

        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.hit_list)
        self.stack.addWidget(self.no_hits)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.new_button, 1)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_S, SPACE_S, SPACE_XS, SPACE_S)
        layout.setSpacing(SPACE_S)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.stack, 1)
        self._selecting = False

        delete = QAction(self.tr("Delete chat"), self.list)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._delete_current)
        self.list.addAction(delete)

    # --- content ------------------------------------------------------------------------------

    def set_conversations(self, conversations: Sequence[Conversation], current: int | None) -> None:
        self._selecting = True
        try:
            self.model.set_conversations(conversations)
            self.select(current)
        finally:
            self._selecting = False

    def select(self, conversation_id: int | None) -> None:
        row = self.model.row_of(conversation_id) if conversation_id is not None else -1
        was = self._selecting
        self._selecting = True
        try:
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row))
            else:
                self.list.clearSelection()
        finally:
            self._selecting = was

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        """The answer to the latest search (searches run in the background)."""
        self._awaiting_hits = False
        self.hits.set_hits(hits)
        if not self.search.text().strip():
            self.stack.setCurrentWidget(self.list)
        elif hits:
            self.stack.setCurrentWidget(self.hit_list)
        else:
            self.stack.setCurrentWidget(self.no_hits)
        if self._open_first_on_hits:
            self._open_first_on_hits = False
            if hits:
                self.hit_chosen.emit(hits[0])

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def rename(self, conversation_id: int) -> None:
        """Start renaming in place."""
        row = self.model.row_of(conversation_id)
        if row >= 0:
            index = self.model.index(row)
            self.list.setCurrentIndex(index)
            self.list.edit(index)

    # --- internals ------------------------------------------------------------------------------

    def _search_typed(self, text: str) -> None:
        if not text.strip():
            self._search_timer.stop()
            self._awaiting_hits = self._open_first_on_hits = False
            self.hits.set_hits([])
            self.stack.setCurrentWidget(self.list)
            self.search_changed.emit("")
            return
        self._search_timer.start()

    def _emit_search(self) -> None:
        self._awaiting_hits = bool(self.search.text().strip())
        self.search_changed.emit(self.search.text())

    def _open_first_hit(self) -> None:
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._emit_search()
        if self._awaiting_hits:  # Enter before the hits came: open the first when they do
            self._open_first_on_hits = True
        elif self.hits.hits:
            self.hit_chosen.emit(self.hits.hits[0])

    def _hit_activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.hit_chosen.emit(hit)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        self.conversation_chosen.emit(int(current.data(ID_ROLE)))

    def _delete_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.delete_requested.emit(int(index.data(ID_ROLE)))

    def _menu(self, point: QPoint) -> None:
        index = self.list.indexAt(point)
        if not index.isValid():
            return
        menu = self.menu_for(index)
        menu.popup(self.list.viewport().mapToGlobal(point))

    def menu_for(self, index: QModelIndex) -> QMenu:
        conversation_id = int(index.data(ID_ROLE))
        pinned = bool(index.data(PINNED_ROLE))
        menu = QMenu(self)
        menu.setObjectName("conversationMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Rename"), lambda: self.rename(conversation_id))
        menu.addAction(self.tr("Unpin") if pinned else self.tr("Pin to top"),
                       lambda: self.pin_requested.emit(conversation_id, not pinned))  # fmt: skip
        menu.addSeparator()
        menu.addAction(self.tr("Export as Markdown…"),
                       lambda: self.export_requested.emit(conversation_id, "markdown"))  # fmt: skip
        menu.addAction(self.tr("Export as JSON…"),
                       lambda: self.export_requested.emit(conversation_id, "json"))  # fmt: skip
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.delete_requested.emit(conversation_id))
        return menu
