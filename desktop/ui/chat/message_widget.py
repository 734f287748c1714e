"""One message of the transcript: who wrote it, its text, images, thinking, figures, actions.

The widget renders a stored :class:`~desktop.storage.records.Message` and, for the reply being
written, grows frame by frame. It decides nothing: every action ("copy", "edit", "regenerate",
"delete", "previous"/"next" version, "retry", "download") is emitted as
``action_requested(action, message_id)`` for the tab to carry out.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.formats import message_time
from desktop.services.chat.events import ReplyPhase
from desktop.storage.records import Message, MessageState, Source
from desktop.ui.chat.attachments import ImageLoader, ThumbnailRow
from desktop.ui.chat.document_chips import ReplySources, StoredDocuments
from desktop.ui.chat.formatting import ErrorInfo, ErrorKind
from desktop.ui.chat.frame_budget import Budget
from desktop.ui.chat.link_confirmation import LinkGuard
from desktop.ui.chat.message_body import MessageBody
from desktop.ui.chat.message_footer import MessageFooter, small
from desktop.ui.chat.piece_column import Revealed
from desktop.ui.chat.reply_parts import LoadingRow, ProblemPanel
from desktop.ui.chat.reply_words import (
    ending_note,
    forgot_start_note,
    stats_details,
    stats_summary,
)
from desktop.ui.chat.style import ChatStyle
from desktop.ui.chat.thinking_section import ThinkingSection
from desktop.ui.common.design import SPACE_M, SPACE_S, SPACE_XS
from desktop.ui.common.plain import plain_line

BUBBLE_SHARE = 0.78  # a user's bubble takes at most this share of the width
SIDE_MARGIN = 18


@dataclass
class MessageContext:
    """What every message widget of a tab shares."""

    style: ChatStyle
    guard: LinkGuard
    load_image: ImageLoader
    technical: bool = False  # figures in tokens (Settings → Show technical details)
    # Replies written without the start of the chat (the server cut their prompt).
    forgot_start: set[int] = field(default_factory=set)


class MessageWidget(QFrame):
    """A user message (a bubble on the right) or a reply (full width, with a footer)."""

    action_requested = Signal(str, int)
    changed = Signal()  # anything that may change the height

    def __init__(
        self,
        message: Message,
        context: MessageContext,
        *,
        error: ErrorInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.message = message
        self.context = context
        self.setObjectName("chatMessage")
        self.setStyleSheet(context.style.message_css())
        self.is_user = message.role == "user"
        who = self.tr("You") if self.is_user else (message.model or self.tr("Assistant"))
        self.setAccessibleName(self.tr("Message from {who}").format(who=who))
        style = context.style
        self._width = 0
        self._error = error
        self._thinking_pending: list[str] = []
        self.thinking: ThinkingSection | None = None

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(SIDE_MARGIN, SPACE_S, SIDE_MARGIN, SPACE_S)
        self._layout.setSpacing(SPACE_XS)

        # A reply's header: the model as a small badge, then the time.
        self.header = QWidget()
        self.header.setObjectName("messageHeader")
        header_row = QHBoxLayout(self.header)
        header_row.setContentsMargins(0, 0, 0, 0)
        header_row.setSpacing(SPACE_S)
        self.model_badge = small(QLabel())
        self.model_badge.setObjectName("messageModelBadge")
        self.model_badge.setTextFormat(Qt.TextFormat.PlainText)
        self.time_label = small(QLabel())
        self.time_label.setObjectName("messageTime")
        header_row.addWidget(self.model_badge)
        header_row.addWidget(self.time_label)
        header_row.addStretch(1)

        self.body = MessageBody(style, context.guard)
        self.body.changed.connect(self.changed)
        self.images = ThumbnailRow(context.load_image)
        self.images.setObjectName("messageImages")
        self.images.setAccessibleName(self.tr("Attached images"))

        # Made when first needed: most messages never load or fail, and a long chat makes
        # many message widgets.
        self._loading: QWidget | None = None
        self._problem: ProblemPanel | None = None
        self._documents: StoredDocuments | None = None
        self._sources: ReplySources | None = None

        self.note = small(QLabel())
        self.note.setObjectName("messageNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()

        self.footer = self._build_footer(style)

        if self.is_user:
            self.bubble = QFrame()
            self.bubble.setObjectName("userBubble")
            bubble_layout = QVBoxLayout(self.bubble)
            bubble_layout.setContentsMargins(SPACE_M, SPACE_S, SPACE_M, SPACE_S)
            bubble_layout.setSpacing(SPACE_S)
            bubble_layout.addWidget(self.images)
            bubble_layout.addWidget(self.body)
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addStretch(1)
            row.addWidget(self.bubble)
            self._layout.addLayout(row)
            self._layout.addWidget(self.footer)
        else:
            self.bubble = None
            self._layout.addWidget(self.header)
            self._layout.addWidget(self.images)
            self._layout.addWidget(self.body)
            self._layout.addWidget(self.note)
            self._layout.addWidget(self.footer)
        self._show_record(message)

    # --- parts made when first needed -----------------------------------------------------------

    @property
    def loading(self) -> QWidget:
        """ "Loading model…" with a busy bar, above the reply."""
        if self._loading is None:
            self._loading = self._build_loading(self.context.style)
            self._layout.insertWidget(self._layout.indexOf(self.header) + 1, self._loading)
        return self._loading

    @property
    def error_panel(self) -> QFrame:
        return self._problem_panel()

    @property
    def error_label(self) -> QLabel:
        return self._problem_panel().label

    @property
    def download_button(self) -> QPushButton:
        return self._problem_panel().download

    @property
    def retry_button(self) -> QPushButton:
        return self._problem_panel().retry

    @property
    def signin_button(self) -> QPushButton:
        return self._problem_panel().signin

    def _problem_panel(self) -> ProblemPanel:
        if self._problem is None:
            self._problem = self._build_problem_panel()
            if not self.is_user:
                self._layout.insertWidget(self._layout.indexOf(self.body) + 1, self._problem)
        return self._problem

    @property
    def documents(self) -> StoredDocuments:
        """The chips of the documents a user's message carries."""
        if self._documents is None:
            self._documents = StoredDocuments()
            if self.bubble is not None:
                layout = self.bubble.layout()
                assert isinstance(layout, QVBoxLayout)
                layout.insertWidget(layout.indexOf(self.body), self._documents)
            else:
                self._layout.insertWidget(self._layout.indexOf(self.body), self._documents)
        return self._documents

    @property
    def sources(self) -> ReplySources:
        """ "Used: report.pdf p. 3, p. 7" under a reply that was given documents."""
        if self._sources is None:
            self._sources = ReplySources()
            self._layout.insertWidget(self._layout.indexOf(self.footer), self._sources)
        return self._sources

    def set_sources(self, sources: Sequence[Source]) -> None:
        if sources or self._sources is not None:
            self.sources.set_sources(sources)
            self.changed.emit()

    def set_documents_progress(self, name: str, done: int, total: int) -> None:
        """Before the reply: a large document's parts are being read for the question."""
        self.loading.setVisible(True)
        if done >= total:  # read: the model is asked (and maybe loaded) next
            self.loading_label.setText(self.tr("Loading model…"))
        else:
            self.loading_label.setText(
                self.tr("Reading {name} for your question: {done} of {total} parts…").format(
                    name=plain_line(name), done=done, total=total
                )
            )
        self.changed.emit()

    def _build_loading(self, style: ChatStyle) -> QWidget:
        loading = LoadingRow()
        self.loading_label = small(loading.label)
        return loading

    def _build_problem_panel(self) -> ProblemPanel:
        panel = ProblemPanel()
        for action, button in panel.buttons().items():
            button.clicked.connect(
                lambda _checked=False, action=action: self.action_requested.emit(
                    action, self.message.id
                )
            )
        return panel

    # --- building -----------------------------------------------------------------------------

    def _build_footer(self, style: ChatStyle) -> MessageFooter:
        footer = MessageFooter(
            style,
            is_user=self.is_user,
            act=lambda action: self.action_requested.emit(action, self.message.id),
        )
        for name in (
            "previous_button",
            "version_label",
            "next_button",
            "stats_label",
            "copy_button",
            "edit_button",
            "regenerate_button",
            "delete_button",
        ):
            setattr(self, name, getattr(footer, name))
        return footer

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        self.footer.set_hovered(True)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self.footer.set_hovered(False)

    # --- showing a stored message ---------------------------------------------------------------

    def _show_record(self, message: Message) -> None:
        style = self.context.style
        if self.is_user:
            self.body.set_plain(message.content)
        elif message.is_streaming:
            self.body.start_stream(message.content)
        else:
            self.body.set_markdown(message.content)
        self.images.set_attachments(message.attachments)
        if message.documents or self._documents is not None:
            self.documents.set_documents(message.documents)
        if message.sources or self._sources is not None:
            self.sources.set_sources(message.sources)
        when = message_time(message.created_at)
        if not self.is_user:
            model = plain_line(message.model) or self.tr("Assistant")
            self.model_badge.setText(model)
            self.time_label.setText(when)
            if message.thinking or message.thinking_duration:
                self._ensure_thinking().set_thinking(message.thinking)
                self.thinking.set_label(message.thinking_duration, running=False)  # type: ignore[union-attr]
        else:
            self.footer.setToolTip(when)
        self._update_versions(message)
        self._update_stats(message, style)
        self._update_ending(message)

    def update_notes(self) -> None:
        """The calm lines under a reply: how it ended, and whether the model saw the start of
        the chat (that mark can change after the reply was drawn)."""
        notes = [ending_note(self.message)]
        if self.message.id in self.context.forgot_start:
            notes.append(forgot_start_note())
        note = "\n".join(text for text in notes if text)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def _update_versions(self, message: Message) -> None:
        many = message.version_count > 1
        for widget in (self.previous_button, self.version_label, self.next_button):
            widget.setVisible(many)
        self.version_label.setText(f"{message.version}/{message.version_count}")
        self.version_label.setAccessibleName(
            self.tr("Version {n} of {count}").format(n=message.version, count=message.version_count)
        )
        self.previous_button.setEnabled(message.version > 1)
        self.next_button.setEnabled(message.version < message.version_count)

    def _update_stats(self, message: Message, style: ChatStyle) -> None:
        technical = self.context.technical
        summary = "" if self.is_user else stats_summary(message.stats, technical=technical)
        self.stats_label.setText(summary)
        rows = stats_details(message.stats, technical=technical)
        if rows:
            table = "".join(
                f"<tr><td>{html.escape(label)}</td><td>&nbsp;&nbsp;{html.escape(value)}</td></tr>"
                for label, value in rows
            )
            tip = f"<table>{table}</table>"
            self.stats_label.setToolTip(tip)
            self.setToolTip("")
        self.stats_label.setVisible(bool(summary))

    def _update_ending(self, message: Message) -> None:
        failed = message.state is MessageState.ERROR
        error = self._error
        if failed and error is None:
            error = ErrorInfo(ErrorKind.OTHER, message.error, message.model)
        if failed and error is not None:
            text = self._error_words(error, message)
            self.error_label.setText(text)
            self.download_button.setVisible(error.kind is ErrorKind.NOT_INSTALLED)
            self.signin_button.setVisible(bool(error.signin_url))
            self.retry_button.setVisible(True)
            self.error_panel.show()
        elif self._problem is not None:
            self.error_panel.hide()
            self.signin_button.hide()
        self.update_notes()
        streaming = message.is_streaming
        self.footer.setVisible(not streaming)
        if self._loading is not None:
            self._loading.setVisible(False)

    def _error_words(self, error: ErrorInfo, message: Message) -> str:
        if error.kind is ErrorKind.NOT_INSTALLED:
            return self.tr(
                "This model isn't installed: {model}. Download it, then press Retry."
            ).format(model=error.model or message.model)
        if error.kind is ErrorKind.UNREACHABLE:
            return self.tr(
                "{reason} Your message is kept; press Retry when the server is back."
            ).format(reason=error.text or message.error)
        if error.kind is ErrorKind.BROKEN and message.content:
            return self.tr("The reply above is incomplete. {reason}").format(
                reason=error.text or message.error
            )
        return error.text or message.error or self.tr("The reply failed.")

    # --- the live reply -------------------------------------------------------------------------

    def _ensure_thinking(self) -> ThinkingSection:
        if self.thinking is None:
            self.thinking = ThinkingSection(self.context.style)
            self.thinking.changed.connect(self.changed)
            index = self._layout.indexOf(self.body)
            self._layout.insertWidget(max(0, index), self.thinking)
        return self.thinking

    def set_phase(self, phase: ReplyPhase, thinking_seconds: float | None = None) -> None:
        """Loading → (thinking) → streaming, as the session reports it."""
        if phase is ReplyPhase.LOADING or self._loading is not None:
            self.loading.setVisible(phase is ReplyPhase.LOADING)
        if phase is ReplyPhase.THINKING:
            section = self._ensure_thinking()
            section.set_label(thinking_seconds, running=True)
            section.set_open(True)
        elif phase is ReplyPhase.STREAMING and self.thinking is not None:
            self.thinking.set_label(thinking_seconds, running=False)
            self.thinking.set_open(False)
        self.changed.emit()

    def set_thinking_time(self, seconds: float, *, running: bool) -> None:
        if self.thinking is not None:
            self.thinking.set_label(seconds, running=running)

    def append(self, content: str, thinking: str) -> None:
        """Buffer new text of the live reply (drawn at the next frame)."""
        if content:
            self.body.append(content)
        if thinking:
            self._thinking_pending.append(thinking)

    def render_frame(self, *, flood: bool = False) -> bool:
        """Draw what arrived since the last frame; True if anything changed. ``flood``: the
        text arrives far faster than anyone reads (its open tail is drawn plain)."""
        drew = False
        if self._thinking_pending:
            self._ensure_thinking().append("".join(self._thinking_pending))
            self._thinking_pending.clear()
            drew = True
        if self.body.render_pending(flood=flood):
            drew = True
        elif drew:
            self.changed.emit()
        return drew

    def finish(self, message: Message, error: ErrorInfo | None = None) -> None:
        """The reply ended (done, stopped or failed): show it as stored."""
        self.render_frame()
        self.body.finish_stream()
        self.message = message
        self._error = error
        if self.thinking is not None:
            if message.thinking and not self.thinking.thinking:
                self.thinking.set_thinking(message.thinking)
            self.thinking.set_label(message.thinking_duration, running=False)
            if not message.content:
                self.thinking.set_open(True)
        if message.sources or self._sources is not None:
            self.sources.set_sources(message.sources)
        self._update_versions(message)
        self._update_stats(message, self.context.style)
        self._update_ending(message)
        self.changed.emit()

    # --- search ---------------------------------------------------------------------------------

    def flash(self, on: bool) -> None:
        """A border that shows which message a search opened."""
        style = self.context.style
        self.setStyleSheet(style.message_css() + (style.flash_css() if on else ""))

    def highlight(self, terms: list[str]) -> int:
        return self.body.highlight(terms)

    def first_highlight_y(self) -> int | None:
        """Where the first search hit is, in this widget's coordinates."""
        y = self.body.first_highlight_y()
        return None if y is None else self._body_top() + y

    # --- on screen ------------------------------------------------------------------------------

    def reveal(self, top: int, bottom: int, budget: Budget, *, ahead: bool = True) -> Revealed:
        """The view shows ``top``..``bottom`` of this widget: its text makes what is there."""
        body_top = self._body_top()
        return self.body.reveal(top - body_top, bottom - body_top, budget, ahead=ahead)

    def _body_top(self) -> int:
        return self.body.mapTo(self, QPoint(0, 0)).y()

    # --- size -----------------------------------------------------------------------------------

    def height_for(self, width: int) -> int:
        """The height at ``width`` (a user's bubble hugs its text, up to ``BUBBLE_SHARE``)."""
        if self.bubble is not None and width != self._width:
            available = width - 2 * SIDE_MARGIN
            ideal = self._bubble_ideal_width()
            self.bubble.setFixedWidth(max(120, min(int(available * BUBBLE_SHARE), ideal)))
        self._width = width
        height = self.heightForWidth(width)
        if height >= 0:
            return height
        # A piece that changed inside (a block added, the footer shown) tells the layouts
        # above it only on a later pass of the loop; until then they may answer with no size
        # at all (-1: a message of no height, whose buttons cannot be clicked). Settling every
        # layout costs time that grows with the message, so it is done only then.
        for layout in self.findChildren(QLayout):
            layout.invalidate()
        self._layout.activate()
        height = self.heightForWidth(width)
        return height if height >= 0 else self.sizeHint().height()

    def _bubble_ideal_width(self) -> int:
        documents = self._documents.sizeHint().width() if self._documents is not None else 0
        return max(self.body.ideal_width(), self.images.sizeHint().width(), documents) + 24 + 2
