"""Chat settings and the Generate panel edit options with one editor, so they agree."""

from __future__ import annotations

from desktop.storage.records import Conversation
from desktop.ui.chat.options_dialog import ChatOptionsDialog
from desktop.ui.generate.options_panel import OptionsPanel


def hint_text(widget, name: str) -> str:
    return widget.editor.rows[name].hint.text()


def test_both_editors_read_a_default_within_the_tolerance_as_ollamas(qtbot) -> None:
    """A model default 0.8002 is Ollama's 0.8 to the request builder: both hints say so."""
    model_defaults = {"temperature": 0.8002, "top_k": 20}
    dialog = ChatOptionsDialog(
        Conversation(id=1, model="m"), model_defaults, can_think=False, technical=True
    )
    qtbot.addWidget(dialog)
    panel = OptionsPanel()
    qtbot.addWidget(panel)
    panel.set_defaults(model_defaults, "m")
    for widget in (dialog, panel):
        assert hint_text(widget, "temperature") == "default: 0.8"
        assert hint_text(widget, "top_k") == "model's default: 20"
        assert not widget.editor.rows["temperature"].reset.isEnabled()
    assert panel.changed() == {} and dialog.settings().options == {}


def test_chat_settings_keep_their_names_and_special_values(qtbot) -> None:
    saved = Conversation(id=1, model="m", options={"seed": 7, "mirostat": 1})
    dialog = ChatOptionsDialog(saved, {}, can_think=False, technical=True)
    qtbot.addWidget(dialog)
    seed = dialog.findChild(object, "chatOption_seed")
    assert seed is not None and seed.value() == 7
    assert hint_text(dialog, "seed") == "default: random"
    assert dialog.findChild(object, "chatOption_num_predict").text() == "no limit"
    dialog.reset_all()
    assert dialog.settings().options == {"mirostat": 1}  # options the dialog doesn't show stay
