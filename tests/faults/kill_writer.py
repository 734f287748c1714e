"""The child process of the kill tests: saves chats as fast as it can until it is killed.

``python -m tests.faults.kill_writer DATA_DIR`` opens the store the way the app does and, in a
loop, makes a chat with a message, renames it and adds a reply, each write its own
transaction; after each write returns it prints ``saved <conversation> <message>`` so the
parent knows exactly what was committed before the SIGKILL landed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.storage import ChatStore

MODEL = "smollm2:135m"


def main(data_dir: str) -> None:
    store = ChatStore.open(Path(data_dir))
    number = 0
    while True:
        conversation = store.conversations.create(model=MODEL)
        user = store.messages.add(conversation.id, "user", f"question {number}", parent_id=None)
        store.conversations.rename(conversation.id, f"chat {number}")
        reply = store.messages.add(
            conversation.id, "assistant", f"answer {number} " * 50, parent_id=user.id
        )
        print(f"saved {conversation.id} {reply.id}", flush=True)
        number += 1


if __name__ == "__main__":
    main(sys.argv[1])
