//! The whole job for one document: read → layout → extract → validate.

use std::cell::RefCell;
use std::path::Path;

use crate::chars::TrimWs;
use crate::error::Result;
use crate::extract::target::{parse_target_memo, TargetContext, TargetFlags};
use crate::extract::taxonomy;
use crate::layout::{self, document, matrix::RawIndicator, Layout};
use crate::model::{Filing, Indicator, Project};
use crate::read::{self, text::split_cells, Format};
use crate::validate::{self, Leftover, RuleSettings};
use rustc_hash::FxHashMap;

#[derive(Debug, Clone)]
pub struct ParseOptions {
    /// Force a format instead of sniffing magic bytes.
    pub format: Option<Format>,
    /// Force a text encoding (any WHATWG label: "gbk", "utf-16le" …).
    pub encoding: Option<String>,
    /// Path or name to report in `Filing.source`.
    pub source: Option<String>,
    /// Inputs above this size are refused.
    pub max_bytes: u64,
    /// Which rules run, and their thresholds.
    pub rules: RuleSettings,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions { format: None, encoding: None, source: None, max_bytes: read::DEFAULT_MAX_BYTES, rules: RuleSettings::default() }
    }
}

pub fn parse_path(path: &Path, opts: &ParseOptions) -> Result<Filing> {
    let bytes = read::read_file(path, opts.max_bytes)?;
    let mut opts = opts.clone();
    if opts.source.is_none() {
        opts.source = Some(path.display().to_string());
    }
    parse_bytes(&bytes, &opts)
}

pub fn parse_bytes(bytes: &[u8], opts: &ParseOptions) -> Result<Filing> {
    if bytes.len() as u64 > opts.max_bytes {
        return Err(crate::Error::TooLarge { size: bytes.len() as u64, limit: opts.max_bytes });
    }
    let loaded = read::load(bytes, opts.format, opts.encoding.as_deref())?;
    let read = Reading { note: loaded.note.as_deref(), unread: &loaded.unread };
    Ok(parse_grid(&loaded.grid, opts, loaded.format, loaded.encoding, read))
}

/// Text that is already decoded (a Python `str`).
pub fn parse_text(text: &str, opts: &ParseOptions) -> Filing {
    parse_grid(&split_cells(text), opts, Format::Text, None, Reading { note: None, unread: &[] })
}

/// What the reader said besides the grid (`read::Loaded`).
struct Reading<'a> {
    note: Option<&'a str>,
    unread: &'a [read::Unread],
}

fn parse_grid(grid: &read::Grid, opts: &ParseOptions, format: Format, encoding: Option<String>, read: Reading<'_>) -> Filing {
    let mut layout = layout::lay_out(grid);
    let leftovers = leftovers(grid, &layout);
    let ambiguous = ambiguous(&layout);
    let repairs = std::mem::take(&mut layout.repairs);
    let (mut filing, flags) = assemble(layout, opts);
    filing.format = format.as_str().to_string();
    filing.encoding = encoding;
    filing.diagnostics = validate::run(&validate::Context {
        filing: &filing,
        leftovers: &leftovers,
        reader_note: read.note,
        unread: read.unread,
        flags: &flags,
        ambiguous: &ambiguous,
        repairs: &repairs,
        settings: &opts.rules,
    });
    filing
}

