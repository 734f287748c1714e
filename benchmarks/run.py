"""Run every benchmark (or the named ones) and print a table of figures.

    python -m benchmarks.run [name ...]

Names are module suffixes: ``stream`` runs ``benchmarks/bench_stream.py``. Exit status 1 when a
figure misses its target or a benchmark fails to run, so a script or CI can act on it.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import os
import pkgutil
import subprocess
import sys
import time
import traceback
from collections.abc import Iterable

# Before anything imports Qt: benchmarks must run on a machine without a display, and qasync
# must bind PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import benchmarks
from benchmarks import Result


def discover() -> list[str]:
    """Names of the ``bench_*`` modules in this package, sorted."""
    return sorted(
        info.name.removeprefix("bench_")
        for info in pkgutil.iter_modules(benchmarks.__path__)
        if info.name.startswith("bench_")
    )


def as_result(item: Result | tuple) -> Result:
    """Accept a plain ``(name, value, unit[, target, ok])`` tuple as well as a Result."""
    return item if isinstance(item, Result) else Result(*item)


RESULTS = "benchmark results: "  # the line a child process gives its figures on


def run_one(name: str) -> list[Result] | None:
    """The figures of one benchmark, or None when it failed (the traceback is printed).

    Each benchmark runs in a process of its own, as the app would: what an earlier one left
    behind (threads, timers, a heap grown by 20,000-token floods) must not be measured as
    part of the next one's figures."""
    started = time.perf_counter()
    print(f"running {name} …", flush=True)
    child = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--in-this-process", name],
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    results = None
    for line in child.stdout.splitlines():
        if line.startswith(RESULTS):
            results = [Result(**fields) for fields in json.loads(line.removeprefix(RESULTS))]
        else:
            print(line, flush=True)
    if child.returncode != 0 or results is None:
        print(f"  {name} failed to run", flush=True)
        return None
    print(f"  {name} took {time.perf_counter() - started:.1f} s", flush=True)
    return results


def run_here(name: str) -> int:
    """Run one benchmark in this process; its figures go to stdout as one JSON line."""
    try:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        results = [as_result(item) for item in module.run()]
    except Exception:
        traceback.print_exc()
        return 1
    print(RESULTS + json.dumps([dataclasses.asdict(result) for result in results]), flush=True)
    return 0


def format_value(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.2f}"


def print_table(results: Iterable[Result]) -> None:
    rows = [
        (
            r.name,
            format_value(r.value),
            r.unit,
            r.target or "",
            "" if r.ok is None else ("met" if r.ok else "MISSED"),
        )
        for r in results
    ]
    header = ("benchmark", "value", "unit", "target", "result")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        name, value, unit, target, verdict = row
        print(
            f"{name:<{widths[0]}}  {value:>{widths[1]}}  {unit:<{widths[2]}}  "
            f"{target:<{widths[3]}}  {verdict}".rstrip()
        )


def main(argv: list[str] | None = None) -> int:
    arguments = list(argv if argv is not None else sys.argv[1:])
    if arguments[:1] == ["--in-this-process"] and len(arguments) == 2:
        return run_here(arguments[1])
    available = discover()
    names = arguments or available
    if not names:
        print("no benchmarks found")
        return 0
    unknown = [name for name in names if name not in available]
    if unknown:
        print(f"unknown benchmark: {', '.join(unknown)}; available: {', '.join(available)}")
        return 2
    results: list[Result] = []
    failed: list[str] = []
    for name in names:
        figures = run_one(name)
        if figures is None:
            failed.append(name)
        else:
            results += figures
    print()
    print_table(results)
    judged = [r for r in results if r.ok is not None]
    met = sum(1 for r in judged if r.ok)
    summary = f"\n{met} of {len(judged)} targets met"
    if failed:
        summary += f"; failed to run: {', '.join(failed)}"
    print(summary)
    return 0 if met == len(judged) and not failed else 1


if __name__ == "__main__":
    raise SystemExit(main())
