"""Full-text search over every message and conversation title (SQLite FTS5).

The user's text never reaches FTS5's query syntax: it is cut into words, each quoted, all
required, the last one matched as a prefix so results follow typing. Matches come ranked by
bm25; snippets mark matched terms with ``MATCH_START``/``MATCH_END`` (control characters), so
the UI escapes the text first and then highlights safely. Titles that match come first.

Ranking is bounded. bm25 costs 3–10 µs per matching row, so a very common word matching all
of 100,000 messages would take a third of a second to rank. When a search matches more than
``RANK_WINDOW`` rows, only the most recent ``RANK_WINDOW`` of them are ranked (finding where
that window starts is a cheap walk of the index in rowid order). Rarer searches — what people
usually type — are ranked over everything.
"""

from __future__ import annotations

import re

from desktop.storage.database import Database
from desktop.storage.records import MATCH_END, MATCH_START, SearchHit

_WORD = re.compile(r"\w+", re.UNICODE)
SNIPPET_TOKENS = 14
RANK_WINDOW = 1000
MAX_WORDS = 12


def fts_query(text: str) -> str:
    """The FTS5 query for what the user typed: ``"rust" "borrow"*``; "" when no words."""
    words = _WORD.findall(text)[:MAX_WORDS]
    if not words:
        return ""
    terms = [f'"{word}"' for word in words]
    if len(words[-1]) >= 2 and not text[-1:].isspace():
        terms[-1] += "*"
    return " ".join(terms)


def search(database: Database, text: str, *, limit: int = 50) -> list[SearchHit]:
    query = fts_query(text)
    if not query or limit <= 0:
        return []
    hits = _title_hits(database, query, limit)
    hits += _message_hits(database, query, limit - len(hits))
    return hits


def _window_start(database: Database, table: str, query: str) -> int:
    """The lowest rowid among the ``RANK_WINDOW`` most recent matches (0: rank them all)."""
    row = database.query_one(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (query, RANK_WINDOW - 1),
    )
    return int(row[0]) if row is not None else 0


def _title_hits(database: Database, query: str, limit: int) -> list[SearchHit]:
    start = _window_start(database, "conversations_fts", query)
    rows = database.query(
        "SELECT c.id, c.title, f.marked, f.rank, c.updated_at FROM ("
        " SELECT rowid, highlight(conversations_fts, 0, ?, ?) AS marked, rank"
        " FROM conversations_fts WHERE conversations_fts MATCH ? AND rowid >= ?"
        " ORDER BY rank LIMIT ?"
        ") f JOIN conversations c ON c.id = f.rowid ORDER BY f.rank",
        (MATCH_START, MATCH_END, query, start, limit),
    )
    return [
        SearchHit(
            conversation_id=row[0],
            message_id=None,
            conversation_title=row[1],
            role="title",
            snippet=row[2],
            created_at=row[4],
            rank=row[3],
        )
        for row in rows
    ]


def _message_hits(database: Database, query: str, limit: int) -> list[SearchHit]:
    if limit <= 0:
        return []
    start = _window_start(database, "messages_fts", query)
    rows = database.query(
        "SELECT m.conversation_id, m.id, c.title, m.role, f.marked, m.created_at, f.rank FROM ("
        " SELECT rowid, snippet(messages_fts, 0, ?, ?, '…', ?) AS marked, rank"
        " FROM messages_fts WHERE messages_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?"
        ") f JOIN messages m ON m.id = f.rowid JOIN conversations c ON c.id = m.conversation_id"
        " ORDER BY f.rank",
        (MATCH_START, MATCH_END, SNIPPET_TOKENS, query, start, limit),
    )
    return [
        SearchHit(
            conversation_id=row[0],
            message_id=row[1],
            conversation_title=row[2],
            role=row[3],
            snippet=row[4],
            created_at=row[5],
            rank=row[6],
        )
        for row in rows
    ]
