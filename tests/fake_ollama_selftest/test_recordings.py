"""The test server answers like the recorded real servers: status, headers, body shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.fake_ollama import FakeOllama

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "ollama-samples"
pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason="recordings not beside the project")

# sample file → (method, path, JSON body)
CASES: dict[str, tuple[str, str, Any]] = {
    "version.txt": ("GET", "/api/version", None),
    "root-get.txt": ("GET", "/", None),
    "root-head.txt": ("HEAD", "/", None),
    "tags.txt": ("GET", "/api/tags", None),
    "show-unknown-model.txt": ("POST", "/api/show", {"model": "nope"}),
    "chat-unknown-model.txt": ("POST", "/api/chat", {"model": "nope", "messages": []}),
    "generate-unknown-model.txt": ("POST", "/api/generate", {"model": "nope", "prompt": "x"}),
    "generate-nonstream.txt": (
        "POST",
        "/api/generate",
        {"model": "smollm2:135m", "prompt": "Capital of France?", "stream": False},
    ),
    "chat-nonstream.txt": (
        "POST",
        "/api/chat",
        {
            "model": "smollm2:135m",
            "messages": [{"role": "user", "content": "2+2"}],
            "stream": False,
        },
    ),
    "generate-stream.txt": ("POST", "/api/generate", {"model": "smollm2:135m", "prompt": "x"}),
    "chat-stream.txt": (
        "POST",
        "/api/chat",
        {"model": "smollm2:135m", "messages": [{"role": "user", "content": "colors"}]},
    ),
    "generate-load-only.txt": ("POST", "/api/generate", {"model": "smollm2:135m"}),
    "generate-unload.txt": (
        "POST",
        "/api/generate",
        {"model": "smollm2:135m", "keep_alive": 0},
    ),
    "embed.txt": ("POST", "/api/embed", {"model": "smollm2:135m", "input": "hello"}),
    "pull-nonexistent-localregistry-nonstream.txt": (
        "POST",
        "/api/pull",
        {"model": "nothing-here:1b", "stream": False},
    ),
    "pull-localregistry-without-insecure.txt": (
        "POST",
        "/api/pull",
        {"model": "127.0.0.1:5000/library/smollm2:135m", "stream": False},
    ),
}


def parse_sample(name: str) -> tuple[int, dict[str, str], bytes]:
    raw = (SAMPLES / name).read_bytes()
    separator = b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n"
    head, _, body = raw.partition(separator)
    lines = head.decode().replace("\r\n", "\n").split("\n")
    status = int(lines[0].split()[1])
    headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    return status, headers, body


def shape(value: Any) -> Any:
    """Keys in order, recursively; values reduced to their type."""
    if isinstance(value, dict):
        return [(key, shape(item)) for key, item in value.items()]
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    return type(value).__name__


@pytest.fixture(scope="module")
def server():
    with FakeOllama() as fake:
        yield fake


@pytest.mark.parametrize("sample", sorted(CASES))
def test_same_status_headers_and_body_shape(server: FakeOllama, sample: str) -> None:
    status, headers, body = parse_sample(sample)
    method, path, payload = CASES[sample]
    server.reset()
    response = requests.request(method, server.url + path, json=payload, timeout=10)
    assert response.status_code == status
    ignored = {"Date"}
    assert set(response.headers) - ignored == set(headers) - ignored
    assert response.headers.get("Content-Type") == headers.get("Content-Type")
    if method == "HEAD" or not body:
        assert response.content == b""
        return
    if headers.get("Content-Type", "").startswith("text/plain"):
        assert response.content == body
        return
    recorded = [json.loads(line) for line in body.splitlines() if line.strip()]
    answered = [json.loads(line) for line in response.content.splitlines() if line.strip()]
    if "error" in recorded[0] or sample in ("tags.txt", "version.txt"):
        expected = recorded
        if sample == "version.txt":
            expected = [{"version": server.version}]
        assert answered == expected
        return
    assert [shape(item) for item in answered[:1]] == [shape(item) for item in recorded[:1]]
    assert shape(answered[-1]) == shape(recorded[-1])


def test_copy_and_delete_answer_200_with_an_empty_body(server: FakeOllama) -> None:
    server.reset()
    for sample, method, path, payload in (
        ("copy.txt", "POST", "/api/copy", {"source": "smollm2:135m", "destination": "c"}),
        ("delete.txt", "DELETE", "/api/delete", {"model": "c"}),
    ):
        status, headers, _ = parse_sample(sample)
        response = requests.request(method, server.url + path, json=payload, timeout=10)
        assert (response.status_code, response.content) == (status, b"")
        assert set(response.headers) - {"Date"} == set(headers) - {"Date"}
    status, _, body = parse_sample("delete-nonexistent.txt")
    response = requests.delete(server.url + "/api/delete", json={"model": "smollm2-copy"})
    assert (response.status_code, response.content) == (status, body)


def test_pull_already_present_replays_the_recording(server: FakeOllama) -> None:
    server.reset()
    server.blobs.update({digest: size for digest, size in server.registry["smollm2:135m"].layers})
    response = requests.post(server.url + "/api/pull", json={"model": "smollm2:135m"}, timeout=10)
    recorded = (SAMPLES / "pull-already-present.ndjson").read_bytes()
    assert response.content == recorded
    assert response.headers["Content-Type"] == "application/x-ndjson"


def test_show_replays_the_recorded_body(server: FakeOllama) -> None:
    server.reset()
    _, _, body = parse_sample("show.txt")
    response = requests.post(server.url + "/api/show", json={"model": "smollm2:135m"}, timeout=10)
    assert response.json() == json.loads(body)


def test_unknown_path_and_wrong_method_are_plain_text(server: FakeOllama) -> None:
    response = requests.get(server.url + "/api/nothing", timeout=10)
    assert (response.status_code, response.text) == (404, "404 page not found")
    response = requests.get(server.url + "/api/chat", timeout=10)
    assert (response.status_code, response.text) == (405, "405 method not allowed")
    response = requests.post(server.url + "/api/chat", timeout=10)
    assert (response.status_code, response.json()) == (400, {"error": "missing request body"})