/// The cells the layout left unplaced, in reading order. A whole budget document's
/// part that holds no target table (第一部分 部门概况, 第四部分 名词解释: pages of prose)
/// is one leftover from its heading to the next heading or table, its cells quoted
/// one a line: every cell is still quoted, without a finding per line of prose.
fn leftovers(grid: &read::Grid, layout: &Layout) -> Vec<Leftover> {
    let project_of = |line: usize| layout.projects.iter().position(|d| d.project.lines[0] <= line && line <= d.project.lines[1]);
    let mut out: Vec<Leftover> = Vec::new();
    // The part being gathered (an index into `out`).
    let mut part: Option<usize> = None;
    for c in grid.cells().filter(|c| !c.is_empty()) {
        if layout.consumed.get(c.id).copied().unwrap_or(false) {
            // A project's cell ends the part; page furniture between parts (a page
            // number, outside every project) does not. Asked only inside a part.
            if part.is_some() && project_of(c.line).is_some() {
                part = None;
            }
            continue;
        }
        let text = c.text.trim_ws();
        let project = project_of(c.line);
        if text.starts_with('第') && document::is_part_heading(text) {
            part = Some(out.len());
        } else if let Some(p) = part.and_then(|k| out.get_mut(k)).filter(|p| p.project == project) {
            p.text.push('\n');
            p.text.push_str(text);
            p.cells += 1;
            continue;
        } else {
            part = None;
        }
        out.push(Leftover { text: text.to_string(), line: c.line, project, cells: 1 });
    }
    out
}

/// The indicators the layout could not place for sure, by project.
fn ambiguous(layout: &Layout) -> Vec<Leftover> {
    let mut out = Vec::new();
    for (p, d) in layout.projects.iter().enumerate() {
        for &i in &d.ambiguous {
            if let Some(r) = d.raw.get(i) {
                out.push(Leftover {
                    text: format!("{} | {} | {}", r.level2_raw, r.name.trim_ws(), r.value()),
                    line: r.line,
                    project: Some(p),
                    cells: 1,
                });
            }
        }
    }
    out
}

fn budget_year(layout: &Layout) -> Option<i32> {
    if let Some(y) = layout.explicit_year.or(layout.title_year).or(layout.heading_year) {
        return Some(y);
    }
    let values = layout.projects.iter().flat_map(|d| d.raw.iter()).flat_map(|r| r.values.iter().map(String::as_str));
    let codes = layout.projects.iter().filter_map(|d| d.project.code.as_deref());
    let evidence = document::evidence_years(values, codes);
    if let Some(y) = evidence.into_iter().max() {
        return Some(y);
    }
    layout
        .projects
        .iter()
        .flat_map(|d| d.project.heading.iter().chain(d.project.name.iter()))
        .flat_map(|t| document::any_years(t))
        .max()
        .or(layout.date_year)
}

/// The canonical labels of printed label pairs. The rows under one merged label share
/// the last pair, and a corpus uses few distinct pairs, so each thread keeps what it
/// has looked up (bounded: emptied past 4,096 pairs).
#[derive(Default)]
struct LabelMemo {
    raw: (String, String),
    canonical: Option<(String, String)>,
}

type PairTable = FxHashMap<Box<str>, FxHashMap<Box<str>, (String, String)>>;

thread_local! {
    static LABEL_PAIRS: RefCell<(PairTable, usize)> = RefCell::new((PairTable::default(), 0));
}

impl LabelMemo {
    fn canonical(&mut self, level1_raw: &str, level2_raw: &str) -> (String, String) {
        if let Some(c) = &self.canonical {
            if self.raw.0 == level1_raw && self.raw.1 == level2_raw {
                return c.clone();
            }
        }
        let c = LABEL_PAIRS.with(|t| {
            let (table, len) = &mut *t.borrow_mut();
            if let Some(hit) = table.get(level1_raw).and_then(|m| m.get(level2_raw)) {
                return hit.clone();
            }
            let c = taxonomy::canonical_pair(level1_raw, level2_raw);
            if *len >= 4096 {
                table.clear();
                *len = 0;
            }
            table.entry(level1_raw.into()).or_default().insert(level2_raw.into(), c.clone());
            *len += 1;
            c
        });
        self.raw = (level1_raw.to_string(), level2_raw.to_string());
        self.canonical = Some(c.clone());
        c
    }
}

