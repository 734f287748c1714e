"""Models tab: a fast pull must not load the GUI, and 500 installed models sort and filter fast.

1. Pull flood. The test server runs in a separate process (``--serve`` below) and streams a
   pull of 3 layers at 2,000 progress events per second; this process runs the real Models tab
   on a qasync loop (offscreen) and downloads it for ``PULL_SECONDS``. Measured here:
   - redraws per second of the download's row (target ≤ 10);
   - GUI-thread stalls: a 1 ms precise QTimer probe records the longest gap between its ticks,
     minus the 1 ms interval (target < 30 ms);
   - CPU: ``time.process_time()`` of this process (the GUI thread, the stream's reader thread
     and everything else of the app; the server's CPU is in the other process) divided by wall
     time (target < 10 %).
2. 500 installed models (served in-process; only the Qt side is timed): sorting by every column
   and filtering by words and by an ability, each including the view's relayout and repaint
   (processEvents); target < 50 ms for the median action (the worst is printed too).

``PADDOCK_BENCH_PULL_SECONDS`` sets the pull's length (default 10 s; the issue's 20 s doubles
the benchmark's run time without changing the rates measured). The test server sleeps a full
interval after each line, so it is asked for 3,000 lines/s to deliver about 2,000; the rate that
actually arrived is printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import Result

EVENTS_PER_SECOND = 3000  # the test server's pacing delivers about 2,000 a second
BYTE_RATE = 200_000_000  # 100 KB per event
LAYERS = [3_000_000_000, 1_000_000_000, 1_000_000_000]
PULL_SECONDS = float(os.environ.get("PADDOCK_BENCH_PULL_SECONDS", "10"))
MODEL_COUNT = 500
TARGET_FPS = 10
TARGET_STALL_MS = 30
TARGET_CPU = 0.10
TARGET_SORT_MS = 50


# --- the server process ---------------------------------------------------------------------


def serve() -> None:
    """Run the test server with the flood plan; print its URL; stop when stdin closes."""
    from tests.fake_ollama import FakeOllama, PullPlan

    server = FakeOllama()
    server.registry_add("flood:3layers", layer_sizes=LAYERS)
    server.pull_plan = PullPlan(byte_rate=BYTE_RATE, events_per_second=EVENTS_PER_SECOND)
    server.start()
    print(server.url, flush=True)
    sys.stdin.read()
    server.stop()


def _start_server() -> tuple[subprocess.Popen[str], str]:
    root = Path(__file__).resolve().parent.parent
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.bench_models", "--serve"],
        cwd=root,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    if not url.startswith("http"):
        process.kill()
        raise RuntimeError("the benchmark server did not start")
    return process, url


# --- shared Qt set-up -------------------------------------------------------------------------


def _qt():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    return app, loop


def _tab(url: str, data_dir: Path):
    from desktop.app import build_context
    from desktop.ollama import AsyncOllamaClient, OllamaClient
    from desktop.ui.models.tab import ModelsTab

    client = AsyncOllamaClient(OllamaClient(url))
    tab = ModelsTab(build_context(client, data_dir))
    tab.resize(1200, 800)
    tab.show()
    return tab, client


# --- 1. pull flood ----------------------------------------------------------------------------


def _pull_flood() -> list[Result]:
    import asyncio

    from PySide6.QtCore import Qt, QTimer

    _app, loop = _qt()
    process, url = _start_server()
    gaps: list[float] = []
    render_times: list[float] = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            tab, client = _tab(url, Path(folder))

            probe = QTimer()
            probe.setTimerType(Qt.TimerType.PreciseTimer)
            probe.setInterval(1)
            last = [time.perf_counter()]

            def tick() -> None:
                now = time.perf_counter()
                gaps.append(now - last[0])
                last[0] = now

            probe.timeout.connect(tick)

            async def run() -> tuple[float, float, list[float], int]:
                await asyncio.sleep(0.5)  # let the tab's first requests settle
                tab.queue_download("flood:3layers")
                row = tab.downloads_view.row_for("flood:3layers")
                render = row.render

                def timed_render() -> None:
                    render_times.append(time.perf_counter())
                    render()

                row._timer.timeout.disconnect()
                row._timer.timeout.connect(timed_render)
                row.render = timed_render
                # Measure once the bytes flow, not the request's set-up.
                while row.item.progress.completed == 0:
                    await asyncio.sleep(0.01)
                half = PULL_SECONDS / 2
                # First half: the stall probe runs (it costs CPU of its own).
                last[0] = time.perf_counter()
                probe.start()
                await asyncio.sleep(half)
                probe.stop()
                # Second half: CPU, without the probe.
                events_before = row.item.progress.events
                cpu_before = time.process_time()
                wall_before = time.perf_counter()
                await asyncio.sleep(half)
                wall = time.perf_counter() - wall_before
                cpu = time.process_time() - cpu_before
                received = row.item.progress.events - events_before
                tab.queue.pause(row.item)
                await asyncio.sleep(0.2)  # let the pull's task wind down
                return wall, cpu, list(render_times), received

            with loop:
                wall, cpu, renders, received = loop.run_until_complete(run())
                tab.shutdown()
                client.close()
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=10)
    stall_ms = max(0.0, (max(gaps) - 0.001) * 1000) if gaps else 0.0
    # Redraw rate: the most redraws inside any one-second window of the whole pull.
    fps = max((sum(1 for t in renders if start <= t < start + 1.0) for start in renders), default=0)
    cpu_share = cpu / wall
    print(
        f"  pull flood: {PULL_SECONDS:.0f} s, {received / wall:,.0f} events/s arrived "
        f"(server asked for {EVENTS_PER_SECOND}), {len(renders)} redraws; stalls = longest "
        f"gap of a 1 ms PreciseTimer probe minus 1 ms (first {PULL_SECONDS / 2:.0f} s); CPU = "
        f"this process's process_time (GUI + reader threads; the server runs in a "
        f"subprocess) / wall time (last {PULL_SECONDS / 2:.0f} s, probe off)",
        flush=True,
    )
    return [
        Result("models: pull flood events arrived", received / wall, "events/s"),
        Result(
            "models: download row redraws (max in 1 s)",
            fps,
            "per s",
            f"<= {TARGET_FPS}",
            fps <= TARGET_FPS,
        ),
        Result(
            "models: GUI stall max (1 ms probe)",
            stall_ms,
            "ms",
            f"< {TARGET_STALL_MS}",
            stall_ms < TARGET_STALL_MS,
        ),
        Result(
            "models: app CPU during pull",
            cpu_share * 100,
            "% of wall",
            f"< {TARGET_CPU * 100:.0f}",
            cpu_share < TARGET_CPU,
        ),
    ]


# --- 2. 500 installed models ------------------------------------------------------------------


def _sort_and_filter() -> list[Result]:
    import asyncio

    from PySide6.QtCore import Qt

    from desktop.ui.models.installed_model import InstalledModelsModel
    from tests.fake_ollama import FakeOllama

    app, loop = _qt()
    families = ["llama", "qwen3", "gemma3", "mistral", "phi3", "granite"]
    capability_sets = [
        ("completion",),
        ("completion", "tools"),
        ("completion", "vision"),
        ("completion", "tools", "thinking"),
        ("embedding",),
    ]
    sort_ms: list[float] = []
    filter_ms: list[float] = []
    with FakeOllama() as server, tempfile.TemporaryDirectory() as folder:
        for index in range(MODEL_COUNT):
            server.add_model(
                f"{families[index % 6]}-variant{index}:{index % 9}b",
                size=50_000_000 + index * 7_919_000,
                family=families[index % 6],
                parameter_size=f"{(index % 70) + 0.5}B",
                quantization_level=("Q4_K_M", "Q8_0", "F16")[index % 3],
                capabilities=capability_sets[index % 5],
            )
        tab, client = _tab(server.url, Path(folder))

        async def settle() -> None:
            while tab.installed_model.rowCount() < MODEL_COUNT:
                await asyncio.sleep(0.01)

        with loop:
            loop.run_until_complete(settle())
            app.processEvents()

            def timed(action) -> float:
                started = time.perf_counter()
                action()
                app.processEvents()
                return (time.perf_counter() - started) * 1000

            for column in range(InstalledModelsModel.ABILITIES + 1):
                for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                    sort_ms.append(timed(lambda c=column, o=order: tab.table.sortByColumn(c, o)))
            for text in ("llama", "qwen3 variant1", "zzz", ""):
                filter_ms.append(timed(lambda t=text: tab.filter_input.setText(t)))
            for index in range(tab.ability_filter.count()):
                filter_ms.append(timed(lambda i=index: tab.ability_filter.setCurrentIndex(i)))
            tab.shutdown()
            client.close()
    # Each action is timed 14 (sorts) and 10 (filters) times; the median is the figure held
    # to the target (a 2-core machine shared with other work has outliers), the worst is shown.
    middle_sort, middle_filter = statistics.median(sort_ms), statistics.median(filter_ms)
    return [
        Result(
            f"models: sort {MODEL_COUNT} installed (median)",
            middle_sort,
            "ms",
            f"< {TARGET_SORT_MS}",
            middle_sort < TARGET_SORT_MS,
        ),
        Result(f"models: sort {MODEL_COUNT} installed (worst)", max(sort_ms), "ms"),
        Result(
            f"models: filter {MODEL_COUNT} installed (median)",
            middle_filter,
            "ms",
            f"< {TARGET_SORT_MS}",
            middle_filter < TARGET_SORT_MS,
        ),
        Result(f"models: filter {MODEL_COUNT} installed (worst)", max(filter_ms), "ms"),
    ]


def run() -> list[Result]:
    return _pull_flood() + _sort_and_filter()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--serve", action="store_true", help="run the flood server (internal)")
    if parser.parse_args().serve:
        serve()
    else:
        for result in run():
            print(result)
