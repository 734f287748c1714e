"""Full-text search over every message and conversation title (SQLite FTS5).

The user's text never reaches FTS5's query syntax: it is cut into words, each quoted, all
required, the last one matched as a prefix so results follow typing. Matches come ranked by
bm25; snippets mark matched terms with ``MATCH_START``/``MATCH_END`` (control characters), so
the UI escapes the text first and then highlights safely. Titles that match come first.

Each chat is listed once, with its best match, and only messages the chat shows count: older
versions replaced by an edit or a regenerate (and everything under them) are not found.
Snippets start and end at whitespace, with an ellipsis where text was left out (FTS5's own
snippets end at tokens, and "don't" or "well-known" are two tokens).

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
_SPACE = re.compile(r"\s")
RANK_WINDOW = 1000
MAX_WORDS = 12
ELLIPSIS = "…"
SNIPPET_LEAD = 30  # characters shown before the first match, about five words
SNIPPET_LENGTH = 120
# Messages read per chat listed: hidden versions and further matches in a chat are dropped.
CANDIDATES_PER_HIT = 2


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
    """Up to ``limit`` chats, best first, each with its best match (see the module's notes)."""
    query = fts_query(text)
    if not query or limit <= 0:
        return []
    titles = _title_hits(database, query, limit)
    messages = sorted(
        [
            *_message_hits(database, query, limit * CANDIDATES_PER_HIT),
            *_document_hits(database, query, limit * CANDIDATES_PER_HIT),
        ],
        key=lambda hit: hit.rank,
    )
    best_message: dict[int, SearchHit] = {}
    for hit in messages:
        best_message.setdefault(hit.conversation_id, hit)
    hits: list[SearchHit] = []
    listed: set[int] = set()
    for hit in [*titles, *messages]:  # a matching title puts its chat first
        if hit.conversation_id not in listed:
            listed.add(hit.conversation_id)
            hits.append(best_message.get(hit.conversation_id, hit))
    return hits[:limit]


def whole_words(marked: str) -> str:
    """A window of ``marked`` around its first match, cut at whitespace, with ellipses."""
    first = max(0, marked.find(MATCH_START))
    match_end = marked.find(MATCH_END, first)
    match_end = len(marked) if match_end < 0 else match_end + 1
    start = max(0, first - SNIPPET_LEAD)
    if start > 0:
        space = _SPACE.search(marked, start, first)
        if space is not None:
            start = space.end()  # the first whole word after the cut
        else:  # the lead is inside the matched word: start at that word
            before = [m.end() for m in _SPACE.finditer(marked, max(0, first - 200), first)]
            start = before[-1] if before else max(0, first - 200)
    end = max(start + SNIPPET_LENGTH, match_end)
    if end < len(marked):
        spaces = [m.start() for m in _SPACE.finditer(marked, match_end, end + 1)]
        if spaces:
            end = spaces[-1]  # the last whole word before the cut
        else:
            after = _SPACE.search(marked, end, end + 200)
            end = after.start() if after is not None else min(len(marked), end + 200)
    body = marked[start:end].strip()
    return (ELLIPSIS if start > 0 else "") + body + (ELLIPSIS if end < len(marked) else "")


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
    """Matching messages on their chat's visible path, best first."""
    start = _window_start(database, "messages_fts", query)
    rows = database.query(
        "SELECT m.conversation_id, m.id, c.title, m.role, f.marked, m.created_at, f.rank FROM ("
        " SELECT rowid, highlight(messages_fts, 0, ?, ?) AS marked, rank"
        " FROM messages_fts WHERE messages_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?"
        ") f JOIN messages m ON m.id = f.rowid JOIN conversations c ON c.id = m.conversation_id"
        " ORDER BY f.rank",
        (MATCH_START, MATCH_END, query, start, limit),
    )
    hidden = _hidden_ids(database, {row[0] for row in rows})
    return [
        SearchHit(
            conversation_id=row[0],
            message_id=row[1],
            conversation_title=row[2],
            role=row[3],
            snippet=whole_words(row[4]),
            created_at=row[5],
            rank=row[6],
        )
        for row in rows
        if row[1] not in hidden
    ]


def _document_hits(database: Database, query: str, limit: int) -> list[SearchHit]:
    """Documents attached to messages on their chat's visible path, best first; the hit is
    the message they came with, the snippet names the document."""
    start = _window_start(database, "documents_fts", query)
    rows = database.query(
        "SELECT m.conversation_id, m.id, c.title, m.role, f.marked, m.created_at, f.rank, d.name"
        " FROM ("
        " SELECT rowid, highlight(documents_fts, 0, ?, ?) AS marked, rank"
        " FROM documents_fts WHERE documents_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?"
        ") f JOIN documents d ON d.id = f.rowid JOIN messages m ON m.id = d.message_id"
        " JOIN conversations c ON c.id = m.conversation_id ORDER BY f.rank",
        (MATCH_START, MATCH_END, query, start, limit),
    )
    hidden = _hidden_ids(database, {row[0] for row in rows})
    return [
        SearchHit(
            conversation_id=row[0],
            message_id=row[1],
            conversation_title=row[2],
            role=row[3],
            snippet=f"{_plain_name(row[7])}: {whole_words(row[4])}",
            created_at=row[5],
            rank=row[6],
        )
        for row in rows
        if row[1] not in hidden
    ]


def _plain_name(name: str) -> str:
    """A file name without the match markers (they would highlight part of it)."""
    return name.replace(MATCH_START, "").replace(MATCH_END, "")


def _hidden_ids(database: Database, conversation_ids: set[int]) -> set[int]:
    """Messages of these chats that the chat does not show (older versions and what is under
    them). Only chats with an unselected message are walked (a new version deselects its
    siblings, so a chat without one has no versions): most chats have none, and reading every
    message of fifty chats would cost more than the search itself."""
    if not conversation_ids:
        return set()
    marks = ", ".join("?" * len(conversation_ids))
    with_versions = [
        row[0]
        for row in database.query(
            f"SELECT DISTINCT conversation_id FROM messages"
            f" WHERE conversation_id IN ({marks}) AND selected = 0",
            tuple(conversation_ids),
        )
    ]
    if not with_versions:
        return set()
    rows = database.query(
        "SELECT id, conversation_id, parent_id, selected FROM messages"
        f" WHERE conversation_id IN ({', '.join('?' * len(with_versions))}) ORDER BY id",
        tuple(with_versions),
    )
    children: dict[tuple[int, int | None], list[tuple[int, int]]] = {}
    for message_id, conversation_id, parent_id, selected in rows:
        children.setdefault((conversation_id, parent_id), []).append((message_id, selected))
    # The same walk as ``MessageRepository.visible_path``: the selected version at each
    # level, else the newest.
    shown: set[int] = set()
    for conversation_id in with_versions:
        level = children.get((conversation_id, None))
        while level:
            chosen = next((m for m, selected in reversed(level) if selected), level[-1][0])
            shown.add(chosen)
            level = children.get((conversation_id, chosen))
    return {row[0] for row in rows} - shown
