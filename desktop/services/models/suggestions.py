"""The server's recommendations as catalogue entries: in the same plain words, with the same
"fits this computer?" verdict, and in the group where they run (this computer or the cloud).

A server's description is written to sell ("blazing fast frontier model"); it is never shown.
A model the catalogue knows takes the catalogue's description, and its size; one it knows only
by family takes the family's description; an unknown one gets a neutral sentence built from
what is known (that the server suggests it, and where it runs).
"""

from __future__ import annotations

from dataclasses import replace

from desktop.i18n import translate
from desktop.services.models.catalog import Catalog, CatalogEntry, runs_in_cloud
from desktop.services.models.names import display_name, name_key
from desktop.services.models.recommendations import Recommendation


def suggested_entries(
    recommendations: list[Recommendation], catalog: Catalog
) -> list[CatalogEntry]:
    """One entry per recommended model, in the server's order, duplicates dropped."""
    by_name = {name_key(entry.name): entry for entry in catalog.entries}
    families: dict[str, CatalogEntry] = {}
    for entry in catalog.entries:
        families.setdefault(entry.model.lower(), entry)
    entries: list[CatalogEntry] = []
    seen: set[str] = set()
    for recommendation in recommendations:
        key = name_key(recommendation.model)
        if key in seen:
            continue
        seen.add(key)
        entries.append(_entry(recommendation, by_name.get(key), families))
    return entries


def _entry(
    recommendation: Recommendation,
    known: CatalogEntry | None,
    families: dict[str, CatalogEntry],
) -> CatalogEntry:
    memory = recommendation.vram_bytes if (recommendation.vram_bytes or 0) > 0 else None
    if known is not None:
        return replace(known, suggested=True, memory=memory or known.memory)
    name = display_name(recommendation.model)
    model, _, tag = name.partition(":")
    family = families.get(model.rsplit("/", 1)[-1].lower())
    if family is not None:
        description = family.description
        capabilities, topics = family.capabilities, family.topics
    else:
        description = _neutral_description(recommendation.model)
        capabilities, topics = (), ()
    return CatalogEntry(
        model=model,
        tag=tag,
        description=description,
        size=0,
        parameters="",
        capabilities=capabilities,
        topics=topics,
        context_length=recommendation.context_length,
        suggested=True,
        memory=memory,
    )


def _neutral_description(name: str) -> str:
    if runs_in_cloud(name):
        return translate(
            "Models",
            "A model your Ollama server suggests. It runs on Ollama's computers, not on this one.",
        )
    return translate("Models", "A model your Ollama server suggests for its hardware.")
