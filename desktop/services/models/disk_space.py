"""How much disk the installed models take, counting what copies share once.

``ollama cp`` makes a second name for the same files: both names list the same size and
the same manifest digest, and summing the sizes counted the files twice ("2 models use
197 MB" for one 98 MB model and its copy). Names with one digest are one entry here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.ollama.types import ModelInfo


@dataclass(frozen=True, slots=True)
class DiskShare:
    names: tuple[str, ...]  # every name of the same files (a model and its copies)
    size: int


def disk_shares(models: Sequence[ModelInfo]) -> list[DiskShare]:
    """One entry per set of files on disk, largest first."""
    by_files: dict[str, list[ModelInfo]] = {}
    for model in models:
        key = model.digest or f"name:{model.name}"  # no digest: only its own name can share
        by_files.setdefault(key, []).append(model)
    shares = [
        DiskShare(tuple(model.name for model in same), max(model.size for model in same))
        for same in by_files.values()
    ]
    return sorted(shares, key=lambda share: share.size, reverse=True)
