"""``desktop.i18n``: the Qt-free layers' way into translation.

Without a hook ``translate`` returns the English text as written; and every text the Qt-free
layers mark for translation (``translate("Context", "literal")`` or ``QT_TRANSLATE_NOOP``) must
be in the .ts files, or lupdate missed it and no language could ever show it.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from desktop import i18n

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = ("desktop/ollama", "desktop/storage", "desktop/services")
MARKERS = {"translate", "QT_TRANSLATE_NOOP"}


@pytest.fixture
def no_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    """As before any translator is installed (another test may have installed the hook)."""
    monkeypatch.setattr(i18n, "_hook", None)


def test_translate_returns_the_text_unchanged_without_a_hook(no_hook: None) -> None:
    assert not i18n.installed()
    assert i18n.translate("Errors", "Can't reach Ollama at {url}.") == (
        "Can't reach Ollama at {url}."
    )
    assert i18n.QT_TRANSLATE_NOOP("Downloads", "Done") == "Done"


def test_an_installed_hook_translates_until_uninstalled(no_hook: None) -> None:
    asked = []

    def hook(context: str, text: str) -> str:
        asked.append((context, text))
        return text.upper()

    i18n.install(hook)
    try:
        assert i18n.translate("Chat", "Write a message first.") == "WRITE A MESSAGE FIRST."
        assert i18n.QT_TRANSLATE_NOOP("Chat", "marked only") == "marked only"
    finally:
        i18n.uninstall()
    assert asked == [("Chat", "Write a message first.")]
    assert i18n.translate("Chat", "Write a message first.") == "Write a message first."


def marked_texts() -> list[tuple[str, str, str]]:
    """(where, context, text) for every literal marked for translation in the Qt-free layers."""
    found = []
    for folder in QT_FREE:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text("utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                    continue
                if node.func.id not in MARKERS or len(node.args) != 2:
                    continue
                context, text = node.args
                if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    found.append((where, context.value, text.value))
    return found


def test_every_marked_text_is_in_the_ts_files() -> None:
    marked = marked_texts()
    assert len(marked) > 100
    for language in ("de", "es"):
        source = ROOT / "resources" / "translations" / f"paddock_{language}.ts"
        known = {
            (context.findtext("name", ""), message.findtext("source", ""))
            for context in ElementTree.parse(source).getroot().iter("context")
            for message in context.iter("message")
        }
        missing = [
            f"{where}: {context}: {text!r}"
            for where, context, text in marked
            if (context, text) not in known
        ]
        assert not missing, f"not in {source.name} (regenerate it with lupdate):\n" + "\n".join(
            missing
        )


def test_no_translated_text_is_an_f_string() -> None:
    """lupdate would record an f-string's braces as they stand, and .format() could not fill
    them: translated texts are literals with named placeholders."""
    problems = []
    for folder in QT_FREE:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text("utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in MARKERS
                    and any(isinstance(argument, ast.JoinedStr) for argument in node.args)
                ):
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not problems
