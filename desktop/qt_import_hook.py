"""Stop PySide from reading the source of every module imported after it.

PySide's ``__feature__`` support (``from __feature__ import snake_case, true_property``) hooks
every later import and reads the new module's whole source to learn whether it mentions
PySide6: about 200 files and 30–40 ms before Paddock's window could show (measured by
``benchmarks/bench_startup.py``). The answer only matters to a module that switches a feature
on, and neither Paddock nor anything it loads does. Without the check every module keeps
PySide's default: no feature switching, the names Qt documents.

The hook lives in PySide's private support package; when it is not where this expects it (a
later PySide), nothing is changed and start-up is only slower.
"""

from __future__ import annotations

import sys
from types import ModuleType

FEATURE_MODULES = ("shibokensupport.feature", "PySide6.support.feature")


def skip_feature_source_scan() -> bool:
    """Answer PySide's per-import question without reading the module's source; True when
    the hook was found and replaced. Call right after ``import PySide6``."""
    replaced = False
    for name in FEATURE_MODULES:
        feature = sys.modules.get(name)
        if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
            feature._mod_uses_pyside = _uses_no_feature  # type: ignore[attr-defined]
            replaced = True
    return replaced


def _uses_no_feature(module: ModuleType) -> bool:
    """False: the module is left out of feature switching, as every module here may be."""
    return False
