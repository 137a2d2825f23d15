"""Shared fixtures: where ../shared is, and the four seed filings.

Tests that read ../shared (beside the repository, as in CI) skip, saying why,
when it is absent, so the package's own tests still run elsewhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
TRUTH = SHARED / "spec" / "truth"

# The four founding filings, one per layout (tests/golden_seeds.rs checks the same).
SEED_STEMS = [
    "000_745e885c1d9c7d4d",
    "001_3c5feb4450205158",
    "002_f456bd2ab518867e",
    "004_2a810ef67890c9d0",
]


def _seed_path(stem: str) -> Path:
    path = SEEDS / f"{stem}.txt"
    if not path.is_file():
        pytest.skip(f"../shared is not beside the repository: {path} is missing")
    return path


@pytest.fixture(params=SEED_STEMS)
def seed(request: pytest.FixtureRequest) -> Path:
    """Each seed filing in turn."""
    return _seed_path(request.param)


@pytest.fixture
def seed000() -> Path:
    """Seed 000: five projects with side-by-side 中期/年度 indicator tables."""
    return _seed_path(SEED_STEMS[0])
