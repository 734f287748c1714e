"""Generate may use the technical names, but every field says in a line what it does."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.generate.options import ALL
from desktop.ui.generate.tab import GenerateTab
from tests.ui.generate.conftest import choose

FIELDS = [
    "generatePrompt", "generateSuffix", "generateSystem", "generateRawCheck",
    "generateContextCheck", "generateFormatPicker", "generateThinkPicker", "generateImages",
    "generateKeepAlive", "generateStreamCheck", "generateLogprobsCheck", "generateTemplate",
    "generateTruncateCheck", "generateShiftCheck",
]  # fmt: skip


def visible_explanation(field: QWidget, stop: QWidget) -> str:
    """The text of a shown, wrapped label that sits with ``field`` (its own stack of widgets)."""
    holder = field.parentWidget()
    while holder is not None and holder is not stop:
        notes = [
            label.text()
            for label in holder.findChildren(QLabel)
            if label.wordWrap() and label.isVisible() and label.text().strip()
        ]
        if notes:
            return notes[0]
        holder = holder.parentWidget()
    return ""


def test_every_field_has_a_visible_line_that_explains_it(qtbot, tab: GenerateTab) -> None:
    choose(qtbot, tab, "qwen3:0.6b")
    form = tab.request_form
    form.advanced_toggle.setChecked(True)
    qtbot.waitUntil(lambda: form.logprobs_check.isVisible(), timeout=5000)
    missing = []
    for name in FIELDS:
        field = form.findChild(QWidget, name)
        assert field is not None, name
        if not visible_explanation(field, form):
            missing.append(name)
    assert missing == []
    help_lines = [
        label
        for label in form.options.findChildren(QLabel)
        if label.wordWrap() and label.isVisible()
    ]
    assert len(help_lines) >= len(ALL)  # one line under each option (and the headings)
