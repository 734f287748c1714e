"""Screenshots of the real window for a human to look at (run under Xvfb; not a test).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tests.e2e.screenshot OUT_DIR

Starts the test server with demo models, opens Paddock against it and captures the screen:
connected, a finished JSON-schema run in the Generate tab, the installed models after a check
for updates, a chat with a PDF and its sources, and the state with no server. Then every
main screen and dialog (``tests.e2e.screens``) in English and German, light and dark, at
1280×800 and 1024×640, into OUT_DIR/screens/.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")
# The real X display (Xvfb), not the 800×800 offscreen screen tests.conftest would choose.
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

import qasync
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop import settings as options
from desktop.app import create_main_window
from tests.conftest import unused_port
from tests.fake_ollama import FakeOllama, Reply
from tests.fake_ollama.__main__ import DEMO_MODELS


async def until(predicate, timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError("the window never reached the expected state")
        await asyncio.sleep(0.05)


def capture(path: Path) -> None:
    QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
    print(f"saved {path}")


async def shoot(out: Path) -> None:
    server = FakeOllama()
    for name, family, params, quant, size, caps in DEMO_MODELS:
        server.add_model(name, family=family, parameter_size=params, quantization_level=quant,
                         size=size, capabilities=caps)  # fmt: skip
    server.start()
    data = out / "data"
    window = create_main_window(["--server", server.url, "--data-dir", str(data)])
    window.show()
    status = window.status_widget
    await until(lambda: status.text.startswith("Connected"))
    await asyncio.sleep(0.3)
    capture(out / "connected.png")
    await chat_scene(window, server, out)
    await memory_scene(window, server, out)
    await updates_scene(window, server, out)
    await documents_scene(window, server, out)
    await downloads_scene(window, server, out)
    await catalogue_scene(window, out)
    await servers_scene(window, server, out)
    window.settings.set(options.THEME, "dark")
    await asyncio.sleep(0.5)
    capture(out / "chat-dark.png")
    window.settings.set(options.THEME, "light")

    window.tabs.setCurrentWidget(window.generate_tab)
    tab = window.generate_tab
    await until(lambda: tab.model_picker.count() > 1)
    tab.model_picker.setCurrentText("llama3.2:3b")
    server.reply = Reply(
        tokens=['{"city": ', '"Paris", ', '"population": ', "2102650, ",
                '"landmarks": ["Eiffel Tower", "Louvre", "Notre-Dame"]}'],
        rate=60,
    )  # fmt: skip
    tab.prompt.setPlainText("Describe the capital of France as JSON.")
    tab.system.setPlainText("Answer with facts only.")
    tab.format_picker.setCurrentIndex(tab.format_picker.findData("schema"))
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string"}, "population": {"type": "integer"},
                       "landmarks": {"type": "array", "items": {"type": "string"}}},
        "required": ["city", "population"],
    }  # fmt: skip
    tab.schema_editor.setPlainText(json.dumps(schema, indent=2))
    tab.options.set_value("temperature", 0.2)
    task = tab.run()
    await until(lambda: task is not None and task.done())
    await asyncio.sleep(0.3)
    capture(out / "generate-json.png")
    window.close()
    await german_scene(server, out)
    for language in ("en", "de"):
        await every_screen_scene(server, out, language)
    server.stop()

    refused = f"http://127.0.0.1:{unused_port()}"
    window = create_main_window(["--server", refused, "--data-dir", str(data)])
    window.show()
    await until(lambda: window.status_widget.text.startswith("Can't reach"))
    await asyncio.sleep(0.3)
    capture(out / "no-server.png")
    window.tabs.setCurrentWidget(window.generate_tab)
    await asyncio.sleep(0.8)
    capture(out / "no-server-generate.png")
    window.tabs.setCurrentWidget(window.models_tab)
    window.models_tab.sections.setCurrentWidget(window.models_tab.catalog_view)
    await asyncio.sleep(0.5)
    capture(out / "no-server-catalogue.png")
    window.tabs.setCurrentWidget(window.chat_tab)
    guide = window.start_onboarding()
    await asyncio.sleep(0.5)
    capture(out / "first-run-no-server.png")
    guide.finish()
    window.close()


async def updates_scene(window, server: FakeOllama, out: Path) -> None:
    """The installed models after a check: most up to date, two with an update."""
    from tests.fake_ollama.registry import FakeRegistry

    registry = FakeRegistry(server).start()
    published = [(name, size) for name, *_facts, size, _caps in DEMO_MODELS]
    for name, size in [*published, ("smollm2:135m", 98_362_745)]:
        server.registry_add(name, layer_sizes=[size - 2000, 1500, 120, 380])
        entry = server.registry[name]
        server.models.get(name).digest = entry.digest.removeprefix("sha256:")
        server.blobs.update(dict(entry.layers))
    server.registry_change_layer("qwen3:8b", 0)  # new weights upstream
    server.registry_change_layer("mistral:7b", 2)  # new parameters only
    server.registry_change_layer("mistral:7b", 3)
    server.add_model("my-helper:latest", parameter_size="3.2B", quantization_level="Q4_K_M")
    updates = window.context.model_updates
    updates.registry.default_registry_url = registry.url  # the loopback registry, not the real
    tab = window.models_tab
    window.tabs.setCurrentWidget(tab)
    tab.refresh_installed()
    await until(lambda: tab.installed_model.row_of("my-helper:latest") >= 0)
    tab.check_updates()
    await until(lambda: updates.last_check is not None and not updates.busy)
    tab.select_model("qwen3:8b")
    await asyncio.sleep(0.5)
    capture(out / "models-updates.png")
    registry.stop()


async def downloads_scene(window, server: FakeOllama, out: Path) -> None:
    """Downloads under the model lists: open while something downloads, then folded."""
    from tests.fake_ollama import PullPlan

    tab = window.models_tab
    window.tabs.setCurrentWidget(tab)
    server.registry_add("phi4-mini:3.8b", layer_sizes=[400_000_000, 1500])
    server.registry_add("granite3.3:8b", layer_sizes=[500_000_000, 1500])
    server.pull_plan = PullPlan(byte_rate=20_000_000, events_per_second=20)
    tab.queue_download("phi4-mini:3.8b")
    tab.queue_download("granite3.3:8b")
    await asyncio.sleep(2.0)
    capture(out / "downloads-open.png")
    tab.downloads_panel.set_expanded(False)
    await asyncio.sleep(0.6)
    capture(out / "downloads-folded.png")
    window.settings.set(options.THEME, "dark")
    await asyncio.sleep(0.6)
    capture(out / "downloads-folded-dark.png")
    window.settings.set(options.THEME, "light")
    for item in list(tab.queue.items):
        tab.queue.cancel(item)
        tab.queue.remove(item)
    server.pull_plan = PullPlan()


async def catalogue_scene(window, out: Path) -> None:
    """The catalogue: models for this computer, and those that run in Ollama's cloud."""
    tab = window.models_tab
    window.tabs.setCurrentWidget(tab)
    tab.sections.setCurrentWidget(tab.catalog_view)
    await asyncio.sleep(0.5)
    capture(out / "catalogue-local.png")
    tab.catalog_view.show_group("cloud")
    tab.catalog_view.search.setText("gpt")  # the clear button shows
    await asyncio.sleep(0.4)
    capture(out / "catalogue-cloud.png")
    window.settings.set(options.THEME, "dark")
    await asyncio.sleep(0.6)
    capture(out / "catalogue-cloud-dark.png")
    window.settings.set(options.THEME, "light")
    tab.catalog_view.search.clear()
    tab.catalog_view.show_group("local")
    tab.sections.setCurrentIndex(0)


