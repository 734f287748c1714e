"""Adding, editing and removing saved servers: the forms, the question before removing, and
the keyring work (off the GUI thread) behind them. The window owns the switcher and the
connection; this keeps the three flows that change the list of servers in one place."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.services.servers import DuplicateServer, ServerProfile, display_name
from desktop.ui.common.plain import plain_box

if TYPE_CHECKING:
    from desktop.ui.common.server_dialog import ServerDialog
    from desktop.ui.main_window import MainWindow


class ServerEditing:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def add(self) -> ServerDialog:
        from desktop.ui.common.server_dialog import ServerDialog

        assert self.window.profiles is not None
        dialog = ServerDialog(self.window, problem_with=self.window.profiles.problem_with)
        dialog.accepted.connect(lambda: self._save_new_server(dialog))
        dialog.open()
        return dialog

    def _save_new_server(self, dialog: ServerDialog) -> None:
        assert self.window.profiles is not None
        profile, api_key = dialog.profile(), dialog.api_key.text().strip() or None
        self.window.context.tasks.run(self._add_and_switch(profile, api_key), name="add-server")

    async def _add_and_switch(self, profile: ServerProfile, api_key: str | None) -> None:
        assert self.window.profiles is not None
        try:
            kept = await self.window.profiles.add(
                profile, api_key
            )  # the keyring call: off this thread
        except DuplicateServer as duplicate:  # saved meanwhile under another name
            self.window.show_problem(str(duplicate))
            return
        if not kept:
            self._say_no_keyring()
        self.window.switch_server(profile.id)

    def _say_no_keyring(self) -> None:
        self.window.show_problem(QCoreApplication.translate("MainWindow",
            "This computer has no keyring to keep the API key safely, so Paddock keeps it "
            "only until you quit."))  # fmt: skip

    def edit(self, profile_id: str = "") -> asyncio.Task[ServerDialog | None]:
        """Open the saved server (the active one by default) in the form, its key and headers
        read off this thread first; Save keeps it under the same entry."""
        return self.window.context.tasks.run(self._open_editor(profile_id), name="edit-server")

    async def _open_editor(self, profile_id: str) -> ServerDialog | None:
        from desktop.ui.common.server_dialog import ServerDialog

        assert self.window.profiles is not None
        wanted = profile_id or self.window.profiles.active.id
        profile = next((p for p in self.window.profiles.all() if p.id == wanted), None)
        if profile is None:
            return None
        api_key, headers = await self.window.profiles.saved_secrets(profile)
        if self.window._shut_down:
            return None
        dialog = ServerDialog(
            self.window, problem_with=self.window.profiles.problem_with, editing=profile
        )
        dialog.fill(display_name(profile), api_key, headers)
        dialog.accepted.connect(lambda: self._save_edited_server(dialog))
        dialog.open()
        return dialog

    def _save_edited_server(self, dialog: ServerDialog) -> None:
        profile, api_key = dialog.profile(), dialog.api_key.text().strip() or None
        self.window.context.tasks.run(self._edit(profile, api_key), name="edit-server")

    async def _edit(self, profile: ServerProfile, api_key: str | None) -> None:
        assert self.window.profiles is not None
        try:
            kept = await self.window.profiles.edit(profile, api_key)
        except DuplicateServer as duplicate:
            self.window.show_problem(str(duplicate))
            return
        if not kept:
            self._say_no_keyring()
        if self.window.profiles.active.id == profile.id and not self.window.command_line_url:
            self.window.switch_server(profile.id)  # its address or key may have changed: reconnect
        else:
            self.window._fill_server_switcher(self.window._current_server)

    def remove(self, profile_id: str = "") -> QMessageBox | None:
        """Ask first; then forget the server and its key (off this thread). When it was the
        one in use, Paddock talks to the one left: this computer's if there is one."""
        assert self.window.profiles is not None
        wanted = profile_id or self.window.profiles.active.id
        profile = next((p for p in self.window.profiles.all() if p.id == wanted), None)
        if profile is None or len(self.window.profiles.all()) < 2:
            return None
        box = plain_box(QMessageBox(self.window))
        box.setObjectName("removeServerDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "Remove this server?"))
        question = QCoreApplication.translate("MainWindow", "Remove “{name}” from your servers?")
        box.setText(question.format(name=display_name(profile)))
        box.setInformativeText(
            QCoreApplication.translate(
                "MainWindow",
                "Its saved API key is deleted too. Your chats stay, and you can add the server "
                "again at any time.",
            )
        )
        remove = box.addButton(
            QCoreApplication.translate("MainWindow", "Remove"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: (
                button is remove
                and self.window.context.tasks.run(self._remove(profile.id), name="remove-server")
            )
        )
        box.open()
        return box

    async def _remove(self, profile_id: str) -> None:
        assert self.window.profiles is not None
        was_active = self.window.profiles.active.id == profile_id
        active = await self.window.profiles.remove(
            profile_id
        )  # the key is forgotten off this thread
        if was_active and not self.window.command_line_url:
            self.window.switch_server(active.id)
        else:
            self.window._fill_server_switcher(self.window._current_server)
