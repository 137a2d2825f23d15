//! The records jixiao returns: the contract of `spec/records.md` §1.
//!
//! These are plain data. Readers, the layout engine and the rules all meet here, and
//! the Python layer serialises them with `serde` (one filing → dicts via pythonize).

use std::collections::BTreeMap;

use serde::Serialize;

/// One document: everything read from one file or string.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Filing {
    pub source: Option<String>,
    /// "text" | "doc" | "docx" | "xlsx" | "xls" | "html" | "pdf" ("doc" is beyond records.md's list: Word 97–2003)
    pub format: String,
    pub encoding: Option<String>,
    pub title: Option<String>,
    pub agency: Option<String>,
    pub agency_code: Option<String>,
    pub year: Option<i32>,
    /// What kind of document this is: "project" (项目支出绩效目标表), "department"
    /// (部门整体支出绩效目标表) or "regional" (转移支付 区域绩效目标表).
    pub kind: String,
    pub department_goals: Option<String>,
    pub projects: Vec<Project>,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Project {
    pub heading: Option<String>,
    pub name: Option<String>,
    pub code: Option<String>,
    pub department: Option<String>,
    pub department_code: Option<String>,
    pub implementing_unit: Option<String>,
    pub attribute: Option<String>,
    pub period_years: Option<i32>,
    pub money_unit: Option<String>,
    pub funds: FundsByPeriod,
    pub spend_plan: Option<Vec<SpendStep>>,
    pub purpose: Option<String>,
    pub goals: Goals,
    pub indicators: Vec<Indicator>,
    /// Other labelled form fields, as printed (项目负责人及电话, 立项依据, 项目期 …).
    pub extra: BTreeMap<String, String>,
    /// Share of indicators with a quantified target (number, range, date, duration).
    pub quantified_share: Option<f64>,
    /// What each of an indicator's `values` is, where the table has several value
    /// columns: one per sub-region of a 区域 table ("甲县", "乙县", "合计"), or the
    /// grades of a grade-standard table ("优", "良", "中", "差"). None otherwise.
    pub value_columns: Option<Vec<String>>,
    pub complete: bool,
    /// 1-based first and last source line the project spans.
    pub lines: [usize; 2],
}

impl Project {
    /// A 部门整体 table: its 年度履职目标 block (部门职能 …) is kept in `extra`, and it
    /// has no project name by design.
    pub fn holds_duties(&self) -> bool {
        self.extra.keys().any(|k| k.contains("部门职能"))
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct FundsByPeriod {
    pub midterm: Option<Funds>,
    pub annual: Option<Funds>,
}

/// Amounts as printed (commas removed), in the project's declared unit.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Funds {
    pub total: Option<f64>,
    pub fiscal: Option<f64>,
    pub other: Option<f64>,
    pub carryover: Option<f64>,
}

impl Funds {
    pub fn is_empty(&self) -> bool {
        self.total.is_none() && self.fiscal.is_none() && self.other.is_none() && self.carryover.is_none()
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SpendStep {
    pub by: String,
    pub pct: f64,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Goals {
    pub midterm: Option<String>,
    pub annual: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Midterm,
    Annual,
}

impl Period {
    pub fn as_str(self) -> &'static str {
        match self {
            Period::Midterm => "midterm",
            Period::Annual => "annual",
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Indicator {
    pub period: Option<Period>,
    pub level1: String,
    pub level2: String,
    pub level1_raw: String,
    pub level2_raw: String,
    pub name: String,
    pub description: Option<String>,
    pub value: String,
    /// Further value columns (one per township, or 优/良/中/差 grade thresholds);
    /// `value` holds the first of them.
    pub values: Vec<String>,
    pub basis: Option<String>,
    /// 指标方向 column as printed ("正向" / "反向"), where the layout has one.
    pub polarity: Option<String>,
    /// 分值 / 权重 column, where the layout has one.
    pub score: Option<f64>,
    /// 备注 column, where the layout has one.
    pub remark: Option<String>,
    /// 实际完成值 of a 项目支出绩效自评表: what was achieved against `value`, as
    /// printed. None in target tables. Beyond records.md.
    pub actual: Option<String>,
    /// 评(扣)分标准 column (湖南 templates): how the indicator is scored.
    pub scoring: Option<String>,
    /// 指标值类型 / 指标属性 column as printed: "定量" or "定性".
    pub value_kind: Option<String>,
    pub target: Target,
    pub line: usize,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum TargetKind {
    Number,
    Range,
    Date,
    Duration,
    Qualitative,
    #[default]
    Empty,
    Unparsed,
}

impl TargetKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TargetKind::Number => "number",
            TargetKind::Range => "range",
            TargetKind::Date => "date",
            TargetKind::Duration => "duration",
            TargetKind::Qualitative => "qualitative",
            TargetKind::Empty => "empty",
            TargetKind::Unparsed => "unparsed",
        }
    }

    /// Number, range, date and duration targets count as quantified (量化).
    pub fn is_quantified(self) -> bool {
        matches!(self, TargetKind::Number | TargetKind::Range | TargetKind::Date | TargetKind::Duration)
    }
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub enum Op {
    #[serde(rename = ">=")]
    Ge,
    #[serde(rename = "<=")]
    Le,
    #[serde(rename = "=")]
    Eq,
    #[serde(rename = ">")]
    Gt,
    #[serde(rename = "<")]
    Lt,
    #[serde(rename = "between")]
    Between,
}

impl Op {
    pub fn as_str(self) -> &'static str {
        match self {
            Op::Ge => ">=",
            Op::Le => "<=",
            Op::Eq => "=",
            Op::Gt => ">",
            Op::Lt => "<",
            Op::Between => "between",
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Increase,
    Decrease,
    Maintain,
    Achieve,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Increase => "increase",
            Direction::Decrease => "decrease",
            Direction::Maintain => "maintain",
            Direction::Achieve => "achieve",
        }
    }
}

/// The parsed 指标值.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Target {
    pub kind: TargetKind,
    pub op: Option<Op>,
    pub value: Option<f64>,
    pub max: Option<f64>,
    pub unit: Option<String>,
    pub std_value: Option<f64>,
    pub std_unit: Option<String>,
    pub date: Option<String>,
    pub direction: Option<Direction>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Diagnostic {
    pub code: String,
    pub severity: Severity,
    pub message: String,
    pub project: Option<usize>,
    pub indicator: Option<usize>,
    pub line: Option<usize>,
    pub snippet: Option<String>,
}
