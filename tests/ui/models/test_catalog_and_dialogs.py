"""The catalogue view, and the create and import dialogs, driven as a person would."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.services.downloads.queue import State
from desktop.services.models.machine import MachineMemory
from desktop.ui.models.catalog_view import ENTRY_ROLE, CatalogTableModel
from desktop.ui.models.tab import DISCOVER, ModelsTab

GB = 1_000_000_000


def visible_names(tab: ModelsTab) -> list[str]:
    proxy = tab.catalog_view.proxy
    return [proxy.index(r, 0).data(ENTRY_ROLE).name for r in range(proxy.rowCount())]


def test_search_filter_and_fit(tab: ModelsTab, qtbot) -> None:
    view = tab.catalog_view
    tab.sections.setCurrentIndex(DISCOVER)
    proxy = view.proxy
    catalogue_order = [proxy.index(r, 0).data(ENTRY_ROLE) for r in range(proxy.rowCount())]
    # After the server's suggestions (if they arrived yet), the file's (popular) order.
    assert next(e.name for e in catalogue_order if not e.suggested) == "llama3.2:1b"
    view.set_machine(MachineMemory(ram_bytes=8 * GB))
    qtbot.keyClicks(view.search, "deepseek")
    assert visible_names(tab)[:3] == ["deepseek-r1:1.5b", "deepseek-r1:7b", "deepseek-r1:8b"]
    model = view.model
    row = next(i for i, e in enumerate(model.entries) if e.name == "deepseek-r1:70b")
    assert model.index(row, CatalogTableModel.FITS).data() == "Too big"
    assert "only 8.0 GB" in model.index(row, CatalogTableModel.FITS).data(
        Qt.ItemDataRole.ToolTipRole
    )
    view.search.clear()
    view.capability.setCurrentIndex(view.capability.findData("embedding"))
    names = visible_names(tab)
    assert "nomic-embed-text:v1.5" in names and "llama3.2:1b" not in names
    assert view.select_name("nomic-embed-text:v1.5")
    assert "Fits well" in view.explanation.text()
    assert "this computer has 8.0 GB" in view.explanation.text()


def test_installed_models_are_marked(tab: ModelsTab, qtbot) -> None:
    model = tab.catalog_view.model
    row = next(i for i, e in enumerate(model.entries) if e.name == "smollm2:135m")
    assert model.index(row, 0).data().endswith("✓ installed")
    assert tab.catalog_view.select_name("smollm2:135m")
    assert tab.catalog_view.download_button.text() == "Download smollm2:135m again"


def test_download_from_the_catalogue(tab: ModelsTab, qtbot, fake_ollama) -> None:
    fake_ollama.registry_add("phi4-mini:3.8b", layer_sizes=[1000, 200])
    view = tab.catalog_view
    view.search.setText("phi4-mini")
    assert view.select_name("phi4-mini:3.8b")
    qtbot.mouseClick(view.download_button, Qt.MouseButton.LeftButton)
    row = tab.downloads_view.row_for("phi4-mini:3.8b")
    assert row is not None
    qtbot.waitUntil(lambda: row.item.state is State.DONE, timeout=5000)
    qtbot.waitUntil(lambda: "phi4-mini:3.8b" in [m.name for m in tab.installed], timeout=5000)


def test_create_a_model_from_an_installed_one(tab: ModelsTab, qtbot, fake_ollama) -> None:
    tab.select_model("llama3.2:3b")
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog.base_input.currentText() == "llama3.2:3b"
    assert not dialog.advanced.isVisibleTo(dialog)  # the template is folded away
    dialog.submit.click()
    assert "Type the name of a model" in dialog.error.text()
    qtbot.keyClicks(dialog.name_input, "teacher")
    dialog.system_input.setPlainText("You explain things simply.")
    dialog.temperature.setValue(0.4)
    dialog.num_ctx.setValue(8192)
    dialog.stop_input.setText("User:")
    dialog.advanced_toggle.click()
    assert dialog.advanced.isVisibleTo(dialog)
    with qtbot.waitSignal(tab.installed_changed, timeout=5000):
        dialog.submit.click()
    body = fake_ollama.wait_for_request("/api/create").json
    assert body == {
        "model": "teacher",
        "from": "llama3.2:3b",
        "system": "You explain things simply.",
        "parameters": {"temperature": 0.4, "num_ctx": 8192, "stop": ["User:"]},
        "stream": True,
    }
    log = dialog.log.toPlainText()
    assert "Saving the new settings" in log and "“teacher” is ready." in log
    qtbot.waitUntil(lambda: tab.selected_name() == "teacher:latest", timeout=5000)


def test_a_failed_create_says_why(tab: ModelsTab, qtbot, fake_ollama) -> None:
    dialog = tab.open_create_dialog()
    dialog.base_input.setCurrentText("gemma3:4b")
    dialog.name_input.setText("broken")
    fake_ollama.remove_model("gemma3:4b")
    dialog.submit.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert "gemma3:4b" in dialog.error.text()
    assert dialog.submit.isEnabled()


def test_import_a_gguf_file(tab: ModelsTab, qtbot, fake_ollama, tmp_path: Path) -> None:
    not_gguf = tmp_path / "holiday.jpg"
    not_gguf.write_bytes(b"\xff\xd8\xff\xe0" + b"x" * 100)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.submit.click()
    assert "Choose a GGUF file first" in dialog.error.text()
    dialog.path_input.setText(str(not_gguf))
    dialog.submit.click()
    assert "not a GGUF model file" in dialog.error.text()
    assert not [r for r in fake_ollama.requests if r.path.startswith("/api/blobs")]

    model_file = tmp_path / "Tiny-Model.Q8_0.gguf"
    model_file.write_bytes(b"GGUF\x03\x00\x00\x00" + bytes(range(256)) * 8000)
    digest = "sha256:" + hashlib.sha256(model_file.read_bytes()).hexdigest()
    dialog.path_input.setText(str(model_file))
    assert dialog.name_input.text() == "tiny-model.q8_0"
    dialog.name_input.setText("tiny")
    with qtbot.waitSignal(tab.installed_changed, timeout=10_000):
        dialog.submit.click()
    assert digest in fake_ollama.blobs
    assert fake_ollama.wait_for_request("/api/create").json["files"] == {model_file.name: digest}
    assert dialog.progress.value() == dialog.progress.maximum()
    assert "ready to use" in dialog.status.text()
    qtbot.waitUntil(lambda: tab.selected_name() == "tiny:latest", timeout=5000)


def test_import_can_be_cancelled(tab: ModelsTab, qtbot, fake_ollama, tmp_path: Path) -> None:
    big = tmp_path / "big.gguf"
    with big.open("wb") as handle:
        handle.write(b"GGUF")
        handle.write(b"\x01" * (150 * 1024 * 1024))
    dialog = tab.open_import_dialog()
    dialog.path_input.setText(str(big))
    dialog.submit.click()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=10_000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.status.text() == "Import cancelled.", timeout=10_000)
    assert not fake_ollama.blobs
    assert dialog.submit.isEnabled()
