#!/usr/bin/env python3
"""Set up everything Paddock needs, then run the app or the tests.

    python3 packaging/bootstrap.py run  [app arguments]      e.g. run --server http://host:11434
    python3 packaging/bootstrap.py test [pytest arguments]   e.g. test -q tests/ollama

Standard library only: this must work with nothing but the system ``python3`` of a fresh
Debian 12 or Ubuntu 22.04+ (Python 3.11 or newer). It

1. installs the system libraries Qt needs (apt-get, as root or with password-less sudo;
   otherwise it prints the exact command to run and stops),
2. creates ``.venv`` beside the project, or reuses it while it works,
3. installs the project into it in editable mode with the ``dev`` extra — skipped when
   ``pyproject.toml`` has not changed since the last successful install, so repeated runs
   start in about a second,
4. replaces itself with the app or pytest, so their exit code is this command's exit code.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
# Written after a successful pip install; holds a fingerprint of what was installed.
STAMP = VENV / ".paddock-installed"

# What Qt needs to run at all (the offscreen platform included).
QT_LIBRARIES = [
    "libegl1", "libgl1", "libfontconfig1", "libfreetype6", "libx11-6", "libglib2.0-0",
    "libxkbcommon0", "libdbus-1-3", "fonts-dejavu-core",
]  # fmt: skip
# What Qt's xcb platform plugin needs for a real window on X11/XWayland.
WINDOW_LIBRARIES = [
    "libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xfixes0", "libxcb-xkb1",
    "libx11-xcb1",
]  # fmt: skip
# Only the tests need these: a real window under Xvfb (xvfb, xauth), curl against the test
# server (the Generate tab's "copy as curl"), and the checks on the .deb the tests build.
TEST_TOOLS = ["xvfb", "xauth", "curl", "desktop-file-utils", "appstream", "lintian"]


class SetupError(Exception):
    """A problem the user has to fix; its message says how. Printed without a traceback."""


def say(message: str) -> None:
    """One short progress line, so a slow first run never looks stuck."""
    print(f"Paddock setup: {message}", flush=True)


def check_python() -> None:
    """Stop early and plainly on an old Python instead of failing later in pip or the app."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs under any python3
        found = ".".join(map(str, sys.version_info[:3]))
        raise SetupError(
            f"Paddock needs Python 3.11 or newer; {sys.executable} is Python {found}.\n"
            "Run this script with a newer python3 (for example python3.11)."
        )


# --- system packages -------------------------------------------------------------------------


def missing_packages(packages: list[str]) -> list[str]:
    """The Debian packages among ``packages`` that are not installed.

    Empty on systems without dpkg: there we cannot tell, so we say so and carry on.
    """
    if shutil.which("dpkg-query") is None:
        say("no dpkg here, so not checking system libraries (Qt needs EGL, fontconfig, xcb)")
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
    if shutil.which("sudo") is None:
        return None
    probe = subprocess.run(["sudo", "-n", "true"], capture_output=True, check=False)
    return ["sudo", "-n"] if probe.returncode == 0 else None


def apt_install(packages: list[str], purpose: str) -> None:
    """Install Debian packages, or stop with the exact command when we may not."""
    if not packages:
        return
    install = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    if shutil.which("apt-get") is None:
        raise SetupError(
            f"Paddock needs {purpose}, and this is not a Debian/Ubuntu system.\n"
            f"Install the equivalents of: {' '.join(packages)}"
        )
    prefix = privilege_prefix()
    if prefix is None:
        raise SetupError(
            f"Paddock needs {purpose}. Please run:\n\n"
            f"    sudo apt-get update && sudo {' '.join(install)}\n\n"
            "then run this command again."
        )
    say(f"installing {purpose}: {' '.join(packages)}")
    # sudo resets the environment, so pass the non-interactive frontend through env(1).
    quiet = [*prefix, "env", "DEBIAN_FRONTEND=noninteractive"]
    if subprocess.run([*quiet, "apt-get", "update", "-qq"], check=False).returncode != 0:
        say("apt-get update reported problems; trying the install anyway")
    if subprocess.run([*quiet, *install, "-qq"], check=False).returncode != 0:
        raise SetupError(f"could not install {purpose}; the command was:\n    {' '.join(install)}")


# --- the virtual environment -----------------------------------------------------------------


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def probe_venv() -> tuple[bool, str]:
    """(usable, where ``desktop`` is imported from in it — "" when it is not installed).

    Usable means its python runs and has pip. A venv whose base Python was removed or moved
    to another minor version fails this and is rebuilt.
    """
    python = venv_python()
    if not python.exists():
        return False, ""
    code = (
        "import importlib.util as u; spec = u.find_spec('desktop');"
        "print(u.find_spec('pip') is not None); print(spec.origin if spec else '')"
    )
    # cwd outside the project: otherwise the checkout itself would satisfy 'import desktop'.
    result = subprocess.run(
        [python, "-c", code], capture_output=True, text=True, cwd=VENV, check=False
    )
    lines = result.stdout.splitlines()
    if result.returncode != 0 or len(lines) != 2 or lines[0] != "True":
        return False, ""
    return True, lines[1]


