"""Every field of the form reaches the server exactly as the Request view shows it."""

from __future__ import annotations

import base64

from desktop.services.generate.options import ALL, OptionSpec
from desktop.ui.generate.tab import GenerateTab
from tests.fake_ollama import FakeOllama, Reply
from tests.ui.generate.conftest import choose, run_and_finish, shown_request

NAMES = [
    "generateModelPicker", "generatePrompt", "generateSystem", "generateRawCheck",
    "generateContextCheck", "generateFormatPicker", "generateRunButton", "generateStopButton",
    "generateOutput", "generateStats", "generateRequestView", "generateCurlButton",
]  # fmt: skip


def other_value(spec: OptionSpec):
    """A valid value that is not the default, of the type the server expects."""
    if spec.kind == "bool":
        return not spec.default
    if spec.kind == "list":
        return ["END", "###"]
    step = spec.step * 3
    value = spec.default + step if spec.default + step <= spec.maximum else spec.default - step
    return round(value, 3) if spec.kind == "float" else int(value)


def test_automation_names(tab: GenerateTab) -> None:
    for name in NAMES:
        widget = tab.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_every_field_and_option_reaches_the_server_as_shown(
    tab: GenerateTab, qtbot, fake_ollama: FakeOllama
) -> None:
    choose(qtbot, tab, "qwen3:0.6b")
    assert tab.think_picker.isEnabled()
    tab.prompt.setPlainText('Plan a picnic «ünïcode» "quoted"')
    tab.system.setPlainText("Be brief.")
    tab.template.setPlainText("{{ .System }} {{ .Prompt }}")
    tab.format_picker.setCurrentIndex(tab.format_picker.findData("schema"))
    tab.schema_editor.setPlainText('{"type": "object"}')
    tab.think_picker.setCurrentIndex(tab.think_picker.findData("low"))
    expected_options = {spec.name: other_value(spec) for spec in ALL}
    for name, value in expected_options.items():
        tab.options.set_value(name, value)
    tab.keep_alive.setText("-1")
    tab.request_form.truncate_check.setChecked(False)
    tab.request_form.shift_check.setChecked(False)
    tab.logprobs_check.setChecked(True)
    tab.top_logprobs.setValue(2)
    fake_ollama.reply = Reply(tokens=['{"ok": true}'], thinking=["hmm"])
    shown = run_and_finish(qtbot, tab)
    sent = fake_ollama.requests[-1].json
    assert shown == sent
    assert sent == {
        "model": "qwen3:0.6b",
        "prompt": 'Plan a picnic «ünïcode» "quoted"',
        "system": "Be brief.",
        "template": "{{ .System }} {{ .Prompt }}",
        "format": {"type": "object"},
        "think": "low",
        "truncate": False,
        "shift": False,
        "options": expected_options,
        "keep_alive": -1,
        "logprobs": True,
        "top_logprobs": 2,
        "stream": True,
    }
    assert tab.thinking_view.toPlainText() == "hmm"
    assert "matches the schema" in tab.json_status.text()
    assert f"{len(ALL)} changed" in tab.advanced_toggle.text()


def test_a_fresh_form_sends_only_model_prompt_and_stream(tab, qtbot, fake_ollama) -> None:
    tab.prompt.setPlainText("hi")
    shown = run_and_finish(qtbot, tab)
    assert (
        shown
        == fake_ollama.requests[-1].json
        == {
            "model": "smollm2:135m",
            "prompt": "hi",
            "stream": True,
        }
    )


def test_suffix_only_for_models_that_fill_in_the_middle(tab, qtbot, fake_ollama) -> None:
    assert not tab.suffix.isEnabled() and tab.suffix_note.isVisible()
    tab.suffix.setPlainText("ignored: this model can't")
    tab.prompt.setPlainText("def add(a, b):")
    assert "suffix" not in run_and_finish(qtbot, tab)
    choose(qtbot, tab, "qwen2.5-coder:1.5b")
    assert tab.suffix.isEnabled() and tab.suffix_note.isHidden()
    tab.suffix.setPlainText("    return result")
    shown = run_and_finish(qtbot, tab)
    assert shown == fake_ollama.requests[-1].json
    assert shown["suffix"] == "    return result"


def test_images_only_for_models_that_see(tab, qtbot, fake_ollama, tmp_path) -> None:
    assert not tab.image_box.isVisible() and tab.request_form.image_note.isVisible()
    choose(qtbot, tab, "llava:7b")
    assert tab.image_box.isVisible() and tab.request_form.image_note.isHidden()
    image = tmp_path / "cat.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    tab.request_form.add_image_file(str(image))
    tab.request_form.add_image(b"second", "dog.jpg")
    tab.prompt.setPlainText("What is this?")
    shown = run_and_finish(qtbot, tab)
    sent = fake_ollama.requests[-1].json
    assert shown == sent
    assert sent["images"] == [
        base64.b64encode(b"\x89PNG\r\n\x1a\nfake").decode(),
        base64.b64encode(b"second").decode(),
    ]
    tab.request_form.image_list.item(0).setSelected(True)
    tab.request_form.remove_images()
    assert tab.request_form.images == [b"second"]
    tab.request_form.remove_images()
    assert "images" not in run_and_finish(qtbot, tab)


