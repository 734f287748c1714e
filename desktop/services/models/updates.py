"""Which installed models changed upstream, what updating costs, and updating them on a click.

The ``digest`` ``/api/tags`` reports for a pulled model is the registry's digest of its
manifest, so a ``HEAD`` per model tells what changed without downloading anything. For a
changed model the new manifest is read, and each of its files is looked up on the Ollama server
(``HEAD /api/blobs``): only the missing ones cost a download. When the server can't say, every
file is counted and the size is shown as "up to".

Which model was made on this computer: a model the registry doesn't know (404) counts as made
here when its name is in Ollama's library namespace (nobody but Ollama publishes there, so an
unknown library name is a local ``ollama create``), or when its details name a parent model
(it was derived from another model here). Any other 404 means the model is gone upstream.
Cloud models (``remote_model``) run on ollama.com and have nothing to update.

The requests go from this computer, which is not where Ollama runs when the server is remote:
``checked_from_here`` says so, and the window says it in words. At most three registry
requests run at once (one small thread pool), each with a timeout and no retry. Results are
kept in memory and in the data folder (through ``Operations``, never on the GUI thread).
Updates are pulls in the download queue and never start without a click.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.formats import human_size
from desktop.i18n import translate
from desktop.ollama.errors import OllamaError
from desktop.ollama.host import is_local_url
from desktop.ollama.registry import (
    Manifest,
    ManifestNotFound,
    ModelReference,
    RegistryClient,
    RegistryError,
    RegistryNeedsHttps,
    RegistrySignInRequired,
    RegistryUnreachable,
)
from desktop.ollama.types import ModelInfo
from desktop.services.downloads.queue import Change, DownloadItem, DownloadQueue, State
from desktop.services.models.names import name_key
from desktop.services.models.update_store import SavedChecks, UpdateCheck, UpdateStore
from desktop.services.operations import Operations

if TYPE_CHECKING:  # the client module loads requests: not needed at start-up
    from desktop.ollama.aio import AsyncOllamaClient

log = logging.getLogger(__name__)

T = TypeVar("T")

MAX_PARALLEL = 3
DAY = 24 * 60 * 60.0
DAILY_FIRST_DELAY = 120.0  # seconds after start: the check never competes with start-up
DAILY_POLL = 15 * 60.0  # how often the daily check looks at its clock
# Files whose type means weights: a change among them is a real download, not a setting.
WEIGHT_TYPES = ("image.model", "image.projector", "image.adapter")
SMALL_CHANGE = 1_000_000


class UpdateState(Enum):
    NOT_CHECKED = "not_checked"
    CHECKING = "checking"
    UP_TO_DATE = "up_to_date"
    AVAILABLE = "available"
    UPDATING = "updating"  # queued or downloading in the download list
    UNREACHABLE = "unreachable"
    NO_HTTPS = "no_https"
    GONE = "gone"
    LOCAL = "local"
    SIGN_IN = "sign_in"
    CLOUD = "cloud"
    UNCLEAR = "unclear"


ClientSource = Callable[[], "AsyncOllamaClient"]
Listener = Callable[[], None]


class ModelUpdates:
    """Checks installed models against their registries and queues their updates.

    ``client()`` is the current Ollama client (it follows a server switch), ``registry``
    talks to registries, ``downloads`` runs the pulls. ``clock`` (seconds since the epoch)
    and ``sleep`` are injectable so the daily check is tested without waiting.
    """

    def __init__(
        self,
        client: ClientSource,
        registry: RegistryClient,
        operations: Operations,
        data_dir: Path,
        downloads: DownloadQueue | None = None,
        *,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        max_parallel: int = MAX_PARALLEL,
    ) -> None:
        self._client = client
        self.registry = registry
        self._operations = operations
        self._store = UpdateStore(data_dir)
        self._downloads = downloads
        self._clock = clock
        self._sleep = sleep
        self._pool = ThreadPoolExecutor(max_workers=max_parallel, thread_name_prefix="registry")
        self._parallel = asyncio.Semaphore(max_parallel)
        self.checks: dict[str, UpdateCheck] = {}
        self.last_check: float | None = None
        self._server = ""
        self._checking: set[str] = set()
        self._updating: set[str] = set()
        self._running: asyncio.Task[list[UpdateCheck]] | None = None
        self._busy = False  # a whole check is under way (until its results are in)
        self._listeners: list[Listener] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self._loaded = False
        self._closed = False
        if downloads is not None:
            downloads.subscribe(self._on_download)

    # --- observing ------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """``listener()`` runs on the loop after every change; call the result to stop."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _changed(self) -> None:
        for listener in list(self._listeners):
            try:
                listener()
            except Exception:  # a broken view must not stop the check
                log.exception("update listener failed")

    @property
    def checked_from_here(self) -> bool:
        """True when Ollama runs on another computer than the one asking the registry."""
        return not is_local_url(self._client().base_url)

    @property
    def busy(self) -> bool:
        return self._busy

    def state_of(self, model: ModelInfo) -> tuple[UpdateState, UpdateCheck | None]:
        """What to show for ``model`` now: a check only counts for the version it saw."""
        key = name_key(model.name)
        if key in self._updating:
            return UpdateState.UPDATING, self.checks.get(key)
        if key in self._checking:
            return UpdateState.CHECKING, None
        check = self.checks.get(key)
        if check is None or not _same_digest(check.installed_digest, model.digest):
            return UpdateState.NOT_CHECKED, None
        return UpdateState(check.state), check

    def updatable(self, models: Iterable[ModelInfo]) -> list[ModelInfo]:
        """The models among ``models`` with an update ready to download."""
        return [m for m in models if self.state_of(m)[0] is UpdateState.AVAILABLE]

    # --- the cache --------------------------------------------------------------------------

    async def load(self) -> None:
        """Read the last check from the data folder (once; later calls do nothing)."""
        if self._loaded:
            return
        self._loaded = True
        saved = await self._operations.call(self._store.load)
        self.last_check = saved.checked_at
        if saved.server == self._client().base_url:
            for check in saved.checks:
                self.checks.setdefault(name_key(check.name), check)
        self._server = saved.server
        self._changed()

    async def _save(self) -> None:
        saved = SavedChecks(self._client().base_url, self.last_check, list(self.checks.values()))
        try:
            await self._operations.call(self._store.save, saved)
        except OSError as exc:  # the results are still shown; the next check writes again
            log.warning("could not save the update check: %s", exc)

    # --- checking ---------------------------------------------------------------------------

    def check_all(self) -> asyncio.Task[list[UpdateCheck]]:
        """Check every installed model; a check already running is returned, not doubled."""
        if self._running is None or self._running.done():
            self._running = asyncio.get_event_loop().create_task(self._check_installed())
        return self._running

    async def _check_installed(self) -> list[UpdateCheck]:
        self._busy = True
        self._changed()  # "Checking…" at once, and no second click meanwhile
        try:
            await self.load()
            models = await self._client().list_models()
            server = self._client().base_url
            if server != self._server:  # another server: its models are another story
                self.checks.clear()
                self._server = server
            results = await self.check(models)
            self.last_check = self._clock()
            await self._save()
        finally:
            self._busy = False
            self._changed()
        return results

    async def check(self, models: list[ModelInfo]) -> list[UpdateCheck]:
        """Check ``models`` (at most three registry requests at a time)."""
        keys = [name_key(model.name) for model in models]
        self._checking.update(keys)
        self._changed()
        try:
            results = await asyncio.gather(*(self._check_bounded(model) for model in models))
        finally:
            self._checking.difference_update(keys)
        for result in results:
            self.checks[name_key(result.name)] = result
        self._changed()
        return list(results)

    async def _check_bounded(self, model: ModelInfo) -> UpdateCheck:
        async with self._parallel:
            return await self.check_one(model)

    async def check_one(self, model: ModelInfo) -> UpdateCheck:
        """What the registry says about ``model`` now (never raises for registry trouble)."""
        reference = ModelReference.parse(model.name)
        check = UpdateCheck(
            model.name,
            UpdateState.UP_TO_DATE.value,
            installed_digest=model.digest,
            checked_at=self._clock(),
            host=reference.host,
        )
        if model.remote_model or model.remote_host:
            check.state = UpdateState.CLOUD.value
            return check
        try:
            remote = await self._blocking(self.registry.head_digest, reference)
            check.remote_digest = remote
            if _same_digest(remote, model.digest):
                return check
            manifest = await self._blocking(self.registry.manifest, reference)
        except RegistryError as error:
            check.state = _state_for(error, reference, model).value
            check.detail = error.detail or error.message
            log.info("update check of %s: %s (%s)", model.name, check.state, check.detail)
            return check
        check.state = UpdateState.AVAILABLE.value
        await self._cost(manifest, check)
        return check

    async def _cost(self, manifest: Manifest, check: UpdateCheck) -> None:
        """How much the update downloads: the files the server doesn't have yet."""
        missing = []
        for blob in manifest.blobs:
            try:
                present = await self._client().blob_exists(blob.digest)
            except OllamaError as error:
                log.info("can't tell which files exist (%s); counting them all", error.detail)
                missing, check.exact = list(manifest.blobs), False
                break
            if not present:
                missing.append(blob)
        check.download_bytes = sum(blob.size for blob in missing)
        weights = any(blob.media_type.endswith(WEIGHT_TYPES) for blob in missing)
        check.settings_only = check.exact and not weights and check.download_bytes < SMALL_CHANGE

    async def _blocking(self, work: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._pool, work, *args)

    # --- updating ---------------------------------------------------------------------------

    def update(self, model: ModelInfo) -> bool:
        """Queue the pull that updates ``model``; False when it has no update to download."""
        if self._downloads is None or self.state_of(model)[0] is not UpdateState.AVAILABLE:
            return False
        self._downloads.add(model.name)
        self._updating.add(name_key(model.name))
        self._changed()
        return True

    def update_all(self, models: Iterable[ModelInfo]) -> list[str]:
        """Queue every model among ``models`` that has an update; the names queued."""
        return [model.name for model in self.updatable(models) if self.update(model)]

    def _on_download(self, item: DownloadItem, change: Change) -> None:
        key = item.key
        if change is Change.FINISHED and (key in self._updating or key in self.checks):
            # Any new pull of a checked model (an update or a download by hand) changed its
            # digest: one HEAD says whether it is current now.
            self._updating.discard(key)
            self._spawn(self._recheck(item.name))
        elif key not in self._updating:
            return
        elif item.state in (State.FAILED, State.CANCELLED) or change is Change.REMOVED:
            self._updating.discard(key)  # the update is still there to try again
            self._changed()

    async def _recheck(self, name: str) -> None:
        """After an update's pull: read the new digest, ask the registry again."""
        models = await self._client().list_models()
        model = next((m for m in models if name_key(m.name) == name_key(name)), None)
        if model is None:
            self._changed()
            return
        await self.check([model])
        await self._save()

    def _spawn(self, coroutine: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)

        def finished(done: asyncio.Task[Any]) -> None:
            self._tasks.discard(done)
            if not done.cancelled() and done.exception() is not None:
                error = done.exception()
                log.warning("re-check after an update failed: %s", error)

        task.add_done_callback(finished)

    # --- the daily check --------------------------------------------------------------------

    def due(self) -> bool:
        """A day has passed since the last complete check (or there never was one)."""
        return self.last_check is None or self._clock() - self.last_check >= DAY

    async def tick(self, enabled: Callable[[], bool]) -> bool:
        """One look at the clock: check everything when enabled and due. True if it checked."""
        await self.load()
        if self._closed or not enabled() or not self.due() or self.busy:
            return False
        try:
            await self.check_all()
        except OllamaError as error:  # the Ollama server is down: try at the next tick
            log.info("daily update check skipped: %s", error.detail or error)
            return False
        return True

    async def run_daily(
        self,
        enabled: Callable[[], bool],
        *,
        first_delay: float = DAILY_FIRST_DELAY,
        poll: float = DAILY_POLL,
    ) -> None:
        """Check at most once a day while Paddock runs (until ``close``)."""
        await self._sleep(first_delay)
        while not self._closed:
            await self.tick(enabled)
            await self._sleep(poll)

    def start_daily(self, enabled: Callable[[], bool]) -> None:
        self._spawn(self.run_daily(enabled))

    def close(self) -> None:
        """Stop the daily check and any re-checks; registry requests in flight are dropped."""
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        if self._running is not None:
            self._running.cancel()
        if self._downloads is not None:
            self._downloads.unsubscribe(self._on_download)
        self._pool.shutdown(wait=False, cancel_futures=True)
        self.registry.close()


