"""Feature gating on the server's version, in plain words."""

from __future__ import annotations

from desktop.services.features import supports, too_old_message, version_tuple


def test_versions_are_read_like_ollama_writes_them() -> None:
    assert version_tuple("0.12.11-rc1") == (0, 12, 11)
    assert version_tuple("0.32.15") == (0, 32, 15)
    assert version_tuple("garbage") == ()


def test_an_old_server_is_told_what_it_lacks_and_what_it_needs() -> None:
    assert supports("thinking", "0.9.0") and supports("thinking", "0.32.15")
    assert too_old_message("thinking", "0.32.15") == ""
    message = too_old_message("thinking", "0.6.2")
    assert message == (
        "Thinking needs Ollama 0.9.0 or newer; this server runs 0.6.2. Update Ollama to use it."
    )
    assert supports("logprobs", "0.0.0") and supports("logprobs", None)  # dev build, unknown
