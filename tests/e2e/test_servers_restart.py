"""Servers edited, renamed and removed stay so after a restart (each start a new process)."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.restart import start
from tests.fake_ollama import FakeOllama


def test_edited_servers_survive_a_restart(
    tmp_path: Path, fake_ollama: FakeOllama, refused_url: str
) -> None:
    data = tmp_path / "data"
    with FakeOllama() as office:
        start("servers-edit", data, fake_ollama.url, office.url, refused_url)
        seen = start("servers-look", data, fake_ollama.url)
        assert "servers: ['This computer', 'Office', 'Add a server…']" in seen
        assert "current: Office" in seen
        assert office.url in seen  # the address is in the tooltip
