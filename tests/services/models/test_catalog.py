"""The bundled catalogue is complete and valid; search, filters and the fit estimate."""

from __future__ import annotations

import json

from desktop.resources import resource_path
from desktop.services.models.catalog import estimate_fit, load_catalog, parse_catalog
from desktop.services.models.machine import MachineMemory, parse_nvidia_output, total_ram
from desktop.services.models.names import check_model_name

GB = 1_000_000_000


def test_the_bundled_catalogue_is_valid() -> None:
    catalog = load_catalog()
    assert catalog.problems == ()
    assert "approximate" in catalog.note
    names = {entry.name for entry in catalog.entries}
    for wanted in ("llama3.2:1b", "llama3.2:3b", "llama3.1:8b", "qwen3:0.6b", "qwen3:8b",
                   "gemma3:1b", "gemma3:4b", "gemma3:12b", "mistral:7b", "phi4-mini:3.8b",
                   "deepseek-r1:1.5b", "deepseek-r1:7b", "deepseek-r1:8b", "qwen2.5-coder:7b",
                   "llava:7b", "nomic-embed-text:v1.5", "smollm2:135m", "smollm2:360m",
                   "smollm2:1.7b", "granite3.3:8b"):  # fmt: skip
        assert wanted in names
    assert len(names) == len(catalog.entries)
    data = json.loads(resource_path("catalog.json").read_text("utf-8"))
    for model in data["models"]:
        assert model["default_tag"] in [tag["tag"] for tag in model["tags"]]
        assert model["description"]
    for entry in catalog.entries:
        assert check_model_name(entry.name).ok
        assert entry.size > 10_000_000
        assert entry.parameters
        assert set(entry.capabilities) <= {"vision", "tools", "thinking", "embedding", "insert"}


def test_search_and_capability_filters() -> None:
    catalog = load_catalog()
    vision = catalog.search(capability="vision")
    assert vision and all("vision" in e.capabilities for e in vision)
    assert "gemma3:1b" not in {e.name for e in vision}  # tags may narrow what a model can do
    assert {e.model for e in catalog.search("embeddings")} >= {"nomic-embed-text"}
    code = {e.model for e in catalog.search(capability="code")}
    assert "qwen2.5-coder" in code and "llama3.2" not in code
    assert {e.name for e in catalog.search("friendly 3b")} == {"llama3.2:3b"}


def test_a_broken_model_entry_is_skipped_and_named() -> None:
    catalog = parse_catalog({"models": [{"name": "ok", "tags": [{"tag": "1b", "size": 5}]},
                                        {"name": "bad", "tags": [{"size": 1}]}]})  # fmt: skip
    assert [e.name for e in catalog.entries] == ["ok:1b"]
    assert "bad" in catalog.problems[0]


def test_fit_estimates_explain_themselves() -> None:
    laptop = MachineMemory(ram_bytes=16 * GB)
    assert estimate_fit(2 * GB, laptop).level == "good"
    assert "this computer has 16.0 GB" in estimate_fit(2 * GB, laptop).explanation
    assert estimate_fit(10 * GB, laptop).level == "tight"
    too_big = estimate_fit(40 * GB, laptop)
    assert too_big.level == "too_big" and "only 16.0 GB" in too_big.explanation
    big_ram = MachineMemory(ram_bytes=64 * GB)
    assert estimate_fit(20 * GB, big_ram).level == "slow"
    gaming = MachineMemory(ram_bytes=32 * GB, gpu_bytes=24 * GB, gpu_name="RTX 4090")
    on_card = estimate_fit(14 * GB, gaming)
    assert on_card.level == "good" and "RTX 4090" in on_card.explanation
    assert estimate_fit(1 * GB, MachineMemory(None)).level == "unknown"


def test_memory_detection() -> None:
    ram = total_ram()
    assert ram is None or ram > 100_000_000
    assert parse_nvidia_output("8192, Small\n24576, NVIDIA RTX 4090\nbad line\n") == (
        24576 * 1024 * 1024,
        "NVIDIA RTX 4090",
    )
    assert parse_nvidia_output("") is None
