"""Every client method against the test server over real loopback HTTP."""

from __future__ import annotations

import pytest

from desktop.ollama import (
    ModelNotFound,
    OllamaClient,
    RequestRejected,
    ServerError,
    ServerUnreachable,
    StreamBroken,
    UnexpectedResponse,
)
from tests.fake_ollama import FakeOllama, PullPlan, Reply


def test_version(client: OllamaClient, fake_ollama: FakeOllama) -> None:
    assert client.version() == "0.32.15"
    fake_ollama.version = "0.24.0"
    assert client.version() == "0.24.0"


def test_list_models_matches_the_recording(client: OllamaClient) -> None:
    (model,) = client.list_models()
    assert model.name == "smollm2:135m"
    assert model.size == 98362745
    assert model.details.quantization_level == "Q4_1"
    assert model.capabilities == ["completion"]
    assert model.modified_at is not None


def test_show(client: OllamaClient) -> None:
    show = client.show("smollm2:135m")
    assert show.details.family == "llama"
    assert show.context_length == 8192
    assert "stop" in show.parameter_values()
    assert "completion" in show.capabilities


def test_show_unknown_model_names_it(client: OllamaClient) -> None:
    with pytest.raises(ModelNotFound) as caught:
        client.show("nope")
    assert caught.value.model == "nope"
    assert "nope" in caught.value.message and "isn't installed" in caught.value.message
    assert "not found" in caught.value.detail


def test_copy_and_delete_have_empty_bodies(client: OllamaClient) -> None:
    client.copy("smollm2:135m", "smollm2-copy")
    assert {m.name for m in client.list_models()} == {"smollm2:135m", "smollm2-copy:latest"}
    client.delete("smollm2-copy")
    assert [m.name for m in client.list_models()] == ["smollm2:135m"]
    with pytest.raises(ModelNotFound):
        client.delete("smollm2-copy")


def test_generate_stream_and_final_stats(client: OllamaClient, fake_ollama: FakeOllama) -> None:
    fake_ollama.reply = Reply(tokens=["The", " sky", " is", " blue."])
    chunks = list(client.generate("smollm2:135m", "Why is the sky blue?"))
    assert "".join(c.response for c in chunks) == "The sky is blue."
    final = chunks[-1]
    assert final.done and final.done_reason == "stop"
    assert final.context and final.eval_count
    assert final.tokens_per_second is not None
    sent = fake_ollama.requests[-1]
    assert sent.path == "/api/generate"
    assert sent.json["prompt"] == "Why is the sky blue?" and sent.json["stream"] is True


def test_generate_without_stream(client: OllamaClient, fake_ollama: FakeOllama) -> None:
    fake_ollama.reply = Reply(tokens=["Paris."])
    result = client.generate("smollm2:135m", "Capital of France?", stream=False)
    assert result.response == "Paris." and result.done
    assert fake_ollama.requests[-1].json["stream"] is False


def test_load_only_generate(client: OllamaClient) -> None:
    result = client.generate("smollm2:135m", stream=False)
    assert result.done_reason == "load" and result.is_load_or_unload
    unloaded = client.generate("smollm2:135m", stream=False, keep_alive=0)
    assert unloaded.done_reason == "unload"


def test_chat_sends_fields_and_images_as_bare_base64(
    client: OllamaClient, fake_ollama: FakeOllama
) -> None:
    fake_ollama.add_model("llava:7b", capabilities=("completion", "vision"))
    fake_ollama.reply = Reply(tokens=["A", " cat"])
    messages = [{"role": "user", "content": "What is this?", "images": [b"\x89PNG"]}]
    chunks = list(client.chat("llava:7b", messages, options={"temperature": 0.2}))
    assert "".join(c.message.content for c in chunks) == "A cat"
    sent = fake_ollama.requests[-1].json
    assert sent["messages"][0]["images"] == ["iVBORw=="]
    assert sent["options"] == {"temperature": 0.2}


def test_chat_thinking_arrives_separately(client: OllamaClient, fake_ollama: FakeOllama) -> None:
    fake_ollama.add_model("qwen3:0.6b", capabilities=("completion", "thinking"))
    fake_ollama.reply = Reply(tokens=["4"], thinking=["2+2", " is 4"])
    chunks = list(client.chat("qwen3:0.6b", [{"role": "user", "content": "2+2?"}]))
    assert "".join(c.message.thinking or "" for c in chunks) == "2+2 is 4"
    assert "".join(c.message.content for c in chunks) == "4"


def test_chat_unknown_model(client: OllamaClient) -> None:
    with pytest.raises(ModelNotFound) as caught:
        list(client.chat("nope", [{"role": "user", "content": "hi"}]))
    assert caught.value.model == "nope"


def test_thinking_on_a_model_that_cannot_think_is_explained(client: OllamaClient) -> None:
    with pytest.raises(RequestRejected) as caught:
        list(client.chat("smollm2:135m", [{"role": "user", "content": "hi"}], think=True))
    assert caught.value.status == 400
    assert "thinking off" in caught.value.message


def test_error_mid_stream(client: OllamaClient, fake_ollama: FakeOllama) -> None:
    fake_ollama.reply = Reply(tokens=["a", "b", "c", "d"], error_after=2, error_message="boom")
    with pytest.raises(StreamBroken) as caught:
        list(client.chat("smollm2:135m", [{"role": "user", "content": "hi"}]))
    assert caught.value.partial_text == "ab"
    assert caught.value.server_message == "boom"


