"""Ask a model registry what a model's manifest is now, without downloading the model.

Ollama names a model ``[host/][namespace/]model[:tag]`` (defaults ``registry.ollama.ai``,
``library``, ``latest``) and fetches it from ``https://host/v2/namespace/model/manifests/tag``
(plain http only for a pull marked insecure). The ``digest`` that ``/api/tags`` reports for a
pulled model is the registry's ``Docker-Content-Digest`` for that manifest, so one ``HEAD``
says whether a model changed upstream; a ``GET`` of the manifest then says what the new
version is made of (config and layers, each with digest, size and media type).

Blocking, on ``requests``, with short timeouts and no retries: the caller decides how many
requests run at once. Nothing here imports Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.errors import PaddockError
from desktop.i18n import translate

if TYPE_CHECKING:  # requests is loaded when the first check runs, not at start-up
    import requests

DEFAULT_HOST = "registry.ollama.ai"
DEFAULT_NAMESPACE = "library"
DEFAULT_TAG = "latest"
DEFAULT_REGISTRY_URL = f"https://{DEFAULT_HOST}"
MANIFEST_TYPE = "application/vnd.docker.distribution.manifest.v2+json"
OCI_MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json"
TIMEOUT = (5.0, 15.0)  # (connect, read) seconds: a registry that takes longer is "unreachable"
MAX_MANIFEST_BYTES = 1_000_000  # real manifests are a few kilobytes; anything bigger is wrong


@dataclass(frozen=True)
class ModelReference:
    """Where a model name lives: host, namespace, model and tag, with Ollama's defaults."""

    host: str
    namespace: str
    model: str
    tag: str

    @classmethod
    def parse(cls, name: str) -> ModelReference:
        """Split a name the way Ollama does; a ``@digest`` suffix is ignored."""
        text = name.strip().split("@", 1)[0]
        parts = text.split("/")
        host = parts[0] if len(parts) >= 3 else DEFAULT_HOST
        namespace = "/".join(parts[1:-1]) if len(parts) >= 3 else DEFAULT_NAMESPACE
        if len(parts) == 2:
            namespace = parts[0]
        model, _, tag = parts[-1].partition(":")
        return cls(host.lower(), namespace, model, tag or DEFAULT_TAG)

    @property
    def on_default_registry(self) -> bool:
        return self.host == DEFAULT_HOST

    @property
    def in_library(self) -> bool:
        """Ollama's own library: names without a namespace on the default registry."""
        return self.on_default_registry and self.namespace == DEFAULT_NAMESPACE

    @property
    def manifest_path(self) -> str:
        return f"/v2/{self.namespace}/{self.model}/manifests/{self.tag}"


@dataclass(frozen=True)
class Blob:
    """One entry of a manifest: the config or a layer."""

    digest: str
    size: int
    media_type: str


@dataclass(frozen=True)
class Manifest:
    digest: str
    config: Blob
    layers: tuple[Blob, ...]

    @property
    def blobs(self) -> tuple[Blob, ...]:
        """Everything a pull fetches: the layers and the config."""
        return (*self.layers, self.config)


class RegistryError(PaddockError):
    """Base of the errors below: a plain message, and the facts in ``detail``."""


class RegistryUnreachable(RegistryError):
    """No HTTP answer: refused, unknown host, timeout, no network."""

    def __init__(self, host: str, *, detail: str = "") -> None:
        self.host = host
        super().__init__(
            translate("Registry", "The registry {host} can't be reached.").format(host=host),
            detail=detail,
        )


class RegistryNeedsHttps(RegistryError):
    """The registry did not speak https (a registry of one's own, pulled as "insecure")."""

    def __init__(self, host: str, *, detail: str = "") -> None:
        self.host = host
        super().__init__(
            translate(
                "Registry", "The registry {host} doesn't answer over a secure connection (https)."
            ).format(host=host),
            detail=detail,
        )


class ManifestNotFound(RegistryError):
    """404: the registry has no such model or tag."""

    def __init__(self, name: str, *, detail: str = "") -> None:
        super().__init__(
            translate("Registry", "The registry has no model named “{name}”.").format(name=name),
            detail=detail,
        )


class RegistrySignInRequired(RegistryError):
    """401 or 403: the registry wants an account that may see this model."""

    def __init__(self, host: str, status: int, *, detail: str = "") -> None:
        self.host = host
        self.status = status
        super().__init__(
            translate("Registry", "The registry {host} asks for a sign-in.").format(host=host),
            detail=detail,
        )


class RegistryAnswerUnexpected(RegistryError):
    """Any other status, or an answer that is not a manifest."""

    def __init__(self, host: str, *, detail: str = "") -> None:
        self.host = host
        super().__init__(
            translate(
                "Registry", "The registry {host} gave an answer Paddock doesn't understand."
            ).format(host=host),
            detail=detail,
        )


