"""Server profiles and API keys: keys only in the keyring (or memory), never in settings."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop.services.secrets import SecretStore
from desktop.services.servers import ServerProfile, ServerProfiles, cloud_template
from tests.fake_ollama import FakeOllama


class MemoryKeyring(KeyringBackend):
    """A keyring backend for tests: a dict, with a priority so it counts as usable."""

    priority = 10

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_first_profile_comes_from_the_starting_url() -> None:
    store: dict[str, str] = {}
    profiles = ServerProfiles(store, SecretStore(), "0.0.0.0:11434")
    assert [p.url for p in profiles.all()] == ["http://127.0.0.1:11434"]
    assert profiles.active.name == "This computer"


def test_keys_go_to_the_keyring_and_never_into_settings(memory_keyring, fake_ollama: FakeOllama):
    store: dict[str, str] = {}
    profiles = ServerProfiles(store, SecretStore(), fake_ollama.url)
    proxy = ServerProfile(name="Team proxy", url=fake_ollama.url, headers={"X-Team": "blue"})
    assert profiles.add(proxy, api_key="s3cret-key") is True
    assert "s3cret-key" not in repr(store)
    assert memory_keyring.items[("Paddock", proxy.id)] == "s3cret-key"
    profiles.activate(proxy.id)
    client = profiles.client_for(profiles.active)
    client.version()
    headers = {k.lower(): v for k, v in fake_ollama.requests[-1].headers.items()}
    assert headers["authorization"] == "Bearer s3cret-key" and headers["x-team"] == "blue"
    profiles.remove(proxy.id)
    assert ("Paddock", proxy.id) not in memory_keyring.items
    assert profiles.active.name == "This computer"


def test_without_a_keyring_the_key_lives_for_this_session_only(no_keyring) -> None:
    secrets = SecretStore()
    profiles = ServerProfiles({}, secrets, "http://127.0.0.1:11434")
    cloud = cloud_template()
    assert cloud.url == "https://ollama.com:443"
    assert profiles.add(cloud, api_key="cloud-key") is False
    assert secrets.persistent is False
    assert secrets.get(cloud.id) == "cloud-key"
    assert SecretStore().get(cloud.id) is None  # a new session does not have it


def test_the_last_server_cannot_be_removed() -> None:
    profiles = ServerProfiles({}, SecretStore(), "")
    with pytest.raises(ValueError, match="At least one"):
        profiles.remove(profiles.active.id)
