# Hand-written stubs for the Rust extension module (src/python/).
# Checked against the built module by tests/test_stubs.py (mypy.stubtest).

import os
from collections.abc import Callable, Iterable
from typing import Any, Literal, TypeAlias, TypedDict, final

# pyo3 fills the module's __all__ with everything it adds, in this order.
__all__ = [
    "__version__",
    "parse",
    "parse_target",
    "parse_targets",
    "rules",
    "_panic_for_tests",
    "_error_for_tests",
    "_allocator_allow_thp",
    "Filing",
    "Project",
    "Indicator",
    "Target",
    "Diagnostic",
    "Rules",
    "Table",
    "ChunkReader",
    "read_tables",
    "_READ_GROUP",
    "expand_inputs",
]

__version__: str
# Inputs whose records a batch read turns into one Arrow batch per table.
_READ_GROUP: int

_Period = Literal["midterm", "annual"]
_Op = Literal[">=", "<=", "=", ">", "<", "between"]
_TargetKind = Literal["number", "range", "date", "duration", "qualitative", "empty", "unparsed"]
_Direction = Literal["increase", "decrease", "maintain", "achieve"]
_Severity = Literal["error", "warning", "info"]

class _FundsDict(TypedDict):
    total: float | None
    fiscal: float | None
    other: float | None
    carryover: float | None

class _FundsByPeriodDict(TypedDict):
    midterm: _FundsDict | None
    annual: _FundsDict | None

class _GoalsDict(TypedDict):
    midterm: str | None
    annual: str | None

class _SpendStepDict(TypedDict):
    by: str
    pct: float

class _TargetDict(TypedDict):
    kind: _TargetKind
    op: _Op | None
    value: float | None
    max: float | None
    unit: str | None
    std_value: float | None
    std_unit: str | None
    date: str | None
    direction: _Direction | None

class _IndicatorDict(TypedDict):
    period: _Period | None
    level1: str
    level2: str
    level1_raw: str
    level2_raw: str
    name: str
    description: str | None
    value: str
    values: list[str]
    basis: str | None
    polarity: str | None
    score: float | None
    remark: str | None
    actual: str | None
    scoring: str | None
    value_kind: str | None
    target: _TargetDict
    line: int

class _ProjectDict(TypedDict):
    heading: str | None
    name: str | None
    code: str | None
    department: str | None
    department_code: str | None
    implementing_unit: str | None
    attribute: str | None
    period_years: int | None
    money_unit: str | None
    funds: _FundsByPeriodDict
    spend_plan: list[_SpendStepDict] | None
    purpose: str | None
    goals: _GoalsDict
    indicators: list[_IndicatorDict]
    extra: dict[str, str]
    quantified_share: float | None
    value_columns: list[str] | None
    complete: bool
    lines: tuple[int, int]

class _DiagnosticDict(TypedDict):
    code: str
    severity: _Severity
    message: str
    project: int | None
    indicator: int | None
    line: int | None
    snippet: str | None

class _FilingDict(TypedDict):
    source: str | None
    format: str
    encoding: str | None
    title: str | None
    agency: str | None
    agency_code: str | None
    year: int | None
    kind: str
    department_goals: str | None
    projects: list[_ProjectDict]
    diagnostics: list[_DiagnosticDict]

@final
class Target:
    """The parsed 指标值 of an indicator."""

    @property
    def kind(self) -> _TargetKind: ...
    @property
    def op(self) -> _Op | None: ...
    @property
    def value(self) -> float | None: ...
    @property
    def max(self) -> float | None: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def std_value(self) -> float | None: ...
    @property
    def std_unit(self) -> str | None: ...
    @property
    def date(self) -> str | None: ...
    @property
    def direction(self) -> _Direction | None: ...
    def to_dict(self) -> _TargetDict: ...

