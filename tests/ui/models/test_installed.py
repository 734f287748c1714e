"""Installed models: the table, the details pane and the actions on a model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from desktop import translations
from desktop.ui.models.installed_model import InstalledModelsModel
from desktop.ui.models.tab import ModelsTab
from tests.fake_ollama import FakeOllama

CONTRACT = [
    "modelsTable",
    "modelDetails",
    "chatWithModelButton",
    "copyModelButton",
    "deleteModelButton",
    "runningModelsTable",
    "pullNameInput",
    "pullButton",
    "downloadsView",
    "catalogView",
    "createModelButton",
    "importGgufButton",
]


def names_in_view(tab: ModelsTab) -> list[str]:
    proxy = tab.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_every_contract_name_is_set(tab: ModelsTab) -> None:
    for name in CONTRACT:
        widget = tab.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    for widget in tab.findChildren(QPushButton) + tab.findChildren(QLineEdit):
        assert widget.accessibleName() or not widget.isVisibleTo(tab), widget.objectName()


def test_the_table_lists_models_with_their_facts(tab: ModelsTab) -> None:
    assert sorted(names_in_view(tab)) == ["gemma3:4b", "llama3.2:3b", "smollm2:135m"]
    model = tab.installed_model
    row = model.row_of("llama3.2:3b")
    texts = [model.index(row, c).data() for c in range(model.columnCount())]
    assert texts == ["llama3.2:3b", "3.2B", "Q4_K_M", "llama", "2.0 GB", "just now", "tools"]
    assert tab.sections.tabText(0) == "Installed (3)"
    assert "3 models use 5.5 GB" in tab.disk_usage.label.text()


def test_the_disk_bar_compares_models_so_one_model_has_none(
    tab: ModelsTab, qtbot, fake_ollama: FakeOllama
) -> None:
    assert tab.disk_usage.bar.isVisibleTo(tab)
    for name in ("gemma3:4b", "llama3.2:3b"):
        fake_ollama.remove_model(name)
    tab.refresh_installed()
    qtbot.waitUntil(lambda: "1 model uses" in tab.disk_usage.label.text(), timeout=5000)
    assert not tab.disk_usage.bar.isVisibleTo(tab)  # a full bar of one model said nothing


def test_sorting_uses_real_values(tab: ModelsTab, qtbot) -> None:
    tab.table.sortByColumn(InstalledModelsModel.SIZE, Qt.SortOrder.DescendingOrder)
    assert names_in_view(tab) == ["gemma3:4b", "llama3.2:3b", "smollm2:135m"]
    tab.table.sortByColumn(InstalledModelsModel.PARAMETERS, Qt.SortOrder.AscendingOrder)
    assert names_in_view(tab) == ["smollm2:135m", "llama3.2:3b", "gemma3:4b"]
    tab.table.sortByColumn(InstalledModelsModel.NAME, Qt.SortOrder.AscendingOrder)
    assert names_in_view(tab) == ["gemma3:4b", "llama3.2:3b", "smollm2:135m"]


def test_filtering_by_words_and_ability(tab: ModelsTab, qtbot) -> None:
    qtbot.keyClicks(tab.filter_input, "llama")
    assert sorted(names_in_view(tab)) == ["llama3.2:3b", "smollm2:135m"]  # family llama too
    tab.filter_input.clear()
    tab.ability_filter.setCurrentIndex(tab.ability_filter.findData("vision"))
    assert names_in_view(tab) == ["gemma3:4b"]


def test_details_come_from_show_and_are_cached(tab: ModelsTab, qtbot, fake_ollama) -> None:
    assert tab.select_model("llama3.2:3b")
    details = tab.details
    qtbot.waitUntil(lambda: details.show_response is not None, timeout=5000)
    assert details.title.text() == "llama3.2:3b"
    assert details.abilities.text() == "writes text, uses tools"
    assert details.context.text() == "128K tokens"
    assert details.system_text.toPlainText() == "You are a helpful assistant."
    assert details.license_text.toPlainText().startswith("LLAMA 3.2 COMMUNITY LICENSE")
    assert "Creativity (temperature): 0.6" in details.parameters_text.toPlainText()
    assert "FROM llama3.2:3b" in details.modelfile_text.toPlainText()
    assert details.system_text.isReadOnly()
    details.texts.setCurrentWidget(details.system_text)
    details.copy_current_text()
    assert QApplication.clipboard().text() == "You are a helpful assistant."

    tab.select_model("gemma3:4b")
    qtbot.waitUntil(lambda: details.title.text() == "gemma3:4b")
    qtbot.waitUntil(lambda: details.show_response is not None, timeout=5000)
    tab.select_model("llama3.2:3b")
    assert details.show_response is not None  # straight from the cache
    asked = [r.json["model"] for r in fake_ollama.requests if r.path == "/api/show"]
    assert sorted(asked) == ["gemma3:4b", "llama3.2:3b"]


def test_chat_with_this_model(tab: ModelsTab, qtbot) -> None:
    tab.select_model("gemma3:4b")
    with qtbot.waitSignal(tab.chat_requested) as signal:
        qtbot.mouseClick(tab.details.chat_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["gemma3:4b"]


def test_copy_and_rename(tab: ModelsTab, qtbot, fake_ollama: FakeOllama) -> None:
    tab.select_model("llama3.2:3b")
    qtbot.mouseClick(tab.details.copy_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.name_input.setText("gemma3:4b")  # taken
    dialog.ok_button.click()
    assert "already installed" in dialog.error.text()
    dialog.name_input.setText("helper")
    with qtbot.waitSignal(tab.installed_changed, timeout=5000):
        dialog.ok_button.click()
    assert {"llama3.2:3b", "helper:latest"} <= set(fake_ollama.models_by_name)
    qtbot.waitUntil(lambda: tab.selected_name() == "helper:latest")
    # A copy shares its files: four names, the same 5.5 GB on disk, and two copies one share.
    assert "4 models use 5.5 GB" in tab.disk_usage.label.text()
    shared = [line for line in tab.disk_usage.bar.toolTip().splitlines() if "helper" in line]
    assert len(shared) == 1 and "llama3.2:3b" in shared[0]

    dialog = tab.open_copy_dialog("helper:latest")
    dialog.name_input.setText("assistant")
    dialog.rename_choice.setChecked(True)
    with qtbot.waitSignal(tab.installed_changed, timeout=5000):
        dialog.ok_button.click()
    assert "assistant:latest" in fake_ollama.models_by_name
    assert "helper:latest" not in fake_ollama.models_by_name
    order = [r.path for r in fake_ollama.requests if r.path in ("/api/copy", "/api/delete")]
    assert order[-2:] == ["/api/copy", "/api/delete"]
    assert "assistant:latest" in names_in_view(tab)


def test_delete_asks_first_and_names_the_space(tab: ModelsTab, qtbot, fake_ollama) -> None:
    tab.select_model("gemma3:4b")
    qtbot.mouseClick(tab.details.delete_button, Qt.MouseButton.LeftButton)
    box = tab.dialog
    assert box.text() == "Delete “gemma3:4b”?"
    assert "frees up to 3.3 GB" in box.informativeText()
    keep = next(b for b in box.buttons() if b.text() == "Keep it")
    keep.click()
    qtbot.wait(50)
    assert "gemma3:4b" in fake_ollama.models_by_name

    box = tab.confirm_delete("gemma3:4b")
    with qtbot.waitSignal(tab.installed_changed, timeout=5000):
        box.findChild(QPushButton, "confirmDeleteButton").click()
    assert "gemma3:4b" not in fake_ollama.models_by_name
    assert "gemma3:4b" not in names_in_view(tab)
    assert tab.sections.tabText(0) == "Installed (2)"


def test_a_failed_action_shows_plain_words(tab: ModelsTab, qtbot, fake_ollama) -> None:
    fake_ollama.remove_model("gemma3:4b")  # someone deleted it from a terminal meanwhile
    box = tab.confirm_delete("gemma3:4b")
    box.findChild(QPushButton, "confirmDeleteButton").click()
    qtbot.waitUntil(lambda: tab.message_bar.isVisible(), timeout=5000)
    assert "gemma3:4b" in tab.message_bar.text
    assert "Traceback" not in tab.message_bar.text


def test_unload_from_the_details_pane(tab: ModelsTab, qtbot, arun, fake_ollama) -> None:
    arun(tab.context.ollama.generate_once("llama3.2:3b", ""))
    tab.select_model("llama3.2:3b")
    tab.refresh_running()
    qtbot.waitUntil(lambda: tab.details.unload_button.isEnabled(), timeout=5000)
    assert tab.details.memory.text().startswith("loaded")
    qtbot.mouseClick(tab.details.unload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "llama3.2:3b" not in fake_ollama.loaded, timeout=5000)
    assert fake_ollama.requests[-1].path in ("/api/generate", "/api/ps")
    qtbot.waitUntil(lambda: not tab.details.unload_button.isEnabled(), timeout=5000)


def test_an_empty_server_explains_what_to_do(make_tab, fake_ollama, qtbot) -> None:
    fake_ollama.remove_model("smollm2:135m")
    tab = make_tab(wait=False)
    qtbot.waitUntil(lambda: tab.empty_label.isVisible(), timeout=5000)
    assert "Discover models" in tab.empty_label.text()
    assert tab.details.model is None


def test_technical_columns_only_with_technical_details(tab: ModelsTab, qtbot) -> None:
    from desktop import settings as options

    technical = (
        InstalledModelsModel.PARAMETERS,
        InstalledModelsModel.QUANTIZATION,
        InstalledModelsModel.FAMILY,
    )
    assert all(tab.table.isColumnHidden(column) for column in technical)
    assert not tab.table.isColumnHidden(InstalledModelsModel.SIZE)
    tab.context.settings.set(options.TECHNICAL_DETAILS, True)
    assert not any(tab.table.isColumnHidden(column) for column in technical)
    tab.context.settings.set(options.TECHNICAL_DETAILS, False)
    assert all(tab.table.isColumnHidden(column) for column in technical)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_table_fits_a_1280_window_without_scrolling_sideways(
    make_tab, fake_ollama: FakeOllama, qtbot, qapp, tmp_path, language: str
) -> None:
    """The window at 1280 px leaves the tab about 1250: every column is seen at once, in
    the longer German words too."""
    fake_ollama.add_model(
        "llama3.2:3b",
        size=2_019_393_189,
        parameter_size="3.2B",
        quantization_level="Q4_K_M",
        capabilities=("completion", "tools"),
    )
    fake_ollama.add_model(
        "gemma3:4b",
        size=3_338_801_804,
        parameter_size="4.3B",
        capabilities=("completion", "vision", "tools", "thinking"),
    )
    if language != "en":
        assert translations.install_translator(qapp, language, cache_dir=tmp_path) == language
    try:
        tab = make_tab()
        tab.resize(1250, 760)
        qtbot.waitUntil(lambda: tab.table.horizontalHeader().length() > 0, timeout=3000)
        QApplication.processEvents()
        assert not tab.table.horizontalScrollBar().isVisible()
    finally:
        translations.remove_translators(qapp)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_model_subtitle_is_readable_in_both_themes(tab: ModelsTab, qtbot, theme: str) -> None:
    from PySide6.QtGui import QPalette

    from desktop.ui.common.theme import apply_theme
    from tests.ui.test_contrast import AA, contrast

    apply_theme(theme)
    try:
        subtitle, pane = tab.details.subtitle, tab.details

        def ground() -> str:
            return pane.palette().color(QPalette.ColorRole.Window).name()

        def text() -> str:
            return subtitle.palette().color(QPalette.ColorRole.WindowText).name()

        dark = theme == "dark"
        qtbot.waitUntil(
            lambda: (pane.palette().color(QPalette.ColorRole.Window).lightness() < 128) == dark,
            timeout=3000,
        )
        qtbot.waitUntil(lambda: contrast(text(), ground()) >= AA, timeout=3000)
        assert text() != pane.palette().color(QPalette.ColorRole.WindowText).name()  # quieter
    finally:
        apply_theme("system")


def test_details_are_plain_unless_technical_details_are_on(tab: ModelsTab, qtbot) -> None:
    from desktop import settings as options

    pane = tab.details
    tab.select_model("gemma3:4b")
    qtbot.waitUntil(lambda: pane.show_response is not None, timeout=5000)
    texts = pane.texts

    def tab_titles() -> list[str]:
        return [texts.tabText(i) for i in range(texts.count()) if texts.isTabVisible(i)]

    assert pane.good_for.text() == "chat · pictures" and pane.good_for.isVisible()
    assert pane.size.text() and pane.size.isVisible()
    assert not pane.abilities.isVisible()
    assert "Q4_K_M" not in pane.subtitle.text() and "parameters" not in pane.subtitle.text()
    assert tab_titles() == ["System prompt", "License"]
    tab.context.settings.set(options.TECHNICAL_DETAILS, True)  # followed at once
    assert "Q4_K_M" in pane.subtitle.text()
    assert tab_titles() == ["Settings", "System prompt", "Template", "License", "Modelfile"]
    assert pane.abilities.isVisible() and not pane.good_for.isVisible()
    tab.context.settings.set(options.TECHNICAL_DETAILS, False)
    assert tab_titles() == ["System prompt", "License"]
