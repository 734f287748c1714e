"""The Generate tab: one /api/generate request with every field, and its result with figures.

The request body is built once (desktop.services.generate.request) and that same body is shown
in the Request view, sent by the client and reproduced by Copy as curl. Streamed text is queued
and moved into the output by a timer, at most ~30 times a second.
"""

from __future__ import annotations

import asyncio
import time
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.formats import elapsed
from desktop.ollama.errors import ModelNotFound
from desktop.ollama.types import ModelInfo
from desktop.services.context import AppContext, required
from desktop.services.features import version_tuple
from desktop.services.generate.curl import curl_command
from desktop.services.generate.history import RunHistory, RunRecord
from desktop.services.generate.options import model_defaults
from desktop.services.generate.presets import PresetStore
from desktop.services.generate.request import FormError, GenerateForm, build_request
from desktop.services.generate.results import RunFigures, check_json, explain_error, rate_text
from desktop.services.generate.runner import RunOutcome, run_generate
from desktop.services.installed_models import NO_SERVER, STILL_ASKING, why_no_models
from desktop.services.server_monitor import ServerStatus
from desktop.ui.common.copied import show_copied
from desktop.ui.common.design import SPACE_S
from desktop.ui.generate.compare import CompareDialog
from desktop.ui.generate.request_form import RequestForm
from desktop.ui.generate.result_view import ResultView
from desktop.ui.generate.widgets import FormScroll, named

FRAME_MS = 33  # streamed text reaches the screen at most ~30 times a second
LOGPROBS_SINCE = (0, 12, 11)
THINK_MAX_SINCE = (0, 22, 0)


