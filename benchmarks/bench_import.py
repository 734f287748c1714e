"""Importing a very big chat file: the window stays responsive and shows progress.

A Paddock chat file of about 100 MB (20,000 messages of ~5,000 characters) is imported through
the Chat tab, as the Import button does, until the imported chat is open and laid out. A 1 ms
probe timer on the GUI thread records the longest stall over the whole run (target < 100 ms);
the progress notices shown on the way are counted (at least one).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import Result
from benchmarks.bench_chat import MODEL, Probe

MESSAGES = 20_000
MESSAGE_CHARS = 5_000


def make_chat_file(folder: Path) -> Path:
    """A chat file written by Paddock's own export, of ``MESSAGES`` long messages."""
    from desktop.storage import ChatStore
    from desktop.storage.exchange import export_json

    store = ChatStore.open(folder / "source")
    conversation = store.conversations.create(model=MODEL, title="A very long chat")
    words = "The river runs past the old mill and on to the sea. "
    text = (words * (MESSAGE_CHARS // len(words) + 1))[:MESSAGE_CHARS]
    parent = None
    with store.database.transaction():
        for n in range(MESSAGES):
            role = "user" if n % 2 == 0 else "assistant"
            message = store.messages.add(
                conversation.id, role, f"{n}: {text}", parent_id=parent, model=MODEL
            )
            parent = message.id
    path = folder / "long-chat.json"
    path.write_text(json.dumps(export_json(store, conversation.id)), encoding="utf-8")
    store.close()
    return path


def _import(path: Path, data_dir: Path) -> dict[str, Any]:
    import qasync
    from PySide6.QtWidgets import QApplication

    from desktop.app import (
        build_context,
        freeze_start_up_objects,
        keep_gui_thread_responsive,
    )
    from desktop.ollama import AsyncOllamaClient, OllamaClient, OllamaError
    from desktop.ui.chat.tab import ChatTab

    keep_gui_thread_responsive()
    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    figures: dict[str, Any] = {}

    async def drive() -> None:
        client = AsyncOllamaClient(OllamaClient("http://127.0.0.1:9"))  # never asked
        tab = ChatTab(build_context(client, data_dir))
        tab.resize(1200, 800)
        tab.show()
        freeze_start_up_objects()  # as the app does once its window is up
        with contextlib.suppress(OllamaError):  # the app's first requests follow its first
            await client.version()  # paint: the HTTP stack is loaded long before an import
        notices: list[str] = []
        original = tab.show_notice

        def watched(text: str, *, problem: bool = True) -> None:
            notices.append(text)
            original(text, problem=problem)

        tab.show_notice = watched  # type: ignore[method-assign]
        await asyncio.sleep(0.2)
        probe = Probe()
        probe.start()
        started = time.perf_counter()
        imported = await tab.files.import_file(path)
        while tab.transcript.relayout_pending or not tab.transcript.messages:
            await asyncio.sleep(0.005)
        figures["seconds"] = time.perf_counter() - started
        probe.stop()
        figures["max_gap_ms"] = max(probe.gaps)
        figures["imported"] = imported is not None
        figures["shown"] = len(tab.transcript.messages)
        figures["progress_notices"] = sum(1 for text in notices if " of " in text)
        tab.shutdown()
        client.close()

    try:
        loop.run_until_complete(drive())
    finally:
        loop.close()
    return figures


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        path = make_chat_file(Path(folder))
        size_mb = path.stat().st_size / 1_000_000
        figures = _import(path, Path(folder) / "paddock")
    print(
        f"  import: {size_mb:.0f} MB file, {MESSAGES:,} messages, {figures['seconds']:.1f} s "
        f"until shown ({figures['shown']:,} messages in view's list), "
        f"{figures['progress_notices']} progress notices"
    )
    worst = figures["max_gap_ms"]
    return [
        Result("import 100 MB chat: GUI stall max", worst, "ms", "< 100 ms", worst < 100),
        Result(
            "import 100 MB chat: progress shown",
            figures["progress_notices"],
            "notices",
            "≥ 1",
            figures["progress_notices"] >= 1 and figures["imported"],
        ),
    ]
