"""Bytes in the encodings Chinese filings come in, detected or forced."""

from __future__ import annotations

from pathlib import Path

import pytest

import jixiao


def projects(f: jixiao.Filing) -> list[dict[str, object]]:
    return f.to_dict()["projects"]  # type: ignore[return-value]


def test_gb18030_is_detected(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    f = jixiao.parse(text.encode("gb18030"))
    assert f.encoding == "gb18030"
    assert projects(f) == projects(jixiao.parse(seed)) != []


def test_utf16le_with_bom(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    f = jixiao.parse(b"\xff\xfe" + text.encode("utf-16-le"))
    assert f.encoding == "utf-16le"
    assert projects(f) == projects(jixiao.parse(seed)) != []


def test_gb18030_file_on_disk(seed000: Path, tmp_path: Path) -> None:
    target = tmp_path / "gb.txt"
    target.write_bytes(seed000.read_text(encoding="utf-8").encode("gb18030"))
    f = jixiao.parse(target)
    assert (f.encoding, f.source) == ("gb18030", str(target))
    assert projects(f) == projects(jixiao.parse(seed000))


def test_encoding_override(seed000: Path) -> None:
    data = seed000.read_text(encoding="utf-8").encode("gbk")
    f = jixiao.parse(data, encoding="gbk")
    assert f.encoding == "gbk"
    assert projects(f) == projects(jixiao.parse(seed000))


def test_wrong_encoding_override_is_a_decode_error(seed000: Path) -> None:
    data = seed000.read_text(encoding="utf-8").encode("gb18030")
    with pytest.raises(jixiao.DecodeError, match="utf-8") as info:
        jixiao.parse(data, encoding="utf-8")
    assert isinstance(info.value, ValueError)


def test_unknown_encoding_label() -> None:
    with pytest.raises(jixiao.UnknownEncodingError, match="klingon") as info:
        jixiao.parse(b"a\tb\n", encoding="klingon")
    assert isinstance(info.value, ValueError) and isinstance(info.value, jixiao.JixiaoError)


def test_encoding_is_refused_for_a_str_of_text() -> None:
    with pytest.raises(TypeError, match="already decoded"):
        jixiao.parse("项目名称\t测试\n", encoding="gbk")
