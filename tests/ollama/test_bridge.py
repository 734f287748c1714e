"""The one thread-to-loop bridge: streams close on every exit, a slow consumer holds the reader
back (bounded), progress is batched, and the channel's own rules hold."""

from __future__ import annotations

import asyncio
import gc
import threading

import pytest

from desktop.ollama import AsyncOllamaClient
from desktop.ollama.channel import Channel
from tests.conditions import until
from tests.fake_ollama import FakeOllama, PullPlan, Reply

HELLO = [{"role": "user", "content": "hi"}]


def new_readers(before: set[threading.Thread]) -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "ollama-stream" and t not in before]


def test_breaking_out_of_a_bare_async_for_closes_the_stream(
    qtbot, aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun
) -> None:
    """No ``async with``: dropping the stream must still hang up and end the reader thread."""
    fake_ollama.reply = Reply(tokens=["x"] * 10_000, rate=50)
    before = set(threading.enumerate())

    readers: list[threading.Thread] = []

    async def first_only() -> str:
        async for chunk in aclient.generate("smollm2:135m", "hi"):
            readers.extend(new_readers(before))
            return chunk.response
        return ""

    assert arun(first_only()) == "x"
    (reader,) = readers
    gc.collect()  # only for cycles; a dropped stream is normally closed at once
    qtbot.waitUntil(lambda: fake_ollama.disconnects > 0, timeout=5000)
    qtbot.waitUntil(lambda: not reader.is_alive(), timeout=5000)


def test_a_stream_left_in_a_variable_closes_when_its_coroutine_ends(
    qtbot, aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun
) -> None:
    fake_ollama.reply = Reply(tokens=["x"] * 10_000, rate=50)
    before = set(threading.enumerate())

    async def two() -> int:
        stream = aclient.chat("smollm2:135m", HELLO)
        taken = 0
        async for _ in stream:
            readers.extend(new_readers(before))
            taken += 1
            if taken == 2:
                break
        return taken

    readers: list[threading.Thread] = []
    assert arun(two()) == 2
    reader = readers[0]
    qtbot.waitUntil(lambda: fake_ollama.disconnects > 0, timeout=5000)
    qtbot.waitUntil(lambda: not reader.is_alive(), timeout=5000)


def test_a_slow_consumer_pauses_the_reader(
    qtbot, aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun
) -> None:
    """Bounded: the reader stops taking chunks while ``max_pending`` wait, then goes on."""
    fake_ollama.reply = Reply(tokens=["x"] * 3_000)
    stream = aclient.chat("smollm2:135m", HELLO, max_pending=16)
    first = arun(stream.__anext__())
    assert first.message.content == "x"
    qtbot.waitUntil(lambda: stream.paused, timeout=5000)
    assert stream.pending <= 16 and stream.received <= 17

    async def rest() -> int:
        count = 1
        async for _ in stream:
            count += 1
        return count

    assert arun(rest()) == 3_001


def test_a_pull_is_bounded_too(
    qtbot, aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun
) -> None:
    fake_ollama.registry_add("many:1b", layer_sizes=[4_000_000, 100])
    fake_ollama.pull_plan = PullPlan(byte_rate=8_000_000, events_per_second=2000)
    stream = aclient.pull("many:1b", max_pending=8, pace=0)
    arun(stream.next_batch())
    qtbot.waitUntil(lambda: stream.paused, timeout=5000)
    assert stream.pending <= 8

    async def rest() -> str:
        last = ""
        async for batch in stream.batches():
            last = batch[-1].status
        return last

    assert arun(rest(), timeout=20) == "success"


def test_batches_of_an_unnamed_stream_run_to_the_end(
    aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun
) -> None:
    """The batches keep their stream alive: it must not be collected (and closed) under them."""
    fake_ollama.registry_add("many:1b", layer_sizes=[2_000_000, 100])
    fake_ollama.pull_plan = PullPlan(byte_rate=8_000_000, events_per_second=500)

    async def statuses() -> list[str]:
        seen = []
        async for batch in aclient.pull("many:1b").batches():
            gc.collect()
            seen.extend(event.status for event in batch)
        return seen

    assert arun(statuses(), timeout=20)[-1] == "success"


def test_cancelling_the_consumer_closes_the_connection(
    qtbot, aclient: AsyncOllamaClient, fake_ollama: FakeOllama, arun, qloop
) -> None:
    fake_ollama.reply = Reply(tokens=["x"] * 10_000, rate=20)
    first = asyncio.Event()
    before = set(threading.enumerate())

    readers: list[threading.Thread] = []

    async def consume() -> None:
        async for _ in aclient.chat("smollm2:135m", HELLO):
            if not first.is_set():
                readers.extend(new_readers(before))
            first.set()

    task = qloop.create_task(consume())
    arun(first.wait())
    task.cancel()
    qtbot.waitUntil(lambda: fake_ollama.disconnects > 0, timeout=5000)
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.cancelled()
    (reader,) = readers
    qtbot.waitUntil(lambda: not reader.is_alive(), timeout=5000)


def test_next_batch_gives_everything_that_arrived(aclient, fake_ollama, arun) -> None:
    fake_ollama.reply = Reply(tokens=[f"{i} " for i in range(300)])

    async def drain() -> list[int]:
        sizes = []
        async with aclient.chat("smollm2:135m", HELLO) as stream:
            while True:
                try:
                    sizes.append(len(await stream.next_batch(limit=50)))
                except StopAsyncIteration:
                    return sizes

    sizes = arun(drain())
    assert sum(sizes) == 301 and max(sizes) <= 50


