"""Settings (Ctrl+,): changes apply at once and are remembered; Close when done."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import settings as options
from desktop.settings import Settings
from desktop.ui.common.elided_label import ElidedLabel
from desktop.ui.common.plain import plain_box, plain_label

PLAIN_KEEP_ALIVE_CHOICES = 3  # 5 minutes, until Ollama stops, unload after each reply


class SettingsDialog(QDialog):
    backup_requested = Signal(Path)  # write every chat to this file
    restore_requested = Signal(Path)
    new_chat_defaults_requested = (
        Signal()
    )  # replace every chat with this backup (already confirmed)

    def __init__(self, settings: Settings, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("settingsDialog")
        self.setAccessibleName(self.tr("Settings"))
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout()

        self.theme = QComboBox()
        self.theme.setObjectName("settingsTheme")
        self.theme.setAccessibleName(self.tr("Theme"))
        for label, value in ((self.tr("Same as the system"), "system"),
                             (self.tr("Light"), "light"), (self.tr("Dark"), "dark")):  # fmt: skip
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get(options.THEME))))
        self.theme.currentIndexChanged.connect(
            lambda: settings.set(options.THEME, self.theme.currentData())
        )
        form.addRow(self.tr("&Theme"), self.theme)

        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        self.language.setAccessibleName(self.tr("Language"))
        for name, value in (
            (self.tr("Same as the system"), "system"),
            # Each language by its own name, as people look for it: keep these as they are.
            (self.tr("English"), "en"),
            (self.tr("Deutsch"), "de"),
            (self.tr("Español"), "es"),
        ):
            self.language.addItem(name, value)
        self.language.setCurrentIndex(
            max(0, self.language.findData(settings.get(options.LANGUAGE)))
        )
        self.language.currentIndexChanged.connect(
            lambda: settings.set(options.LANGUAGE, self.language.currentData())
        )
        self.language.setToolTip(self.tr("Takes effect the next time Paddock starts."))
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", QLabel(self.tr("Takes effect the next time Paddock starts.")))

        self.font_size = QSpinBox()
        self.font_size.setObjectName("settingsFontSize")
        self.font_size.setAccessibleName(self.tr("Text size"))
        self.font_size.setRange(0, 32)
        self.font_size.setSpecialValueText(self.tr("System size"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(settings.get(options.FONT_SIZE))
        self.font_size.valueChanged.connect(lambda value: settings.set(options.FONT_SIZE, value))
        form.addRow(self.tr("Text &size"), self.font_size)

        self.send_key = QComboBox()
        self.send_key.setObjectName("settingsSendKey")
        self.send_key.setAccessibleName(self.tr("Send a chat message with"))
        self.send_key.addItem(self.tr("Enter (Shift+Enter for a new line)"), False)
        self.send_key.addItem(self.tr("Ctrl+Enter (Enter for a new line)"), True)
        self.send_key.setCurrentIndex(1 if settings.get(options.SEND_WITH_CTRL_ENTER) else 0)
        self.send_key.currentIndexChanged.connect(
            lambda: settings.set(options.SEND_WITH_CTRL_ENTER, bool(self.send_key.currentData()))
        )
        form.addRow(self.tr("Send &with"), self.send_key)

        self.default_model = QLineEdit(settings.get(options.DEFAULT_MODEL))
        self.default_model.setObjectName("settingsDefaultModel")
        self.default_model.setAccessibleName(self.tr("Default model for new chats"))
        self.default_model.setPlaceholderText(self.tr("e.g. llama3.2 — empty: the first installed"))
        self.default_model.editingFinished.connect(
            lambda: settings.set(options.DEFAULT_MODEL, self.default_model.text().strip())
        )
        form.addRow(self.tr("Default &model"), self.default_model)

        self.keep_alive = QLineEdit(settings.get(options.DEFAULT_KEEP_ALIVE))
        self.keep_alive.setObjectName("settingsKeepAlive")
        self.keep_alive.setAccessibleName(self.tr("Keep models loaded for"))
        self.keep_alive.setPlaceholderText(self.tr("Ollama's default (5m); -1 = always"))
        self.keep_alive.editingFinished.connect(
            lambda: settings.set(options.DEFAULT_KEEP_ALIVE, self.keep_alive.text().strip())
        )
        # In plain words, three choices; the free value (seconds, 10m, -1) with technical details.
        self.keep_alive_choice = QComboBox()
        self.keep_alive_choice.setObjectName("settingsKeepAliveChoice")
        self.keep_alive_choice.setAccessibleName(self.tr("Keep models loaded for"))
        for value, label in (
            ("", self.tr("Stay loaded for 5 minutes")),
            ("-1", self.tr("Stay loaded until Ollama stops")),
            ("0", self.tr("Unload after each reply")),
        ):
            self.keep_alive_choice.addItem(label, value)
        self._show_keep_alive_choice(self.keep_alive.text().strip())
        self.keep_alive_choice.activated.connect(self._keep_alive_chosen)
        self.keep_alive.editingFinished.connect(
            lambda: self._show_keep_alive_choice(self.keep_alive.text().strip())
        )
        keep_alive_row = QHBoxLayout()
        keep_alive_row.setContentsMargins(0, 0, 0, 0)
        keep_alive_row.addWidget(self.keep_alive_choice, 1)
        keep_alive_row.addWidget(self.keep_alive, 1)
        keep_alive_holder = QWidget()
        keep_alive_holder.setLayout(keep_alive_row)
        keep_alive_label = QLabel(self.tr("&Keep models loaded"))
        keep_alive_label.setBuddy(self.keep_alive_choice)
        form.addRow(keep_alive_label, keep_alive_holder)

        self.new_chat_button = QPushButton(self.tr("Settings for new chats…"))
        self.new_chat_button.setObjectName("settingsNewChatDefaults")
        self.new_chat_button.setAccessibleName(self.tr("Settings every new chat starts with"))
        self.new_chat_button.setToolTip(
            self.tr("The system prompt, creativity and other settings every new chat starts with")
        )
        self.new_chat_button.clicked.connect(self.new_chat_defaults_requested)
        form.addRow(self.tr("New chats"), self.new_chat_button)

        self.notifications = QCheckBox(self.tr("Tell me when a reply or download finishes "
                                               "while Paddock is in the background"))  # fmt: skip
        self.notifications.setObjectName("settingsNotifications")
        self.notifications.setAccessibleName(self.tr("Notifications"))
        self.notifications.setChecked(settings.get(options.NOTIFICATIONS))
        self.notifications.toggled.connect(lambda on: settings.set(options.NOTIFICATIONS, on))
        form.addRow(self.tr("Notifications"), self.notifications)

        self.technical = QCheckBox(self.tr("Show technical details (token counts and speeds)"))
        self.technical.setObjectName("technicalDetailsCheck")
        self.technical.setAccessibleName(self.tr("Show technical details"))
        self.technical.setToolTip(
            self.tr(
                "For people who know Ollama: figures in tokens, every model option under its "
                "own name, and a model's template and Modelfile"
            )
        )
        self.technical.setChecked(settings.get(options.TECHNICAL_DETAILS))
        self.technical.toggled.connect(lambda on: settings.set(options.TECHNICAL_DETAILS, on))
        self.technical.toggled.connect(self._show_technical)
        self._show_technical(self.technical.isChecked())
        form.addRow(self.tr("Details"), self.technical)

        self.check_updates = QCheckBox(self.tr("Look for newer versions of my models once a day"))
        self.check_updates.setObjectName("settingsCheckUpdates")
        self.check_updates.setAccessibleName(self.tr("Look for model updates daily"))
        self.check_updates.setToolTip(
            self.tr("Only checks, never downloads: updating stays your click in the Models tab")
        )
        self.check_updates.setChecked(settings.get(options.CHECK_MODEL_UPDATES))
        self.check_updates.toggled.connect(lambda on: settings.set(options.CHECK_MODEL_UPDATES, on))
        form.addRow(self.tr("Model updates"), self.check_updates)

        self.downloads = QSpinBox()
        self.downloads.setObjectName("settingsConcurrentDownloads")
        self.downloads.setAccessibleName(self.tr("Downloads at the same time"))
        self.downloads.setRange(1, 4)
        self.downloads.setValue(settings.get(options.CONCURRENT_DOWNLOADS))
        self.downloads.valueChanged.connect(
            lambda value: settings.set(options.CONCURRENT_DOWNLOADS, value)
        )
        form.addRow(self.tr("&Downloads at once"), self.downloads)

        # A long path is shortened in the middle (whole in the tooltip): wrapped, it broke
        # anywhere and its second line could be cut off.
        folder = ElidedLabel(str(data_dir), mode=Qt.TextElideMode.ElideMiddle)
        folder.setObjectName("settingsDataFolder")
        open_folder = QPushButton(self.tr("Open"))
        open_folder.setAccessibleName(self.tr("Open the data folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        )
        row = QHBoxLayout()
        row.addWidget(folder, 1)
        row.addWidget(open_folder)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Data folder"), holder)

        self.backup_button = QPushButton(self.tr("Back up all chats…"))
        self.backup_button.setObjectName("settingsBackupButton")
        self.backup_button.setAccessibleName(self.tr("Back up all chats to one file"))
        self.backup_button.setToolTip(self.tr("Save every chat in a single file"))
        self.backup_button.clicked.connect(self._choose_backup_file)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("settingsRestoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore chats from a backup"))
        self.restore_button.setToolTip(self.tr("Replace every chat with those in a backup file"))
        self.restore_button.clicked.connect(self._choose_restore_file)
        self.backup_status = plain_label(QLabel())  # names the backup file
        self.backup_status.setObjectName("settingsBackupStatus")
        self.backup_status.setWordWrap(True)
        backup_row = QHBoxLayout()
        backup_row.setContentsMargins(0, 0, 0, 0)
        backup_row.addWidget(self.backup_button)
        backup_row.addWidget(self.restore_button)
        backup_row.addStretch(1)
        backup_holder = QWidget()
        backup_holder.setLayout(backup_row)
        form.addRow(self.tr("Chats"), backup_holder)
        form.addRow("", self.backup_status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Changes apply at once.")))
        layout.addWidget(buttons)

    # --- plain words or technical details -------------------------------------------------------

    def _show_technical(self, shown: bool) -> None:
        """Keep-alive as three choices, or with technical details as a free value."""
        self.keep_alive.setVisible(shown)
        self.keep_alive_choice.setVisible(not shown)

    def _show_keep_alive_choice(self, value: str) -> None:
        while self.keep_alive_choice.count() > PLAIN_KEEP_ALIVE_CHOICES:
            self.keep_alive_choice.removeItem(PLAIN_KEEP_ALIVE_CHOICES)
        index = self.keep_alive_choice.findData(value)
        if index < 0:  # a value typed with technical details ("30m"): shown as it is
            self.keep_alive_choice.addItem(value, value)
            index = self.keep_alive_choice.count() - 1
        self.keep_alive_choice.setCurrentIndex(index)

    def _keep_alive_chosen(self, index: int) -> None:
        value = str(self.keep_alive_choice.itemData(index))
        self.keep_alive.setText(value)
        self.settings.set(options.DEFAULT_KEEP_ALIVE, value)

    # --- backup -------------------------------------------------------------------------------

    def _choose_backup_file(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Back up all chats"))
        dialog.setObjectName("backupFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("paddock-backup")
        dialog.setNameFilter(self.tr("Paddock backup (*.paddock-backup)"))
        stamp = time.strftime("%Y-%m-%d")
        name = self.tr("Paddock chats {date}").format(date=stamp)
        dialog.selectFile(str(Path.home() / f"{name}.paddock-backup"))
        dialog.fileSelected.connect(lambda path: self.backup_requested.emit(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _choose_restore_file(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Restore chats"))
        dialog.setObjectName("restoreFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Paddock backup (*.paddock-backup)"))
        dialog.fileSelected.connect(lambda path: self.confirm_restore(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def confirm_restore(self, path: Path) -> QMessageBox:
        box = plain_box(QMessageBox(self))
        box.setObjectName("restoreConfirmDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore chats?"))
        box.setText(self.tr("Replace every chat with the ones in {name}?").format(name=path.name))
        box.setInformativeText(self.tr("Back up your current chats first if you may want them."))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        restore.setObjectName("restoreConfirmButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: self.restore_requested.emit(path) if button is restore else None
        )
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def show_backup_busy(self, text: str) -> None:
        """A backup or restore is under way: say so, and take no second one meanwhile."""
        self.backup_status.setText(text)
        self.backup_button.setEnabled(False)
        self.restore_button.setEnabled(False)

    def show_backup_result(self, text: str) -> None:
        self.backup_status.setText(text)
        self.backup_button.setEnabled(True)
        self.restore_button.setEnabled(True)
