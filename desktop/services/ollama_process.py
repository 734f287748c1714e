"""Start Ollama for the user when it is installed here but not running.

Finds the ``ollama`` executable (PATH, then the places the official installers use), runs
``ollama serve`` as a child process listening where Paddock looks for it, keeps the last lines
of its log for a dialog, and stops it on quit — only if Paddock started it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import sys
import urllib.parse
from collections import deque
from collections.abc import Callable
from pathlib import Path

LOG_LINES = 2000


def candidate_paths(platform: str = sys.platform, home: Path | None = None) -> list[Path]:
    """Where the official installers put ``ollama`` on each OS (after PATH)."""
    home = home or Path.home()
    if platform == "darwin":
        return [
            Path("/Applications/Ollama.app/Contents/Resources/ollama"),
            home / "Applications/Ollama.app/Contents/Resources/ollama",
            Path("/opt/homebrew/bin/ollama"),
            Path("/usr/local/bin/ollama"),
        ]
    if platform == "win32":
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData/Local"))
        return [local / "Programs/Ollama/ollama.exe", Path("C:/Program Files/Ollama/ollama.exe")]
    return [Path("/usr/local/bin/ollama"), Path("/usr/bin/ollama"), home / ".local/bin/ollama"]


def find_ollama(path: str | None = None, candidates: list[Path] | None = None) -> Path | None:
    found = shutil.which("ollama", path=path)
    if found:
        return Path(found)
    for candidate in candidate_paths() if candidates is None else candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def listen_address(url: str) -> str:
    """``OLLAMA_HOST`` for ``ollama serve`` so it listens where Paddock connects."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{parts.port or 11434}"


class OllamaProcess:
    """One ``ollama serve`` child. ``on_line`` receives its log lines as they come."""

    def __init__(self, on_line: Callable[[str], None] | None = None) -> None:
        self.log: deque[str] = deque(maxlen=LOG_LINES)
        self.on_line = on_line
        self._process: asyncio.subprocess.Process | None = None
        self._reader: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.returncode is None

    @property
    def started_by_us(self) -> bool:
        return self._process is not None

    async def start(self, executable: Path, url: str) -> None:
        if self.running:
            return
        environment = {**os.environ, "OLLAMA_HOST": listen_address(url)}
        self._process = await asyncio.create_subprocess_exec(
            str(executable),
            "serve",
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
            env=environment,
        )
        self._reader = asyncio.get_running_loop().create_task(self._read_log())

    async def _read_log(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        while line := await self._process.stdout.readline():
            text = line.decode("utf-8", "replace").rstrip()
            self.log.append(text)
            if self.on_line is not None:
                self.on_line(text)
        code = await self._process.wait()
        message = f"(ollama serve ended with exit code {code})"
        self.log.append(message)
        if self.on_line is not None:
            self.on_line(message)

    def terminate(self) -> None:
        """Ask the child to end now (for quitting, when there is no time to wait)."""
        if self.running:
            assert self._process is not None
            self._process.terminate()

    async def stop(self, timeout: float = 5.0) -> None:
        """Stop the child if it is still running: politely first, then firmly."""
        process = self._process
        if process is None or process.returncode is not None:
            return
        process.terminate()
        try:
            await asyncio.wait_for(process.wait(), timeout)
        except TimeoutError:
            process.kill()
            await process.wait()
        if self._reader is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self._reader, 1)
