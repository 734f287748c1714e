"""Plain words in the user's language for the Qt-free layers (client, storage, services).

Those layers must not import Qt, yet their messages reach the user (error texts, status lines,
fit summaries). They call :func:`translate` with a literal context and text, which returns the
English text unchanged until the app installs a hook: ``desktop.translations`` installs
``QCoreApplication.translate``, so the same .ts files translate these texts too.

lupdate finds the calls by the name ``translate`` with literal arguments, so always write
``translate("Context", "Complete sentence with {placeholders}.").format(...)``: no f-strings,
no variables, and no sentences glued together from translated pieces. A constant that must stay
English (tests and other modules compare with it) is marked with ``QT_TRANSLATE_NOOP("Context",
"...")`` and translated where it is shown, with ``translate("Context", CONSTANT)``.

A text about a count goes through :func:`counted`: ``counted("Context", "%n file(s) saved", n)``
(``%Ln`` writes the count with the language's digit grouping). Each language gives its plural
forms in the .ts file; the English source text's "(s)" is resolved here, so English needs none.
pyside6-lupdate marks a text as plural only in ``self.tr(text, "", n)`` and would merge any
other call into a singular message, so ``counted`` has a name lupdate ignores and every counted
text is listed for it in ``desktop/ui/common/counted_texts.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Hook = Callable[..., str]  # (context, text), or (context, text, disambiguation, n) for counts

_hook: Hook | None = None


_ENGLISH_PLURAL = re.compile(r"\(s\)")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language, or unchanged (English) when no hook is installed.

    With a count ``n`` (0 or more), ``%n`` / ``%Ln`` in the text stand for it and the
    language's plural form is chosen.
    """
    hook = _hook
    if n < 0:
        return text if hook is None else hook(context, text, *_extra(disambiguation))
    if hook is None:
        result = text.replace("%Ln", f"{n:,}").replace("%n", str(n))
    else:
        result = hook(context, text, disambiguation, n)
    return english_plural(result, n)


def counted(context: str, text: str, n: int) -> str:
    """``text`` about ``n`` things, in the user's language with its plural form (list the
    literal in ``desktop/ui/common/counted_texts.py`` too, so lupdate makes it plural)."""
    return translate(context, text, "", max(n, 0))


def english_plural(text: str, n: int) -> str:
    """A counted text no translation covered is the English source: resolve its "(s)"."""
    return _ENGLISH_PLURAL.sub("" if n == 1 else "s", text)


def _extra(disambiguation: str | None) -> tuple[Any, ...]:
    return () if disambiguation is None else (disambiguation,)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation but return it as written: for English constants that
    are translated later, where they are shown, with ``translate(context, CONSTANT)``."""
    return text


def install(hook: Hook) -> None:
    """Translate from now on with ``hook(context, text)``."""
    global _hook
    _hook = hook


def uninstall() -> None:
    """Back to the English texts as written."""
    global _hook
    _hook = None


def installed() -> bool:
    return _hook is not None
