"""Running, streaming, stopping and failing: what a person sees during and after a run.

The tests act as a person does (type, click Run or Stop, press keys) and look at what the
window shows, the tab's signals, and what reached the test server.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from desktop.ui.generate.tab import GenerateTab
from tests.fake_ollama import FakeOllama, Reply
from tests.ui.generate.conftest import choose, shown_request

RUN_TIMEOUT = 10_000


def click(qtbot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def run(qtbot, tab: GenerateTab, timeout: int = RUN_TIMEOUT) -> None:
    """Click Run and wait until the run has ended (done, stopped or failed)."""
    assert tab.run_button.isEnabled(), tab.error_label.text()
    with qtbot.waitSignal(tab.generation_finished, timeout=timeout):
        click(qtbot, tab.run_button)


def run_cleanly(qtbot, tab: GenerateTab) -> dict:
    """Run, check nothing failed; the request the tab shows."""
    run(qtbot, tab)
    assert tab.error_label.isHidden(), tab.error_label.text()
    return shown_request(tab)


def generate_requests(server: FakeOllama) -> list:
    return [request for request in server.requests if request.path == "/api/generate"]


def test_output_streams_and_the_figures_follow(tab: GenerateTab, qtbot, fake_ollama) -> None:
    fake_ollama.reply = Reply(tokens=["The", " sky", " is", " blue."], done_reason="length")
    tab.prompt.setPlainText("Why is the sky blue?")
    run(qtbot, tab)
    assert tab.output.toPlainText() == "The sky is blue."
    stats = tab.stats.text()
    # The test server reports 27 prompt tokens in 78.705 ms, 4 tokens in 121.171 ms, 203 ms.
    assert "Total time" in stats and "203 ms" in stats
    assert "Loading the model" in stats and "1 ms" in stats
    assert "27 tokens, read at 343.1 tokens/s" in stats
    assert "4 tokens, written at 33.0 tokens/s" in stats
    assert "reply length limit" in stats
    response = json.loads(tab.response_view.toPlainText())
    assert response["done_reason"] == "length" and response["response"] == "The sky is blue."
    assert response["eval_count"] == 4
    assert shown_request(tab) == fake_ollama.requests[-1].json
    assert tab.status.text() == "Done: smollm2:135m answered in 203 ms."


def test_streaming_is_coalesced_per_frame(tab: GenerateTab, qtbot, fake_ollama) -> None:
    tokens = [f"w{i} " for i in range(3000)]
    fake_ollama.reply = Reply(tokens=tokens)
    tab.prompt.setPlainText("lots")
    output_changes = []
    tab.output.textChanged.connect(lambda: output_changes.append(1))
    run(qtbot, tab, timeout=30_000)
    assert tab.output.toPlainText() == "".join(tokens)
    # Tokens are joined and drawn once a frame, not one by one.
    assert 1 <= len(output_changes) < len(tokens) / 10


def test_stop_closes_the_connection_and_keeps_the_text(tab, qtbot, fake_ollama) -> None:
    fake_ollama.reply = Reply(tokens=["word "] * 500, rate=40)
    tab.prompt.setPlainText("Go on and on")
    click(qtbot, tab.run_button)
    assert tab.stop_button.isEnabled() and not tab.run_button.isEnabled()
    qtbot.waitUntil(lambda: "word" in tab.output.toPlainText(), timeout=5000)
    with qtbot.waitSignal(tab.generation_finished, timeout=RUN_TIMEOUT):
        qtbot.keyClick(tab.prompt, Qt.Key.Key_Escape)
    assert fake_ollama.wait_for_disconnect(timeout=2)
    qtbot.waitUntil(lambda: fake_ollama.active_streams == 0, timeout=2000)
    assert "Stopped" in tab.status.text()
    assert tab.output.toPlainText().startswith("word")
    assert tab.output.toPlainText().count("word") < 500
    assert tab.run_button.isEnabled() and not tab.stop_button.isEnabled()
    assert "(stopped)" in tab.history_list.item(0).text()


def test_stop_button_stops_too(tab, qtbot, fake_ollama) -> None:
    fake_ollama.reply = Reply(tokens=["word "] * 500, rate=40)
    tab.prompt.setPlainText("Go on")
    click(qtbot, tab.run_button)
    qtbot.waitUntil(lambda: "word" in tab.output.toPlainText(), timeout=5000)
    with qtbot.waitSignal(tab.generation_finished, timeout=RUN_TIMEOUT):
        click(qtbot, tab.stop_button)
    assert fake_ollama.wait_for_disconnect(timeout=2)
    assert "Stopped" in tab.status.text()


def test_ctrl_enter_runs(tab, qtbot, fake_ollama) -> None:
    tab.prompt.setPlainText("hi")
    tab.prompt.setFocus()
    with qtbot.waitSignal(tab.generation_finished, timeout=RUN_TIMEOUT):
        qtbot.keyClick(tab.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [r.json["prompt"] for r in generate_requests(fake_ollama)] == ["hi"]
    run(qtbot, tab)  # a second run starts once the first is over
    assert len(generate_requests(fake_ollama)) == 2


def test_thinking_has_its_own_section(tab, qtbot, fake_ollama) -> None:
    choose(qtbot, tab, "qwen3:0.6b")
    fake_ollama.reply = Reply(thinking=["Let me ", "see."], tokens=["Four."])
    tab.prompt.setPlainText("2+2?")
    run_cleanly(qtbot, tab)
    assert tab.thinking_view.toPlainText() == "Let me see."
    assert tab.thinking_view.isVisible() and tab.output.toPlainText() == "Four."
    assert json.loads(tab.response_view.toPlainText())["thinking"] == "Let me see."
    click(qtbot, tab.findChild(QAbstractButton, "generateThinkingToggle"))
    assert tab.thinking_view.isHidden()


def test_error_mid_stream_keeps_partial_output(tab, qtbot, fake_ollama) -> None:
    fake_ollama.reply = Reply(tokens=["Once", " upon", " a", " time"], error_after=2,
                              error_message="model runner has unexpectedly stopped")  # fmt: skip
    tab.prompt.setPlainText("A story")
    run(qtbot, tab)
    assert tab.output.toPlainText() == "Once upon"
    assert "unexpectedly stopped" in tab.error_label.text()
    assert "kept" in tab.error_label.text() and tab.error_label.isVisible()
    assert "(failed) Once upon" in tab.history_list.item(0).text()


def test_a_cut_connection_keeps_partial_output(tab, qtbot, fake_ollama) -> None:
    fake_ollama.reply = Reply(tokens=["a", "b", "c", "d"], cut_after=3)
    tab.prompt.setPlainText("x")
    run(qtbot, tab)
    assert tab.output.toPlainText() == "abc"
    assert tab.error_label.isVisible() and "kept" in tab.error_label.text()


def test_missing_model_offers_the_download(tab, qtbot, fake_ollama) -> None:
    fake_ollama.remove_model("smollm2:135m")
    tab.prompt.setPlainText("hi")
    run(qtbot, tab)
    assert "isn't installed" in tab.error_label.text()
    assert tab.download_button.isVisible() and "smollm2:135m" in tab.download_button.text()
    with qtbot.waitSignal(tab.download_requested) as requested:
        click(qtbot, tab.download_button)
    assert requested.args == ["smollm2:135m"]


def test_a_400_names_the_field_to_change(tab, qtbot, fake_ollama: FakeOllama) -> None:
    body = json.dumps({"error": "raw mode does not support template, system, or context"})
    fake_ollama.override("/api/generate", status=400, body=body.encode(),
                         content_type="application/json", times=1)  # fmt: skip
    tab.prompt.setPlainText("hi")
    run(qtbot, tab)
    assert "turn raw mode off" in tab.error_label.text()
    assert tab.download_button.isHidden()
    tab.keep_alive.setText("-1m-")
    run(qtbot, tab)
    assert generate_requests(fake_ollama)[-1].json["keep_alive"] == "-1m-"
    assert "Keep loaded" in tab.error_label.text()


def test_invalid_schema_is_refused_and_the_cursor_points_at_it(tab, qtbot, fake_ollama) -> None:
    tab.prompt.setPlainText("hi")
    tab.format_picker.setCurrentIndex(tab.format_picker.findData("schema"))
    assert tab.schema_editor.isVisible()
    tab.schema_editor.setPlainText('{\n  "type": }')
    assert "line 2" in tab.schema_status.text() and "✗" in tab.schema_status.text()
    before = len(fake_ollama.requests)
    click(qtbot, tab.run_button)
    assert len(fake_ollama.requests) == before  # refused before anything is sent
    assert tab.run_button.isEnabled()
    assert "isn't valid JSON" in tab.error_label.text()
    assert tab.schema_editor.hasFocus()
    assert tab.schema_editor.textCursor().position() == len('{\n  "type": ')
    tab.schema_editor.setPlainText('{"type": "object"}')
    assert "✓" in tab.schema_status.text()
    tab.format_picker.setCurrentIndex(tab.format_picker.findData("none"))
    assert not tab.schema_editor.isVisible()


def test_output_that_breaks_the_schema_names_the_first_violation(tab, qtbot, fake_ollama) -> None:
    fake_ollama.reply = Reply(tokens=['{"name": 7}'])
    tab.prompt.setPlainText("hi")
    tab.format_picker.setCurrentIndex(tab.format_picker.findData("schema"))
    tab.schema_editor.setPlainText('{"type":"object","properties":{"name":{"type":"string"}}}')
    run_cleanly(qtbot, tab)
    assert "name" in tab.json_status.text() and "string" in tab.json_status.text()
    assert tab.json_status.text().startswith("✗")
    assert tab.output.toPlainText() == '{\n  "name": 7\n}'


def test_plain_json_is_pretty_printed_and_checked(tab, qtbot, fake_ollama) -> None:
    fake_ollama.reply = Reply(tokens=['{"a":', "[1,2]}"])
    tab.prompt.setPlainText("hi")
    tab.format_picker.setCurrentIndex(tab.format_picker.findData("json"))
    assert run_cleanly(qtbot, tab)["format"] == "json"
    assert tab.json_status.text() == "✓ Valid JSON"
    assert tab.output.toPlainText() == '{\n  "a": [\n    1,\n    2\n  ]\n}'
    fake_ollama.reply = Reply(tokens=['{"a": '])
    run_cleanly(qtbot, tab)
    assert "isn't valid JSON" in tab.json_status.text()


def test_markdown_view_is_rendered_once_and_safely(tab, qtbot, fake_ollama) -> None:
    text = "# Title\n\n**bold** <img src='/etc/passwd'> <b>raw</b> ![x](file:///etc/hosts)"
    fake_ollama.reply = Reply(tokens=[text[:20], text[20:]])
    tab.view_picker.setCurrentIndex(1)
    tab.prompt.setPlainText("hi")
    with qtbot.waitSignal(tab.generation_finished, timeout=RUN_TIMEOUT):
        click(qtbot, tab.run_button)
        assert tab.output.isVisible() and not tab.markdown_view.isVisible()  # plain while streaming
    assert tab.markdown_view.isVisible() and not tab.output.isVisible()
    shown = tab.markdown_view.toPlainText()
    assert "Title" in shown and "<b>raw</b>" in shown and "<img" in shown
    assert not any("passwd" in url for url in tab.markdown_view.resources_requested)
    assert not tab.markdown_view.openLinks() and not tab.markdown_view.openExternalLinks()


def test_the_formatted_view_is_drawn_only_when_shown(tab, qtbot, fake_ollama) -> None:
    fake_ollama.reply = Reply(tokens=["**bold**"])
    tab.prompt.setPlainText("hi")
    run_cleanly(qtbot, tab)
    assert tab.markdown_view.toPlainText() == ""
    tab.view_picker.setCurrentIndex(1)
    assert tab.markdown_view.toPlainText() == "bold" and tab.markdown_view.isVisible()
    tab.view_picker.setCurrentIndex(0)
    assert tab.output.isVisible() and not tab.markdown_view.isVisible()


def test_no_model_means_no_request(qtbot, qloop, make_context, fake_ollama) -> None:
    fake_ollama.remove_model("smollm2:135m")
    empty = GenerateTab(make_context())
    qtbot.addWidget(empty)
    empty.show()
    qtbot.waitUntil(lambda: "No models are installed" in empty.status.text())
    before = len(fake_ollama.requests)
    empty.prompt.setPlainText("hi")
    qtbot.keyClick(empty.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Pick a model" in empty.error_label.text()
    assert len(fake_ollama.requests) == before
