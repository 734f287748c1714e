"""The limits of reading: size, a file that changes or vanishes, cancellation, progress."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.documents import (
    MAX_DOCUMENT_BYTES,
    DocumentCancelled,
    DocumentChanged,
    DocumentTooLarge,
    extract_document,
)
from desktop.documents import extract as extract_module
from tests.documents.make_files import make_text_pdf


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(MAX_DOCUMENT_BYTES + 1)  # sparse: no disk space used
    reads = []
    with pytest.raises(DocumentTooLarge) as caught:
        extract_document(path, progress=lambda done, total: reads.append(done))
    assert reads == []
    assert "huge.txt" in caught.value.message
    assert "50.0 MB" in caught.value.message


def test_a_file_at_the_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "MAX_DOCUMENT_BYTES", 1000)
    path = tmp_path / "edge.txt"
    path.write_bytes(b"a" * 1000)
    assert len(extract_document(path).text) == 1000


def test_a_missing_file_is_reported_as_gone(tmp_path: Path) -> None:
    with pytest.raises(DocumentChanged) as caught:
        extract_document(tmp_path / "gone.txt")
    assert "gone.txt" in caught.value.message


def test_a_text_file_that_grows_while_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "growing.txt"
    path.write_bytes(b"line of text\n" * 200_000)  # over one read chunk

    def append_once(done: int, total: int) -> None:
        if done < total and not appended:
            appended.append(True)
            with path.open("ab") as file:
                file.write(b"more text\n")

    appended: list[bool] = []
    with pytest.raises(DocumentChanged):
        extract_document(path, progress=append_once)
    assert appended


def test_a_pdf_rewritten_while_read_is_refused(tmp_path: Path) -> None:
    path = make_text_pdf(
        tmp_path / "report.pdf", [f"Page {n} has plenty of text." * 3 for n in range(5)]
    )
    original = path.stat()

    def rewrite_on_page_two(done: int, total: int) -> None:
        if done == 2:
            path.write_bytes(path.read_bytes() + b"\n% appended by the writer\n")
            os.utime(path, ns=(original.st_atime_ns, original.st_mtime_ns + 1_000_000_000))

    with pytest.raises(DocumentChanged) as caught:
        extract_document(path, progress=rewrite_on_page_two)
    assert "report.pdf" in caught.value.message


def test_a_pdf_deleted_while_read_is_refused(tmp_path: Path) -> None:
    path = make_text_pdf(
        tmp_path / "report.pdf", [f"Page {n} has plenty of text." * 3 for n in range(3)]
    )

    def delete(done: int, total: int) -> None:
        if done == 1:
            path.unlink()

    with pytest.raises(DocumentChanged):
        extract_document(path, progress=delete)


def test_cancelling_stops_between_pages(tmp_path: Path) -> None:
    path = make_text_pdf(
        tmp_path / "long.pdf", [f"Page {n} has plenty of text." * 3 for n in range(20)]
    )
    seen: list[int] = []
    with pytest.raises(DocumentCancelled):
        extract_document(
            path, progress=lambda done, total: seen.append(done), cancelled=lambda: len(seen) >= 3
        )
    assert seen == [0, 1, 2]


def test_cancelled_before_starting_reads_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("text", encoding="utf-8")
    seen: list[int] = []
    with pytest.raises(DocumentCancelled) as caught:
        extract_document(
            path, progress=lambda done, total: seen.append(done), cancelled=lambda: True
        )
    assert seen == []
    assert "a.txt" in caught.value.message


def test_progress_reports_every_page_up_to_the_total(tmp_path: Path) -> None:
    path = make_text_pdf(
        tmp_path / "four.pdf", [f"Page {n} has plenty of text." * 3 for n in range(4)]
    )
    seen: list[tuple[int, int]] = []
    extract_document(path, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