def ensurepip_available() -> bool:
    """Debian and Ubuntu ship ensurepip separately (python3.X-venv); without it no venv."""
    return importlib.util.find_spec("ensurepip") is not None


def ensure_venv() -> str:
    """Make sure ``.venv`` exists and works, building it again when it does not.

    Returns where ``desktop`` is imported from in it ("" when not installed yet).
    """
    usable, desktop_origin = probe_venv()
    if usable:
        return desktop_origin
    if VENV.exists():
        say("the virtual environment in .venv is broken; making a new one")
        shutil.rmtree(VENV)
    if not ensurepip_available():
        version = f"{sys.version_info.major}.{sys.version_info.minor}"
        apt_install([f"python{version}-venv"], "Python's venv module")
        if not ensurepip_available():
            raise SetupError(
                f"{sys.executable} still has no ensurepip module, so it cannot make a virtual "
                f"environment. Install python{version}-venv for this Python and try again."
            )
    say("creating the virtual environment in .venv")
    try:
        # Symlinks on POSIX, like `python3 -m venv`: the venv follows patch updates of Python.
        venv.EnvBuilder(with_pip=True, symlinks=os.name != "nt").create(VENV)
    except (subprocess.CalledProcessError, OSError, SystemExit) as error:
        # Debian's venv calls sys.exit() itself when ensurepip is missing or fails.
        shutil.rmtree(VENV, ignore_errors=True)
        detail = "see the message above" if isinstance(error, SystemExit) else str(error)
        raise SetupError(f"could not create the virtual environment in {VENV}: {detail}") from None
    return ""


def install_fingerprint() -> str:
    """Changes when the requirements or the project's place change, i.e. pip has work to do."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(str(ROOT).encode())
    return digest.hexdigest()


def ensure_python_packages(desktop_origin: str) -> None:
    """``pip install -e .[dev]``, unless the same pyproject.toml is already installed here.

    ``desktop_origin`` must lie in this checkout: a venv copied along with the project still
    points at the old one.
    """
    installed_here = desktop_origin.startswith(str(ROOT / "desktop") + os.sep)
    fingerprint = install_fingerprint()
    if installed_here and STAMP.exists() and STAMP.read_text().strip() == fingerprint:
        return
    say("installing Python packages (the first run takes a minute or two)")
    STAMP.unlink(missing_ok=True)
    # -qq: errors only; setuptools' editable-install notice means nothing to a user.
    pip = [str(venv_python()), "-m", "pip", "--disable-pip-version-check", "-qq"]
    for arguments in (["install", "--upgrade", "pip"], ["install", "-e", f"{ROOT}[dev]"]):
        if subprocess.run([*pip, *arguments], check=False).returncode != 0:
            raise SetupError(f"pip failed: pip {' '.join(arguments)} (its output is above)")
    STAMP.write_text(fingerprint)


# --- hand over -------------------------------------------------------------------------------


def warn_if_no_display() -> None:
    """Say in plain words why the window will not open, before Qt says it in its own."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        say("no display found (DISPLAY and WAYLAND_DISPLAY are unset); the window cannot open")


def hand_over(command: list[str]) -> int:
    """Become ``command`` so its exit code and signals are ours; Windows has no real exec."""
    sys.stdout.flush()
    if os.name == "nt":
        return subprocess.run(command, check=False).returncode
    os.execv(command[0], command)
    return 0  # not reached


def main(argv: list[str]) -> int:
    check_python()
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    mode, rest = argv[0], argv[1:]
    wanted = QT_LIBRARIES + WINDOW_LIBRARIES
    if mode == "test":
        wanted += TEST_TOOLS
    purpose = "system packages for Qt" + (" and the tests" if mode == "test" else "")
    apt_install(missing_packages(wanted), purpose)
    ensure_python_packages(ensure_venv())
    python = str(venv_python())
    if mode == "run":
        warn_if_no_display()
        # Stay in the caller's folder: relative paths such as --data-dir mean what they say.
        return hand_over([python, "-m", "desktop", *rest])
    # pytest reads its defaults (testpaths, qt_api, markers) from pyproject.toml at the root.
    os.chdir(ROOT)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return hand_over([python, "-m", "pytest", *rest])


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except SetupError as problem:
        sys.exit(f"Paddock setup stopped: {problem}")
    except KeyboardInterrupt:
        sys.exit(130)
