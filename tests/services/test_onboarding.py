"""The first-run guide's decisions: steps and the suggested first model."""

from __future__ import annotations

from desktop.formats import human_size
from desktop.services.models.catalog import load_catalog, parse_catalog
from desktop.services.onboarding import (
    FIRST_MODEL,
    Step,
    current_step,
    suggest_first_model,
)


def test_steps_follow_the_server_and_the_models() -> None:
    assert current_step(connected=False, installed=["a"], downloading=False) is Step.CONNECT
    assert current_step(connected=True, installed=None, downloading=False) is Step.CONNECT
    assert current_step(connected=True, installed=[], downloading=False) is Step.DOWNLOAD
    assert current_step(connected=True, installed=[], downloading=True) is Step.DOWNLOADING
    assert current_step(connected=True, installed=["a"], downloading=True) is Step.READY


def test_the_shipped_catalogue_suggests_a_small_chat_model() -> None:
    entry = suggest_first_model(load_catalog())
    assert entry is not None and entry.name == FIRST_MODEL
    assert entry.size < 2_000_000_000
    assert human_size(entry.size) == "1.3 GB"


def test_without_the_preferred_model_the_smallest_chat_model_is_suggested() -> None:
    catalog = parse_catalog(
        {
            "models": [
                {"name": "embed", "description": "", "capabilities": ["embedding"],
                 "default_tag": "v1", "tags": [{"tag": "v1", "size": 400_000_000}]},
                {"name": "big", "description": "", "default_tag": "7b",
                 "tags": [{"tag": "7b", "size": 4_000_000_000},
                          {"tag": "2b", "size": 1_600_000_000}]},
                {"name": "tiny", "description": "", "default_tag": "1b",
                 "tags": [{"tag": "1b", "size": 900_000_000}]},
            ]
        }
    )  # fmt: skip
    entry = suggest_first_model(catalog)
    assert entry is not None and entry.name == "tiny:1b"
    assert human_size(900_000_000) == "900 MB"
