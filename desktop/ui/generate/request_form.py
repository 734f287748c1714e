"""The request side of the playground: every /api/generate field, each explained.

Fields follow the chosen model: the suffix only for models that fill in the middle, thinking
only for thinking models, images only for vision models; raw mode switches off what the server
would reject with it. The widget only shows and collects; ``GenerateForm`` carries the values.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.formats import number
from desktop.i18n import counted
from desktop.services.generate.request import (
    JSON_REPLY_LIMIT,
    FormError,
    GenerateForm,
    parse_schema,
)
from desktop.ui.common.design import SPACE_S, SPACE_XS, tones
from desktop.ui.common.plain import plain_label, plain_tooltip
from desktop.ui.generate.options_panel import OptionsPanel
from desktop.ui.generate.widgets import (
    explained,
    monospace,
    named,
    note,
    row,
    stacked,
    wrap,
)


class RequestForm(QWidget):
    """Collects one request. ``form(model)`` reads it; ``set_form`` fills it (presets)."""

    reset_context_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: list[bytes] = []
        self.capabilities: set[str] | None = None
        self.carried_tokens = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_XS, SPACE_XS, SPACE_S, SPACE_XS)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_text_fields(form)
        self._build_switches(form)
        self._build_format(form)
        self._build_model_features(form)
        self._build_run_settings(form)
        layout.addLayout(form)
        self._build_advanced(layout)
        layout.addStretch(1)
        self.update_fields()

    # --- building -----------------------------------------------------------------------------

    def _build_text_fields(self, form: QFormLayout) -> None:
        self.prompt = named(QPlainTextEdit(), "generatePrompt", self.tr("Prompt"))
        self.prompt.setPlaceholderText(
            self.tr("What should the model write? Ctrl+Enter runs, Esc stops.")
        )
        self.prompt.setMinimumHeight(100)
        self.prompt.setTabChangesFocus(True)
        self.suffix = named(QPlainTextEdit(), "generateSuffix", self.tr("Suffix"))
        self.suffix.setPlaceholderText(
            self.tr("Text that comes after the gap; the model writes what goes between")
        )
        self.suffix.setFixedHeight(46)
        self.suffix.setTabChangesFocus(True)
        self.suffix_note = note(
            self.tr(
                "Only models that can fill in the middle (code models "
                "like qwen2.5-coder) accept a suffix."
            )
        )
        self.system = named(QPlainTextEdit(), "generateSystem", self.tr("System prompt"))
        self.system.setPlaceholderText(
            self.tr("Optional: how the model should behave (replaces the model's own)")
        )
        self.system.setFixedHeight(58)
        self.system.setTabChangesFocus(True)
        prompt_label = QLabel(self.tr("&Prompt"))
        prompt_label.setBuddy(self.prompt)
        form.addRow(
            prompt_label,
            explained(self.prompt, self.tr("What you ask for; the model writes what follows.")),
        )
        suffix_label = QLabel(self.tr("Suffi&x"))
        suffix_label.setBuddy(self.suffix)
        suffix_help = note(
            self.tr("For code models: the text after a gap, so the model fills in the middle.")
        )
        form.addRow(suffix_label, stacked(self.suffix, suffix_help, self.suffix_note))
        form.addRow(
            self.tr("S&ystem"),
            explained(
                self.system,
                self.tr("How the model should behave; empty keeps the model's own instructions."),
            ),
        )

    def _build_switches(self, form: QFormLayout) -> None:
        self.raw_check = named(
            QCheckBox(self.tr("Raw mode: send the prompt exactly as typed")),
            "generateRawCheck",
            self.tr("Raw mode"),
        )
        self.raw_check.setToolTip(
            self.tr(
                "Skips the model's chat template, so you write the special tokens yourself. The "
                "server refuses raw mode together with a system prompt, a template or carried "
                "context, so those are switched off."
            )
        )
        self.raw_note = note(
            self.tr(
                "Raw mode is on: the system prompt, the template and the "
                "carried context are not sent (the server would refuse "
                "them)."
            )
        )
        self.raw_note.setStyleSheet(f"color: {tones().warning};")
        self.raw_check.toggled.connect(self.update_fields)

        self.context_check = named(
            QCheckBox(self.tr("Continue from the last response")),
            "generateContextCheck",
            self.tr("Continue from the last response"),
        )
        self.context_check.setToolTip(
            self.tr(
                "Sends the context the previous run returned, so the model remembers that exchange."
            )
        )
        self.context_check.toggled.connect(self.show_context_count)
        self.context_label = named(note(), "generateContextCount", self.tr("Context carried"))
        self.context_reset = named(
            QPushButton(self.tr("Reset")),
            "generateContextReset",
            self.tr("Forget the carried context"),
        )
        self.context_reset.setToolTip(self.tr("Forget the last response's context"))
        self.context_reset.clicked.connect(self.reset_context_requested)
        context_row = QHBoxLayout()  # the count goes under it: beside, German wrapped it thrice
        context_row.addWidget(self.context_check, 1)
        context_row.addWidget(self.context_reset)
        raw_help = note(self.tr("For experts: your text goes without the model's usual wrapping."))
        form.addRow("", stacked(self.raw_check, raw_help, self.raw_note))
        context_help = note(
            self.tr("Lets the model remember the previous run, like a short conversation.")
        )
        form.addRow("", stacked(wrap(context_row), self.context_label, context_help))

    def _build_format(self, form: QFormLayout) -> None:
        self.format_picker = named(QComboBox(), "generateFormatPicker", self.tr("Output format"))
        self.format_picker.addItem(self.tr("Free text"), "none")
        self.format_picker.addItem(self.tr("JSON"), "json")
        self.format_picker.addItem(self.tr("JSON matching a schema"), "schema")
        self.format_picker.setToolTip(self.tr("Ask for JSON output, optionally of a given shape"))
        self.format_picker.currentIndexChanged.connect(self.update_fields)
        self.schema_editor = monospace(
            named(QPlainTextEdit(), "generateSchema", self.tr("JSON schema"))
        )
        self.schema_editor.setPlaceholderText(
            '{"type": "object", "properties": {"name": {"type": "string"}}}'
        )
        self.schema_editor.setFixedHeight(96)
        self.schema_editor.setTabChangesFocus(True)
        self.schema_editor.textChanged.connect(self.check_schema)
        self.schema_status = named(
            plain_label(QLabel()), "generateSchemaStatus", self.tr("Schema check")
        )
        self.schema_status.setWordWrap(True)
        self.json_note = named(plain_label(QLabel()), "generateJsonNote", self.tr("About JSON"))
        self.json_note.setWordWrap(True)
        self.json_note.setText(
            self.tr(
                "Small models often can't write valid JSON and keep going. Unless you set a "
                "reply length limit, the reply stops after {count} tokens."
            ).format(count=number(JSON_REPLY_LIMIT))
        )
        self.schema_box = wrap(QVBoxLayout())
        self.schema_box.layout().addWidget(self.schema_editor)
        self.schema_box.layout().addWidget(self.schema_status)
        format_label = QLabel(self.tr("&Format"))
        format_label.setBuddy(self.format_picker)
        form.addRow(
            format_label,
            explained(
                self.format_picker,
                self.tr("Free text, or JSON: data a program can read, in a shape you may give."),
            ),
        )
        form.addRow("", self.json_note)
        self.schema_label = QLabel(self.tr("Schema"))
        form.addRow(self.schema_label, self.schema_box)

    def _build_model_features(self, form: QFormLayout) -> None:
        self.think_picker = named(QComboBox(), "generateThinkPicker", self.tr("Thinking"))
        for label, value in (
            (self.tr("Model's default"), "default"),
            (self.tr("Off"), "off"),
            (self.tr("On"), "on"),
            (self.tr("Low effort"), "low"),
            (self.tr("Medium effort"), "medium"),
            (self.tr("High effort"), "high"),
            (self.tr("Maximum effort"), "max"),
        ):
            self.think_picker.addItem(label, value)
        self.think_picker.setToolTip(
            self.tr(
                "Thinking models reason before answering; the reasoning shows in its own section. "
                "Low/Medium/High set how long they think, where the model supports it."
            )
        )
        self.think_note = note(self.tr("This model doesn't think step by step."))
        think_help = note(
            self.tr("Whether the model reasons before it answers: slower, often better.")
        )
        think_label = QLabel(self.tr("&Thinking"))
        think_label.setBuddy(self.think_picker)
        form.addRow(think_label, stacked(self.think_picker, think_help, self.think_note))
        self.set_think_max_supported(False)

        self.image_list = named(QListWidget(), "generateImages", self.tr("Images"))
        self.image_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.image_list.setIconSize(QSize(40, 40))
        self.image_list.setFixedHeight(64)
        self.image_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.add_image_button = named(
            QPushButton(self.tr("Add…")), "generateAddImage", self.tr("Add image")
        )
        self.add_image_button.setToolTip(self.tr("Add pictures for the model to look at"))
        self.add_image_button.clicked.connect(self._pick_images)
        self.remove_images_button = named(
            QPushButton(self.tr("Remove")), "generateRemoveImages", self.tr("Remove images")
        )
        self.remove_images_button.setToolTip(self.tr("Remove the selected images (or all)"))
        self.remove_images_button.clicked.connect(self.remove_images)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_image_button)
        buttons.addWidget(self.remove_images_button)
        image_row = QHBoxLayout()
        image_row.addWidget(self.image_list, 1)
        image_row.addLayout(buttons)
        self.image_box = wrap(image_row)
        self.image_note = note(self.tr("This model can't look at images."))
        image_help = note(self.tr("Pictures the model looks at along with the prompt."))
        form.addRow(self.tr("Images"), stacked(self.image_box, image_help, self.image_note))

    def _build_run_settings(self, form: QFormLayout) -> None:
        self.keep_alive = named(QLineEdit(), "generateKeepAlive", self.tr("Keep model loaded"))
        self.keep_alive.setPlaceholderText(self.tr("server default (5m) — e.g. 300, 10m, -1"))
        self.keep_alive.setToolTip(
            self.tr(
                "How long the model stays in memory after this run: seconds (300), a duration "
                "(10m, 1h), 0 to unload at once, -1 to keep it loaded."
            )
        )
        keep_label = QLabel(self.tr("&Keep loaded"))
        keep_label.setBuddy(self.keep_alive)
        form.addRow(
            keep_label,
            explained(
                self.keep_alive,
                self.tr(
                    "How long the model stays in memory afterwards: empty for the server's "
                    "5 minutes, 0 to unload at once, -1 to keep it."
                ),
            ),
        )
        self.stream_check = named(
            QCheckBox(self.tr("Stream the answer as it is written")),
            "generateStreamCheck",
            self.tr("Stream"),
        )
        self.stream_check.setChecked(True)
        self.stream_check.setToolTip(self.tr("Off: wait and get the whole answer at once"))
        form.addRow(
            "",
            explained(
                self.stream_check,
                self.tr("On: words appear as they are written. Off: the answer comes whole."),
            ),
        )

        self.logprobs_check = named(
            QCheckBox(self.tr("Show how sure the model was")),
            "generateLogprobsCheck",
            self.tr("Log probabilities"),
        )
        self.logprobs_check.setToolTip(
            self.tr(
                "Asks for each token's probability: the output can then be tinted by certainty, "
                "with the likeliest alternatives on hover."
            )
        )
        self.top_logprobs = named(
            QSpinBox(), "generateTopLogprobs", self.tr("Alternatives per token")
        )
        self.top_logprobs.setRange(0, 20)
        self.top_logprobs.setValue(5)
        self.top_logprobs.setToolTip(self.tr("How many alternatives to show per token (0–20)"))
        self.logprobs_box = row(
            self.logprobs_check, QLabel(self.tr("alternatives:")), self.top_logprobs
        )
        self.logprobs_box.setVisible(False)
        self.logprobs_help = note(
            self.tr("Tints each word by how sure the model was, with its alternatives on hover.")
        )
        self.logprobs_help.setVisible(False)
        form.addRow("", stacked(self.logprobs_box, self.logprobs_help))

    def _build_advanced(self, layout: QVBoxLayout) -> None:
        self.advanced = QWidget()
        advanced_form = QFormLayout(self.advanced)
        advanced_form.setContentsMargins(SPACE_S, 0, 0, 0)
        self.template = monospace(
            named(QPlainTextEdit(), "generateTemplate", self.tr("Template override"))
        )
        self.template.setPlaceholderText(self.tr("Go template; empty = the model's own"))
        self.template.setFixedHeight(64)
        self.template.setTabChangesFocus(True)
        self.truncate_check = named(
            QCheckBox(self.tr("Cut a too-long prompt to fit")),
            "generateTruncateCheck",
            self.tr("Truncate"),
        )
        self.truncate_check.setChecked(True)
        self.truncate_check.setToolTip(
            self.tr(
                "On (the default): a prompt longer than the context loses its start. Off: the "
                "server refuses it instead."
            )
        )
        self.shift_check = named(
            QCheckBox(self.tr("Make room when the context fills up")),
            "generateShiftCheck",
            self.tr("Shift"),
        )
        self.shift_check.setChecked(True)
        self.shift_check.setToolTip(
            self.tr(
                "On (the default): a long answer drops the oldest tokens to keep going. Off: it "
                "stops when the context is full."
            )
        )
        self.options = OptionsPanel()
        advanced_form.addRow(
            self.tr("Te&mplate"),
            explained(
                self.template,
                self.tr("The wrapping put around your text; empty keeps the model's own."),
            ),
        )
        advanced_form.addRow(
            "",
            explained(
                self.truncate_check,
                self.tr("A prompt too long for the model loses its start instead of failing."),
            ),
        )
        advanced_form.addRow(
            "",
            explained(
                self.shift_check,
                self.tr("A long answer forgets its oldest part to keep going, not stop."),
            ),
        )
        advanced_form.addRow(self.options)
        self.advanced_toggle = named(
            QToolButton(), "generateAdvancedToggle", self.tr("Show advanced settings")
        )
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.toggled.connect(self._show_advanced)
        self.options.edited.connect(self._label_advanced)
        self.advanced.setVisible(False)
        self._label_advanced()
        layout.addWidget(self.advanced_toggle)
        layout.addWidget(self.advanced)

    def _show_advanced(self, on: bool) -> None:
        self.advanced.setVisible(on)
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def _label_advanced(self) -> None:
        count = len(self.options.changed())
        text = self.tr("Advanced: template, context handling and all model options")
        if count:
            text += " — " + self.tr("{count} changed").format(count=count)
        self.advanced_toggle.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width: lay the rows out again. The wrapped notes sit in widgets inside a form,
        and Qt otherwise keeps row heights measured at the old width (a note's second line
        was cut off after the window narrowed)."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            QTimer.singleShot(0, self, self.layout().invalidate)  # once this resize is done

    def changeEvent(self, event: QEvent) -> None:
        """Another theme: the notes take its tones."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "schema_status"):
            self.raw_note.setStyleSheet(f"color: {tones().warning};")
            self.check_schema()

    # --- state that follows the model and the server --------------------------------------------

    def set_capabilities(self, capabilities: set[str] | None) -> None:
        """The chosen model's capabilities (None while no model is known)."""
        self.capabilities = capabilities
        self.update_fields()

    def can(self, capability: str) -> bool:
        return self.capabilities is not None and capability in self.capabilities

    def set_logprobs_supported(self, supported: bool) -> None:
        self.logprobs_box.setVisible(supported)
        self.logprobs_help.setVisible(supported)

    def set_think_max_supported(self, supported: bool) -> None:
        index = self.think_picker.findData("max")
        item = self.think_picker.model().item(index)  # type: ignore[attr-defined]
        item.setEnabled(supported)
        if not supported and self.think_picker.currentIndex() == index:
            self.think_picker.setCurrentIndex(self.think_picker.findData("high"))

    def update_fields(self) -> None:
        """Enable what the model and the switches allow, and say why the rest is off."""
        known = self.capabilities is not None
        raw = self.raw_check.isChecked()
        for widget in (self.system, self.template, self.context_check):
            widget.setEnabled(not raw)
        self.raw_note.setVisible(raw)
        can_insert = self.can("insert")
        self.suffix.setEnabled(can_insert)
        self.suffix_note.setVisible(known and not can_insert)
        thinks = self.can("thinking")
        self.think_picker.setEnabled(thinks)
        self.think_note.setVisible(known and not thinks)
        sees = self.can("vision")
        self.image_box.setEnabled(sees)
        self.image_box.setVisible(sees or not known)  # the note below says why it is missing
        self.image_note.setVisible(known and not sees)
        schema = self.format_picker.currentData() == "schema"
        self.json_note.setVisible(self.format_picker.currentData() in ("json", "schema"))
        self.schema_box.setVisible(schema)
        self.schema_label.setVisible(schema)
        if schema:
            self.check_schema()
        self.show_context_count()

    def check_schema(self) -> bool:
        """Say at once whether the schema is JSON, and where it breaks if not."""
        if self.format_picker.currentData() != "schema":
            return True
        text = self.schema_editor.toPlainText()
        if not text.strip():
            self.schema_status.setText(self.tr("Write a JSON schema, or choose plain JSON."))
            self.schema_status.setStyleSheet("")
            return False
        try:
            parse_schema(text)
        except FormError as error:
            self.schema_status.setText("✗ " + error.message)
            self.schema_status.setStyleSheet(f"color: {tones().bad};")
            return False
        self.schema_status.setText(self.tr("✓ Valid JSON"))
        self.schema_status.setStyleSheet(f"color: {tones().good};")
        return True

    def point_at(self, error: FormError) -> None:
        """Focus the field a FormError names, with the cursor on the mistake when known."""
        editor = {"schema": self.schema_editor}.get(error.field, self.prompt)
        if error.field == "schema" and error.position is not None:
            cursor = editor.textCursor()
            cursor.setPosition(min(error.position, len(editor.toPlainText())))
            editor.setTextCursor(cursor)
        editor.setFocus()

    def set_carried_tokens(self, count: int) -> None:
        self.carried_tokens = count
        self.show_context_count()

    def show_context_count(self) -> None:
        count = self.carried_tokens
        if not count:
            text = self.tr("nothing to continue from yet")
        elif self.raw_check.isChecked():
            text = counted("RequestForm", "%Ln token(s) kept, not sent in raw mode", count)
        elif self.context_check.isChecked():
            text = counted("RequestForm", "%Ln token(s) will be sent", count)
        else:
            text = counted("RequestForm", "%Ln token(s) from the last run", count)
        self.context_label.setText(text)
        self.context_reset.setEnabled(bool(count))

    # --- images -------------------------------------------------------------------------------

    def _pick_images(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add images"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"),
        )
        for path in paths:
            self.add_image_file(path)

    def add_image_file(self, path: str) -> None:
        with open(path, "rb") as handle:
            data = handle.read()
        self.add_image(data, path.replace("\\", "/").rsplit("/", 1)[-1])

    def add_image(self, data: bytes, name: str) -> None:
        self.images.append(data)
        item = QListWidgetItem(name)
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            item.setIcon(QIcon(pixmap.scaled(QSize(80, 80), Qt.AspectRatioMode.KeepAspectRatio)))
        item.setToolTip(plain_tooltip(name))
        self.image_list.addItem(item)

    def remove_images(self) -> None:
        """Remove the selected images, or all of them when none is selected."""
        rows = sorted({index.row() for index in self.image_list.selectedIndexes()}, reverse=True)
        if not rows:
            rows = list(range(self.image_list.count() - 1, -1, -1))
        for index in rows:
            self.image_list.takeItem(index)
            del self.images[index]

    # --- reading and filling --------------------------------------------------------------------

    def form(self, model: str) -> GenerateForm:
        return GenerateForm(
            model=model,
            prompt=self.prompt.toPlainText(),
            system=self.system.toPlainText(),
            template=self.template.toPlainText(),
            suffix=self.suffix.toPlainText() if self.suffix.isEnabled() else "",
            raw=self.raw_check.isChecked(),
            carry_context=self.context_check.isChecked(),
            format_mode=self.format_picker.currentData(),
            schema_text=self.schema_editor.toPlainText(),
            think=self.think_picker.currentData() if self.think_picker.isEnabled() else "default",
            options=self.options.changed(),
            keep_alive=self.keep_alive.text(),
            stream=self.stream_check.isChecked(),
            truncate=self.truncate_check.isChecked(),
            shift=self.shift_check.isChecked(),
            logprobs=self.logprobs_check.isChecked() and not self.logprobs_box.isHidden(),
            top_logprobs=self.top_logprobs.value(),
        )

    def images_to_send(self) -> list[bytes] | None:
        return list(self.images) if self.image_box.isEnabled() and self.images else None

    def set_form(self, form: GenerateForm) -> None:
        self.prompt.setPlainText(form.prompt)
        self.system.setPlainText(form.system)
        self.template.setPlainText(form.template)
        self.suffix.setPlainText(form.suffix)
        self.raw_check.setChecked(form.raw)
        self.context_check.setChecked(form.carry_context)
        self.format_picker.setCurrentIndex(max(0, self.format_picker.findData(form.format_mode)))
        self.schema_editor.setPlainText(form.schema_text)
        self.think_picker.setCurrentIndex(max(0, self.think_picker.findData(form.think)))
        self.options.set_changed(form.options)
        self.keep_alive.setText(form.keep_alive)
        self.stream_check.setChecked(form.stream)
        self.truncate_check.setChecked(form.truncate)
        self.shift_check.setChecked(form.shift)
        self.logprobs_check.setChecked(form.logprobs)
        self.top_logprobs.setValue(form.top_logprobs)
        self.update_fields()
