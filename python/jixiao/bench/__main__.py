"""``python -m jixiao.bench COMMAND ...`` — see :mod:`jixiao.bench`."""

from __future__ import annotations

import sys

from jixiao.bench import formats, generate, memory, run

COMMANDS = {"generate": generate.main, "run": run.main, "formats": formats.main, "memory": memory.main}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] not in COMMANDS:
        print(f"usage: python -m jixiao.bench {{{','.join(COMMANDS)}}} ...", file=sys.stderr)
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
