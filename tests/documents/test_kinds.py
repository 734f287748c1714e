"""Which files are documents, by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.documents import DOCUMENT_SUFFIXES, MAX_DOCUMENT_BYTES, document_kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("notes.txt", "text"),
        ("README", "text"),
        ("guide.md", "markdown"),
        ("Guide.MARKDOWN", "markdown"),
        ("main.py", "code"),
        ("lib.rs", "code"),
        ("query.sql", "code"),
        ("config.yaml", "code"),
        ("Makefile", "code"),
        ("Dockerfile", "code"),
        ("table.csv", "csv"),
        ("table.tsv", "csv"),
        ("report.PDF", "pdf"),
        ("letter.docx", "docx"),
        ("page.htm", "html"),
        ("photo.png", None),
        ("photo.jpeg", None),
        ("archive.zip", None),
        ("old.doc", None),
        ("no-suffix", None),
    ],
)
def test_kind_by_name(name: str, kind: str | None) -> None:
    assert document_kind(Path("/somewhere") / name) == kind


def test_the_dialog_suffixes_are_the_known_kinds() -> None:
    assert {".pdf", ".docx", ".txt", ".md", ".csv", ".html", ".py"} <= DOCUMENT_SUFFIXES
    assert all(suffix.startswith(".") and suffix == suffix.lower() for suffix in DOCUMENT_SUFFIXES)
    assert ".png" not in DOCUMENT_SUFFIXES
    assert all(document_kind(Path("x" + suffix)) for suffix in DOCUMENT_SUFFIXES)


def test_the_size_limit_is_fifty_megabytes() -> None:
    assert MAX_DOCUMENT_BYTES == 50_000_000
