"""One start of Paddock in a process of its own, for tests of what survives a restart.

    python -m tests.e2e.restart_child SCENARIO DATA_DIR [ARG...]

Runs the real ``desktop.app.main`` on DATA_DIR (the server comes from ``OLLAMA_HOST``), waits
for the window to be drawn, runs the named scenario on it (an async function below), prints
what the scenario prints, and closes the window as the user would. Within one process
QSettings answers from its cache: only a new process shows what was really written.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import desktop.app as app


async def until(predicate: Callable[[], object], timeout: float = 20.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError("the window never reached the expected state")
        await asyncio.sleep(0.02)


async def add_server(window, name: str, url: str) -> None:
    dialog = window.add_server()
    dialog.name.setText(name)
    dialog.url.setText(url)
    dialog.accept()
    await until(lambda: window.server_switcher.currentText() == name)


async def servers_edit(window, args: list[str]) -> None:
    """Add two servers, rename the first, remove the second (in use): three changes."""
    office, spare = args
    await add_server(window, "GPU box", office)
    editing = window.edit_server()
    await until(editing.done)
    dialog = editing.result()
    dialog.name.setText("Office")
    dialog.accept()
    await until(lambda: window.server_switcher.currentText() == "Office")
    await add_server(window, "Spare", spare)
    box = window.remove_server()
    next(button for button in box.buttons() if button.text() == "Remove").click()
    await until(lambda: window.server_switcher.currentText() == "This computer")
    office_id = next(p.id for p in window.profiles.all() if p.name == "Office")
    window.switch_server(office_id)
    await until(lambda: window.server_switcher.currentText() == "Office")


async def servers_look(window, args: list[str]) -> None:
    switcher = window.server_switcher
    print("servers:", [switcher.itemText(i) for i in range(switcher.count())])
    print("current:", switcher.currentText())
    print("tooltip:", switcher.toolTip())


async def geometry_look(window, args: list[str]) -> None:
    geometry = window.normalGeometry()
    print("maximised:", window.isMaximized())
    print("normal:", geometry.x(), geometry.y(), geometry.width(), geometry.height())
    available = window.screen().availableGeometry()
    print("screen:", available.width(), available.height())


async def geometry_set(window, args: list[str]) -> None:
    x, y, width, height, maximised = (int(value) for value in args)
    window.setGeometry(x, y, width, height)
    await until(lambda: window.width() == width)
    if maximised:
        window.showMaximized()
        await until(window.isMaximized)


SCENARIOS: dict[str, Callable[..., Awaitable[None]]] = {
    "servers-edit": servers_edit,
    "servers-look": servers_look,
    "geometry-look": geometry_look,
    "geometry-set": geometry_set,
}


def main() -> int:
    scenario, data, *args = sys.argv[1:]
    QApplication(["paddock"])
    running: list[asyncio.Task[None]] = []  # kept alive until it ends

    def window_shown():
        windows = [w for w in QApplication.topLevelWidgets()
                   if w.objectName() == "mainWindow" and w.isVisible()]  # fmt: skip
        if not windows:
            return QTimer.singleShot(20, window_shown)
        window = windows[0]
        if window._first_paint.called:
            running.append(asyncio.ensure_future(run(window)))
        else:
            window.first_painted.connect(lambda: running.append(asyncio.ensure_future(run(window))))

    async def run(window) -> None:
        try:
            await SCENARIOS[scenario](window, args)
        finally:
            sys.stdout.flush()
            for dialog in QApplication.topLevelWidgets():
                if dialog is not window and dialog.isVisible():
                    dialog.close()
            window.close()

    QTimer.singleShot(0, window_shown)
    return app.main(["--data-dir", data])


if __name__ == "__main__":
    sys.exit(main())
