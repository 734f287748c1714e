"""No server answers: the Generate tab and the catalogue say so instead of "no models"."""

from __future__ import annotations

from urllib.parse import urlsplit

from desktop.app import create_main_window
from tests.fake_ollama import FakeOllama


def test_generate_says_the_server_cant_be_reached_not_that_nothing_is_installed(
    qtbot, qloop, data_dir, refused_url
) -> None:
    window = create_main_window(["--server", refused_url, "--data-dir", str(data_dir)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.server_status.status.state == "unreachable", timeout=5000)
    window.tabs.setCurrentWidget(window.generate_tab)
    tab = window.generate_tab
    qtbot.waitUntil(lambda: "can't be reached" in tab.status.text(), timeout=5000)
    assert "No models" not in tab.status.text()
    assert not tab.error_label.isVisible()  # said once, not twice
    assert "Start Ollama" in tab.status.text() or "another server" in tab.status.text()

    catalogue = window.models_tab.catalog_view
    assert catalogue.selected_entry() is not None
    assert not catalogue.download_button.isEnabled()
    assert "can't be reached" in catalogue.download_button.toolTip()
    with qtbot.assertNotEmitted(catalogue.download_requested):
        catalogue.table.doubleClicked.emit(catalogue.table.currentIndex())

    server = FakeOllama()  # Ollama starts at that address: the models show
    server.start(urlsplit(refused_url).port)
    try:
        window.server_status.retry()
        qtbot.waitUntil(lambda: tab.model_picker.count() > 0, timeout=5000)
        assert "can't be reached" not in tab.status.text()
        qtbot.waitUntil(catalogue.download_button.isEnabled, timeout=5000)
        assert "can't be reached" not in catalogue.download_button.toolTip()
        window.close()
    finally:
        server.stop()
