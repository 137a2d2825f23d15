//! Government pages flattened with every cell's closing "|" on a line of its own
//! ("项目名称" / "|" / "某某项目" / "|"). The reader took each lone pipe for a row break,
//! so the indicator stream lost its pairing: every value became a name of its own,
//! with an empty value. Fixture synthetic (own names and numbers) in that shape.

#[path = "common/families.rs"]
mod families;
use families::{parse, show};
use jixiao::read::grid::CellStyle;
use jixiao::read::text::split_cells;

/// `cells` printed one a line, each followed by a line holding only "|"; an empty
/// cell prints as the lone pipe alone.
fn piped(head: &str, cells: &[&str]) -> String {
    let body: Vec<String> = cells.iter().map(|c| if c.is_empty() { "|".to_string() } else { format!("{c}\n|") }).collect();
    format!("{head}{}\n", body.join("\n"))
}

const CELLS: &[&str] = &[
    "项目支出绩效目标申报表",
    "(2023 年度)",
    "项目名称",
    "城区公厕保洁服务",
    "主管部门及代码",
    "",
    "实施单位",
    "某县城市管理局",
    "项目资金(万元)",
    "年度资金总额",
    "36.5",
    "其中:财政拨款",
    "36.5",
    "其他资金",
    "",
    "总体 目标",
    "完成城区公厕日常保洁,保持环境整洁。",
    "绩效 指标",
    "一级 指标",
    "二级指标",
    "三级指标",
    "指标值",
    "产出 指标",
    "数量指标",
    "保洁公厕座数",
    "≥24座",
    "质量指标",
    "保洁检查合格率",
    "≥95%",
    "满意度 指标",
    "服务对象满意度指标",
    "市民满意度",
    "≥90%",
];

const HEAD: &str = "某县城市管理局2023年城区公厕保洁服务项目绩效目标\n发布时间:2023-03-02 来源:某县城市管理局 字体:大 中 小\n";

#[test]
fn pipes_closing_cells_on_their_own_lines_are_a_stream() {
    let f = parse(&piped(HEAD, CELLS));
    let p = &f.projects[0];
    let got: Vec<(&str, &str, &str, &str)> =
        p.indicators.iter().map(|i| (i.level1.as_str(), i.level2.as_str(), i.name.as_str(), i.value.as_str())).collect();
    assert_eq!(
        got,
        vec![
            ("产出指标", "数量指标", "保洁公厕座数", "≥24座"),
            ("产出指标", "质量指标", "保洁检查合格率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
        ],
        "{}",
        show(&f)
    );
    // The empty 主管部门 cell (two lone pipes in a row) keeps its place: the unit
    // after it is still the 实施单位, not taken for the department.
    assert_eq!(p.department, None, "{}", show(&f));
    assert_eq!(p.implementing_unit.as_deref(), Some("某县城市管理局"), "{}", show(&f));
    assert_eq!(p.funds.annual.as_ref().and_then(|a| a.total), Some(36.5), "{}", show(&f));
}

#[test]
fn lone_pipes_after_cells_read_as_paragraphs_with_blank_cells() {
    let g = split_cells(&piped(HEAD, CELLS));
    assert_eq!(g.style, CellStyle::Paragraphs);
    let texts: Vec<&str> = g.rows.iter().map(|r| r.cells[0].text.as_str()).collect();
    assert_eq!(&texts[4..8], ["项目名称", "城区公厕保洁服务", "主管部门及代码", "实施单位"]);
    assert!(g.rows.iter().all(|r| r.cells.len() == 1));
    // One blank cell for each empty cell (主管部门及代码, 其他资金), none for the pipes
    // that only close a filled cell.
    assert_eq!(g.blank_cells.len(), 2, "{:?}", g.blank_cells);
}
