"""Real document files for tests and benchmarks, built from scratch in a folder.

PDFs are written byte by byte (a text layer in the standard Helvetica font, WinAnsi encoded),
so no Qt and no fonts are needed and 200 pages take milliseconds; pypdf writes the encrypted
ones and python-docx the .docx files.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

_LINE_HEIGHT = 14
_LINES_PER_PAGE = 50


def _pdf_string(text: str) -> bytes:
    """A PDF literal string in WinAnsi (cp1252): parentheses and backslashes escaped."""
    escaped = bytearray(b"(")
    for byte in text.encode("cp1252", errors="replace"):
        if byte in b"()\\":
            escaped += b"\\" + bytes([byte])
        elif byte < 32 or byte > 126:
            escaped += b"\\%03o" % byte
        else:
            escaped.append(byte)
    return bytes(escaped + b")")


def _write_pdf(path: Path, objects: list[bytes]) -> Path:
    """A PDF whose object n (1-based) is ``objects[n - 1]``; object 1 is the catalog."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def _pdf_with_pages(path: Path, contents: Sequence[bytes], resources: bytes) -> Path:
    """Catalog (1), page tree (2), font (3), image (4), then each page and its content."""
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * index) for index in range(len(contents)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(contents)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        _stream(
            bytes(range(0, 256, 4)),
            b"/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 ",
        ),
    ]
    for index, content in enumerate(contents):
        content_number = first_page + 2 * index + 1
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources %s "
            b"/Contents %d 0 R >>" % (resources, content_number)
        )
        objects.append(_stream(content))
    return _write_pdf(path, objects)


def make_text_pdf(path: Path, pages: Sequence[str]) -> Path:
    """A PDF with one page per string, its lines drawn as text (long pages are cut at
    50 lines, so keep each page's text to 50 lines)."""
    contents = []
    for text in pages:
        lines = text.split("\n")[:_LINES_PER_PAGE]
        content = b"BT /F1 11 Tf %d TL 56 760 Td\n" % _LINE_HEIGHT
        content += b"".join(_pdf_string(line) + b" Tj T*\n" for line in lines)
        contents.append(content + b"ET")
    return _pdf_with_pages(path, contents, b"<< /Font << /F1 3 0 R >> >>")


def make_scan_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF whose pages show only an image, as a scanner makes them: no text layer."""
    content = b"q 500 0 0 700 56 46 cm /Im1 Do Q"
    return _pdf_with_pages(path, [content] * pages, b"<< /XObject << /Im1 4 0 R >> >>")


def make_encrypted_pdf(path: Path, password: str, pages: Sequence[str] = ()) -> Path:
    """A text PDF encrypted with ``password`` as the user password (an owner password is
    set too, so an empty ``password`` gives a PDF that opens without one but is encrypted)."""
    from pypdf import PdfReader, PdfWriter

    plain = make_text_pdf(path, pages or ["A secret page with enough text to be read."])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password=password, owner_password="owner-" + password)
    with path.open("wb") as file:
        writer.write(file)
    return path


def make_docx(
    path: Path,
    headings_and_paragraphs: Sequence[tuple[int, str]],
    table: Sequence[Sequence[str]] = (),
) -> Path:
    """A .docx of (level, text) items in order: level 0 is a body paragraph, 1-6 a heading
    ("Heading N" style); ``table`` rows follow as a table."""
    import docx

    document = docx.Document()
    for level, text in headings_and_paragraphs:
        if level:
            document.add_heading(text, level=level)
        else:
            document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=max(len(row) for row in table))
        for row, values in zip(grid.rows, table, strict=False):
            for cell, value in zip(row.cells, values, strict=False):
                cell.text = value
    document.save(str(path))
    return path


def make_latin1_text(path: Path, text: str, encoding: str = "latin-1") -> Path:
    """``text`` written in a legacy 8-bit encoding (Latin-1 by default; or "cp1252")."""
    path.write_bytes(text.encode(encoding))
    return path