def test_cut_connection(client: OllamaClient, fake_ollama: FakeOllama) -> None:
    fake_ollama.reply = Reply(tokens=["a", "b", "c", "d"], cut_after=3)
    with pytest.raises(StreamBroken) as caught:
        list(client.generate("smollm2:135m", "hi"))
    assert caught.value.partial_text == "abc"


def test_malformed_line_mid_stream(client: OllamaClient, fake_ollama: FakeOllama) -> None:
    fake_ollama.reply = Reply(tokens=["a", "b", "c"], malformed_after=1)
    stream = client.generate("smollm2:135m", "hi")
    assert "".join(c.response for c in stream) == "abc"
    assert stream.malformed_lines == 1


def test_huge_final_line(client: OllamaClient, fake_ollama: FakeOllama) -> None:
    fake_ollama.reply = Reply(tokens=["ok"], huge_line_bytes=9_000_000)
    chunks = list(client.generate("smollm2:135m", "hi"))
    assert chunks[-1].done and len(chunks[-1].context or []) > 500_000


def test_html_page_from_a_proxy(client: OllamaClient, fake_ollama: FakeOllama) -> None:
    fake_ollama.html_error("/api/tags", status=502)
    with pytest.raises(UnexpectedResponse) as caught:
        client.list_models()
    assert caught.value.status == 502
    assert "proxy" in caught.value.message
    assert "502" in caught.value.excerpt


def test_empty_403_explains_the_host_check(client: OllamaClient, fake_ollama: FakeOllama) -> None:
    fake_ollama.empty_forbidden("/api/version")
    with pytest.raises(UnexpectedResponse) as caught:
        client.version()
    assert caught.value.status == 403
    assert "OLLAMA_HOST=0.0.0.0" in caught.value.message


def test_busy_server(client: OllamaClient, fake_ollama: FakeOllama) -> None:
    fake_ollama.override(
        "/api/chat",
        status=503,
        body=b'{"error":"server busy, please try again.  maximum pending requests exceeded"}',
        content_type="application/json; charset=utf-8",
    )
    with pytest.raises(ServerError) as caught:
        list(client.chat("smollm2:135m", [{"role": "user", "content": "hi"}]))
    assert caught.value.status == 503 and "busy" in caught.value.message


def test_endpoint_missing_on_an_older_server(client: OllamaClient) -> None:
    with pytest.raises(RequestRejected) as caught:
        client._json("GET", "/api/no-such-endpoint", timeout=(2, 2))
    assert caught.value.status == 404 and "older version" in caught.value.message


def test_refused_port_says_which_url(refused_url: str) -> None:
    with pytest.raises(ServerUnreachable) as caught:
        OllamaClient(refused_url).version()
    assert caught.value.reason == "refused"
    assert refused_url in caught.value.message


def test_unknown_host_name() -> None:
    with pytest.raises(ServerUnreachable) as caught:
        OllamaClient("http://no-such-host.invalid:11434").version()
    assert caught.value.reason == "dns"


def test_tls_to_a_plain_http_port(fake_ollama: FakeOllama) -> None:
    with pytest.raises(ServerUnreachable) as caught:
        OllamaClient(f"https://127.0.0.1:{fake_ollama.port}").version()
    assert caught.value.reason == "tls"


def test_pull_streams_progress_and_installs(client: OllamaClient, fake_ollama: FakeOllama) -> None:
    fake_ollama.registry_add("tiny:1b", layer_sizes=[3_000_000, 500, 90])
    fake_ollama.pull_plan = PullPlan(byte_rate=30_000_000, events_per_second=200)
    events = list(client.pull("tiny:1b"))
    assert events[0].status == "pulling manifest"
    assert events[-1].status == "success"
    digests = {e.digest for e in events if e.digest}
    assert len(digests) == 3
    assert "tiny:1b" in {m.name for m in client.list_models()}


def test_pull_unknown_model_is_an_error_line_after_status_200(client: OllamaClient) -> None:
    with pytest.raises(StreamBroken) as caught:
        list(client.pull("this-model-does-not-exist-xyz"))
    assert caught.value.server_message == "pull model manifest: file does not exist"


def test_blob_upload_and_create(client: OllamaClient, fake_ollama: FakeOllama, tmp_path) -> None:
    gguf = tmp_path / "tiny.gguf"
    gguf.write_bytes(b"GGUF" + bytes(300_000))
    seen: list[tuple[str, int, int]] = []
    digest = client.upload_blob(gguf, progress=lambda *args: seen.append(args))
    assert digest.startswith("sha256:") and client.blob_exists(digest)
    assert seen[-1] == ("uploading", 300_004, 300_004)
    assert any(stage == "hashing" for stage, _, _ in seen)
    events = list(client.create("imported", files={"tiny.gguf": digest}))
    assert events[-1].status == "success"
    assert "imported:latest" in {m.name for m in client.list_models()}


def test_api_key_and_extra_headers_are_sent(fake_ollama: FakeOllama) -> None:
    client = OllamaClient(fake_ollama.url, api_key="sekret", headers={"X-Team": "blue"})
    client.version()
    headers = {k.lower(): v for k, v in fake_ollama.requests[-1].headers.items()}
    assert headers["authorization"] == "Bearer sekret"
    assert headers["x-team"] == "blue"
    plain = OllamaClient(fake_ollama.url)
    plain.version()
    assert "authorization" not in {k.lower() for k in fake_ollama.requests[-1].headers}


def test_running_models_after_a_reply(client: OllamaClient) -> None:
    client.generate("smollm2:135m", "hi", stream=False)
    (running,) = client.running_models()
    assert running.name == "smollm2:135m"
    assert running.expires_at is not None and running.size > 0
