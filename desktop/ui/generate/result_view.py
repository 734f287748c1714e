"""The result side: the output as it streams, its figures, the exact request and response.

Streaming text is appended at the end of a plain text view (one insert per frame, its cost does
not grow with the output); the formatted and tinted views are rendered once, when the run ends.
The output and thinking views bound what one paragraph lays out (:class:`BoundedPlainText`),
whatever the model writes, and still give back the text exactly as written.
"""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.formats import number
from desktop.services.generate.results import JsonCheck, RunFigures, rate_text
from desktop.ui.common.bounded_plain_text import BoundedPlainText
from desktop.ui.common.copied import show_copied
from desktop.ui.common.design import SPACE_S, tones
from desktop.ui.common.plain import plain_label
from desktop.ui.common.safe_text import SafeTextBrowser
from desktop.ui.generate.logprob_view import LogprobView
from desktop.ui.generate.widgets import monospace, named, note, problem_style

PLAIN, FORMATTED, TINTED = 0, 1, 2


def pretty(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


class ResultView(QTabWidget):
    """Output, Request, Response and History pages. The tab drives it; it holds no run logic."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self._final_text = ""
        self._final_logprobs: list[dict[str, Any]] = []
        self._stale = {FORMATTED: False, TINTED: False}
        self._proportional = QFont(self.font())
        self.addTab(self._build_output_page(), self.tr("Output"))
        self.addTab(self._build_request_page(), self.tr("Request"))
        self.addTab(self._build_response_page(), self.tr("Response"))
        self.addTab(self._build_history_page(), self.tr("History"))

    # --- building -----------------------------------------------------------------------------

    def _build_output_page(self) -> QWidget:
        self.status = named(
            plain_label(QLabel(self.tr("Pick a model, write a prompt and press Run."))),
            "generateStatus",
            self.tr("Run status"),
        )
        self.status.setWordWrap(True)
        self.view_picker = named(QComboBox(), "generateViewPicker", self.tr("Show output as"))
        self.view_picker.addItem(self.tr("Plain text"), PLAIN)
        self.view_picker.addItem(self.tr("Formatted (markdown)"), FORMATTED)
        self.view_picker.addItem(self.tr("Tinted by certainty"), TINTED)
        self.view_picker.setToolTip(
            self.tr(
                "Plain text shows exactly what the model wrote. Formatted and tinted views appear "
                "when the run ends; tinting needs “Show how sure the model was”."
            )
        )
        self.view_picker.currentIndexChanged.connect(self._show_chosen_view)
        self.set_tinted_available(False)

        self.error_label = named(QLabel(), "generateError", self.tr("Problem"))
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(problem_style())
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.download_button = named(
            QPushButton(), "generateDownloadButton", self.tr("Download the model")
        )
        self.download_button.hide()

        self.thinking_toggle = named(
            QToolButton(), "generateThinkingToggle", self.tr("Show or hide the thinking")
        )
        self.thinking_toggle.setCheckable(True)
        self.thinking_toggle.setChecked(True)
        self.thinking_toggle.setText(self.tr("Thinking"))
        self.thinking_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.thinking_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.thinking_toggle.toggled.connect(self._show_thinking)
        self.thinking_view = named(BoundedPlainText(), "generateThinking", self.tr("Thinking"))
        self.thinking_view.setReadOnly(True)
        self.thinking_view.setMaximumHeight(130)
        italic = QFont(self.thinking_view.font())
        italic.setItalic(True)
        self.thinking_view.setFont(italic)
        self.thinking_toggle.hide()
        self.thinking_view.hide()

        self.output = named(BoundedPlainText(), "generateOutput", self.tr("Output"))
        self.output.setReadOnly(True)
        self.output.setPlaceholderText(self.tr("The model's answer appears here."))
        self.markdown_view = named(
            SafeTextBrowser(), "generateMarkdown", self.tr("Output as formatted text")
        )
        self.logprob_view = named(
            LogprobView(), "generateLogprobView", self.tr("Output tinted by certainty")
        )
        self.output_stack = QStackedWidget()
        for widget in (self.output, self.markdown_view, self.logprob_view):
            self.output_stack.addWidget(widget)
        self.tint_legend = note(
            self.tr(
                "Green: the model was sure of that word; yellow to red: less and less sure. Hover "
                "a word to see the alternatives it weighed."
            )
        )
        self.tint_legend.hide()

        self.json_status = named(QLabel(), "generateJsonCheck", self.tr("JSON check"))
        self.json_status.setWordWrap(True)
        self.json_status.setTextFormat(Qt.TextFormat.PlainText)
        self.json_status.hide()
        self.stats = named(QLabel(), "generateStats", self.tr("Run figures"))
        self.stats.setTextFormat(Qt.TextFormat.RichText)
        self.stats.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stats.setWordWrap(True)
        self.stats_frame = QFrame()
        self.stats_frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(self.stats_frame)
        frame_layout.setContentsMargins(SPACE_S, SPACE_S, SPACE_S, SPACE_S)
        frame_layout.addWidget(self.stats)
        self.stats_frame.hide()

        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(QLabel(self.tr("Show as:")))
        top.addWidget(self.view_picker)
        layout.addLayout(top)
        problem = QHBoxLayout()
        problem.addWidget(self.error_label, 1)
        problem.addWidget(self.download_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(problem)
        layout.addWidget(self.thinking_toggle)
        layout.addWidget(self.thinking_view)
        layout.addWidget(self.output_stack, 1)
        layout.addWidget(self.tint_legend)
        layout.addWidget(self.json_status)
        layout.addWidget(self.stats_frame)
        return page

    def _build_request_page(self) -> QWidget:
        self.request_view = monospace(
            named(QPlainTextEdit(), "generateRequestView", self.tr("Request sent"))
        )
        self.request_view.setReadOnly(True)
        self.request_view.setPlaceholderText(
            self.tr("The exact request body appears here when you run.")
        )
        self.copy_request_button = named(
            QPushButton(self.tr("Copy JSON")), "generateCopyRequest", self.tr("Copy the request")
        )
        self.copy_request_button.clicked.connect(
            lambda: self._copy(self.request_view.toPlainText(), self.copy_request_button)
        )
        self.curl_button = named(
            QPushButton(self.tr("Copy as curl")), "generateCurlButton", self.tr("Copy as curl")
        )
        self.curl_button.setToolTip(
            self.tr("Copy a curl command that sends this request to the current server")
        )
        return self._page(
            self.tr("The body sent to /api/generate, exactly:"),
            self.request_view,
            self.copy_request_button,
            self.curl_button,
        )

    def _build_response_page(self) -> QWidget:
        self.response_view = monospace(
            named(QPlainTextEdit(), "generateResponseView", self.tr("Final response"))
        )
        self.response_view.setReadOnly(True)
        self.response_view.setPlaceholderText(self.tr("The final response appears after a run."))
        copy = named(
            QPushButton(self.tr("Copy JSON")), "generateCopyResponse", self.tr("Copy the response")
        )
        copy.clicked.connect(lambda: self._copy(self.response_view.toPlainText(), copy))
        return self._page(
            self.tr("The server's final answer, with the streamed text joined into “response”:"),
            self.response_view,
            copy,
        )

    def _build_history_page(self) -> QWidget:
        self.history_list = named(QListWidget(), "generateHistory", self.tr("Run history"))
        self.history_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.history_list.setAlternatingRowColors(True)
        self.reopen_button = named(
            QPushButton(self.tr("Show result")),
            "generateReopenButton",
            self.tr("Show the selected run's result"),
        )
        self.reuse_button = named(
            QPushButton(self.tr("Edit again")),
            "generateReuseButton",
            self.tr("Put the selected run's request back in the form"),
        )
        self.compare_button = named(
            QPushButton(self.tr("Compare two")),
            "generateCompareButton",
            self.tr("Compare two runs"),
        )
        return self._page(
            self.tr(
                "This session's runs, newest first (the last 20). Double-click one to see "
                "its result; select two to compare them side by side."
            ),
            self.history_list,
            self.reopen_button,
            self.reuse_button,
            self.compare_button,
        )

    @staticmethod
    def _page(caption: str, body: QWidget, *buttons: QPushButton) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        label = QLabel(caption)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(body, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        return page

    # --- a run --------------------------------------------------------------------------------

    def begin(self, body: dict[str, Any], *, running: bool = True) -> None:
        """Clear the last result and show the request about to be sent (or a past one)."""
        self.running = running
        self.request_view.setPlainText(pretty(body))
        self.response_view.clear()
        self.output.clear()
        self.output.setFont(self._font_for(body))
        self.markdown_view.clear()
        self.logprob_view.set_tokens([])
        self._stale = {FORMATTED: False, TINTED: False}
        self.set_tinted_available(False)
        self.thinking_view.clear()
        self.thinking_toggle.hide()
        self.thinking_view.hide()
        self.json_status.hide()
        self.stats.clear()
        self.stats_frame.hide()
        self.clear_problem()
        self.status.setText(self.tr("Waiting for the model (loading it can take a while)…"))
        self.output_stack.setCurrentIndex(PLAIN)

    def _font_for(self, body: dict[str, Any]) -> QFont:
        if "format" in body:
            return monospace(QLabel()).font()
        return self._proportional

    def append_output(self, text: str) -> None:
        if self.output.document().isEmpty():
            self.status.setText(self.tr("Writing…"))
        _append(self.output, text)

    def append_thinking(self, text: str) -> None:
        if self.thinking_toggle.isHidden():
            self.thinking_toggle.show()
            self.thinking_view.setVisible(self.thinking_toggle.isChecked())
            self.status.setText(self.tr("Thinking…"))
        _append(self.thinking_view, text)

    def finish(self, text: str, logprobs: list[dict[str, Any]]) -> None:
        """The run is over: the formatted and tinted views get drawn once, when first shown."""
        self.running = False
        self._final_text, self._final_logprobs = text, list(logprobs)
        self._stale = {FORMATTED: True, TINTED: bool(logprobs)}
        self.set_tinted_available(bool(logprobs))
        self._show_chosen_view()

    def show_figures(self, figures: RunFigures) -> None:
        """The run's numbers in a small table of plain words."""
        prompt = self.tr("{tokens} tokens, read at {rate} tokens/s").format(
            tokens=number(figures.prompt_tokens), rate=rate_text(figures.prompt_rate)
        )
        generated = self.tr("{tokens} tokens, written at {rate} tokens/s").format(
            tokens=number(figures.generated_tokens), rate=rate_text(figures.rate)
        )
        reason = QCoreApplication.translate("GenerateResults", figures.reason_in_words)
        rows = [
            _cell(self.tr("Total time"), figures.total)
            + _cell(self.tr("Loading the model"), figures.load),
            _cell(self.tr("Prompt"), prompt, span=3),
            _cell(self.tr("Generated"), generated, span=3),
            _cell(self.tr("Why it stopped"), reason, span=3),
        ]
        table = "".join(f"<tr>{row}</tr>" for row in rows)
        self.stats.setText(f"<table cellspacing='2'>{table}</table>")
        self.stats_frame.show()

    def changeEvent(self, event: QEvent) -> None:
        """Another theme: the problem's box takes its tones."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "error_label"):
            self.error_label.setStyleSheet(problem_style())

    def show_json_check(self, check: JsonCheck, with_schema: bool) -> None:
        """The output pretty-printed, and whether it is JSON (matching the schema)."""
        self.output.setPlainText(check.pretty)
        if check.problem:
            text = "✗ " + check.problem
            colour = tones().bad
        elif with_schema:
            text = self.tr("✓ Valid JSON that matches the schema")
            colour = tones().good
        else:
            text, colour = self.tr("✓ Valid JSON"), tones().good
        self.json_status.setText(text)
        self.json_status.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.json_status.show()

    def show_response(self, response: dict[str, Any] | None) -> None:
        self.response_view.setPlainText(pretty(response) if response is not None else "")

    def show_problem(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.setCurrentIndex(0)

    def offer_download(self, model: str) -> None:
        self.download_button.setText(self.tr("Download {model}").format(model=model))
        self.download_button.show()

    def clear_problem(self) -> None:
        self.error_label.hide()
        self.download_button.hide()

    # --- views --------------------------------------------------------------------------------

    def set_tinted_available(self, available: bool) -> None:
        item = self.view_picker.model().item(TINTED)  # type: ignore[attr-defined]
        item.setEnabled(available)
        if not available and self.view_picker.currentIndex() == TINTED:
            self.view_picker.setCurrentIndex(PLAIN)

    def _show_chosen_view(self) -> None:
        """While a run streams, the plain view shows it; the others are drawn when it ends."""
        shown = PLAIN if self.running else self.view_picker.currentData()
        if self._stale.get(shown):
            self._stale[shown] = False
            if shown == FORMATTED:
                self.markdown_view.set_markdown(self._final_text)
            else:
                self.logprob_view.set_tokens(self._final_logprobs)
        self.output_stack.setCurrentIndex(shown)
        self.tint_legend.setVisible(shown == TINTED)

    def _show_thinking(self, on: bool) -> None:
        self.thinking_view.setVisible(on)
        self.thinking_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    @staticmethod
    def _copy(text: str, button: QPushButton) -> None:
        QGuiApplication.clipboard().setText(text)
        show_copied(button)


def _cell(label: str, value: str, span: int = 1) -> str:
    """A bold label and its value as table cells (both escaped)."""
    return (
        f"<td style='padding-right:8px' nowrap><b>{html.escape(label)}</b></td>"
        f"<td style='padding-right:24px' colspan='{span}'>{html.escape(value)}</td>"
    )


def _append(view: BoundedPlainText, text: str) -> None:
    """Insert at the end; follow along only if the reader was already at the bottom."""
    bar = view.verticalScrollBar()
    at_bottom = bar.value() >= bar.maximum() - 4
    view.append_text(text)
    if at_bottom:
        bar.setValue(bar.maximum())
