"""A pull's progress through the bridge: every line, in order, in few wake-ups; errors, close."""

from __future__ import annotations

import pytest

from desktop.ollama import AsyncOllamaClient, AsyncStream
from desktop.ollama.errors import StreamBroken
from desktop.ollama.types import ProgressEvent
from tests.fake_ollama import FakeOllama, PullPlan


async def collect(stream: AsyncStream[ProgressEvent]) -> list[list[ProgressEvent]]:
    return [batch async for batch in stream.batches()]


def test_all_lines_arrive_in_few_batches(
    arun, aclient: AsyncOllamaClient, fake_ollama: FakeOllama
) -> None:
    fake_ollama.registry_add("many:1b", layer_sizes=[4_000_000, 100])
    fake_ollama.pull_plan = PullPlan(byte_rate=8_000_000, events_per_second=1000)
    stream = aclient.pull("many:1b")
    batches = arun(collect(stream), timeout=10)
    events = [event for batch in batches for event in batch]
    assert events[0].status == "pulling manifest" and events[-1].status == "success"
    assert len(events) == stream.received > 400
    assert len(batches) < len(events) / 10  # ~10 wake-ups a second, not one per line
    completed = [e.completed for e in events if e.digest == events[1].digest]
    assert completed == sorted(completed)


def test_an_error_line_is_raised_after_the_lines_before_it(arun, aclient, fake_ollama) -> None:
    stream = aclient.pull("no-such:1b")
    seen: list = []

    async def read() -> None:
        async for batch in stream.batches():
            seen.extend(batch)

    with pytest.raises(StreamBroken) as error:
        arun(read())
    assert error.value.server_message == "pull model manifest: file does not exist"
    assert [e.status for e in seen] == ["pulling manifest"]


def test_close_ends_the_stream_quietly(arun, aclient, fake_ollama, qtbot) -> None:
    fake_ollama.registry_add("endless:1b", layer_sizes=[10**12])
    fake_ollama.pull_plan = PullPlan(byte_rate=1_000_000, events_per_second=50)
    stream = aclient.pull("endless:1b")

    async def first_then_close() -> int:
        batch = await stream.next_batch()
        stream.close()
        rest = [b async for b in stream.batches()]
        return len(batch) + sum(len(b) for b in rest)

    assert arun(first_then_close(), timeout=5) >= 1
    qtbot.waitUntil(lambda: fake_ollama.disconnects >= 1, timeout=2000)
    qtbot.waitUntil(lambda: not stream.reader_alive, timeout=2000)
