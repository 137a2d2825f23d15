"""Many filings at once: `read` and `iter_read` (the parsing is native, in parallel)."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Union

from jixiao import _native, errors
from jixiao._native import Rules, Table

PathInput = Union[str, "os.PathLike[str]"]
Inputs = Union[PathInput, Iterable[PathInput]]
ProgressArg = Union[bool, None, Callable[[int, int], object]]

# Core error kinds (filings.error_kind) → the exception `strict=True` raises.
_BY_KIND: dict[str, type[errors.JixiaoError]] = {
    "not_found": errors.JixiaoFileNotFoundError,
    "is_a_directory": errors.JixiaoIsADirectoryError,
    "io": errors.JixiaoOSError,
    "empty": errors.EmptyInputError,
    "too_large": errors.InputTooLargeError,
    "zip_bomb": errors.ZipBombError,
    "limit": errors.LimitExceededError,
    "decode": errors.DecodeError,
    "unknown_encoding": errors.UnknownEncodingError,
    "unknown_format": errors.UnknownFormatError,
    "binary": errors.NotAFilingError,
    "malformed": errors.MalformedFileError,
    "unsupported": errors.UnsupportedFormatError,
    "archive": errors.ArchiveInputError,
    "internal": errors.InternalError,
}
_ERRNO = {"not_found": errno.ENOENT, "is_a_directory": errno.EISDIR, "io": None}


@dataclass(frozen=True)
class ReadFailure:
    """An input that could not be read at all (it still has a row in `filings`)."""

    source: str
    kind: str
    message: str

    def exception(self) -> errors.JixiaoError:
        """The exception `jixiao.parse` would have raised for this input."""
        cls = _BY_KIND.get(self.kind, errors.JixiaoError)
        if self.kind in _ERRNO:
            return cls(_ERRNO[self.kind], self.message, self.source)
        return cls(self.message)


@dataclass(frozen=True)
class Corpus:
    """The four tables of a batch read (`spec/records.md` §2), keyed by `filing_id`,
    `project_id` and `indicator_id`. Each is a `jixiao.Table`: pass it to any Arrow
    consumer (`pl.DataFrame(corpus.projects)`, `pa.table(...)`) or call
    `.to_pandas()` / `.to_polars()` / `.to_arrow()`."""

    filings: Table
    projects: Table
    indicators: Table
    diagnostics: Table
    failures: tuple[ReadFailure, ...] = ()

    def __repr__(self) -> str:
        return (
            f"<jixiao.Corpus filings={len(self.filings)} projects={len(self.projects)} "
            f"indicators={len(self.indicators)} diagnostics={len(self.diagnostics)} failures={len(self.failures)}>"
        )


def _paths(inputs: Inputs) -> list[str]:
    if isinstance(inputs, (str, os.PathLike)):
        return [os.fspath(inputs)]
    return [os.fspath(p) for p in inputs]


class _Counter:
    """Fallback progress display when tqdm is not installed: one line on stderr."""

    def __init__(self) -> None:
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        if done != self.last:
            self.last = done
            end = "\n" if done >= total else ""
            print(f"\rjixiao: {done}/{total} files", end=end, file=sys.stderr, flush=True)


def _progress(progress: ProgressArg, total_hint: str) -> tuple[Callable[[int, int], object] | None, Callable[[], None]]:
    """A callback for the native reader, and how to close what it opened."""
    if progress is None or progress is False:
        return None, lambda: None
    if callable(progress):
        return progress, lambda: None
    try:
        from tqdm.auto import tqdm  # terminals and notebooks alike
    except ImportError:
        return _Counter(), lambda: None
    bar = tqdm(unit="file", desc=total_hint)

    def update(done: int, total: int) -> None:
        if bar.total != total:
            bar.total = total
        bar.update(done - bar.n)

    return update, bar.close


def _corpus(parts: tuple[Table, Table, Table, Table, list[tuple[str, str, str]]], strict: bool) -> Corpus:
    f, p, i, d, fails = parts
    failures = tuple(ReadFailure(*x) for x in fails)
    if strict and failures:
        raise failures[0].exception()
    return Corpus(f, p, i, d, failures)


def read(
    inputs: Inputs,
    *,
    threads: int | None = None,
    progress: ProgressArg = False,
    strict: bool = False,
    format: str | None = None,
    encoding: str | None = None,
    rules: Rules | None = None,
) -> Corpus:
    """Read many filings in parallel into four tables.

    `inputs` is a file, a folder (walked recursively), a glob (`*`, `?`, `**`,
    `[...]`), or a list of them. A `.zip` archive of attachments is opened like a
    folder: each member is a filing whose source is `archive.zip/member`. Files keep
    input order in every table, whatever the thread count. `threads` bounds jixiao's own thread pool (default: the environment
    variable JIXIAO_MAX_THREADS, else all cores). `progress=True` shows a tqdm bar
    (or a counter on stderr); a callable gets `(done, total)`. A file that cannot be
    read gets a `filings` row with `error` set and is listed in `Corpus.failures`;
    `strict=True` raises its exception instead. Ctrl-C stops the read. `rules` (a
    `jixiao.Rules`) chooses the checks, as in `jixiao.parse`.
    """
    callback, close = _progress(progress, "jixiao.read")
    try:
        parts = _native.read_tables(
            _paths(inputs), threads=threads, format=format, encoding=encoding, rules=rules, progress=callback
        )
    finally:
        close()
    return _corpus(parts, strict)


def iter_read(
    inputs: Inputs,
    *,
    batch_size: int = 5000,
    threads: int | None = None,
    progress: ProgressArg = False,
    strict: bool = False,
    format: str | None = None,
    encoding: str | None = None,
    rules: Rules | None = None,
) -> Iterator[Corpus]:
    """Like `read`, one `Corpus` per `batch_size` inputs, so that memory stays bounded
    for corpora larger than RAM. `filing_id` keeps counting across batches."""
    callback, close = _progress(progress, "jixiao.iter_read")
    reader = _native.ChunkReader(
        _paths(inputs),
        batch_size=batch_size,
        threads=threads,
        format=format,
        encoding=encoding,
        rules=rules,
        progress=callback,
    )
    try:
        for parts in reader:
            yield _corpus(parts, strict)
    finally:
        close()


def expand(inputs: Inputs) -> list[str]:
    """The paths `read` would take for `inputs`, in order."""
    return [os.fspath(p) for p in _native.expand_inputs(_paths(inputs))]
