"""Model names as people type them, checked before we ask the server.

Ollama names are ``[host/][namespace/]model[:tag]``. A clear message here beats the server's
"invalid model name" after a round trip. People also paste whole commands (``ollama run
llama3.2``) or library addresses (``https://ollama.com/library/llama3.2``): we accept those and
keep the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.i18n import translate

DEFAULT_HOST = "registry.ollama.ai"
DEFAULT_NAMESPACE = "library"
MAX_PART = {"host": 350, "namespace": 80, "model": 80, "tag": 80}
_COMMAND = re.compile(r"^\s*ollama\s+(?:pull|run)\s+", re.IGNORECASE)
_LIBRARY_URL = re.compile(r"^(?:https?://)?(?:www\.)?ollama\.com/(?:library/)?", re.IGNORECASE)


@dataclass(frozen=True)
class NameCheck:
    """The outcome of checking a typed name: ``name`` is the cleaned name when ``ok``."""

    ok: bool
    name: str = ""
    message: str = ""
    host: str | None = None

    @property
    def has_explicit_host(self) -> bool:
        """A name with its own registry: the only kind that may need ``insecure``."""
        return self.host is not None


def clean_typed_name(text: str) -> str:
    """Strip what people paste around a name: spaces, ``ollama run``, the library address."""
    text = _COMMAND.sub("", text.strip())
    text = _LIBRARY_URL.sub("", text)
    return text.strip().rstrip("/")


def check_model_name(text: str) -> NameCheck:
    """Check ``text`` as a model name to download or create; a plain-words message if wrong."""
    name = clean_typed_name(text)
    if not name:
        return NameCheck(
            False,
            message=translate(
                "Models", "Type the name of a model, for example llama3.2 or qwen3:8b."
            ),
        )
    if any(character.isspace() for character in name):
        return NameCheck(
            False,
            message=translate(
                "Models", "A model name can't contain spaces, for example “llama3.2:3b”."
            ),
        )
    parts = name.split("/")
    if len(parts) > 3:
        return NameCheck(
            False,
            message=translate(
                "Models",
                "A model name has at most three parts separated by “/”: "
                "registry/namespace/model, for example example.com/team/model:tag.",
            ),
        )
    host = parts[0] if len(parts) == 3 else None
    namespace = parts[-2] if len(parts) >= 2 else None
    model, colon, tag = parts[-1].partition(":")
    if colon and not tag:
        return NameCheck(
            False,
            message=translate(
                "Models", "Add a tag after the colon (for example “:latest”) or remove the colon."
            ),
        )
    if ":" in tag:
        return NameCheck(
            False,
            message=translate("Models", "A model name can have only one “:” before its tag."),
        )
    for kind, value in (("host", host), ("namespace", namespace), ("model", model), ("tag", tag)):
        if value is None or (kind == "tag" and not colon):
            continue
        problem = _part_problem(kind, value)
        if problem:
            return NameCheck(False, message=problem)
    return NameCheck(True, name=name, host=host)


def _part_problem(kind: str, value: str) -> str:
    if not value:
        return _missing(kind)
    if len(value) > MAX_PART[kind]:
        return _too_long(kind).format(limit=MAX_PART[kind])
    if not (value[0].isascii() and (value[0].isalnum() or value[0] == "_")):
        return _bad_start(kind).format(value=value)
    allowed = "-_."
    if kind == "host":
        allowed += ":"
    if kind == "namespace":
        allowed = "-_"
    for character in value:
        if not (character.isascii() and (character.isalnum() or character in allowed)):
            shown = " ".join(f"“{c}”" for c in allowed)
            return _bad_character(kind).format(value=value, character=character, allowed=shown)
    return ""


# One complete sentence per part of the name ("host", "namespace", "model", "tag"), so each
# language can word it whole.


def _missing(kind: str) -> str:
    if kind == "host":
        return translate(
            "Models",
            "The registry address is missing: nothing may stand empty between the “/” signs.",
        )
    if kind == "namespace":
        return translate(
            "Models", "The namespace is missing: nothing may stand empty between the “/” signs."
        )
    if kind == "model":
        return translate(
            "Models", "The model name is missing: nothing may stand empty between the “/” signs."
        )
    return translate("Models", "The tag is missing: nothing may stand empty between the “/” signs.")


def _too_long(kind: str) -> str:
    """A template with ``{limit}``."""
    if kind == "host":
        return translate("Models", "The registry address is too long (at most {limit} characters).")
    if kind == "namespace":
        return translate("Models", "The namespace is too long (at most {limit} characters).")
    if kind == "model":
        return translate("Models", "The model name is too long (at most {limit} characters).")
    return translate("Models", "The tag is too long (at most {limit} characters).")


def _bad_start(kind: str) -> str:
    """A template with ``{value}``."""
    if kind == "host":
        return translate(
            "Models", "The registry address “{value}” must start with a letter or a digit."
        )
    if kind == "namespace":
        return translate("Models", "The namespace “{value}” must start with a letter or a digit.")
    if kind == "model":
        return translate("Models", "The model name “{value}” must start with a letter or a digit.")
    return translate("Models", "The tag “{value}” must start with a letter or a digit.")


def _bad_character(kind: str) -> str:
    """A template with ``{value}``, ``{character}`` and ``{allowed}``."""
    if kind == "host":
        return translate(
            "Models",
            "The registry address “{value}” contains “{character}”. "
            "Use only letters, digits and {allowed}.",
        )
    if kind == "namespace":
        return translate(
            "Models",
            "The namespace “{value}” contains “{character}”. "
            "Use only letters, digits and {allowed}.",
        )
    if kind == "model":
        return translate(
            "Models",
            "The model name “{value}” contains “{character}”. "
            "Use only letters, digits and {allowed}.",
        )
    return translate(
        "Models",
        "The tag “{value}” contains “{character}”. Use only letters, digits and {allowed}.",
    )


def name_key(name: str) -> str:
    """A key under which the server considers two names the same model."""
    parts = name.strip().split("/")
    host = parts[0] if len(parts) == 3 else DEFAULT_HOST
    namespace = parts[-2] if len(parts) >= 2 else DEFAULT_NAMESPACE
    model, _, tag = parts[-1].partition(":")
    return f"{host}/{namespace}/{model}:{tag or 'latest'}".lower()


def display_name(name: str) -> str:
    """The shortest form, as the server lists it: ``llama3.2`` becomes ``llama3.2:latest``."""
    parts = name.strip().split("/")
    model, _, tag = parts[-1].partition(":")
    prefix = ""
    if len(parts) == 3 and parts[0].lower() != DEFAULT_HOST:
        prefix = f"{parts[0]}/{parts[1]}/"
    elif len(parts) >= 2 and parts[-2].lower() != DEFAULT_NAMESPACE:
        prefix = f"{parts[-2]}/"
    return f"{prefix}{model}:{tag or 'latest'}"
