"""A shell command that sends the same request with curl.

Short bodies go inline (``-d '…'``). A body past ~100 kB (images, long prompts) would exceed
the kernel's limit on one command-line argument (128 kB on Linux), so it is fed on standard
input from a here-document instead; the body is one line of JSON (newlines are escaped inside
strings), so it can never end the here-document early.
"""

from __future__ import annotations

import json
import shlex
from typing import Any

INLINE_LIMIT = 100_000
HEREDOC_END = "PADDOCK_JSON"


def curl_command(
    base_url: str, body: dict[str, Any], *, headers: dict[str, str] | None = None
) -> str:
    """``curl`` reproducing the request (POSIX shell quoting; secrets are not included)."""
    parts = ["curl", "-sS"]
    if body.get("stream", True):
        parts.append("-N")  # print each line as it arrives instead of buffering
    parts.append(shlex.quote(base_url.rstrip("/") + "/api/generate"))
    for name, value in (headers or {}).items():
        parts += ["-H", shlex.quote(f"{name}: {value}")]
    parts += ["-H", shlex.quote("Content-Type: application/json")]
    data = json.dumps(body, ensure_ascii=False)
    if len(data.encode()) <= INLINE_LIMIT:
        return " ".join([*parts, "-d", shlex.quote(data)])
    return " ".join([*parts, "--data-binary", "@-", f"<<'{HEREDOC_END}'"]) + (
        f"\n{data}\n{HEREDOC_END}"
    )
