"""The window's size, place and maximised state survive a restart (each start a new process),
and the first start fits the window to the screen."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.restart import start
from tests.fake_ollama import FakeOllama


def screen(tmp_path: Path, width: int, height: int) -> str:
    """An offscreen platform with one screen of this size."""
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [
        {"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ]}))  # fmt: skip
    return f"offscreen:configfile={config}"


def figures(output: str, label: str) -> list[str]:
    line = next(line for line in output.splitlines() if line.startswith(label))
    return line.removeprefix(label).split()


def test_the_first_window_takes_most_of_the_screen_and_the_last_one_comes_back(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    data, big = tmp_path / "data", screen(tmp_path, 1920, 1080)
    first = start("geometry-look", data, fake_ollama.url, platform=big)
    assert figures(first, "normal:")[2:] == ["1536", "864"]  # 80 % of the screen
    start("geometry-set", data, fake_ollama.url, "100", "80", "1200", "700", "0", platform=big)
    again = start("geometry-look", data, fake_ollama.url, platform=big)
    assert figures(again, "normal:") == ["100", "80", "1200", "700"]
    assert "maximised: False" in again

    start("geometry-set", data, fake_ollama.url, "150", "90", "1100", "650", "1", platform=big)
    maximised = start("geometry-look", data, fake_ollama.url, platform=big)
    assert "maximised: True" in maximised
    start("geometry-look", data, fake_ollama.url, platform=big)  # closed maximised again
    assert "maximised: True" in start("geometry-look", data, fake_ollama.url, platform=big)


def test_the_first_window_is_never_smaller_than_useful_nor_larger_than_the_screen(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    medium = start("geometry-look", tmp_path / "a", fake_ollama.url,
                   platform=screen(tmp_path, 1280, 720))  # fmt: skip
    assert figures(medium, "normal:")[2:] == ["1024", "640"]  # 80 % would be 1024×576
    small = start("geometry-look", tmp_path / "b", fake_ollama.url,
                  platform=screen(tmp_path, 1000, 600))  # fmt: skip
    width, height = (int(value) for value in figures(small, "normal:")[2:])
    assert width <= 1000 and height <= 600
