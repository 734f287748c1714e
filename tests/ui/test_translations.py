"""Translations: the .ts files are complete, German loads, and no visible string escapes Qt's
translation system in the main window (checked with a translator that marks every string)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from desktop import settings as options
from desktop import translations
from desktop.app import create_main_window
from desktop.resources import resource_path
from desktop.settings import Settings
from tests.fake_ollama import FakeOllama

LANGUAGES = ("de", "es")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
OPEN, CLOSE = "⟦", "⟧"


def ts_path(language: str) -> Path:
    return resource_path("translations", f"paddock_{language}.ts")


def messages(language: str) -> Iterator[tuple[str, str, ElementTree.Element]]:
    root = ElementTree.parse(ts_path(language)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message.findtext("source", ""), message


# --- the .ts files ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_finished(language: str) -> None:
    problems = []
    count = 0
    for context, source, message in messages(language):
        count += 1
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {kind}: regenerate the .ts")
            continue
        if kind == "unfinished":
            problems.append(f"{context}: {source!r} is unfinished")
        forms = [form.text or "" for form in translation.iter("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
        for text in texts:
            if not text.strip():
                problems.append(f"{context}: {source!r} has no translation")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} → {text!r}: placeholders differ")
            elif ("%n" in source) != ("%n" in text):
                problems.append(f"{context}: {source!r} → {text!r}: %n differs")
    assert count > 100, f"only {count} messages in {ts_path(language)}"
    assert not problems, "\n".join(problems)


def test_both_languages_hold_the_same_messages() -> None:
    german = {(context, source) for context, source, _ in messages("de")}
    spanish = {(context, source) for context, source, _ in messages("es")}
    assert german == spanish


# --- loading ---------------------------------------------------------------------------------


@pytest.fixture
def uninstall(qapp: QApplication) -> Iterator[None]:
    """Whatever translators a test installs are removed again (the QApplication is shared)."""
    yield
    translations.remove_translators(qapp)


def test_language_choice() -> None:
    assert translations.choose_language("de") == "de"
    assert translations.choose_language("es") == "es"
    assert translations.choose_language("en") is None
    assert translations.choose_language("fr_FR") is None  # not shipped: English
    assert translations.choose_language("system", system="de_AT") == "de"
    assert translations.choose_language("system", system="es-MX") == "es"
    assert translations.choose_language("system", system="en_GB") is None
    assert translations.choose_language("system", system="C") is None


def test_german_translator_loads(qapp: QApplication, uninstall: None, tmp_path: Path) -> None:
    assert translations.install_translator(qapp, "de", cache_dir=tmp_path) == "de"
    assert QCoreApplication.translate("MainWindow", "Models") == "Modelle"
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Einstellungen"
    translations.remove_translators(qapp)
    assert QCoreApplication.translate("MainWindow", "Models") == "Models"


def test_spanish_translator_loads(qapp: QApplication, uninstall: None, tmp_path: Path) -> None:
    assert translations.install_translator(qapp, "es", cache_dir=tmp_path) == "es"
    assert QCoreApplication.translate("MainWindow", "Models") == "Modelos"


def test_compiled_at_run_time_into_the_cache(monkeypatch, tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "paddock_de.ts").write_bytes(ts_path("de").read_bytes())
    monkeypatch.setattr(translations, "translations_dir", lambda: sources)
    compiled = translations.compiled_file("de", tmp_path / "cache")
    assert compiled == tmp_path / "cache" / "paddock_de.qm"
    assert compiled.is_file()
    assert not (sources / "paddock_de.qm").exists()
    assert translations.compiled_file("es", tmp_path / "cache") is None  # no source: English


def test_compile_command_writes_qm_beside_the_sources(monkeypatch, tmp_path: Path) -> None:
    for language in LANGUAGES:
        (tmp_path / f"paddock_{language}.ts").write_bytes(ts_path(language).read_bytes())
    monkeypatch.setattr(translations, "translations_dir", lambda: tmp_path)
    assert translations.main(["--compile"]) == 0
    assert sorted(path.name for path in tmp_path.glob("*.qm")) == ["paddock_de.qm", "paddock_es.qm"]


def test_english_installs_nothing(qapp: QApplication, uninstall: None) -> None:
    assert translations.install_translator(qapp, "en") is None
    assert QCoreApplication.translate("MainWindow", "Models") == "Models"


def test_german_main_window(
    qtbot, qloop, qapp: QApplication, uninstall: None, data_dir: Path, fake_ollama: FakeOllama
) -> None:
    Settings(data_dir, portable=True).set(options.LANGUAGE, "de")  # as the Language setting does
    window = open_window(qtbot, data_dir, fake_ollama.url)
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Chat", "Modelle", "Generieren"]


# --- nothing escapes -------------------------------------------------------------------------


class MarkingTranslator(QTranslator):
    """Wraps every source text in ⟦…⟧, so a text without the marks never went through tr().

    It also remembers what it was asked (context, source): lupdate must have found each of
    those, or no translator could ever translate it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.asked.add((context, source))
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self) -> bool:
        return False


DATA = [
    re.compile(pattern)
    for pattern in (
        r"https?://\S+",  # an address
        r"[\w.\-/]+:[\w.\-]+",  # a model name with its tag (llama3.2:3b)
        r"I?Q\d\w*|F16|F32|BF16",  # quantization levels (Q4_K_M)
        r"[\d.,]+\s*(B|K|M|T|kB|KB|MB|GB|TB)",  # sizes and parameter counts: 3.2B, 2.0 GB
        r"(/|~|[A-Za-z]:\\)\S*",  # a file path
        r"Paddock|Ollama",  # product names
    )
]


