"""The Generate tab: one /api/generate request with every field, and its result with figures."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ollama.errors import ModelNotFound
from desktop.services.context import AppContext
from desktop.services.generate.curl import curl_command
from desktop.services.generate.history import RunHistory, RunRecord
from desktop.services.generate.presets import PresetStore
from desktop.services.generate.request import (
    FormError,
    GenerateForm,
    build_request,
    parse_schema,
)
from desktop.services.generate.results import check_json, explain_error, stats_lines
from desktop.services.generate.runner import RunOutcome, run_generate
from desktop.ui.common.safe_text import SafeTextBrowser
from desktop.ui.generate.compare import CompareDialog
from desktop.ui.generate.logprob_view import LogprobView
from desktop.ui.generate.options_panel import OptionsPanel

FRAME_MS = 33  # coalesce streamed text to ~30 updates a second
LOGPROBS_SINCE = (0, 12, 11)


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("-")[0].split(".") if part.isdigit())


def _named(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class GenerateTab(QWidget):
    """The playground. Logic lives in desktop.services.generate; this only shows and asks."""

    download_requested = Signal(str)
    generation_finished = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.presets = PresetStore(context.data_dir)
        self.history = RunHistory()
        self.carried_context: list[int] = []
        self.images: list[bytes] = []
        self.capabilities: dict[str, list[str]] = {}
        self.server_version: str | None = None
        self.current_task: asyncio.Task[Any] | None = None
        self.last_request: dict[str, Any] | None = None
        self._pending_text: list[str] = []
        self._pending_thinking: list[str] = []
        self._loaded_once = False
        self._missing_model = ""
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(FRAME_MS)
        self._flush_timer.timeout.connect(self._flush)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_request_side())
        splitter.addWidget(self._build_result_side())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self._build_top_bar())
        layout.addWidget(splitter, 1)
        self._build_shortcuts()
        self._update_enabled_fields()
        self._refresh_presets()

    # --- building ---------------------------------------------------------------------------

    def _build_top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.model_picker = _named(QComboBox(), "generateModelPicker", self.tr("Model"))
        self.model_picker.setMinimumWidth(220)
        self.model_picker.setToolTip(self.tr("The installed model that answers"))
        self.model_picker.currentTextChanged.connect(self._on_model_changed)
        refresh = QToolButton()
        refresh.setText("⟳")
        refresh.setToolTip(self.tr("Reload the list of installed models"))
        refresh.setAccessibleName(self.tr("Reload models"))
        refresh.clicked.connect(self.refresh_models)
        self.preset_picker = _named(QComboBox(), "generatePresetPicker", self.tr("Presets"))
        self.preset_picker.setToolTip(self.tr("Load a saved set-up"))
        self.preset_picker.activated.connect(self._load_selected_preset)
        save = _named(QPushButton(self.tr("Save preset…")), "generateSavePreset",
                      self.tr("Save preset"))  # fmt: skip
        save.clicked.connect(self._ask_and_save_preset)
        delete = _named(QPushButton(self.tr("Delete preset")), "generateDeletePreset",
                        self.tr("Delete preset"))  # fmt: skip
        delete.clicked.connect(self._delete_selected_preset)
        self.run_button = _named(QPushButton(self.tr("Run")), "generateRunButton", self.tr("Run"))
        self.run_button.setToolTip(self.tr("Send the request (Ctrl+Enter)"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.stop_button = _named(QPushButton(self.tr("Stop")), "generateStopButton",
                                  self.tr("Stop"))  # fmt: skip
        self.stop_button.setToolTip(self.tr("Stop the model and close the connection (Esc)"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        model_label = QLabel(self.tr("&Model:"))
        model_label.setBuddy(self.model_picker)
        for widget in (model_label, self.model_picker, refresh):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Preset:")))
        for widget in (self.preset_picker, save, delete):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.run_button)
        bar.addWidget(self.stop_button)
        return bar

    def _build_request_side(self) -> QWidget:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.prompt = _named(QPlainTextEdit(), "generatePrompt", self.tr("Prompt"))
        self.prompt.setPlaceholderText(self.tr("What should the model write about?"))
        self.prompt.setMinimumHeight(110)
        self.system = _named(QPlainTextEdit(), "generateSystem", self.tr("System prompt"))
        self.system.setPlaceholderText(self.tr("Optional: how the model should behave"))
        self.system.setFixedHeight(64)
        form.addRow(self.tr("&Prompt"), self.prompt)
        form.addRow(self.tr("S&ystem"), self.system)

        self.raw_check = _named(QCheckBox(self.tr("Raw mode")), "generateRawCheck",
                                self.tr("Raw mode"))  # fmt: skip
        self.raw_check.setToolTip(self.tr(
            "Send the prompt exactly as typed, without the model's chat template. The server "
            "rejects raw mode together with a system prompt, template or context, so those "
            "are switched off."))  # fmt: skip
        self.raw_note = QLabel(self.tr("Raw mode: system prompt, template and carried context "
                                       "are not sent."))  # fmt: skip
        self.raw_note.setWordWrap(True)
        self.raw_note.setStyleSheet("color: #8a6d00;")
        self.raw_check.toggled.connect(self._update_enabled_fields)
        form.addRow("", self.raw_check)
        form.addRow("", self.raw_note)

        self.context_check = _named(QCheckBox(self.tr("Continue from the last response")),
                                    "generateContextCheck", self.tr("Continue from the last response"))  # fmt: skip  # noqa: E501
        self.context_check.setToolTip(
            self.tr(
                "Send the context tokens returned by the previous run, so the model remembers it."
            )
        )
        self.context_label = QLabel()
        reset_context = _named(QPushButton(self.tr("Reset")), "generateContextReset",
                               self.tr("Forget the carried context"))  # fmt: skip
        reset_context.clicked.connect(self.reset_context)
        row = QHBoxLayout()
        row.addWidget(self.context_label, 1)
        row.addWidget(reset_context)
        form.addRow("", self.context_check)
        form.addRow("", self._wrap(row))

        self.format_picker = _named(QComboBox(), "generateFormatPicker", self.tr("Output format"))
        self.format_picker.addItem(self.tr("Free text"), "none")
        self.format_picker.addItem(self.tr("JSON"), "json")
        self.format_picker.addItem(self.tr("JSON matching a schema"), "schema")
        self.format_picker.setToolTip(self.tr("Ask for JSON output, optionally of a given shape"))
        self.format_picker.currentIndexChanged.connect(self._update_enabled_fields)
        self.schema_editor = _named(QPlainTextEdit(), "generateSchema", self.tr("JSON schema"))
        self.schema_editor.setPlaceholderText('{"type": "object", "properties": {...}}')
        self.schema_editor.setFixedHeight(90)
        self.schema_editor.textChanged.connect(self._check_schema)
        self.schema_status = QLabel()
        self.schema_status.setWordWrap(True)
        form.addRow(self.tr("&Format"), self.format_picker)
        form.addRow(self.tr("Schema"), self.schema_editor)
        form.addRow("", self.schema_status)

        self.think_picker = _named(QComboBox(), "generateThinkPicker", self.tr("Thinking"))
        for label, value in ((self.tr("Model's default"), "default"), (self.tr("Off"), "off"),
                             (self.tr("On"), "on"), (self.tr("Low"), "low"),
                             (self.tr("Medium"), "medium"), (self.tr("High"), "high")):  # fmt: skip
            self.think_picker.addItem(label, value)
        self.think_note = QLabel(self.tr("This model doesn't think step by step."))
        self.think_note.setStyleSheet("color: #777;")
        form.addRow(self.tr("&Thinking"), self.think_picker)
        form.addRow("", self.think_note)

        self.image_list = _named(QListWidget(), "generateImages", self.tr("Images"))
        self.image_list.setFixedHeight(48)
        self.add_image = QPushButton(self.tr("Add image…"))
        self.add_image.setAccessibleName(self.tr("Add image"))
        self.add_image.clicked.connect(self._pick_images)
        clear_images = QPushButton(self.tr("Remove images"))
        clear_images.clicked.connect(self.clear_images)
        image_buttons = QVBoxLayout()
        image_buttons.addWidget(self.add_image)
        image_buttons.addWidget(clear_images)
        image_row = QHBoxLayout()
        image_row.addWidget(self.image_list, 1)
        image_row.addLayout(image_buttons)
        self.image_box = self._wrap(image_row)
        self.image_note = QLabel(self.tr("This model can't look at images."))
        self.image_note.setStyleSheet("color: #777;")
        form.addRow(self.tr("Images"), self.image_box)
        form.addRow("", self.image_note)

        self.keep_alive = _named(QLineEdit(), "generateKeepAlive", self.tr("Keep model loaded"))
        self.keep_alive.setPlaceholderText(self.tr("default (5m) — e.g. 300, 10m, -1 = always"))
        self.stream_check = _named(QCheckBox(self.tr("Stream the answer as it is written")),
                                   "generateStreamCheck", self.tr("Stream"))  # fmt: skip
        self.stream_check.setChecked(True)
        form.addRow(self.tr("&Keep loaded"), self.keep_alive)
        form.addRow("", self.stream_check)

        self.logprobs_check = _named(QCheckBox(self.tr("Show how sure the model was")),
                                     "generateLogprobsCheck", self.tr("Log probabilities"))  # fmt: skip  # noqa: E501
        self.top_logprobs = QSpinBox()
        self.top_logprobs.setRange(0, 20)
        self.top_logprobs.setValue(5)
        self.top_logprobs.setAccessibleName(self.tr("Alternatives per token"))
        self.top_logprobs.setToolTip(self.tr("How many alternatives to show per token (0–20)"))
        logprob_row = QHBoxLayout()
        logprob_row.addWidget(self.logprobs_check)
        logprob_row.addWidget(QLabel(self.tr("alternatives:")))
        logprob_row.addWidget(self.top_logprobs)
        logprob_row.addStretch(1)
        self.logprobs_box = self._wrap(logprob_row)
        self.logprobs_box.setVisible(False)
        form.addRow("", self.logprobs_box)

        self.advanced = QWidget()
        advanced_form = QFormLayout(self.advanced)
        self.template = _named(QPlainTextEdit(), "generateTemplate", self.tr("Template override"))
        self.template.setPlaceholderText(self.tr("Go template; empty = the model's own"))
        self.template.setFixedHeight(64)
        self.suffix = _named(QPlainTextEdit(), "generateSuffix", self.tr("Suffix"))
        self.suffix.setPlaceholderText(self.tr("Text after the gap, for fill-in-the-middle"))
        self.suffix.setFixedHeight(48)
        self.suffix_note = QLabel(self.tr("Only models that can fill in the middle accept a "
                                          "suffix."))  # fmt: skip
        self.suffix_note.setStyleSheet("color: #777;")
        advanced_form.addRow(self.tr("Template"), self.template)
        advanced_form.addRow(self.tr("Suffix"), self.suffix)
        advanced_form.addRow("", self.suffix_note)
        self.options = OptionsPanel()
        advanced_form.addRow(self.options)
        toggle = QToolButton()
        toggle.setText(self.tr("Advanced: template, suffix and all options"))
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        toggle.setAccessibleName(self.tr("Show advanced settings"))

        def show_advanced(on: bool) -> None:
            self.advanced.setVisible(on)
            toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

        toggle.toggled.connect(show_advanced)
        self.advanced.setVisible(False)
        self.advanced_toggle = toggle

        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(form)
        column.addWidget(toggle)
        column.addWidget(self.advanced)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setMinimumWidth(440)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _build_result_side(self) -> QWidget:
        self.status = _named(QLabel(self.tr("Pick a model, write a prompt and press Run.")),
                             "generateStatus", self.tr("Run status"))  # fmt: skip
        self.status.setWordWrap(True)
        self.error_label = _named(QLabel(), "generateError", self.tr("Problem"))
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(
            "background: #fdecea; color: #611a15; border: 1px solid #f5c2bd;"
            "border-radius: 4px; padding: 6px;")  # fmt: skip
        self.error_label.hide()
        self.download_button = _named(QPushButton(), "generateDownloadButton",
                                      self.tr("Download the model"))  # fmt: skip
        self.download_button.hide()
        self.download_button.clicked.connect(
            lambda: self.download_requested.emit(self._missing_model)
        )

        self.thinking_toggle = QToolButton()
        self.thinking_toggle.setCheckable(True)
        self.thinking_toggle.setChecked(True)
        self.thinking_toggle.setText(self.tr("Thinking"))
        self.thinking_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.thinking_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.thinking_view = _named(QPlainTextEdit(), "generateThinking", self.tr("Thinking"))
        self.thinking_view.setReadOnly(True)
        self.thinking_view.setMaximumHeight(120)
        self.thinking_view.setStyleSheet("color: #555; font-style: italic;")
        self.thinking_toggle.toggled.connect(self.thinking_view.setVisible)
        self.thinking_toggle.hide()
        self.thinking_view.hide()

        self.output = _named(QPlainTextEdit(), "generateOutput", self.tr("Output"))
        self.output.setReadOnly(True)
        self.output.setPlaceholderText(self.tr("The model's answer appears here."))
        self.markdown_view = _named(SafeTextBrowser(), "generateMarkdown",
                                    self.tr("Output as formatted text"))  # fmt: skip
        self.logprob_view = _named(LogprobView(), "generateLogprobView",
                                   self.tr("Output tinted by certainty"))  # fmt: skip
        self.output_stack = QStackedWidget()
        for widget in (self.output, self.markdown_view, self.logprob_view):
            self.output_stack.addWidget(widget)
        self.view_picker = _named(QComboBox(), "generateViewPicker", self.tr("Show output as"))
        self.view_picker.addItem(self.tr("Plain text"), 0)
        self.view_picker.addItem(self.tr("Formatted (markdown)"), 1)
        self.view_picker.addItem(self.tr("Tinted by certainty"), 2)
        self.view_picker.currentIndexChanged.connect(self._show_view)

        self.json_status = _named(QLabel(), "generateJsonCheck", self.tr("JSON check"))
        self.json_status.setWordWrap(True)
        self.json_status.hide()
        self.stats = _named(QLabel(), "generateStats", self.tr("Run figures"))
        self.stats.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stats.setWordWrap(True)

        output_page = QWidget()
        page = QVBoxLayout(output_page)
        view_row = QHBoxLayout()
        view_row.addWidget(self.status, 1)
        view_row.addWidget(QLabel(self.tr("Show as:")))
        view_row.addWidget(self.view_picker)
        page.addLayout(view_row)
        error_row = QHBoxLayout()
        error_row.addWidget(self.error_label, 1)
        error_row.addWidget(self.download_button)
        page.addLayout(error_row)
        page.addWidget(self.thinking_toggle)
        page.addWidget(self.thinking_view)
        page.addWidget(self.output_stack, 1)
        page.addWidget(self.json_status)
        page.addWidget(self.stats)

        self.request_view = _named(QPlainTextEdit(), "generateRequestView",
                                   self.tr("Request sent"))  # fmt: skip
        self.request_view.setReadOnly(True)
        self.request_view.setPlaceholderText(
            self.tr("The exact request appears here when you run.")
        )
        self.curl_button = _named(QPushButton(self.tr("Copy as curl")), "generateCurlButton",
                                  self.tr("Copy as curl"))  # fmt: skip
        self.curl_button.setToolTip(self.tr("Copy a curl command that sends the same request"))
        self.curl_button.clicked.connect(self.copy_curl)
        copy_request = QPushButton(self.tr("Copy JSON"))
        copy_request.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.request_view.toPlainText())
        )
        request_page = QWidget()
        request_layout = QVBoxLayout(request_page)
        request_layout.addWidget(self.request_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(copy_request)
        buttons.addWidget(self.curl_button)
        request_layout.addLayout(buttons)

        self.response_view = _named(QPlainTextEdit(), "generateResponseView",
                                    self.tr("Final response"))  # fmt: skip
        self.response_view.setReadOnly(True)
        self.response_view.setPlaceholderText(self.tr("The final response appears after a run."))

        self.history_list = _named(QListWidget(), "generateHistory", self.tr("Run history"))
        self.history_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.history_list.itemDoubleClicked.connect(lambda _item: self.reopen_selected())
        reopen = QPushButton(self.tr("Reopen"))
        reopen.clicked.connect(self.reopen_selected)
        compare = _named(QPushButton(self.tr("Compare two")), "generateCompareButton",
                         self.tr("Compare two runs"))  # fmt: skip
        compare.clicked.connect(self.compare_selected)
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.addWidget(QLabel(self.tr("This session's runs (the last 20). Select two "
                                                "to compare them side by side.")))  # fmt: skip
        history_layout.addWidget(self.history_list, 1)
        history_buttons = QHBoxLayout()
        history_buttons.addStretch(1)
        history_buttons.addWidget(reopen)
        history_buttons.addWidget(compare)
        history_layout.addLayout(history_buttons)

        self.result_tabs = QTabWidget()
        self.result_tabs.addTab(output_page, self.tr("Output"))
        self.result_tabs.addTab(request_page, self.tr("Request"))
        self.result_tabs.addTab(self.response_view, self.tr("Response"))
        self.result_tabs.addTab(history_page, self.tr("History"))
        return self.result_tabs

    def _build_shortcuts(self) -> None:
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.run)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.stop)

    @staticmethod
    def _wrap(layout: QHBoxLayout) -> QWidget:
        layout.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        holder.setLayout(layout)
        return holder

    # --- models and capabilities --------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.refresh_models()

    def refresh_models(self) -> asyncio.Task[None]:
        return self.context.tasks.run(self._load_models(), on_error=self._show_error)

    async def _load_models(self) -> None:
        models = await self.context.ollama.list_models()
        try:
            self.server_version = await self.context.ollama.version()
        except Exception:
            self.server_version = None
        current = self.model_picker.currentText()
        self.model_picker.blockSignals(True)
        self.model_picker.clear()
        for model in models:
            self.model_picker.addItem(model.name)
            if model.capabilities:
                self.capabilities[model.name] = list(model.capabilities)
        if current and self.model_picker.findText(current) >= 0:
            self.model_picker.setCurrentText(current)
        self.model_picker.blockSignals(False)
        if not models:
            self.status.setText(self.tr("No models are installed yet: download one in the "
                                        "Models tab."))  # fmt: skip
        supports = self.server_version and _version_tuple(self.server_version) >= LOGPROBS_SINCE
        self.logprobs_box.setVisible(bool(supports))
        await self._load_capabilities(self.model_picker.currentText())

    def _on_model_changed(self, name: str) -> None:
        if name:
            self.context.tasks.run(self._load_capabilities(name), on_error=self._show_error)

    async def _load_capabilities(self, name: str) -> None:
        if not name:
            self._update_enabled_fields()
            return
        if name not in self.capabilities:
            shown = await self.context.ollama.show(name)
            self.capabilities[name] = list(shown.capabilities)
        self._update_enabled_fields()

    def model_can(self, capability: str) -> bool:
        return capability in self.capabilities.get(self.model_picker.currentText(), [])

    def _update_enabled_fields(self) -> None:
        raw = self.raw_check.isChecked()
        for widget in (self.system, self.template, self.context_check):
            widget.setEnabled(not raw)
        self.raw_note.setVisible(raw)
        can_insert = self.model_can("insert")
        self.suffix.setEnabled(can_insert)
        self.suffix_note.setVisible(not can_insert)
        thinks = self.model_can("thinking")
        self.think_picker.setEnabled(thinks)
        self.think_note.setVisible(not thinks and bool(self.model_picker.currentText()))
        sees = self.model_can("vision")
        self.image_box.setEnabled(sees)
        self.image_note.setVisible(not sees and bool(self.model_picker.currentText()))
        schema = self.format_picker.currentData() == "schema"
        self.schema_editor.setEnabled(schema)
        self.schema_status.setVisible(schema)
        if schema:
            self._check_schema()
        self._show_context_count()

    def _check_schema(self) -> None:
        if self.format_picker.currentData() != "schema":
            return
        try:
            parse_schema(self.schema_editor.toPlainText() or "{}")
        except FormError as error:
            self.schema_status.setText("✗ " + error.message)
            self.schema_status.setStyleSheet("color: #b3261e;")
            return
        self.schema_status.setText(self.tr("✓ Valid JSON"))
        self.schema_status.setStyleSheet("color: #2e7d32;")

    def _show_context_count(self) -> None:
        count = len(self.carried_context)
        self.context_label.setText(
            self.tr("{count} context tokens carried").format(count=count) if count
            else self.tr("nothing carried yet")
        )  # fmt: skip

    def reset_context(self) -> None:
        self.carried_context = []
        self._show_context_count()

    # --- images -------------------------------------------------------------------------------

    def _pick_images(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add images"), "", self.tr("Images (*.png *.jpg *.jpeg *.webp *.gif)")
        )
        for path in paths:
            self.add_image_file(path)

    def add_image_file(self, path: str) -> None:
        with open(path, "rb") as handle:
            self.images.append(handle.read())
        self.image_list.addItem(path.rsplit("/", 1)[-1])

    def clear_images(self) -> None:
        self.images.clear()
        self.image_list.clear()

    # --- the form -----------------------------------------------------------------------------

    def form(self) -> GenerateForm:
        return GenerateForm(
            model=self.model_picker.currentText(),
            prompt=self.prompt.toPlainText(),
            system=self.system.toPlainText(),
            template=self.template.toPlainText(),
            suffix=self.suffix.toPlainText() if self.suffix.isEnabled() else "",
            raw=self.raw_check.isChecked(),
            carry_context=self.context_check.isChecked(),
            format_mode=self.format_picker.currentData(),
            schema_text=self.schema_editor.toPlainText(),
            think=self.think_picker.currentData() if self.think_picker.isEnabled() else "default",
            options=self.options.values(),
            keep_alive=self.keep_alive.text(),
            stream=self.stream_check.isChecked(),
            logprobs=self.logprobs_check.isChecked() and self.logprobs_box.isVisible(),
            top_logprobs=self.top_logprobs.value(),
        )

    def set_form(self, form: GenerateForm) -> None:
        if form.model and self.model_picker.findText(form.model) < 0:
            self.model_picker.addItem(form.model)
        if form.model:
            self.model_picker.setCurrentText(form.model)
        self.prompt.setPlainText(form.prompt)
        self.system.setPlainText(form.system)
        self.template.setPlainText(form.template)
        self.suffix.setPlainText(form.suffix)
        self.raw_check.setChecked(form.raw)
        self.context_check.setChecked(form.carry_context)
        self.format_picker.setCurrentIndex(max(0, self.format_picker.findData(form.format_mode)))
        self.schema_editor.setPlainText(form.schema_text)
        self.think_picker.setCurrentIndex(max(0, self.think_picker.findData(form.think)))
        self.options.set_values(form.options)
        self.keep_alive.setText(form.keep_alive)
        self.stream_check.setChecked(form.stream)
        self.logprobs_check.setChecked(form.logprobs)
        self.top_logprobs.setValue(form.top_logprobs)
        self._update_enabled_fields()

    # --- presets ------------------------------------------------------------------------------

    def _refresh_presets(self) -> None:
        self.preset_picker.clear()
        self.preset_picker.addItem(self.tr("(choose a preset)"), "")
        for name in self.presets.names():
            self.preset_picker.addItem(name, name)

    def save_preset(self, name: str) -> None:
        self.presets.save(name, self.form())
        self._refresh_presets()
        self.preset_picker.setCurrentIndex(self.preset_picker.findData(name))

    def load_preset(self, name: str) -> None:
        self.set_form(self.presets.load(name))

    def _ask_and_save_preset(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save preset"),
                                        self.tr("Name for this set-up:"))  # fmt: skip
        if ok and name.strip():
            self.save_preset(name.strip())

    def _load_selected_preset(self) -> None:
        name = self.preset_picker.currentData()
        if name:
            self.load_preset(name)

    def _delete_selected_preset(self) -> None:
        name = self.preset_picker.currentData()
        if name:
            self.presets.delete(name)
            self._refresh_presets()

    # --- running ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.current_task is not None and not self.current_task.done()

    def run(self) -> asyncio.Task[None] | None:
        """Build the request from the form and send it (Ctrl+Enter)."""
        if self.running:
            return None
        self._clear_problem()
        try:
            body = build_request(
                self.form(),
                context=self.carried_context,
                images=self.images if self.image_box.isEnabled() else None,
            )
        except FormError as error:
            self._show_problem(error.message)
            {"schema": self.schema_editor, "model": self.model_picker}.get(
                error.field, self.prompt
            ).setFocus()
            return None
        self.last_request = body
        self.request_view.setPlainText(json.dumps(body, indent=2, ensure_ascii=False))
        self.output.clear()
        self.thinking_view.clear()
        self.thinking_toggle.hide()
        self.thinking_view.hide()
        self.response_view.clear()
        self.stats.clear()
        self.json_status.hide()
        self.status.setText(self.tr("Loading the model…"))
        self.run_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self._flush_timer.start()
        record = RunRecord(started=datetime.now(), model=body["model"], request=body)
        self.current_task = self.context.tasks.run(self._execute(body, record))
        return self.current_task

    def stop(self) -> None:
        """Esc: cancel the run; the connection closes and the server stops generating."""
        if self.running:
            assert self.current_task is not None
            self.current_task.cancel()

    async def _execute(self, body: dict[str, Any], record: RunRecord) -> None:
        outcome = RunOutcome()
        try:
            await run_generate(
                self.context.ollama,
                body,
                on_text=self._pending_text.append,
                on_thinking=self._pending_thinking.append,
                outcome=outcome,
            )
        except asyncio.CancelledError:
            self._flush()
            self.status.setText(self.tr("Stopped. What arrived before is kept."))
            record.error = "stopped"
            raise
        except Exception as error:
            self._flush()
            record.error = explain_error(error)
            self._show_failure(error)
        else:
            self._flush()
            self._show_outcome(body, outcome)
        finally:
            self._flush_timer.stop()
            record.output = outcome.text
            record.thinking = outcome.thinking
            record.logprobs = outcome.logprobs
            record.response = outcome.response_json
            record.tokens_per_second = outcome.final.tokens_per_second if outcome.final else None
            self.history.add(record)
            self._refresh_history()
            self.run_button.setEnabled(True)
            self.stop_button.setEnabled(False)
            self.generation_finished.emit()

    def _flush(self) -> None:
        """Move what arrived since the last frame into the views (one update per frame)."""
        if self._pending_thinking:
            text = "".join(self._pending_thinking)
            self._pending_thinking.clear()
            self.thinking_toggle.show()
            self.thinking_view.setVisible(self.thinking_toggle.isChecked())
            self._append(self.thinking_view, text)
        if self._pending_text:
            text = "".join(self._pending_text)
            self._pending_text.clear()
            if not self.output.toPlainText():
                self.status.setText(self.tr("Writing…"))
            self._append(self.output, text)

    @staticmethod
    def _append(view: QPlainTextEdit, text: str) -> None:
        cursor = view.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertText(text)
        bar = view.verticalScrollBar()
        if bar.value() >= bar.maximum() - 4:
            view.setTextCursor(cursor)
            view.ensureCursorVisible()

    def _show_outcome(self, body: dict[str, Any], outcome: RunOutcome) -> None:
        final = outcome.final
        if final is None:
            return
        if final.context:
            self.carried_context = list(final.context)
            self._show_context_count()
        if not self.output.toPlainText() and outcome.text:
            self.output.setPlainText(outcome.text)
        self.status.setText(self.tr("Done."))
        self.stats.setText(
            "<table>" + "".join(
                f"<tr><td><b>{label}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>"
                for label, value in stats_lines(final)
            ) + "</table>"
        )  # fmt: skip
        self.response_view.setPlainText(
            json.dumps(outcome.response_json, indent=2, ensure_ascii=False)
        )
        self.markdown_view.set_markdown(outcome.text)
        if outcome.logprobs:
            self.logprob_view.set_tokens(outcome.logprobs)
        if "format" in body:
            schema = body["format"] if isinstance(body["format"], dict) else None
            check = check_json(outcome.text, schema)
            self.output.setPlainText(check.pretty)
            if check.problem:
                self.json_status.setText("✗ " + check.problem)
                self.json_status.setStyleSheet("color: #b3261e;")
            else:
                self.json_status.setText(
                    self.tr("✓ Valid JSON that matches the schema") if schema
                    else self.tr("✓ Valid JSON")
                )  # fmt: skip
                self.json_status.setStyleSheet("color: #2e7d32;")
            self.json_status.show()

    def _show_failure(self, error: BaseException) -> None:
        self.status.setText(self.tr("The run failed."))
        self._show_problem(explain_error(error))
        if isinstance(error, ModelNotFound):
            self._missing_model = error.model
            self.download_button.setText(self.tr("Download {model}").format(model=error.model))
            self.download_button.show()

    def _show_error(self, error: BaseException) -> None:
        self._show_problem(explain_error(error))

    def _show_problem(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _clear_problem(self) -> None:
        self.error_label.hide()
        self.download_button.hide()

    def _show_view(self, index: int) -> None:
        self.output_stack.setCurrentIndex(index)

    # --- request, curl, history ---------------------------------------------------------------

    def curl_text(self) -> str:
        body = self.last_request
        if body is None:
            body = build_request(self.form(), context=self.carried_context, images=self.images)
        return curl_command(self.context.ollama.base_url, body)

    def copy_curl(self) -> None:
        try:
            QGuiApplication.clipboard().setText(self.curl_text())
        except FormError as error:
            self._show_problem(error.message)
            return
        self.status.setText(self.tr("A curl command for this request is on the clipboard."))

    def _refresh_history(self) -> None:
        self.history_list.clear()
        for run in self.history.runs():
            self.history_list.addItem(run.summary())

    def reopen(self, index: int) -> None:
        run = self.history[index]
        self.request_view.setPlainText(json.dumps(run.request, indent=2, ensure_ascii=False))
        self.response_view.setPlainText(
            json.dumps(run.response, indent=2, ensure_ascii=False) if run.response else ""
        )
        self.output.setPlainText(run.output)
        self.thinking_view.setPlainText(run.thinking)
        self.last_request = run.request
        self.result_tabs.setCurrentIndex(0)

    def reopen_selected(self) -> None:
        rows = sorted(index.row() for index in self.history_list.selectedIndexes())
        if rows:
            self.reopen(rows[0])

    def compare_selected(self) -> CompareDialog | None:
        rows = sorted(index.row() for index in self.history_list.selectedIndexes())
        if len(rows) != 2:
            self.status.setText(self.tr("Select exactly two runs to compare."))
            return None
        dialog = CompareDialog(self.history[rows[0]], self.history[rows[1]], self)
        dialog.show()
        return dialog
