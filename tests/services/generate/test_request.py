"""Request building, options, curl, result checks and error wording (no Qt, no network)."""

from __future__ import annotations

import json
import shlex

import pytest

from desktop.ollama.errors import ModelNotFound, RequestRejected, StreamBroken
from desktop.ollama.types import GenerateChunk
from desktop.services.generate.curl import curl_command
from desktop.services.generate.options import changed_options
from desktop.services.generate.presets import PresetStore
from desktop.services.generate.request import (
    FormError,
    GenerateForm,
    build_request,
    keep_alive_value,
)
from desktop.services.generate.results import check_json, explain_error, stats_lines


def test_minimal_request_sends_only_what_was_set() -> None:
    body = build_request(GenerateForm(model="m", prompt="hi"))
    assert body == {"model": "m", "prompt": "hi", "stream": True}


def test_every_field_in_client_order() -> None:
    form = GenerateForm(
        model="m", prompt="p", system="s", template="{{ .Prompt }}", suffix="end",
        carry_context=True, format_mode="json", think="high",
        options={"temperature": 0.2, "top_k": 40, "stop": ["\n\n", ""]},
        keep_alive="10m", stream=False, logprobs=True, top_logprobs=3,
    )  # fmt: skip
    body = build_request(form, context=[1, 2, 3], images=[b"\x89PNG"])
    assert list(body) == [
        "model", "prompt", "suffix", "system", "template", "context", "format", "think",
        "images", "options", "keep_alive", "logprobs", "top_logprobs", "stream",
    ]  # fmt: skip
    assert body["options"] == {"temperature": 0.2, "stop": ["\n\n"]}
    assert body["images"] == ["iVBORw=="]
    assert body["think"] == "high" and body["stream"] is False


def test_raw_mode_drops_system_template_and_context() -> None:
    form = GenerateForm(model="m", prompt="p", system="s", template="t", raw=True,
                        carry_context=True)  # fmt: skip
    body = build_request(form, context=[9])
    assert body["raw"] is True
    assert not {"system", "template", "context"} & set(body)


def test_schema_errors_point_at_the_mistake() -> None:
    form = GenerateForm(model="m", format_mode="schema", schema_text='{\n  "type": object\n}')
    with pytest.raises(FormError) as caught:
        build_request(form)
    assert caught.value.field == "schema"
    assert "line 2" in caught.value.message and "column" in caught.value.message
    with pytest.raises(FormError, match="object"):
        build_request(GenerateForm(model="m", format_mode="schema", schema_text="[1]"))
    with pytest.raises(FormError) as missing:
        build_request(GenerateForm(prompt="x"))
    assert missing.value.field == "model"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("", None),
        ("300", 300),
        ("-1", -1),
        ("0", 0),
        ("1.5", 1.5),
        ("5m", "5m"),
        ("1h30m", "1h30m"),
    ],
)
def test_keep_alive_numbers_are_numbers(text: str, value: object) -> None:
    assert keep_alive_value(text) == value


def test_changed_options_ignore_defaults() -> None:
    assert changed_options({"temperature": 0.8, "num_ctx": 4096, "use_mmap": True}) == {}
    assert changed_options({"num_ctx": 8192, "use_mmap": False}) == {
        "num_ctx": 8192,
        "use_mmap": False,
    }


def test_curl_command_round_trips_through_a_shell() -> None:
    body = {"model": "m", "prompt": 'it\'s "quoted" $HOME `x`', "stream": False}
    command = curl_command("http://127.0.0.1:11434/", body)
    words = shlex.split(command)
    assert words[:3] == ["curl", "-sS", "http://127.0.0.1:11434/api/generate"]
    assert json.loads(words[words.index("-d") + 1]) == body


def test_json_check_pretty_prints_and_names_the_first_violation() -> None:
    schema = {
        "type": "object",
        "properties": {"age": {"type": "integer"}},
        "required": ["age", "name"],
    }
    good = check_json('{"age": 3, "name": "x"}', schema)
    assert good.problem is None and good.pretty.startswith("{\n")
    wrong_type = check_json('{"age": "three", "name": "x"}', schema)
    assert "age" in wrong_type.problem and "integer" in wrong_type.problem
    missing = check_json('{"age": 3}', schema)
    assert "name" in missing.problem
    broken = check_json('{"age": ', schema)
    assert "isn't valid JSON" in broken.problem


def test_errors_name_the_field_to_change() -> None:
    raw = RequestRejected(400, "raw mode does not support template, system, or context")
    assert "raw mode off" in explain_error(raw)
    insert = RequestRejected(400, "registry.ollama.ai/library/m does not support insert")
    assert "Suffix" in explain_error(insert)
    duration = RequestRejected(400, 'time: missing unit in duration "-1"')
    assert "seconds" in explain_error(duration)
    assert "isn't installed" in explain_error(ModelNotFound("m"))
    assert "kept" in explain_error(StreamBroken(server_message="boom", partial_text="a"))
    assert "unexpected" in explain_error(ValueError("internal"))


def test_stats_in_words() -> None:
    final = GenerateChunk(done=True, done_reason="length", total_duration=1_500_000_000,
                          load_duration=20_000_000, prompt_eval_count=10,
                          prompt_eval_duration=100_000_000, eval_count=50,
                          eval_duration=1_000_000_000)  # fmt: skip
    lines = dict(stats_lines(final))
    assert lines["Total time"] == "1.50 s" and lines["Loading the model"] == "20 ms"
    assert lines["Prompt"] == "10 tokens at 100.0 tokens/s"
    assert lines["Generated"] == "50 tokens at 50.0 tokens/s"
    assert "reply length limit" in lines["Why it stopped"]


def test_presets_round_trip_and_survive_a_corrupt_file(tmp_path) -> None:
    store = PresetStore(tmp_path)
    form = GenerateForm(model="m", prompt="p", options={"seed": 7}, format_mode="json")
    store.save("Repeatable", form)
    assert PresetStore(tmp_path).load("Repeatable") == form
    assert store.names() == ["Repeatable"]
    store.path.write_text("{not json")
    assert store.names() == []
    store.save("again", form)
    assert store.names() == ["again"]
    store.delete("again")
    assert store.names() == []