def is_data(text: str) -> bool:
    """Texts that are not language: no letters at all (numbers, ●, ⟳), JSON examples, data."""
    text = text.strip()
    if not any(character.isalpha() for character in text):
        return True
    if text[0] in "{[":
        try:
            json.loads(text)
            return True
        except ValueError:
            pass
    return any(pattern.fullmatch(text) for pattern in DATA)


def visible_texts(window: QMainWindow) -> Iterator[tuple[str, str]]:
    """(where, text) for every text the user can read or hear (screen readers) in the window."""
    yield "window title", window.windowTitle()
    for menu in window.menuBar().findChildren(QMenu):
        yield "menu", menu.title()
    for action in window.menuBar().actions():
        yield "menu", action.text()
        if action.menu():
            for item in action.menu().actions():
                yield "menu item", item.text()
    for widget in window.findChildren(QWidget):
        where = f"{type(widget).__name__} {widget.objectName() or '(unnamed)'}"
        yield f"{where} tooltip", widget.toolTip()
        yield f"{where} accessible name", widget.accessibleName()
        if isinstance(widget, QLabel):
            yield where, widget.text()
        if isinstance(widget, QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            yield f"{where} placeholder", widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"{where} tab {index}", widget.tabText(index)
                yield f"{where} tab {index} tooltip", widget.tabToolTip(index)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{where} item {index}", widget.itemText(index)
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            header = widget.header() if isinstance(widget, QTreeView) else widget.horizontalHeader()
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                if not header.isHidden() and not header.isSectionHidden(column):
                    title = model.headerData(column, Qt.Orientation.Horizontal)
                    yield f"{where} header {column}", str(title or "")
        for action in widget.actions():
            yield f"{where} action", action.text()


def escaped(texts: Iterator[tuple[str, str]]) -> list[str]:
    found = []
    for where, text in texts:
        text = text.replace("&&", "&")
        if not text.strip() or OPEN in text or is_data(text):
            continue
        found.append(f"{where}: {text!r}")
    return sorted(set(found))


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[MarkingTranslator]:
    translator = MarkingTranslator()
    qapp.installTranslator(translator)
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)


def open_window(qtbot, data_dir: Path, server: str) -> QMainWindow:
    window = create_main_window(["--server", server, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_marks_show_an_untranslated_label(qtbot, marking: MarkingTranslator) -> None:
    """The check below can fail: a label set without tr() is reported."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setWindowTitle(window.tr("Paddock"))
    central = QWidget(window)
    window.setCentralWidget(central)
    QLabel(central.tr("Through tr()"), central)
    QLabel("Not translated", central).setObjectName("plainLabel")
    QLabel("llama3.2:3b", central)  # data, allowed
    assert escaped(visible_texts(window)) == ["QLabel plainLabel: 'Not translated'"]


def test_no_visible_text_escapes_translation(
    qtbot, qloop, marking: MarkingTranslator, data_dir: Path, fake_ollama: FakeOllama
) -> None:
    window = open_window(qtbot, data_dir, fake_ollama.url)
    qtbot.waitUntil(lambda: "Connected" in window.status_widget.text, timeout=5000)
    tabs = window.findChild(QTabWidget, "mainTabs")
    found: set[str] = set()
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        for inner in tabs.currentWidget().findChildren(QTabWidget):
            for page in range(inner.count()):
                inner.setCurrentIndex(page)
                QApplication.processEvents()
                found.update(escaped(visible_texts(window)))
        found.update(escaped(visible_texts(window)))
    window.show_settings()
    window.show_shortcuts()
    window.show_about()
    window.chat_tab.open_options()
    QApplication.processEvents()
    found.update(escaped(visible_texts(window)))
    missing = missing_from_ts(marking.asked)
    report = ["texts that escape translation:", *sorted(found)] if found else []
    if missing:
        report += [
            "translated at run time but missing from the .ts files (lupdate finds only a literal "
            "in self.tr() or QCoreApplication.translate(); regenerate after fixing):",
            *(f"{context}: {source!r}" for context, source in missing),
        ]
    assert not report, "\n".join(report)


QT_OWN = re.compile(r"Q[A-Z]\w*")  # Qt's own classes, translated by qtbase_<lang>.qm


def missing_from_ts(asked: set[tuple[str, str]]) -> list[tuple[str, str]]:
    known = {(context, source) for context, source, _ in messages("de")}
    return sorted(
        (context, source)
        for context, source in asked
        if (context, source) not in known and not QT_OWN.fullmatch(context)
    )


def test_generate_option_texts_are_listed_for_lupdate() -> None:
    """The option labels come from a Qt-free service: option_texts repeats them for lupdate."""
    from desktop.services.generate.options import ALL
    from desktop.ui.generate.option_texts import TEXTS

    wanted = {text for spec in ALL for text in (spec.label, spec.help) if text}
    assert wanted == set(TEXTS)


def test_the_guides_last_button_reads_as_german(
    qapp: QApplication, uninstall: None, tmp_path: Path
) -> None:
    from desktop.ui.onboarding import OnboardingDialog

    assert translations.install_translator(qapp, "de", cache_dir=tmp_path) == "de"
    guide = OnboardingDialog(None)
    assert guide.chat_button.text() == "Mit dem Chatten beginnen"
    guide.deleteLater()
