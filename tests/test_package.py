"""The installed package works outside the repository: wheel and editable installs."""
import json
import os
import subprocess
import sys
import zipfile

import pytest

from digest.render import builtin_templates_dir

from .conftest import ROOT, SEEDS


def test_editable_install_finds_the_builtin_templates():
    folder = builtin_templates_dir()
    assert (folder / "digest.html.j2").is_file() and (folder / "digest.md.j2").is_file()


@pytest.mark.slow
def test_wheel_ships_templates_and_builds_outside_the_repository(tmp_path):
    wheel_dir = tmp_path / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
                    "--quiet", "-w", str(wheel_dir)], check=True)
    (wheel,) = wheel_dir.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "digest/templates/digest.html.j2" in names and "digest/data/taxonomy.toml" in names
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target),
                    str(wheel)], check=True)
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    env = dict(os.environ, PYTHONPATH=str(target))
    result = subprocess.run([sys.executable, "-m", "digest", "build", str(SEEDS / "002_1d26c81a2338d4c1.txt"),
                             "--out", "o", "--week", "2025-W14"], cwd=workdir, env=env, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no library noise on the terminal
    check = subprocess.run([sys.executable, "-c", "import digest.render as r; print(r.builtin_templates_dir())"],
                           cwd=workdir, env=env, capture_output=True, text=True)
    assert str(target) in check.stdout
    data = json.loads((workdir / "o" / "digest-2025-W14.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 7
    assert "<article" in (workdir / "o" / "digest-2025-W14.html").read_text(encoding="utf-8")
