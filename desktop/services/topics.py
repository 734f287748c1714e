"""Names of the change events the operation runner carries (``Operations.notify``).

A view subscribes to the topic of the data it shows and re-reads it when told, instead of
every writer refreshing every view by hand.
"""

from __future__ import annotations

CONVERSATIONS = "conversations"
"""The list of chats changed: one was added, renamed, pinned, deleted, or had activity."""
