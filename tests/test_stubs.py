"""The hand-written stubs match the built module, and type-check real use."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

import jixiao

REPO = Path(__file__).resolve().parent.parent


def require_mypy() -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (pip install mypy, or the 'test' extra)")


def mypy(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # Run in `cwd` (a temporary directory): outside the repository, so the installed
    # package is what gets checked, and the cache is written there.
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )


def test_installed_stubs_are_the_repository_ones() -> None:
    installed = Path(jixiao.__file__).parent
    for name in ("_native.pyi", "py.typed", "errors.py", "__init__.py"):
        assert (installed / name).is_file(), f"{name} is missing from the installed package"
        ours = REPO / "python" / "jixiao" / name
        assert (installed / name).read_bytes() == ours.read_bytes(), f"installed {name} is stale: rebuild the wheel"


def test_stubtest(tmp_path: Path) -> None:
    require_mypy()
    done = mypy("mypy.stubtest", "jixiao._native", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_stubs_type_check_use_and_misuse(tmp_path: Path) -> None:
    require_mypy()
    good = tmp_path / "good.py"
    good.write_text(
        "import jixiao\n"
        "f = jixiao.parse('a.txt', encoding='gbk')\n"
        "op: str | None = f.projects[0].indicators[0].target.op\n"
        "year: int | None = f.year\n"
        "total = f.to_dict()['projects'][0]['funds']['annual']\n"
        "first, last = f.projects[0].lines\n"
        "try:\n"
        "    jixiao.parse(b'')\n"
        "except jixiao.EmptyInputError as e:\n"
        "    message: str = str(e)\n",
        encoding="utf-8",
    )
    done = mypy("mypy", "--strict", str(good), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import jixiao\n"
        "f = jixiao.parse(3)\n"
        "y: str = jixiao.parse('a').year\n"
        "jixiao.parse('a', 'text')\n",
        encoding="utf-8",
    )
    done = mypy("mypy", "--strict", str(bad), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.count("error:") == 3, done.stdout


def test_version() -> None:
    from importlib.metadata import version

    assert jixiao.__version__ == version("jixiao")
    cargo = (REPO / "Cargo.toml").read_text(encoding="utf-8")
    assert f'\nversion = "{jixiao.__version__}"\n' in cargo
