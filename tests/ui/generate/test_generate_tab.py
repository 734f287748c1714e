"""The Generate tab against the test server: what is shown is exactly what is sent."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.ui.generate.tab import GenerateTab
from tests.fake_ollama import FakeOllama, Reply
from tests.ui.generate.conftest import finish

NAMES = [
    "generateModelPicker", "generatePrompt", "generateSystem", "generateRawCheck",
    "generateContextCheck", "generateFormatPicker", "generateRunButton", "generateStopButton",
    "generateOutput", "generateStats", "generateRequestView", "generateCurlButton",
]  # fmt: skip


def shown_request(tab: GenerateTab) -> dict:
    return json.loads(tab.request_view.toPlainText())


def test_automation_names(tab: GenerateTab) -> None:
    for name in NAMES:
        widget = tab.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_plain_run_streams_output_and_shows_stats(tab, qtbot, fake_ollama: FakeOllama) -> None:
    fake_ollama.reply = Reply(tokens=["The", " sky", " is", " blue."], done_reason="length")
    tab.prompt.setPlainText("Why is the sky blue?")
    finished = qtbot.waitSignal(tab.generation_finished, timeout=10_000)
    with finished:
        tab.run()
    assert tab.output.toPlainText() == "The sky is blue."
    stats = tab.stats.text()
    assert "tokens/s" in stats and "Total time" in stats and "reply length limit" in stats
    assert shown_request(tab) == fake_ollama.requests[-1].json
    assert json.loads(tab.response_view.toPlainText())["done_reason"] == "length"


def test_every_field_reaches_the_server_as_shown(tab, qtbot, fake_ollama, tmp_path) -> None:
    tab.model_picker.setCurrentText("qwen3:0.6b")
    qtbot.waitUntil(lambda: tab.think_picker.isEnabled())
    tab.prompt.setPlainText("Plan a picnic")
    tab.system.setPlainText("Be brief.")
    tab.template.setPlainText("{{ .System }} {{ .Prompt }}")
    tab.format_picker.setCurrentIndex(tab.format_picker.findData("schema"))
    tab.schema_editor.setPlainText('{"type": "object"}')
    tab.think_picker.setCurrentIndex(tab.think_picker.findData("low"))
    tab.options.set_value("temperature", 0.3)
    tab.options.set_value("seed", 42)
    tab.options.set_value("num_ctx", 8192)
    tab.options.set_value("stop", ["END"])
    tab.keep_alive.setText("-1")
    fake_ollama.reply = Reply(tokens=['{"ok": true}'], thinking=["hmm"])
    tab.run()
    finish(qtbot, tab)
    sent = fake_ollama.requests[-1].json
    assert shown_request(tab) == sent
    assert sent["options"] == {"temperature": 0.3, "seed": 42, "stop": ["END"], "num_ctx": 8192}
    assert sent["think"] == "low" and sent["keep_alive"] == -1
    assert sent["format"] == {"type": "object"} and sent["system"] == "Be brief."
    assert tab.thinking_view.toPlainText() == "hmm"
    assert "matches the schema" in tab.json_status.text()


def test_suffix_and_images_only_for_models_that_can(tab, qtbot, fake_ollama, tmp_path) -> None:
    assert not tab.suffix.isEnabled() and not tab.suffix_note.isHidden()
    assert not tab.image_box.isEnabled() and not tab.think_picker.isEnabled()
    tab.model_picker.setCurrentText("qwen2.5-coder:1.5b")
    qtbot.waitUntil(lambda: tab.suffix.isEnabled())
    tab.prompt.setPlainText("def add(a, b):")
    tab.suffix.setPlainText("    return result")
    tab.run()
    finish(qtbot, tab)
    assert fake_ollama.requests[-1].json["suffix"] == "    return result"
    tab.model_picker.setCurrentText("llava:7b")
    qtbot.waitUntil(lambda: tab.image_box.isEnabled())
    image = tmp_path / "cat.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    tab.add_image_file(str(image))
    tab.run()
    finish(qtbot, tab)
    sent = fake_ollama.requests[-1].json
    assert sent["images"] == ["iVBORw0KGgpmYWtl"] and "suffix" not in sent
    assert shown_request(tab) == sent


def test_only_changed_options_are_sent(tab, qtbot, fake_ollama) -> None:
    tab.prompt.setPlainText("hi")
    tab.options.set_value("temperature", 0.5)
    tab.options.reset("temperature")
    tab.run()
    finish(qtbot, tab)
    assert "options" not in fake_ollama.requests[-1].json


def test_raw_mode_switches_off_what_the_server_rejects(tab, qtbot, fake_ollama) -> None:
    tab.prompt.setPlainText("<|im_start|>user\nhi<|im_end|>")
    tab.system.setPlainText("ignored in raw mode")
    tab.raw_check.setChecked(True)
    assert not tab.system.isEnabled() and not tab.context_check.isEnabled()
    assert tab.raw_note.isVisible()
    tab.run()
    finish(qtbot, tab)
    sent = fake_ollama.requests[-1].json
    assert sent["raw"] is True and "system" not in sent
    assert "context" not in fake_ollama.requests[-1].json


def test_context_carries_over_and_resets(tab, qtbot, fake_ollama) -> None:
    tab.prompt.setPlainText("My name is Ada.")
    tab.run()
    finish(qtbot, tab)
    first_context = list(tab.carried_context)
    assert first_context
    assert f"{len(first_context)} context tokens carried" == tab.context_label.text()
    tab.context_check.setChecked(True)
    tab.prompt.setPlainText("What is my name?")
    tab.run()
    finish(qtbot, tab)
    assert fake_ollama.requests[-1].json["context"] == first_context
    assert len(tab.carried_context) > len(first_context)
    tab.reset_context()
    assert tab.context_label.text() == "nothing carried yet"
    tab.run()
    finish(qtbot, tab)
    assert "context" not in fake_ollama.requests[-1].json


@pytest.mark.skipif(shutil.which("curl") is None, reason="needs curl")
def test_copy_as_curl_reproduces_the_request(tab, qtbot, fake_ollama) -> None:
    tab.prompt.setPlainText('Say "hello" to O\'Brien & co.')
    tab.system.setPlainText("$HOME `whoami`")
    tab.options.set_value("seed", 3)
    tab.stream_check.setChecked(False)
    tab.run()
    finish(qtbot, tab)
    sent = fake_ollama.requests[-1].json
    qtbot.mouseClick(tab.curl_button, Qt.MouseButton.LeftButton)
    command = QGuiApplication.clipboard().text()
    assert command.startswith("curl ")
    result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert fake_ollama.requests[-1].json == sent == shown_request(tab)
    assert json.loads(result.stdout)["done"] is True


def test_stop_closes_the_connection_and_keeps_the_text(tab, qtbot, fake_ollama) -> None:
    fake_ollama.reply = Reply(tokens=["word "] * 500, rate=40)
    tab.prompt.setPlainText("Go on and on")
    tab.run()
    qtbot.waitUntil(lambda: "word" in tab.output.toPlainText(), timeout=5000)
    qtbot.keyClick(tab.prompt, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: fake_ollama.disconnects > 0, timeout=2000)
    finish(qtbot, tab)
    assert "Stopped" in tab.status.text()
    assert tab.output.toPlainText().startswith("word")
    assert tab.run_button.isEnabled() and not tab.stop_button.isEnabled()


def test_ctrl_enter_runs(tab, qtbot, fake_ollama) -> None:
    tab.prompt.setPlainText("hi")
    tab.prompt.setFocus()
    qtbot.keyClick(tab.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.current_task is not None
    finish(qtbot, tab)
    assert fake_ollama.requests[-1].path == "/api/generate"


def test_error_mid_stream_keeps_partial_output(tab, qtbot, fake_ollama) -> None:
    fake_ollama.reply = Reply(tokens=["Once", " upon", " a", " time"], error_after=2,
                              error_message="model runner has unexpectedly stopped")  # fmt: skip
    tab.prompt.setPlainText("A story")
    tab.run()
    finish(qtbot, tab)
    assert tab.output.toPlainText() == "Once upon"
    assert "unexpectedly stopped" in tab.error_label.text()
    assert "kept" in tab.error_label.text()
    assert tab.error_label.isVisible()


def test_missing_model_offers_the_download(tab, qtbot, fake_ollama) -> None:
    fake_ollama.remove_model("smollm2:135m")
    tab.prompt.setPlainText("hi")
    tab.run()
    finish(qtbot, tab)
    assert "isn't installed" in tab.error_label.text()
    assert tab.download_button.isVisible()
    with qtbot.waitSignal(tab.download_requested) as requested:
        qtbot.mouseClick(tab.download_button, Qt.MouseButton.LeftButton)
    assert requested.args == ["smollm2:135m"]


def test_invalid_schema_is_refused_before_sending(tab, qtbot, fake_ollama) -> None:
    tab.prompt.setPlainText("hi")
    tab.format_picker.setCurrentIndex(tab.format_picker.findData("schema"))
    tab.schema_editor.setPlainText('{"type": }')
    assert "line 1" in tab.schema_status.text()
    before = len(fake_ollama.requests)
    assert tab.run() is None
    assert len(fake_ollama.requests) == before
    assert "isn't valid JSON" in tab.error_label.text()


def test_output_that_breaks_the_schema_names_the_first_violation(tab, qtbot, fake_ollama) -> None:
    fake_ollama.reply = Reply(tokens=['{"name": 7}'])
    tab.prompt.setPlainText("hi")
    tab.format_picker.setCurrentIndex(tab.format_picker.findData("schema"))
    tab.schema_editor.setPlainText('{"type":"object","properties":{"name":{"type":"string"}}}')
    tab.run()
    finish(qtbot, tab)
    assert "name" in tab.json_status.text() and "string" in tab.json_status.text()
    assert tab.output.toPlainText() == '{\n  "name": 7\n}'


def test_logprobs_tint_and_alternatives(tab, qtbot, fake_ollama) -> None:
    assert tab.logprobs_box.isVisible()  # 0.32.15 has them
    fake_ollama.reply = Reply(tokens=["Hello", " world"])
    tab.prompt.setPlainText("hi")
    tab.logprobs_check.setChecked(True)
    tab.top_logprobs.setValue(3)
    tab.run()
    finish(qtbot, tab)
    sent = fake_ollama.requests[-1].json
    assert sent["logprobs"] is True and sent["top_logprobs"] == 3
    tab.view_picker.setCurrentIndex(2)
    assert tab.logprob_view.toPlainText() == "Hello world"
    tip = tab.logprob_view.tooltip_at(7)
    assert tip.startswith("“ world”") and tip.count("\n") == 3


def test_logprobs_hidden_on_older_servers(qtbot, qloop, aclient, fake_ollama, data_dir) -> None:
    from desktop.services.context import AppContext

    fake_ollama.version = "0.12.0"
    old = GenerateTab(AppContext(ollama=aclient, data_dir=data_dir))
    qtbot.addWidget(old)
    old.show()
    qtbot.waitUntil(lambda: old.model_picker.count() == 1)
    qtbot.waitUntil(lambda: old.server_version == "0.12.0")
    assert not old.logprobs_box.isVisible()


def test_presets_restore_the_whole_request(tab, qtbot, qloop, aclient, data_dir) -> None:
    from desktop.services.context import AppContext

    tab.prompt.setPlainText("Summarise:")
    tab.system.setPlainText("One sentence.")
    tab.options.set_value("temperature", 0.1)
    tab.format_picker.setCurrentIndex(tab.format_picker.findData("json"))
    tab.save_preset("Summary")
    again = GenerateTab(AppContext(ollama=aclient, data_dir=data_dir))
    qtbot.addWidget(again)
    assert again.presets.names() == ["Summary"]
    again.load_preset("Summary")
    assert again.form() == tab.form()


def test_history_keeps_runs_and_compares_two(tab, qtbot, fake_ollama) -> None:
    for temperature in (0.2, 0.9):
        tab.prompt.setPlainText("hi")
        tab.options.set_value("temperature", temperature)
        tab.run()
        finish(qtbot, tab)
    assert len(tab.history) == 2 and tab.history_list.count() == 2
    tab.history_list.selectAll()
    dialog = tab.compare_selected()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "options" in dialog.difference.text()
    tab.output.clear()
    tab.reopen(1)
    assert tab.output.toPlainText() == tab.history[1].output
