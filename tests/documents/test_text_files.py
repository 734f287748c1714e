"""Text, Markdown, code, CSV and HTML files: encodings, binary files refused, HTML to text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop.documents import (
    DocumentUnsupported,
    DocumentWithoutText,
    extract_document,
)
from tests.documents.make_files import make_latin1_text

FRENCH = "Ceci est un résumé du problème : la mémoire était pleine, déjà à 95 %."
GERMAN = "Grüße aus München! Die Straße ist schön, Ärger über Öl."


def test_utf8_text_is_read_with_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Zażółć gęślą jaźń — “quoted” 日本語\r\nsecond line", encoding="utf-8")
    document = extract_document(path)
    assert document.kind == "text"
    assert document.encoding == "utf-8"
    assert document.text == "Zażółć gęślą jaźń — “quoted” 日本語\nsecond line"
    assert document.page_count is None
    assert document.pages[0].number is None
    assert document.size == path.stat().st_size
    assert document.name == "notes.txt"


@pytest.mark.parametrize("text", [FRENCH, GERMAN, "Café", "El niño comió piñata. ¿Qué pasó?"])
def test_latin1_text_comes_out_right(tmp_path: Path, text: str) -> None:
    document = extract_document(make_latin1_text(tmp_path / "old.txt", text))
    assert document.text == text
    assert document.encoding == "cp1252"


def test_windows_1252_punctuation_comes_out_right(tmp_path: Path) -> None:
    text = "Prix : 5 € – “quoted” — the end… naïve façade"
    document = extract_document(make_latin1_text(tmp_path / "old.md", text, "cp1252"))
    assert document.text == text
    assert document.kind == "markdown"


def test_cyrillic_legacy_text_keeps_its_detected_encoding(tmp_path: Path) -> None:
    text = "Привет, как дела? Это проверка кодировки текста, и она должна пройти успешно."
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    assert extract_document(path).text == text


@pytest.mark.parametrize("bom", ["utf-16", "utf-8-sig", "utf-32"])
def test_a_byte_order_mark_names_the_encoding(tmp_path: Path, bom: str) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.encode("name,city\nJosé,Málaga\n", bom))
    document = extract_document(path)
    assert document.text == "name,city\nJosé,Málaga\n"
    assert document.kind == "csv"


def test_code_is_read_as_code(tmp_path: Path) -> None:
    path = tmp_path / "tool.rs"
    path.write_text('fn main() {\n    println!("hi");\n}\n', encoding="utf-8")
    document = extract_document(path)
    assert document.kind == "code"
    assert "println!" in document.text


@pytest.mark.parametrize("name", ["data.txt", "data.py", "data.unknownsuffix", "data"])
def test_binary_content_is_unsupported_whatever_its_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(DocumentUnsupported) as caught:
        extract_document(path)
    assert name in caught.value.message


def test_mostly_control_characters_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "dump.log"
    path.write_bytes(b"ok" + b"\x01\x02\x03\x04\x05\x06" * 100)
    with pytest.raises(DocumentUnsupported):
        extract_document(path)


def test_text_with_an_unknown_suffix_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.weird"
    path.write_text("Just some text in a file with an odd name.", encoding="utf-8")
    document = extract_document(path)
    assert document.kind == "text"
    assert document.text == "Just some text in a file with an odd name."


def test_html_becomes_text_without_scripts_styles_or_markup(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Tab title</title><style>body { color: red }</style>"
        "<script>alert('no');</script></head><body>"
        "<h1>Main   heading</h1><p>First &amp; <b>bold</b> paragraph.</p>"
        '<img src="http://example.invalid/x.png"><script type="module">var x = 1;</script>'
        "<h2>Second</h2><ul><li>one</li><li>two</li></ul>"
        "<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>"
        "<pre>  indented\n  code</pre></body></html>",
        encoding="utf-8",
    )
    document = extract_document(path)
    assert document.kind == "html"
    text = document.text
    assert "alert" not in text and "color" not in text and "var x" not in text
    assert "<" not in text and "Tab title" not in text
    assert "# Main heading" in text
    assert "## Second" in text
    assert "First & bold paragraph." in text
    assert "- one\n- two" in text
    assert "a\tb" in text and "1\t2" in text
    assert "  indented\n  code" in text


@pytest.mark.parametrize(
    ("name", "content"),
    [("empty.txt", b""), ("blank.md", b"  \n\n\t\n"), ("bare.html", b"<script>x()</script>")],
)
def test_a_file_without_any_text_says_so(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentWithoutText) as caught:
        extract_document(path)
    assert not caught.value.scan
    assert name in caught.value.message
    assert "scan" not in caught.value.message


def test_html_without_a_closing_head_tag_keeps_its_body(tmp_path: Path) -> None:
    path = tmp_path / "short.htm"
    path.write_text(
        "<!doctype html><html><head><meta charset=utf-8><title>T</title>"
        "<body><h3>Line<br>break</h3><p>Body text stays.</p>",
        encoding="utf-8",
    )
    assert extract_document(path).text == "### Line break\n\nBody text stays."


def test_a_long_html_page_can_be_cancelled_while_it_is_parsed(tmp_path: Path) -> None:
    from desktop.documents import DocumentCancelled

    path = tmp_path / "long.html"
    path.write_text("<p>A paragraph of the page.</p>" * 100_000, encoding="utf-8")  # 3 MB
    checks: list[int] = []

    def cancel_once_parsing() -> bool:
        checks.append(1)
        # 1 before reading, 4 between the megabytes read, 1 after parsing: the 7th is mid-parse
        return len(checks) > 6

    with pytest.raises(DocumentCancelled):
        extract_document(path, cancelled=cancel_once_parsing)