def test_thinking_levels_follow_the_model_and_server(tab, qtbot, fake_ollama) -> None:
    assert not tab.think_picker.isEnabled()
    assert tab.request_form.think_note.isVisible()
    choose(qtbot, tab, "qwen3:0.6b")
    assert tab.request_form.think_note.isHidden()
    max_item = tab.think_picker.model().item(tab.think_picker.findData("max"))
    assert max_item.isEnabled()  # the test server says 0.32.15
    for choice, sent in (("off", False), ("on", True), ("high", "high"), ("max", "max")):
        tab.think_picker.setCurrentIndex(tab.think_picker.findData(choice))
        tab.prompt.setPlainText("think")
        assert run_and_finish(qtbot, tab)["think"] == sent
        assert fake_ollama.requests[-1].json["think"] == sent


def test_raw_mode_switches_off_what_the_server_rejects(tab, qtbot, fake_ollama) -> None:
    tab.prompt.setPlainText("My name is Ada.")
    run_and_finish(qtbot, tab)
    tab.context_check.setChecked(True)
    tab.prompt.setPlainText("<|im_start|>user\nhi<|im_end|>")
    tab.system.setPlainText("ignored in raw mode")
    tab.template.setPlainText("{{ .Prompt }}")
    tab.raw_check.setChecked(True)
    assert not tab.system.isEnabled() and not tab.context_check.isEnabled()
    assert not tab.template.isEnabled()
    assert tab.raw_note.isVisible() and "not sent" in tab.raw_note.text()
    assert "not sent in raw mode" in tab.context_label.text()
    shown = run_and_finish(qtbot, tab)
    assert shown == fake_ollama.requests[-1].json
    assert shown["raw"] is True
    assert not {"system", "template", "context"} & set(shown)


def test_only_changed_options_are_sent(tab, qtbot, fake_ollama) -> None:
    tab.prompt.setPlainText("hi")
    tab.options.set_value("temperature", 0.5)
    tab.options.set_value("seed", 7)
    tab.options.reset("temperature")
    assert run_and_finish(qtbot, tab)["options"] == {"seed": 7}
    assert fake_ollama.requests[-1].json["options"] == {"seed": 7}
    tab.options.reset_all()
    assert "options" not in run_and_finish(qtbot, tab)


def test_the_models_own_defaults_are_shown_and_respected(tab, qtbot, fake_ollama) -> None:
    fake_ollama.add_model(
        "tuned:1b",
        parameters={"temperature": 0.6, "top_k": 20, "stop": ["<|end|>", "<|user|>"]},
    )
    tab.refresh_models()
    qtbot.waitUntil(lambda: tab.model_picker.findText("tuned:1b") >= 0)
    tab.options.set_value("seed", 3)  # the user's change survives the model switch
    choose(qtbot, tab, "tuned:1b")
    values = tab.options.values()
    assert values["temperature"] == 0.6 and values["top_k"] == 20 and values["seed"] == 3
    assert values["stop"] == ["<|end|>", "<|user|>"]
    hint = tab.options.findChild(object, "optionDefault_temperature")
    assert hint.text() == "model's default: 0.6"
    tab.prompt.setPlainText("hi")
    assert run_and_finish(qtbot, tab)["options"] == {"seed": 3}
    tab.options.set_value("temperature", 0.8)  # Ollama's built-in value, but not this model's
    tab.options.set_value("stop", ["<|end|>", "<|user|>", "END"])
    assert run_and_finish(qtbot, tab)["options"] == {
        "temperature": 0.8,
        "seed": 3,
        "stop": ["<|end|>", "<|user|>", "END"],
    }
    assert shown_request(tab) == fake_ollama.requests[-1].json


def test_non_streaming_run(tab, qtbot, fake_ollama) -> None:
    fake_ollama.reply = Reply(tokens=["All", " at", " once."])
    tab.prompt.setPlainText("hi")
    tab.stream_check.setChecked(False)
    shown = run_and_finish(qtbot, tab)
    assert shown == fake_ollama.requests[-1].json and shown["stream"] is False
    assert tab.output.toPlainText() == "All at once."
    assert "Generated" in tab.stats.text()


def test_keep_alive_words_and_numbers(tab, qtbot, fake_ollama) -> None:
    tab.prompt.setPlainText("hi")
    for text, sent in (("10m", "10m"), ("300", 300), ("0", 0)):
        tab.keep_alive.setText(text)
        assert run_and_finish(qtbot, tab)["keep_alive"] == sent
        assert fake_ollama.requests[-1].json["keep_alive"] == sent


def test_embedding_models_are_not_offered(tab) -> None:
    names = [tab.model_picker.itemText(i) for i in range(tab.model_picker.count())]
    assert "nomic-embed-text:latest" not in names and "qwen3:0.6b" in names


def test_json_output_says_small_models_struggle_and_limits_the_reply(
    tab, qtbot, fake_ollama
) -> None:
    choose(qtbot, tab, "smollm2:135m")
    note = tab.findChild(object, "generateJsonNote")
    assert note is not None and not note.isVisible()
    tab.format_picker.setCurrentIndex(tab.format_picker.findData("json"))
    assert note.isVisible() and "valid JSON" in note.text() and "1,000" in note.text()
    tab.prompt.setPlainText("A person as JSON")
    fake_ollama.reply = Reply(tokens=['{"name": "Ada"}'])
    run_and_finish(qtbot, tab)
    sent = fake_ollama.requests[-1].json
    assert sent["format"] == "json" and sent["options"] == {"num_predict": 1000}
    assert sent == shown_request(tab)