def _same_digest(first: str, second: str) -> bool:
    def bare(digest: str) -> str:
        return digest.strip().lower().removeprefix("sha256:")

    return bool(first) and bare(first) == bare(second)


def _state_for(error: RegistryError, reference: ModelReference, model: ModelInfo) -> UpdateState:
    if isinstance(error, ManifestNotFound):
        made_here = reference.in_library or bool(model.details.parent_model)
        return UpdateState.LOCAL if made_here else UpdateState.GONE
    if isinstance(error, RegistrySignInRequired):
        return UpdateState.SIGN_IN
    if isinstance(error, RegistryNeedsHttps):
        return UpdateState.NO_HTTPS
    if isinstance(error, RegistryUnreachable):
        return UpdateState.UNREACHABLE
    return UpdateState.UNCLEAR  # RegistryAnswerUnexpected: a status or body we don't know


def describe(state: UpdateState, check: UpdateCheck | None) -> str:
    """The words for a model's row: one short sentence."""
    if state is UpdateState.AVAILABLE and check is not None:
        size = human_size(check.download_bytes)
        if check.settings_only:
            return translate("ModelUpdates", "Update available — small change (settings only)")
        if not check.exact:
            return translate("ModelUpdates", "Update available — up to {size} to download").format(
                size=size
            )
        return translate("ModelUpdates", "Update available — {size} to download").format(size=size)
    if state is UpdateState.SIGN_IN and check is not None and check.host != "registry.ollama.ai":
        return translate("ModelUpdates", "Needs a sign-in to {host}").format(host=check.host)
    if state is UpdateState.NO_HTTPS and check is not None:
        return translate(
            "ModelUpdates", "Can't check: {host} doesn't offer a secure connection (https)"
        ).format(host=check.host)
    return _WORDS[state]()


