"""The line under a message: its versions, a reply's figures, and its actions.

The actions (Copy, Edit or Regenerate, Delete) are icon buttons in ``chatMessageActions``: drawn
while the pointer is over the message or one of them has keyboard focus, and still there (the
same size, reachable with Tab, named for screen readers) when they are not drawn — so a long
chat is calm to read, and nothing moves when they appear. Copy shows a tick for a moment.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.ui.chat.style import ChatStyle
from desktop.ui.common.design import SIZE_SMALL, SMALLEST_POINTS, SPACE_HAIR
from desktop.ui.common.icons import blank_icon, icon

COPIED_MS = 1500
BUTTON_SIZE = QSize(28, 24)


def small(label: QLabel) -> QLabel:
    """A note-sized label, coloured by the message's style sheet."""
    font = QFont(label.font())
    font.setPointSizeF(max(SMALLEST_POINTS, font.pointSizeF() * SIZE_SMALL))
    label.setFont(font)
    label.setProperty("note", True)
    return label


class MessageFooter(QWidget):
    """Versions (‹ 2/3 ›), the reply's figures, and the action buttons."""

    def __init__(
        self,
        style: ChatStyle,
        *,
        is_user: bool,
        act: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("messageFooter")
        self._style = style
        self._act = act
        self._hovered = False
        self._focused = False
        self._copied = False
        self._icons: dict[QToolButton, str] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACE_HAIR)
        self.previous_button = self._button(
            "previous",
            "chevron-left",
            self.tr("Previous version"),
            self.tr("Show the previous version"),
        )
        self.previous_button.setObjectName("versionPreviousButton")
        self.version_label = small(QLabel())
        self.version_label.setObjectName("versionLabel")
        self.next_button = self._button(
            "next", "chevron-right", self.tr("Next version"), self.tr("Show the next version")
        )
        self.next_button.setObjectName("versionNextButton")
        self.stats_label = small(QLabel())
        self.stats_label.setObjectName("messageStats")

        self.actions = QWidget()
        self.actions.setObjectName("chatMessageActions")
        self.actions.setAccessibleName(self.tr("Message actions"))
        actions_row = QHBoxLayout(self.actions)
        actions_row.setContentsMargins(0, 0, 0, 0)
        actions_row.setSpacing(0)
        self.copy_button = self._button(
            "copy",
            "copy",
            self.tr("Copy message"),
            self.tr("Copy the message (as written, in markdown)"),
        )
        self.copy_button.setObjectName("messageCopyButton")
        self.edit_button = self._button(
            "edit",
            "pencil",
            self.tr("Edit message"),
            self.tr("Change this message and send it again (the old version is kept)"),
        )
        self.edit_button.setObjectName("messageEditButton")
        self.regenerate_button = self._button(
            "regenerate",
            "refresh-cw",
            self.tr("Regenerate reply"),
            self.tr("Write this reply again (the old version is kept)"),
        )
        self.regenerate_button.setObjectName("messageRegenerateButton")
        self.delete_button = self._button(
            "delete",
            "trash-2",
            self.tr("Delete message"),
            self.tr("Delete this message and everything after it"),
        )
        self.delete_button.setObjectName("messageDeleteButton")
        for button in (
            self.copy_button,
            self.edit_button,
            self.regenerate_button,
            self.delete_button,
        ):
            actions_row.addWidget(button)
            button.installEventFilter(self)
        self.edit_button.setVisible(is_user)
        self.regenerate_button.setVisible(not is_user)

        if is_user:
            row.addStretch(1)
        for widget in (self.previous_button, self.version_label, self.next_button):
            row.addWidget(widget)
        if not is_user:
            row.addSpacing(6)
            row.addWidget(self.stats_label)
            row.addStretch(1)
        row.addWidget(self.actions)
        for button in (self.previous_button, self.next_button):
            button.setIcon(icon(self._icons[button], style.colours.muted))
        self._draw_actions()

    # --- showing --------------------------------------------------------------------------------

    def set_hovered(self, hovered: bool) -> None:
        """The pointer entered or left the message."""
        self._hovered = hovered
        self._draw_actions()

    @property
    def actions_drawn(self) -> bool:
        return self._hovered or self._focused or self._copied

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._focused = any(button.hasFocus() for button in self._action_buttons())
            self._draw_actions()
        return False

    def _draw_actions(self) -> None:
        drawn = self.actions_drawn
        colour = self._style.colours.muted
        for button in self._action_buttons():
            name = "check" if button is self.copy_button and self._copied else self._icons[button]
            button.setIcon(icon(name, colour) if drawn else blank_icon())

    def _action_buttons(self) -> tuple[QToolButton, ...]:
        return (self.copy_button, self.edit_button, self.regenerate_button, self.delete_button)

    # --- acting ---------------------------------------------------------------------------------

    def _button(self, action: str, icon_name: str, accessible: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setAccessibleName(accessible)
        button.setText(accessible)  # read by screen readers; shown if the icon is missing
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setFixedSize(BUTTON_SIZE)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda: self._clicked(action))
        self._icons[button] = icon_name
        return button

    def _clicked(self, action: str) -> None:
        self._act(action)
        if action == "copy":
            self._copied = True
            self.copy_button.setToolTip(self.tr("Copied"))
            self._draw_actions()
            QTimer.singleShot(COPIED_MS, self, self._copy_done)

    def _copy_done(self) -> None:
        self._copied = False
        self.copy_button.setToolTip(self.tr("Copy the message (as written, in markdown)"))
        self._draw_actions()
