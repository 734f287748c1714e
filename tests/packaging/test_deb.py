"""Build the .deb, install it, start the installed app (slow: a full freeze and compression)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAX_DEB_BYTES = 45 * 1024 * 1024

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian/Ubuntu)"),
]


@pytest.fixture(scope="module")
def deb(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("deb")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "linux" / "build-deb"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    print(result.stdout[-3000:])
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (package,) = out.glob("paddock_*_amd64.deb")
    return package


@pytest.fixture(scope="module")
def unpacked(deb: Path, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def self_check(executable: Path | str, *, xvfb: bool = False) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "xcb" if xvfb else "offscreen"}
    command = [str(executable), "--self-check", "--data-dir", "/tmp/paddock-deb-check"]
    if xvfb:
        command = ["xvfb-run", "-a", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=environment)


def test_package_size_and_metadata(deb: Path) -> None:
    size = deb.stat().st_size
    print(f".deb size: {size / 1e6:.1f} MB")
    assert size <= MAX_DEB_BYTES
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True).stdout
    assert "Package: paddock" in fields
    for library in ("libxcb-cursor0", "libegl1", "libfontconfig1", "libxkbcommon-x11-0"):
        assert library in fields


def test_installed_layout(unpacked: Path) -> None:
    assert (unpacked / "opt/paddock/paddock").is_file()
    assert os.readlink(unpacked / "usr/bin/paddock") == "/opt/paddock/paddock"
    assert (unpacked / "usr/share/applications/app.paddock.Paddock.desktop").is_file()
    assert (unpacked / "usr/share/metainfo/app.paddock.Paddock.metainfo.xml").is_file()
    assert (unpacked / "usr/share/icons/hicolor/256x256/apps/paddock.png").is_file()
    assert (unpacked / "usr/share/icons/hicolor/scalable/apps/paddock.svg").is_file()
    assert (unpacked / "opt/paddock/_internal/resources/icons/paddock.svg").is_file()
    for language in ("de", "es"):  # compiled by the spec; the app can't compile when frozen
        translations = unpacked / "opt/paddock/_internal/resources/translations"
        assert (translations / f"paddock_{language}.qm").is_file()
        assert list(
            unpacked.glob(f"opt/paddock/_internal/PySide6/Qt/translations/qtbase_{language}.qm")
        )


def test_installed_app_self_check_offscreen(unpacked: Path) -> None:
    started = time.perf_counter()
    result = self_check(unpacked / "opt/paddock/paddock")
    elapsed = time.perf_counter() - started
    print(f"frozen self-check (first run after install): {elapsed:.2f} s")
    assert result.returncode == 0, result.stderr
    assert "self-check passed" in result.stdout


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run")
def test_installed_app_self_check_in_a_real_x_window(unpacked: Path) -> None:
    result = self_check(unpacked / "opt/paddock/paddock", xvfb=True)
    assert result.returncode == 0, result.stderr
    assert "self-check passed" in result.stdout


@pytest.mark.skipif(
    not (os.environ.get("CI") and hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="installs into the system: only on CI, as root",
)
def test_apt_installs_and_removes_it(deb: Path) -> None:
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = subprocess.run(
        ["apt-get", "install", "-y", "--no-install-recommends", str(deb)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=600,
    )
    assert install.returncode == 0, install.stdout[-2000:] + install.stderr[-2000:]
    try:
        result = self_check("/usr/bin/paddock")
        assert result.returncode == 0, result.stderr
    finally:
        subprocess.run(["apt-get", "remove", "-y", "paddock"], capture_output=True, env=environment)
