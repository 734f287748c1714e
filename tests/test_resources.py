"""Resources are found from a checkout and from a frozen bundle alike."""

from __future__ import annotations

import sys

from desktop.resources import resource_path, resources_root


def test_from_source() -> None:
    assert resource_path("icons", "paddock.svg").is_file()
    assert resources_root().name == "resources"


def test_from_a_frozen_bundle(monkeypatch, tmp_path) -> None:
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    (tmp_path / "resources" / "icons" / "paddock.svg").write_text("<svg/>")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("icons", "paddock.svg") == tmp_path / "resources" / "icons" / "paddock.svg"
    assert resource_path("icons", "paddock.svg").read_text() == "<svg/>"
