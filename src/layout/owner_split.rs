//! A sheet that names the project on every row (Excel 05-2: 单位名称, 项目名称,
//! 项目年度绩效目标 columns) holds several projects one after another: one draft per
//! run of rows with the same project, the table's own fields shared by all of them.

use super::matrix::RawIndicator;
use super::ProjectDraft;

fn owner_project(r: &RawIndicator) -> &str {
    r.owner.as_ref().map_or("", |o| o.project.as_str())
}

/// One draft per run of rows owned by the same project (the draft itself when no row
/// names one).
pub(super) fn split_by_owner(draft: ProjectDraft) -> Vec<ProjectDraft> {
    if draft.raw.iter().all(|r| r.owner.is_none()) {
        return vec![draft];
    }
    let ProjectDraft { project: base, raw, periods, .. } = draft;
    let mut out: Vec<ProjectDraft> = Vec::new();
    for rec in raw {
        let same = out.last().and_then(|d| d.raw.last()).is_some_and(|last| owner_project(last) == owner_project(&rec));
        if !same {
            let owner = rec.owner.clone().unwrap_or_default();
            let mut project = base.clone();
            if !owner.project.is_empty() {
                project.name = Some(owner.project.clone());
            }
            if let Some(agency) = &owner.agency {
                let (code, name) = crate::extract::money::split_code(agency);
                project.department = Some(name);
                if code.is_some() {
                    project.department_code = code;
                }
            }
            // The owner's goal and code, where it prints them, over the table's own.
            project.goals.annual = owner.goal.clone().or_else(|| project.goals.annual.take());
            project.code = owner.code.clone().or_else(|| project.code.take());
            if let Some((total, unit)) = owner.amount.as_deref().and_then(crate::extract::money::parse_amount) {
                project.funds.annual.get_or_insert_with(Default::default).total = Some(total);
                // The table's declared unit, else the amount's own ("40万元"), else its
                // column name's ("项目金额（万元）").
                project.money_unit = project.money_unit.take().or(unit.or(owner.amount_unit).map(str::to_string));
            }
            project.lines = [rec.line, rec.line];
            out.push(ProjectDraft { project, raw: Vec::new(), periods: periods.clone(), ambiguous: Vec::new() });
        }
        if let Some(d) = out.last_mut() {
            d.project.lines[1] = rec.line;
            d.raw.push(rec);
        }
    }
    // Only the last project can have been cut off with the document.
    let n = out.len();
    for d in out.iter_mut().take(n.saturating_sub(1)) {
        d.project.complete = true;
    }
    out
}
