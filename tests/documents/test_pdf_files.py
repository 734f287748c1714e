"""PDF files: pages of text, encryption, scans, damaged and hostile files."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.documents import (
    DocumentCorrupt,
    DocumentEncrypted,
    DocumentWithoutText,
    extract_document,
    pdf_reader,
)
from tests.documents.make_files import make_encrypted_pdf, make_scan_pdf, make_text_pdf

PAGES = [
    "Quarterly report (draft)\nRevenue grew by 12% in the north; costs fell.",
    "Second page: the café opened in Zürich — naïve but brave.",
    "Third page \\ with a backslash and the words that close the report.",
]


def test_each_page_keeps_its_number_and_text(tmp_path: Path) -> None:
    document = extract_document(make_text_pdf(tmp_path / "report.pdf", PAGES))
    assert document.kind == "pdf"
    assert document.page_count == 3
    assert [page.number for page in document.pages] == [1, 2, 3]
    for page, expected in zip(document.pages, PAGES, strict=True):
        assert page.text.split() == expected.split()
    assert document.encoding is None
    assert not document.truncated
    assert document.text.index("Revenue") < document.text.index("Zürich")


def test_a_pdf_is_recognised_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    path = make_text_pdf(tmp_path / "report.download", PAGES)
    document = extract_document(path)
    assert document.kind == "pdf"
    assert document.page_count == 3


def test_a_password_protected_pdf_is_refused_in_plain_words(tmp_path: Path) -> None:
    path = make_encrypted_pdf(tmp_path / "secret.pdf", "s3cret", PAGES)
    with pytest.raises(DocumentEncrypted) as caught:
        extract_document(path)
    assert "secret.pdf" in caught.value.message
    assert "password" in caught.value.message


def test_an_encrypted_pdf_that_opens_without_a_password_is_read(tmp_path: Path) -> None:
    path = make_encrypted_pdf(tmp_path / "restricted.pdf", "", PAGES)
    assert b"/Encrypt" in path.read_bytes()
    document = extract_document(path)
    assert "Revenue grew" in document.text
    assert document.page_count == 3


def test_a_scan_without_a_text_layer_is_reported_as_such(tmp_path: Path) -> None:
    with pytest.raises(DocumentWithoutText) as caught:
        extract_document(make_scan_pdf(tmp_path / "scan.pdf"))
    assert "scan.pdf" in caught.value.message
    assert "scan" in caught.value.message


def test_a_pdf_with_only_a_page_number_per_page_counts_as_without_text(tmp_path: Path) -> None:
    with pytest.raises(DocumentWithoutText):
        extract_document(make_text_pdf(tmp_path / "numbers.pdf", ["1", "2", "3"]))


@pytest.mark.parametrize("cut", [0.0, 0.5, 0.9])
def test_a_damaged_pdf_is_corrupt(tmp_path: Path, cut: float) -> None:
    whole = make_text_pdf(tmp_path / "whole.pdf", PAGES).read_bytes()
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nnot really a pdf" if cut == 0 else whole[: int(len(whole) * cut)])
    with pytest.raises(DocumentCorrupt) as caught:
        extract_document(path)
    assert "broken.pdf" in caught.value.message
    assert caught.value.detail  # pypdf's own words, for the log


def test_a_page_that_fails_leaves_the_others_readable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PageObject

    original = PageObject.extract_text

    def fails_on_the_second_page(page: PageObject, *args: object, **kwargs: object) -> str:
        text = original(page, *args, **kwargs)
        if "Second page" in text:
            raise RecursionError("a hostile content stream")
        return text

    monkeypatch.setattr(PageObject, "extract_text", fails_on_the_second_page)
    document = extract_document(make_text_pdf(tmp_path / "hostile.pdf", PAGES))
    assert [page.text.strip() != "" for page in document.pages] == [True, False, True]


def test_the_text_collected_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_reader, "MAX_TEXT_CHARS", 100)
    pages = [f"Page {n}: " + "words and more words " * 4 for n in range(10)]
    document = extract_document(make_text_pdf(tmp_path / "bomb.pdf", pages))
    assert document.truncated
    assert len(document.text) <= 100 + 2 * len(document.pages)
    assert document.page_count is not None and document.page_count < 10


def test_a_font_encoding_pypdf_does_not_know_logs_no_error(tmp_path: Path) -> None:
    """pypdf logs an unknown encoding at ERROR; that is the file's oddity, not the app's
    failure (and the autouse fixture fails any test that logs an error)."""
    path = make_text_pdf(tmp_path / "odd.pdf", PAGES)
    path.write_bytes(path.read_bytes().replace(b"/WinAnsiEncoding", b"/OddOneEncoding0"))
    document = extract_document(path)
    assert "Revenue grew" in document.text
