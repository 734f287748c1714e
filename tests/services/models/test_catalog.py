"""The bundled catalogue is complete and valid; search, filters and the fit estimate."""

from __future__ import annotations

import json

from desktop.resources import resource_path
from desktop.services.models.catalog import (
    IN_THE_CLOUD,
    ON_THIS_COMPUTER,
    CatalogEntry,
    entry_fit,
    estimate_fit,
    load_catalog,
    parse_catalog,
    runs_in_cloud,
)
from desktop.services.models.machine import MachineMemory, parse_nvidia_output, total_ram
from desktop.services.models.names import check_model_name
from desktop.services.models.recommendations import Recommendation
from desktop.services.models.suggestions import suggested_entries

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
        assert entry.size > 10_000_000 or (entry.in_cloud and entry.size == 0)
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


def test_the_catalogue_keeps_cloud_models_apart() -> None:
    catalog = load_catalog()
    cloud = {entry.name for entry in catalog.entries if entry.group == IN_THE_CLOUD}
    assert {"gpt-oss:120b-cloud", "qwen3-coder:480b-cloud", "glm-4.6:cloud"} <= cloud
    local = {entry.name for entry in catalog.entries if entry.group == ON_THIS_COMPUTER}
    assert "gpt-oss:20b" in local and not cloud & local
    assert runs_in_cloud("gpt-oss:20b-cloud") and runs_in_cloud("library/glm-4.6:cloud")
    assert not runs_in_cloud("llama3.2:3b") and not runs_in_cloud("cloudy:7b")


def test_a_cloud_model_fits_any_computer_and_an_unknown_size_says_so() -> None:
    small = MachineMemory(4 * GB)
    cloud = CatalogEntry("gpt-oss", "120b-cloud", "", 0, "116.8B")
    assert entry_fit(cloud, small).level == "cloud"
    assert "ollama.com account" in entry_fit(cloud, small).explanation
    unknown = CatalogEntry("mystery", "7b", "", 0, "")
    assert entry_fit(unknown, small).level == "unknown"
    # The server's own memory figure counts: 3.5 GB needed fits a 16 GB computer well.
    told = CatalogEntry("mystery", "7b", "", 0, "", memory=3_500_000_000)
    assert entry_fit(told, MachineMemory(16 * GB)).level == "good"
    assert entry_fit(told, MachineMemory(4 * GB)).level == "too_big"


def test_suggestions_take_the_catalogue_s_plain_words_never_the_server_s() -> None:
    catalog = load_catalog()
    suggested = suggested_entries(
        [
            Recommendation("qwen3:4b", "Blazing fast frontier model!!!", 40960, 3_500_000_000),
            Recommendation("qwen3:4b", "again"),
            Recommendation("qwen3:2b", "Unreal speed"),
            Recommendation("gpt-oss:120b-cloud", "The best model ever"),
            Recommendation("acme-chat:9b", "Revolutionary AI"),
            Recommendation("acme-chat:cloud", "Revolutionary AI in the cloud"),
        ],
        catalog,
    )
    assert [entry.name for entry in suggested] == [
        "qwen3:4b", "qwen3:2b", "gpt-oss:120b-cloud", "acme-chat:9b", "acme-chat:cloud",
    ]  # fmt: skip
    assert all(entry.suggested for entry in suggested)
    words = " ".join(entry.description for entry in suggested)
    assert "Blazing" not in words and "Revolutionary" not in words and "best" not in words
    qwen = next(e for e in catalog.entries if e.name == "qwen3:4b")
    assert suggested[0].description == qwen.description and suggested[0].size == qwen.size
    assert suggested[0].memory == 3_500_000_000
    assert suggested[1].description == qwen.description  # known by its family
    assert [entry.group for entry in suggested] == [
        ON_THIS_COMPUTER, ON_THIS_COMPUTER, IN_THE_CLOUD, ON_THIS_COMPUTER, IN_THE_CLOUD,
    ]  # fmt: skip
    assert "suggests for its hardware" in suggested[3].description
    assert "runs on Ollama's computers" in suggested[4].description
