"""Guards against the PySide6 6.12.0 crash on Python 3.11 (docs/architecture.md, "Pinned versions").

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

import pytest
from PySide6 import __version__ as pyside_text
from PySide6 import __version_info__ as pyside_version

TIMEOUT_S = 300

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
    import asyncio, threading
    from PySide6.QtWidgets import QApplication  # before qasync, so qasync binds PySide6
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

        producer = threading.Thread(target=produce)
        producer.start()
        await done
        producer.join()

    loop.run_until_complete(main())
    print(len(received), received == list(range(200_000)))
    """
)


def run_child(code: str) -> str:
    """Run ``code`` in a fresh interpreter; a crash there is a failed test here, not a dead run."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_API": "pyside6"}
    try:
        result = subprocess.run(
            [sys.executable, "-X", "faulthandler", "-c", code],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            env=environment,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"the Qt binding check hung for {TIMEOUT_S} s (PySide6 {pyside_text})")
    assert result.returncode == 0, (
        f"the Qt binding check died with exit {result.returncode} on PySide6 {pyside_text}; "
        "is this a broken release (docs/architecture.md, 'Pinned versions')?\n"
        f"stdout: {result.stdout[-500:]}\nstderr: {result.stderr[-2000:]}"
    )
    return result.stdout.strip()


def test_pyside6_is_pinned_below_6_12() -> None:
    assert tuple(pyside_version[:2]) < (6, 12), (
        f"PySide6 {pyside_text} is installed; 6.12.0 aborts on Python 3.11 after many signal "
        "emits. Keep PySide6-Essentials<6.12 (docs/architecture.md, 'Pinned versions') until a "
        "release passes the two tests below on Python 3.11."
    )


@pytest.mark.slow
def test_100_000_signal_emits_keep_the_process_alive() -> None:
    count, lost = run_child(EMITS).split()
    assert int(count) == 100_000, f"the slot ran {count} times for 100,000 emits"
    assert int(lost) < 100, f"{lost} references to True were lost over 100,000 emits"


@pytest.mark.slow
def test_200_000_thread_safe_calls_under_qasync_arrive_in_order() -> None:
    assert run_child(THREADSAFE_CALLS) == "200000 True"