/// One indicator, and what the grammar noticed about its value (for the V rules).
fn indicator(
    raw: RawIndicator,
    period: Option<crate::model::Period>,
    year: Option<i32>,
    labels: &mut LabelMemo,
) -> (Indicator, TargetFlags) {
    let (level1, level2) = labels.canonical(&raw.level1_raw, &raw.level2_raw);
    let value = raw.value();
    // One walk over the name rather than two substring searches (every indicator).
    let names_a_date = raw
        .name
        .char_indices()
        .any(|(i, c)| matches!(c, '时' | '日') && (raw.name[i..].starts_with("时间") || raw.name[i..].starts_with("日期")));
    let expect_date = level2 == "时效指标" || names_a_date;
    let (target, flags) = parse_target_memo(&value, &TargetContext { year, expect_date });
    let indicator = Indicator {
        period,
        level1,
        level2,
        // Moved, not copied: the layout's records are not needed after this.
        level1_raw: raw.level1_raw,
        level2_raw: raw.level2_raw,
        name: trimmed(raw.name),
        description: raw.desc,
        value,
        values: raw.values,
        basis: raw.basis,
        polarity: raw.polarity,
        score: raw.score.as_deref().and_then(|s| s.trim_ws().parse().ok()),
        remark: raw.remark,
        actual: raw.actual,
        scoring: raw.scoring,
        value_kind: raw.value_kind,
        target,
        line: raw.line,
    };
    (indicator, flags)
}

fn trimmed(s: String) -> String {
    if s.trim_ws().len() == s.len() {
        s
    } else {
        s.trim_ws().to_string()
    }
}

/// A 部门整体 table whose title is not printed as one (the 一体化 export opens its table
/// with a "部门整体绩效目标" cell, real filing 20): no 项目名称 anywhere, and a header that
/// states the department's functions (部门职能…), which no project table has.
fn whole_department(projects: &[Project]) -> bool {
    !projects.is_empty() && projects.iter().all(|p| p.name.is_none() && p.holds_duties())
}

/// The filing, and the grammar flags of every indicator (`[project][indicator]`).
fn assemble(mut layout: Layout, opts: &ParseOptions) -> (Filing, Vec<Vec<TargetFlags>>) {
    let year = budget_year(&layout);
    let kind = document::filing_kind(&layout.titles);
    let title = layout.title.take().or(layout.document_name.take());
    let department_goals = layout.department_goals.take();
    let mut projects: Vec<Project> = Vec::with_capacity(layout.projects.len());
    let mut flags = Vec::with_capacity(layout.projects.len());
    let mut labels = LabelMemo::default();
    for draft in layout.projects {
        let mut p = draft.project;
        let periods = draft.periods;
        let mut raw = draft.raw;
        layout::matrix_title::settle_caption_periods(&mut raw);
        let (indicators, project_flags): (Vec<_>, Vec<_>) = raw
            .into_iter()
            .map(|r| {
                let period = r.period.or_else(|| periods.get(r.group).copied().flatten());
                indicator(r, period, year, &mut labels)
            })
            .unzip();
        p.indicators = indicators;
        flags.push(project_flags);
        if !p.indicators.is_empty() {
            let q = p.indicators.iter().filter(|i| i.target.kind.is_quantified()).count();
            p.quantified_share = Some(q as f64 / p.indicators.len() as f64);
        }
        projects.push(p);
    }
    let kind = if kind == "project" && whole_department(&projects) { "department" } else { kind };
    // The issuing unit: the department most projects name (first one on a tie).
    let mut counts: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    for (i, p) in projects.iter().enumerate() {
        if let Some(d) = p.department.as_deref() {
            let e = counts.entry(d).or_insert((0, i));
            e.0 += 1;
        }
    }
    let agency = counts.iter().max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1))).map(|(d, _)| d.to_string());
    // No table names its department: the budget document's own name may.
    let agency = agency.or(layout.document_agency.take());
    let agency_code = agency
        .as_deref()
        .and_then(|a| projects.iter().find(|p| p.department.as_deref() == Some(a)).and_then(|p| p.department_code.clone()));
    let filing = Filing {
        source: opts.source.clone(),
        format: "text".into(),
        encoding: None,
        title,
        agency,
        agency_code,
        year,
        kind: kind.to_string(),
        department_goals,
        projects,
        diagnostics: Vec::new(),
    };
    (filing, flags)
}
