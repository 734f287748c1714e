"""Hostile replies in the Chat tab: does any model output stall the window?

Small models degenerate into endless runs without a space (base64 looks the same), and
markdown can nest without end. Each reply below is streamed at socket speed from the test
server (its own process) into a real Chat tab (offscreen, qasync), while a 1 ms probe timer
records the longest time the GUI thread went without running it, over the whole run: the reply
streaming, ending, and the transcript placing it. Target: < 100 ms each. Then the reply is read
back from the database: every character must have been saved.

Replies: one unbroken line of 128 KB, 512 KB, 1 MB and 5 MB, and 100,000 nested block quotes.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import Result
from benchmarks.bench_chat import MODEL, Probe, server_process

STALL_TARGET_MS = 100.0
CHUNK = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkrLw"  # base64-like, 46 characters


def unbroken_reply(size: int) -> dict[str, Any]:
    """About ``size`` characters on one line, sent as one chunk per token (socket speed)."""
    return {"token": CHUNK, "count": max(1, size // len(CHUNK))}


def nested_quotes_reply(depth: int) -> dict[str, Any]:
    return {"token": "> ", "count": depth}


CASES: list[tuple[str, dict[str, Any]]] = [
    ("128 KB unbroken line", unbroken_reply(128 * 1024)),
    ("512 KB unbroken line", unbroken_reply(512 * 1024)),
    ("1 MB unbroken line", unbroken_reply(1024 * 1024)),
    ("5 MB unbroken line", unbroken_reply(5 * 1024 * 1024)),
    ("100,000 nested quotes", nested_quotes_reply(100_000)),
]


WARM_UP_REPLY = {
    "tokens": [
        "# A heading\n\nSome *prose* with `code` and a [link](https://example.com).\n\n",
        "> a quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nprint(1)\n```\n",
    ]
}


def _expected(reply: dict[str, Any]) -> str:
    if "tokens" in reply:
        return "".join(reply["tokens"])
    return reply["token"] * reply["count"]


def _stream_case(reply: dict[str, Any]) -> dict[str, Any]:
    """Stream one reply into a fresh Chat tab; the worst GUI stall and what was saved."""
    import qasync
    from PySide6.QtWidgets import QApplication

    from desktop.app import build_context, keep_gui_thread_responsive
    from desktop.ollama import AsyncOllamaClient, OllamaClient
    from desktop.storage import ChatStore
    from desktop.ui.chat.tab import ChatTab

    keep_gui_thread_responsive()
    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    figures: dict[str, Any] = {}

    async def settle(tab: ChatTab) -> None:
        """The reply ended: let the transcript lay it out (a fast reply is laid out a frame's
        worth at a time, also after it ended), place and paint it — all still probed."""
        import asyncio

        def busy() -> bool:
            widgets = tab.transcript.visible_widgets()
            return tab.transcript.relayout_pending or any(w.body.streaming for w in widgets)

        while busy():
            await asyncio.sleep(0.005)
        tab.transcript.viewport().repaint()
        await asyncio.sleep(0.2)

    async def drive(data_dir: Path) -> None:
        with server_process(reply) as url:
            client = AsyncOllamaClient(OllamaClient(url))
            tab = ChatTab(build_context(client, data_dir))
            tab.resize(1200, 800)
            tab.show()
            created = tab.new_chat(MODEL)
            if created is not None:
                await created
            probe = Probe()
            probe.start()
            started = time.perf_counter()
            task = tab.send("go", [])
            assert task is not None
            await task
            figures["stream_s"] = time.perf_counter() - started
            await settle(tab)
            probe.stop()
            figures["gaps"] = list(probe.gaps)
            assert tab.conversation is not None
            conversation_id = tab.conversation.id
            tab.shutdown()
            tab.close()
            client.close()
        store = ChatStore.open(data_dir)  # a connection of its own: what is on disk
        saved = store.messages.visible_path(conversation_id)[-1].content
        figures["saved_whole"] = saved == _expected(reply)
        figures["saved_chars"] = len(saved)
        store.close()

    try:
        with tempfile.TemporaryDirectory() as folder:
            loop.run_until_complete(drive(Path(folder)))
    finally:
        loop.close()
    return figures


def run() -> list[Result]:
    results: list[Result] = []
    _stream_case(WARM_UP_REPLY)  # first use of the tab's code paths is not what is measured
    for name, reply in CASES:
        figures = _stream_case(reply)
        worst = max(figures["gaps"], default=0.0)
        print(
            f"  {name}: {len(_expected(reply)):,} characters in {figures['stream_s']:.2f} s, "
            f"{len(figures['gaps']):,} probe runs, worst stall {worst:.0f} ms, "
            f"saved {figures['saved_chars']:,} characters"
        )
        results.append(
            Result(
                f"{name}: GUI stall max",
                worst,
                "ms",
                f"< {STALL_TARGET_MS:.0f} ms",
                worst < STALL_TARGET_MS,
            )
        )
        results.append(
            Result(
                f"{name}: saved whole",
                1.0 if figures["saved_whole"] else 0.0,
                "yes",
                "1",
                figures["saved_whole"],
            )
        )
    return results


if __name__ == "__main__":
    for result in run():
        print(result)
