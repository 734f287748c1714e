"""The batching pull reader: every line, in order, in few wake-ups; errors and close."""

from __future__ import annotations

import pytest

from desktop.ollama import OllamaClient
from desktop.ollama.errors import StreamBroken
from desktop.services.downloads.reader import BatchedPull
from tests.fake_ollama import FakeOllama, PullPlan


async def collect(reader: BatchedPull) -> list[list]:
    return [batch async for batch in reader]


def test_all_lines_arrive_in_few_batches(arun, client: OllamaClient, fake_ollama: FakeOllama):
    fake_ollama.registry_add("many:1b", layer_sizes=[4_000_000, 100])
    fake_ollama.pull_plan = PullPlan(byte_rate=8_000_000, events_per_second=1000)
    reader = BatchedPull(client.pull("many:1b"))
    batches = arun(collect(reader), timeout=10)
    events = [event for batch in batches for event in batch]
    assert events[0].status == "pulling manifest" and events[-1].status == "success"
    assert len(events) == reader.lines > 400
    assert len(batches) < len(events) / 10  # ~20 wake-ups a second, not one per line
    completed = [e.completed for e in events if e.digest == events[1].digest]
    assert completed == sorted(completed)


def test_an_error_line_is_raised_after_the_lines_before_it(arun, client, fake_ollama) -> None:
    reader = BatchedPull(client.pull("no-such:1b"))
    seen: list = []

    async def read() -> None:
        async for batch in reader:
            seen.extend(batch)

    with pytest.raises(StreamBroken) as error:
        arun(read())
    assert error.value.server_message == "pull model manifest: file does not exist"
    assert [e.status for e in seen] == ["pulling manifest"]


def test_close_ends_the_stream_quietly(arun, client, fake_ollama, qtbot) -> None:
    fake_ollama.registry_add("endless:1b", layer_sizes=[10**12])
    fake_ollama.pull_plan = PullPlan(byte_rate=1_000_000, events_per_second=50)
    reader = BatchedPull(client.pull("endless:1b"))

    async def first_then_close() -> int:
        batch = await reader.__anext__()
        reader.close()
        rest = [b async for b in reader]
        return len(batch) + sum(len(b) for b in rest)

    assert arun(first_then_close(), timeout=5) >= 1
    qtbot.waitUntil(lambda: fake_ollama.disconnects >= 1, timeout=2000)
