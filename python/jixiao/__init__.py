"""jixiao (绩效): read Chinese project-expenditure performance target tables
(项目支出绩效目标表) into typed records.

    f = jixiao.parse("filing.txt")      # a path, bytes, or a str of text
    f.projects[0].indicators[0].target.op
    f.to_dict()                         # plain dicts, the shape of records.md
    f.diagnostics                       # findings of the checks (docs/rules.md)
    jixiao.parse(path, rules=jixiao.Rules(select=["V", "F"], satisfaction_min=85))
    jixiao.rules()                      # the rule catalogue, as a list of dicts
    jixiao.parse_target("≥95%").value   # the target grammar on its own (parse_targets: a column)

From a shell: ``jixiao check PATH...`` (or ``python -m jixiao check``).

Everything is implemented in Rust (``jixiao._native``); this module re-exports it.
"""

from jixiao._batch import Corpus, ReadFailure, expand, iter_read, read
from jixiao._native import (
    Diagnostic,
    Filing,
    Indicator,
    Project,
    Rules,
    Table,
    Target,
    __version__,
    parse,
    parse_target,
    parse_targets,
    rules,
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
    RuleSettingsError,
    UnknownEncodingError,
    UnknownFormatError,
    UnknownRuleError,
    UnsupportedFormatError,
    ArchiveInputError,
    ZipBombError,
)

# Spelled out rather than built from jixiao.errors.__all__: mypy --strict only treats
# literal names as re-exported (tests/test_stubs.py uses jixiao.EmptyInputError).
__all__ = [
    "parse",
    "parse_target",
    "parse_targets",
    "Rules",
    "rules",
    "read",
    "iter_read",
    "expand",
    "Corpus",
    "ReadFailure",
    "Table",
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
    "ArchiveInputError",
    "RuleSettingsError",
    "UnknownRuleError",
    "InternalError",
    "__version__",
]
