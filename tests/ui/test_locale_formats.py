"""Figures follow the chosen language: German sizes, numbers, month names and plural forms.

The expected texts come from QLocale itself (its data may differ between Qt versions); what is
checked is that Paddock's figures are QLocale's for the chosen language, not English f-strings.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop import formats, translations
from desktop.locale_style import QLocaleStyle
from desktop.services.generate.options import BY_NAME
from desktop.services.models.catalog import estimate_fit
from desktop.services.models.machine import MachineMemory
from desktop.ui.common.option_editor import OptionEditor
from desktop.ui.common.words import translate

GERMAN_PLURALS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Tokens</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[QLocale]:
    """Paddock in German, back to English afterwards; yields the locale it writes with."""
    assert translations.install_translator(qapp, "de", cache_dir=tmp_path) == "de"
    try:
        yield QLocale()
    finally:
        translations.remove_translators(qapp)


@pytest.fixture
def german_plurals(qapp: QApplication, german: QLocale, tmp_path: Path) -> Iterator[None]:
    """German plural forms for two counted texts (the shipped .ts may not have them yet)."""
    source = tmp_path / "plurals_de.ts"
    source.write_text(GERMAN_PLURALS, encoding="utf-8")
    compiled = tmp_path / "plurals_de.qm"
    assert translations.compile_ts(source, compiled)
    translator = QTranslator()
    assert translator.load(str(compiled))
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


def test_the_locale_follows_the_chosen_language(german: QLocale) -> None:
    assert german.language() == QLocale.Language.German
    assert isinstance(formats._style, QLocaleStyle)


def test_german_sizes_and_numbers(german: QLocale) -> None:
    si = QLocale.DataSizeFormat.DataSizeSIFormat
    assert formats.human_size(4_683_075_271) == german.formattedDataSize(4_683_075_271, 1, si)
    assert "4,7" in formats.human_size(4_683_075_271)
    assert formats.human_size(243_000_000_000) == german.formattedDataSize(243_000_000_000, 0, si)
    assert formats.number(131_072) == german.toString(131_072.0, "f", 0) == "131.072"
    assert formats.decimal(0.8, 3) == "0,8"
    fit = estimate_fit(4_000_000_000, MachineMemory(ram_bytes=64_000_000_000))
    assert german.formattedDataSize(64_000_000_000, 1, si) in fit.explanation


def test_german_month_names(german: QLocale) -> None:
    now = datetime(2026, 12, 6, 15, 0).timestamp()
    march = datetime(2026, 3, 3, 14, 5).timestamp()
    shown = formats.message_time(march, now)
    assert german.monthName(3, QLocale.FormatType.ShortFormat) in shown
    assert "Mar" not in shown
    assert shown.index("3") < shown.index(german.monthName(3, QLocale.FormatType.ShortFormat))
    assert german.toString(QDate(2026, 3, 3), "d. MMM") in shown


def test_plural_forms_come_from_the_translation(german_plurals: None) -> None:
    now = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)
    assert formats.relative_time(now - timedelta(minutes=1), now) == "vor 1 Minute"
    assert formats.relative_time(now - timedelta(minutes=5), now) == "vor 5 Minuten"
    assert formats.token_count(1) == "1 Token"
    assert formats.token_count(131_071) == "131.071 Tokens"


def test_counted_texts_read_english_without_a_translation(qapp: QApplication) -> None:
    """The English source's "(s)" is resolved even when Qt's translate hook is in place."""
    translations.install_translator(qapp, "en")
    try:
        now = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)
        assert formats.relative_time(now - timedelta(minutes=1), now) == "1 minute ago"
        assert formats.relative_time(now - timedelta(days=3), now) == "3 days ago"
        assert translate("RequestForm", "%Ln token(s) will be sent", "", 1) == (
            "1 token will be sent"
        )
        assert translate("RequestForm", "%Ln token(s) will be sent", "", 1200) == (
            "1,200 tokens will be sent"
        )
    finally:
        translations.remove_translators(qapp)


def test_option_editors_write_german_numbers(qtbot, german: QLocale) -> None:
    editor = OptionEditor("option_")
    row = editor.add(BY_NAME["temperature"], label="Temperatur", help_text="")
    editor.add(BY_NAME["num_ctx"], label="Kontext", help_text="")
    editor.set_defaults({"temperature": 0.6, "num_ctx": 8192})
    qtbot.addWidget(row.editor)
    assert row.editor.text() == "0,6"
    assert row.hint.text().endswith("0,6")
    assert editor.rows["num_ctx"].hint.text().endswith("8.192")
    editor.set_value("temperature", 0.6004)  # within the editors' precision: not a change
    assert editor.changed() == {}


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [("de", "vor 1 Minute", "vor 5 Minuten"), ("es", "hace 1 minuto", "hace 5 minutos")],
)
def test_the_shipped_translations_count_with_their_plural_forms(
    qapp: Any, tmp_path: Path, language: str, one: str, many: str
) -> None:
    """lupdate makes counted texts plural only through counted_texts.py: a singular message
    would say "vor 1 Minuten"."""
    now = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    assert translations.install_translator(qapp, language, cache_dir=tmp_path) == language
    try:
        assert formats.relative_time(now - timedelta(minutes=1), now) == one
        assert formats.relative_time(now - timedelta(minutes=5), now) == many
    finally:
        translations.remove_translators(qapp)