_WORDS: dict[UpdateState, Callable[[], str]] = {
    UpdateState.NOT_CHECKED: lambda: translate("ModelUpdates", "Not checked yet"),
    UpdateState.CHECKING: lambda: translate("ModelUpdates", "Checking…"),
    UpdateState.UP_TO_DATE: lambda: translate("ModelUpdates", "Up to date"),
    UpdateState.AVAILABLE: lambda: translate("ModelUpdates", "Update available"),
    UpdateState.UPDATING: lambda: translate("ModelUpdates", "Updating (see the download list)"),
    UpdateState.UNREACHABLE: lambda: translate(
        "ModelUpdates", "Can't check: the registry can't be reached"
    ),
    UpdateState.NO_HTTPS: lambda: translate(
        "ModelUpdates", "Can't check: the registry doesn't offer a secure connection (https)"
    ),
    UpdateState.GONE: lambda: translate("ModelUpdates", "No longer available upstream"),
    UpdateState.LOCAL: lambda: translate(
        "ModelUpdates", "This model was made on this computer (no registry to check)"
    ),
    UpdateState.SIGN_IN: lambda: translate("ModelUpdates", "Needs an ollama.com sign-in"),
    UpdateState.CLOUD: lambda: translate("ModelUpdates", "Runs on ollama.com (nothing to update)"),
    UpdateState.UNCLEAR: lambda: translate(
        "ModelUpdates", "Can't check: the registry's answer wasn't understood"
    ),
}
