//! S — structure and reading.

use crate::chars::TrimWs;
use crate::model::{Diagnostic, Severity};

use super::{finding, Context, Rule, RuleInfo};

pub struct S001;
static S001_INFO: RuleInfo = RuleInfo {
    code: "S001",
    severity: Severity::Error,
    summary: "document yields no project table (not a target table, or unreadable)",
    basis: "—",
    settings: &[],
};
impl Rule for S001 {
    fn info(&self) -> &'static RuleInfo {
        &S001_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        if ctx.filing.projects.is_empty() {
            let first = ctx.leftovers.first();
            let message = match ctx.reader_note {
                Some(note) => format!("未找到项目绩效目标表 / no performance target table: {note}"),
                None => "未找到项目绩效目标表 / no performance target table found in this document".into(),
            };
            out.push(finding(&S001_INFO, message, None, None, first.map(|l| l.line), first.map(|l| l.text.chars().take(80).collect())));
        }
    }
}

pub struct S002;
static S002_INFO: RuleInfo =
    RuleInfo { code: "S002", severity: Severity::Error, summary: "project has no 项目名称", basis: "88号 template", settings: &[] };
impl Rule for S002 {
    fn info(&self) -> &'static RuleInfo {
        &S002_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        // A whole-department table has no project name by design.
        if ctx.filing.kind == "department" {
            return;
        }
        for (i, p) in ctx.filing.projects.iter().enumerate() {
            if p.name.as_deref().is_none_or(|n| n.trim_ws().is_empty()) {
                out.push(finding(
                    &S002_INFO,
                    "项目缺少项目名称 / the project table has no 项目名称".into(),
                    Some(i),
                    None,
                    Some(p.lines[0]),
                    p.heading.clone(),
                ));
            }
        }
    }
}

pub struct S003;
static S003_INFO: RuleInfo =
    RuleInfo { code: "S003", severity: Severity::Error, summary: "project has no indicator rows", basis: "88号", settings: &[] };
impl Rule for S003 {
    fn info(&self) -> &'static RuleInfo {
        &S003_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for (i, p) in ctx.filing.projects.iter().enumerate() {
            if p.indicators.is_empty() {
                out.push(finding(
                    &S003_INFO,
                    format!("项目没有绩效指标 / the project has no indicator rows{}", named(p)),
                    Some(i),
                    None,
                    Some(p.lines[0]),
                    p.name.clone(),
                ));
            }
        }
    }
}

/// ": 项目名称" for a message, when the project has a name.
fn named(p: &crate::model::Project) -> String {
    p.name.as_deref().map(|n| format!(": {n}")).unwrap_or_default()
}

pub struct S004;
static S004_INFO: RuleInfo = RuleInfo {
    code: "S004",
    severity: Severity::Warning,
    summary: "document is cut off inside a table (project.complete = false)",
    basis: "practice",
    settings: &[],
};
impl Rule for S004 {
    fn info(&self) -> &'static RuleInfo {
        &S004_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for (i, p) in ctx.filing.projects.iter().enumerate() {
            if !p.complete {
                out.push(finding(
                    &S004_INFO,
                    format!("文件在表格中间截断 / the document is cut off inside this project's table{}", named(p)),
                    Some(i),
                    None,
                    Some(p.lines[1]),
                    p.name.clone(),
                ));
            }
        }
    }
}

pub struct S005;
/// Leftover cells quoted one by one before the rest are counted in one finding.
pub const S005_QUOTED: usize = 200;
static S005_INFO: RuleInfo = RuleInfo {
    code: "S005",
    severity: Severity::Warning,
    summary: "a non-empty cell was not consumed into any field (quote it) — nothing may vanish silently",
    basis: "—",
    settings: &[],
};
impl Rule for S005 {
    fn info(&self) -> &'static RuleInfo {
        &S005_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for l in ctx.leftovers.iter().take(S005_QUOTED) {
            // The message quotes the cell too: a linter line shows the message, not the snippet.
            let first = l.text.lines().next().unwrap_or_default();
            let shown: String = first.chars().take(60).collect();
            let more = if first.chars().count() > 60 { "…" } else { "" };
            let message = if l.cells > 1 {
                // A document's part with no target table: its heading shown, every cell quoted.
                let n = l.cells;
                format!("文档的这一部分（{n} 个单元格）不是绩效目标表，未归入任何字段 / this part of the document ({n} cells) is no target table and could not be placed: {shown}{more}")
            } else {
                format!("单元格未归入任何字段 / this cell could not be placed in any field: {shown}{more}")
            };
            out.push(finding(&S005_INFO, message, l.project, None, Some(l.line), Some(l.text.clone())));
        }
        // A document that is not a target table at all would otherwise yield one
        // finding per cell; past the cap one finding counts the rest.
        if let Some(first) = ctx.leftovers.get(S005_QUOTED) {
            let more: usize = ctx.leftovers[S005_QUOTED..].iter().map(|l| l.cells).sum();
            out.push(finding(
                &S005_INFO,
                format!("另有 {more} 个单元格未归入任何字段 / {more} more cells could not be placed (not quoted one by one)"),
                first.project,
                None,
                Some(first.line),
                Some(first.text.clone()),
            ));
        }
    }
}

