"""Named Ollama servers: where, with which headers, whether to check TLS — secrets kept apart.

Profiles are plain data in a settings store; a profile's API key and its extra headers live
only in the :class:`~desktop.services.secrets.SecretStore` (the key under the profile's id, the
headers as JSON under ``<id>/headers``): a header such as ``Authorization: Bearer …`` or
``X-Api-Key`` is as secret as the key. The settings keep only the headers' names. Whatever
touches a secret is async (the keyring call runs on the operation runner), except start-up,
which waits for the runner before the window is shown: ``client_at_start``, and moving the
headers an older Paddock wrote into the settings file into the keyring.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.i18n import translate
from desktop.ollama.host import is_local_url, origin, resolve_host
from desktop.services.secrets import SecretStore

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # a client is made only when needed: its module imports requests
    from desktop.ollama.client import OllamaClient

PROFILES_KEY = "servers/profiles"
ACTIVE_KEY = "servers/active"
CLOUD_URL = "https://ollama.com"
LOCAL_NAME = "This computer"  # the name Paddock gives the server it finds on this computer
_LOOPBACK_NAMES = {"localhost", "127.0.0.1", "[::1]", "::1"}


class DuplicateServer(ValueError):
    """Another saved server already has this address: two entries for one server would only
    confuse (which one holds the key?)."""


def address_key(url: str) -> tuple[str, str, int, str]:
    """What makes two addresses the same server: scheme, host and port as Ollama's own
    rules resolve them (``localhost:11434`` ≡ ``http://127.0.0.1:11434``), and the path."""
    resolved = resolve_host(url)
    scheme, host, port = origin(resolved)
    if host in _LOOPBACK_NAMES:
        host = "127.0.0.1" if host in ("localhost", "127.0.0.1") else "::1"
    path = resolved.split("://", 1)[1].partition("/")[2].strip("/")
    return scheme, host, port, path


def display_name(profile: ServerProfile) -> str:
    """A saved server's name as the user sees it (the one Paddock made is translated)."""
    if profile.name == LOCAL_NAME:
        return translate("Words", "This computer")  # shared with the UI
    return profile.name


def address_name(url: str) -> str:
    """A plain name for an address nobody named (one given on the command line): "This
    computer" when it is this computer, else its host name."""
    if is_local_url(url):
        return translate("Words", "This computer")  # shared with the UI
    return origin(url)[1] or url


@dataclass
class ServerProfile:
    """A server. ``headers`` (names and values) is never saved in settings: only their names
    (``header_names``) are, the values go to the keyring. ``plain_headers`` marks headers an
    older Paddock saved in the settings file that no keyring could take yet: they stay there
    (and are used) rather than be lost, until a keyring can take them."""

    name: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    verify_tls: bool = True
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    header_names: list[str] = field(default_factory=list)
    plain_headers: bool = False

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "url": self.url,
            "verify_tls": self.verify_tls,
            "id": self.id,
        }
        names = sorted(set(self.header_names) | set(self.headers))
        if names:
            data["header_names"] = names
        if self.plain_headers and self.headers:
            data["headers"] = dict(self.headers)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ServerProfile:
        headers = {str(k): str(v) for k, v in (data.get("headers") or {}).items()}
        return cls(
            name=str(data.get("name") or "Ollama"),
            url=resolve_host(str(data.get("url") or "")),
            headers=headers,
            verify_tls=bool(data.get("verify_tls", True)),
            id=str(data.get("id") or uuid.uuid4().hex),
            header_names=[str(name) for name in data.get("header_names") or []],
            plain_headers=bool(headers),
        )

    @property
    def headers_account(self) -> str:
        """Where the keyring keeps this profile's extra headers."""
        return f"{self.id}/headers"


def cloud_template() -> ServerProfile:
    """Ollama's cloud: an HTTPS address and an API key (added by the user)."""
    return ServerProfile(name="Ollama Cloud", url=resolve_host(CLOUD_URL))


