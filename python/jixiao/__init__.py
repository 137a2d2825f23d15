"""jixiao (绩效): read Chinese project-expenditure performance target tables
(项目支出绩效目标表) into typed records.

    f = jixiao.parse("filing.txt")      # a path, bytes, or a str of text
    f.projects[0].indicators[0].target.op
    f.to_dict()                         # plain dicts, the shape of records.md

Everything is implemented in Rust (``jixiao._native``); this module re-exports it.
"""

from jixiao._native import (
    Diagnostic,
    Filing,
    Indicator,
    Project,
    Target,
    __version__,
    parse,
)
from jixiao.errors import (
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    InternalError,
    JixiaoError,
    JixiaoFileNotFoundError,
    JixiaoIsADirectoryError,
    JixiaoOSError,
    LimitExceededError,
    MalformedFileError,
    NotAFilingError,
    UnknownEncodingError,
    UnknownFormatError,
    UnsupportedFormatError,
    ZipBombError,
)

__all__ = [
    "parse",
    "Filing",
    "Project",
    "Indicator",
    "Target",
    "Diagnostic",
    "JixiaoError",
    "JixiaoFileNotFoundError",
    "JixiaoIsADirectoryError",
    "JixiaoOSError",
    "EmptyInputError",
    "LimitExceededError",
    "InputTooLargeError",
    "ZipBombError",
    "DecodeError",
    "UnknownEncodingError",
    "UnknownFormatError",
    "NotAFilingError",
    "MalformedFileError",
    "UnsupportedFormatError",
    "InternalError",
    "__version__",
]
