"""Context carry-over, logprobs, curl, presets and the run history."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.ui.generate.tab import GenerateTab
from tests.fake_ollama import Reply
from tests.ui.generate.conftest import choose, run_and_finish, shown_request


def run_in_shell(command: str, folder) -> subprocess.CompletedProcess[str]:
    """Run a pasted command as a terminal would: as a script, so no argument-size limit."""
    script = folder / "pasted.sh"
    script.write_text(command + "\n", encoding="utf-8")
    return subprocess.run(["sh", str(script)], capture_output=True, text=True, timeout=30)


def test_context_carries_over_and_resets(tab: GenerateTab, qtbot, fake_ollama) -> None:
    assert tab.context_label.text() == "nothing to continue from yet"
    tab.prompt.setPlainText("My name is Ada.")
    assert "context" not in run_and_finish(qtbot, tab)
    first_context = list(tab.carried_context)
    assert first_context
    assert tab.context_label.text() == f"{len(first_context)} tokens from the last run"
    tab.context_check.setChecked(True)
    assert tab.context_label.text() == f"{len(first_context)} tokens will be sent"
    tab.prompt.setPlainText("What is my name?")
    shown = run_and_finish(qtbot, tab)
    assert shown == fake_ollama.requests[-1].json
    assert shown["context"] == first_context
    assert len(tab.carried_context) > len(first_context)
    qtbot.mouseClick(tab.request_form.context_reset, Qt.MouseButton.LeftButton)
    assert tab.context_label.text() == "nothing to continue from yet"
    assert "context" not in run_and_finish(qtbot, tab)


def test_switching_models_forgets_the_context(tab, qtbot, fake_ollama) -> None:
    tab.prompt.setPlainText("hello")
    run_and_finish(qtbot, tab)
    assert tab.carried_context
    tab.context_check.setChecked(True)
    choose(qtbot, tab, "qwen3:0.6b")
    assert tab.carried_context == []
    assert "context" not in run_and_finish(qtbot, tab)


def test_logprobs_tint_and_alternatives(tab, qtbot, fake_ollama) -> None:
    assert tab.logprobs_box.isVisible()  # the test server is 0.32.15
    tinted = tab.view_picker.model().item(2)
    fake_ollama.reply = Reply(tokens=["Hello", " world"])
    tab.prompt.setPlainText("hi")
    run_and_finish(qtbot, tab)
    assert not tinted.isEnabled()  # nothing to tint without log probabilities
    tab.logprobs_check.setChecked(True)
    tab.top_logprobs.setValue(3)
    sent = run_and_finish(qtbot, tab)
    assert sent == fake_ollama.requests[-1].json
    assert sent["logprobs"] is True and sent["top_logprobs"] == 3
    assert tinted.isEnabled()
    tab.view_picker.setCurrentIndex(2)
    assert tab.result.output_stack.currentWidget() is tab.logprob_view
    assert tab.logprob_view.toPlainText() == "Hello world"
    tip = tab.logprob_view.tooltip_at(7)
    assert tip.startswith("“ world”") and tip.count("\n") == 3
    assert len(json.loads(tab.response_view.toPlainText())["logprobs"]) == 2


def test_logprobs_and_max_thinking_hidden_on_older_servers(
    qtbot, qloop, make_context, fake_ollama
) -> None:
    fake_ollama.version = "0.12.0"
    old = GenerateTab(make_context())
    qtbot.addWidget(old)
    old.show()
    qtbot.waitUntil(lambda: old.server_version == "0.12.0")
    qtbot.waitUntil(lambda: "smollm2:135m" in old.capabilities)
    assert not old.logprobs_box.isVisible()
    assert not old.think_picker.model().item(old.think_picker.findData("max")).isEnabled()
    old.logprobs_check.setChecked(True)
    old.prompt.setPlainText("hi")
    assert "logprobs" not in run_and_finish(qtbot, old)


@pytest.mark.skipif(shutil.which("curl") is None, reason="needs curl")
def test_copy_as_curl_reproduces_the_request(tab, qtbot, fake_ollama, tmp_path) -> None:
    choose(qtbot, tab, "qwen3:0.6b")
    tab.prompt.setPlainText('Say "hello" to O\'Brien & co. — ünïcode\nnew line')
    tab.system.setPlainText("$HOME `whoami` $(id) \\ backslash")
    tab.options.set_value("seed", 3)
    tab.options.set_value("stop", ["END", "'"])
    tab.think_picker.setCurrentIndex(tab.think_picker.findData("off"))
    tab.format_picker.setCurrentIndex(tab.format_picker.findData("schema"))
    tab.schema_editor.setPlainText('{"type": "object", "description": "it\'s"}')
    tab.stream_check.setChecked(False)
    fake_ollama.reply = Reply(tokens=["{}"])
    run_and_finish(qtbot, tab)
    sent = fake_ollama.requests[-1].json
    assert sent == shown_request(tab)
    qtbot.mouseClick(tab.curl_button, Qt.MouseButton.LeftButton)
    command = QGuiApplication.clipboard().text()
    assert command.startswith("curl ") and fake_ollama.url in command
    result = run_in_shell(command, tmp_path)
    assert result.returncode == 0, result.stderr
    assert fake_ollama.requests[-1].path == "/api/generate"
    assert fake_ollama.requests[-1].json == sent
    assert json.loads(result.stdout)["done"] is True
    assert "clipboard" in tab.status.text()
    assert tab.curl_button.text() == "Copied ✓"  # the button says so, for a moment
    qtbot.waitUntil(lambda: tab.curl_button.text() == "Copy as curl", timeout=5000)


@pytest.mark.skipif(shutil.which("curl") is None, reason="needs curl")
def test_curl_with_a_big_image_and_streaming(tab, qtbot, fake_ollama, tmp_path) -> None:
    choose(qtbot, tab, "llava:7b")
    tab.request_form.add_image(bytes(range(256)) * 1200, "big.png")  # 300 kB
    tab.prompt.setPlainText("What is in it?")
    run_and_finish(qtbot, tab)
    sent = fake_ollama.requests[-1].json
    command = tab.curl_text()
    assert "-N" in command.split()
    result = run_in_shell(command, tmp_path)
    assert result.returncode == 0, result.stderr
    assert fake_ollama.requests[-1].json == sent == shown_request(tab)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[-1]["done"] is True and len(lines) > 1


def test_curl_before_any_run_uses_the_form(tab) -> None:
    tab.prompt.setPlainText("hi")
    assert '"prompt": "hi"' in tab.curl_text()


def test_presets_restore_the_whole_request(tab, qtbot, qloop, make_context, data_dir) -> None:
    choose(qtbot, tab, "qwen3:0.6b")
    tab.prompt.setPlainText("Summarise:")
    tab.system.setPlainText("One sentence.")
    tab.options.set_value("temperature", 0.1)
    tab.think_picker.setCurrentIndex(tab.think_picker.findData("high"))
    tab.format_picker.setCurrentIndex(tab.format_picker.findData("json"))
    tab.keep_alive.setText("10m")
    tab.save_preset("Summary")
    assert (data_dir / "presets" / "generate.json").exists()
    again = GenerateTab(make_context())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.model_picker.count() == 4)
    assert again.presets.names() == ["Summary"]
    again.preset_picker.setCurrentIndex(again.preset_picker.findData("Summary"))
    again.preset_picker.activated.emit(again.preset_picker.currentIndex())
    qtbot.waitUntil(lambda: "qwen3:0.6b" in again.capabilities)
    qtbot.waitUntil(lambda: again.think_picker.isEnabled())
    assert again.form() == tab.form()
    assert again.options.values()["temperature"] == 0.1
    again._delete_selected_preset()
    assert again.presets.names() == []


def test_history_keeps_runs_reopens_reuses_and_compares(tab, qtbot, fake_ollama) -> None:
    for temperature, words in ((0.2, ["cool ", "answer"]), (0.9, ["wild ", "answer"])):
        fake_ollama.reply = Reply(tokens=words)
        tab.prompt.setPlainText("hi")
        tab.options.set_value("temperature", temperature)
        run_and_finish(qtbot, tab)
    assert len(tab.history) == 2 and tab.history_list.count() == 2
    newest = tab.history_list.item(0).text()
    assert "smollm2:135m" in newest and "tokens/s" in newest and "wild answer" in newest
    tab.history_list.selectAll()
    dialog = tab.compare_selected()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "options.temperature" in dialog.difference.text()
    assert [view.toPlainText() for view in dialog.outputs] == ["cool answer", "wild answer"]
    tab.history_list.clearSelection()
    tab.history_list.item(1).setSelected(True)
    tab.reopen_selected()
    assert tab.output.toPlainText() == "cool answer"
    assert shown_request(tab)["options"] == {"temperature": 0.2}
    assert "Generated" in tab.stats.text() and "Showing the run" in tab.status.text()
    tab.reuse_selected()
    assert tab.options.values()["temperature"] == 0.2
    assert tab.compare_selected() is None  # one selected is not two
