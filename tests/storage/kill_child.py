"""The child process of the kill test: saves a chat exchange while a reply streams.

``python -m tests.storage.kill_child DATA_DIR SERVER_URL`` opens the store, saves the user's
message, then streams the reply from the server with the blocking client and a ReplyWriter,
exactly as the app does, until the parent kills it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.ollama import OllamaClient
from desktop.storage import ChatStore, MessageState, ReplyStats

MODEL = "smollm2:135m"
QUESTION = "Tell me a very long story."


def main(data_dir: str, url: str) -> None:
    store = ChatStore.open(Path(data_dir))
    conversation = store.conversations.create(model=MODEL)
    user = store.messages.add(conversation.id, "user", QUESTION, parent_id=None)
    reply = store.messages.add(
        conversation.id, "assistant", parent_id=user.id, model=MODEL, state=MessageState.STREAMING
    )
    writer = store.reply_writer(reply.id)
    client = OllamaClient(url)
    for chunk in client.chat(MODEL, [{"role": "user", "content": QUESTION}]):
        writer.append(chunk.message.content, chunk.message.thinking or "")
        if chunk.done:
            writer.finish(ReplyStats.of(chunk), chunk.done_reason)
    print("finished", flush=True)  # the parent should have killed us long before


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
