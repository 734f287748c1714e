"""Disk space of installed models: a copy's files are counted once."""

from __future__ import annotations

from desktop.ollama.types import ModelInfo
from desktop.services.models.disk_space import disk_shares


def model(name: str, size: int, digest: str) -> ModelInfo:
    return ModelInfo.from_json({"name": name, "model": name, "size": size, "digest": digest})


def test_names_with_one_digest_are_one_share() -> None:
    shares = disk_shares(
        [
            model("smollm2:135m", 98, "a" * 64),
            model("helper:latest", 98, "a" * 64),
            model("gemma3:4b", 3300, "b" * 64),
        ]
    )
    assert [(share.names, share.size) for share in shares] == [
        (("gemma3:4b",), 3300),
        (("smollm2:135m", "helper:latest"), 98),
    ]


def test_models_without_a_digest_are_never_merged() -> None:
    shares = disk_shares([model("a", 10, ""), model("b", 10, "")])
    assert sorted(share.names for share in shares) == [("a",), ("b",)]
