"""The four founding filings, bundled so that jixiao can be tried without data.

    >>> import jixiao, jixiao.examples
    >>> f = jixiao.parse(jixiao.examples.path("000"))

They are text extracted from published PDF and DOCX filings, in four layouts:
000 (六安, 中期/年度 side by side), 001 (弋阳, single-year rows), 002 (滨海, one cell
per line with descriptions) and 004 (乐亭, department goals, spend plan, cut off).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["names", "path", "paths"]

_DATA = "data"


def names() -> list[str]:
    """Stems of the bundled filings, sorted ("000_745e885c1d9c7d4d", ...)."""
    folder = resources.files(__name__).joinpath(_DATA)
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt"))


def path(name: str) -> Path:
    """Path of a bundled filing; `name` may be a prefix such as "000"."""
    matches = [n for n in names() if n.startswith(name)]
    if len(matches) != 1:
        raise KeyError(f"no single bundled example starts with {name!r}; have {names()}")
    return Path(str(resources.files(__name__).joinpath(_DATA, matches[0] + ".txt")))


def paths() -> list[Path]:
    """Paths of all bundled filings."""
    return [path(n) for n in names()]
