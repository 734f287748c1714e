"""Paddock in the user's language: pick it, compile the .ts sources if needed, install it.

The sources are ``resources/translations/paddock_<lang>.ts`` (Qt Linguist XML). Qt loads the
compiled ``.qm``: a bundle ships them next to the sources; in a checkout they are compiled on
first use into a cache folder with the ``lrelease`` that comes with PySide6, or ahead of time::

    .venv/bin/python -m desktop.translations --compile

Qt's own strings (standard buttons, file dialogs) come from ``qtbase_<lang>.qm`` in Qt's
translations folder, when it is there. The Qt-free layers translate through ``desktop.i18n``,
whose hook ``install_translator`` sets to ``QCoreApplication.translate``.
"""

from __future__ import annotations

import argparse
import logging
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QStandardPaths,
    QTranslator,
)

from desktop import formats, i18n
from desktop.locale_style import QLocaleStyle
from desktop.resources import resource_path

log = logging.getLogger(__name__)

SHIPPED = ("de", "es")  # besides English, which the source texts are written in
CHOICES = ("system", "en", *SHIPPED)  # what the LANGUAGE setting may hold

_installed: list[QTranslator] = []  # kept alive here: Qt does not own installed translators
_locale_before: list[QLocale] = []  # the default locale before the first install


def translations_dir() -> Path:
    return resource_path("translations")


def source_file(language: str) -> Path:
    return translations_dir() / f"paddock_{language}.ts"


def choose_language(setting: str, *, system: str | None = None) -> str | None:
    """The shipped language to use, or None for English (the texts in the code).

    ``setting`` is "system" (then ``system``, a locale name such as "de_AT", or the OS locale
    decides), "en", or a shipped language code.
    """
    wanted = (setting or "system").strip()
    if wanted == "system":
        wanted = system if system is not None else QLocale.system().name()
    code = wanted.replace("-", "_").split("_", 1)[0].lower()
    return code if code in SHIPPED else None


def locale_for(language: str | None, system: QLocale | None = None) -> QLocale:
    """Numbers and dates for ``language`` (None: English): the system's own locale when it
    speaks that language, so Austrians keep theirs and Britons their clock, else the
    language's main one."""
    system = system if system is not None else QLocale.system()
    wanted = QLocale(language or "en")
    return system if system.language() == wanted.language() else wanted


def use_locale(language: str | None) -> None:
    """Write numbers, sizes and dates the way ``language`` does, in widgets and services."""
    if not _locale_before:
        _locale_before.append(QLocale())
    QLocale.setDefault(locale_for(language))
    formats.install(QLocaleStyle())


def lrelease_program() -> Path | None:
    """PySide6's own ``lrelease`` (absent from a frozen bundle, which ships .qm files)."""
    try:
        import PySide6
    except ImportError:  # pragma: no cover - PySide6 is what runs this
        return None
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return folder / name
    return None


def compile_ts(source: Path, target: Path) -> bool:
    """Compile one .ts into a .qm with lrelease; False (and a log line) if that fails."""
    program = lrelease_program()
    if program is None or not source.is_file():
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [str(program), "-silent", str(source), "-qm", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not target.is_file():
        log.warning("could not compile %s: %s", source, result.stderr.strip())
        return False
    return True


def default_cache_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location or Path.home() / ".cache" / "paddock") / "translations"


def compiled_file(language: str, cache_dir: Path | None = None) -> Path | None:
    """The .qm for ``language``: beside its .ts when up to date, else compiled into the cache."""
    source = source_file(language)
    beside = source.with_suffix(".qm")
    if beside.is_file() and (not source.is_file() or _newer(beside, source)):
        return beside
    if not source.is_file():
        return None
    cached = (cache_dir or default_cache_dir()) / beside.name
    if cached.is_file() and _newer(cached, source):
        return cached
    return cached if compile_ts(source, cached) else None


def _newer(target: Path, source: Path) -> bool:
    return target.stat().st_mtime >= source.stat().st_mtime


def install_translator(
    app: QCoreApplication, language_setting: str, *, cache_dir: Path | None = None
) -> str | None:
    """Install Paddock's and Qt's translations for the chosen language.

    Returns the language installed ("de", "es"), or None when Paddock stays in English. Call it
    before any window is built: texts are translated when widgets are made. The Qt-free layers'
    texts (``desktop.i18n.translate``) go through ``QCoreApplication.translate`` from now on.
    """
    remove_translators(app)
    i18n.install(QCoreApplication.translate)
    language = choose_language(language_setting)
    use_locale(None)
    if language is None:
        return None
    compiled = compiled_file(language, cache_dir)
    paddock = QTranslator(app)
    if compiled is None or not paddock.load(str(compiled)):
        log.warning("no usable translation for %r; Paddock stays in English", language)
        return None
    use_locale(language)
    app.installTranslator(paddock)
    _installed.append(paddock)
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        _installed.append(qt)
    log.info("language: %s", language)
    return language


def remove_translators(app: QCoreApplication) -> None:
    """Back to English (what ``install_translator`` installed is removed)."""
    i18n.uninstall()
    formats.uninstall()
    if _locale_before:
        QLocale.setDefault(_locale_before.pop())
    while _installed:
        app.removeTranslator(_installed.pop())


def compile_all() -> list[Path]:
    """Write ``paddock_<lang>.qm`` next to every .ts (what a release bundles)."""
    written = []
    for source in sorted(translations_dir().glob("paddock_*.ts")):
        target = source.with_suffix(".qm")
        if not compile_ts(source, target):
            raise SystemExit(f"could not compile {source}")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desktop.translations", description="Compile Paddock's translations."
    )
    parser.add_argument(
        "--compile", action="store_true", help="write a .qm next to every .ts source"
    )
    arguments = parser.parse_args(argv)
    if not arguments.compile:
        parser.print_help()
        return 2
    if lrelease_program() is None:
        print("lrelease not found (it comes with PySide6)", file=sys.stderr)
        return 1
    for path in compile_all():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