class GenerateTab(QWidget):
    """The playground. Logic lives in desktop.services.generate; this only shows and asks."""

    download_requested = Signal(str)
    generation_finished = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.installed = required(context.installed_models, "installed models")
        self.presets = PresetStore(context.data_dir)
        self.history = RunHistory()
        self.carried_context: list[int] = []
        self.context_model = ""
        self.capabilities: dict[str, list[str]] = {}
        self.option_defaults: dict[str, dict[str, Any]] = {}
        self.server_version: str | None = None
        self.current_task: asyncio.Task[None] | None = None
        self.last_request: dict[str, Any] | None = None
        self.frames_drawn = 0
        self._server_url = ""
        self._pending_text: list[str] = []
        self._pending_thinking: list[str] = []
        self._loaded_once = False
        self._missing_model = ""
        self._explained_no_models = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(FRAME_MS)
        self._flush_timer.timeout.connect(self._flush)

        self.request_form = RequestForm()
        self.request_form.reset_context_requested.connect(self.reset_context)
        self.result = ResultView()
        self._wire_result()
        scroll = FormScroll(self.request_form, least_width=460)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("generateSplitter")
        splitter.addWidget(scroll)
        splitter.addWidget(self.result)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([580, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_S, SPACE_S, SPACE_S, SPACE_S)
        layout.addLayout(self._build_top_bar())
        layout.addWidget(splitter, 1)
        self._expose_parts()
        self._build_shortcuts()
        self._refresh_presets()
        self.installed.changed.connect(self._installed_changed)
        if context.server_status is not None:
            context.server_status.status_changed.connect(self._on_server_status)

    # --- building -----------------------------------------------------------------------------

    def _build_top_bar(self) -> QHBoxLayout:
        self.model_picker = named(QComboBox(), "generateModelPicker", self.tr("Model"))
        self.model_picker.setMinimumWidth(220)
        self.model_picker.setToolTip(self.tr("The installed model that answers"))
        self.model_picker.currentTextChanged.connect(self._on_model_changed)
        refresh = named(QToolButton(), "generateRefreshModels", self.tr("Reload models"))
        refresh.setText("⟳")
        refresh.setToolTip(self.tr("Reload the list of installed models"))
        refresh.clicked.connect(self.refresh_models)
        self.preset_picker = named(QComboBox(), "generatePresetPicker", self.tr("Presets"))
        self.preset_picker.setMinimumWidth(160)
        self.preset_picker.setToolTip(self.tr("Load a saved set-up (the whole request)"))
        self.preset_picker.activated.connect(self._load_selected_preset)
        save = named(QPushButton(self.tr("Save…")), "generateSavePreset", self.tr("Save preset"))
        save.setToolTip(self.tr("Save the whole request under a name"))
        save.clicked.connect(self._ask_and_save_preset)
        self.delete_preset_button = named(
            QPushButton(self.tr("Delete")), "generateDeletePreset", self.tr("Delete preset")
        )
        self.delete_preset_button.setToolTip(self.tr("Delete the chosen preset"))
        self.delete_preset_button.clicked.connect(self._delete_selected_preset)
        self.run_button = named(QPushButton(self.tr("Run")), "generateRunButton", self.tr("Run"))
        self.run_button.setToolTip(self.tr("Send the request (Ctrl+Enter)"))
        self.run_button.setDefault(True)
        self.run_button.setMinimumWidth(90)
        self.run_button.clicked.connect(self.run)
        self.stop_button = named(
            QPushButton(self.tr("Stop")), "generateStopButton", self.tr("Stop")
        )
        self.stop_button.setToolTip(self.tr("Stop the model and close the connection (Esc)"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        model_label = QLabel(self.tr("&Model:"))
        model_label.setBuddy(self.model_picker)
        preset_label = QLabel(self.tr("Pre&set:"))
        preset_label.setBuddy(self.preset_picker)
        bar = QHBoxLayout()
        for widget in (model_label, self.model_picker, refresh):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (preset_label, self.preset_picker, save, self.delete_preset_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.run_button)
        bar.addWidget(self.stop_button)
        return bar

    def _wire_result(self) -> None:
        result = self.result
        result.download_button.clicked.connect(
            lambda: self.download_requested.emit(self._missing_model)
        )
        result.curl_button.clicked.connect(self.copy_curl)
        result.history_list.itemDoubleClicked.connect(lambda _item: self.reopen_selected())
        result.reopen_button.clicked.connect(self.reopen_selected)
        result.reuse_button.clicked.connect(self.reuse_selected)
        result.compare_button.clicked.connect(self.compare_selected)

    def _expose_parts(self) -> None:
        """Short names for the parts tests and the main window reach for."""
        form, result = self.request_form, self.result
        self.prompt, self.system, self.template = form.prompt, form.system, form.template
        self.suffix, self.suffix_note = form.suffix, form.suffix_note
        self.raw_check, self.raw_note = form.raw_check, form.raw_note
        self.context_check, self.context_label = form.context_check, form.context_label
        self.format_picker, self.schema_editor = form.format_picker, form.schema_editor
        self.schema_status = form.schema_status
        self.think_picker, self.image_box = form.think_picker, form.image_box
        self.keep_alive, self.stream_check = form.keep_alive, form.stream_check
        self.logprobs_box, self.logprobs_check = form.logprobs_box, form.logprobs_check
        self.top_logprobs, self.options = form.top_logprobs, form.options
        self.advanced_toggle = form.advanced_toggle
        self.output, self.stats, self.status = result.output, result.stats, result.status
        self.request_view, self.response_view = result.request_view, result.response_view
        self.curl_button, self.error_label = result.curl_button, result.error_label
        self.download_button, self.json_status = result.download_button, result.json_status
        self.thinking_view, self.view_picker = result.thinking_view, result.view_picker
        self.logprob_view, self.markdown_view = result.logprob_view, result.markdown_view
        self.history_list, self.result_tabs = result.history_list, result

    def _build_shortcuts(self) -> None:
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.run)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.stop)

    # --- models, capabilities and the server ----------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.refresh_models()

    def refresh_models(self) -> asyncio.Task[None]:
        """Reload the installed models and the server's version (also after a server switch)."""
        return self.context.tasks.run(self._load_models(), on_error=self._show_load_error)

    def _show_load_error(self, error: BaseException) -> None:
        """The models could not be read: when no server answers, the line above the output
        already says so and what to do; one red box more would only repeat it."""
        server_status = self.context.server_status
        if server_status is not None and server_status.status.state == "unreachable":
            self._explain_models()
            return
        self._show_error(error)

    async def _load_models(self) -> None:
        ollama = self.context.ollama
        self.capabilities.clear()  # a model may have been re-created or the server switched
        self.option_defaults.clear()
        if ollama.base_url != self._server_url:
            self._server_url = ollama.base_url
            self.reset_context()
        await self.installed.refresh()
        try:
            self.server_version = await ollama.version()
        except Exception:  # an old or odd server: features that need a version stay hidden
            self.server_version = None
        version = version_tuple(self.server_version)
        self.request_form.set_logprobs_supported(version >= LOGPROBS_SINCE)
        self.request_form.set_think_max_supported(version >= THINK_MAX_SINCE)
        # The list as it is now: a newer refresh (a reconnect, a download) may have answered
        # while the version was asked.
        self._show_models(self.installed.models)
        await self._load_model_facts(self.model_picker.currentText())

    def _show_models(self, models: list[ModelInfo]) -> None:
        """Fill the picker from the installed models (also when another tab refreshed them)."""
        usable = [m for m in models if not m.capabilities or "completion" in m.capabilities]
        current = self.model_picker.currentText()
        self.model_picker.blockSignals(True)
        self.model_picker.clear()
        for model in usable:
            self.model_picker.addItem(model.name)
        if current and self.model_picker.findText(current) >= 0:
            self.model_picker.setCurrentText(current)
        self.model_picker.blockSignals(False)
        self._explain_models()

    def _on_server_status(self, _status: ServerStatus) -> None:
        self._explain_models()

    def _explain_models(self) -> None:
        """Why there is nothing to run: no server (say what to do), still asking, or nothing
        installed; the usual hint again once that is no longer so."""
        server_status = self.context.server_status
        state = server_status.status.state if server_status is not None else ""
        reason = why_no_models(state, self.installed.loaded)
        text = ""
        if reason == NO_SERVER:
            text = self.tr(
                "Ollama can't be reached, so Paddock can't tell which models are installed. "
                "Start Ollama, or choose another server at the bottom of the window."
            )
        elif self.model_picker.count() == 0:
            text = (
                self.tr("Paddock is still asking Ollama which models are installed…")
                if reason == STILL_ASKING
                else self.tr("No models are installed yet: download one in the Models tab.")
            )
        if text:
            self.status.setText(text)
        elif self._explained_no_models:
            self.status.setText(self.tr("Pick a model, write a prompt and press Run."))
        self._explained_no_models = bool(text)

    def _installed_changed(self, models: list[ModelInfo]) -> None:
        before = self.model_picker.currentText()
        self._show_models(models)
        chosen = self.model_picker.currentText()
        if chosen != before:
            self._on_model_changed(chosen)

    def _on_model_changed(self, name: str) -> None:
        if self.carried_context and name != self.context_model:
            self.reset_context()  # context tokens only mean something to the model that made them
        self.request_form.set_capabilities(self._known_capabilities(name))
        if name:
            self.context.tasks.run(self._load_model_facts(name), on_error=self._show_error)

    async def _load_model_facts(self, name: str) -> None:
        """Capabilities and option defaults from /api/show, asked once per model."""
        if name and name not in self.capabilities:
            shown = await self.context.ollama.show(name)
            self.option_defaults[name] = model_defaults(shown.parameter_values())
            self.capabilities[name] = list(shown.capabilities)
        if name != self.model_picker.currentText():
            return  # the user moved on while we asked
        self.request_form.set_capabilities(self._known_capabilities(name))
        self.options.set_defaults(self.option_defaults.get(name, {}), name)

    def _known_capabilities(self, name: str) -> set[str] | None:
        return set(self.capabilities[name]) if name in self.capabilities else None

    def model_can(self, capability: str) -> bool:
        return capability in self.capabilities.get(self.model_picker.currentText(), [])

    # --- context carry-over ---------------------------------------------------------------------

    def reset_context(self) -> None:
        self.carried_context = []
        self.context_model = ""
        self.request_form.set_carried_tokens(0)

    # --- the form -------------------------------------------------------------------------------

    def form(self) -> GenerateForm:
        return self.request_form.form(self.model_picker.currentText())

    def set_form(self, form: GenerateForm) -> None:
        if form.model and self.model_picker.findText(form.model) < 0:
            self.model_picker.addItem(form.model)
        if form.model:
            self.model_picker.setCurrentText(form.model)
        self.request_form.set_form(form)

    def build_body(self) -> dict[str, Any]:
        """The exact request the form describes now (raises FormError to point at a field)."""
        return build_request(
            self.form(),
            context=self.carried_context,
            images=self.request_form.images_to_send(),
            defaults=self.options.defaults(),
        )

    # --- presets --------------------------------------------------------------------------------

    def _refresh_presets(self) -> None:
        self.preset_picker.clear()
        self.preset_picker.addItem(self.tr("(choose a preset)"), "")
        for name in self.presets.names():
            self.preset_picker.addItem(name, name)
        self.delete_preset_button.setEnabled(self.preset_picker.count() > 1)

    def save_preset(self, name: str) -> None:
        self.presets.save(name, self.form())
        self._refresh_presets()
        self.preset_picker.setCurrentIndex(self.preset_picker.findData(name))
        self.status.setText(self.tr("Saved the preset “{name}”.").format(name=name))

    def load_preset(self, name: str) -> None:
        self.set_form(self.presets.load(name))
        self.status.setText(self.tr("Loaded the preset “{name}”.").format(name=name))

    def _ask_and_save_preset(self) -> None:
        current = self.preset_picker.currentData() or ""
        name, ok = QInputDialog.getText(
            self, self.tr("Save preset"), self.tr("Name for this set-up:"), text=current
        )
        name = name.strip()
        if not ok or not name:
            return
        if name in self.presets.names() and name != current:
            answer = QMessageBox.question(
                self,
                self.tr("Replace preset?"),
                self.tr("A preset called “{name}” exists. Replace it?").format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.save_preset(name)

    def _load_selected_preset(self) -> None:
        name = self.preset_picker.currentData()
        if name:
            self.load_preset(name)

    def _delete_selected_preset(self) -> None:
        name = self.preset_picker.currentData()
        if name:
            self.presets.delete(name)
            self._refresh_presets()
            self.status.setText(self.tr("Deleted the preset “{name}”.").format(name=name))

    # --- running --------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.current_task is not None and not self.current_task.done()

    def run(self) -> asyncio.Task[None] | None:
        """Build the request from the form and send it (Ctrl+Enter)."""
        if self.running:
            return None
        self.result.clear_problem()
        try:
            body = self.build_body()
        except FormError as error:
            self.result.show_problem(error.message)
            if error.field == "model":
                self.model_picker.setFocus()
            else:
                self.request_form.point_at(error)
            return None
        record = RunRecord(
            started=datetime.now(), model=body["model"], request=body, form=self.form()
        )
        self.last_request = body
        self.result.begin(body)
        self.run_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.frames_drawn = 0
        self._flush_timer.start()
        self.current_task = self.context.tasks.run(self._execute(body, record))
        return self.current_task

    def stop(self) -> None:
        """Esc: cancel the run; the connection closes and the server stops generating."""
        if self.current_task is not None and not self.current_task.done():
            self.current_task.cancel()

    def shutdown(self) -> None:
        """The window is closing: stop a running request."""
        self.stop()

    async def _execute(self, body: dict[str, Any], record: RunRecord) -> None:
        outcome = RunOutcome()
        started = time.monotonic()
        try:
            await run_generate(
                self.context.ollama,
                body,
                on_text=self._pending_text.append,
                on_thinking=self._pending_thinking.append,
                outcome=outcome,
            )
        except asyncio.CancelledError:
            record.stopped = True
            self._flush()
            self.status.setText(
                self.tr("Stopped after {time}. What arrived is kept.").format(
                    time=elapsed(time.monotonic() - started)
                )
            )
            raise
        except Exception as error:
            record.error = explain_error(error)
            self._flush()
            self._show_failure(error)
        else:
            self._flush()
            self._show_outcome(body, outcome, record)
        finally:
            self._flush_timer.stop()
            self.result.finish(outcome.text, outcome.logprobs)
            record.output = outcome.text
            record.thinking = outcome.thinking
            record.logprobs = outcome.logprobs
            record.response = outcome.response_json
            self.history.add(record)
            self._refresh_history()
            self.run_button.setEnabled(True)
            self.stop_button.setEnabled(False)
            self.generation_finished.emit()

    def _flush(self) -> None:
        """Move what arrived since the last frame into the views: one insert per view."""
        drew = False
        if self._pending_thinking:
            text = "".join(self._pending_thinking)
            self._pending_thinking.clear()
            self.result.append_thinking(text)
            drew = True
        if self._pending_text:
            text = "".join(self._pending_text)
            self._pending_text.clear()
            self.result.append_output(text)
            drew = True
        self.frames_drawn += drew

    def _show_outcome(self, body: dict[str, Any], outcome: RunOutcome, record: RunRecord) -> None:
        final = outcome.final
        if final is None:
            return
        if final.context:
            self.carried_context = list(final.context)
            self.context_model = body["model"]
            self.request_form.set_carried_tokens(len(self.carried_context))
        if self.output.document().isEmpty() and outcome.text:
            self.output.setPlainText(outcome.text)
        record.figures = RunFigures.from_chunk(final)
        self.status.setText(
            self.tr("Done: {model} answered in {total}.").format(
                model=body["model"], total=record.figures.total
            )
        )
        self.result.show_figures(record.figures)
        self.result.show_response(outcome.response_json)
        if "format" in body:
            schema = body["format"] if isinstance(body["format"], dict) else None
            self.result.show_json_check(check_json(outcome.text, schema), schema is not None)

    def _show_failure(self, error: BaseException) -> None:
        self.status.setText(self.tr("The run failed."))
        self.result.show_problem(explain_error(error))
        if isinstance(error, ModelNotFound):
            self._missing_model = error.model
            self.result.offer_download(error.model)

    def _show_error(self, error: BaseException) -> None:
        self.result.show_problem(explain_error(error))

    # --- request, curl ------------------------------------------------------------------------

    def curl_text(self) -> str:
        """curl for the last request sent, or for what the form describes if none was."""
        body = self.last_request if self.last_request is not None else self.build_body()
        return curl_command(self.context.ollama.base_url, body)

    def copy_curl(self) -> None:
        try:
            QGuiApplication.clipboard().setText(self.curl_text())
        except FormError as error:
            self.result.show_problem(error.message)
            return
        self.status.setText(self.tr("A curl command for this request is on the clipboard."))
        show_copied(self.result.curl_button)

    # --- history --------------------------------------------------------------------------------

    def _refresh_history(self) -> None:
        self.history_list.clear()
        for run in self.history.runs():
            if run.stopped:
                words = self.tr("(stopped) {words}").format(words=run.first_words)
            elif run.error:
                words = self.tr("(failed) {words}").format(words=run.first_words)
            else:
                words = run.first_words or self.tr("(no output)")
            rate = self.tr("{rate} tokens/s").format(rate=rate_text(run.tokens_per_second))
            self.history_list.addItem(f"{run.started:%H:%M:%S} · {run.model} · {rate} · {words}")

    def _selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.history_list.selectedIndexes()})

    def reopen(self, index: int) -> None:
        """Show a past run's request, response, output and figures (the form is left alone)."""
        run = self.history[index]
        result = self.result
        result.begin(run.request, running=False)
        if run.thinking:
            result.append_thinking(run.thinking)
        result.append_output(run.output)
        result.show_response(run.response)
        if run.figures is not None:
            result.show_figures(run.figures)
        if run.error:
            result.show_problem(run.error)
        if "format" in run.request and run.figures is not None:
            schema = run.request["format"] if isinstance(run.request["format"], dict) else None
            result.show_json_check(check_json(run.output, schema), schema is not None)
        result.finish(run.output, run.logprobs)
        self.status.setText(
            self.tr("Showing the run from {time}.").format(time=f"{run.started:%H:%M:%S}")
        )
        self.last_request = run.request
        result.setCurrentIndex(0)

    def reopen_selected(self) -> None:
        rows = self._selected_rows()
        if rows:
            self.reopen(rows[0])

    def reuse_selected(self) -> None:
        """Put the selected run's request back into the form, to change it and run again."""
        rows = self._selected_rows()
        if rows and self.history[rows[0]].form is not None:
            form = self.history[rows[0]].form
            assert form is not None
            self.set_form(form)
            self.status.setText(self.tr("The form holds that run's request again."))

    def compare_selected(self) -> CompareDialog | None:
        rows = self._selected_rows()
        if len(rows) != 2:
            self.status.setText(self.tr("Select exactly two runs to compare."))
            return None
        dialog = CompareDialog(self.history[rows[1]], self.history[rows[0]], self)
        dialog.show()
        return dialog
