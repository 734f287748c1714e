"""Starting Ollama for the user, with a stand-in executable that serves the test server."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

from desktop.ollama import OllamaClient, ServerUnreachable
from desktop.services.ollama_process import (
    OllamaProcess,
    candidate_paths,
    find_ollama,
    listen_address,
)
from tests.conditions import until

ROOT = Path(__file__).resolve().parents[2]

STAND_IN = """#!{python}
import sys, signal, threading
sys.path.insert(0, {root!r})
from tests.fake_ollama import FakeOllama
import os
assert sys.argv[1:] == ["serve"], sys.argv
host, port = os.environ["OLLAMA_HOST"].rsplit(":", 1)
server = FakeOllama(version="0.24.0")
server.start(int(port))
print("Listening on", os.environ["OLLAMA_HOST"], "(version 0.24.0)", flush=True)
stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: stop.set())
stop.wait()
server.stop()
print("shutting down", flush=True)
"""


@pytest.fixture
def stand_in(tmp_path: Path) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    executable = folder / "ollama"
    executable.write_text(STAND_IN.format(python=sys.executable, root=str(ROOT)))
    executable.chmod(0o755)
    return executable


def test_finds_ollama_on_path_or_in_the_usual_places(stand_in: Path, tmp_path: Path) -> None:
    assert find_ollama(path=str(stand_in.parent)) == stand_in
    assert find_ollama(path=str(tmp_path / "empty"), candidates=[stand_in]) == stand_in
    assert find_ollama(path=str(tmp_path / "empty"), candidates=[tmp_path / "nope"]) is None
    assert Path("/Applications/Ollama.app/Contents/Resources/ollama") in candidate_paths("darwin")
    assert any(str(p).endswith("ollama.exe") for p in candidate_paths("win32"))


def test_listen_address_matches_where_we_connect() -> None:
    assert listen_address("http://127.0.0.1:11434") == "127.0.0.1:11434"
    assert listen_address("http://localhost:5000") == "localhost:5000"
    assert listen_address("http://[::1]:11434") == "[::1]:11434"


def test_start_serves_then_stop_ends_it(stand_in: Path, refused_url: str) -> None:
    url = refused_url
    client = OllamaClient(url)
    with pytest.raises(ServerUnreachable):
        client.version()
    lines: list[str] = []

    async def scenario() -> str:
        process = OllamaProcess(on_line=lines.append)
        await process.start(stand_in, url)
        assert process.running and process.started_by_us
        loop = asyncio.get_running_loop()
        await until(lambda: any("Listening on" in line for line in lines), 20, why=lines)
        version = await loop.run_in_executor(None, client.version)
        await process.stop()
        assert not process.running
        return version

    assert asyncio.run(scenario()) == "0.24.0"
    assert any("exit code" in line for line in lines)
    with pytest.raises(ServerUnreachable):
        client.version()


def test_stop_does_nothing_when_we_did_not_start_it() -> None:
    process = OllamaProcess()
    asyncio.run(process.stop())
    assert not process.started_by_us and not process.running
