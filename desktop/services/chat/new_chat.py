"""What a new chat starts with: the user's defaults from Settings, kept as one JSON text."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from desktop.services.generate.request import keep_alive_value


@dataclass(frozen=True)
class NewChatDefaults:
    system_prompt: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    think: bool | str | None = None
    keep_alive: int | float | str | None = None

    def to_json(self) -> str:
        return json.dumps(
            {
                "system_prompt": self.system_prompt,
                "options": self.options,
                "think": self.think,
                "keep_alive": self.keep_alive,
            }
        )


def parse_defaults(text: str, keep_alive_text: str = "") -> NewChatDefaults:
    """The stored defaults; anything unreadable counts as no default (never an error).

    ``keep_alive_text`` is the separate "Keep models loaded" setting, used when the defaults
    don't name a keep-alive of their own.
    """
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    options = data.get("options")
    think = data.get("think")
    keep_alive = data.get("keep_alive")
    if keep_alive is None:
        keep_alive = keep_alive_value(keep_alive_text)
    return NewChatDefaults(
        system_prompt=str(data.get("system_prompt") or ""),
        options=dict(options) if isinstance(options, dict) else {},
        think=think if isinstance(think, bool | str) else None,
        keep_alive=keep_alive if isinstance(keep_alive, int | float | str) else None,
    )
