"""Create a model from an installed one: a name, a system prompt, a few settings in plain words.

The template is for experts and stays folded away. The create stream's statuses appear as they
come; the request itself is built by desktop.services.models.create.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.context import AppContext
from desktop.services.models.create import CreateForm, build_create_fields, follow_create
from desktop.services.models.manage import NameProblem
from desktop.ui.models.job_dialog import ModelJobDialog
from desktop.ui.models.widgets import named


def _optional_double(
    low: float, high: float, step: float, decimals: int, default: str
) -> QDoubleSpinBox:
    """A number that can also be "not set": its lowest value reads as Ollama's default."""
    box = QDoubleSpinBox()
    box.setRange(low - step, high)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    box.setSpecialValueText(default)
    box.setValue(low - step)
    return box


def _optional_int(low: int, high: int, step: int, default: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low - 1, high)
    box.setSingleStep(step)
    box.setSpecialValueText(default)
    box.setValue(low - 1)
    return box


class CreateModelDialog(ModelJobDialog):
    def __init__(
        self,
        context: AppContext,
        installed: list[str],
        base: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, installed, parent)
        named(self, "createModelDialog", self.tr("Create a model"))
        self.setWindowTitle(self.tr("Create a model"))
        self.resize(560, 620)

        self.base_input = named(QComboBox(), "createBaseInput", self.tr("Start from"))
        self.base_input.addItems(installed)
        if base:
            self.base_input.setCurrentText(base)
        self.base_input.setToolTip(self.tr("The installed model your new model is based on"))
        self.name_input = named(QLineEdit(), "createNameInput", self.tr("New model name"))
        self.name_input.setPlaceholderText(self.tr("e.g. my-assistant"))
        self.system_input = named(
            QPlainTextEdit(), "createSystemInput", self.tr("How it should behave")
        )
        self.system_input.setPlaceholderText(
            self.tr("e.g. You are a patient teacher who explains things simply.")
        )
        self.system_input.setMaximumHeight(110)

        self.temperature = named(
            _optional_double(0.0, 2.0, 0.1, 1, self.tr("Ollama's default")),
            "createTemperature",
            self.tr("Creativity"),
        )
        self.temperature.setToolTip(self.tr("Low: focused and predictable. High: more varied."))
        self.num_ctx = named(
            _optional_int(512, 262144, 1024, self.tr("Ollama's default")),
            "createContext",
            self.tr("Memory"),
        )
        self.num_ctx.setToolTip(
            self.tr(
                "How much of the conversation it can keep in mind, in tokens "
                "(more needs more computer memory)"
            )
        )
        self.num_predict = named(
            _optional_int(1, 131072, 128, self.tr("Ollama's default")),
            "createReplyLength",
            self.tr("Longest reply"),
        )
        self.num_predict.setToolTip(self.tr("The most tokens one reply may have"))
        self.repeat_penalty = named(
            _optional_double(0.5, 2.0, 0.05, 2, self.tr("Ollama's default")),
            "createRepeatPenalty",
            self.tr("Avoid repeating"),
        )
        self.repeat_penalty.setToolTip(self.tr("Above 1 discourages repeating itself"))
        self.stop_input = named(QLineEdit(), "createStopInput", self.tr("Stop at"))
        self.stop_input.setPlaceholderText(self.tr("Words that end a reply, separated by commas"))

        form = QFormLayout()
        form.addRow(self.tr("Start from:"), self.base_input)
        form.addRow(self.tr("New name:"), self.name_input)
        form.addRow(self.tr("How it should behave:"), self.system_input)
        form.addRow(self.tr("Creativity:"), self.temperature)
        form.addRow(self.tr("Memory (tokens):"), self.num_ctx)
        form.addRow(self.tr("Longest reply (tokens):"), self.num_predict)
        form.addRow(self.tr("Avoid repeating:"), self.repeat_penalty)
        form.addRow(self.tr("Stop at:"), self.stop_input)

        self.advanced_toggle = named(
            QToolButton(), "createAdvancedToggle", self.tr("Show advanced settings")
        )
        self.advanced_toggle.setText(self.tr("Advanced: prompt template"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setArrowType(self.advanced_toggle.arrowType().RightArrow)
        self.advanced_toggle.setToolButtonStyle(
            self.advanced_toggle.toolButtonStyle().ToolButtonTextBesideIcon
        )
        self.advanced = QGroupBox()
        advanced_layout = QVBoxLayout(self.advanced)
        self.template_input = named(
            QPlainTextEdit(), "createTemplateInput", self.tr("Prompt template")
        )
        self.template_input.setPlaceholderText(
            self.tr("Leave empty to keep the base model's template (recommended)")
        )
        advanced_layout.addWidget(self.template_input)
        self.advanced.setVisible(False)
        self.advanced_toggle.toggled.connect(self._toggle_advanced)

        self.log = named(QPlainTextEdit(), "createLog", self.tr("Progress"))
        self.log.setReadOnly(True)
        self.log.setMaximumHeight(90)
        self.log.hide()

        self.close_button = named(
            QPushButton(self.tr("Close")), "createCloseButton", self.tr("Close")
        )
        self.close_button.clicked.connect(self.reject)
        self._lay_out(
            "create",
            self.tr(
                "Make your own version of an installed model: give it a name, tell it how to "
                "behave, and adjust a few settings. It shares the base model's files."
            ),
            form,
            [self.advanced_toggle, self.advanced, self.error, self.log],
            (self.tr("Create"), self.close_button),
        )

    def _toggle_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        arrow = self.advanced_toggle.arrowType()
        self.advanced_toggle.setArrowType(arrow.DownArrow if shown else arrow.RightArrow)

    def form(self) -> CreateForm:
        def value(box: QSpinBox | QDoubleSpinBox) -> float | None:
            return None if box.value() == box.minimum() else box.value()

        return CreateForm(
            name=self.name_input.text(),
            base=self.base_input.currentText(),
            system=self.system_input.toPlainText(),
            template=self.template_input.toPlainText(),
            parameters={
                "temperature": value(self.temperature),
                "num_ctx": value(self.num_ctx),
                "num_predict": value(self.num_predict),
                "repeat_penalty": value(self.repeat_penalty),
            },
            stop=self.stop_input.text().split(","),
        )

    def start(self) -> None:
        try:
            name, fields = build_create_fields(self.form(), self.installed)
        except NameProblem as problem:
            self._show_error(str(problem))
            return
        self.log.clear()
        self.log.show()
        self._run(self._create(name, fields))

    async def _create(self, name: str, fields: dict[str, Any]) -> None:
        stream = self.context.ollama.create(name, **fields)
        try:
            await follow_create(stream, self.log.appendPlainText)
        finally:
            await stream.aclose()
        self.log.appendPlainText(self.tr("“{name}” is ready.").format(name=name))
        self._finished(name)
