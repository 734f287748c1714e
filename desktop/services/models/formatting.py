"""Model figures as Ollama writes them, read back into numbers: "8.0B" parameters.

Writing figures for people (sizes, times, counts) is ``desktop.formats``'s job.
"""

from __future__ import annotations

import re

_PARAMETERS = re.compile(r"^\s*([\d.]+)\s*([KMBT]?)\s*$", re.IGNORECASE)
_SCALE = {"": 1, "K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}


def parameter_count(text: str) -> float:
    """ "8.0B" → 8e9, "134.52M" → 1.3452e8; 0 when unknown (sorts first)."""
    match = _PARAMETERS.match(text or "")
    if not match:
        return 0.0
    return float(match.group(1)) * _SCALE[match.group(2).upper()]