def test_create_and_push_are_paced_progress_streams(aclient, fake_ollama, arun) -> None:
    async def statuses(stream) -> list[str]:
        async with stream:
            return [event.status async for event in stream]

    created = arun(statuses(aclient.create("copy:1b", **{"from": "smollm2:135m"})))
    assert created[-1] == "success"
    pushed = arun(statuses(aclient.push("smollm2:135m")))
    assert pushed[-1] == "success"


# --- the channel on its own (a plain asyncio loop; the worker is a thread) --------------------


class ManualClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def run_on_loop(coroutine):
    return asyncio.run(coroutine)


def test_a_channel_needs_room() -> None:
    with pytest.raises(ValueError):
        Channel(capacity=0)


def test_items_then_the_error_reach_the_consumer() -> None:
    async def scenario() -> tuple[list[int], str]:
        channel: Channel[int] = Channel(capacity=4)
        channel.bind()

        def work() -> None:
            for i in range(10):
                channel.put(i)
            channel.finish(RuntimeError("gone"))

        thread = threading.Thread(target=work)
        thread.start()
        seen: list[int] = []
        try:
            async for batch in channel.batches():
                seen.extend(batch)
        except RuntimeError as exc:
            message = str(exc)
        thread.join()
        return seen, message

    assert run_on_loop(scenario()) == (list(range(10)), "gone")


def test_closing_releases_a_paused_worker_and_ends_the_consumer() -> None:
    closed: list[bool] = []

    async def scenario() -> tuple[bool, bool]:
        channel: Channel[int] = Channel(capacity=2, on_close=lambda: closed.append(True))
        channel.bind()
        results: list[bool] = []

        def work() -> None:
            results.extend(channel.put(i) for i in range(5))
            channel.finish(RuntimeError("after close: nobody hears this"))

        thread = threading.Thread(target=work)
        thread.start()
        await until(lambda: channel.paused)
        channel.close()
        channel.close()  # twice is fine
        thread.join(timeout=5)
        with pytest.raises(StopAsyncIteration):
            await channel.get()
        return not thread.is_alive(), results[-1]

    assert run_on_loop(scenario()) == (True, False)
    assert closed == [True]


def test_progress_wakes_at_most_once_per_interval_but_urgent_at_once() -> None:
    """The interval is measured on the channel's clock: a frozen clock means no timed wake."""
    clock = ManualClock()

    async def scenario() -> list[list[str]]:
        channel: Channel[str] = Channel(capacity=100, interval=10.0, clock=clock)
        channel.bind()
        got: list[list[str]] = []
        waiting = asyncio.ensure_future(channel.get_batch())
        await asyncio.sleep(0)  # the consumer now waits
        channel.put("a")  # a timed wake, 10 s of the channel's clock away
        channel.put("b")
        for _ in range(10):  # a wake asked for now would have come within two passes
            await asyncio.sleep(0)
        assert not waiting.done()
        channel.put("success", urgent=True)
        got.append(await waiting)
        channel.put("c")
        channel.finish()
        got.append(await channel.get_batch())
        return got

    assert run_on_loop(scenario()) == [["a", "b", "success"], ["c"]]


def test_a_due_interval_wakes_at_once() -> None:
    clock = ManualClock()

    async def scenario() -> list[str]:
        channel: Channel[str] = Channel(capacity=100, interval=1.0, clock=clock)
        channel.bind()
        waiting = asyncio.ensure_future(channel.get_batch())
        await asyncio.sleep(0)
        clock.now = 5.0  # the interval since the last wake is long over
        channel.put("a")
        return await waiting

    assert run_on_loop(scenario()) == ["a"]


def test_a_timed_wake_comes_after_the_interval() -> None:
    async def scenario() -> list[str]:
        channel: Channel[str] = Channel(capacity=100, interval=0.01)
        channel.bind()
        waiting = asyncio.ensure_future(channel.get_batch())
        await asyncio.sleep(0)
        channel.put("a")
        return await waiting

    assert run_on_loop(scenario()) == ["a"]


def test_a_cancelled_consumer_closes_the_channel() -> None:
    async def scenario() -> bool:
        channel: Channel[int] = Channel()
        channel.bind()
        waiting = asyncio.ensure_future(channel.get())
        await asyncio.sleep(0)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        return channel.closed and not channel.put(1)

    assert run_on_loop(scenario())


def test_a_finished_channel_hands_out_what_is_left() -> None:
    async def scenario() -> list[int]:
        channel: Channel[int] = Channel()
        channel.bind()
        channel.put(1)
        channel.put(2)
        channel.finish()
        seen = [await channel.get(), await channel.get()]
        with pytest.raises(StopAsyncIteration):
            await channel.get()
        return seen

    assert run_on_loop(scenario()) == [1, 2]


def test_a_closed_loop_is_not_an_error_for_the_worker() -> None:
    channel: Channel[int] = Channel()
    loop = asyncio.new_event_loop()
    channel.bind(loop)
    loop.close()
    channel.finish()  # nobody is listening any more: quietly nothing
    assert channel.finished
