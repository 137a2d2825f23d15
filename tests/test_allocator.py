"""jixiao's allocator turns transparent huge pages off for its own arenas (see
src/python/allocator.rs), and leaves the choice to the user who sets
MIMALLOC_ALLOW_THP. The option is set by its number in mimalloc.h; the second test
proves the number is the option mimalloc reads from that variable."""

import os
import subprocess
import sys

_PROBE = "import jixiao; print(jixiao._native._allocator_allow_thp())"


def _option_in_fresh_process(env_value: str | None) -> int:
    env = {k: v for k, v in os.environ.items() if k != "MIMALLOC_ALLOW_THP"}
    if env_value is not None:
        env["MIMALLOC_ALLOW_THP"] = env_value
    out = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def test_huge_pages_are_off_by_default() -> None:
    assert _option_in_fresh_process(None) == 0


def test_the_option_number_is_the_one_mimalloc_reads_from_the_environment() -> None:
    # mimalloc reads MIMALLOC_ALLOW_THP into its allow_thp option when the module
    # loads, and jixiao then leaves it alone. 2 is a valid setting (huge pages, and
    # purges in whole huge pages) that no neighbouring option has as its default:
    # reading it back shows the number jixiao sets is that option.
    assert _option_in_fresh_process("2") == 2

