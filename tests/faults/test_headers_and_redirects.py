"""A server profile's secrets: its API key and extra headers go to its server and nowhere else.

Two faults: after a 307 redirect to another host, the profile's ``X-Api-Key`` header went to
that host on every call (requests strips only ``Authorization``), and the status line still
named the first host; and whatever was typed in the Headers box, ``Authorization: Bearer …``
included, was saved in plain text in the settings file. Now a redirect to another server is not
followed (nothing at all is sent there; the status line says so plainly), and the headers live
in the keyring like the key, older settings files being cleaned at the next start.

Real HTTP to two loopback test servers, the real settings file, and the test keyring backend
the server-profile tests use (every keyring call must run on the operation runner).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.app import create_main_window
from desktop.ollama import OllamaClient
from desktop.ollama.errors import RedirectRefused
from desktop.services.secrets import SecretStore
from desktop.services.servers import ACTIVE_KEY, PROFILES_KEY, ServerProfile, ServerProfiles
from desktop.settings import Settings, SettingsMapping
from tests.fake_ollama import FakeOllama
from tests.services import test_servers

# The server-profile tests' keyring backends and operation runner, used here as they are there.
memory_keyring = test_servers.memory_keyring
no_keyring = test_servers.no_keyring
runner = test_servers.runner

SECRET_HEADERS = {"X-Api-Key": "team-secret-4711", "Authorization": "Bearer typed-token-0815"}


@pytest.fixture
def elsewhere() -> Iterator[FakeOllama]:
    """A second server, where a redirect points."""
    with FakeOllama(version="0.99.0") as server:
        yield server


def headers_of(request) -> dict[str, str]:
    return {name.lower(): value for name, value in request.headers.items()}


def profile_client(profiles: ServerProfiles, url: str, arun) -> OllamaClient:
    profile = ServerProfile(name="Team proxy", url=url, headers=dict(SECRET_HEADERS))
    arun(profiles.add(profile, api_key="api-key-42"))
    return arun(profiles.open_client(profiles.activate(profile.id)))


def test_a_redirect_to_another_server_is_refused_and_nothing_goes_there(
    fake_ollama: FakeOllama,
    elsewhere: FakeOllama,
    memory_keyring,
    runner,
    arun,
) -> None:
    fake_ollama.redirect_to = elsewhere.url
    profiles = ServerProfiles({}, SecretStore(runner), "")  # Ollama behind the proxy
    client = profile_client(profiles, fake_ollama.url, arun)
    try:
        with pytest.raises(RedirectRefused) as refused:
            client.version()
        with pytest.raises(RedirectRefused):  # a chat: the prompt must not go there either
            list(client.chat("smollm2:135m", [{"role": "user", "content": "my secret plan"}]))
    finally:
        client.close()
    assert elsewhere.requests == []  # no key, no header, no prompt: nothing reached it
    sent_home = headers_of(fake_ollama.requests[0])
    assert sent_home["x-api-key"] == "team-secret-4711"  # the configured server gets them
    assert sent_home["authorization"] == "Bearer api-key-42"
    message = refused.value.message
    assert f"The server at {fake_ollama.url} sent Paddock to another address" in message
    assert f"({elsewhere.url}); Paddock didn't follow it" in message
    assert "/api/version" in refused.value.detail and "Location" in refused.value.detail


def test_a_redirect_within_the_same_server_is_still_followed_with_its_headers(
    fake_ollama: FakeOllama,
    memory_keyring,
    runner,
    arun,
) -> None:
    fake_ollama.override("/old/api/version", status=307, headers={"Location": "/api/version"})
    profiles = ServerProfiles({}, SecretStore(runner), fake_ollama.url)
    client = profile_client(profiles, f"{fake_ollama.url}/old", arun)
    try:
        assert client.version() == fake_ollama.version
    finally:
        client.close()
    followed = fake_ollama.requests[-1]
    assert followed.path == "/api/version"
    assert headers_of(followed)["x-api-key"] == "team-secret-4711"


def test_the_status_line_says_the_redirect_was_refused(
    qtbot, qloop, data_dir: Path, fake_ollama: FakeOllama, elsewhere: FakeOllama
) -> None:
    fake_ollama.redirect_to = elsewhere.url
    window = create_main_window(["--server", fake_ollama.url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "sent Paddock to another address" in window.status_widget.text)
    text = window.status_widget.text
    assert fake_ollama.url in text and elsewhere.url in text
    assert "Connected" not in text
    assert elsewhere.requests == []
    window.close()


def test_headers_typed_in_the_dialog_go_to_the_keyring_not_the_settings_file(
    qtbot, qloop, data_dir: Path, fake_ollama: FakeOllama, elsewhere: FakeOllama,
    memory_keyring,
) -> None:  # fmt: skip
    window = create_main_window(["--server", fake_ollama.url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    dialog = window.add_server()
    dialog.name.setText("Team proxy")
    dialog.url.setText(elsewhere.url)
    dialog.headers.setPlainText("\n".join(f"{k}: {v}" for k, v in SECRET_HEADERS.items()))
    dialog.accept()
    qtbot.waitUntil(lambda: window.status_widget.text.startswith("Connected to Ollama 0.99.0"))
    sent = headers_of(elsewhere.requests[-1])
    assert sent["x-api-key"] == "team-secret-4711"
    assert sent["authorization"] == "Bearer typed-token-0815"
    saved = (data_dir / "settings.ini").read_text()
    assert "Team proxy" in saved  # the profile is saved …
    assert "team-secret-4711" not in saved and "typed-token-0815" not in saved  # … its secrets not
    kept = [value for (service, _), value in memory_keyring.items.items() if service == "Paddock"]
    assert any("team-secret-4711" in value and "typed-token-0815" in value for value in kept)
    assert memory_keyring.calls_on_the_runner()
    window.close()


def write_older_settings(data_dir: Path, url: str) -> None:
    """A settings file as an older Paddock wrote it: the headers in plain text."""
    mapping = SettingsMapping(Settings(data_dir, portable=True))
    older = {"name": "Team proxy", "url": url, "headers": SECRET_HEADERS, "id": "older"}
    mapping[PROFILES_KEY] = json.dumps([older])
    mapping[ACTIVE_KEY] = "older"


def test_headers_an_older_version_saved_move_to_the_keyring_at_the_next_start(
    qtbot,
    qloop,
    data_dir: Path,
    fake_ollama: FakeOllama,
    memory_keyring,
) -> None:
    write_older_settings(data_dir, fake_ollama.url)
    assert "team-secret-4711" in (data_dir / "settings.ini").read_text()
    window = create_main_window(["--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.status_widget.text.startswith("Connected to Ollama"))
    saved = (data_dir / "settings.ini").read_text()
    assert "team-secret-4711" not in saved and "typed-token-0815" not in saved
    assert "Team proxy" in saved and "X-Api-Key" in saved  # the server and its header names stay
    assert json.loads(memory_keyring.items[("Paddock", "older/headers")]) == SECRET_HEADERS
    sent = headers_of(fake_ollama.requests[-1])
    assert sent["x-api-key"] == "team-secret-4711"  # and they are still sent
    assert memory_keyring.calls_on_the_runner()
    window.close()


def test_without_a_keyring_older_headers_stay_where_they_were_and_still_work(
    data_dir: Path,
    fake_ollama: FakeOllama,
    no_keyring,
    runner,
) -> None:
    store: dict[str, str] = {
        PROFILES_KEY: json.dumps(
            [{"name": "Proxy", "url": fake_ollama.url, "headers": SECRET_HEADERS, "id": "p"}]
        ),
        ACTIVE_KEY: "p",
    }
    profiles = ServerProfiles(store, SecretStore(runner), fake_ollama.url)
    assert "team-secret-4711" in store[PROFILES_KEY]  # nothing lost while no keyring can hold it
    client = profiles.client_at_start(profiles.active)
    try:
        client.version()
    finally:
        client.close()
    assert headers_of(fake_ollama.requests[-1])["x-api-key"] == "team-secret-4711"
