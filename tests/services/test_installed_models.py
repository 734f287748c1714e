"""The installed-models cache: names as Ollama matches them, refreshes over real HTTP."""

from __future__ import annotations

import asyncio

import pytest

from desktop.ollama import AsyncOllamaClient, OllamaClient
from desktop.ollama.errors import ServerUnreachable
from desktop.ollama.types import ModelInfo
from desktop.services.installed_models import InstalledModels
from desktop.services.qt_adapters import InstalledModelsSource, ServerStatusSource
from desktop.services.server_monitor import ServerMonitor
from desktop.services.tasks import TaskRunner
from tests.fake_ollama import FakeOllama


@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("llama3.2", "llama3.2:latest"),
        ("  Llama3.2:3B ", "llama3.2:3b"),
        ("registry.ollama.ai/library/qwen3:8b", "qwen3:8b"),
        ("library/qwen3", "qwen3:latest"),
        ("registry.ollama.ai/someone/tiny", "someone/tiny:latest"),
        ("example.com:5000/team/model", "example.com:5000/team/model:latest"),
    ],
)
def test_names_are_found_the_way_ollama_matches_them(typed: str, listed: str) -> None:
    cache = InstalledModels(lambda: None)  # type: ignore[arg-type,return-value]
    cache.models = [ModelInfo(name="other:1b"), ModelInfo(name=listed)]
    found = cache.find(typed)
    assert found is not None and found.name == listed
    assert cache.find("llama3.2:1b") is None and cache.find("") is None


def test_refresh_lists_and_finds_models(arun, aclient, fake_ollama: FakeOllama) -> None:
    fake_ollama.add_model("llama3.2")
    changes: list[list[ModelInfo]] = []
    cache = InstalledModels(lambda: aclient, changes.append)
    assert not cache.loaded and cache.find("smollm2:135m") is None

    models = arun(cache.refresh())
    assert cache.loaded
    assert sorted(m.name for m in models) == ["llama3.2:latest", "smollm2:135m"]
    assert cache.find("llama3.2").name == "llama3.2:latest"
    assert cache.find("SmolLM2:135m").name == "smollm2:135m"
    assert "registry.ollama.ai/library/llama3.2" in cache
    assert cache.find("llama3.2:1b") is None
    assert len(changes) == 1

    arun(cache.refresh())
    assert len(changes) == 1, "an unchanged list is not news"

    fake_ollama.remove_model("llama3.2")
    arun(cache.refresh())
    assert cache.names == ["smollm2:135m"]
    assert len(changes) == 2


def test_an_empty_server_still_counts_as_loaded(arun, aclient, fake_ollama) -> None:
    fake_ollama.remove_model("smollm2:135m")
    changes: list[list[ModelInfo]] = []
    cache = InstalledModels(lambda: aclient, changes.append)
    assert arun(cache.refresh()) == []
    assert cache.loaded and changes == [[]]


@pytest.mark.usefixtures("qloop")
def test_a_failed_refresh_keeps_the_list_and_raises(arun, refused_url: str) -> None:
    client = AsyncOllamaClient(OllamaClient(refused_url))
    cache = InstalledModels(lambda: client)
    try:
        with pytest.raises(ServerUnreachable):
            arun(cache.refresh())
        assert cache.models == [] and not cache.loaded
    finally:
        client.close()


class SlowLister:
    """Answers only when told to, so two refreshes can overlap."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.release = asyncio.Event()

    async def list_models(self) -> list[ModelInfo]:
        await self.release.wait()
        return [ModelInfo(name=name) for name in self.names]


def test_an_older_answer_never_replaces_a_newer_one(arun) -> None:
    old, new = SlowLister(["old:latest"]), SlowLister(["new:latest"])
    current = [old]
    cache = InstalledModels(lambda: current[0])

    async def scenario() -> None:
        first = asyncio.ensure_future(cache.refresh())
        await asyncio.sleep(0)
        current[0] = new
        second = asyncio.ensure_future(cache.refresh())
        new.release.set()
        await second
        old.release.set()
        await first

    arun(scenario())
    assert cache.names == ["new:latest"]


def test_the_adapter_refreshes_on_connecting_and_follows_a_switch(qtbot, qloop) -> None:
    first, second = FakeOllama(), FakeOllama(version="0.24.0")
    second.add_model("qwen3:8b")
    first.start()
    second.start()
    clients = {url: AsyncOllamaClient(OllamaClient(url)) for url in (first.url, second.url)}
    current = [first.url]
    tasks = TaskRunner()

    def monitor_for(url: str):
        return lambda on_status: ServerMonitor(url, clients[url].version, on_status)

    status = ServerStatusSource(monitor_for(first.url), tasks)
    installed = InstalledModelsSource(lambda: clients[current[0]], tasks, status)
    try:
        with qtbot.waitSignal(installed.changed, timeout=5000) as changed:
            status.start()
        assert [m.name for m in changed.args[0]] == ["smollm2:135m"]
        assert installed.find("smollm2:135m") is not None

        current[0] = second.url
        seen: list[list[str]] = []
        installed.changed.connect(lambda models: seen.append([m.name for m in models]))
        status.replace(monitor_for(second.url))
        qtbot.waitUntil(lambda: installed.find("qwen3:8b") is not None, timeout=5000)
        assert seen[0] == [], "the old server's models are forgotten at once"
        assert installed.loaded
    finally:
        status.stop()
        for client in clients.values():
            client.close()
        first.stop()
        second.stop()


def test_only_a_server_that_answered_can_say_nothing_is_installed() -> None:
    from desktop.services.installed_models import (
        NO_SERVER,
        NONE_INSTALLED,
        STILL_ASKING,
        why_no_models,
    )

    assert why_no_models("unreachable", loaded=True) == NO_SERVER  # it went away since
    assert why_no_models("unreachable", loaded=False) == NO_SERVER
    assert why_no_models("checking", loaded=False) == STILL_ASKING
    assert why_no_models("connected", loaded=True) == NONE_INSTALLED
