"""Downloads in the tab: typing a name, the queue's rows, throttled redraws, restarts."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.services.downloads.queue import State
from desktop.ui.models.tab import ModelsTab
from tests.fake_ollama import FakeOllama, PullPlan

MB = 1_000_000


def type_and_download(tab: ModelsTab, qtbot, name: str) -> None:
    tab.pull_input.clear()
    qtbot.keyClicks(tab.pull_input, name)
    qtbot.mouseClick(tab.pull_button, Qt.MouseButton.LeftButton)


def test_an_invalid_name_is_explained(tab: ModelsTab, qtbot) -> None:
    type_and_download(tab, qtbot, "llama 3")
    assert tab.name_error.isVisible()
    assert "can't contain spaces" in tab.name_error.text()
    assert not tab.queue.items
    assert not tab.downloads_view.isVisible()
    qtbot.keyClicks(tab.pull_input, "x")
    assert not tab.name_error.isVisible()  # typing again clears the message


def test_insecure_is_offered_only_for_a_registry_host(tab: ModelsTab, qtbot, fake_ollama):
    qtbot.keyClicks(tab.pull_input, "qwen3:8b")
    assert not tab.insecure_check.isVisible()
    tab.pull_input.setText("127.0.0.1:5000/team/private:1b")
    assert tab.insecure_check.isVisible()
    fake_ollama.registry_add("127.0.0.1:5000/team/private:1b", layer_sizes=[1000])
    tab.insecure_check.setChecked(True)
    qtbot.mouseClick(tab.pull_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.queue.items[0].state is State.DONE, timeout=5000)
    assert fake_ollama.wait_for_request("/api/pull").json["insecure"] is True


def test_a_download_shows_progress_then_refreshes_the_installed_list(
    tab: ModelsTab, qtbot, fake_ollama: FakeOllama
) -> None:
    fake_ollama.registry_add("qwen3:0.6b", layer_sizes=[2 * MB, 1500, 400])
    fake_ollama.pull_plan = PullPlan(byte_rate=4 * MB, events_per_second=100)
    type_and_download(tab, qtbot, "qwen3:0.6b")
    other = QWidget()  # the person switched to another window meanwhile
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow, timeout=2000)
    assert tab.pull_input.text() == ""
    assert tab.downloads_view.isVisible()
    row = tab.downloads_view.row_for("qwen3:0.6b")
    assert row is not None
    qtbot.waitUntil(lambda: "Downloading" in row.status.text(), timeout=5000)
    qtbot.waitUntil(lambda: " of 2." in row.figures.text(), timeout=5000)
    assert row.pause_button.isVisible() and row.cancel_button.isVisible()
    with qtbot.waitSignal(tab.installed_changed, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: row.status.text() == "Done — ready to use", timeout=1000)
    assert row.chat_button.isVisible() and not row.pause_button.isVisible()
    assert "qwen3:0.6b" in [m.name for m in tab.installed]
    assert tab.notifications == [("Download finished", "“qwen3:0.6b” is ready to use.")]
    with qtbot.waitSignal(tab.chat_requested) as chat:
        row.chat_button.click()
    assert chat.args == ["qwen3:0.6b"]


def test_no_notification_while_the_window_has_focus(tab: ModelsTab, qtbot, fake_ollama):
    fake_ollama.registry_add("focus:1b", layer_sizes=[1000])
    tab.activateWindow()
    if not tab.window().isActiveWindow():
        qtbot.waitUntil(tab.window().isActiveWindow, timeout=2000)
    tab.queue_download("focus:1b")
    qtbot.waitSignal(tab.installed_changed, timeout=5000).wait()
    assert tab.notifications == []


def test_redraws_are_limited_to_ten_a_second(tab: ModelsTab, qtbot, fake_ollama) -> None:
    fake_ollama.registry_add("busy:1b", layer_sizes=[6 * MB, 6 * MB, 1000])
    fake_ollama.pull_plan = PullPlan(byte_rate=8 * MB, events_per_second=1000)
    started = time.monotonic()
    tab.queue_download("busy:1b")
    row = tab.downloads_view.row_for("busy:1b")
    qtbot.waitUntil(lambda: row.item.state is State.DONE, timeout=20_000)
    qtbot.wait(150)
    elapsed = time.monotonic() - started
    assert row.item.progress.events > 500, "the server should have sent many events"
    assert row.render_count <= elapsed * 10 + 3
    assert row.render_count >= 5


def test_pause_resume_cancel_buttons(tab: ModelsTab, qtbot, fake_ollama) -> None:
    fake_ollama.registry_add("button:1b", layer_sizes=[20 * MB])
    fake_ollama.pull_plan = PullPlan(byte_rate=10 * MB, events_per_second=50)
    tab.queue_download("button:1b")
    row = tab.downloads_view.row_for("button:1b")
    qtbot.waitUntil(lambda: row.item.progress.completed > MB, timeout=5000)
    qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.status.text() == "Paused", timeout=2000)
    assert row.pause_button.text() == "Resume"
    qtbot.waitUntil(lambda: fake_ollama.disconnects >= 1, timeout=2000)
    qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Downloading" in row.status.text(), timeout=5000)
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.status.text() == "Cancelled", timeout=2000)
    assert row.retry_button.text() == "Download again" and row.remove_button.isVisible()
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert tab.downloads_view.rows == {}
    assert not tab.downloads_view.isVisible()


def test_errors_show_in_plain_words_with_retry(tab: ModelsTab, qtbot, fake_ollama) -> None:
    tab.queue_download("no-such-model")
    row = tab.downloads_view.row_for("no-such-model")
    qtbot.waitUntil(lambda: row.item.state is State.FAILED, timeout=5000)
    qtbot.waitUntil(lambda: "There is no model called" in row.status.text(), timeout=1000)
    assert row.retry_button.isVisible()
    fake_ollama.registry_add("no-such-model", layer_sizes=[1000])  # it was published meanwhile
    qtbot.mouseClick(row.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.item.state is State.DONE, timeout=5000)


def test_a_stall_is_shown_on_the_item(tab: ModelsTab, qtbot, fake_ollama) -> None:
    fake_ollama.registry_add("stall:1b", layer_sizes=[4 * MB])
    fake_ollama.pull_plan = PullPlan(byte_rate=10 * MB, events_per_second=100,
                                     stall_after_bytes=MB, stall_seconds=60)  # fmt: skip
    tab.queue_download("stall:1b")
    row = tab.downloads_view.row_for("stall:1b")
    qtbot.waitUntil(lambda: "reconnect" in row.status.text(), timeout=5000)
    qtbot.waitUntil(lambda: row.item.state is State.FAILED, timeout=10_000)
    qtbot.waitUntil(lambda: "reconnecting didn't help" in row.status.text(), timeout=1000)


def test_other_tabs_can_queue_a_download(tab: ModelsTab, qtbot, fake_ollama) -> None:
    fake_ollama.registry_add("asked:1b", layer_sizes=[10 * MB])
    fake_ollama.pull_plan = PullPlan(byte_rate=5 * MB, events_per_second=20)
    tab.queue_download("asked:1b")
    assert tab.downloads_view.row_for("asked:1b") is not None
    tab.queue_download("asked:1b")
    assert "already in the download list" in tab.message_bar.text
    assert len(tab.queue.items) == 1
    tab.queue_download("bad name")
    assert "spaces" in tab.message_bar.text


def test_the_queue_survives_a_restart_of_the_app(make_tab, qtbot, fake_ollama) -> None:
    fake_ollama.registry_add("big:1b", layer_sizes=[6 * MB, 500])
    fake_ollama.registry_add("next:1b", layer_sizes=[1000])
    fake_ollama.pull_plan = PullPlan(byte_rate=6 * MB, events_per_second=100)
    first = make_tab()
    first.queue_download("big:1b")
    first.queue_download("next:1b")
    big = first.downloads_view.row_for("big:1b")
    qtbot.waitUntil(lambda: big.item.progress.completed > MB, timeout=5000)
    first.shutdown()
    first.close()

    second = make_tab()
    rows = {row.item.name: row for row in second.downloads_view.rows.values()}
    assert set(rows) == {"big:1b", "next:1b"}
    assert rows["big:1b"].bar.value() > 100  # it shows where it was, not 0
    qtbot.waitUntil(lambda: rows["next:1b"].item.state is State.DONE, timeout=10_000)
    assert rows["big:1b"].item.state is State.DONE


def test_after_a_restart_downloads_can_wait_for_a_click(make_tab, qtbot, fake_ollama):
    fake_ollama.registry_add("later:1b", layer_sizes=[6 * MB])
    fake_ollama.pull_plan = PullPlan(byte_rate=6 * MB, events_per_second=100)
    first = make_tab()
    first.downloads_view.resume_on_start.setChecked(False)
    first.queue_download("later:1b")
    row = first.downloads_view.row_for("later:1b")
    qtbot.waitUntil(lambda: row.item.progress.completed > MB, timeout=5000)
    first.shutdown()

    second = make_tab()
    assert not second.downloads_view.resume_on_start.isChecked()
    row = second.downloads_view.row_for("later:1b")
    qtbot.waitUntil(lambda: "press Resume" in row.status.text(), timeout=2000)
    assert row.item.state is State.PAUSED
    qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.item.state is State.DONE, timeout=10_000)


def test_an_http_only_registry_keeps_the_name_for_adding_it_again(
    tab: ModelsTab, qtbot, fake_ollama
) -> None:
    name = "127.0.0.1:5000/team/private:1b"
    fake_ollama.registry_add(name, layer_sizes=[1000])
    type_and_download(tab, qtbot, name)
    row = tab.downloads_view.row_for(name)
    qtbot.waitUntil(lambda: row.item.state is State.FAILED, timeout=5000)
    qtbot.waitUntil(lambda: "plain (insecure) HTTP" in row.status.text(), timeout=1000)
    assert not row.bar.isVisible()  # no "0%" on a failed download
    assert tab.pull_input.text() == name  # no retyping
    assert tab.insecure_check.isVisible()
    tab.insecure_check.setChecked(True)
    qtbot.mouseClick(tab.pull_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.item.state is State.DONE, timeout=5000)
    assert not tab.message_bar.isVisible()  # resumed, not "already in the download list"
    assert len(tab.queue.items) == 1


def test_already_in_the_list_is_only_said_while_it_downloads(
    tab: ModelsTab, qtbot, fake_ollama
) -> None:
    fake_ollama.registry_add("twice:1b", layer_sizes=[4 * MB])
    fake_ollama.pull_plan = PullPlan(byte_rate=8 * MB, events_per_second=20)
    tab.queue_download("twice:1b")
    tab.queue_download("twice:1b")
    assert "already in the download list" in tab.message_bar.text
    row = tab.downloads_view.row_for("twice:1b")
    qtbot.waitUntil(lambda: row.status.text() == "Done — ready to use", timeout=10_000)
    assert not tab.message_bar.isVisible()
    tab.queue_download("twice:1b")  # done: downloading it again is allowed, quietly
    assert not tab.message_bar.isVisible()
    qtbot.waitUntil(lambda: tab.queue.items[-1].state is State.DONE, timeout=10_000)


def test_chat_with_it_goes_once_the_model_is_deleted(tab: ModelsTab, qtbot, fake_ollama) -> None:
    fake_ollama.registry_add("brief:1b", layer_sizes=[1000])
    tab.queue_download("brief:1b")
    row = tab.downloads_view.row_for("brief:1b")
    qtbot.waitUntil(row.chat_button.isVisible, timeout=5000)
    box = tab.confirm_delete("brief:1b")
    with qtbot.waitSignal(tab.installed_changed, timeout=5000):
        box.findChild(QWidget, "confirmDeleteButton").click()
    assert "brief:1b" not in [m.name for m in tab.installed]
    assert not row.chat_button.isVisible()
