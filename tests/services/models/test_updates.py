"""Model update checks over real HTTP: the test server and a loopback registry sharing it."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.ollama import AsyncOllamaClient, OllamaClient
from desktop.ollama.registry import ModelReference, RegistryClient
from desktop.services.downloads.queue import DownloadQueue, State
from desktop.services.downloads.store import DownloadStore
from desktop.services.models.update_store import FILE_NAME
from desktop.services.models.updates import DAY, ModelUpdates, UpdateState, describe
from desktop.services.operations import Operations
from tests.fake_ollama import FakeOllama
from tests.fake_ollama.registry import FakeRegistry

GB = 1_000_000_000


@pytest.fixture
def registry(fake_ollama: FakeOllama) -> Iterator[FakeRegistry]:
    served = FakeRegistry(fake_ollama).start()
    yield served
    served.stop()


class Clock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def make_updates(
    aclient: AsyncOllamaClient, data_dir: Path, registry: FakeRegistry, qloop
) -> Iterator[Callable[..., ModelUpdates]]:
    built: list[tuple[ModelUpdates, DownloadQueue, Operations]] = []

    def make(url: str | None = None, **keywords) -> ModelUpdates:
        operations = Operations()
        queue = DownloadQueue(lambda: aclient, DownloadStore(data_dir, operations))
        updates = ModelUpdates(
            lambda: aclient,
            RegistryClient(url or registry.url, timeout=(2.0, 5.0)),
            operations,
            data_dir,
            queue,
            **keywords,
        )
        built.append((updates, queue, operations))
        return updates

    yield make
    for updates, queue, operations in built:
        updates.close()
        queue.shutdown()
        operations.close()


def publish(fake: FakeOllama, name: str, sizes: list[int]) -> None:
    """``name`` is in the registry and installed exactly as published."""
    fake.registry_add(name, layer_sizes=sizes)
    fake.install_from_registry(name)


@pytest.fixture
def two_models(fake_ollama: FakeOllama) -> FakeOllama:
    """llama3.2:3b is current; qwen3:8b got new weights upstream."""
    fake_ollama.remove_model("smollm2:135m")
    publish(fake_ollama, "llama3.2:3b", [2 * GB, 1500, 120, 480])
    publish(fake_ollama, "qwen3:8b", [5 * GB, 1500, 120, 480])
    fake_ollama.registry_change_layer("qwen3:8b", 0, size=5_200_000_000)
    return fake_ollama


def states(updates: ModelUpdates, fake: FakeOllama) -> dict[str, UpdateState]:
    client = OllamaClient(fake.url)
    try:
        return {m.name: updates.state_of(m)[0] for m in client.list_models()}
    finally:
        client.close()


def test_the_check_finds_the_changed_model_and_what_it_costs(
    two_models: FakeOllama, registry: FakeRegistry, make_updates, arun
) -> None:
    updates = make_updates()
    results = {check.name: check for check in arun(updates.check_all())}

    assert states(updates, two_models) == {
        "llama3.2:3b": UpdateState.UP_TO_DATE,
        "qwen3:8b": UpdateState.AVAILABLE,
    }
    changed = results["qwen3:8b"]
    assert changed.download_bytes == 5_200_000_000  # only the new weights; the rest is there
    assert changed.exact and not changed.settings_only
    assert describe(UpdateState.AVAILABLE, changed) == "Update available — 5.2 GB to download"
    assert sorted(registry.manifest_requests("HEAD")) == [
        "/v2/library/llama3.2/manifests/3b",
        "/v2/library/qwen3/manifests/8b",
    ]
    assert registry.manifest_requests("GET") == ["/v2/library/qwen3/manifests/8b"]


def test_a_changed_setting_is_a_small_change(fake_ollama: FakeOllama, make_updates, arun) -> None:
    fake_ollama.remove_model("smollm2:135m")
    publish(fake_ollama, "llama3.2:3b", [2 * GB, 1500, 120, 480])
    fake_ollama.registry_change_layer("llama3.2:3b", 2)  # the parameters layer
    fake_ollama.registry_change_layer("llama3.2:3b", 3)  # and so the config

    [check] = arun(make_updates().check_all())

    assert check.state == UpdateState.AVAILABLE.value
    assert check.settings_only and check.download_bytes == 600
    assert describe(UpdateState.AVAILABLE, check) == (
        "Update available — small change (settings only)"
    )


def test_when_the_server_cant_say_which_files_exist_the_size_is_an_upper_bound(
    two_models: FakeOllama, make_updates, arun
) -> None:
    new_weights = two_models.registry["qwen3:8b"].layers[0][0]
    two_models.html_error(f"/api/blobs/{new_weights}")  # a proxy in front of Ollama

    checks = {check.name: check for check in arun(make_updates().check_all())}

    changed = checks["qwen3:8b"]
    assert not changed.exact and changed.download_bytes == 5_200_002_100  # every file
    assert describe(UpdateState.AVAILABLE, changed) == (
        "Update available — up to 5.2 GB to download"
    )


def test_a_registry_that_is_down_is_said_in_plain_words(
    two_models: FakeOllama, make_updates, arun, refused_url: str
) -> None:
    updates = make_updates(refused_url)
    checks = arun(updates.check_all())

    assert {check.state for check in checks} == {UpdateState.UNREACHABLE.value}
    assert describe(UpdateState.UNREACHABLE, checks[0]) == (
        "Can't check: the registry can't be reached"
    )
    assert "127.0.0.1" in checks[0].detail  # the facts stay available for the tooltip


def test_local_gone_and_private_models_get_their_own_words(
    fake_ollama: FakeOllama, registry: FakeRegistry, make_updates, arun
) -> None:
    fake_ollama.remove_model("smollm2:135m")
    fake_ollama.add_model("my-assistant:latest")  # `ollama create` here: the library lacks it
    fake_ollama.add_model("someone/retired:1b")  # published once, removed since
    fake_ollama.add_model("team/secret:latest")
    registry.private.add("team/secret:latest")
    fake_ollama.add_model("me/derived:latest")  # made here from another model
    derived = fake_ollama.models.get("me/derived:latest")
    assert derived is not None
    derived.details["parent_model"] = "llama3.2:3b"
    updates = make_updates()

    arun(updates.check_all())
    found = states(updates, fake_ollama)

    assert found == {
        "my-assistant:latest": UpdateState.LOCAL,
        "someone/retired:1b": UpdateState.GONE,
        "team/secret:latest": UpdateState.SIGN_IN,
        "me/derived:latest": UpdateState.LOCAL,
    }
    words = {state: describe(state, None) for state in found.values()}
    assert words[UpdateState.LOCAL] == (
        "This model was made on this computer (no registry to check)"
    )
    assert words[UpdateState.GONE] == "No longer available upstream"
    assert words[UpdateState.SIGN_IN] == "Needs an ollama.com sign-in"


def test_a_registry_without_https_is_reported_not_guessed(
    fake_ollama: FakeOllama, registry: FakeRegistry, make_updates, arun
) -> None:
    fake_ollama.remove_model("smollm2:135m")
    name = f"127.0.0.1:{registry.port}/team/model:1b"
    fake_ollama.add_model(name)

    [check] = arun(make_updates().check_all())

    assert check.state == UpdateState.NO_HTTPS.value
    assert describe(UpdateState.NO_HTTPS, check) == (
        f"Can't check: 127.0.0.1:{registry.port} doesn't offer a secure connection (https)"
    )


def test_update_pulls_and_the_model_is_up_to_date_afterwards(
    two_models: FakeOllama, make_updates, arun, qtbot
) -> None:
    updates = make_updates()
    arun(updates.check_all())
    qwen = next(m for m in OllamaClient(two_models.url).list_models() if m.name == "qwen3:8b")

    assert updates.update(qwen)
    assert states(updates, two_models)["qwen3:8b"] is UpdateState.UPDATING
    qtbot.waitUntil(
        lambda: states(updates, two_models)["qwen3:8b"] is UpdateState.UP_TO_DATE, timeout=10000
    )
    pulls = [r.json["model"] for r in two_models.requests if r.path == "/api/pull"]
    assert pulls == ["qwen3:8b"]


def test_a_download_by_hand_is_checked_again_too(
    two_models: FakeOllama, make_updates, arun, qtbot
) -> None:
    updates = make_updates()
    arun(updates.check_all())
    assert updates._downloads is not None
    updates._downloads.add("qwen3:8b")  # from the download bar, not through Update

    qtbot.waitUntil(
        lambda: states(updates, two_models)["qwen3:8b"] is UpdateState.UP_TO_DATE, timeout=10000
    )


def test_update_all_queues_only_the_changed_models(
    two_models: FakeOllama, make_updates, arun
) -> None:
    updates = make_updates()
    arun(updates.check_all())
    models = OllamaClient(two_models.url).list_models()

    assert updates.update_all(models) == ["qwen3:8b"]
    queue = updates._downloads
    assert queue is not None
    assert [item.name for item in queue.items] == ["qwen3:8b"]
    assert queue.items[0].state in (State.QUEUED, State.ACTIVE, State.DONE)


def test_nothing_downloads_without_a_click(two_models: FakeOllama, make_updates, arun) -> None:
    updates = make_updates()
    arun(updates.check_all())
    assert not [r for r in two_models.requests if r.path == "/api/pull"]
    assert updates._downloads is not None and not updates._downloads.items


def test_the_daily_check_runs_once_a_day(
    two_models: FakeOllama, registry: FakeRegistry, make_updates, arun
) -> None:
    clock = Clock()
    updates = make_updates(clock=clock)
    enabled = [True]

    def tick() -> bool:
        return arun(updates.tick(lambda: enabled[0]))

    assert tick()
    assert not tick()
    clock.now += DAY - 1
    assert not tick()
    clock.now += 1
    enabled[0] = False
    assert not tick()  # switched off in the settings
    enabled[0] = True
    assert tick()
    assert len(registry.manifest_requests("HEAD")) == 4  # two models, two checks


def test_the_time_of_the_last_check_survives_a_restart(
    two_models: FakeOllama, registry: FakeRegistry, make_updates, arun, data_dir: Path
) -> None:
    clock = Clock()
    arun(make_updates(clock=clock).tick(lambda: True))
    saved = json.loads((data_dir / FILE_NAME).read_text("utf-8"))
    assert saved["checked_at"] == clock.now

    clock.now += DAY / 2
    restarted = make_updates(clock=clock)
    assert not arun(restarted.tick(lambda: True))  # half a day later: not again
    assert states(restarted, two_models)["qwen3:8b"] is UpdateState.AVAILABLE  # from the file
    assert len(registry.manifest_requests("HEAD")) == 2


def test_the_daily_loop_checks_once_per_day_with_an_injected_clock(
    two_models: FakeOllama, registry: FakeRegistry, make_updates, arun
) -> None:
    clock = Clock()
    slept: list[float] = []
    updates: ModelUpdates

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.now += seconds
        if clock.now - start >= 2.5 * DAY:
            updates.close()
        await asyncio.sleep(0)

    start = clock.now
    updates = make_updates(clock=clock, sleep=sleep)
    arun(updates.run_daily(lambda: True, first_delay=60, poll=600))

    assert len(registry.manifest_requests("HEAD")) == 3 * 2  # days 0, 1 and 2; two models


def test_at_most_three_registry_requests_at_once(
    fake_ollama: FakeOllama, registry: FakeRegistry, make_updates, qtbot, arun
) -> None:
    fake_ollama.remove_model("smollm2:135m")
    for number in range(7):
        publish(fake_ollama, f"model{number}:1b", [1000, 100])
    registry.hold = release = threading.Event()
    updates = make_updates()
    task = updates.check_all()
    qtbot.waitUntil(lambda: registry.in_flight == 3, timeout=5000)
    release.set()
    arun(task)
    assert registry.max_in_flight == 3
    assert len(registry.manifest_requests("HEAD")) == 7


def test_a_remote_server_is_checked_from_here(
    make_updates, aclient: AsyncOllamaClient, data_dir: Path
) -> None:
    assert not make_updates().checked_from_here
    remote = AsyncOllamaClient(OllamaClient("http://192.0.2.10:11434"))
    updates = ModelUpdates(lambda: remote, RegistryClient(), Operations(), data_dir)
    try:
        assert updates.checked_from_here
    finally:
        updates.close()
        remote.close()


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("llama3.2:3b", "https://registry.ollama.ai/v2/library/llama3.2/manifests/3b"),
        ("llama3.2", "https://registry.ollama.ai/v2/library/llama3.2/manifests/latest"),
        ("user/model", "https://registry.ollama.ai/v2/user/model/manifests/latest"),
        (
            "registry.ollama.ai/library/qwen3:8b",
            "https://registry.ollama.ai/v2/library/qwen3/manifests/8b",
        ),
        ("example.com:5000/team/model:q4", "https://example.com:5000/v2/team/model/manifests/q4"),
        (
            "hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M",
            "https://hf.co/v2/bartowski/Llama-3.2-1B-Instruct-GGUF/manifests/Q4_K_M",
        ),
    ],
)
def test_names_map_to_registries_as_ollama_maps_them(name: str, url: str) -> None:
    client = RegistryClient()
    try:
        assert client.manifest_url(ModelReference.parse(name)) == url
    finally:
        client.close()


def test_insecure_uses_http_for_other_hosts_only() -> None:
    client = RegistryClient()
    try:
        own = ModelReference.parse("example.com:5000/team/model:q4")
        assert client.manifest_url(own, insecure=True).startswith("http://example.com:5000/")
        library = ModelReference.parse("llama3.2")
        assert client.manifest_url(library, insecure=True).startswith("https://")
    finally:
        client.close()


MANIFEST_PATH = "/v2/library/qwen3/manifests/8b"


@pytest.mark.parametrize(
    ("status", "body", "headers", "expected"),
    [
        (500, b"internal error", {}, UpdateState.UNCLEAR),
        (503, b"<html>busy</html>", {"Content-Type": "text/html"}, UpdateState.UNREACHABLE),
        (200, b"{}", {"Content-Type": "application/json"}, UpdateState.UNCLEAR),  # no digest
        (403, b"", {}, UpdateState.SIGN_IN),
    ],
)
def test_odd_registry_answers_get_plain_words(
    two_models: FakeOllama,
    registry: FakeRegistry,
    make_updates,
    arun,
    status: int,
    body: bytes,
    headers: dict[str, str],
    expected: UpdateState,
) -> None:
    registry.canned[MANIFEST_PATH] = (status, body, headers)
    checks = {check.name: check for check in arun(make_updates().check_all())}
    assert checks["qwen3:8b"].state == expected.value
    assert checks["llama3.2:3b"].state == UpdateState.UP_TO_DATE.value
    assert describe(expected, None)  # a sentence for every outcome


@pytest.mark.parametrize(
    "body",
    [b"<html>not a manifest</html>", b'{"layers": "no"}', b'{"config": {}, "layers": []}'],
)
def test_a_manifest_that_is_not_one_is_not_trusted(
    two_models: FakeOllama, registry: FakeRegistry, make_updates, arun, body: bytes
) -> None:
    digest = two_models.registry["qwen3:8b"].digest
    registry.canned[MANIFEST_PATH] = (200, body, {"Docker-Content-Digest": digest})
    checks = {check.name: check for check in arun(make_updates().check_all())}
    assert checks["qwen3:8b"].state == UpdateState.UNCLEAR.value
    assert describe(UpdateState.UNCLEAR, None) == (
        "Can't check: the registry's answer wasn't understood"
    )


def test_a_huge_manifest_is_refused(
    two_models: FakeOllama, registry: FakeRegistry, make_updates, arun
) -> None:
    digest = two_models.registry["qwen3:8b"].digest
    huge = b'{"config": {"digest": "sha256:0", "size": 1}, "layers": [' + b" " * 2_000_000 + b"]}"
    registry.canned[MANIFEST_PATH] = (200, huge, {"Docker-Content-Digest": digest})
    checks = {check.name: check for check in arun(make_updates().check_all())}
    assert checks["qwen3:8b"].state == UpdateState.UNCLEAR.value
    assert "1 MB" in checks["qwen3:8b"].detail


def test_cloud_models_are_not_checked(
    fake_ollama: FakeOllama, registry: FakeRegistry, make_updates, arun
) -> None:
    from desktop.ollama.types import ModelInfo

    cloud = ModelInfo(
        name="gpt-oss:120b-cloud", remote_model="gpt-oss:120b", remote_host="https://ollama.com"
    )
    check = arun(make_updates().check_one(cloud))
    assert check.state == UpdateState.CLOUD.value
    assert describe(UpdateState.CLOUD, check) == "Runs on ollama.com (nothing to update)"
    assert registry.manifest_requests() == []


def test_an_unreadable_cache_counts_as_never_checked(
    fake_ollama: FakeOllama, make_updates, arun, data_dir: Path
) -> None:
    (data_dir / FILE_NAME).write_text("{not json", "utf-8")
    updates = make_updates()
    arun(updates.load())
    assert updates.last_check is None and updates.due()
