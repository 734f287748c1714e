"""Reading a finished run: figures, JSON checks, errors in words, the folded response."""

from __future__ import annotations

from desktop.ollama.errors import ModelNotFound, RequestRejected, ServerError, StreamBroken
from desktop.ollama.types import GenerateChunk
from desktop.services.generate.results import (
    RunFigures,
    check_json,
    explain_done_reason,
    explain_error,
    rate_text,
)
from desktop.services.generate.runner import RunOutcome


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
    figures = RunFigures.from_chunk(final)
    assert figures.total == "1.50 s" and figures.load == "20 ms"
    assert figures.prompt_time == "100 ms" and figures.generate_time == "1.00 s"
    assert (figures.prompt_tokens, figures.prompt_rate) == (10, 100.0)
    assert (figures.generated_tokens, figures.rate) == (50, 50.0)
    assert "reply length limit" in figures.reason_in_words


def test_figures_from_the_final_chunk() -> None:
    final = GenerateChunk(done=True, done_reason="stop", total_duration=2_000_000_000,
                          load_duration=None, prompt_eval_count=None, eval_count=8,
                          eval_duration=2_000_000_000, context=[1, 2, 3])  # fmt: skip
    figures = RunFigures.from_chunk(final)
    assert figures.total == "2.00 s" and figures.load == "–"
    assert figures.prompt_tokens == 0 and figures.prompt_rate is None
    assert figures.generated_tokens == 8 and figures.rate == 4.0
    assert figures.context_tokens == 3
    assert figures.reason_in_words.startswith("Finished")
    assert rate_text(None) == "–" and rate_text(12345.67) == "12,345.7"
    assert "did not say" in explain_done_reason(None)
    assert "(weird)" in explain_done_reason("weird")


def test_more_errors_in_words() -> None:
    wrong_type = ServerError(500, 'option "temperature" must be of type float32')
    assert "temperature" in explain_error(wrong_type) and "reset" in explain_error(wrong_type)
    embed = RequestRejected(400, '"nomic-embed-text" does not support generate')
    assert "embeddings" in explain_error(embed)
    think = RequestRejected(400, '"m" does not support thinking')
    assert "Thinking" in explain_error(think)
    other = RequestRejected(400, "something new")
    assert explain_error(other) == other.message


def test_response_json_folds_the_stream_back_together() -> None:
    outcome = RunOutcome(text="Hello", thinking="hm", logprobs=[{"token": "Hello"}])
    assert outcome.response_json is None
    outcome.final = GenerateChunk(model="m", done=True, done_reason="stop", eval_count=1)
    data = outcome.response_json
    assert data is not None
    assert data["response"] == "Hello" and data["thinking"] == "hm"
    assert data["logprobs"] == [{"token": "Hello"}] and data["done_reason"] == "stop"
