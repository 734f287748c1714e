"""Waiting for a condition from async test code: the one helper, with a generous limit.

The limit only stops a test that would otherwise hang; it is not a pace the code must keep
(timings belong in benchmarks/).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable


async def until(
    condition: Callable[[], object], timeout: float = 10.0, *, poll: float = 0.005, why: object = ""
) -> None:
    """Poll ``condition`` on the running loop until it is true; TimeoutError after ``timeout``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise TimeoutError(f"the condition never came true {why}".strip())
        await asyncio.sleep(poll)
