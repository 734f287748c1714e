"""The download list in one line, for its folded header: "2 downloads · 45 %".

Folded, the list still has to say whether anything is happening and how far along it is; the
share is of the bytes of every unfinished download together, so one big model weighs more than
a small one, as in the time it takes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from desktop.formats import percent
from desktop.i18n import counted, translate
from desktop.services.downloads.queue import DownloadItem, State

UNFINISHED = (State.ACTIVE, State.QUEUED, State.PAUSED)


def downloads_summary(items: Iterable[DownloadItem]) -> str:
    """One line about ``items``: how many are unfinished and how far, else how they ended."""
    items = list(items)
    unfinished = [item for item in items if item.state in UNFINISHED]
    failed = sum(1 for item in items if item.state is State.FAILED)
    if unfinished:
        text = counted("DownloadsSummary", "%n download(s)", len(unfinished))
        sizes = [_size(item) for item in unfinished]
        total = sum(sizes)
        if total > 0:
            done = sum(
                size * item.progress.shown_fraction
                for item, size in zip(unfinished, sizes, strict=True)
            )
            text += " · " + percent(math.floor(100 * done / total))
        if all(item.state is State.PAUSED for item in unfinished):
            text += " · " + translate("DownloadsSummary", "paused")
        if failed:
            text += " · " + counted("DownloadsSummary", "%n failed", failed)
        return text
    if failed:
        return counted("DownloadsSummary", "%n download(s) failed", failed)
    return translate("DownloadsSummary", "All downloads finished")


def _size(item: DownloadItem) -> float:
    """The download's whole size as far as known (a restored one knows only what it showed)."""
    progress = item.progress
    if progress.total > 0:
        return progress.total
    if progress.shown_fraction > 0:
        return progress.shown_completed / progress.shown_fraction
    return 0