pub struct S006;
static S006_INFO: RuleInfo = RuleInfo {
    code: "S006",
    severity: Severity::Info,
    summary: "text encoding was not UTF-8 and was converted (name the encoding)",
    basis: "—",
    settings: &[],
};
impl Rule for S006 {
    fn info(&self) -> &'static RuleInfo {
        &S006_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        if let Some(enc) = ctx.filing.encoding.as_deref() {
            if enc != "utf-8" {
                out.push(finding(
                    &S006_INFO,
                    format!("文本编码为 {enc}，已转换为 UTF-8 / text was decoded from {enc}"),
                    None,
                    None,
                    None,
                    None,
                ));
            }
        }
    }
}

pub struct S007;
static S007_INFO: RuleInfo = RuleInfo {
    code: "S007",
    severity: Severity::Warning,
    summary: "the text leaves an indicator's 二级 open (a merged label printed mid-span by page-order PDF text): check it",
    basis: "—",
    settings: &[],
};
impl Rule for S007 {
    fn info(&self) -> &'static RuleInfo {
        &S007_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for a in ctx.ambiguous {
            let indicator =
                a.project.and_then(|p| ctx.filing.projects.get(p)).and_then(|p| p.indicators.iter().position(|i| i.line == a.line));
            out.push(finding(
                &S007_INFO,
                format!(
                    "二级指标归属不确定（合并单元格标签印在跨行中部）/ this row may belong to the 二级 label printed after it (a merged label printed mid-span): {}",
                    a.text
                ),
                a.project,
                indicator,
                Some(a.line),
                Some(a.text.clone()),
            ));
        }
    }
}

pub struct S008;
static S008_INFO: RuleInfo = RuleInfo {
    code: "S008",
    severity: Severity::Warning,
    summary: "the file holds content the reader could not read (a spreadsheet formula with no saved result, an embedded part of a kind it does not read, a Word footnote or endnote printed outside the table): it is missing from the records",
    basis: "—",
    settings: &[],
};
impl Rule for S008 {
    fn info(&self) -> &'static RuleInfo {
        &S008_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for u in ctx.unread.iter().filter(|u| !u.hidden) {
            let project = ctx.project_at(u.line);
            let indicator = project.and_then(|p| ctx.filing.projects[p].indicators.iter().position(|i| i.line == u.line));
            out.push(finding(
                &S008_INFO,
                format!("{}: {}", u.message, u.snippet),
                project,
                indicator,
                Some(u.line),
                Some(u.snippet.clone()),
            ));
        }
    }
}

pub struct S009;
static S009_INFO: RuleInfo = RuleInfo {
    code: "S009",
    severity: Severity::Info,
    summary: "a fund key printed with one character wrong was read as the key it misses (其中:财政投款 as 其中:财政拨款): its amount counts under that key",
    basis: "practice",
    settings: &[],
};
impl Rule for S009 {
    fn info(&self) -> &'static RuleInfo {
        &S009_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for r in ctx.repairs {
            let project = ctx.project_at(r.line);
            let (printed, read_as) = (&r.printed, r.read_as);
            out.push(finding(
                &S009_INFO,
                format!("字段名 {printed} 疑为笔误，已按 {read_as} 读取 / the key {printed} was read as {read_as} (one character differs)"),
                project,
                None,
                Some(r.line),
                Some(printed.clone()),
            ));
        }
    }
}

pub struct S010;
static S010_INFO: RuleInfo = RuleInfo {
    code: "S010",
    severity: Severity::Info,
    summary: "the file holds hidden content that was left out as it prints (a spreadsheet's hidden rows, columns or sheet holding a target table, a Word document's hidden text): not in the records",
    basis: "—",
    settings: &[],
};
impl Rule for S010 {
    fn info(&self) -> &'static RuleInfo {
        &S010_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for u in ctx.unread.iter().filter(|u| u.hidden) {
            let project = ctx.project_at(u.line);
            out.push(finding(&S010_INFO, format!("{}: {}", u.message, u.snippet), project, None, Some(u.line), Some(u.snippet.clone())));
        }
    }
}

#[cfg(test)]
#[path = "structure_tests.rs"]
mod tests;
