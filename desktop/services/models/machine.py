"""How much memory this computer has, for the catalogue's "fits this computer?" estimate.

Total RAM comes from the operating system without extra packages. Graphics memory is read only
where it can be had cheaply and safely: ``nvidia-smi`` (a short subprocess, so call
:func:`detect_machine` off the GUI thread) and Apple silicon, whose GPU shares the RAM.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass

# Metal lets the GPU use roughly two thirds of unified memory by default.
APPLE_GPU_SHARE = 2 / 3


@dataclass(frozen=True)
class MachineMemory:
    """Total RAM and graphics memory in bytes; None where it could not be found."""

    ram_bytes: int | None
    gpu_bytes: int | None = None
    gpu_name: str = ""
    unified: bool = False


def total_ram() -> int | None:
    """Physical memory in bytes, or None on a system that won't say."""
    if sys.platform == "win32":
        return _windows_ram()
    with contextlib.suppress(ValueError, OSError, AttributeError):
        pages = os.sysconf("SC_PHYS_PAGES")
        page_size = os.sysconf("SC_PAGE_SIZE")
        if pages > 0 and page_size > 0:
            return int(pages * page_size)
    return None


def _windows_ram() -> int | None:
    class MemoryStatus(ctypes.Structure):
        _fields_ = [
            ("dwLength", ctypes.c_ulong),
            ("dwMemoryLoad", ctypes.c_ulong),
            ("ullTotalPhys", ctypes.c_ulonglong),
            ("ullAvailPhys", ctypes.c_ulonglong),
            ("ullTotalPageFile", ctypes.c_ulonglong),
            ("ullAvailPageFile", ctypes.c_ulonglong),
            ("ullTotalVirtual", ctypes.c_ulonglong),
            ("ullAvailVirtual", ctypes.c_ulonglong),
            ("ullAvailExtendedVirtual", ctypes.c_ulonglong),
        ]

    status = MemoryStatus()
    status.dwLength = ctypes.sizeof(MemoryStatus)
    try:
        ok = ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None
    return int(status.ullTotalPhys) if ok else None


def nvidia_memory(timeout: float = 2.0) -> tuple[int, str] | None:
    """(bytes, name) of the largest NVIDIA card, or None without a working ``nvidia-smi``."""
    tool = shutil.which("nvidia-smi")
    if tool is None:
        return None
    try:
        output = subprocess.run(
            [tool, "--query-gpu=memory.total,name", "--format=csv,noheader,nounits"],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return parse_nvidia_output(output)


def parse_nvidia_output(output: str) -> tuple[int, str] | None:
    """``"24564, NVIDIA GeForce RTX 4090"`` lines (MiB) → the largest card."""
    best: tuple[int, str] | None = None
    for line in output.splitlines():
        mib, _, name = line.partition(",")
        try:
            size = int(float(mib.strip()) * 1024 * 1024)
        except ValueError:
            continue
        if best is None or size > best[0]:
            best = (size, name.strip())
    return best


def detect_machine() -> MachineMemory:
    """Blocking (may run ``nvidia-smi``): call it from a worker thread."""
    ram = total_ram()
    if sys.platform == "darwin" and platform.machine() == "arm64" and ram:
        return MachineMemory(ram, int(ram * APPLE_GPU_SHARE), "Apple silicon", unified=True)
    card = nvidia_memory()
    if card is not None:
        return MachineMemory(ram, card[0], card[1])
    return MachineMemory(ram)
