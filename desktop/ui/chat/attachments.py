"""Images in a chat: reading what the user attaches, thumbnails before sending and in the
transcript.

Only files the user chose (dialog, drop, paste) are ever read, only regular files, and only if
Qt can decode them as an image. Images are kept as bytes (storage keeps BLOBs; the client
base64-encodes them on the wire).
"""

from __future__ import annotations

import contextlib
import functools
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop.storage.records import AttachmentInfo, NewAttachment
from desktop.ui.common.design import SPACE_S
from desktop.ui.common.plain import plain_line, plain_tooltip
from desktop.ui.common.words import translate

MAX_IMAGE_BYTES = 25 * 1024 * 1024
THUMBNAIL = QSize(150, 110)
SMALL_THUMBNAIL = QSize(72, 56)
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"
_MIME = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "webp": "image/webp",
         "gif": "image/gif", "bmp": "image/bmp"}  # fmt: skip


class ImageProblem(Exception):
    """Plain words: why this file can't be attached."""


def image_format(data: bytes) -> str:
    """Qt's name for the image format of ``data`` ("png", "jpeg"...), "" if not an image."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    return bytes(reader.format().data()).decode("ascii", "replace").lower()


def attachment_from_bytes(data: bytes, name: str = "") -> NewAttachment:
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageProblem(
            translate("Attachments", "This image is larger than 25 MB. Use a smaller one.")
        )
    kind = image_format(data)
    if not kind or QImage.fromData(data).isNull():
        raise ImageProblem(translate("Attachments", "This file isn't an image Paddock can read."))
    if kind not in _MIME:  # other formats: convert to PNG, which every vision model reads
        data = png_bytes(QImage.fromData(data))
        kind = "png"
    return NewAttachment(data, _MIME[kind], name)


def attachment_from_file(path: Path) -> NewAttachment:
    """Read an image the user chose. Refuses anything but a regular file (a FIFO would hang)."""
    if not path.is_file():
        raise ImageProblem(translate("Attachments", "That isn't a file Paddock can attach."))
    if path.stat().st_size > MAX_IMAGE_BYTES:
        raise ImageProblem(
            translate("Attachments", "This image is larger than 25 MB. Use a smaller one.")
        )
    return attachment_from_bytes(path.read_bytes(), path.name)


def attachment_from_image(image: QImage, name: str = "pasted image.png") -> NewAttachment:
    return NewAttachment(png_bytes(image), "image/png", name)


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def attachments_from_mime(mime: QMimeData) -> tuple[list[NewAttachment], list[str]]:
    """Images in a drop or a paste: (attachments, problems in plain words)."""
    found: list[NewAttachment] = []
    problems: list[str] = []
    if mime.hasUrls():
        for url in mime.urls():
            if not url.isLocalFile():
                problems.append(
                    translate("Attachments", "Only images from this computer can be attached.")
                )
                continue
            try:
                found.append(attachment_from_file(Path(url.toLocalFile())))
            except (ImageProblem, OSError) as exc:
                problems.append(str(exc) if isinstance(exc, ImageProblem) else
                                "That file couldn't be read.")  # fmt: skip
    elif mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            found.append(attachment_from_image(image))
    return found, problems


class _PixmapCache:
    """Decoded thumbnails by key, so scrolling back and forth never decodes twice."""

    def __init__(self, size: int = 200) -> None:
        self._items: OrderedDict[object, QPixmap] = OrderedDict()
        self._size = size

    def get(self, key: object, make: Callable[[], QPixmap]) -> QPixmap:
        found = self.find(key)
        if found is not None:
            return found
        return self.put(key, make())

    def find(self, key: object) -> QPixmap | None:
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key]
        return None

    def put(self, key: object, pixmap: QPixmap) -> QPixmap:
        self._items[key] = pixmap
        if len(self._items) > self._size:
            self._items.popitem(last=False)
        return pixmap


_cache = _PixmapCache()


def thumbnail(data: bytes, size: QSize) -> QPixmap:
    image = QImage.fromData(data)
    if image.isNull():
        placeholder = QPixmap(size)
        placeholder.fill(Qt.GlobalColor.lightGray)
        return placeholder
    return QPixmap.fromImage(
        image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    )


ImageLoader = Callable[[int, Callable[[bytes], None]], None]
"""Read a stored image's bytes off the GUI thread and hand them to the callback (on it)."""


