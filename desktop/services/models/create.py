"""Creating a model from an installed one: the form's values become ``/api/create`` fields.

The API takes structured fields (``from``, ``system``, ``template``, ``parameters``); Modelfile
text is no longer accepted. Parameter types matter: the server rejects ``"0.7"`` for a float.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.i18n import translate
from desktop.ollama.types import ProgressEvent
from desktop.services.models.manage import NameProblem, check_new_name

FLOAT_PARAMETERS = ("temperature", "top_p", "min_p", "repeat_penalty")
INT_PARAMETERS = ("num_ctx", "num_predict", "top_k", "seed", "repeat_last_n")


@dataclass
class CreateForm:
    name: str
    base: str
    system: str = ""
    template: str = ""
    parameters: dict[str, Any] = field(default_factory=dict)
    stop: list[str] = field(default_factory=list)


def build_create_fields(form: CreateForm, installed: Iterable[str]) -> tuple[str, dict[str, Any]]:
    """(name, fields for ``client.create``), or :class:`NameProblem` in plain words."""
    if not form.base:
        raise NameProblem(translate("Models", "Pick the installed model to start from."))
    name = check_new_name(form.name, form.base, list(installed))
    fields: dict[str, Any] = {"from": form.base}
    if form.system.strip():
        fields["system"] = form.system.strip()
    if form.template.strip():
        fields["template"] = form.template
    parameters: dict[str, Any] = {}
    for key, value in form.parameters.items():
        if value is None:
            continue
        if key in FLOAT_PARAMETERS:
            parameters[key] = float(value)
        elif key in INT_PARAMETERS:
            parameters[key] = int(value)
        else:
            parameters[key] = value
    stops = [text for text in (s.strip() for s in form.stop) if text]
    if stops:
        parameters["stop"] = stops
    if parameters:
        fields["parameters"] = parameters
    return name, fields


def create_status_words(status: str) -> str:
    """A create status line in plain words."""
    if status.startswith("using existing layer"):
        return translate("Models", "Reusing the model's files")
    if status.startswith("creating new layer"):
        return translate("Models", "Saving the new settings")
    if status.startswith("using autodetected template"):
        return translate("Models", "Picked a chat template for the model")
    if status.startswith("quantizing"):
        return translate("Models", "Making the model smaller (quantizing)")
    if status.startswith("pulling"):
        return translate("Models", "Downloading the base model")
    if status == "parsing GGUF":
        return translate("Models", "Reading the GGUF file")
    if status == "writing manifest":
        return translate("Models", "Finishing")
    if status == "success":
        return translate("Models", "Done")
    if status == "verifying sha256 digest":
        return translate("Models", "Checking the download")
    return status  # a status this version does not know: Ollama's own words


async def follow_create(
    stream: AsyncIterator[ProgressEvent], on_status: Callable[[str], None]
) -> None:
    """Report each new status of a create stream; raises the stream's error on failure."""
    last = ""
    async for event in stream:
        words = create_status_words(event.status)
        if event.total and event.status.startswith("quantizing"):
            words = f"{words}: {100 * event.completed // event.total}%"
        if words != last:
            last = words
            on_status(words)
