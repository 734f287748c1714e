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
"""

from __future__ import annotations

from collections.abc import Callable

Hook = Callable[[str, str], str]

_hook: Hook | None = None


def translate(context: str, text: str) -> str:
    """``text`` in the user's language, or unchanged (English) when no hook is installed."""
    hook = _hook
    if hook is None:
        return text
    return hook(context, text)


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
