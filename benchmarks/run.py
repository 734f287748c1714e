"""Run every benchmark (or the named ones) and print a table of figures.

``python -m benchmarks.run [name ...]`` — names are module suffixes: ``stream`` runs
``benchmarks/bench_stream.py``. Exit status 1 when a figure misses its target.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import time
import traceback

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import benchmarks
from benchmarks import Result


def discover() -> list[str]:
    return sorted(
        info.name.removeprefix("bench_")
        for info in pkgutil.iter_modules(benchmarks.__path__)
        if info.name.startswith("bench_")
    )


def format_value(result: Result) -> str:
    if result.unit == "ratio":
        return f"{result.value:.2f}"
    if abs(result.value) >= 100:
        return f"{result.value:,.0f}"
    return f"{result.value:.2f}"


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or discover()
    if not names:
        print("no benchmarks found")
        return 0
    results: list[Result] = []
    failures = 0
    for name in names:
        started = time.perf_counter()
        print(f"running {name} …", flush=True)
        try:
            module = importlib.import_module(f"benchmarks.bench_{name}")
            results.extend(module.run())
        except Exception:
            failures += 1
            traceback.print_exc()
            print(f"  {name} failed to run", flush=True)
        print(f"  {name} took {time.perf_counter() - started:.1f} s", flush=True)
    width = max((len(r.name) for r in results), default=10)
    print()
    print(f"{'benchmark':<{width}}  {'value':>14}  {'unit':<10}  {'target':<14}  result")
    for result in results:
        verdict = "" if result.ok is None else ("met" if result.ok else "MISSED")
        print(
            f"{result.name:<{width}}  {format_value(result):>14}  {result.unit:<10}  "
            f"{result.target or '':<14}  {verdict}"
        )
    targets = [r for r in results if r.ok is not None]
    met = sum(1 for r in targets if r.ok)
    print(
        f"\n{met} of {len(targets)} targets met"
        + (f"; {failures} failed to run" if failures else "")
    )
    return 0 if met == len(targets) and not failures else 1


if __name__ == "__main__":
    raise SystemExit(main())