async def servers_scene(window, server: FakeOllama, out: Path) -> None:
    """Servers: a saved one named by the user, its edit form, and removing it."""
    office = FakeOllama(version=server.version)
    office.start()
    dialog = window.add_server()
    dialog.name.setText("Office GPU box")
    dialog.url.setText(office.url)
    dialog.accept()
    await until(lambda: window.server_switcher.currentText() == "Office GPU box")
    await asyncio.sleep(0.3)
    capture(out / "server-saved.png")
    editing = window.edit_server()
    await until(editing.done)
    form = editing.result()
    form.url.setText(server.url.replace("127.0.0.1", "localhost"))  # "This computer"'s
    form._accept_if_valid()
    await asyncio.sleep(0.4)
    capture(out / "server-edit-duplicate.png")
    form.reject()
    box = window.remove_server()
    await asyncio.sleep(0.4)
    capture(out / "server-remove.png")
    box.reject()
    window.settings.set(options.THEME, "dark")
    await asyncio.sleep(0.6)
    capture(out / "server-saved-dark.png")
    window.settings.set(options.THEME, "light")
    window.switch_server(window.profiles.all()[0].id)
    await until(lambda: window.status_widget.text.startswith("Connected"))
    office.stop()


CODE_AND_TABLE = [
    "Here is a small function that adds two numbers:\n\n",
    '```python\ndef add(a: int, b: int) -> int:\n    """Return the sum."""\n',
    "    return a + b\n```\n\n",
    "And how it behaves:\n\n| a | b | add(a, b) |\n|---|---|---|\n| 1 | 2 | 3 |\n",
    "| -4 | 4 | 0 |\n\n",
    "Read more at [python.org](https://www.python.org). <b>raw html stays text</b>",
]


