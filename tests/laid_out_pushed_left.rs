//! `pdftotext -layout` text of a table printed tight whose cells, after a full cell of
//! ideographs, are printed one space after it, left of their columns (pdftotext gives
//! an ideograph one column though it is two wide), while their wrapped last lines
//! stand at the true columns, a whole column right. Written column by column; names
//! and values are made up.

#[path = "common/laid_out_lines.rs"]
mod laid_out_lines;
use laid_out_lines::{indicators, line, parse};

fn page(rows: &[String]) -> String {
    let top = [
        line(&[(0, "\u{c}项目支出绩效目标表")]),
        line(&[(0, "项目名称"), (9, "基层医保服务能力建设")]),
        line(&[(0, "绩效目标"), (9, "开展基层经办人员培训，推进医保服务下沉。")]),
    ];
    let header = [line(&[(0, "一级指标"), (9, "二级指标"), (24, "三级指标"), (32, "绩效指标描述"), (39, "指标值")])];
    top.iter().chain(&header).chain(rows).cloned().collect::<Vec<_>>().join("\n") + "\n"
}

/// A line whose cells may stand one space apart (`line` keeps two at least).
fn tight(cells: &[(usize, &str)]) -> String {
    let mut out = String::new();
    for &(col, text) in cells {
        let at = out.chars().count();
        out.push_str(&" ".repeat(col.saturating_sub(at).max(usize::from(at > 0))));
        out.push_str(text);
    }
    out
}

/// A 二级 label filling its cell, and the name and description after it one space
/// apart: their wrapped lines ("便捷程度") go on in the name and the description, not
/// in the description and the value.
#[test]
fn wrapped_lines_of_cells_printed_left_of_their_columns_go_on_in_those_cells() {
    let rows = [
        tight(&[(0, "产出指标"), (9, "数量指标"), (24, "培训基层经办"), (31, "培训基层经办"), (38, "≥60 人次")]),
        tight(&[(24, "人员人次"), (32, "人员人次")]),
        tight(&[(9, "质量指标"), (24, "档案查询准确"), (31, "档案查询准确"), (38, "≥96%")]),
        tight(&[(24, "率"), (32, "率")]),
        tight(&[(0, "效益指标"), (9, "社会效益指标"), (16, "群众就近办理"), (23, "群众就近办理"), (30, "明显改善")]),
        tight(&[(24, "便捷程度"), (32, "便捷程度")]),
        tight(&[(0, "满意度指标"), (9, "服务对象满意"), (16, "参训学员满意"), (23, "参训学员满意"), (30, "≥92%")]),
        tight(&[(9, "度指标"), (24, "度"), (32, "度")]),
    ];
    let f = parse(&page(&rows));
    assert_eq!(
        indicators(&f),
        vec![
            "数量指标 | 培训基层经办人员人次 | ≥60人次",
            "质量指标 | 档案查询准确率 | ≥96%",
            "社会效益指标 | 群众就近办理便捷程度 | 明显改善",
            "服务对象满意度指标 | 参训学员满意度 | ≥92%",
        ]
    );
}

/// A name cut by a page break where pdftotext has set the next page's columns two to
/// the right: its last line ("支出进度"), the page's first, stands in the name's column
/// but not at its left edge, and goes on in the name all the same.
#[test]
fn a_name_cut_by_a_page_break_goes_on_though_the_next_page_moved_its_column() {
    let lines = [
        line(&[(0, "2025 年部门预算公开")]),
        line(&[(0, "项目支出绩效目标表")]),
        line(&[(0, "项目名称"), (9, "乡村道路日常养护")]),
        line(&[(0, "绩效目标"), (9, "完成全年道路养护任务，及时修复路面病害，保障群众安全出行，")]),
        line(&[(9, "群众满意度不低于 90%。")]),
        line(&[(0, "一级指标"), (9, "二级指标"), (17, "三级指标"), (30, "指标值")]),
        line(&[(0, "产出指标"), (9, "数量指标"), (17, "养护道路里程"), (30, "≥120 公里")]),
        line(&[(17, "修复路面面积"), (30, "≥3000 平方米")]),
        line(&[(9, "质量指标"), (17, "路面完好率"), (30, "≥95%")]),
        line(&[(9, "成本指标"), (17, "巡查路段覆盖率"), (30, "100%")]),
        line(&[(17, "及病害处置完成")]),
        line(&[(17, "时间合格率资金")]),
        String::new(),
        String::new(),
        line(&[(0, "第1页共2页")]),
        line(&[(0, "\u{c}2025 年部门预算公开")]),
        String::new(),
        line(&[(19, "支出进度及成效")]),
        line(&[(19, "单公里养护成本"), (32, "≤5 万元")]),
        line(&[(0, "效益指标"), (11, "社会效益指标"), (19, "群众出行满意度"), (32, "≥90%")]),
    ];
    let f = parse(&(lines.join("\n") + "\n"));
    assert_eq!(
        indicators(&f),
        vec![
            "数量指标 | 养护道路里程 | ≥120公里",
            "数量指标 | 修复路面面积 | ≥3000平方米",
            "质量指标 | 路面完好率 | ≥95%",
            "成本指标 | 巡查路段覆盖率及病害处置完成时间合格率资金支出进度及成效 | 100%",
            "成本指标 | 单公里养护成本 | ≤5万元",
            "社会效益指标 | 群众出行满意度 | ≥90%",
        ]
    );
}

/// Found by mutating tests/fixtures/laid_out/top_aligned.txt: a line read as a pushed
/// run that also starts a new row placed its pieces by the run's cells after the row
/// above was emitted, past the end of the new row's columns (an index panic).
#[test]
fn a_pushed_run_on_a_line_that_starts_a_new_row_reads() {
    let bytes = include_bytes!("fixtures/laid_out/fuzz_pushed_run_new_row.txt");
    assert!(jixiao::parse_bytes(bytes, &jixiao::ParseOptions::default()).is_ok());
}
