"""Render the SVG app icon to PNG sizes, a Windows .ico and a macOS .icns.

    python packaging/make_icons.py OUT_DIR

Qt's SVG renderer draws each size (crisper than scaling one bitmap); the .ico and .icns
containers are written here (both simply hold PNG images), so no other tool is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "paddock.svg"
PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512,
              b"ic10": 1024, b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512}  # fmt: skip


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    entries, offset = [], 6 + 16 * len(images)
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        offset += len(png)
    return struct.pack("<HHH", 0, 1, len(images)) + b"".join(entries) + b"".join(images.values())


def icns(render_size) -> bytes:
    chunks = b""
    for kind, size in ICNS_TYPES.items():
        scale = 2 if kind in (b"ic11", b"ic12", b"ic13", b"ic14") else 1
        png = render_size(size * scale if scale == 2 else size)
        chunks += kind + struct.pack(">I", len(png) + 8) + png
    return b"icns" + struct.pack(">I", len(chunks) + 8) + chunks


def main(out: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    folder = Path(out)
    cache: dict[int, bytes] = {}

    def sized(size: int) -> bytes:
        if size not in cache:
            cache[size] = render(size)
        return cache[size]

    for size in PNG_SIZES:
        target = folder / "hicolor" / f"{size}x{size}" / "apps" / "paddock.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(sized(size))
    scalable = folder / "hicolor" / "scalable" / "apps" / "paddock.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SVG.read_bytes())
    (folder / "paddock.ico").write_bytes(ico({size: sized(size) for size in ICO_SIZES}))
    (folder / "paddock.icns").write_bytes(icns(sized))
    (folder / "paddock.png").write_bytes(sized(256))
    print(f"icons written to {folder}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "build" / "icons"))
