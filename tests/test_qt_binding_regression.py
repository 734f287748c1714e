"""Guards against the PySide6 6.12.0 crash on Python 3.11 (see DESIGN.md).

That release drops a reference to ``True`` on every signal emit; after enough emits Python
aborts ("bool_dealloc: deallocating True or False"). qasync's call_soon_threadsafe emits a
signal per call, so a long stream would kill the app. The checks run in a child process so that
a broken release fails these tests with a message instead of killing the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6 import __version_info__ as pyside_version

EMITS = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Source(QObject):
        fired = Signal(int)

    app = QCoreApplication([])
    source = Source()
    count = 0

    def slot(value):
        global count
        count += 1

    source.fired.connect(slot)
    before = sys.getrefcount(True)
    for i in range(100_000):
        source.fired.emit(i)
    after = sys.getrefcount(True)
    print(count, before - after)
    """
)

THREADSAFE_CALLS = textwrap.dedent(
    """
    import asyncio, os, threading
    os.environ["QT_API"] = "pyside6"
    from PySide6.QtWidgets import QApplication
    import qasync

    app = QApplication([])
    loop = qasync.QEventLoop(app)
    received = []

    async def main():
        done = asyncio.get_running_loop().create_future()
        total = 200_000

        def take(i):
            received.append(i)
            if len(received) == total and not done.done():
                done.set_result(None)

        def produce():
            for i in range(total):
                loop.call_soon_threadsafe(take, i)

        threading.Thread(target=produce).start()
        await done

    loop.run_until_complete(main())
    print(len(received), received == list(range(200_000)))
    """
)


def run_child(code: str) -> str:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=environment
    )
    assert result.returncode == 0, (
        f"the Qt binding crashed (exit {result.returncode}); is PySide6 on a broken release?\n"
        f"{result.stderr[-2000:]}"
    )
    return result.stdout.strip()


def test_pyside6_is_pinned_below_6_12() -> None:
    assert tuple(pyside_version[:2]) < (6, 12), (
        "PySide6 6.12 aborts on Python 3.11 after many signal emits: keep the pin (DESIGN.md)"
    )


def test_100_000_signal_emits_keep_the_process_alive() -> None:
    count, lost = run_child(EMITS).split()
    assert int(count) == 100_000
    assert int(lost) < 100, f"{lost} references to True were lost"


def test_200_000_thread_safe_calls_under_qasync_arrive_in_order() -> None:
    assert run_child(THREADSAFE_CALLS) == "200000 True"
