"""Importing a GGUF file: magic bytes first, then hash, HEAD, upload, create; cancellable."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop.services.models.gguf_import import (
    GgufImport,
    ImportCancelled,
    NotGguf,
    check_gguf,
    default_model_name,
)

MB = 1024 * 1024


def gguf_file(folder: Path, size: int, name: str = "Tiny-Model.Q4_K_M.gguf") -> Path:
    path = folder / name
    with path.open("wb") as handle:
        handle.write(b"GGUF" + b"\x03\x00\x00\x00")
        handle.write(bytes(range(256)) * (size // 256))
    return path


def test_only_gguf_files_pass(tmp_path: Path) -> None:
    text = tmp_path / "notes.gguf"
    text.write_text("hello")
    with pytest.raises(NotGguf, match="not a GGUF model file"):
        check_gguf(text)
    with pytest.raises(NotGguf, match="folder"):
        check_gguf(tmp_path)
    with pytest.raises(NotGguf, match="doesn't exist"):
        check_gguf(tmp_path / "gone.gguf")
    check_gguf(gguf_file(tmp_path, 1000))
    assert (
        default_model_name(Path("Qwen2.5-7B Instruct.Q4_K_M.gguf")) == "qwen2.5-7b-instruct.q4_k_m"
    )


def test_import_uploads_the_blob_and_creates_the_model(arun, aclient, fake_ollama, tmp_path):
    path = gguf_file(tmp_path, 3 * MB)
    digest = "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
    stages: list[str] = []
    statuses: list[str] = []
    job = GgufImport(aclient, path, "tiny", on_progress=lambda s, d, t: stages.append(s),
                     on_status=statuses.append)  # fmt: skip
    assert arun(job.run(), timeout=20) == digest
    assert fake_ollama.blobs[digest] == path.stat().st_size
    heads = [r for r in fake_ollama.requests if r.method == "HEAD"]
    assert heads and heads[0].path == f"/api/blobs/{digest}"
    create = fake_ollama.wait_for_request("/api/create").json
    assert create["files"] == {path.name: digest}
    assert "tiny:latest" in fake_ollama.models_by_name
    assert stages[0] == "hashing" and stages[-1] == "uploading"
    assert "Reading the GGUF file" in statuses and statuses[-1] == "Done"


def test_a_non_gguf_file_is_refused_before_any_request(arun, aclient, fake_ollama, tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"0" * 1000)
    job = GgufImport(aclient, path, "x", on_progress=lambda *a: None, on_status=lambda s: None)
    with pytest.raises(NotGguf):
        arun(job.run())
    assert not [r for r in fake_ollama.requests if r.path.startswith("/api/blobs")]


@pytest.mark.parametrize("stage", ["hashing", "uploading"])
def test_cancel_stops_hashing_or_uploading(arun, aclient, fake_ollama, tmp_path, stage) -> None:
    path = gguf_file(tmp_path, 96 * MB)
    job: GgufImport

    def progress(seen: str, done: int, total: int) -> None:
        if seen == stage:
            job.cancel()

    job = GgufImport(aclient, path, "big", on_progress=progress, on_status=lambda s: None)
    with pytest.raises(ImportCancelled):
        arun(job.run(), timeout=30)
    assert not fake_ollama.blobs
    assert not [r for r in fake_ollama.requests if r.path == "/api/create"]
    if stage == "hashing":
        assert not [r for r in fake_ollama.requests if r.path.startswith("/api/blobs")]
