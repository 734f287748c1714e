"""Host resolution follows the official client's rules (plus listen address → loopback)."""

from __future__ import annotations

import pytest

from desktop.ollama.host import is_local_url, resolve_host

CASES = [
    ("", "http://127.0.0.1:11434"),
    ("   ", "http://127.0.0.1:11434"),
    ("example.com", "http://example.com:11434"),
    ("example.com:56789", "http://example.com:56789"),
    ("http://example.com", "http://example.com:80"),
    ("https://example.com", "https://example.com:443"),
    ("https://example.com:56789", "https://example.com:56789"),
    ("HTTP://Example.com:8080", "http://example.com:8080"),
    (":5678", "http://127.0.0.1:5678"),
    ("0.0.0.0", "http://127.0.0.1:11434"),
    ("0.0.0.0:9000", "http://127.0.0.1:9000"),
    ("::", "http://[::1]:11434"),
    ("::1", "http://[::1]:11434"),
    ("[::1]:8080", "http://[::1]:8080"),
    ("http://[0123:4567:89ab:cdef:0123:4567:89ab:cdef]:56789", None),
    ("https://example.com/ollama/", "https://example.com:443/ollama"),
    ("example.com:56789/path/", "http://example.com:56789/path"),
    ("http://[fe80::1]/x/y", "http://[fe80::1]:80/x/y"),
]


@pytest.mark.parametrize(("given", "expected"), CASES)
def test_resolve_host(given: str, expected: str | None) -> None:
    if expected is None:
        expected = "http://[123:4567:89ab:cdef:123:4567:89ab:cdef]:56789"
        assert resolve_host(given).lower() in (
            expected,
            "http://[0123:4567:89ab:cdef:0123:4567:89ab:cdef]:56789",
        )
        return
    assert resolve_host(given) == expected


def test_none_reads_ollama_host_and_defaults_without_it() -> None:
    assert resolve_host(None, environ={"OLLAMA_HOST": "gpu-box:1234"}) == "http://gpu-box:1234"
    assert resolve_host(None, environ={}) == "http://127.0.0.1:11434"


def test_a_port_that_is_not_a_number_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="port"):
        resolve_host("example.com:notaport")


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://127.0.0.1:11434", True),
        ("http://localhost:11434", True),
        ("http://[::1]:11434", True),
        ("http://192.168.1.20:11434", False),
        ("https://ollama.com:443", False),
    ],
)
def test_is_local_url(url: str, local: bool) -> None:
    assert is_local_url(url) is local
