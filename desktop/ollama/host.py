"""Turn a user's idea of "where Ollama is" into a base URL.

Matches the official Python client's rules so that an ``OLLAMA_HOST`` that works with the
``ollama`` command works here too, plus one of our own: a listen address (``0.0.0.0``/``::``)
means "this computer" when we connect.
"""

from __future__ import annotations

import ipaddress
import os
import urllib.parse

from desktop.i18n import translate

DEFAULT_PORT = 11434
DEFAULT_URL = f"http://127.0.0.1:{DEFAULT_PORT}"

_LISTEN_ADDRESSES = {"0.0.0.0": "127.0.0.1", "::": "::1"}


def resolve_host(host: str | None = None, *, environ: dict[str, str] | None = None) -> str:
    """Return the base URL (scheme://host:port[/path]) for ``host`` or ``OLLAMA_HOST``."""
    if host is None:
        env = os.environ if environ is None else environ
        host = env.get("OLLAMA_HOST", "")
    host = host.strip()
    port = DEFAULT_PORT
    scheme, separator, hostport = host.partition("://")
    if not separator:
        scheme, hostport = "http", host
    else:
        scheme = scheme.lower()
        if scheme == "http":
            port = 80
        elif scheme == "https":
            port = 443
    if hostport.count(":") > 1 and "[" not in hostport:
        hostport = f"[{hostport}]"  # a bare IPv6 address such as ::1
    split = urllib.parse.urlsplit(f"{scheme}://{hostport}")
    name = split.hostname or "127.0.0.1"
    try:
        explicit_port = split.port
    except ValueError as exc:
        message = translate(
            "Errors", "“{host}” has a port that is not a number between 0 and 65535"
        ).format(host=host)
        raise ValueError(message) from exc
    port = explicit_port or port
    name = _LISTEN_ADDRESSES.get(name, name)
    try:
        if isinstance(ipaddress.ip_address(name), ipaddress.IPv6Address):
            name = f"[{name}]"
    except ValueError:
        pass
    base = f"{scheme}://{name}:{port}"
    path = split.path.strip("/")
    return f"{base}/{path}" if path else base


def is_local_url(url: str) -> bool:
    """True when the URL points at this computer (loopback), where we could start Ollama."""
    name = urllib.parse.urlsplit(url).hostname or ""
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def origin(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of ``url``, the port filled in from the scheme when absent: what
    decides whether two addresses are the same server."""
    split = urllib.parse.urlsplit(url)
    scheme = split.scheme.lower()
    try:
        port = split.port
    except ValueError:
        port = None
    default = 443 if scheme == "https" else 80
    return scheme, (split.hostname or "").lower(), port or default


def same_origin(first: str, second: str) -> bool:
    return origin(first) == origin(second)


def origin_text(url: str, limit: int = 120) -> str:
    """``scheme://host:port`` of ``url``, short and one line: how a server-given address is
    named to the user (its path and query say nothing useful and may be long)."""
    scheme, host, port = origin(url)
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    text = f"{scheme}://{host}:{port}" if scheme else url
    text = "".join(character for character in text if character.isprintable())
    return text if len(text) <= limit else text[: limit - 1] + "…"
