"""The release workflow and installer recipes are valid and call only what exists."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
ACTIONLINT = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which(
    "actionlint"
)
SCRIPT_PATH = re.compile(r"(?:\./)?(packaging/[\w./-]+)")


def referenced_scripts(text: str) -> set[str]:
    return {match.rstrip(".") for match in SCRIPT_PATH.findall(text)}


@pytest.mark.skipif(ACTIONLINT is None, reason="actionlint not installed")
def test_actionlint_accepts_the_workflow() -> None:
    result = subprocess.run([str(ACTIONLINT), str(WORKFLOW)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_script_the_workflow_calls_exists() -> None:
    scripts = referenced_scripts(WORKFLOW.read_text())
    assert {"packaging/bootstrap.py", "packaging/linux/build-deb"} <= scripts
    assert "packaging/windows/build.ps1" in scripts and "packaging/macos/build-dmg" in scripts
    missing = [script for script in sorted(scripts) if not (ROOT / script).is_file()]
    assert not missing, f"the workflow calls scripts that do not exist: {missing}"


def test_build_scripts_call_only_existing_files() -> None:
    for recipe in ("packaging/windows/build.ps1", "packaging/macos/build-dmg"):
        scripts = referenced_scripts((ROOT / recipe).read_text())
        assert "packaging/paddock.spec" in scripts and "packaging/make_icons.py" in scripts
        missing = [s for s in sorted(scripts) if not (ROOT / s).is_file()]
        assert not missing, f"{recipe} calls missing files: {missing}"


def test_posix_build_scripts_are_executable_and_parse() -> None:
    for script in ("packaging/macos/build-dmg", "packaging/linux/build-deb"):
        path = ROOT / script
        assert path.stat().st_mode & 0o111, f"{script} is not executable"
    subprocess.run(["bash", "-n", str(ROOT / "packaging/macos/build-dmg")], check=True)


def test_inno_setup_script_names_the_frozen_app_and_icon() -> None:
    text = (ROOT / "packaging/windows/paddock.iss").read_text()
    assert "PrivilegesRequired=lowest" in text  # per-user install by default
    assert r'#define SourceDir "..\..\build\dist\paddock"' in text
    assert r"SetupIconFile=..\..\build\icons\paddock.ico" in text
    assert "{uninstallexe}" in text and "{group}\\Paddock" in text


def test_spec_builds_a_mac_app_bundle_with_high_dpi() -> None:
    text = (ROOT / "packaging/paddock.spec").read_text()
    assert "BUNDLE(" in text and '"NSHighResolutionCapable": True' in text
    assert 'bundle_identifier="app.paddock.Paddock"' in text


def test_icons_render_to_every_container(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "packaging/make_icons.py"), str(tmp_path)],
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "paddock.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (tmp_path / "paddock.icns").read_bytes()[:4] == b"icns"
    png = tmp_path / "hicolor" / "512x512" / "apps" / "paddock.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
