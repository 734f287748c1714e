"""Copy, rename, delete, unload, create and the details cache, against the test server."""

from __future__ import annotations

import pytest

from desktop.ollama import AsyncOllamaClient
from desktop.ollama.errors import ModelNotFound
from desktop.services.models import manage
from desktop.services.models.create import (
    CreateForm,
    build_create_fields,
    create_status_words,
    follow_create,
)
from desktop.services.models.details import ShowCache, facts_of
from desktop.services.models.manage import NameProblem, check_new_name
from desktop.services.models.recommendations import (
    fetch_recommendations,
    offers_recommendations,
    parse_recommendations,
)
from tests.fake_ollama import FakeOllama


def test_new_names_are_checked() -> None:
    assert check_new_name(" mine:v2 ", "smollm2:135m", ["smollm2:135m"]) == "mine:v2"
    with pytest.raises(NameProblem, match="same as the old one"):
        check_new_name("smollm2:135m", "smollm2:135m", [])
    with pytest.raises(NameProblem, match="already installed"):
        check_new_name("Other", "smollm2:135m", ["other:latest"])
    with pytest.raises(NameProblem, match="spaces"):
        check_new_name("my model", "smollm2:135m", [])


def test_copy_rename_delete(arun, aclient: AsyncOllamaClient, fake_ollama: FakeOllama) -> None:
    arun(manage.copy_model(aclient, "smollm2:135m", "twin"))
    assert {"smollm2:135m", "twin:latest"} <= set(fake_ollama.models_by_name)
    arun(manage.rename_model(aclient, "twin", "renamed"))
    names = set(fake_ollama.models_by_name)
    assert "renamed:latest" in names and "twin:latest" not in names
    arun(manage.delete_model(aclient, "renamed"))
    assert "renamed:latest" not in fake_ollama.models_by_name


def test_rename_keeps_the_source_when_the_copy_fails(arun, aclient, fake_ollama) -> None:
    fake_ollama.override("/api/copy", status=500, body=b'{"error":"disk full"}',
                         content_type="application/json")  # fmt: skip
    with pytest.raises(Exception, match="disk full"):
        arun(manage.rename_model(aclient, "smollm2:135m", "elsewhere"))
    assert "smollm2:135m" in fake_ollama.models_by_name
    assert not [r for r in fake_ollama.requests if r.path == "/api/delete"]


def test_unload_sends_keep_alive_zero(arun, aclient, fake_ollama) -> None:
    arun(aclient.generate_once("smollm2:135m", ""))
    assert "smollm2:135m" in fake_ollama.loaded
    arun(manage.unload_model(aclient, "smollm2:135m"))
    assert fake_ollama.requests[-1].json["keep_alive"] == 0
    assert "smollm2:135m" not in fake_ollama.loaded


def test_create_fields_and_statuses(arun, aclient, fake_ollama) -> None:
    form = CreateForm(
        name="teacher",
        base="smollm2:135m",
        system="  Explain simply.  ",
        parameters={"temperature": 0.7, "num_ctx": 8192.0, "top_k": None},
        stop=["User:", " "],
    )
    name, fields = build_create_fields(form, ["smollm2:135m"])
    assert name == "teacher"
    assert fields == {
        "from": "smollm2:135m",
        "system": "Explain simply.",
        "parameters": {"temperature": 0.7, "num_ctx": 8192, "stop": ["User:"]},
    }
    assert isinstance(fields["parameters"]["num_ctx"], int)
    with pytest.raises(NameProblem, match="Pick the installed model"):
        build_create_fields(CreateForm(name="x", base=""), [])

    statuses: list[str] = []
    arun(follow_create(aclient.create(name, **fields), statuses.append))
    assert statuses[0] == "Reusing the model's files"
    assert statuses[-1] == "Done"
    assert fake_ollama.wait_for_request("/api/create").json["from"] == "smollm2:135m"
    assert fake_ollama.models_by_name["teacher:latest"].show["system"] == "Explain simply."
    assert create_status_words("quantizing F16 model to Q4_K_M").startswith("Making the model")


def test_show_cache_asks_once_per_version(arun, aclient, fake_ollama) -> None:
    cache = ShowCache(lambda: aclient)
    first = arun(cache.get("smollm2:135m", "d1"))
    again = arun(cache.get("smollm2:135m", "d1"))
    assert first is again
    assert len([r for r in fake_ollama.requests if r.path == "/api/show"]) == 1
    arun(cache.get("smollm2:135m", "d2"))  # a re-pulled model has a new digest
    assert len([r for r in fake_ollama.requests if r.path == "/api/show"]) == 2
    with pytest.raises(ModelNotFound):
        arun(cache.get("missing:1b", "x"))
    facts = facts_of(first)
    assert facts.context == "8K tokens"
    assert ("Stop at", "<|im_start|>, <|im_end|>") in facts.parameters
    assert facts.capabilities == "writes text"


class RecommendingClient:
    """A client whose server answers with these recommendations (malformed ones included)."""

    def __init__(self, answer: object) -> None:
        self.answer = answer

    async def model_recommendations(self) -> object:
        return self.answer


def test_recommendations_from_the_server_and_optional(arun, aclient, fake_ollama) -> None:
    assert offers_recommendations("0.22.1") and offers_recommendations("0.0.0")
    assert not offers_recommendations("0.21.9")
    found = arun(fetch_recommendations(aclient, "0.32.15"))
    assert [r.model for r in found] == ["qwen3:4b", "gemma3:4b"]
    assert found[0].context_length == 40960 and found[0].vram_bytes == 3_500_000_000
    fake_ollama.version = "0.21.0"  # an older server has no such endpoint: nothing, no error
    assert arun(fetch_recommendations(aclient, "0.21.0")) == []
    data = {"recommendations": [{"model": "qwen3:8b", "description": "good", "vram_bytes": 5},
                                {"description": "no model"}]}  # fmt: skip
    found = arun(fetch_recommendations(RecommendingClient(data), "0.30.0"))
    assert [r.model for r in found] == ["qwen3:8b"]
    assert arun(fetch_recommendations(RecommendingClient(data), "0.20.0")) == []
    assert parse_recommendations(None) == []
