"""Chat settings speak plainly by default; the raw options come with technical details."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.storage.records import Conversation
from desktop.ui.chat.options_dialog import ChatOptionsDialog

HIDDEN_UNLESS_TECHNICAL = ("top_p", "top_k", "repeat_penalty", "stop", "seed")


def labels(dialog: ChatOptionsDialog) -> list[str]:
    return [row.text for row in dialog.editor.rows.values()]


def test_plain_chat_settings_name_three_things_and_keep_the_rest(qtbot) -> None:
    saved = Conversation(id=1, model="m", options={"seed": 7, "top_k": 20}, keep_alive=-1)
    dialog = ChatOptionsDialog(saved, {}, can_think=False)
    qtbot.addWidget(dialog)
    assert "Creativity" in labels(dialog) and "Reply length limit" in labels(dialog)
    assert not any("temperature" in text or "num_predict" in text for text in labels(dialog))
    for name in HIDDEN_UNLESS_TECHNICAL:
        assert dialog.findChild(object, f"chatOption_{name}") is None
    assert dialog.findChild(object, "chatOption_num_ctx") is not None
    choices = [dialog.keep_alive.itemText(i) for i in range(dialog.keep_alive.count())]
    assert choices == [
        "Stay loaded for 5 minutes",
        "Stay loaded until Ollama stops",
        "Unload after each reply",
    ]
    assert dialog.keep_alive.currentData() == -1
    assert dialog.findChild(object, "chatKeepAliveCustom").isHidden()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "10m" not in texts and "Top P" not in texts
    dialog.set_value("temperature", 0.3)
    dialog.keep_alive.setCurrentIndex(2)
    chosen = dialog.settings()
    assert chosen.options == {"seed": 7, "top_k": 20, "temperature": 0.3}  # hidden ones kept
    assert chosen.keep_alive == 0


def test_a_value_set_with_technical_details_stays_visible_in_plain_words(qtbot) -> None:
    dialog = ChatOptionsDialog(Conversation(id=1, model="m", keep_alive="30m"), {}, can_think=False)
    qtbot.addWidget(dialog)
    assert dialog.keep_alive.currentText() == "30 minutes"
    assert dialog.settings().keep_alive == "30m"


def test_technical_chat_settings_show_the_raw_options_and_a_free_keep_alive(qtbot) -> None:
    dialog = ChatOptionsDialog(Conversation(id=1, model="m"), {}, can_think=False, technical=True)
    qtbot.addWidget(dialog)
    assert "Creativity (temperature)" in labels(dialog)
    assert "Reply length limit (num_predict)" in labels(dialog)
    for name in HIDDEN_UNLESS_TECHNICAL:
        assert dialog.findChild(object, f"chatOption_{name}") is not None
    custom = dialog.findChild(object, "chatKeepAliveCustom")
    assert not custom.isHidden() and "10m" in custom.placeholderText()
    custom.setText("10m")
    assert dialog.settings().keep_alive == "10m"
    custom.setText("300")
    assert dialog.settings().keep_alive == 300
    dialog.reset_all()
    assert dialog.settings().keep_alive is None
