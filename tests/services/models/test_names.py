"""Model names as typed: accepted forms, clear messages for the rest."""

from __future__ import annotations

import pytest

from desktop.services.models.names import check_model_name, display_name, name_key


@pytest.mark.parametrize(
    ("typed", "name", "host"),
    [
        ("llama3.2", "llama3.2", None),
        ("  qwen3:8b ", "qwen3:8b", None),
        ("library/mistral:7b", "library/mistral:7b", None),
        ("example.com:5000/team/m:v1.2", "example.com:5000/team/m:v1.2", "example.com:5000"),
        ("ollama run gemma3:4b", "gemma3:4b", None),
        ("ollama pull smollm2", "smollm2", None),
        ("https://ollama.com/library/phi4-mini", "phi4-mini", None),
        ("hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M",
         "hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M", "hf.co"),
    ],
)  # fmt: skip
def test_accepted_names(typed: str, name: str, host: str | None) -> None:
    check = check_model_name(typed)
    assert check.ok, check.message
    assert check.name == name
    assert check.host == host
    assert check.has_explicit_host is (host is not None)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "Type the name of a model"),
        ("llama 3", "can't contain spaces"),
        ("a/b/c/d", "at most three parts"),
        ("llama3:", "Add a tag after the colon"),
        ("a:b:c", "only one “:”"),
        ("-llama", "must start with a letter or a digit"),
        ("llama$", "contains “$”"),
        ("team.x/model", "namespace “team.x” contains “.”"),
        ("/model", "is missing"),
        ("x" * 81, "too long"),
    ],
)
def test_rejected_names_say_why(typed: str, words: str) -> None:
    check = check_model_name(typed)
    assert not check.ok
    assert words in check.message


def test_keys_and_display_names() -> None:
    assert name_key("Llama3.2") == name_key("registry.ollama.ai/library/llama3.2:latest")
    assert name_key("llama3.2:1b") != name_key("llama3.2:3b")
    assert display_name("llama3.2") == "llama3.2:latest"
    assert display_name("registry.ollama.ai/team/x") == "team/x:latest"
    assert display_name("example.com/team/x:1") == "example.com/team/x:1"
