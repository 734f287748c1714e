"""The catalogue keeps models that run on this computer apart from those that run in Ollama's
cloud; the server's suggestions are in the catalogue's plain words, with its fit verdict."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QTabBar

from desktop.services.models.recommendations import Recommendation
from desktop.ui.models.catalog_view import ENTRY_ROLE
from desktop.ui.models.tab import ModelsTab


def shown(tab: ModelsTab) -> list:
    proxy = tab.catalog_view.proxy
    return [proxy.index(row, 0).data(ENTRY_ROLE) for row in range(proxy.rowCount())]


def test_this_computer_and_the_cloud_are_two_groups(tab: ModelsTab, qtbot) -> None:
    view = tab.catalog_view
    groups = view.findChild(QTabBar, "catalogGroups")
    assert [groups.tabText(i) for i in range(groups.count())] == [
        "Runs on this computer",
        "Runs in Ollama's cloud (needs an ollama.com account)",
    ]
    assert shown(tab) and not any(entry.in_cloud for entry in shown(tab))
    groups.setCurrentIndex(1)
    cloud = shown(tab)
    assert cloud and all(entry.in_cloud for entry in cloud)
    assert "gpt-oss:120b-cloud" in [entry.name for entry in cloud]
    view.select_name("gpt-oss:120b-cloud")
    assert "needs no memory here" in view.explanation.text()
    assert view.download_button.isEnabled()
    assert view.download_button.text() == "Add gpt-oss:120b-cloud"  # nothing big downloads


def test_suggestions_use_plain_words_and_go_to_their_group(
    tab: ModelsTab, qtbot, fake_ollama
) -> None:
    view = tab.catalog_view
    suggestions = view.findChild(QListWidget, "catalogRecommendations")
    # The test server suggests qwen3:4b as "Fast general chat that fits this GPU".
    qtbot.waitUntil(lambda: suggestions.count() > 0, timeout=5000)
    texts = [suggestions.item(i).text() for i in range(suggestions.count())]
    assert texts[0].startswith("qwen3:4b — Alibaba's Qwen 3")
    assert not any("fits this GPU" in text for text in texts)
    assert shown(tab)[0].name == "qwen3:4b" and shown(tab)[0].suggested  # first in its group
    assert view.selected_entry() is not None  # the reordered list keeps a selection

    view.set_recommendations(
        [Recommendation("kimi-k2:1t-cloud", "Most intelligent model ever"),
         Recommendation("acme:cloud", "Revolutionary"), Recommendation("qwen3:4b", "Speedy")]
    )  # fmt: skip
    texts = [suggestions.item(i).text() for i in range(suggestions.count())]
    qwen = shown(tab)[0]
    assert len(texts) == 1 and texts[0].startswith(f"qwen3:4b — {qwen.description} (")
    view.show_group("cloud")
    texts = [suggestions.item(i).text() for i in range(suggestions.count())]
    assert [text.split(" — ")[0] for text in texts] == ["kimi-k2:1t-cloud", "acme:cloud"]
    assert all(text.endswith("(Runs online)") for text in texts)
    assert not any("intelligent" in text or "Revolutionary" in text for text in texts)
