//! Shapes of real published pages that earlier rounds misread (synthetic text of the
//! same shapes, with made-up names and numbers): a matrix row that prints a 二级 but
//! no 三级 name, one-cell-per-line copies whose bare "|" lines are empty cells.

#[path = "common/families.rs"]
mod families;

use families::{all, parse, s005, show};

/// A 整体绩效目标表 whose 满意度 row prints its 二级 and goes straight on to the value
/// type: the 三级 cell is empty and dropped by the copy.
const NO_LEVEL3_ROW: &str = "某区园林养护所2025年度整体绩效目标表 | ||||||||
部门(单位)名称 | 某区园林养护所 | |||||||
一级指标 | 二级指标 | 三级指标 | 指标值类型 | *指标值 | 计量单位 | *指标解释 | *评(扣)分标准 | 备注 |
产出指标 | 数量指标 | 养护绿地面积 | 定量 | 42 | 万平方米 | 反映养护的绿地面积 | 每少1万平方米扣1分 | |
效益指标 | 生态效益指标 | 绿地成活率 | 定量 | 95 | % | 反映苗木成活情况 | 酌情扣分 | ||
满意度指标 | 服务对象满意度指标 | 定量 | 88 | % | 反映市民满意程度 | 酌情扣分 | ||
";

#[test]
fn row_without_level3_name_is_read_under_its_level2() {
    let f = parse(NO_LEVEL3_ROW);
    let inds = all(&f);
    assert_eq!(inds.len(), 3, "{}", show(&f));
    let last = inds[2];
    assert_eq!(last.level1, "满意度指标", "{}", show(&f));
    assert_eq!(last.level2, "服务对象满意度指标", "{}", show(&f));
    assert_eq!(last.name, "服务对象满意度指标", "{}", show(&f));
    assert!(last.value.contains("88"), "{}", show(&f));
    assert_eq!(last.target.unit.as_deref(), Some("%"), "{}", show(&f));
    assert_eq!(last.description.as_deref(), Some("反映市民满意程度"), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

/// The same header, where the 三级 name is merged down over two rows: the second row
/// prints no 二级 of its own, so it is not named after the 二级.
const MERGED_LEVEL3_ROW: &str = "一级指标\t二级指标\t三级指标\t指标值类型\t指标值\t计量单位
产出指标\t数量指标\t修剪树木株数\t定量\t1200\t株
\t\t\t定量\t1300\t株
";

#[test]
fn row_with_merged_level3_is_not_named_after_its_level2() {
    let f = parse(MERGED_LEVEL3_ROW);
    assert!(all(&f).iter().all(|i| i.name != "数量指标"), "{}", show(&f));
    assert_eq!(all(&f)[0].name, "修剪树木株数", "{}", show(&f));
}

/// A 绩效自评表 copied one cell per line, each cell closed by its own "|", no line
/// marking the rows, and an empty cell a line of a bare "|" (here the 完成值 not yet
/// filled in, and the 未完成原因分析).
const PIPE_CLOSED_SELF_EVALUATION: &str = "部门预算项目支出绩效自评表(2024年度) |
项目名称 |
某县档案数字化项目 |
主管部门 |
某县档案局 |
项目年度目标 |
完成馆藏档案数字化加工。 |
绩效指标(90分) |
一级指标 |
二级指标 |
三级指标 |
指标性质 |
指标值 |
度量单位 |
完成值 |
权重 |
得分 |
未完成原因分析 |
产出指标 |
数量指标 |
数字化档案卷数 |
≥ |
3000 |
卷 |
|
50 |
|
|
效益指标 |
社会效益指标 |
档案查阅效率提升 |
≥ |
30 |
% |
|
40 |
|
|
";

#[test]
fn bare_pipe_lines_are_empty_cells_of_a_pipe_closed_stream() {
    let g = jixiao::read::text::split_cells(PIPE_CLOSED_SELF_EVALUATION);
    // No row structure survives: one cell a row, the bare pipes kept as blank cells.
    assert!(g.rows.iter().all(|r| r.cells.len() == 1), "{:?}", g.rows);
    assert_eq!(g.blank_cells.len(), 6, "{:?}", g.blank_cells);
    let f = parse(PIPE_CLOSED_SELF_EVALUATION);
    let inds = all(&f);
    assert_eq!(inds.len(), 2, "{}", show(&f));
    assert_eq!((inds[0].name.as_str(), inds[0].target.value), ("数字化档案卷数", Some(3000.0)), "{}", show(&f));
    assert_eq!(inds[1].level2, "社会效益指标", "{}", show(&f));
}

#[test]
fn blank_actual_of_a_self_evaluation_stream_keeps_the_weight_in_score() {
    let f = parse(PIPE_CLOSED_SELF_EVALUATION);
    let inds = all(&f);
    assert_eq!(inds.len(), 2, "{}", show(&f));
    // The empty 完成值 holds its column: 50 and 40 are the 权重, nothing was achieved yet.
    assert_eq!((inds[0].actual.as_deref(), inds[0].score), (None, Some(50.0)), "{}", show(&f));
    assert_eq!((inds[1].actual.as_deref(), inds[1].score), (None, Some(40.0)), "{}", show(&f));
}

#[test]
fn blank_paragraph_cells_of_a_single_matrix_hold_their_columns() {
    // The same table as paragraphs, an empty cell a paragraph holding a space.
    let text: String = PIPE_CLOSED_SELF_EVALUATION
        .lines()
        .map(|l| if l == "|" { " ".to_string() } else { l.trim_end_matches(" |").to_string() })
        .collect::<Vec<_>>()
        .join("\n");
    let f = parse(&text);
    let inds = all(&f);
    assert_eq!(inds.len(), 2, "{}", show(&f));
    assert_eq!((inds[0].actual.as_deref(), inds[0].score), (None, Some(50.0)), "{}", show(&f));
}

/// A goal printed in dotted pieces, each cut into a cell of its own.
const DOTTED_GOAL_PIECES: &str = "项目名称 | 某区社区养老服务补助 |
主管部门 | 某区民政局 |
年度目标 | 1.完成12个社区养老服务站运营补助; | 2.开展助餐服务不少于3万人次; | 3.老年人满意度达到90%以上。 |
一级指标 | 二级指标 | 三级指标 | 指标值 |
产出指标 | 数量指标 | 补助站点数量 | 12个 |
";

#[test]
fn dotted_goal_pieces_in_cells_of_their_own_join_the_goal() {
    let f = parse(DOTTED_GOAL_PIECES);
    let goal = f.projects[0].goals.annual.as_deref();
    assert_eq!(goal, Some("1.完成12个社区养老服务站运营补助;\n2.开展助餐服务不少于3万人次;\n3.老年人满意度达到90%以上。"), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
    // Tab-separated alike.
    let f = parse(&DOTTED_GOAL_PIECES.replace(" | ", "\t").replace(" |", ""));
    assert_eq!(f.projects[0].goals.annual.as_deref(), goal, "{}", show(&f));
}

#[test]
fn numbered_part_after_a_stream_goal_ends_it() {
    // A 自评表 one cell per line: the goal is followed by the form's next numbered
    // part, which is no more of the goal.
    let text = PIPE_CLOSED_SELF_EVALUATION
        .replace("完成馆藏档案数字化加工。 |\n", "完成馆藏档案数字化加工。 |\n2.项目实施内容及过程概述 |\n|\n预算执行情况(10分) |\n");
    let f = parse(&text);
    assert_eq!(f.projects[0].goals.annual.as_deref(), Some("完成馆藏档案数字化加工。"), "{}", show(&f));
}

/// A 申报表's funds run together, their sources numbered: "三、其他:…" is the other
/// funds even though 其他 alone is too short a key to cut glued text at.
const NUMBERED_FUND_SOURCES: &str = "文档简介

项目绩效目标表(2023年度)填报单位(盖章):某县柳溪镇人民政府 项目名称集镇污水管网维护项目属性新增项目□延续项目√主管部门柳溪镇项目单位柳溪镇村镇建设服务中心项目起止时间2023年度资金总额及构成总额86万元财政拨款:60万元二、自有资金:6万元三、其他:20万元项目概况维护集镇污水管网12公里项目绩效目标年度目标完成12公里管网维护年度绩效指标一级指标二级指标指标内容指标值备注产出指标数量指标管网维护长度12公里质量指标维护合格率≥95%满意度指标服务对象满意度指标群众满意度≥90%
";

#[test]
fn numbered_short_fund_key_in_run_together_text_is_the_other_funds() {
    let f = parse(NUMBERED_FUND_SOURCES);
    let p = &f.projects[0];
    let annual = p.funds.annual.as_ref().expect("annual funds");
    assert_eq!((annual.total, annual.fiscal, annual.other), (Some(86.0), Some(60.0), Some(20.0)), "{}", show(&f));
    // The 自有资金 before it keeps only its own amount.
    assert!(p.extra.get("自有资金").is_some_and(|v| !v.contains("其他")), "{:?}", p.extra);
}

#[test]
fn numbered_short_fund_key_on_a_line_of_its_own() {
    let text = "项目名称\t集镇污水管网维护\n资金总额\t86万元\n财政拨款\t60万元\n三、其他:20万元\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t管网维护长度\t12公里\n";
    let f = parse(text);
    let annual = f.projects[0].funds.annual.as_ref().expect("annual funds");
    assert_eq!(annual.other, Some(20.0), "{}", show(&f));
}
