"""Server profiles and API keys: keys only in the keyring (or memory), never in settings, and
every keyring call on the operation runner's thread, never the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop.ollama.host import resolve_host
from desktop.services.operations import WORKER_NAME, Operations
from desktop.services.secrets import SecretStore
from desktop.services.servers import (
    DuplicateServer,
    ServerProfile,
    ServerProfiles,
    address_key,
    address_name,
    cloud_template,
    display_name,
)
from tests.fake_ollama import FakeOllama


class MemoryKeyring(KeyringBackend):
    """A keyring backend for tests: a dict, with a priority so it counts as usable. It notes
    the thread of every call, so a test can tell whether the GUI thread made one."""

    priority = 10

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.threads: list[str] = []

    def set_password(self, service: str, username: str, password: str) -> None:
        self.threads.append(threading.current_thread().name)
        self.items[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        self.threads.append(threading.current_thread().name)
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.threads.append(threading.current_thread().name)
        self.items.pop((service, username), None)

    def calls_on_the_runner(self) -> bool:
        """True when there were calls and every one ran on the operation runner's thread."""
        return bool(self.threads) and all(name.startswith(WORKER_NAME) for name in self.threads)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def runner() -> Iterator[Operations]:
    operations = Operations()
    yield operations
    operations.close()


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


def test_keys_go_to_the_keyring_and_never_into_settings(
    memory_keyring, fake_ollama: FakeOllama, runner, arun
) -> None:
    store: dict[str, str] = {}
    profiles = ServerProfiles(store, SecretStore(runner), "")  # a proxy in front of Ollama:
    proxy = ServerProfile(name="Team proxy", url=fake_ollama.url, headers={"X-Team": "blue"})
    assert arun(profiles.add(proxy, api_key="s3cret-key")) is True
    assert "s3cret-key" not in repr(store)
    assert memory_keyring.items[("Paddock", proxy.id)] == "s3cret-key"
    profiles.activate(proxy.id)
    client = arun(profiles.open_client(profiles.active))
    client.version()
    client.close()
    headers = {k.lower(): v for k, v in fake_ollama.requests[-1].headers.items()}
    assert headers["authorization"] == "Bearer s3cret-key" and headers["x-team"] == "blue"
    arun(profiles.remove(proxy.id))
    assert ("Paddock", proxy.id) not in memory_keyring.items
    assert profiles.active.name == "This computer"
    assert ("Paddock", f"{proxy.id}/headers") not in memory_keyring.items
    # The key and the headers: stored, read and forgotten, each on the runner.
    assert len(memory_keyring.threads) == 6 and memory_keyring.calls_on_the_runner()


def test_the_first_client_carries_the_key_read_on_the_runner(
    memory_keyring, fake_ollama: FakeOllama, runner, arun
) -> None:
    store: dict[str, str] = {}
    first = ServerProfiles(store, SecretStore(runner), "")
    arun(first.add(ServerProfile(name="Remote", url=fake_ollama.url, id="remote"), "key-1"))
    first.activate("remote")
    memory_keyring.threads.clear()

    restarted = ServerProfiles(store, SecretStore(runner), "")  # the next start
    client = restarted.client_at_start(restarted.active)
    client.version()
    client.close()
    headers = {k.lower(): v for k, v in fake_ollama.requests[-1].headers.items()}
    assert headers["authorization"] == "Bearer key-1"
    assert memory_keyring.threads and memory_keyring.calls_on_the_runner()


def test_a_store_without_the_app_s_runner_still_keeps_the_gui_thread_free(
    memory_keyring, arun
) -> None:
    secrets = SecretStore()
    assert arun(secrets.store("account", "key")) is True
    assert arun(secrets.read("account")) == "key"
    arun(secrets.forget("account"))
    assert arun(secrets.read("account")) is None
    assert memory_keyring.calls_on_the_runner()
    secrets.operations.close()


