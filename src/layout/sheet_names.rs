//! A workbook of one project per sheet may name each project only on its sheet's tab
//! ("再生资源回收市场管理经费"), the table itself holding no 项目名称 row: the
//! finance systems that export one sheet per project put the name there. A project
//! with no name, alone on a sheet whose name reads as a project's, takes that name.
//! Tabs that name the form rather than a project ("Sheet1", "项目1", "绩效目标表",
//! "部门项目支出绩效目标05-2", "附件2") are left alone.

use crate::read::grid::Caption;

use super::ProjectDraft;

/// Words of a tab that names the form, a list or a template, not a project.
const FORM_WORDS: &[&str] = &["表", "绩效", "目标", "指标", "附件", "汇总", "明细", "说明", "模板", "项目支出"];

/// A project's name has a few Chinese characters at least; "项目1", "Sheet2" and
/// "05-2" have not.
const MIN_HAN: usize = 4;

fn names_a_project(tab: &str) -> bool {
    let han = tab.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)).count();
    han >= MIN_HAN && !FORM_WORDS.iter().any(|w| tab.contains(w))
}

/// Give each unnamed project that is the only one on its sheet the sheet's name.
pub fn name_from_captions(projects: &mut [ProjectDraft], captions: &[Caption]) {
    // Asked of every filing: most grids have no captions (every format but workbooks).
    for (k, cap) in captions.iter().enumerate() {
        let end = captions.get(k + 1).map_or(usize::MAX, |c| c.line);
        let mut on_sheet = projects.iter_mut().filter(|d| (cap.line..end).contains(&d.project.lines[0]));
        let (Some(only), None) = (on_sheet.next(), on_sheet.next()) else { continue };
        let p = &mut only.project;
        // A 部门整体 table has no project name by design (pipeline::whole_department).
        let tab = cap.text.trim();
        if p.name.is_none() && !p.holds_duties() && names_a_project(tab) {
            p.name = Some(tab.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::names_a_project;

    #[test]
    fn tabs_that_name_the_form_name_no_project() {
        assert!(names_a_project("再生资源回收市场管理经费"));
        for tab in ["Sheet1", "项目1", "绩效目标表", "部门项目支出绩效目标05-2", "附件2", "工作表1", "汇总"] {
            assert!(!names_a_project(tab), "{tab}");
        }
    }
}
