"""Vectors for passages: stored as float32 BLOBs, ranked by cosine similarity with numpy.

Vectors are L2-normalised when packed, so the cosine of a query and every stored passage is one
matrix-vector product: 10,000 passages of 768 dimensions rank in milliseconds, where pure
Python would take over a second. numpy is imported inside the functions (it is heavy and
only needed once a document is attached).

numpy's OpenBLAS starts one busy-waiting thread per core for a product this size: on a loaded
two-core machine that made a 1 ms ranking take up to 180 ms and took the cores from the GUI
thread (benchmarks/bench_documents.py). It is loaded with one thread; the environment
variables that say so are restored at once, so a child process (an Ollama server) keeps its own.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy

_FLOAT32 = "<f4"  # little-endian on every platform, so a database moves between machines
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def numpy_module() -> ModuleType:
    """numpy, its BLAS on one thread when this is the first import (BLAS reads the setting
    when it loads): import numpy through this, wherever it may be the first import."""
    if "numpy" in sys.modules:
        return sys.modules["numpy"]
    saved = {name: os.environ.get(name) for name in _BLAS_THREADS}
    try:
        for name in _BLAS_THREADS:
            os.environ[name] = "1"
        import numpy
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return numpy


def _normalised(values: Sequence[float] | numpy.ndarray) -> numpy.ndarray:
    numpy = numpy_module()
    vector = numpy.asarray(values, dtype=numpy.float32)
    if vector.ndim != 1 or vector.size == 0:
        raise ValueError(f"a vector must be one non-empty row, got shape {vector.shape}")
    if not numpy.isfinite(vector).all():
        raise ValueError("a vector must hold finite numbers")
    norm = float(numpy.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def pack_vector(values: Sequence[float]) -> bytes:
    """``values`` as L2-normalised little-endian float32 bytes, for an SQLite BLOB.

    Raises ValueError for an empty vector or one with NaN/infinity (an embedding from the
    server is untrusted input). A zero vector stays zero: it scores 0 against any query."""
    return _normalised(values).astype(_FLOAT32).tobytes()


def unpack_vectors(blobs: Sequence[bytes]) -> numpy.ndarray:
    """The (n, dim) float32 matrix of blobs made by :func:`pack_vector`; (0, 0) for none.

    Raises ValueError when the blobs differ in length (vectors of different models)."""
    numpy = numpy_module()
    if not blobs:
        return numpy.zeros((0, 0), dtype=numpy.float32)
    width = len(blobs[0])
    if width == 0 or width % 4 or any(len(blob) != width for blob in blobs):
        raise ValueError("the vectors differ in length or are not float32")
    joined = b"".join(blobs)
    return numpy.frombuffer(joined, dtype=_FLOAT32).reshape(len(blobs), width // 4)


def top_passages(query: Sequence[float], matrix: numpy.ndarray, k: int) -> list[tuple[int, float]]:
    """The ``k`` rows of ``matrix`` (normalised, as unpacked) most similar to ``query``:
    (row, cosine score) pairs, best first; ties keep the earlier row first."""
    numpy = numpy_module()
    rows = matrix.shape[0] if matrix.ndim == 2 else 0
    if k <= 0 or rows == 0:
        return []
    vector = _normalised(query)
    if matrix.shape[1] != vector.size:
        raise ValueError(f"query has {vector.size} dimensions, passages {matrix.shape[1]}")
    scores = matrix @ vector
    k = min(k, rows)
    chosen = numpy.argpartition(-scores, k - 1)[:k] if k < rows else numpy.arange(rows)
    order = sorted(chosen.tolist(), key=lambda row: (-scores[row], row))
    return [(row, float(scores[row])) for row in order]
