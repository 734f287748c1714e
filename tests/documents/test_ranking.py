"""Vectors packed for SQLite and ranked by cosine similarity."""

from __future__ import annotations

import math
import random
import sqlite3
from pathlib import Path

import pytest

from desktop.documents import pack_vector, top_passages, unpack_vectors


def test_a_packed_vector_is_normalised_float32() -> None:
    blob = pack_vector([3.0, 4.0])
    assert len(blob) == 8
    matrix = unpack_vectors([blob])
    assert matrix.shape == (1, 2)
    assert matrix.dtype.name == "float32"
    assert matrix[0].tolist() == pytest.approx([0.6, 0.8])


def test_vectors_survive_a_round_trip_through_sqlite(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "v.db")
    connection.execute("CREATE TABLE passages (id INTEGER PRIMARY KEY, vector BLOB)")
    vectors = [[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [1.0, 1.0, 0.0]]
    connection.executemany(
        "INSERT INTO passages (vector) VALUES (?)", [(pack_vector(v),) for v in vectors]
    )
    connection.commit()
    blobs = [row[0] for row in connection.execute("SELECT vector FROM passages ORDER BY id")]
    connection.close()
    ranked = top_passages([0.0, 1.0, 0.0], unpack_vectors(blobs), k=3)
    assert [row for row, _ in ranked] == [1, 2, 0]
    assert [score for _, score in ranked] == pytest.approx([1.0, math.sqrt(0.5), 0.0], abs=1e-6)


def test_the_best_k_come_first_and_match_a_plain_python_ranking() -> None:
    rng = random.Random(3)
    vectors = [[rng.gauss(0, 1) for _ in range(16)] for _ in range(500)]
    query = [rng.gauss(0, 1) for _ in range(16)]

    def cosine(a: list[float], b: list[float]) -> float:
        dot = sum(x * y for x, y in zip(a, b, strict=True))
        return dot / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))

    expected = sorted(range(500), key=lambda row: -cosine(query, vectors[row]))[:7]
    ranked = top_passages(query, unpack_vectors([pack_vector(v) for v in vectors]), k=7)
    assert [row for row, _ in ranked] == expected
    assert [score for _, score in ranked] == pytest.approx(
        [cosine(query, vectors[row]) for row in expected], abs=1e-5
    )


def test_k_larger_than_the_passages_gives_them_all() -> None:
    matrix = unpack_vectors([pack_vector([1, 0]), pack_vector([0, 1])])
    assert [row for row, _ in top_passages([0, 1], matrix, k=10)] == [1, 0]


def test_nothing_to_rank_gives_nothing() -> None:
    assert top_passages([1.0, 0.0], unpack_vectors([]), k=3) == []
    assert top_passages([1.0, 0.0], unpack_vectors([pack_vector([1, 0])]), k=0) == []


def test_equal_scores_keep_document_order() -> None:
    matrix = unpack_vectors([pack_vector([1, 0])] * 4)
    assert [row for row, _ in top_passages([1, 0], matrix, k=3)] == [0, 1, 2]


@pytest.mark.parametrize("values", [[], [float("nan"), 1.0], [float("inf"), 0.0]])
def test_an_untrusted_vector_that_is_not_one_is_refused(values: list[float]) -> None:
    with pytest.raises(ValueError):
        pack_vector(values)


def test_vectors_of_different_lengths_are_refused() -> None:
    with pytest.raises(ValueError):
        unpack_vectors([pack_vector([1, 0]), pack_vector([1, 0, 0])])
    with pytest.raises(ValueError):
        top_passages([1, 0, 0], unpack_vectors([pack_vector([1, 0])]), k=1)
