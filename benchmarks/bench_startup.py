"""Start-up: Paddock's first paint against a bare PySide6 window, measured in the same run.

Each start is a fresh subprocess, offscreen, alternating between a bare window (QApplication and
a QMainWindow shown; exits after its first paint) and ``python -m desktop --self-check`` with a
data folder that an earlier run created (database made and migrated; the self-check never
shows the first-run guide). Both print a line right after their first paint; the time
from starting the process to reading that line is the start-to-first-paint figure. The
self-check then builds the Chat tab (as a start does right after the first paint) and prints a
second line once the Chat tab has been drawn too (reported, compared with the bare window's
first paint); then it builds every tab and exits; its whole wall time is reported too. CPU
seconds come from ``getrusage(RUSAGE_CHILDREN)`` deltas.

Bytecode is cached in a scratch folder (``PYTHONPYCACHEPREFIX``) and each program runs once
before timing, as an installed app would start. Target: first paint ≤ 2.5 × the bare window's.
Another load on the machine slows both alike; the ratio is what is judged.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks import Result

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
MAX_RATIO = 2.5
PAINTED = "painted"  # both programs print a line containing this right after the first paint
CHAT_PAINTED = "chat painted"  # and Paddock once its Chat tab has been drawn

BARE_WINDOW = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False

def done():
    print("window {PAINTED}", flush=True)
    app.quit()

window = QMainWindow()
window.resize(1100, 720)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


@dataclass(frozen=True)
class Start:
    first_paint: float  # seconds from starting the process to its "painted" line
    chat_paint: float | None  # seconds to its "chat painted" line (Paddock only)
    wall: float  # seconds until the process ended
    cpu: float  # user + system seconds of the process


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _start(command: list[str], environment: dict[str, str]) -> Start:
    cpu_before = _children_cpu()
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first_paint = chat_paint = None
    output = []
    for line in process.stdout:
        output.append(line)
        if chat_paint is None and CHAT_PAINTED in line:
            chat_paint = time.perf_counter() - started
        elif first_paint is None and PAINTED in line:
            first_paint = time.perf_counter() - started
    _out, errors = process.communicate()
    wall = time.perf_counter() - started
    if process.returncode != 0 or first_paint is None:
        raise RuntimeError(f"{command} failed:\n{''.join(output)}\n{errors}")
    return Start(first_paint, chat_paint, wall, _children_cpu() - cpu_before)


def _environment(scratch: Path) -> dict[str, str]:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPYCACHEPREFIX": str(scratch / "bytecode"),
    }
    environment.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode
    return environment


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        data = scratch / "data"
        environment = _environment(scratch)
        bare = [sys.executable, "-c", BARE_WINDOW]
        paddock = [sys.executable, "-m", "desktop", "--self-check", "--data-dir", str(data)]
        _start(bare, environment)  # bytecode written, files in the page cache
        _start(paddock, environment)  # and the data folder made, as by a first run
        bare_starts: list[Start] = []
        paddock_starts: list[Start] = []
        for _ in range(RUNS):
            bare_starts.append(_start(bare, environment))
            paddock_starts.append(_start(paddock, environment))

    def median(starts: list[Start], field: str) -> float:
        return statistics.median(getattr(start, field) for start in starts)

    bare_paint, paddock_paint = (
        median(bare_starts, "first_paint"),
        median(paddock_starts, "first_paint"),
    )
    bare_wall, paddock_wall = median(bare_starts, "wall"), median(paddock_starts, "wall")
    chat_paint = median(paddock_starts, "chat_paint")
    ratio = paddock_paint / bare_paint
    return [
        Result(f"startup: bare PySide6 window, first paint (median of {RUNS})", bare_paint, "s"),
        Result("startup: Paddock, first paint", paddock_paint, "s"),
        Result(
            "startup: first paint, Paddock / bare window",
            ratio,
            "x",
            target=f"<= {MAX_RATIO}",
            ok=ratio <= MAX_RATIO,
        ),
        Result("startup: Paddock, Chat tab drawn", chat_paint, "s"),
        Result(
            "startup: Chat tab drawn, Paddock / bare window's first paint",
            chat_paint / bare_paint,
            "x",
        ),
        Result("startup: bare window, start to exit", bare_wall, "s"),
        Result("startup: --self-check (builds every tab), start to exit", paddock_wall, "s"),
        Result("startup: --self-check / bare window, start to exit", paddock_wall / bare_wall, "x"),
        Result("startup: bare window, CPU", median(bare_starts, "cpu"), "s"),
        Result("startup: --self-check, CPU", median(paddock_starts, "cpu"), "s"),
    ]
