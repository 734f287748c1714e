#!/usr/bin/env python3
"""Set up everything Paddock needs, then run the app or the tests.

    python3 packaging/bootstrap.py run  [app arguments]
    python3 packaging/bootstrap.py test [pytest arguments]

Standard library only: this runs on a fresh Debian/Ubuntu with nothing but Python 3.11+. It
installs the system libraries Qt needs (apt-get, as root or with password-less sudo; otherwise
it prints the exact command and stops), creates or reuses ``.venv`` beside the project, and
installs the project into it — skipping pip when nothing changed since the last install.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".paddock-installed"

# What Qt needs to run at all (offscreen included), then for a real window on X11/XWayland.
QT_LIBRARIES = [
    "libegl1", "libgl1", "libfontconfig1", "libfreetype6", "libx11-6", "libglib2.0-0",
    "libxkbcommon0", "libdbus-1-3", "fonts-dejavu-core",
]  # fmt: skip
WINDOW_LIBRARIES = [
    "libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xfixes0", "libxcb-xkb1",
    "libx11-xcb1",
]  # fmt: skip
# The tests drive a real window under Xvfb, call curl against the test server, and validate
# the .deb they build (desktop file, AppStream metadata, lintian).
TEST_TOOLS = ["xvfb", "xauth", "curl", "desktop-file-utils", "appstream", "lintian"]


def say(message: str) -> None:
    print(f"Paddock setup: {message}", flush=True)


def check_python() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs under any python3
        found = ".".join(map(str, sys.version_info[:3]))
        sys.exit(f"Paddock needs Python 3.11 or newer; this is Python {found}.")


def missing_packages(packages: list[str]) -> list[str]:
    """Debian packages not installed yet (empty on systems without dpkg)."""
    if shutil.which("dpkg-query") is None:
        return []
    missing = []
    for package in packages:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package],
            capture_output=True,
            text=True,
            check=False,
        )
        if "install ok installed" not in result.stdout:
            missing.append(package)
    return missing


def privilege_prefix() -> list[str] | None:
    """How to run apt-get: directly as root, with password-less sudo, or not at all (None)."""
    if os.geteuid() == 0:
        return []
    if (
        shutil.which("sudo")
        and subprocess.run(["sudo", "-n", "true"], capture_output=True, check=False).returncode == 0
    ):
        return ["sudo", "-n"]
    return None


def apt_install(packages: list[str]) -> None:
    if not packages:
        return
    if shutil.which("apt-get") is None:
        say("not a Debian/Ubuntu system; make sure these are installed: " + " ".join(packages))
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    prefix = privilege_prefix()
    if prefix is None:
        sys.exit(
            "Paddock needs some system libraries. Please run:\n\n"
            f"    sudo apt-get update && sudo {' '.join(command)}\n\nthen run this command again."
        )
    say("installing system libraries: " + " ".join(packages))
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=True, env=environment)
    subprocess.run([*prefix, *command, "-qq"], check=True, env=environment)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def venv_works() -> bool:
    python = venv_python()
    if not python.exists():
        return False
    return subprocess.run([python, "-c", "import sys"], capture_output=True).returncode == 0


def ensure_venv() -> None:
    if venv_works():
        return
    if VENV.exists():
        say("the virtual environment is broken; making a new one")
        shutil.rmtree(VENV)
    say("creating the virtual environment in .venv")
    try:
        venv.EnvBuilder(with_pip=True).create(VENV)
    except (subprocess.CalledProcessError, OSError):
        # Debian ships ensurepip separately (python3.X-venv); install it and try again.
        shutil.rmtree(VENV, ignore_errors=True)
        version = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"
        apt_install([package for package in ("python3-venv", version) if package])
        venv.EnvBuilder(with_pip=True).create(VENV)


def install_fingerprint() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def ensure_python_packages() -> None:
    fingerprint = install_fingerprint()
    if STAMP.exists() and STAMP.read_text().strip() == fingerprint:
        return
    say("installing Python packages (first run takes a minute)")
    pip = [str(venv_python()), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "install", "-e", f"{ROOT}[dev]"], check=True)
    STAMP.write_text(fingerprint)


def main(argv: list[str]) -> int:
    check_python()
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    mode, rest = argv[0], argv[1:]
    wanted = QT_LIBRARIES + WINDOW_LIBRARIES + (TEST_TOOLS if mode == "test" else [])
    apt_install(missing_packages(wanted))
    ensure_venv()
    ensure_python_packages()
    os.chdir(ROOT)
    python = str(venv_python())
    if mode == "run":
        os.execv(python, [python, "-m", "desktop", *rest])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.execv(python, [python, "-m", "pytest", *rest])
    return 0  # not reached: exec replaced this process


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
