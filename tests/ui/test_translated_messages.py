"""Messages made in the Qt-free layers (client errors, task failures) follow the user's language.

``desktop.translations.install_translator`` hooks ``desktop.i18n`` up to Qt's translators, so an
error built deep in the client reads German in a German window, and English again without it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop import i18n, translations
from desktop.ollama import ModelNotFound, OllamaClient, ServerUnreachable
from desktop.services.tasks import plain_message
from tests.fake_ollama import FakeOllama

UNREACHABLE_DE = (
    "Ollama unter {url} ist nicht erreichbar: Dort antwortet nichts. "
    "Läuft Ollama auf diesem Computer?"
)
UNREACHABLE_EN = (
    "Can't reach Ollama at {url}: nothing is answering there. Is Ollama running on this computer?"
)
NOT_FOUND_DE = (
    "Das Modell „nope“ ist auf diesem Ollama-Server nicht installiert. "
    "Sie können es im Tab „Modelle“ herunterladen."
)
NOT_FOUND_EN = (
    "The model “nope” isn't installed on this Ollama server. "
    "You can download it from the Models tab."
)
UNEXPECTED_DE = "Etwas Unerwartetes ist schiefgegangen. Die Details stehen in der Protokolldatei."
UNEXPECTED_EN = "Something unexpected went wrong. The details are in the log file."


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """German installed for the test, removed (back to English) afterwards."""
    assert translations.install_translator(qapp, "de", cache_dir=tmp_path) == "de"
    try:
        yield
    finally:
        translations.remove_translators(qapp)


def unreachable_message(url: str) -> str:
    client = OllamaClient(url)
    try:
        with pytest.raises(ServerUnreachable) as caught:
            client.version()
    finally:
        client.close()
    assert caught.value.reason == "refused"
    return caught.value.message


def not_found_message(url: str) -> str:
    client = OllamaClient(url)
    try:
        with pytest.raises(ModelNotFound) as caught:
            client.show("nope")
    finally:
        client.close()
    return caught.value.message


def test_install_translator_hooks_up_the_qt_free_layers(qapp: QApplication, tmp_path: Path) -> None:
    translations.install_translator(qapp, "de", cache_dir=tmp_path)
    try:
        assert i18n.installed()
    finally:
        translations.remove_translators(qapp)
    assert not i18n.installed()


def test_unreachable_server_in_german(german: None, refused_url: str) -> None:
    assert unreachable_message(refused_url) == UNREACHABLE_DE.format(url=refused_url)


def test_model_not_found_in_german(german: None, fake_ollama: FakeOllama) -> None:
    assert not_found_message(fake_ollama.url) == NOT_FOUND_DE


def test_unexpected_failure_in_german(german: None) -> None:
    assert plain_message(RuntimeError("boom")) == UNEXPECTED_DE


def test_english_again_once_the_translator_is_removed(
    qapp: QApplication, tmp_path: Path, refused_url: str, fake_ollama: FakeOllama
) -> None:
    translations.install_translator(qapp, "de", cache_dir=tmp_path)
    assert plain_message(RuntimeError("boom")) == UNEXPECTED_DE
    translations.remove_translators(qapp)
    assert unreachable_message(refused_url) == UNREACHABLE_EN.format(url=refused_url)
    assert not_found_message(fake_ollama.url) == NOT_FOUND_EN
    assert plain_message(RuntimeError("boom")) == UNEXPECTED_EN


def test_spanish_too(qapp: QApplication, tmp_path: Path) -> None:
    assert translations.install_translator(qapp, "es", cache_dir=tmp_path) == "es"
    try:
        assert plain_message(RuntimeError("boom")) == (
            "Algo inesperado ha fallado. Los detalles están en el archivo de registro."
        )
    finally:
        translations.remove_translators(qapp)