def tiny_png() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(160, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#4f86c6"))
    painter = QPainter(image)
    painter.fillRect(20, 30, 60, 50, QColor("#f2c14e"))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


async def chat_scene(window, server: FakeOllama, out: Path) -> None:
    """A real conversation: code block, table, thinking, an image and an error."""
    from desktop.ui.chat.attachments import attachment_from_bytes

    tab = window.chat_tab
    window.tabs.setCurrentWidget(tab)
    await until(lambda: tab.model_picker.count() > 1)
    tab.model_picker.setCurrentIndex(tab.model_picker.findText("qwen3:8b"))

    async def say(text: str, images=()) -> None:
        tab.composer.set_text(text)
        if images:
            tab.composer.images.add(list(images))
        task = tab.send(text, list(images))
        assert task is not None
        await until(task.done, timeout=20)
        await asyncio.sleep(0.2)

    server.reply = Reply(
        thinking=["The user wants ", "a Python function ", "and a table of examples."],
        tokens=CODE_AND_TABLE,
        rate=40,
    )
    await say("Write a Python function that adds two numbers, with a table of examples.")
    tab.model_picker.setCurrentIndex(tab.model_picker.findText("gemma3:4b"))
    await until(lambda: tab.composer.input.accepts_images)
    server.reply = Reply(tokens=["A blue picture ", "with a yellow square."], rate=40)
    await say("What is in this picture?", [attachment_from_bytes(tiny_png(), "picture.png")])
    server.reply = Reply(tokens=["Let me ", "explain "], error_after=2)
    await say("And what colour is the square?")
    await asyncio.sleep(0.4)
    capture(out / "chat.png")
    first_reply = tab.transcript.messages[1]
    tab.transcript.scroll_to_message(first_reply.id)
    widget = tab.transcript.widget_for(first_reply.id)
    if widget is not None and widget.thinking is not None:
        widget.thinking.set_open(True)
    await asyncio.sleep(0.4)
    tab.transcript.scroll_to_message(tab.transcript.messages[0].id)
    await asyncio.sleep(0.4)
    capture(out / "chat-code.png")
    await hostile_scene(tab, server, out)


async def memory_scene(window, server: FakeOllama, out: Path) -> None:
    """A chat that outgrew the model's memory: the meter, the warning and its three choices."""
    tab = window.chat_tab
    new_chat = tab.new_chat()
    if new_chat is not None:
        await until(new_chat.done)
    store = tab.store
    chat_id = tab.conversation.id
    tab.model_settings.use_model("smollm2:135m")  # recorded metadata: its memory can be sized
    await window.context.operations.call(
        lambda: store.conversations.update(chat_id, options={"num_ctx": 1024})
    )
    tab.conversation = store.conversations.get(chat_id)
    paragraph = (
        "Lighthouses guided ships along the rocky northern coast for two hundred years, and "
        "their keepers wrote down the weather, the ships and the storms every night. "
    )
    server.reply = Reply(tokens=["Noted: ", "the keepers ", "kept logs ", "every night."])
    for turn in range(12):
        tab.composer.set_text(f"Part {turn + 1}. " + paragraph * 2)
        await until(lambda: tab.memory.refresh_task is None or tab.memory.refresh_task.done())
        if tab.memory.warning.isVisible():
            break
        task = tab.send(tab.composer.text, [])
        assert task is not None
        await until(task.done, timeout=20)
        await asyncio.sleep(0.3)
    await until(lambda: tab.memory.plan is not None)
    await asyncio.sleep(0.4)
    capture(out / "chat-memory.png")


REPORT_TOPICS = [
    ("Costs", "Running costs rose by 4 % because energy prices went up in the winter."),
    ("Staff", "The team grew from 41 to 47 people; two offices were merged."),
    ("Revenue", "Revenue reached 12.3 million, most of it from the new service contracts."),
    ("Outlook", "Next year the focus is on lower energy use and a second warehouse."),
]


def report_page(number: int) -> str:
    heading, line = REPORT_TOPICS[number % len(REPORT_TOPICS)]
    return "\n".join([f"{heading} (page {number})", *[line] * 24])


async def documents_scene(window, server: FakeOllama, out: Path) -> None:
    """A chat with a PDF: its chip on the message, the reply's sources, a passage opened,
    and a document waiting in the composer; light and dark."""
    from tests.documents.make_files import make_text_pdf

    tab = window.chat_tab
    window.tabs.setCurrentWidget(tab)
    new_chat = tab.new_chat("llama3.2:3b")
    if new_chat is not None:
        await until(new_chat.done)
    tab.store.conversations.update(tab.conversation.id, options={"num_ctx": 2048})
    tab.conversation = tab.store.conversations.get(tab.conversation.id)
    folder = out / "files"
    folder.mkdir(parents=True, exist_ok=True)
    pdf = make_text_pdf(folder / "annual report.pdf", [report_page(n) for n in range(1, 25)])
    tab.composer.add_files([pdf])
    await until(lambda: bool(tab.composer.documents.documents), timeout=20)
    server.reply = Reply(
        tokens=["Running costs rose by **4 %**, ", "mainly because energy prices went up ",
                "in the winter (pages 8 and 12)."],
        rate=30,
    )  # fmt: skip
    text = "Why did the costs go up?"
    tab.composer.set_text(text)
    tab.composer.send()
    adapter = tab.adapters[tab.conversation.id]
    await until(lambda: adapter.task is not None and adapter.task.done(), timeout=30)
    notes = folder / "meeting notes.md"
    notes.write_text("# Meeting\n\nAsk about the second warehouse.\n", encoding="utf-8")
    tab.composer.add_files([notes])
    await until(lambda: bool(tab.composer.documents.documents), timeout=20)
    await asyncio.sleep(0.5)
    capture(out / "chat-document.png")
    widget = tab.transcript.widget_for(tab.transcript.messages[-1].id)
    dialog = widget.sources.show_source(widget.sources.sources[0]) if widget else None
    await asyncio.sleep(0.4)
    capture(out / "chat-document-source.png")
    if dialog is not None:
        dialog.close()
    window.settings.set(options.THEME, "dark")
    await asyncio.sleep(0.6)
    capture(out / "chat-document-dark.png")
    window.settings.set(options.THEME, "light")
    tab.composer.documents.take()
    await asyncio.sleep(0.2)


async def hostile_scene(tab, server: FakeOllama, out: Path) -> None:
    """What a runaway model and a full disk look like: plain notes, nothing lost."""
    from tests.faults.disk import free_space, limit_growth

    new_chat = tab.new_chat()
    if new_chat is not None:
        await until(new_chat.done)
    line = "QUJD" * 50_000  # 200,000 characters without a space, like base64
    server.reply = Reply(tokens=["Here is the file:\n\n", line[:100_000], line[100_000:]])
    task = tab.send("Show me the file as base64.", [])
    assert task is not None
    await until(task.done, timeout=30)
    await asyncio.sleep(0.6)
    capture(out / "chat-huge.png")
    store = tab.store
    server.reply = Reply(tokens=[f"{n} words and more words " for n in range(2000)], rate=200)
    task = tab.send("Tell me a long story.", [])
    assert task is not None
    await asyncio.sleep(1.5)
    limit_growth(store.database)  # the disk fills up while the reply streams
    await until(task.done, timeout=30)
    await asyncio.sleep(0.4)
    capture(out / "chat-disk-full.png")
    free_space(store.database)


async def german_scene(server: FakeOllama, out: Path) -> None:
    """The same app in German (the Language setting), light and dark."""
    from desktop.settings import Settings

    data = out / "data-de"
    data.mkdir(parents=True, exist_ok=True)
    Settings(data, portable=True).set(options.LANGUAGE, "de")
    window = create_main_window(["--server", server.url, "--data-dir", str(data)])
    window.show()
    await until(lambda: window.status_widget.text.startswith("Verbunden"))
    chat = window.chat_tab
    await until(lambda: chat.model_picker.count() > 1)
    chat.model_picker.setCurrentIndex(chat.model_picker.findText("qwen3:8b"))
    server.reply = Reply(
        thinking=["Kurz überlegen."],
        tokens=["Gern! Hier ist eine kleine Tabelle:\n\n", "| Stadt | Land |\n|---|---|\n",
                "| Berlin | Deutschland |\n| Madrid | Spanien |\n"],
        rate=40,
    )  # fmt: skip
    task = chat.send("Nenne zwei Hauptstädte als Tabelle.", [])
    assert task is not None
    await until(task.done, timeout=20)
    await asyncio.sleep(0.4)
    capture(out / "german-chat.png")
    window.tabs.setCurrentWidget(window.models_tab)
    await asyncio.sleep(0.8)
    capture(out / "german-models.png")
    window.settings.set(options.THEME, "dark")
    window.tabs.setCurrentWidget(chat)
    await asyncio.sleep(0.5)
    capture(out / "german-chat-dark.png")
    window.settings.set(options.THEME, "light")
    window.close()


def capture_window(window, path: Path) -> None:
    """The screen under ``window``'s frame (a dialog shows over it)."""
    frame = window.frameGeometry()
    shot = QGuiApplication.primaryScreen().grabWindow(
        0, frame.x(), frame.y(), frame.width(), frame.height()
    )
    shot.save(str(path))
    print(f"saved {path}")


async def every_screen_scene(server: FakeOllama, out: Path, language: str) -> None:
    """Each screen of ``tests.e2e.screens`` in both themes and both sizes, in ``language``."""
    from desktop.settings import Settings
    from tests.e2e.screens import SIZES, as_on_screen, cut_off, open_screens

    data = out / f"data-screens-{language}"
    data.mkdir(parents=True, exist_ok=True)
    Settings(data, portable=True).set(options.LANGUAGE, language)
    window = create_main_window(["--server", server.url, "--data-dir", str(data)])
    window.move(0, 0)
    window.show()
    chat = window.chat_tab
    await until(lambda: chat.model_picker.count() > 1 and chat.conversation is not None)
    chat.model_picker.setCurrentIndex(chat.model_picker.findText("qwen3:8b"))
    server.reply = Reply(tokens=["Paris ", "is the capital of France."], rate=40)
    task = chat.send("What is the capital of France?", [])
    assert task is not None
    await until(task.done, timeout=20)
    models = window.models_tab
    await until(lambda: models.installed_model.rowCount() >= len(DEMO_MODELS))
    models.select_model("gemma3:4b")
    await until(lambda: models.details.show_response is not None)
    folder = out / "screens"
    folder.mkdir(exist_ok=True)
    for theme in ("light", "dark"):
        window.settings.set(options.THEME, theme)
        for width, height in SIZES:
            window.resize(width, height)
            await asyncio.sleep(0.3)
            for name, screen in open_screens(window):
                if screen is not window:
                    as_on_screen(screen, width, height)
                    frame = window.frameGeometry()
                    screen.move(frame.center() - screen.rect().center())
                await asyncio.sleep(0.3)  # not settle(): it would run tasks inside this one
                for problem in cut_off(screen):
                    print(f"cut off in {language} {theme} {width}×{height} {name}: {problem}")
                capture_window(window, folder / f"{language}-{theme}-{width}x{height}-{name}.png")
    window.settings.set(options.THEME, "light")
    window.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # this script closes windows and carries on
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(shoot(out))
    finally:
        loop.close()  # stops the loop's worker threads before Qt's objects go away


if __name__ == "__main__":
    main()
