"""The memory meter's figures against what the test server reports, over real HTTP.

The test server counts and cuts prompts like Ollama (tests/fake_ollama/prompt.py); the meter
estimates the next request before it is sent. Over a 30-turn chat of mixed text (prose,
code, figures, accented and non-Latin words) the estimate must stay within 10 % of the
``prompt_eval_count`` the server then reports.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.services.chat.memory.budget import BudgetSource
from desktop.services.chat.memory.meter import ChatMemory, MemoryReading
from desktop.services.operations import Operations
from desktop.storage import ChatStore
from tests.fake_ollama import FakeOllama, Reply

TEXTS = [
    "Tell me about the history of the lighthouse on the northern cape and who built it.",
    "def area(radius: float) -> float:\n    return 3.14159 * radius ** 2  # circle\n",
    "Numbers: 3.5, 1024, 65536, 2026-12-06, 0x1F, 42% of 17.25 = 7.245",
    "Größenordnung und Übermäßigkeit: schöne Grüße aus München, Zürich und Köln!",
    "日本語の文章も少し混ぜておきます。東京と大阪の天気はどうですか。",
    "A short one.",
    "SELECT id, name FROM users WHERE created_at > '2024-01-01' ORDER BY name LIMIT 10;",
    "Could you explain, step by step and with examples, why the sky looks blue at noon "
    "but red and orange at sunset, and what Rayleigh scattering has to do with it?",
]
PIECES = re.compile(r"\s*\w{1,4}|\s*[^\w\s]|\s+")


def tokens_of(text: str) -> list[str]:
    """A reply's text in chunks of about one token each, as a server streams it."""
    return PIECES.findall(text)


def reply_text(turn: int) -> str:
    return " ".join(TEXTS[(turn * 3 + k) % len(TEXTS)] for k in range(1 + turn % 3))


async def read(memory: ChatMemory, store: ChatStore, chat_id: int) -> MemoryReading:
    return await memory.read(store, chat_id)


def test_the_meter_stays_within_ten_percent_over_thirty_turns(
    arun: Any,
    fake_ollama: FakeOllama,
    store: ChatStore,
    operations: Operations,
    make_session: Any,
    aclient: Any,
) -> None:
    session, _events = make_session(system_prompt="You are a careful assistant.",
                                    options={"num_ctx": 8192})  # fmt: skip
    memory = ChatMemory(lambda: aclient, operations)
    figures: list[tuple[int, int, int]] = []

    async def scenario() -> None:
        for turn in range(30):
            text = TEXTS[turn % len(TEXTS)] + f" (turn {turn})"
            reading = (await read(memory, store, session.conversation_id)).with_draft(text)
            fake_ollama.reply = Reply(tokens=tokens_of(reply_text(turn)))
            await session.send(text)
            reported = fake_ollama.last_reply_cut()
            assert reported.dropped == 0  # 8K holds the whole chat: every count is comparable
            figures.append((turn, reading.used, reported.tokens))
            assert not reading.cut_reply_ids  # nothing was cut, and nothing is taken for cut

    arun(scenario(), timeout=60)
    errors = [abs(estimate - reported) / reported for _turn, estimate, reported in figures]
    worst = max(errors)
    print("\nturn estimate reported error")
    for (turn, estimate, reported), error in zip(figures, errors, strict=True):
        print(f"{turn:4} {estimate:8} {reported:8} {error:6.1%}")
    print(f"worst {worst:.1%}")
    assert worst <= 0.10, figures


def test_the_budget_says_where_it_came_from(
    arun: Any,
    fake_ollama: FakeOllama,
    store: ChatStore,
    operations: Operations,
    make_session: Any,
    aclient: Any,
) -> None:
    memory = ChatMemory(lambda: aclient, operations)
    session, _ = make_session()
    chat_id = session.conversation_id

    reading = arun(read(memory, store, chat_id))
    assert (reading.limit, reading.budget.source) == (4096, BudgetSource.SERVER_DEFAULT)
    assert reading.budget.trained == 8192

    arun(session.send("Hello there"))  # the model is loaded now: ps reports its context
    reading = arun(read(memory, store, chat_id))
    assert (reading.limit, reading.budget.source) == (4096, BudgetSource.LOADED)

    store.conversations.update(chat_id, options={"num_ctx": 32768})
    reading = arun(read(memory, store, chat_id))  # capped at what smollm2 was trained for
    assert (reading.limit, reading.budget.source) == (8192, BudgetSource.CHAT)

    fake_ollama.add_model("tiny:1m", parameters={"num_ctx": 2048})
    store.conversations.update(chat_id, options={}, model="tiny:1m")
    reading = arun(read(memory, store, chat_id))
    assert (reading.limit, reading.budget.source) == (2048, BudgetSource.MODEL)


def test_a_cut_reply_is_not_trusted_after_the_memory_grew(
    arun: Any,
    fake_ollama: FakeOllama,
    store: ChatStore,
    operations: Operations,
    make_session: Any,
    aclient: Any,
) -> None:
    memory = ChatMemory(lambda: aclient, operations)
    session, _ = make_session(options={"num_ctx": 1024})
    chat_id = session.conversation_id
    fake_ollama.reply = Reply(tokens=tokens_of(TEXTS[0]))

    async def scenario() -> tuple[MemoryReading, int]:
        for turn in range(10):
            await session.send(f"Turn {turn}. " + TEXTS[7] * 2)
        assert fake_ollama.last_reply_cut().dropped > 0
        reading = await read(memory, store, chat_id)
        assert reading.last_reply_cut and reading.cut_reply_ids
        await operations.call(
            lambda: store.conversations.update(chat_id, options={"num_ctx": 8192})
        )
        grown = (await read(memory, store, chat_id)).with_draft("And now?")
        await session.send("And now?")
        return grown, fake_ollama.last_reply_cut().tokens

    grown, reported = arun(scenario(), timeout=30)
    assert grown.limit == 8192
    assert abs(grown.used - reported) / reported <= 0.10, (grown.used, reported)
