"""Typed results: API field names as attributes, timestamps, unknown fields kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop.ollama.types import (
    ChatChunk,
    GenerateChunk,
    ModelInfo,
    ProgressEvent,
    RunningModel,
    ShowResponse,
    parse_timestamp,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-25T05:48:29Z", datetime(2026, 11, 25, 5, 48, 29, tzinfo=UTC)),
        ("2026-11-25T05:48:29.1Z", datetime(2026, 11, 25, 5, 48, 29, 100000, tzinfo=UTC)),
        ("2026-11-25T05:48:29.29244368Z", datetime(2026, 11, 25, 5, 48, 29, 292443, tzinfo=UTC)),
        ("2026-11-25T05:48:29.879157077Z", datetime(2026, 11, 25, 5, 48, 29, 879157, tzinfo=UTC)),
        (
            "2026-11-25T06:48:14.879157077+01:00",
            datetime(2026, 11, 25, 6, 48, 14, 879157, tzinfo=timezone(timedelta(hours=1))),
        ),
        (
            "2026-11-24T21:48:14-08:00",
            datetime(2026, 11, 24, 21, 48, 14, tzinfo=timezone(timedelta(hours=-8))),
        ),
        ("0001-01-01T00:00:00Z", datetime(1, 1, 1, tzinfo=UTC)),
        ("", None),
        ("yesterday", None),
    ],
)
def test_parse_timestamp(text: str, expected: datetime | None) -> None:
    assert parse_timestamp(text) == expected


def test_chat_chunk_reads_nested_message_and_keeps_unknown_fields() -> None:
    chunk = ChatChunk.from_json(
        {
            "model": "m",
            "created_at": "2026-11-25T05:48:29.377387774Z",
            "message": {"role": "assistant", "content": "", "thinking": "hm", "mood": "calm"},
            "done": True,
            "done_reason": "stop",
            "eval_count": 21,
            "eval_duration": 121171000,
            "brand_new_field": [1, 2],
        }
    )
    assert chunk.message.thinking == "hm"
    assert chunk.message.extra == {"mood": "calm"}
    assert chunk.extra == {"brand_new_field": [1, 2]}
    assert chunk.tokens_per_second == pytest.approx(21 / 0.121171)
    assert chunk.created_at == datetime(2026, 11, 25, 5, 48, 29, 377387, tzinfo=UTC)


def test_tool_calls_are_typed() -> None:
    chunk = ChatChunk.from_json(
        {
            "message": {
                "role": "assistant",
                "content": "",
                "tool_calls": [{"function": {"index": 0, "name": "f", "arguments": {"x": 1}}}],
            },
            "done": True,
        }
    )
    assert chunk.message.tool_calls is not None
    assert chunk.message.tool_calls[0].function.name == "f"
    assert chunk.message.tool_calls[0].function.arguments == {"x": 1}


def test_load_and_unload_are_not_replies() -> None:
    load = GenerateChunk.from_json({"response": "", "done": True, "done_reason": "load"})
    reply = GenerateChunk.from_json({"response": "hi", "done": True, "done_reason": "stop"})
    assert load.is_load_or_unload and not reply.is_load_or_unload


def test_progress_missing_counts_are_zero() -> None:
    event = ProgressEvent.from_json({"status": "pulling abc", "digest": "sha256:abc", "total": 9})
    assert (event.total, event.completed) == (9, 0)


def test_running_model_gpu_split_and_forever() -> None:
    far = (datetime.now(UTC) + timedelta(days=365 * 290)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    model = RunningModel.from_json(
        {"name": "m", "size": 200, "size_vram": 50, "expires_at": far, "details": {}}
    )
    assert model.gpu_fraction == 0.25
    assert model.stays_loaded()
    soon = RunningModel.from_json({"expires_at": "2026-11-25T05:53:29.377544031Z", "size": 1})
    assert not soon.stays_loaded(now=datetime(2026, 11, 25, 5, 49, tzinfo=UTC))


def test_model_info_details() -> None:
    info = ModelInfo.from_json(
        {
            "name": "smollm2:135m",
            "modified_at": "2026-11-25T05:48:14.879157077Z",
            "size": 98362745,
            "details": {"family": "llama", "parameter_size": "134.52M", "context_length": 8192},
            "capabilities": ["completion"],
        }
    )
    assert info.details.parameter_size == "134.52M"
    assert info.details.context_length == 8192
    assert info.modified_at is not None and info.modified_at.year == 2026


def test_show_context_length_and_parameters() -> None:
    show = ShowResponse.from_json(
        {
            "parameters": 'stop                           "<|im_start|>"\n'
            'stop                           "<|im_end|>"\ntemperature                    0.2',
            "model_info": {"general.architecture": "llama", "llama.context_length": 8192},
            "details": {},
            "capabilities": ["completion"],
        }
    )
    assert show.context_length == 8192
    assert show.parameter_values() == {
        "stop": ["<|im_start|>", "<|im_end|>"],
        "temperature": ["0.2"],
    }
