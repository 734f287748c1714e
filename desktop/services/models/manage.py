"""Copy, rename, delete and unload installed models.

The API has no rename: it is a copy followed by deleting the source, and the source is deleted
only once the copy succeeded, so a failure never loses the model.
"""

from __future__ import annotations

from desktop.i18n import translate
from desktop.ollama.aio import AsyncOllamaClient
from desktop.services.models.names import check_model_name, name_key


class NameProblem(ValueError):
    """The new name can't be used; ``str()`` is the message to show."""


def check_new_name(new_name: str, source: str, installed: list[str]) -> str:
    """The cleaned new name, or :class:`NameProblem` in plain words."""
    check = check_model_name(new_name)
    if not check.ok:
        raise NameProblem(check.message)
    if name_key(check.name) == name_key(source):
        raise NameProblem(translate("Models", "The new name is the same as the old one."))
    if any(name_key(check.name) == name_key(other) for other in installed):
        raise NameProblem(
            translate("Models", "A model called “{name}” is already installed.").format(
                name=check.name
            )
        )
    return check.name


async def copy_model(client: AsyncOllamaClient, source: str, destination: str) -> None:
    await client.copy(source, destination)


async def rename_model(client: AsyncOllamaClient, source: str, destination: str) -> None:
    await client.copy(source, destination)
    await client.delete(source)


async def delete_model(client: AsyncOllamaClient, name: str) -> None:
    await client.delete(name)


async def unload_model(client: AsyncOllamaClient, name: str) -> None:
    """Free the model's memory now (``keep_alive: 0``); it stays installed."""
    await client.generate_once(name, "", keep_alive=0)
