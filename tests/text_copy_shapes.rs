//! Shapes of text copies that earlier rounds misread (synthetic text, made-up names
//! and numbers): full-width pipes between cells, markdown tables whose cells go on
//! over several lines, a bare year line over or inside a table.

#[path = "common/families.rs"]
mod families;

use families::{all, parse, s005, show};
use jixiao::read::grid::CellStyle;
use jixiao::read::text::split_cells;

/// A page flattened from HTML with "｜" (U+FF5C) between its cells.
const WIDE_PIPES: &str = "某县2023年项目支出绩效目标表
项目名称｜乡村道路养护项目｜主管部门｜某县交通运输局
实施单位｜某县公路养护站｜项目属性｜新增
年度资金总额｜86.4｜财政拨款｜86.4
年度目标｜养护农村公路四十公里
一级指标｜二级指标｜三级指标｜指标值
产出指标｜数量指标｜养护里程｜≥40公里
效益指标｜社会效益指标｜群众满意度｜≥92%
";

#[test]
fn full_width_pipes_cut_cells_as_pipes_do() {
    let f = parse(WIDE_PIPES);
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("乡村道路养护项目"), "{}", show(&f));
    assert_eq!(p.department.as_deref(), Some("某县交通运输局"), "{}", show(&f));
    assert_eq!(p.implementing_unit.as_deref(), Some("某县公路养护站"), "{}", show(&f));
    assert_eq!(p.funds.annual.as_ref().and_then(|a| a.total), Some(86.4), "{}", show(&f));
    let inds: Vec<(&str, &str)> = all(&f).iter().map(|i| (i.name.as_str(), i.value.as_str())).collect();
    assert_eq!(inds, [("养护里程", "≥40公里"), ("群众满意度", "≥92%")], "{}", show(&f));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

#[test]
fn full_width_pipes_with_a_stray_ascii_pipe_still_cut_cells() {
    let text = format!("{WIDE_PIPES}填报人：李四 | 联系电话：0000-1234567\n");
    let f = parse(&text);
    assert_eq!(f.projects[0].name.as_deref(), Some("乡村道路养护项目"), "{}", show(&f));
    assert_eq!(all(&f).len(), 2, "{}", show(&f));
}

#[test]
fn a_stray_full_width_pipe_in_prose_cuts_nothing() {
    let prose = "关于某县2023年项目绩效目标的说明\n本年度重点保障道路养护｜桥梁检测等工作。\n各单位按要求执行。\n请认真落实。\n";
    let g = split_cells(prose);
    assert_ne!(g.style, CellStyle::Pipes);
    assert!(g.rows.iter().flat_map(|r| &r.cells).any(|c| c.text.contains("养护｜桥梁")), "{g:?}");
}

/// A markdown copy: the goal and a 三级 name go on over a second line, one with the
/// rest of the row after it, one opening with "|" (fewer cells than the table is
/// wide) with the row's last cell.
const MARKDOWN_WRAPPED: &str = "| 项目名称 | 河道保洁项目 | 主管部门 | 某镇水务站 |
|---|---|---|---|
| 实施单位 | 某镇环卫所 | 项目属性 | 延续 |
| 年度目标 | 完成河道日常保洁，
保持水面整洁 | 年度资金总额 | 52.8 |
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
| 产出指标 | 数量指标 | 保洁河道
长度 | ≥18公里 |
| 产出指标 | 质量指标 | 水面漂浮物
| 清理率 | 100% |
| 效益指标 | 生态效益指标 | 水质达标率 | ≥95% |
";

#[test]
fn markdown_cells_over_two_lines_are_one_cell() {
    let f = parse(MARKDOWN_WRAPPED);
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("河道保洁项目"), "{}", show(&f));
    assert_eq!(p.funds.annual.as_ref().and_then(|a| a.total), Some(52.8), "{}", show(&f));
    let goal = p.goals.annual.as_deref().unwrap_or_default().replace('\n', "");
    assert_eq!(goal, "完成河道日常保洁，保持水面整洁", "{}", show(&f));
    let inds: Vec<(String, &str)> = all(&f).iter().map(|i| (i.name.replace('\n', ""), i.value.as_str())).collect();
    let want = [("保洁河道长度", "≥18公里"), ("水面漂浮物清理率", "100%"), ("水质达标率", "≥95%")];
    assert_eq!(inds, want.map(|(a, b)| (a.to_string(), b)), "{}", show(&f));
    // The rule under the header is no row: no "---" left unplaced.
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

/// "2021年" alone over a table whose title names no year: the filing's year.
const YEAR_OVER_TABLE: &str = "2021年
项目支出绩效目标表
项目名称\t社区健身设施更新项目
主管部门\t某区体育局
年度目标\t更新社区健身器材
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t更新器材数量\t≥120件
产出指标\t时效指标\t完成时间\t2021年
效益指标\t社会效益指标\t居民满意度\t≥90%
";

#[test]
fn a_bare_year_line_over_the_table_is_the_year() {
    let f = parse(YEAR_OVER_TABLE);
    assert_eq!(f.year, Some(2021), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
    // A year in a value cell stays the indicator's value.
    let inds: Vec<(&str, &str)> = all(&f).iter().map(|i| (i.name.as_str(), i.value.as_str())).collect();
    assert_eq!(inds, [("更新器材数量", "≥120件"), ("完成时间", "2021年"), ("居民满意度", "≥90%")], "{}", show(&f));
}

/// The same year line repeated as a page heading inside the table, under a title that
/// gives another year: furniture, neither the year nor an indicator nor a finding.
const YEAR_INSIDE_TABLE: &str = "某区2022年项目支出绩效目标表
项目名称\t社区健身设施更新项目
主管部门\t某区体育局
2021年
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t更新器材数量\t≥120件
2021年
效益指标\t社会效益指标\t居民满意度\t≥90%
";

#[test]
fn a_bare_year_line_inside_the_table_is_furniture() {
    let f = parse(YEAR_INSIDE_TABLE);
    assert_eq!(f.year, Some(2022), "{}", show(&f));
    let names: Vec<&str> = all(&f).iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["更新器材数量", "居民满意度"], "{}", show(&f));
    assert_eq!(f.projects[0].department.as_deref(), Some("某区体育局"), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
    assert!(f.diagnostics.iter().all(|d| d.snippet.as_deref() != Some("2021年")), "{}", show(&f));
}

/// A markdown table printed without closing pipes closes no row by "|": each line is
/// a row, and the line after the table is no part of its last cell.
#[test]
fn markdown_without_closing_pipes_reads_a_row_a_line() {
    let text = "| 项目名称 | 河道保洁项目
|---|---
| 主管部门 | 某镇水务站
| 一级指标 | 二级指标 | 三级指标 | 指标值
| 产出指标 | 数量指标 | 保洁河道长度 | ≥18公里
填报人：王五
";
    let g = split_cells(text);
    let rows: Vec<Vec<&str>> = g.rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect();
    assert_eq!(rows[1], ["主管部门", "某镇水务站"]);
    assert_eq!(rows[3], ["产出指标", "数量指标", "保洁河道长度", "≥18公里"]);
    assert_eq!(rows[4], ["填报人：王五"]);
}
