"""Numbers, sizes and dates written by QLocale: the style ``desktop.formats`` uses in the app.

``desktop.translations`` sets the default QLocale to the chosen language and installs this
style, so the Qt-free layers' figures follow that language like the widgets' own.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_WEEKDAY = re.compile(r"d{3,4}[,.]?\s*")
_YEAR_AFTER = re.compile(r"(?:\s*(?:'[^']*'|[,./-]))*\s*y+(?:\s*'[^']*'\.?)?")
_YEAR_BEFORE = re.compile(r"y+[^dM']*")


def day_pattern(long_format: str, with_year: bool) -> str:
    """The language's long date without the weekday (and the year), short month names.

    "dddd, MMMM d, yyyy" gives "MMM d"; "dddd, d. MMMM yyyy" gives "d. MMM"; Qt has no
    "month and day" format of its own.
    """
    pattern = _WEEKDAY.sub("", long_format).strip(" ,")
    if not with_year:
        year_first = pattern.startswith("y")
        pattern = (_YEAR_BEFORE if year_first else _YEAR_AFTER).sub("", pattern)
    pattern = pattern.replace("MMMM", "MMM").strip(" ,")
    if "d" not in pattern or "M" not in pattern:
        return "d MMM yyyy" if with_year else "d MMM"
    return pattern


class QLocaleStyle:
    """``desktop.formats.NumberStyle`` by the default QLocale (the app's language)."""

    def number(self, value: float, decimals: int) -> str:
        return QLocale().toString(float(value), "f", decimals)

    def data_size(self, size: int, decimals: int) -> str:
        return QLocale().formattedDataSize(size, decimals, QLocale.DataSizeFormat.DataSizeSIFormat)

    def day(self, when: datetime, with_year: bool) -> str:
        locale = QLocale()
        pattern = day_pattern(locale.dateFormat(QLocale.FormatType.LongFormat), with_year)
        return locale.toString(QDate(when.year, when.month, when.day), pattern)

    def clock(self, when: datetime) -> str:
        return QLocale().toString(
            QTime(when.hour, when.minute, when.second), QLocale.FormatType.ShortFormat
        )

    def date_time(self, when: datetime) -> str:
        moment = QDateTime(
            QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second)
        )
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
