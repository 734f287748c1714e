"""Word .docx files: paragraphs, headings, tables; damaged and password-protected files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop.documents import DocumentCorrupt, DocumentEncrypted, extract_document
from tests.documents.make_files import make_docx


def test_paragraphs_headings_and_tables_in_order(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "plan.docx",
        [(1, "Project plan"), (0, "We start in May."), (2, "Budget"), (0, "Costs are low.")],
        table=[["Item", "Cost"], ["Rent", "1200"]],
    )
    document = extract_document(path)
    assert document.kind == "docx"
    assert document.page_count is None
    assert document.text == (
        "# Project plan\n\nWe start in May.\n\n## Budget\n\nCosts are low.\n\n"
        "Item\tCost\nRent\t1200"
    )


def test_a_title_style_is_a_top_heading(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "t.docx", [(0, "placeholder")])
    import docx

    document = docx.Document(str(path))
    document.add_heading("The title", level=0)  # level 0 is Word's "Title" style
    document.save(str(path))
    assert "# The title" in extract_document(path).text


@pytest.mark.parametrize("content", [b"PK\x03\x04 not a zip at all", b"just text"])
def test_a_damaged_docx_is_corrupt(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(content)
    with pytest.raises(DocumentCorrupt) as caught:
        extract_document(path)
    assert "broken.docx" in caught.value.message


def test_a_zip_that_is_no_word_document_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a document")
    with pytest.raises(DocumentCorrupt):
        extract_document(path)


def test_a_docx_whose_xml_declares_entities_is_refused(tmp_path: Path) -> None:
    """Entity expansion would turn a few kilobytes into gigabytes: such XML is not read."""
    path = tmp_path / "laughs.docx"
    body = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", body)
    with pytest.raises(DocumentCorrupt):
        extract_document(path)


def test_text_in_content_controls_and_line_breaks_is_read(tmp_path: Path) -> None:
    path = tmp_path / "form.docx"
    body = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:sdt><w:sdtContent><w:p><w:r><w:t>Name:</w:t><w:tab/><w:t>Ada</w:t>"
        "<w:br/><w:t>Second line</w:t></w:r></w:p></w:sdtContent></w:sdt></w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", body)
    assert extract_document(path).text == "Name:\tAda\nSecond line"


def test_a_truncated_docx_is_corrupt(tmp_path: Path) -> None:
    whole = make_docx(tmp_path / "whole.docx", [(0, "Some text " * 200)]).read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(DocumentCorrupt):
        extract_document(path)


def test_a_password_protected_word_file_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))  # an OLE container
    with pytest.raises(DocumentEncrypted) as caught:
        extract_document(path)
    assert "locked.docx" in caught.value.message


def test_a_docx_that_unpacks_to_too_much_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.documents import DocumentTooLarge, docx_reader

    monkeypatch.setattr(docx_reader, "MAX_UNPACKED_BYTES", 1000)
    path = make_docx(tmp_path / "bomb.docx", [(0, "x" * 5000)])
    with pytest.raises(DocumentTooLarge):
        extract_document(path)


def test_a_docx_without_text_says_so(tmp_path: Path) -> None:
    from desktop.documents import DocumentWithoutText

    with pytest.raises(DocumentWithoutText) as caught:
        extract_document(make_docx(tmp_path / "blank.docx", [(0, ""), (0, "   ")]))
    assert not caught.value.scan
