"""Bad input gives a clear exception of the jixiao family, or a Filing with S001:
never a crash."""

from __future__ import annotations

import errno
import io
import os
import pickle
import string
import sys
import time
import zipfile
from pathlib import Path

import pytest

import jixiao
import jixiao.errors


def codes(f: jixiao.Filing) -> list[str]:
    return [d.code for d in f.diagnostics]


@pytest.mark.parametrize("as_path", [False, True], ids=["str", "Path"])
def test_missing_file(tmp_path: Path, as_path: bool) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(FileNotFoundError) as info:
        jixiao.parse(missing if as_path else str(missing))
    e = info.value
    assert isinstance(e, jixiao.JixiaoError) and isinstance(e, jixiao.JixiaoFileNotFoundError)
    assert (e.errno, e.filename) == (errno.ENOENT, str(missing))
    assert str(e).startswith(f"no such file: {missing}")
    # Only a plain str could have been meant as text.
    assert ("contains a newline" in str(e)) is (not as_path)


def test_a_directory(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError) as info:
        jixiao.parse(tmp_path)
    assert isinstance(info.value, jixiao.JixiaoIsADirectoryError)
    assert info.value.filename == str(tmp_path)


@pytest.mark.parametrize("source", [b"", b"  \n\t \r\n", "", "   ", "  \n  \n", bytearray()], ids=repr)
def test_empty_and_whitespace(source: str | bytes) -> None:
    with pytest.raises(jixiao.EmptyInputError, match="empty") as info:
        jixiao.parse(source)
    assert isinstance(info.value, ValueError)


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(jixiao.EmptyInputError):
        jixiao.parse(empty)


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 100, b"\x89PNG\r\n\x1a\n" + bytes(10_000), bytes(5000), os.urandom(100_000)],
    ids=["all-bytes", "png", "zeros", "random"],
)
def test_binary_garbage_is_refused_or_reported(data: bytes) -> None:
    try:
        f = jixiao.parse(data)
    except jixiao.JixiaoError as e:
        assert isinstance(e, ValueError), type(e)
    else:
        assert "S001" in codes(f) and not f.projects


def test_bytes_invalid_in_utf8_and_gb18030() -> None:
    with pytest.raises(jixiao.DecodeError, match="malformed") as info:
        jixiao.parse(b"\xff" * 1000)
    assert isinstance(info.value, ValueError)


def test_bytes_that_are_not_the_forced_or_sniffed_format() -> None:
    # A PDF header over junk, text forced to be a DOCX: refused as bad input.
    for data, fmt in [(b"%PDF-1.7\n" + b"x" * 100, None), (b"a\tb\n", "docx"), (b"a\tb\n", "xlsx")]:
        with pytest.raises(jixiao.JixiaoError) as info:
            jixiao.parse(data, format=fmt)
        assert isinstance(info.value, ValueError), type(info.value)


def test_format_names() -> None:
    with pytest.raises(jixiao.UnknownFormatError, match="odt") as info:
        jixiao.parse(b"a\tb\n", format="odt")
    assert isinstance(info.value, ValueError)
    # "txt" is an alias of "text", and forcing text skips the magic-byte sniffing.
    assert jixiao.parse(b"%PDF-not really\nline", format="txt").format == "text"
    assert jixiao.parse("%PDF-not really\nline", format="text").format == "text"


@pytest.mark.parametrize("source", [12, None, 3.5, ["a\n"], object()], ids=repr)
def test_wrong_source_types(source: object) -> None:
    with pytest.raises(TypeError, match="source must be"):
        jixiao.parse(source)  # type: ignore[arg-type]


def test_text_without_a_target_table() -> None:
    f = jixiao.parse("会议纪要\n今天天气很好。\n")
    assert f.projects == () and codes(f)[0] == "S001"


def test_large_random_text_finishes_with_s001() -> None:
    # 50 MB of printable ASCII (newlines included, so it is text, not a path).
    table = (string.printable.encode() * 3)[:256]
    text = os.urandom(50_000_000).translate(table).decode("ascii")
    start = time.monotonic()
    f = jixiao.parse(text)
    elapsed = time.monotonic() - start
    assert "S001" in codes(f) and not f.projects
    assert elapsed < 120, f"50 MB of junk took {elapsed:.0f} s"


def test_a_panic_in_rust_becomes_internal_error() -> None:
    with pytest.raises(jixiao.InternalError, match="boom") as info:
        jixiao._native._panic_for_tests("boom")
    assert isinstance(info.value, RuntimeError) and isinstance(info.value, jixiao.JixiaoError)
    # The interpreter and the module are fine afterwards.
    assert jixiao.parse("项目名称\t测试\n").encoding is None


def test_the_exception_family() -> None:
    names = jixiao.errors.__all__
    assert set(names) <= set(jixiao.__all__)
    for name in names:
        cls = getattr(jixiao.errors, name)
        assert issubclass(cls, jixiao.JixiaoError) and getattr(jixiao, name) is cls
        assert cls.__doc__ and "\n" not in cls.__doc__.strip(), f"{name}: one-line docstring"
        builtin = [b for b in cls.__mro__ if b.__module__ == "builtins" and b not in (Exception, BaseException, object)]
        assert builtin or cls is jixiao.JixiaoError, f"{name} derives from no specific built-in"