class RegistryClient:
    """HEAD and GET manifests. ``default_registry_url`` stands in for ``registry.ollama.ai``
    (tests point it at a loopback registry); other hosts are asked over https, or over
    http when ``insecure`` is given for a pull that was made that way."""

    def __init__(
        self,
        default_registry_url: str = DEFAULT_REGISTRY_URL,
        *,
        timeout: tuple[float, float] = TIMEOUT,
        user_agent: str = "Paddock",
    ) -> None:
        self.default_registry_url = default_registry_url.rstrip("/")
        self.timeout = timeout
        self._user_agent = user_agent
        self._session: Any = None  # made with the first request: requests loads then

    def close(self) -> None:
        if self._session is not None:
            self._session.close()

    def _requests_session(self) -> Any:
        import requests

        if self._session is None:
            self._session = requests.Session()
            self._session.headers.update({"User-Agent": self._user_agent})
        return self._session

    def manifest_url(self, reference: ModelReference, *, insecure: bool = False) -> str:
        if reference.on_default_registry:
            base = self.default_registry_url
        else:
            base = f"{'http' if insecure else 'https'}://{reference.host}"
        return base + reference.manifest_path

    def head_digest(self, reference: ModelReference, *, insecure: bool = False) -> str:
        """The digest the registry has for this name now (``sha256:…``)."""
        response = self._request("HEAD", reference, insecure=insecure)
        with response:
            digest = response.headers.get("Docker-Content-Digest", "").strip()
        if not digest.startswith("sha256:"):
            raise RegistryAnswerUnexpected(
                reference.host, detail=f"no Docker-Content-Digest header: {digest!r}"
            )
        return digest

    def manifest(self, reference: ModelReference, *, insecure: bool = False) -> Manifest:
        """The manifest as the registry serves it now."""
        response = self._request("GET", reference, insecure=insecure)
        with response:
            body = _bounded_body(response, reference.host)
            digest = response.headers.get("Docker-Content-Digest", "").strip()
        return parse_manifest(body, digest, reference.host)

    def _request(
        self, method: str, reference: ModelReference, *, insecure: bool
    ) -> requests.Response:
        import requests

        url = self.manifest_url(reference, insecure=insecure)
        headers = {"Accept": f"{MANIFEST_TYPE}, {OCI_MANIFEST_TYPE}"}
        try:
            response = self._requests_session().request(
                method,
                url,
                headers=headers,
                timeout=self.timeout,
                stream=True,
                allow_redirects=True,
            )
        except requests.exceptions.SSLError as exc:
            raise RegistryNeedsHttps(reference.host, detail=f"{url}: {exc}") from exc
        except requests.RequestException as exc:
            raise RegistryUnreachable(reference.host, detail=f"{url}: {exc}") from exc
        status = response.status_code
        if status == 200:
            return response
        response.close()
        detail = f"{method} {url}: HTTP {status}"
        if status == 404:
            raise ManifestNotFound(_display(reference), detail=detail)
        if status in (401, 403):
            raise RegistrySignInRequired(reference.host, status, detail=detail)
        if status in (502, 503, 504):
            raise RegistryUnreachable(reference.host, detail=detail)
        raise RegistryAnswerUnexpected(reference.host, detail=detail)


def parse_manifest(body: bytes, digest: str, host: str) -> Manifest:
    """A manifest from its JSON; anything that is not one raises RegistryAnswerUnexpected."""
    try:
        data = json.loads(body)
        config = _blob(data["config"])
        layers = tuple(_blob(entry) for entry in data["layers"])
    except (ValueError, KeyError, TypeError) as exc:
        raise RegistryAnswerUnexpected(host, detail=f"not a manifest: {exc}") from exc
    return Manifest(digest, config, layers)


def _blob(entry: object) -> Blob:
    if not isinstance(entry, dict):
        raise TypeError("a manifest entry is not an object")
    digest, size = entry["digest"], entry["size"]
    if not isinstance(digest, str) or not isinstance(size, int) or isinstance(size, bool):
        raise TypeError("a manifest entry has no digest or size")
    return Blob(digest, max(0, size), str(entry.get("mediaType") or ""))


def _bounded_body(response: requests.Response, host: str) -> bytes:
    import requests

    chunks: list[bytes] = []
    total = 0
    try:
        for chunk in response.iter_content(64 * 1024):
            total += len(chunk)
            if total > MAX_MANIFEST_BYTES:
                raise RegistryAnswerUnexpected(host, detail="the manifest is larger than 1 MB")
            chunks.append(chunk)
    except requests.RequestException as exc:
        raise RegistryUnreachable(host, detail=str(exc)) from exc
    return b"".join(chunks)


def _display(reference: ModelReference) -> str:
    return f"{reference.namespace}/{reference.model}:{reference.tag}"
