"""Start Paddock in a new process on a data folder (see ``restart_child``) and read its output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def start(scenario: str, data: Path, server: str, *args: str, platform: str = "offscreen") -> str:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": platform,
        "OLLAMA_HOST": server,
        # No real keyring: a test must never write into the user's.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.e2e.restart_child", scenario, str(data), *args],
        capture_output=True,
        text=True,
        timeout=90,
        env=environment,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    return result.stdout
