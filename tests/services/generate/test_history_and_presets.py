"""Presets on disk and the session's run history."""

from __future__ import annotations

from datetime import datetime

from desktop.services.generate.history import RunHistory, RunRecord
from desktop.services.generate.presets import PresetStore
from desktop.services.generate.request import (
    GenerateForm,
)


def test_presets_round_trip_and_survive_a_corrupt_file(tmp_path) -> None:
    store = PresetStore(tmp_path)
    form = GenerateForm(model="m", prompt="p", options={"seed": 7}, format_mode="json")
    store.save("Repeatable", form)
    assert PresetStore(tmp_path).load("Repeatable") == form
    assert store.names() == ["Repeatable"]
    store.path.write_text("{not json")
    assert store.names() == []
    store.save("again", form)
    assert store.names() == ["again"]
    store.delete("again")
    assert store.names() == []


def test_history_keeps_the_last_twenty_newest_first() -> None:
    history = RunHistory()
    for index in range(25):
        history.add(RunRecord(started=datetime(2026, 1, 1), model=f"m{index}", request={}))
    assert len(history) == 20
    assert history[0].model == "m24" and history.runs()[-1].model == "m5"
    run = RunRecord(started=datetime(2026, 1, 1), model="m", request={}, output="word " * 30)
    assert run.first_words == "word word word word word word word word"
    assert run.tokens_per_second is None
