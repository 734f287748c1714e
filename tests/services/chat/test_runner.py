"""Storage work without the app's runner runs inline, with the same calls and callbacks."""

from __future__ import annotations

from typing import Any

from desktop.services.chat.live import batches as _batches
from desktop.services.chat.runner import InlineOperations


def test_inline_operations_call_back_like_the_runner(arun: Any) -> None:
    runner = InlineOperations()
    assert arun(runner.call(lambda a, b: a + b, 2, 3)) == 5
    assert runner.wait(len, "four") == 4
    results: list[object] = []
    runner.run(lambda: 7, on_success=results.append)
    runner.run(lambda: 1 / 0, on_failure=results.append)
    runner.run(lambda: 8)  # no callback: nothing to do
    assert results[0] == 7 and isinstance(results[1], ZeroDivisionError)
    assert not runner.closed


def test_a_stream_without_batches_comes_one_chunk_at_a_time(arun: Any) -> None:
    class Chunks:
        def __init__(self) -> None:
            self.left = ["a", "b", "c"]

        def __aiter__(self) -> Chunks:
            return self

        async def __anext__(self) -> str:
            if not self.left:
                raise StopAsyncIteration
            return self.left.pop(0)

    async def collect() -> list[list[str]]:
        return [batch async for batch in _batches(Chunks())]

    assert arun(collect()) == [["a"], ["b"], ["c"]]
