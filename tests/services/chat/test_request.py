"""The /api/chat request: system prompt, history with image bytes, only chosen settings."""

from __future__ import annotations

from desktop.services.chat.request import build_request, request_fields
from desktop.storage import AttachmentInfo, Conversation, Message, MessageState


def _message(id: int, role: str, content: str, **fields: object) -> Message:
    return Message(id, 1, id - 1 or None, role, content, **fields)  # type: ignore[arg-type]


def test_history_images_and_settings() -> None:
    conversation = Conversation(
        1, model="llava", system_prompt="Be kind.", options={"seed": 3}, think="low", keep_alive=0
    )
    history = [
        _message(1, "user", "Look", attachments=[AttachmentInfo(7, 1, "image/png")]),
        _message(2, "assistant", "", state=MessageState.ERROR, error="boom"),  # left out
        _message(3, "assistant", "Half an ans", state=MessageState.INTERRUPTED),  # kept
        _message(4, "user", "Go on"),
    ]
    request = build_request(conversation, history, lambda attachment_id: b"img%d" % attachment_id)
    assert request.model == "llava"
    assert request.messages == [
        {"role": "system", "content": "Be kind."},
        {"role": "user", "content": "Look", "images": [b"img7"]},
        {"role": "assistant", "content": "Half an ans"},
        {"role": "user", "content": "Go on"},
    ]
    assert request.fields == {"options": {"seed": 3}, "think": "low", "keep_alive": 0}
    assert build_request(conversation, history, bytes, model="other").model == "other"


def test_nothing_chosen_sends_nothing_extra() -> None:
    assert request_fields(Conversation(1, model="m")) == {}
    assert request_fields(Conversation(1, model="m", think=False)) == {"think": False}
