"""Named Ollama servers: where, with which headers, whether to check TLS — keys kept apart.

Profiles are plain data in a settings store; a profile's API key lives only in the
:class:`~desktop.services.secrets.SecretStore`, under the profile's id. Whatever touches a key
is async (the keyring call runs on the operation runner), except ``client_at_start``, which
waits for the runner once at start-up, before the window is shown.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import MutableMapping
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.i18n import translate
from desktop.ollama.host import resolve_host
from desktop.services.secrets import SecretStore

if TYPE_CHECKING:  # a client is made only when needed: its module imports requests
    from desktop.ollama.client import OllamaClient

PROFILES_KEY = "servers/profiles"
ACTIVE_KEY = "servers/active"
CLOUD_URL = "https://ollama.com"


@dataclass
class ServerProfile:
    name: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    verify_tls: bool = True
    id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ServerProfile:
        return cls(
            name=str(data.get("name") or "Ollama"),
            url=resolve_host(str(data.get("url") or "")),
            headers={str(k): str(v) for k, v in (data.get("headers") or {}).items()},
            verify_tls=bool(data.get("verify_tls", True)),
            id=str(data.get("id") or uuid.uuid4().hex),
        )


def cloud_template() -> ServerProfile:
    """Ollama's cloud: an HTTPS address and an API key (added by the user)."""
    return ServerProfile(name="Ollama Cloud", url=resolve_host(CLOUD_URL))


class ServerProfiles:
    """Profiles over any string mapping (QSettings through an adapter, or a dict in tests)."""

    def __init__(self, store: MutableMapping[str, str], secrets: SecretStore,
                 first_url: str) -> None:  # fmt: skip
        self._store = store
        self.secrets = secrets
        if not self.all():
            first = ServerProfile(name="This computer", url=resolve_host(first_url))
            self._save([first])
            self._store[ACTIVE_KEY] = first.id

    def all(self) -> list[ServerProfile]:
        try:
            items = json.loads(self._store.get(PROFILES_KEY) or "[]")
        except ValueError:
            items = []
        return [ServerProfile.from_json(item) for item in items if isinstance(item, dict)]

    def _save(self, profiles: list[ServerProfile]) -> None:
        self._store[PROFILES_KEY] = json.dumps([p.to_json() for p in profiles])

    async def add(self, profile: ServerProfile, api_key: str | None = None) -> bool:
        """Add or replace; returns False when the key could only be kept for this session."""
        profiles = [p for p in self.all() if p.id != profile.id] + [profile]
        self._save(profiles)
        if api_key:
            return await self.secrets.store(profile.id, api_key)
        return True

    async def remove(self, profile_id: str) -> None:
        remaining = [p for p in self.all() if p.id != profile_id]
        if not remaining:
            raise ValueError(translate("Servers", "At least one server must stay."))
        self._save(remaining)
        if self._store.get(ACTIVE_KEY) == profile_id:
            self._store[ACTIVE_KEY] = remaining[0].id
        await self.secrets.forget(profile_id)

    @property
    def active(self) -> ServerProfile:
        profiles = self.all()
        wanted = self._store.get(ACTIVE_KEY)
        return next((p for p in profiles if p.id == wanted), profiles[0])

    def activate(self, profile_id: str) -> ServerProfile:
        if not any(p.id == profile_id for p in self.all()):
            raise KeyError(profile_id)
        self._store[ACTIVE_KEY] = profile_id
        return self.active

    async def open_client(self, profile: ServerProfile) -> OllamaClient:
        """A client for ``profile``, its key read from the keyring on the runner."""
        return _client(profile, await self.secrets.read(profile.id))

    def client_without_key(self, profile: ServerProfile) -> OllamaClient:
        """A client for ``profile`` before its key is read: for building the window, which
        sends no request until ``open_client`` gave the client with the key."""
        return _client(profile, None)

    def client_at_start(self, profile: ServerProfile) -> OllamaClient:
        """The first client: its key is read on the runner, and this waits for it, so the
        first request already carries it. Start-up only (the window is not shown yet)."""
        return _client(profile, self.secrets.read_at_start(profile.id))


def _client(profile: ServerProfile, api_key: str | None) -> OllamaClient:
    from desktop.ollama.client import OllamaClient

    return OllamaClient(
        profile.url, api_key=api_key, headers=profile.headers or None, verify=profile.verify_tls
    )
