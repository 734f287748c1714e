"""A shell command that sends the same request with curl."""

from __future__ import annotations

import json
import shlex
from typing import Any


def curl_command(
    base_url: str, body: dict[str, Any], *, headers: dict[str, str] | None = None
) -> str:
    """``curl`` reproducing the request (POSIX shell quoting; secrets are not included)."""
    parts = ["curl", "-sS", shlex.quote(base_url.rstrip("/") + "/api/generate")]
    for name, value in (headers or {}).items():
        parts += ["-H", shlex.quote(f"{name}: {value}")]
    parts += ["-H", shlex.quote("Content-Type: application/json")]
    parts += ["-d", shlex.quote(json.dumps(body, ensure_ascii=False))]
    return " ".join(parts)
