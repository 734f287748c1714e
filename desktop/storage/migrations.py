"""The schema's history: one function per version, applied in order, never edited afterwards.

``PRAGMA user_version`` records how many have run. A database at version N is brought up to
date by running migrations N+1... in one transaction each, so a failure leaves the previous
version intact. To change the schema, append a function; never change an old one (databases
out there were built by it, and the migration tests rebuild version 1 from ``SCHEMA_V1``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# Version 1: conversations, messages (a tree of versions), attachments as BLOBs.
# ``parent_id`` has no ON DELETE CASCADE on purpose: a cascade along a 2,000-message chain
# would recurse past SQLite's trigger depth limit. Branches are deleted by id sets instead.
SCHEMA_V1 = """
CREATE TABLE conversations (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    title         TEXT    NOT NULL DEFAULT '',
    title_source  TEXT    NOT NULL DEFAULT 'none',
    model         TEXT    NOT NULL DEFAULT '',
    system_prompt TEXT    NOT NULL DEFAULT '',
    options       TEXT    NOT NULL DEFAULT '{}',
    think         TEXT,
    keep_alive    TEXT,
    pinned        INTEGER NOT NULL DEFAULT 0,
    created_at    REAL    NOT NULL,
    updated_at    REAL    NOT NULL
);
CREATE INDEX conversations_by_activity ON conversations (pinned DESC, updated_at DESC);

CREATE TABLE messages (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id      INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    parent_id            INTEGER REFERENCES messages (id),
    selected             INTEGER NOT NULL DEFAULT 1,
    role                 TEXT    NOT NULL,
    content              TEXT    NOT NULL DEFAULT '',
    thinking             TEXT    NOT NULL DEFAULT '',
    thinking_duration    REAL,
    model                TEXT    NOT NULL DEFAULT '',
    options              TEXT    NOT NULL DEFAULT '{}',
    state                TEXT    NOT NULL DEFAULT 'complete',
    error                TEXT    NOT NULL DEFAULT '',
    done_reason          TEXT,
    prompt_eval_count    INTEGER,
    prompt_eval_duration INTEGER,
    eval_count           INTEGER,
    eval_duration        INTEGER,
    total_duration       INTEGER,
    load_duration        INTEGER,
    created_at           REAL    NOT NULL
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, id);
CREATE INDEX messages_by_parent ON messages (parent_id, conversation_id);
CREATE INDEX messages_streaming ON messages (state) WHERE state = 'streaming';

CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    mime_type  TEXT    NOT NULL,
    name       TEXT    NOT NULL DEFAULT '',
    size       INTEGER NOT NULL,
    data       BLOB    NOT NULL
);
CREATE INDEX attachments_by_message ON attachments (message_id);
"""

# Version 2: full-text search over message content and conversation titles, kept in step by
# triggers. External-content tables: the text is stored once, in its own table.
SEARCH_V2 = """
CREATE VIRTUAL TABLE messages_fts USING fts5 (
    content, content = 'messages', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
    INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
END;
INSERT INTO messages_fts (messages_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE conversations_fts USING fts5 (
    title, content = 'conversations', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations BEGIN
    INSERT INTO conversations_fts (rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations BEGIN
    INSERT INTO conversations_fts (conversations_fts, rowid, title)
        VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER conversations_fts_update AFTER UPDATE OF title ON conversations BEGIN
    INSERT INTO conversations_fts (conversations_fts, rowid, title)
        VALUES ('delete', old.id, old.title);
    INSERT INTO conversations_fts (rowid, title) VALUES (new.id, new.title);
END;
INSERT INTO conversations_fts (conversations_fts) VALUES ('rebuild');
"""

# Version 3: what the chat view restores on reopening: the unsent draft and the scroll place.
VIEW_STATE_V3 = """
ALTER TABLE conversations ADD COLUMN draft TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN scroll_position REAL;
"""

# Version 4: what a chat remembers about the model's memory filling up: "continue anyway"
# (don't warn again), and the links between a chat and the one continuing it from a summary.
MEMORY_V4 = """
CREATE TABLE conversation_memory (
    conversation_id  INTEGER PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    continue_anyway  INTEGER NOT NULL DEFAULT 0,
    continued_from   INTEGER REFERENCES conversations (id) ON DELETE SET NULL,
    continued_in     INTEGER REFERENCES conversations (id) ON DELETE SET NULL
);
"""

# Version 5: documents attached to messages: their extracted text (and the original file below
# a size cap), the passages of a large one with their embedding vectors (float32 BLOBs), and
# the passages each reply was given ("sources"), exactly as sent. Document text is searchable.
DOCUMENTS_V5 = """
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id  INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL DEFAULT '',
    kind        TEXT    NOT NULL DEFAULT 'text',
    size        INTEGER NOT NULL DEFAULT 0,
    page_count  INTEGER,
    encoding    TEXT    NOT NULL DEFAULT '',
    text        TEXT    NOT NULL DEFAULT '',
    original    BLOB,
    mode        TEXT    NOT NULL DEFAULT 'whole',
    embed_model TEXT    NOT NULL DEFAULT '',
    state       TEXT    NOT NULL DEFAULT 'ready'
);
CREATE INDEX documents_by_message ON documents (message_id);
CREATE INDEX documents_unfinished ON documents (state) WHERE state = 'embedding';

CREATE TABLE passages (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    page        INTEGER,
    heading     TEXT    NOT NULL DEFAULT '',
    text        TEXT    NOT NULL,
    vector      BLOB
);
CREATE INDEX passages_by_document ON passages (document_id, idx);

CREATE TABLE reply_sources (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id    INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    document_name TEXT    NOT NULL DEFAULT '',
    page          INTEGER,
    heading       TEXT    NOT NULL DEFAULT '',
    text          TEXT    NOT NULL
);
CREATE INDEX reply_sources_by_message ON reply_sources (message_id, position);

CREATE VIRTUAL TABLE documents_fts USING fts5 (
    text, content = 'documents', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO documents_fts (rowid, text) VALUES (new.id, new.text);
END;
"""


def _run_script(script: str) -> Callable[[sqlite3.Connection], None]:
    def migrate(connection: sqlite3.Connection) -> None:
        # executescript() would COMMIT the caller's transaction: run statement by statement.
        for statement in split_statements(script):
            connection.execute(statement)

    return migrate


def split_statements(script: str) -> list[str]:
    """Split a script into complete statements (trigger bodies hold ``;`` of their own)."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _run_script(SCHEMA_V1),
    _run_script(SEARCH_V2),
    _run_script(VIEW_STATE_V3),
    _run_script(MEMORY_V4),
    _run_script(DOCUMENTS_V5),
]
CURRENT_VERSION = len(MIGRATIONS)
