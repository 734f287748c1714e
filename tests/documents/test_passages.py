"""Passages: boundaries where the text has them, pages kept apart, headings remembered."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from desktop.documents import (
    DocumentPage,
    ExtractedDocument,
    extract_document,
    split_passages,
)
from tests.documents.make_files import make_docx, make_text_pdf


def document(kind: str, *pages: str, numbered: bool = False) -> ExtractedDocument:
    return ExtractedDocument(
        "doc",
        kind,
        0,
        tuple(DocumentPage(n + 1 if numbered else None, text) for n, text in enumerate(pages)),
        None,
    )


def sentences(count: int, start: int = 0) -> str:
    return " ".join(f"Sentence number {n} says something." for n in range(start, start + count))


def test_a_short_document_is_one_passage() -> None:
    passages = split_passages(document("text", "Hello there.\n\nA second paragraph."))
    assert [(p.index, p.text, p.page, p.heading) for p in passages] == [
        (0, "Hello there.\n\nA second paragraph.", None, "")
    ]


def test_passages_keep_to_the_target_and_end_at_sentences() -> None:
    passages = split_passages(document("text", sentences(200)), target_chars=400, overlap_chars=0)
    assert len(passages) > 10
    assert all(len(p.text) <= 400 for p in passages)
    assert all(p.text.endswith("something.") for p in passages)
    assert " ".join(p.text for p in passages) == sentences(200)
    assert [p.index for p in passages] == list(range(len(passages)))


def test_consecutive_passages_overlap_by_whole_sentences() -> None:
    passages = split_passages(document("text", sentences(60)), target_chars=400, overlap_chars=120)
    assert len(passages) > 3
    for before, after in itertools.pairwise(passages):
        shared = max(k for k in range(121) if before.text.endswith(after.text[:k]))
        assert shared >= 60  # at least one whole sentence of about 35 characters, with space
        assert after.text.startswith("Sentence number")
        assert len(after.text) <= 400


def test_paragraph_boundaries_are_preferred() -> None:
    paragraphs = [sentences(3, start=10 * n) for n in range(6)]  # each about 110 characters
    passages = split_passages(
        document("text", "\n\n".join(paragraphs)), target_chars=250, overlap_chars=0
    )
    assert [p.text for p in passages] == [
        "\n\n".join(paragraphs[i : i + 2]) for i in range(0, 6, 2)
    ]


def test_a_passage_never_spans_two_pages() -> None:
    passages = split_passages(
        document("pdf", "Short page one.", "Short page two.", numbered=True), target_chars=1000
    )
    assert [(p.text, p.page) for p in passages] == [
        ("Short page one.", 1),
        ("Short page two.", 2),
    ]


def test_markdown_headings_start_passages_and_are_remembered() -> None:
    text = (
        "Preamble text.\n\n# Install\n\n## On Linux\nRun the script.\n\n"
        "```\n# not a heading, a comment\n\nstill code\n```\n\n## On Windows\nRun the installer."
    )
    passages = split_passages(document("markdown", text))
    assert [(p.heading, p.text) for p in passages] == [
        ("", "Preamble text."),
        (
            "On Linux",
            "# Install\n\n## On Linux\n\nRun the script.\n\n"
            "```\n# not a heading, a comment\n\nstill code\n```",
        ),
        ("On Windows", "## On Windows\n\nRun the installer."),
    ]


def test_the_heading_carries_over_to_later_passages_of_its_section() -> None:
    text = "# Results\n\n" + sentences(40)
    passages = split_passages(document("markdown", text), target_chars=300, overlap_chars=50)
    assert len(passages) > 3
    assert {p.heading for p in passages} == {"Results"}


def test_hash_lines_in_code_are_not_headings() -> None:
    passages = split_passages(document("code", "# a comment\nx = 1\n"))
    assert [p.heading for p in passages] == [""]


def test_long_csv_is_cut_between_rows() -> None:
    rows = "\n".join(f"{n},name {n},3.5,yes" for n in range(300))
    passages = split_passages(document("csv", rows), target_chars=200, overlap_chars=0)
    assert all(len(p.text) <= 200 for p in passages)
    assert "\n".join(p.text for p in passages) == rows


def test_a_sentence_longer_than_the_target_is_cut_between_words() -> None:
    words = " ".join(f"word{n}" for n in range(500))
    passages = split_passages(document("text", words), target_chars=100, overlap_chars=0)
    assert all(len(p.text) <= 100 for p in passages)
    assert " ".join(p.text for p in passages).split() == words.split()


def test_text_without_spaces_is_cut_at_the_target() -> None:
    passages = split_passages(document("text", "x" * 1000), target_chars=300, overlap_chars=50)
    assert all(len(p.text) <= 300 for p in passages)
    assert "".join(p.text for p in passages) == "x" * 1000


def test_an_empty_document_has_no_passages() -> None:
    assert split_passages(document("text", "  \n\n  ")) == []


@pytest.mark.parametrize(("target", "overlap"), [(0, 0), (100, -1)])
def test_nonsense_sizes_are_refused(target: int, overlap: int) -> None:
    with pytest.raises(ValueError):
        split_passages(document("text", "x"), target_chars=target, overlap_chars=overlap)


def test_docx_headings_reach_the_passages(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "guide.docx",
        [(1, "Setup"), (0, "Install it."), (1, "Usage"), (0, "Run it.")],
    )
    passages = split_passages(extract_document(path))
    assert [(p.heading, p.text) for p in passages] == [
        ("Setup", "# Setup\n\nInstall it."),
        ("Usage", "# Usage\n\nRun it."),
    ]


def test_pdf_passages_carry_their_page_numbers(tmp_path: Path) -> None:
    pages = [f"Page {n} talks about topic {n}, at some length." for n in range(1, 4)]
    passages = split_passages(extract_document(make_text_pdf(tmp_path / "r.pdf", pages)))
    assert [(p.page, p.text) for p in passages] == [(n, pages[n - 1]) for n in range(1, 4)]


def test_html_headings_reach_the_passages(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<h2>Opening hours</h2><p>Monday to Friday.</p>", encoding="utf-8")
    passages = split_passages(extract_document(path))
    assert [(p.heading, p.text) for p in passages] == [
        ("Opening hours", "## Opening hours\n\nMonday to Friday.")
    ]


def test_the_overlap_after_a_long_paragraph_is_its_last_whole_sentences() -> None:
    paragraphs = [sentences(8, start=100 * n) for n in range(4)]  # each about 290 characters
    passages = split_passages(
        document("text", "\n\n".join(paragraphs)), target_chars=700, overlap_chars=100
    )
    assert len(passages) == 2
    last_two_sentences = paragraphs[1].split("something. ")[-2:]
    assert passages[1].text.startswith("something. ".join(last_two_sentences))