def test_without_a_keyring_the_key_lives_for_this_session_only(no_keyring, runner, arun) -> None:
    secrets = SecretStore(runner)
    profiles = ServerProfiles({}, secrets, "http://127.0.0.1:11434")
    cloud = cloud_template()
    assert cloud.url == "https://ollama.com:443"
    assert arun(profiles.add(cloud, api_key="cloud-key")) is False
    assert secrets.persistent is False
    assert arun(secrets.read(cloud.id)) == "cloud-key"
    assert arun(SecretStore(runner).read(cloud.id)) is None  # a new session does not have it


def test_the_last_server_cannot_be_removed(runner, arun) -> None:
    profiles = ServerProfiles({}, SecretStore(runner), "")
    with pytest.raises(ValueError, match="At least one"):
        arun(profiles.remove(profiles.active.id))


def test_one_address_written_many_ways_is_one_server(runner, arun) -> None:
    profiles = ServerProfiles({}, SecretStore(runner), "http://127.0.0.1:11434")
    for same in ("localhost", "127.0.0.1:11434", "http://LOCALHOST:11434/", "0.0.0.0"):
        twin = ServerProfile(name="Twin", url=resolve_host(same))
        assert "“This computer” already uses this address" in profiles.problem_with(twin)
        with pytest.raises(DuplicateServer):
            arun(profiles.add(twin))
    other = ServerProfile(name="Other port", url=resolve_host("localhost:11500"))
    assert profiles.problem_with(other) == ""
    assert arun(profiles.add(other)) is True
    # Editing a server under its own address is no duplicate of itself.
    assert profiles.problem_with(profiles.all()[0]) == ""
    assert address_key("https://example.com") != address_key("http://example.com")


def test_editing_renames_in_place_and_an_empty_key_forgets_the_saved_one(
    memory_keyring, runner, arun
) -> None:
    profiles = ServerProfiles({}, SecretStore(runner), "")
    box = ServerProfile(name="GPU box", url="http://10.0.0.5:11434", headers={"X-Team": "blue"})
    arun(profiles.add(box, api_key="key-1"))
    assert arun(profiles.saved_secrets(profiles.all()[1])) == ("key-1", {"X-Team": "blue"})
    renamed = ServerProfile(name="Office", url="http://10.0.0.6:11434", id=box.id)
    arun(profiles.edit(renamed, None))
    assert [(p.name, p.url) for p in profiles.all()] == [
        ("This computer", "http://127.0.0.1:11434"),
        ("Office", "http://10.0.0.6:11434"),
    ]
    assert ("Paddock", box.id) not in memory_keyring.items
    assert ("Paddock", f"{box.id}/headers") not in memory_keyring.items
    local = profiles.all()[0]
    kept = ServerProfile(name=display_name(local), url=local.url, id=local.id)
    arun(profiles.edit(kept, None))
    assert profiles.all()[0].name == "This computer"
    assert memory_keyring.calls_on_the_runner()


def test_removing_the_server_in_use_goes_back_to_this_computer(memory_keyring, runner, arun):
    profiles = ServerProfiles({}, SecretStore(runner), "")
    first = ServerProfile(name="First", url="http://10.0.0.5:11434")
    second = ServerProfile(name="Second", url="http://10.0.0.6:11434")
    arun(profiles.add(first))
    arun(profiles.add(second, api_key="key-2"))
    profiles.activate(second.id)
    assert arun(profiles.remove(second.id)).name == "This computer"
    assert ("Paddock", second.id) not in memory_keyring.items
    profiles.activate(first.id)
    assert arun(profiles.remove(profiles.all()[0].id)).id == first.id  # not the one in use


def test_servers_without_a_name_get_a_plain_one() -> None:
    assert address_name("http://127.0.0.1:11434") == "This computer"
    assert address_name("http://localhost:8080") == "This computer"
    assert address_name("https://gpu.example.com:443") == "gpu.example.com"
    assert display_name(ServerProfile(name="This computer", url="")) == "This computer"
    assert display_name(ServerProfile(name="Office", url="")) == "Office"
