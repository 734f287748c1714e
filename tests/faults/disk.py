"""Two ways to fill the disk under a real SQLite database, for the disk-full tests.

``limit_growth`` sets SQLite's ``max_page_count`` to the file's current size: SQLite itself
then answers every write that needs a new page with ``SQLITE_FULL`` ("database or disk is
full"), exactly as on a full disk, on any machine. ``small_disk`` mounts a real 2 MB tmpfs
(root on Linux only; the tests that need it skip with the reason elsewhere).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.storage.database import Database


def limit_growth(database: Database, spare_pages: int = 0) -> None:
    """No more room: writes that need more than ``spare_pages`` new pages fail with SQLITE_FULL."""
    pages = int(database.query_one("PRAGMA page_count")[0])
    database.query_one(f"PRAGMA max_page_count = {pages + spare_pages}")


def free_space(database: Database) -> None:
    """Room again."""
    database.query_one("PRAGMA max_page_count = 1073741823")


def _why_no_tmpfs() -> str:
    if not sys.platform.startswith("linux"):
        return "mounting a small tmpfs needs Linux"
    if os.geteuid() != 0:
        return "mounting a small tmpfs needs root"
    if shutil.which("mount") is None or shutil.which("umount") is None:
        return "mount/umount are not installed"
    return ""


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    """A real, tiny file system at ``folder`` (skips the test where it can't be mounted)."""
    reason = _why_no_tmpfs()
    if reason:
        pytest.skip(reason)
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system under ``folder`` up to ``leave`` free bytes; the filler file."""
    filler = folder / "filler.bin"
    block = b"\0" * 4096
    with filler.open("ab", buffering=0) as handle:
        while os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize > leave:
            try:
                handle.write(block)
            except OSError:  # no space left: full
                break
    return filler