class ThumbnailRow(QWidget):
    """The images of a stored message, as thumbnails (read from storage when shown).

    A thumbnail not decoded yet shows as a grey square of its size while its bytes are read
    on the storage thread, so the row's height never changes when it arrives.
    """

    def __init__(self, load_image: ImageLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load = load_image
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(SPACE_S)
        self._row.addStretch(1)
        self.labels: list[QLabel] = []
        self.hide()

    def set_attachments(self, attachments: Sequence[AttachmentInfo]) -> None:
        for label in self.labels:
            self._row.removeWidget(label)
            label.deleteLater()
        self.labels = []
        for info in attachments:
            # The whole record, not the id alone: ids start again in a restored database.
            key = ("stored", info.id, info.message_id, info.mime_type, info.name, info.size)
            pixmap = _cache.find(key)
            if pixmap is None:
                pixmap = thumbnail(b"", THUMBNAIL)  # a placeholder until the bytes arrive
                self._load(info.id, functools.partial(self._arrived, key, len(self.labels)))
            label = QLabel()
            label.setObjectName("messageImage")
            # File names are untrusted: shown literally, one line.
            label.setAccessibleName(plain_line(info.name) or self.tr("Image"))
            label.setToolTip(plain_tooltip(plain_line(info.name)) or self.tr("Image"))
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())
            self._row.insertWidget(len(self.labels), label)
            self.labels.append(label)
        self.setVisible(bool(self.labels))

    def _arrived(self, key: object, index: int, data: bytes) -> None:
        pixmap = _cache.find(key) or _cache.put(key, thumbnail(data, THUMBNAIL))
        if index < len(self.labels):
            with contextlib.suppress(RuntimeError):  # the message was closed meanwhile
                self.labels[index].setPixmap(pixmap)


class PendingImages(QWidget):
    """Images attached in the composer, not sent yet: thumbnails with a remove button."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatPendingImages")
        self.setAccessibleName(self.tr("Images to send"))
        self.images: list[NewAttachment] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(SPACE_S)
        self._row.addStretch(1)
        self._items: list[QWidget] = []
        self.hide()

    def add(self, attachments: Sequence[NewAttachment]) -> None:
        self.images.extend(attachments)
        self._rebuild()

    def remove(self, index: int) -> None:
        if 0 <= index < len(self.images):
            del self.images[index]
            self._rebuild()

    def take(self) -> list[NewAttachment]:
        images, self.images = self.images, []
        self._rebuild()
        return images

    def _rebuild(self) -> None:
        for item in self._items:
            self._row.removeWidget(item)
            item.deleteLater()
        self._items = []
        for index, image in enumerate(self.images):
            item = QWidget()
            column = QVBoxLayout(item)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            label = QLabel()
            label.setObjectName("pendingImage")
            label.setAccessibleName(plain_line(image.name) or self.tr("Image"))
            label.setToolTip(plain_tooltip(plain_line(image.name)) or self.tr("Image"))
            label.setPixmap(thumbnail(image.data, SMALL_THUMBNAIL))
            remove = QToolButton()
            remove.setObjectName("removeImageButton")
            remove.setAccessibleName(self.tr("Remove this image"))
            remove.setToolTip(self.tr("Don't send this image"))
            remove.setText(self.tr("Remove"))
            remove.setAutoRaise(True)
            remove.clicked.connect(lambda _=False, i=index: self.remove(i))
            column.addWidget(label)
            column.addWidget(remove, 0, Qt.AlignmentFlag.AlignHCenter)
            self._row.insertWidget(index, item)
            self._items.append(item)
        self.setVisible(bool(self.images))
        self.changed.emit()
