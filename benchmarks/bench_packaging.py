"""Installer figures: .deb size and the frozen app's start-up to a finished --self-check.

Builds the .deb with packaging/linux/build-deb (a couple of minutes), unpacks it into a scratch
root and times the installed app: the first start after unpacking, then the median of five.
Targets: .deb ≤ 45 MB; start < 1.5 s.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import Result

ROOT = Path(__file__).resolve().parent.parent
MAX_MB = 45
MAX_START = 1.5


def _start_time(executable: Path, data_dir: Path) -> float:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    subprocess.run(
        [str(executable), "--self-check", "--data-dir", str(data_dir)],
        check=True,
        capture_output=True,
        env=environment,
    )
    return time.perf_counter() - started


def run() -> list[Result]:
    if shutil.which("dpkg-deb") is None:
        print("dpkg-deb not available: packaging benchmark skipped")
        return []
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch)
        subprocess.run(
            [sys.executable, str(ROOT / "packaging/linux/build-deb"), "--out", str(out),
             "--no-checks"],
            check=True,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        (deb,) = out.glob("paddock_*.deb")
        size_mb = deb.stat().st_size / 1024 / 1024
        root = out / "root"
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        executable = root / "opt/paddock/paddock"
        first = _start_time(executable, out / "data")
        warm = statistics.median(_start_time(executable, out / "data") for _ in range(5))
    return [
        Result("packaging: .deb size", size_mb, "MB", target=f"<= {MAX_MB}", ok=size_mb <= MAX_MB),
        Result(
            "packaging: first start to self-check done",
            first,
            "s",
            target=f"< {MAX_START}",
            ok=first < MAX_START,
        ),
        Result(
            "packaging: start, median of 5", warm, "s", target=f"< {MAX_START}", ok=warm < MAX_START
        ),
    ]
