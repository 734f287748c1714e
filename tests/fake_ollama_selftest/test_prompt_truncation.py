"""The test server cuts a chat to the model's memory the way Ollama's ``chatPrompt`` does."""

from __future__ import annotations

from typing import Any

import requests

from tests.fake_ollama import FakeOllama
from tests.fake_ollama.prompt import (
    MESSAGE_OVERHEAD,
    OVERFLOW_ERROR,
    PROMPT_TAIL,
    count_prompt,
    count_text,
)

MODEL = "smollm2:135m"


def chat(fake: FakeOllama, messages: list[dict[str, Any]], **fields: Any) -> requests.Response:
    body = {"model": MODEL, "messages": messages, "stream": False, **fields}
    return requests.post(f"{fake.url}/api/chat", json=body, timeout=5)


def long_chat(turns: int, words: int = 200) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = [{"role": "system", "content": "Be brief."}]
    for n in range(turns):
        messages.append({"role": "user", "content": f"question {n} " + "word " * words})
        messages.append({"role": "assistant", "content": f"answer {n} " + "reply " * words})
    messages.append({"role": "user", "content": "What was my first question?"})
    return messages


def test_counting_is_a_tokenizer_like_rule() -> None:
    assert count_text("Hello, world!") == 2 + 1 + 2 + 1  # 5-byte words: 2 each; marks 1
    assert count_text("internationalization") == 5  # 20 bytes
    assert count_text("   ") == 0
    assert count_text("日本語") == 3  # 9 bytes
    assert count_prompt([{"role": "user", "content": "hi"}], with_images=False) == (
        MESSAGE_OVERHEAD + 1 + PROMPT_TAIL
    )


def test_a_short_chat_is_counted_whole(fake_ollama: FakeOllama) -> None:
    messages = [{"role": "user", "content": "Name three colors please"}]
    answer = chat(fake_ollama, messages).json()
    assert answer["prompt_eval_count"] == count_prompt(messages, with_images=False)
    assert fake_ollama.cuts[-1].dropped == 0


def test_a_long_chat_loses_its_oldest_messages_but_keeps_the_system_prompt(
    fake_ollama: FakeOllama,
) -> None:
    messages = long_chat(12)  # ~ 12 × 2 × 210 tokens: more than 4096
    whole = count_prompt(messages, with_images=False)
    assert whole > 4096
    answer = chat(fake_ollama, messages).json()
    cut = fake_ollama.cuts[-1]
    assert cut.dropped > 0 and cut.whole == whole
    assert answer["prompt_eval_count"] == cut.tokens <= 4096
    kept = [messages[0], *messages[1 + cut.dropped :]]
    assert cut.tokens == count_prompt(kept, with_images=False)


def test_num_ctx_comes_from_the_request_then_the_modelfile_capped_by_training(
    fake_ollama: FakeOllama,
) -> None:
    messages = long_chat(12)
    chat(fake_ollama, messages, options={"num_ctx": 16384})
    assert fake_ollama.cuts[-1].dropped == 0
    loaded = requests.get(f"{fake_ollama.url}/api/ps", timeout=5).json()["models"][0]
    assert loaded["context_length"] == 8192  # smollm2 was trained for 8192
    fake_ollama.add_model("big:1b", context_length=32768, parameters={"num_ctx": 2048})
    reply = requests.post(
        f"{fake_ollama.url}/api/chat",
        json={"model": "big:1b", "messages": long_chat(5), "stream": False},
        timeout=5,
    ).json()
    assert reply["prompt_eval_count"] <= 2048 and fake_ollama.cuts[-1].dropped > 0


def test_truncate_false_refuses_instead_of_cutting(fake_ollama: FakeOllama) -> None:
    refused = chat(fake_ollama, long_chat(12), truncate=False)
    assert refused.status_code == 400 and refused.json() == {"error": OVERFLOW_ERROR}
    fits = chat(fake_ollama, long_chat(1), truncate=False)
    assert fits.status_code == 200


def test_older_servers_ignore_truncate_and_have_no_loaded_context(
    fake_ollama: FakeOllama,
) -> None:
    fake_ollama.version = "0.9.0"
    answer = chat(fake_ollama, long_chat(12), truncate=False)
    assert answer.status_code == 200 and fake_ollama.cuts[-1].dropped > 0
    loaded = requests.get(f"{fake_ollama.url}/api/ps", timeout=5).json()["models"][0]
    assert "context_length" not in loaded
    fake_ollama.version = "0.5.0"  # before 0.6.7 the default was 2048
    chat(fake_ollama, long_chat(6))
    assert fake_ollama.cuts[-1].tokens <= 2048 < fake_ollama.cuts[-1].whole


def test_images_count_768_on_a_vision_model(fake_ollama: FakeOllama) -> None:
    fake_ollama.add_model("llava:7b", capabilities=("completion", "vision"))
    messages = [{"role": "user", "content": "what is this", "images": ["aGVsbG8="]}]
    answer = requests.post(
        f"{fake_ollama.url}/api/chat",
        json={"model": "llava:7b", "messages": messages, "stream": False},
        timeout=5,
    ).json()
    assert answer["prompt_eval_count"] == count_prompt(messages, with_images=False) + 768
