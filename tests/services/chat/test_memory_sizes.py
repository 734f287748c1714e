"""Sizing a larger memory from the model's metadata, and the free memory of this computer."""

from __future__ import annotations

from pathlib import Path

from desktop.services.chat.memory.budget import accepts_truncate, server_default
from desktop.services.chat.memory.kv_memory import (
    cache_shape,
    free_memory_bytes,
    next_size,
    plan_enlargement,
)
from tests.fake_ollama.state import RECORDED_SHOW


def test_smollm2s_cache_comes_from_its_recorded_metadata() -> None:
    shape = cache_shape(RECORDED_SHOW["model_info"])
    assert shape is not None
    # 30 layers × 3 KV heads × (64 + 64) numbers (576 / 9 heads) × 2 bytes
    assert shape.bytes_for(1) == 30 * 3 * 128 * 2
    assert cache_shape({"general.architecture": "llama"}) is None


def test_the_next_size_doubles_past_the_need_with_room_for_a_reply() -> None:
    assert next_size(4200, 4096) == 8192
    assert next_size(7600, 4096) == 16384  # 7600 × 1.1 does not fit 8192
    assert next_size(100, 4096) == 8192  # always more than now


def test_a_plan_counts_the_weights_when_not_loaded_and_refuses_plainly() -> None:
    shape = cache_shape(RECORDED_SHOW["model_info"])
    loaded = plan_enlargement(needed_tokens=5000, current=4096, trained=8192, shape=shape,
                              weights_bytes=98_000_000, loaded=True, free_bytes=10**10)  # fmt: skip
    assert loaded.possible and loaded.new_size == 8192 and loaded.capped_by_training is False
    assert loaded.extra_bytes == shape.bytes_for(8192) - shape.bytes_for(4096)  # type: ignore[union-attr]
    cold = plan_enlargement(needed_tokens=5000, current=4096, trained=8192, shape=shape,
                            weights_bytes=98_000_000, loaded=False, free_bytes=10**10)  # fmt: skip
    assert cold.extra_bytes == shape.bytes_for(8192) + 98_000_000  # type: ignore[union-attr]
    too_long = plan_enlargement(needed_tokens=9000, current=8192, trained=8192, shape=shape,
                                weights_bytes=None, loaded=True, free_bytes=None)  # fmt: skip
    assert too_long.refused == "too_long"
    capped = plan_enlargement(needed_tokens=7700, current=4096, trained=8192, shape=shape,
                              weights_bytes=None, loaded=True, free_bytes=None)  # fmt: skip
    assert capped.possible and capped.new_size == 8192 and capped.capped_by_training
    no_room = plan_enlargement(needed_tokens=5000, current=4096, trained=8192, shape=shape,
                               weights_bytes=None, loaded=True, free_bytes=1000)  # fmt: skip
    assert no_room.refused == "no_memory"


def test_free_memory_is_read_from_meminfo_or_unknown(tmp_path: Path) -> None:
    meminfo = tmp_path / "meminfo"
    meminfo.write_text("MemTotal:  16000000 kB\nMemAvailable:   9000000 kB\n")
    assert free_memory_bytes(meminfo) == 9_000_000 * 1024
    fallback = free_memory_bytes(tmp_path / "missing")  # os.sysconf, or None where it can't
    assert fallback is None or fallback > 0


def test_server_versions() -> None:
    assert server_default("0.6.6") == 2048 and server_default("0.6.7") == 4096
    assert server_default(None) == 4096
    assert accepts_truncate("0.12.6") and not accepts_truncate("0.12.5")
    assert not accepts_truncate(None) and accepts_truncate("0.0.0")
