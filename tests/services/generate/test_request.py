"""Request building: fields, raw mode, schema errors, keep-alive, options and defaults."""

from __future__ import annotations

import pytest

from desktop.services.generate.options import changed_options, model_defaults
from desktop.services.generate.request import (
    JSON_REPLY_LIMIT,
    FormError,
    GenerateForm,
    build_request,
    keep_alive_value,
)


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
    assert body["options"] == {"temperature": 0.2, "stop": ["\n\n"], "num_predict": 1000}
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


def test_truncate_and_shift_are_sent_only_when_switched_off() -> None:
    assert "truncate" not in build_request(GenerateForm(model="m"))
    body = build_request(GenerateForm(model="m", truncate=False, shift=False))
    assert body["truncate"] is False and body["shift"] is False


def test_schema_error_carries_the_position_of_the_mistake() -> None:
    text = '{\n  "type": }'
    with pytest.raises(FormError) as caught:
        build_request(GenerateForm(model="m", format_mode="schema", schema_text=text))
    assert caught.value.position == text.index("}")


def test_the_models_parameters_become_the_defaults() -> None:
    defaults = model_defaults(
        {
            "temperature": ["0.6"],
            "top_k": ["20"],
            "stop": ["<|im_start|>", "<|im_end|>"],
            "use_mmap": ["false"],
            "num_ctx": ["not a number"],
            "mirostat": ["2"],
        }
    )
    assert defaults["temperature"] == 0.6 and defaults["top_k"] == 20
    assert defaults["stop"] == ["<|im_start|>", "<|im_end|>"]
    assert defaults["use_mmap"] is False
    assert defaults["num_ctx"] == 4096 and "mirostat" not in defaults
    form = GenerateForm(model="m", options={"temperature": 0.8, "top_k": 20, "seed": 1})
    assert build_request(form, defaults=defaults)["options"] == {"temperature": 0.8, "seed": 1}
    assert build_request(form)["options"] == {"top_k": 20, "seed": 1}


def test_floats_within_the_editors_precision_count_as_unchanged() -> None:
    assert changed_options({"temperature": 0.6}, {"temperature": 0.6000001}) == {}
    assert changed_options({"temperature": 0.61}, {"temperature": 0.6}) == {"temperature": 0.61}
    assert changed_options({"top_k": 40.0}) == {}
    assert isinstance(changed_options({"top_k": 41.0})["top_k"], int)


def test_json_replies_get_a_length_limit_unless_one_was_set() -> None:
    for mode, schema in (("json", ""), ("schema", '{"type": "object"}')):
        body = build_request(GenerateForm(model="m", format_mode=mode, schema_text=schema))
        assert body["options"] == {"num_predict": JSON_REPLY_LIMIT}
    chosen = GenerateForm(model="m", format_mode="json", options={"num_predict": 50})
    assert build_request(chosen)["options"] == {"num_predict": 50}
    assert "options" not in build_request(GenerateForm(model="m", prompt="free text"))
