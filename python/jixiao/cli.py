"""The ``jixiao`` command: check performance target tables like a linter.

    jixiao check PATH... [--format text|json] [--select CODES] [--ignore CODES]
    jixiao rules [--format text|json]

Installed as the ``jixiao`` script and runnable as ``python -m jixiao``. Each file is
read with :func:`jixiao.parse`; nothing here knows about formats or rules.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import jixiao

#: Files a directory walk picks up (a file named on the command line is always read).
#: `.wps` and `.et` are WPS Office's own names, common in Chinese government offices, for
#: files in Word's and Excel's binary formats; the reader tells formats by content.
EXTENSIONS = frozenset(
    {".txt", ".text", ".csv", ".htm", ".html", ".mht", ".mhtml", ".doc", ".docx", ".xlsx", ".xlsm", ".xls", ".pdf", ".zip"}
    | {".wps", ".et"}
)

EXIT_CLEAN, EXIT_FINDINGS, EXIT_TROUBLE = 0, 1, 2
SEVERITIES = ("info", "warning", "error")

CHECK_HELP = """\
Read each filing (a 项目支出绩效目标表 as text, DOCX, XLSX/XLS, HTML or PDF) and print
its findings, one per line:

    path:line: CODE severity message

(findings about a whole document have no line: "path: CODE severity message"). A
directory is walked recursively for files ending in {exts}; hidden files and
directories are skipped. A .zip archive is opened like a directory, each member a
filing (archive.zip/member in the output). A summary goes to stderr.

Rules are chosen like ruff's: --select and --ignore take codes or prefixes, comma
separated or repeated ("V" = every value rule, "F00" = F001-F007, "ALL"). With no
--select every rule runs; the most specific matching entry wins and --ignore wins a
tie, so "--select V001 --ignore V" runs V001 alone. An unknown code is a usage error.
"jixiao rules" lists the codes; docs/rules.md explains them.

exit status:
  0  no error-severity finding
  1  at least one error-severity finding
  2  a file could not be read, or the command line is wrong

examples:
  jixiao check filings/
  jixiao check a.docx b.pdf --format json > findings.json
  jixiao check filings/ --select T,V --ignore V004 --satisfaction-min 85
""".format(exts=", ".join(sorted(EXTENSIONS)))


def _codes(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [c for v in values for c in v.replace(" ", ",").split(",") if c]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jixiao",
        description="Check Chinese budget performance target tables (项目支出绩效目标表).",
        epilog='Run "jixiao check --help" for the checks, "jixiao rules" for the rule catalogue.',
    )
    parser.add_argument("--version", action="version", version=f"jixiao {jixiao.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    check = sub.add_parser(
        "check",
        help="check filings and print their findings",
        description=CHECK_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("paths", nargs="+", metavar="PATH", help="a filing, or a directory of filings")
    check.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    check.add_argument("--select", action="append", metavar="CODES", help="run only these rules (codes or prefixes)")
    check.add_argument("--ignore", action="append", metavar="CODES", help="do not run these rules (codes or prefixes)")
    check.add_argument(
        "--satisfaction-min", type=float, default=80.0, metavar="PERCENT",
        help="V008: lowest acceptable 满意度 target in percent (default: 80)",
    )
    check.add_argument(
        "--quantified-min", type=float, default=0.5, metavar="SHARE",
        help="V007: lowest acceptable share of quantified targets per project, 0-1 (default: 0.5)",
    )
    check.add_argument(
        "--framework", choices=("auto", "A", "B"), default="auto",
        help="indicator framework for T001/T002/T007: A (88号, 成本 under 产出), B (101号, 成本 as 一级), "
        "or auto-detect per project (default)",
    )
    check.add_argument(
        "--min-severity", choices=SEVERITIES, default="info",
        help="print only findings at least this severe (default: info); the exit status counts all",
    )

    rules = sub.add_parser("rules", help="list the rule catalogue", description="List every rule: code, severity, summary, basis.")
    rules.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    return parser


def walk(path: Path) -> Iterator[Path]:
    """The files to check under `path`, in a stable order; a zip archive stands for its
    members, as in :func:`jixiao.read`."""
    if not path.is_dir():
        yield from _members(path)
        return
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in EXTENSIONS:
                yield from _members(Path(root) / name)


def _members(path: Path) -> Iterator[Path]:
    if path.suffix.lower() == ".zip" and path.is_file():
        yield from (Path(p) for p in jixiao.expand(str(path)))
    else:
        yield path


def _sort_key(d: jixiao.Diagnostic) -> tuple[int, int]:
    # Document-level findings first, then by line; the catalogue order stays within a line.
    return (0 if d.line is None else 1, d.line or 0)


def check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        rules = jixiao.Rules(
            select=_codes(args.select),
            ignore=_codes(args.ignore),
            satisfaction_min=args.satisfaction_min,
            quantified_min=args.quantified_min,
            framework=args.framework,
        )
    except jixiao.RuleSettingsError as e:
        print(f"jixiao: error: {e}", file=err)
        return EXIT_TROUBLE
    shown_from = SEVERITIES.index(args.min_severity)
    counts = dict.fromkeys(SEVERITIES, 0)
    findings: list[dict[str, Any]] = []
    failures: list[dict[str, str]] = []
    files = 0
    for given in args.paths:
        # A missing path is not checked here: jixiao.parse says "no such file", and a
        # path inside a zip archive (bundle.zip/表1.pdf) exists only to it.
        for path in walk(Path(given)):
            files += 1
            try:
                filing = jixiao.parse(path, rules=rules)
            except (jixiao.JixiaoError, OSError) as e:
                failures.append({"path": str(path), "error": type(e).__name__, "message": str(e)})
                continue
            for d in sorted(filing.diagnostics, key=_sort_key):
                counts[d.severity] += 1
                if SEVERITIES.index(d.severity) >= shown_from:
                    findings.append({"path": str(path), **d.to_dict()})
    if args.format == "json":
        summary = {"files": files, "unreadable": len(failures), **counts}
        json.dump({"diagnostics": findings, "errors": failures, "summary": summary}, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        for f in findings:
            where = f"{f['path']}:{f['line']}:" if f["line"] is not None else f"{f['path']}:"
            print(f"{where} {f['code']} {f['severity']} {f['message']}", file=out)
    for failure in failures:
        print(f"{failure['path']}: cannot read: {failure['message']} ({failure['error']})", file=err)
    print(
        f"{files} file(s) checked: {counts['error']} error(s), {counts['warning']} warning(s), "
        f"{counts['info']} info; {len(failures)} unreadable",
        file=err,
    )
    if failures:
        return EXIT_TROUBLE
    return EXIT_FINDINGS if counts["error"] else EXIT_CLEAN


def list_rules(args: argparse.Namespace, out: TextIO) -> int:
    catalogue = jixiao.rules()
    if args.format == "json":
        json.dump(catalogue, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        for r in catalogue:
            print(f"{r['code']} {r['severity']:<7} {r['summary']}  [{r['basis']}]", file=out)
    return EXIT_CLEAN


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``jixiao`` script; returns the exit status."""
    args = build_parser().parse_args(argv)
    if args.command == "check":
        return check(args, sys.stdout, sys.stderr)
    return list_rules(args, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
