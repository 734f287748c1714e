"""One name for how much of a conversation a model can keep in mind: "Memory", everywhere."""

from __future__ import annotations

from typing import Any

from desktop.services.generate.options import LOAD_TIME
from desktop.services.models.details import PARAMETER_LABELS
from desktop.ui.common.words import parameter_label


def test_the_settings_call_num_ctx_memory_and_explain_it_the_same_way(qapp: Any) -> None:
    spec = next(spec for spec in LOAD_TIME if spec.name == "num_ctx")
    assert spec.label == "Memory"
    assert "How much of the conversation the model can keep in mind" in spec.help
    assert PARAMETER_LABELS["num_ctx"] == parameter_label("num_ctx") == "Memory (tokens)"
    for text in (spec.label, spec.help, PARAMETER_LABELS["num_ctx"]):
        assert "context" not in text.lower()  # the technical term is for technical mode


def test_the_models_screens_use_the_same_name(qtbot: Any, qloop: Any, aclient: Any) -> None:
    from desktop.ui.models.running_panel import RunningModelsPanel

    panel = RunningModelsPanel(aclient.running_models, lambda coroutine: coroutine.close())
    qtbot.addWidget(panel)
    headers = [
        panel.table.horizontalHeaderItem(column).text()
        for column in range(panel.table.columnCount())
    ]
    assert "Memory" in headers and "Context" not in headers
