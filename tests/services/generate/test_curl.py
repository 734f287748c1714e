"""Copy as curl: the command a shell runs sends the same body (no Qt, no network)."""

from __future__ import annotations

import json
import shlex

from desktop.services.generate.curl import curl_command


def test_curl_command_round_trips_through_a_shell() -> None:
    body = {"model": "m", "prompt": 'it\'s "quoted" $HOME `x`', "stream": False}
    command = curl_command("http://127.0.0.1:11434/", body)
    words = shlex.split(command)
    assert words[:3] == ["curl", "-sS", "http://127.0.0.1:11434/api/generate"]
    assert json.loads(words[words.index("-d") + 1]) == body


def test_streaming_requests_ask_curl_not_to_buffer() -> None:
    words = shlex.split(curl_command("http://h:1", {"model": "m", "stream": True}))
    assert "-N" in words


def test_a_big_body_goes_through_a_here_document() -> None:
    body = {"model": "m", "prompt": "line\nPADDOCK_JSON\n" + "x" * 200_000, "stream": False}
    command = curl_command("http://h:1", body)
    first, data, end = command.split("\n")
    assert first.endswith("--data-binary @- <<'PADDOCK_JSON'") and end == "PADDOCK_JSON"
    assert json.loads(data) == body
