"""Screenshots of the real window for a human to look at (run under Xvfb; not a test).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tests.e2e.screenshot OUT_DIR

Starts the test server with demo models, opens Paddock against it and captures the screen:
connected, a finished JSON-schema run in the Generate tab, and the state with no server.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")

import qasync
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

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
    server.stop()

    refused = f"http://127.0.0.1:{unused_port()}"
    window = create_main_window(["--server", refused, "--data-dir", str(data)])
    window.show()
    await until(lambda: window.status_widget.text.startswith("Can't reach"))
    await asyncio.sleep(0.3)
    capture(out / "no-server.png")
    window.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # this script closes windows and carries on
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.run_until_complete(shoot(out))


if __name__ == "__main__":
    main()