class ServerProfiles:
    """Profiles over any string mapping (QSettings through an adapter, or a dict in tests)."""

    def __init__(self, store: MutableMapping[str, str], secrets: SecretStore,
                 first_url: str) -> None:  # fmt: skip
        self._store = store
        self.secrets = secrets
        self.start_problem = self._drop_unreadable()
        self._move_plain_headers_to_keyring()
        if not self.all():
            first = ServerProfile(name=LOCAL_NAME, url=resolve_host(first_url))
            self._save([first])
            self._store[ACTIVE_KEY] = first.id

    def all(self) -> list[ServerProfile]:
        return [profile for profile in map(_readable, self._saved_items()) if profile is not None]

    def _saved_items(self) -> list[Any]:
        try:
            items = json.loads(self._store.get(PROFILES_KEY) or "[]")
        except (ValueError, RecursionError):
            return []
        return items if isinstance(items, list) else []

    def _drop_unreadable(self) -> str:
        """Saved servers that can't be used (an address with port 99999, a wrong type) must
        not stop Paddock from starting: they are dropped, and the plain words say which."""
        items = self._saved_items()
        dropped = [item for item in items if _readable(item) is None]
        if not dropped:
            return ""
        self._save(self.all())
        names = ", ".join(_described(item) for item in dropped)
        log.warning("dropped %d unreadable saved server(s): %.500r", len(dropped), dropped)
        return translate(
            "Servers",
            "Some saved servers could not be read and were removed: {names}. "
            "Add them again in Settings if you need them.",
        ).format(names=names)

    def _save(self, profiles: list[ServerProfile]) -> None:
        self._store[PROFILES_KEY] = json.dumps([p.to_json() for p in profiles])

    def _move_plain_headers_to_keyring(self) -> None:
        """Headers an older Paddock saved in the settings file go into the keyring and leave
        the file. Start-up only: waits for the runner, before the window is shown. Where no
        keyring can keep them, they stay in the file (as before) rather than be lost."""
        profiles = self.all()
        moved = False
        for profile in profiles:
            if not (profile.plain_headers and profile.headers):
                continue
            secret = json.dumps(profile.headers)
            if self.secrets.store_at_start(profile.headers_account, secret):
                profile.plain_headers = False
                moved = True
            else:
                log.warning("no keyring to keep a server's headers; they stay in settings")
        if moved:
            self._save(profiles)

    def duplicate_of(self, profile: ServerProfile) -> ServerProfile | None:
        """The other saved server with the same address as ``profile``, if there is one."""
        wanted = address_key(profile.url)
        return next(
            (p for p in self.all() if p.id != profile.id and address_key(p.url) == wanted), None
        )

    def saved_with_address(self, url: str) -> ServerProfile | None:
        """The saved server at ``url`` (however it is written), if there is one."""
        try:
            wanted = address_key(url)
        except ValueError:
            return None
        return next((p for p in self.all() if address_key(p.url) == wanted), None)

    def problem_with(self, profile: ServerProfile) -> str:
        """Why ``profile`` can't be saved, in plain words; empty when it can."""
        other = self.duplicate_of(profile)
        if other is None:
            return ""
        return translate(
            "Servers",
            "“{name}” already uses this address. Choose that server instead, or type another "
            "address.",
        ).format(name=display_name(other))

    async def add(self, profile: ServerProfile, api_key: str | None = None) -> bool:
        """Add, or replace the profile with the same id where it stands; returns False when
        the key or the headers could only be kept for this session (no keyring). Raises
        :class:`DuplicateServer` when another server has this address."""
        problem = self.problem_with(profile)
        if problem:
            raise DuplicateServer(problem)
        old = next((p for p in self.all() if p.id == profile.id), None)
        saved = ServerProfile(
            name=profile.name,
            url=profile.url,
            verify_tls=profile.verify_tls,
            id=profile.id,
            header_names=sorted(profile.headers),
        )
        profiles = self.all()
        if old is None:
            profiles.append(saved)
        else:
            profiles = [saved if p.id == profile.id else p for p in profiles]
        self._save(profiles)
        kept = True
        if api_key:
            kept = await self.secrets.store(profile.id, api_key)
        if profile.headers:
            stored = await self.secrets.store(profile.headers_account, json.dumps(profile.headers))
            kept = kept and stored
        elif old is not None and old.header_names:
            await self.secrets.forget(profile.headers_account)
        return kept

    async def edit(self, profile: ServerProfile, api_key: str | None) -> bool:
        """Save the form of an edited server: a name, an address, and the key and headers as
        they are now (an empty key field forgets the saved key). False as for :meth:`add`."""
        old = next((p for p in self.all() if p.id == profile.id), None)
        if old is not None and old.name == LOCAL_NAME and profile.name == display_name(old):
            profile.name = LOCAL_NAME  # still the name Paddock gave: it stays translated
        kept = await self.add(profile, api_key)
        if not api_key:
            await self.secrets.forget(profile.id)
        return kept

    async def saved_secrets(self, profile: ServerProfile) -> tuple[str, dict[str, str]]:
        """The key and the headers of ``profile`` (read on the runner), to edit them."""
        api_key = await self.secrets.read(profile.id) or ""
        headers = profile.headers if profile.plain_headers else {}
        if profile.header_names and not profile.plain_headers:
            headers = _headers(await self.secrets.read(profile.headers_account))
        return api_key, headers

    async def remove(self, profile_id: str) -> ServerProfile:
        """Forget a server, its key and its headers; returns the active server afterwards
        (when the removed one was active: this computer's, else the first left)."""
        profiles = self.all()
        remaining = [p for p in profiles if p.id != profile_id]
        if not remaining:
            raise ValueError(translate("Servers", "At least one server must stay."))
        self._save(remaining)
        if self._store.get(ACTIVE_KEY) == profile_id:
            local = [p for p in remaining if is_local_url(p.url)]
            named_local = [p for p in local if p.name == LOCAL_NAME]
            self._store[ACTIVE_KEY] = (named_local or local or remaining)[0].id
        await self.secrets.forget(profile_id)
        if any(p.id == profile_id and p.header_names for p in profiles):
            await self.secrets.forget(f"{profile_id}/headers")
        return self.active

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
        """A client for ``profile``, its key and headers read from the keyring on the runner."""
        api_key = await self.secrets.read(profile.id)
        headers = profile.headers if profile.plain_headers else {}
        if profile.header_names and not profile.plain_headers:
            headers = _headers(await self.secrets.read(profile.headers_account))
        return _client(profile, api_key, headers)

    def client_without_key(self, profile: ServerProfile) -> OllamaClient:
        """A client for ``profile`` before its key is read: for building the window, which
        sends no request until ``open_client`` gave the client with the key."""
        return _client(profile, None, {})

    def client_at_start(self, profile: ServerProfile) -> OllamaClient:
        """The first client: its key and headers are read on the runner, and this waits for
        them, so the first request already carries them. Start-up only (no window yet)."""
        api_key = self.secrets.read_at_start(profile.id)
        headers = profile.headers if profile.plain_headers else {}
        if profile.header_names and not profile.plain_headers:
            headers = _headers(self.secrets.read_at_start(profile.headers_account))
        return _client(profile, api_key, headers)


def _readable(item: Any) -> ServerProfile | None:
    if not isinstance(item, dict):
        return None
    try:
        return ServerProfile.from_json(item)
    except (ValueError, TypeError, AttributeError):
        return None


def _described(item: Any) -> str:
    if isinstance(item, dict):
        return "“{}” ({})".format(str(item.get("name") or "?")[:80], str(item.get("url"))[:200])
    return repr(item)[:80]


def _headers(saved: str | None) -> dict[str, str]:
    """The headers the keyring kept (JSON); none when it lost them or holds something else."""
    try:
        data = json.loads(saved or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _client(profile: ServerProfile, api_key: str | None, headers: dict[str, str]) -> OllamaClient:
    """The client sends the key and the headers to ``profile.url`` only: it follows no
    redirect to another server (see :mod:`desktop.ollama.transport`)."""
    from desktop.ollama.client import OllamaClient

    return OllamaClient(
        profile.url, api_key=api_key, headers=headers or None, verify=profile.verify_tls
    )
