"""The Chat tab's layout: the header, the notices and the sidebar-beside-chat splitter.

Kept apart so the tab's module holds wiring, not widget placement. The widgets are built
here and handed back; the tab keeps them as attributes (their objectNames are the
end-to-end contract). Texts keep the ``ChatTab`` translation context.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.design import (
    RADIUS,
    SIZE_HEADING,
    SPACE_HAIR,
    SPACE_L,
    SPACE_M,
    SPACE_S,
    SPACE_XS,
)
from desktop.ui.common.elided_label import ElidedLabel
from desktop.ui.common.plain import plain_label


@dataclass
class ChatLayout:
    """The widgets the layout made that the tab talks to later."""

    title_label: ElidedLabel
    options_button: QToolButton
    menu_button: QToolButton
    no_models: QFrame
    no_models_label: QLabel
    open_models_button: QPushButton
    notice: QLabel
    storage_label: QLabel
    splitter: QSplitter


def build_chat_layout(
    owner: QWidget,
    *,
    sidebar: QWidget,
    transcript: QWidget,
    composer: QWidget,
    model_picker: QWidget,
    error_colour: str,
    memory_meter: QWidget | None = None,
    memory_link: QWidget | None = None,
    memory_warning: QWidget | None = None,
) -> ChatLayout:
    """Lay ``owner`` out: the sidebar beside the chat (header, transcript, notices, composer)."""
    title_label = ElidedLabel()
    title_label.setObjectName("chatTitle")
    font = title_label.font()
    font.setPointSizeF(font.pointSizeF() * SIZE_HEADING)
    font.setBold(True)
    title_label.setFont(font)
    title_label.setMinimumWidth(80)

    options_button = QToolButton()
    options_button.setObjectName("chatOptionsButton")
    options_button.setText(QCoreApplication.translate("ChatTab", "Chat settings…"))
    options_button.setAccessibleName(QCoreApplication.translate("ChatTab", "Chat settings"))
    options_button.setToolTip(
        QCoreApplication.translate(
            "ChatTab", "System prompt, creativity, reply length and other settings of this chat"
        )
    )

    menu_button = QToolButton()
    menu_button.setObjectName("chatMenuButton")
    menu_button.setText("⋯")
    menu_button.setAccessibleName(QCoreApplication.translate("ChatTab", "More for this chat"))
    menu_button.setToolTip(
        QCoreApplication.translate("ChatTab", "Rename, export, import or delete chats")
    )
    menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    header = QHBoxLayout()
    header.setContentsMargins(SPACE_M, SPACE_S, SPACE_M, SPACE_XS)
    header.addWidget(title_label, 1)
    header.addWidget(QLabel(QCoreApplication.translate("ChatTab", "Model:")))
    header.addWidget(model_picker)
    model_picker.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    header.addWidget(options_button)
    header.addWidget(menu_button)

    no_models = QFrame()
    no_models.setObjectName("chatNoModels")
    no_models_layout = QHBoxLayout(no_models)
    no_models_layout.setContentsMargins(SPACE_M, SPACE_S, SPACE_M, SPACE_S)
    no_models_label = QLabel(
        QCoreApplication.translate(
            "ChatTab", "No models are installed yet. Download one to start chatting."
        )
    )
    no_models_label.setWordWrap(True)
    open_models_button = QPushButton(QCoreApplication.translate("ChatTab", "Open Models"))
    open_models_button.setObjectName("chatOpenModelsButton")
    open_models_button.setAccessibleName(
        QCoreApplication.translate("ChatTab", "Open the Models tab")
    )
    no_models_layout.addWidget(no_models_label, 1)
    no_models_layout.addWidget(open_models_button)
    no_models.setStyleSheet(
        f"QFrame#chatNoModels {{ background: palette(alternate-base); border-radius: {RADIUS}px; }}"
    )
    no_models.hide()

    notice = QLabel()
    notice.setObjectName("chatNotice")
    notice.setWordWrap(True)
    notice.setTextFormat(Qt.TextFormat.PlainText)
    notice.setContentsMargins(SPACE_L, SPACE_HAIR, SPACE_L, SPACE_HAIR)
    notice.setStyleSheet(f"color: {error_colour};")
    notice.hide()

    storage_label = plain_label(QLabel())
    storage_label.setObjectName("chatStorageProblem")
    storage_label.setWordWrap(True)
    storage_label.hide()

    conversation = QWidget()
    column = QVBoxLayout(conversation)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addLayout(header)
    if memory_meter is not None:  # the chat's memory, under the title
        memory_row = QHBoxLayout()
        memory_row.setContentsMargins(0, 0, 12, 0)
        memory_row.addWidget(memory_meter, 1)
        if memory_link is not None:
            memory_row.addWidget(memory_link)
        column.addLayout(memory_row)
    column.addWidget(storage_label)
    column.addWidget(transcript, 1)
    if memory_warning is not None:
        column.addWidget(memory_warning)
    column.addWidget(no_models)
    column.addWidget(notice)
    column.addWidget(composer)

    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("chatSplitter")
    splitter.addWidget(sidebar)
    splitter.addWidget(conversation)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([260, 900])
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
    return ChatLayout(
        title_label,
        options_button,
        menu_button,
        no_models,
        no_models_label,
        open_models_button,
        notice,
        storage_label,
        splitter,
    )
