"""Everything about the selected model, with the actions on it.

Facts come from ``/api/tags`` at once and from ``/api/show`` (cached) a moment later. Texts a
model brings (system prompt, template, license, modelfile) are shown as plain text, selectable
and copyable, never as HTML.

By default the pane says what a person needs: what the model is good for and its size on disk.
With Settings → Show technical details (followed at once) it adds the quantization, the
parameter count and family, the capabilities by name, and the Settings (parameters, stop
words), Template and Modelfile tabs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop import settings as options
from desktop.formats import context_words, human_size, relative_time, unload_countdown
from desktop.ollama.types import ModelInfo, RunningModel, ShowResponse
from desktop.services.models.details import facts_of
from desktop.services.models.details import good_for as uses_of
from desktop.ui.common.copied import show_copied
from desktop.ui.common.design import SIZE_TITLE, SPACE_M, scaled_font
from desktop.ui.common.words import capability_words, good_for_words, parameter_label
from desktop.ui.models.widgets import named, plain_label

SUBTITLE_TEXT_SHARE = 0.72  # the subtitle's colour: this much of the text's, the rest the ground's


class ModelDetailsPane(QFrame):
    chat_clicked = Signal(str)
    copy_clicked = Signal(str)
    delete_clicked = Signal(str)
    unload_clicked = Signal(str)

    def __init__(
        self, settings: options.Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        named(self, "modelDetails", self.tr("Model details"))
        self.technical = bool(settings is not None and settings.get(options.TECHNICAL_DETAILS))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model: ModelInfo | None = None
        self.show_response: ShowResponse | None = None
        self.running: RunningModel | None = None

        self._stack = QStackedWidget()
        self._empty = plain_label(self.tr("Select a model to see its details."), wrap=True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setObjectName("modelDetailsEmpty")
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._build_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_M, SPACE_M, SPACE_M, SPACE_M)
        layout.addWidget(self._stack)
        self.clear()
        self.set_technical(self.technical)
        if settings is not None:
            settings.on_change(self._setting_changed)

    def _setting_changed(self, option: object, value: object) -> None:
        if option is options.TECHNICAL_DETAILS and isValid(self):
            self.set_technical(bool(value))

    def set_technical(self, shown: bool) -> None:
        """Show or hide what only people who know models read (see the module's note)."""
        self.technical = shown
        self._facts.setRowVisible(self.abilities, shown)
        self._facts.setRowVisible(self.good_for, not shown)
        for text in (self.parameters_text, self.template_text, self.modelfile_text):
            self.texts.setTabVisible(self.texts.indexOf(text), shown)
        if self.model is not None:
            self._show_subtitle(self.model)

    # --- building ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "subtitle"):
            self._colour_subtitle()  # light or dark: a quieter shade of the text, readable

    def _colour_subtitle(self) -> None:
        """The subtitle a little quieter than the title, in either theme (a fixed grey was
        nearly invisible on the dark theme)."""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        ground = palette.color(QPalette.ColorRole.Window)
        quiet = QColor(
            round(text.red() * SUBTITLE_TEXT_SHARE + ground.red() * (1 - SUBTITLE_TEXT_SHARE)),
            round(text.green() * SUBTITLE_TEXT_SHARE + ground.green() * (1 - SUBTITLE_TEXT_SHARE)),
            round(text.blue() * SUBTITLE_TEXT_SHARE + ground.blue() * (1 - SUBTITLE_TEXT_SHARE)),
        )
        shown = QPalette(palette)
        shown.setColor(QPalette.ColorRole.WindowText, quiet)
        self.subtitle.setPalette(shown)

    def _build_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = plain_label()
        self.title.setObjectName("modelDetailsTitle")
        self.title.setFont(scaled_font(self.title.font(), SIZE_TITLE, bold=True))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = plain_label(wrap=True)
        self.subtitle.setObjectName("modelDetailsSubtitle")
        self._colour_subtitle()
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

        # Two rows of two: one row of four, in German, made the pane so wide that the
        # installed-models table beside it lost columns.
        actions = QGridLayout()
        self.chat_button = named(
            QPushButton(self.tr("Chat with this model")),
            "chatWithModelButton",
            self.tr("Chat with this model"),
        )
        self.chat_button.setToolTip(self.tr("Open a new chat with this model (Enter)"))
        self.chat_button.setDefault(True)
        self.copy_button = named(
            QPushButton(self.tr("Copy or rename…")), "copyModelButton", self.tr("Copy or rename")
        )
        self.copy_button.setToolTip(self.tr("Make a copy under a new name, or rename it (F2)"))
        self.delete_button = named(
            QPushButton(self.tr("Delete…")), "deleteModelButton", self.tr("Delete model")
        )
        self.delete_button.setToolTip(self.tr("Remove it from the computer running Ollama (Del)"))
        self.unload_button = named(
            QPushButton(self.tr("Unload from memory")),
            "unloadModelButton",
            self.tr("Unload from memory"),
        )
        self.unload_button.setToolTip(
            self.tr("Free the memory it uses now; it stays installed and loads again when used")
        )
        for index, (button, signal) in enumerate(
            (
                (self.chat_button, self.chat_clicked),
                (self.copy_button, self.copy_clicked),
                (self.delete_button, self.delete_clicked),
                (self.unload_button, self.unload_clicked),
            )
        ):
            button.clicked.connect(lambda _=False, s=signal: self._emit(s))
            actions.addWidget(button, index // 2, index % 2)
        actions.setColumnStretch(2, 1)
        layout.addLayout(actions)

        facts = self._facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.good_for = self._fact(facts, self.tr("Good for"), "modelDetailsGoodFor")
        self.abilities = self._fact(facts, self.tr("It can"), "modelDetailsAbilities")
        self.size = self._fact(facts, self.tr("Size on disk"), "modelDetailsSize")
        self.context = self._fact(facts, self.tr("Memory, at most"), "modelDetailsContext")
        self.context.setToolTip(
            self.tr(
                "How much of the conversation it can keep in mind: the most it was trained for. "
                "Ollama gives it less unless a chat asks for more (Chat settings → Memory)."
            )
        )
        self.memory = self._fact(facts, self.tr("In memory"), "modelDetailsMemory")
        layout.addLayout(facts)

        self.texts = QTabWidget()
        self.texts.setObjectName("modelDetailsTexts")
        self.texts.setAccessibleName(self.tr("Model texts"))
        self.parameters_text = self._text_tab(self.tr("Settings"), "modelParametersText")
        self.system_text = self._text_tab(self.tr("System prompt"), "modelSystemText")
        self.template_text = self._text_tab(self.tr("Template"), "modelTemplateText")
        self.license_text = self._text_tab(self.tr("License"), "modelLicenseText")
        self.modelfile_text = self._text_tab(self.tr("Modelfile"), "modelModelfileText")
        layout.addWidget(self.texts, 1)

        copy_row = QHBoxLayout()
        self.status = plain_label(wrap=True)
        self.status.setObjectName("modelDetailsStatus")
        copy_text = named(
            QPushButton(self.tr("Copy this text")), "copyDetailsTextButton", self.tr("Copy text")
        )
        copy_text.setToolTip(self.tr("Copy the text of the open tab to the clipboard"))
        copy_text.clicked.connect(self.copy_current_text)
        copy_text.clicked.connect(lambda: show_copied(copy_text))
        copy_row.addWidget(self.status, 1)
        copy_row.addWidget(copy_text)
        layout.addLayout(copy_row)
        return page

    def _fact(self, form: QFormLayout, label: str, name: str) -> QLabel:
        value = plain_label(wrap=True)
        value.setObjectName(name)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(label + ":", value)
        return value

    def _text_tab(self, title: str, name: str) -> QPlainTextEdit:
        text = named(QPlainTextEdit(), name, title)
        text.setReadOnly(True)
        text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.texts.addTab(text, title)
        return text

    # --- showing ----------------------------------------------------------------------------

    def clear(self) -> None:
        self.model = None
        self.show_response = None
        self._stack.setCurrentIndex(0)

    def show_model(self, model: ModelInfo) -> None:
        same = self.model is not None and self.model.name == model.name
        self.model = model
        if not same:
            self.show_response = None
        self._stack.setCurrentIndex(1)
        details = model.details
        self.title.setText(model.name)
        self._show_subtitle(model)
        self.abilities.setText(capability_words(model.capabilities))
        self.good_for.setText(good_for_words(uses_of(model.capabilities)))
        self.size.setText(human_size(model.size))
        self.context.setText(context_words(details.context_length))
        if not same:
            for text in self._texts():
                text.setPlainText("")
            self.status.setText(self.tr("Loading details…"))
        self._show_running()

    def _show_subtitle(self, model: ModelInfo) -> None:
        """When it changed; with technical details also its family, parameters and
        quantization."""
        details = model.details
        parts = [self.tr("changed {when}").format(when=relative_time(model.modified_at))]
        if self.technical:
            parts[:0] = [
                self.tr("{family} family").format(family=details.family) if details.family else "",
                self.tr("{count} parameters").format(count=details.parameter_size)
                if details.parameter_size
                else "",
                details.quantization_level,
            ]
        self.subtitle.setText(" · ".join(p for p in parts if p))

    def show_details(self, name: str, show: ShowResponse) -> None:
        if self.model is None or self.model.name != name:
            return
        self.show_response = show
        facts = facts_of(show)
        self.abilities.setText(capability_words(show.capabilities))
        self.good_for.setText(good_for_words(facts.good_for))
        self.context.setText(context_words(show.context_length))
        lines = [
            f"{parameter_label(key)}: {', '.join(values)}"
            for key, values in show.parameter_values().items()
        ]
        self.parameters_text.setPlainText(
            "\n".join(lines) or self.tr("No settings of its own: Ollama's defaults apply.")
        )
        self.system_text.setPlainText(facts.system or self.tr("(no system prompt)"))
        self.template_text.setPlainText(facts.template or self.tr("(no template)"))
        self.license_text.setPlainText(facts.license or self.tr("(no license text included)"))
        self.modelfile_text.setPlainText(facts.modelfile)
        self.status.setText("")

    def show_error(self, name: str, message: str) -> None:
        if self.model is not None and self.model.name == name:
            self.status.setText(message)

    def set_running(self, running: RunningModel | None) -> None:
        self.running = running
        self._show_running()

    def _show_running(self) -> None:
        if self.running is None:
            self.memory.setText(self.tr("not loaded"))
            self.unload_button.setEnabled(False)
        else:
            self.memory.setText(
                self.tr("loaded, {size}, {countdown}").format(
                    size=human_size(self.running.size),
                    countdown=unload_countdown(self.running.expires_at),
                )
            )
            self.unload_button.setEnabled(True)

    def _texts(self) -> list[QPlainTextEdit]:
        return [
            self.parameters_text,
            self.system_text,
            self.template_text,
            self.license_text,
            self.modelfile_text,
        ]

    def copy_current_text(self) -> None:
        widget = self.texts.currentWidget()
        if isinstance(widget, QPlainTextEdit):
            QGuiApplication.clipboard().setText(widget.toPlainText())
            self.status.setText(self.tr("Copied to the clipboard."))

    def _emit(self, signal: Signal) -> None:
        if self.model is not None:
            signal.emit(self.model.name)  # type: ignore[attr-defined]
