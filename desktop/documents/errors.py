"""Why a document could not be read, in plain words naming the file and what to do.

Each is a :class:`~desktop.errors.PaddockError`: ``message`` for the user, ``detail`` (the
library's own error) for the log. ``name`` is the file's name, for a caller that lists files.
"""

from __future__ import annotations

from desktop.errors import PaddockError
from desktop.formats import human_size
from desktop.i18n import translate


class DocumentError(PaddockError):
    """The file could not be read as a document (the base of the errors below; raised as
    itself when the system refuses to read the file)."""

    def __init__(self, name: str, message: str = "", *, detail: str = "") -> None:
        super().__init__(
            message
            or translate(
                "Documents",
                "“{name}” could not be read. Check that the file is still there and that you "
                "may open it, then attach it again.",
            ).format(name=name),
            detail=detail,
        )
        self.name = name


class DocumentTooLarge(DocumentError):
    def __init__(self, name: str, size: int, limit: int, *, detail: str = "") -> None:
        message = translate(
            "Documents",
            "“{name}” is too large to read ({size}; the limit is {limit}). Attach a smaller "
            "file, or copy the part you need into a new one.",
        ).format(name=name, size=human_size(size), limit=human_size(limit))
        super().__init__(name, message, detail=detail)
        self.size = size
        self.limit = limit


class DocumentEncrypted(DocumentError):
    def __init__(self, name: str, *, detail: str = "") -> None:
        message = translate(
            "Documents",
            "“{name}” is protected with a password, so its text cannot be read. Save a copy "
            "without the password and attach that instead.",
        ).format(name=name)
        super().__init__(name, message, detail=detail)


class DocumentWithoutText(DocumentError):
    """A PDF without a text layer (``scan``, the default), or any file with no text at all."""

    def __init__(self, name: str, *, scan: bool = True, detail: str = "") -> None:
        if scan:
            message = translate(
                "Documents",
                "“{name}” has no text to read — it is probably a scan. Use a copy with a text "
                "layer (run text recognition on it first), or attach the pages as images.",
            ).format(name=name)
        else:
            message = translate(
                "Documents",
                "“{name}” has no text in it. Check that it is the file you meant to attach.",
            ).format(name=name)
        super().__init__(name, message, detail=detail)
        self.scan = scan


class DocumentUnsupported(DocumentError):
    def __init__(self, name: str, *, detail: str = "") -> None:
        message = translate(
            "Documents",
            "“{name}” is not a kind of document Paddock can read. Attach text, Markdown, "
            "code, CSV, HTML, PDF or Word (.docx) files.",
        ).format(name=name)
        super().__init__(name, message, detail=detail)


class DocumentCorrupt(DocumentError):
    def __init__(self, name: str, *, detail: str = "") -> None:
        message = translate(
            "Documents",
            "“{name}” is damaged and could not be read. Open it in the program that made it, "
            "save it again, and attach the new copy.",
        ).format(name=name)
        super().__init__(name, message, detail=detail)


class DocumentChanged(DocumentError):
    def __init__(self, name: str, *, detail: str = "") -> None:
        message = translate(
            "Documents",
            "“{name}” was moved or changed while it was being read. Wait until it is saved "
            "completely, then attach it again.",
        ).format(name=name)
        super().__init__(name, message, detail=detail)


class DocumentCancelled(DocumentError):
    def __init__(self, name: str, *, detail: str = "") -> None:
        message = translate("Documents", "Reading “{name}” was stopped.").format(name=name)
        super().__init__(name, message, detail=detail)