@final
class Indicator:
    """One 三级指标 row: labels, name, value as printed and the parsed target."""

    @property
    def period(self) -> _Period | None: ...
    @property
    def level1(self) -> str: ...
    @property
    def level2(self) -> str: ...
    @property
    def level1_raw(self) -> str: ...
    @property
    def level2_raw(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def value(self) -> str: ...
    @property
    def values(self) -> list[str]: ...
    @property
    def basis(self) -> str | None: ...
    @property
    def polarity(self) -> str | None: ...
    @property
    def score(self) -> float | None: ...
    @property
    def remark(self) -> str | None: ...
    @property
    def actual(self) -> str | None: ...
    @property
    def scoring(self) -> str | None: ...
    @property
    def value_kind(self) -> str | None: ...
    @property
    def target(self) -> Target: ...
    @property
    def line(self) -> int: ...
    def to_dict(self) -> _IndicatorDict: ...

@final
class Project:
    """One project table (项目支出绩效目标表) of a filing."""

    @property
    def heading(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def code(self) -> str | None: ...
    @property
    def department(self) -> str | None: ...
    @property
    def department_code(self) -> str | None: ...
    @property
    def implementing_unit(self) -> str | None: ...
    @property
    def attribute(self) -> str | None: ...
    @property
    def period_years(self) -> int | None: ...
    @property
    def money_unit(self) -> str | None: ...
    @property
    def funds(self) -> _FundsByPeriodDict: ...
    @property
    def spend_plan(self) -> list[_SpendStepDict] | None: ...
    @property
    def purpose(self) -> str | None: ...
    @property
    def goals(self) -> _GoalsDict: ...
    @property
    def indicators(self) -> tuple[Indicator, ...]: ...
    @property
    def extra(self) -> dict[str, str]: ...
    @property
    def quantified_share(self) -> float | None: ...
    @property
    def value_columns(self) -> list[str] | None:
        """What each of an indicator's ``values`` is, where the table has several value
        columns (one per sub-region, or 优/良/中/差 grades); None otherwise."""
    @property
    def complete(self) -> bool: ...
    @property
    def lines(self) -> tuple[int, int]: ...
    def to_dict(self) -> _ProjectDict: ...

@final
class Diagnostic:
    """One finding of the checks (see rules.md for the codes)."""

    @property
    def code(self) -> str: ...
    @property
    def severity(self) -> _Severity: ...
    @property
    def message(self) -> str: ...
    @property
    def project(self) -> int | None: ...
    @property
    def indicator(self) -> int | None: ...
    @property
    def line(self) -> int | None: ...
    @property
    def snippet(self) -> str | None: ...
    def to_dict(self) -> _DiagnosticDict: ...

@final
class Filing:
    """One document: everything read from one file, bytes or string."""

    @property
    def source(self) -> str | None: ...
    @property
    def format(self) -> str: ...
    @property
    def encoding(self) -> str | None: ...
    @property
    def title(self) -> str | None: ...
    @property
    def agency(self) -> str | None: ...
    @property
    def agency_code(self) -> str | None: ...
    @property
    def year(self) -> int | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def department_goals(self) -> str | None: ...
    @property
    def projects(self) -> tuple[Project, ...]: ...
    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]: ...
    def to_dict(self) -> _FilingDict: ...

_Framework = Literal["auto", "A", "B"]

class _RuleDict(TypedDict):
    code: str
    severity: _Severity
    summary: str
    basis: str
    settings: list[str]

@final
class Rules:
    """Which rules run and their thresholds; pass as ``parse(..., rules=...)``."""

    def __new__(
        cls,
        *,
        select: str | Iterable[str] | None = None,
        ignore: str | Iterable[str] | None = None,
        satisfaction_min: float = 80.0,
        quantified_min: float = 0.5,
        framework: str = "auto",
    ) -> Rules: ...
    @property
    def select(self) -> tuple[str, ...]: ...
    @property
    def ignore(self) -> tuple[str, ...]: ...
    @property
    def satisfaction_min(self) -> float: ...
    @property
    def quantified_min(self) -> float: ...
    @property
    def framework(self) -> _Framework: ...
    @property
    def codes(self) -> tuple[str, ...]: ...
    def enabled(self, code: str) -> bool: ...
    def __getnewargs_ex__(self) -> tuple[tuple[()], dict[str, Any]]: ...
    def __eq__(self, other: object, /) -> bool: ...
    __hash__: None  # type: ignore[assignment]

def parse(
    source: str | os.PathLike[str] | bytes | bytearray | memoryview,
    *,
    format: str | None = None,
    encoding: str | None = None,
    rules: Rules | None = None,
) -> Filing:
    """Parse one filing from a path, the file's bytes, or a str of text."""

def parse_target(value: str, *, year: int | None = None, expect_date: bool = False) -> Target:
    """One value through the target grammar, as a parse reads an indicator's 指标值."""

def parse_targets(
    values: Iterable[str | float | None],
    *,
    year: int | None = None,
    expect_date: bool = False,
    threads: int | None = None,
) -> Table:
    """Many values through the target grammar, as a `targets` table (value, target_*)."""

def rules() -> list[_RuleDict]:
    """The rule catalogue: code, severity, summary, basis and settings of each rule."""

def _panic_for_tests(message: str) -> None:
    """Panic inside Rust; raises jixiao.errors.InternalError (for the tests)."""

def _error_for_tests(kind: str) -> None:
    """Raise the core error of that kind (jixiao::Error::kind()), for the tests."""

def _allocator_allow_thp() -> int:
    """The allocator's transparent-huge-page option as mimalloc holds it (for the tests)."""

@final
class Table:
    """A table of records (a batch read's four, or `parse_targets`'); an Arrow C stream."""

    @property
    def name(self) -> str: ...
    @property
    def columns(self) -> list[str]: ...
    def __len__(self) -> int: ...
    def __arrow_c_schema__(self) -> object: ...
    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object: ...
    def to_arrow(self) -> Any: ...
    def to_pandas(self, *, arrow_dtypes: bool = True) -> Any: ...
    def to_polars(self) -> Any: ...

_Read: TypeAlias = tuple[Table, Table, Table, Table, list[tuple[str, str, str]]]

def read_tables(
    inputs: list[str],
    *,
    threads: int | None = None,
    format: str | None = None,
    encoding: str | None = None,
    rules: Rules | None = None,
    progress: Callable[[int, int], object] | None = None,
) -> _Read: ...
def expand_inputs(inputs: list[str]) -> list[str]: ...

@final
class ChunkReader:
    def __new__(
        cls,
        inputs: list[str],
        *,
        batch_size: int = 5000,
        threads: int | None = None,
        format: str | None = None,
        encoding: str | None = None,
        rules: Rules | None = None,
        progress: Callable[[int, int], object] | None = None,
    ) -> ChunkReader: ...
    @property
    def total(self) -> int: ...
    def __iter__(self) -> ChunkReader: ...
    def __next__(self) -> _Read: ...
