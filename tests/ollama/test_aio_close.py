"""A call on a client that was closed (replaced by another server's) ends quietly, as
cancelled: the window's tasks take it for superseded work, not for an error to report."""

from __future__ import annotations

import asyncio

import pytest

from desktop.ollama import AsyncOllamaClient, OllamaClient
from tests.fake_ollama import FakeOllama


def test_a_call_after_close_is_cancelled_not_an_error(fake_ollama: FakeOllama, arun) -> None:
    client = AsyncOllamaClient(OllamaClient(fake_ollama.url))

    async def call_after_close() -> None:
        assert await client.version()
        client.close()
        await client.list_models()

    with pytest.raises(asyncio.CancelledError):
        arun(call_after_close())