# Every core error kind (jixiao::Error::kind()) → the class and built-in users catch,
# and the core's message (its Display string).
MAPPING = {
    "not_found": (jixiao.JixiaoFileNotFoundError, FileNotFoundError, "no such file: dir/file.txt"),
    "is_a_directory": (jixiao.JixiaoIsADirectoryError, IsADirectoryError, "is a directory, not a filing: dir/file.txt"),
    "io": (jixiao.JixiaoOSError, OSError, "cannot read dir/file.txt: "),
    "empty": (jixiao.EmptyInputError, ValueError, "input is empty"),
    "too_large": (jixiao.InputTooLargeError, ValueError, "input is 10 bytes, above the limit of 5 bytes"),
    "decode": (jixiao.DecodeError, ValueError, "cannot decode the text as gbk: 1 malformed byte sequence"),
    "unknown_encoding": (jixiao.UnknownEncodingError, ValueError, 'unknown encoding label: "klingon"'),
    "unknown_format": (jixiao.UnknownFormatError, ValueError, 'unknown format "odt"'),
    "binary": (jixiao.NotAFilingError, ValueError, "input looks binary (NUL bytes)"),
    "unsupported": (jixiao.UnsupportedFormatError, ValueError, "format xls is not readable yet"),
    "zip_bomb": (jixiao.ZipBombError, jixiao.LimitExceededError, "docx unpacks to more than 5 bytes"),
    "limit": (jixiao.LimitExceededError, ValueError, "html: nesting depth exceeds the limit of 5"),
    "malformed": (jixiao.MalformedFileError, ValueError, "malformed pdf file: truncated"),
    "archive": (jixiao.ArchiveInputError, ValueError, "a zip archive of 2 files (表1.pdf, 表2.xls), not one filing"),
}


@pytest.mark.parametrize("kind", list(MAPPING))
def test_error_mapping(kind: str) -> None:
    cls, builtin, message = MAPPING[kind]
    with pytest.raises(jixiao.JixiaoError) as info:
        jixiao._native._error_for_tests(kind)
    e = info.value
    assert type(e) is cls and isinstance(e, builtin)
    assert str(e).startswith(message), str(e)
    if isinstance(e, OSError):
        assert e.filename == "dir/file.txt"
        assert e.errno == {"not_found": errno.ENOENT, "is_a_directory": errno.EISDIR, "io": errno.EACCES}[kind]


def test_mapping_covers_every_class() -> None:
    raised = {cls for cls, _, _ in MAPPING.values()}
    family = {getattr(jixiao.errors, n) for n in jixiao.errors.__all__}
    # The base class is never raised itself; InternalError is for panics; the settings
    # errors come from jixiao.Rules, not from the core (tests/test_rules.py).
    settings = {jixiao.RuleSettingsError, jixiao.UnknownRuleError}
    assert family - raised == {jixiao.JixiaoError, jixiao.InternalError} | settings
    with pytest.raises(ValueError, match="no error kind"):
        jixiao._native._error_for_tests("nonsense")


def test_exceptions_pickle(tmp_path: Path) -> None:
    with pytest.raises(jixiao.JixiaoError) as info:
        jixiao.parse(tmp_path / "nope")
    again = pickle.loads(pickle.dumps(info.value))
    assert type(again) is type(info.value) and str(again) == str(info.value)


def test_deep_html_exceeds_a_limit() -> None:
    with pytest.raises(jixiao.LimitExceededError, match="depth") as info:
        jixiao.parse(b"<html><body>" + b"<div>" * 1000 + b"x\n")
    assert isinstance(info.value, ValueError)


def test_broken_zip_package_is_malformed() -> None:
    with pytest.raises(jixiao.MalformedFileError, match="docx") as info:
        jixiao.parse(b"PK\x03\x04" + b"junk" * 100)
    assert isinstance(info.value, ValueError)


def test_zip_bomb() -> None:
    # A DOCX whose document.xml inflates to 300 MB of spaces (about 300 KB packed).
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1 << 20)
            for _ in range(300):
                member.write(chunk)
    assert len(packed.getvalue()) < 2_000_000
    with pytest.raises(jixiao.ZipBombError) as info:
        jixiao.parse(packed.getvalue())
    assert isinstance(info.value, jixiao.LimitExceededError) and isinstance(info.value, ValueError)


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes non-UTF-8 names")
def test_a_file_name_that_is_not_utf8(seed000: Path, tmp_path: Path) -> None:
    odd = tmp_path / os.fsdecode(b"seed-\xff.txt")  # holds a lone surrogate as a str
    odd.write_bytes(seed000.read_bytes())
    assert jixiao.parse(str(odd)).to_dict()["projects"] == jixiao.parse(seed000).to_dict()["projects"]


def test_a_str_with_lone_surrogates_is_text() -> None:
    f = jixiao.parse("会议纪要\ud800\n今天天气很好。\n")
    assert codes(f)[0] == "S001"


def test_a_reader_panic_on_a_broken_file_is_an_error_and_prints_nothing() -> None:
    # pdf-extract panics on this PDF (an object reference it cannot find); jixiao
    # reports it as malformed, and the caught panic leaves stderr clean.
    import subprocess

    path = Path(__file__).parent / "fixtures" / "extra" / "pdf_extract_panics.pdf"
    code = (
        "import sys, jixiao\n"
        "try:\n"
        "    jixiao.parse(sys.argv[1])\n"
        "except jixiao.MalformedFileError:\n"
        "    print('malformed')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "RUST_BACKTRACE"} | {"RUST_BACKTRACE": "1"}
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "malformed"
    assert "panicked" not in out.stderr, out.stderr
