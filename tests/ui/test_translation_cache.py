"""A checkout has only the .ts sources: they are compiled once into the data folder's cache,
and a later start loads that .qm without running the compiler again."""

from __future__ import annotations

from pathlib import Path

from desktop import translations
from desktop.resources import resource_path


def test_a_second_start_loads_the_cached_translation_without_compiling(
    monkeypatch, tmp_path: Path
) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    source = resource_path("translations", "paddock_de.ts")
    (sources / source.name).write_bytes(source.read_bytes())
    monkeypatch.setattr(translations, "translations_dir", lambda: sources)
    cache = tmp_path / "data" / "cache"
    first = translations.compiled_file("de", cache)
    assert first == cache / "paddock_de.qm" and first.is_file()
    compiled_at = first.stat().st_mtime_ns

    monkeypatch.setattr(translations, "lrelease_program", lambda: None)  # no compiler now
    assert translations.compiled_file("de", cache) == first
    assert first.stat().st_mtime_ns == compiled_at
