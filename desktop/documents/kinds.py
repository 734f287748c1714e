"""Which files Paddock reads as documents, by their name, and how large they may be.

The file dialog offers :data:`DOCUMENT_SUFFIXES`; :func:`document_kind` picks the reader.
Images are not documents here: the chat sends them to vision models as they are.
"""

from __future__ import annotations

from pathlib import Path

# A stated limit, checked before a byte is read: a 50 MB PDF is already thousands of pages.
# Decimal megabytes, as every size in the app is written.
MAX_DOCUMENT_BYTES = 50_000_000

TEXT_SUFFIXES = frozenset({".txt", ".text", ".log", ".rst", ".adoc", ".org", ".tex", ".srt"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mdx"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
CODE_SUFFIXES = frozenset(
    {
        ".py", ".pyi", ".ipynb", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".c", ".h",
        ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".hxx", ".m", ".mm", ".cs", ".java", ".kt",
        ".kts", ".scala", ".groovy", ".gradle", ".go", ".rs", ".rb", ".php", ".pl", ".pm",
        ".lua", ".r", ".jl", ".swift", ".dart", ".zig", ".nim", ".ex", ".exs", ".erl",
        ".hs", ".ml", ".mli", ".fs", ".fsx", ".clj", ".lisp", ".el", ".scm", ".vb", ".pas",
        ".f90", ".sh", ".bash", ".zsh", ".fish", ".ps1", ".bat", ".cmd", ".sql", ".json",
        ".jsonl", ".yaml", ".yml", ".toml", ".ini", ".cfg", ".conf", ".env", ".properties",
        ".xml", ".xsd", ".svg", ".css", ".scss", ".sass", ".less", ".vue", ".svelte",
        ".graphql", ".proto", ".tf", ".cmake", ".mk", ".diff", ".patch", ".gitignore",
        ".dockerfile", ".qml", ".ui", ".qrc",
    }
)  # fmt: skip
# Files known by their whole name rather than a suffix.
CODE_NAMES = frozenset(
    {"makefile", "dockerfile", "containerfile", "cmakelists.txt", "gemfile", "rakefile",
     "vagrantfile", "jenkinsfile", "procfile", ".gitignore", ".editorconfig"}
)  # fmt: skip
TEXT_NAMES = frozenset({"readme", "license", "licence", "copying", "authors", "changelog"})

_KIND_BY_SUFFIX: dict[str, str] = {
    **dict.fromkeys(TEXT_SUFFIXES, "text"),
    **dict.fromkeys(CODE_SUFFIXES, "code"),
    **dict.fromkeys(MARKDOWN_SUFFIXES, "markdown"),
    **dict.fromkeys(CSV_SUFFIXES, "csv"),
    **dict.fromkeys(HTML_SUFFIXES, "html"),
    ".pdf": "pdf",
    ".docx": "docx",
}

DOCUMENT_SUFFIXES: frozenset[str] = frozenset(_KIND_BY_SUFFIX)

# The kinds read as text (decoded with a detected encoding), as opposed to PDF and .docx.
TEXT_KINDS = frozenset({"text", "markdown", "code", "csv", "html"})


def document_kind(path: Path) -> str | None:
    """ "text", "markdown", "code", "csv", "pdf", "docx" or "html" by the file's name; None
    when the name says nothing we read (an image, an archive, an unknown suffix)."""
    name = path.name.lower()
    if name in CODE_NAMES:
        return "code"
    if name in TEXT_NAMES:
        return "text"
    return _KIND_BY_SUFFIX.get(Path(name).suffix)
