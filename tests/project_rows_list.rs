//! The budget system's export of every project of a department in one table (一体化
//! 部门预算项目绩效目标申报表, families L5/L11): 单位名称 | 项目名称 | 预算数 | 年度目标 |
//! 一级指标 … 指标方向性, a department subtotal row, then per project a first row with
//! its owner cells and rows holding only the indicator's (the owner cells merged down
//! and gone). The next project's first row may lack its merged 单位名称 too. Fixtures
//! are synthetic (own names and numbers) in the shape of a real page.

use jixiao::{parse_bytes, Filing, ParseOptions, Project};

fn parse(text: &str) -> Filing {
    parse_bytes(text.as_bytes(), &ParseOptions::default()).unwrap()
}

const HEADER: &[&str] = &[
    "单位名称",
    "项目名称",
    "预算数",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
    "权重",
    "指标方向性",
];

/// The table's rows, each as the cells it prints (merged cells gone).
fn rows() -> Vec<Vec<&'static str>> {
    let mut out = vec![vec!["部门预算项目绩效目标申报表(2024年度)"], vec!["金额单位:元"], HEADER.to_vec()];
    out.extend([
        vec!["530-青禾乡部门", "1,234,500.00"],
        vec![
            "530001-青禾乡人民政府",
            "乡村保洁员补助",
            "456,000.00",
            "按月发放保洁员补助",
            "产出指标",
            "数量指标",
            "保洁员人数",
            "=",
            "38",
            "人",
            "20",
            "正向指标",
        ],
        vec!["产出指标", "时效指标", "补助发放及时率", "≥", "98", "%", "20", "正向指标"],
        vec!["效益指标", "社会效益指标", "村容村貌改善", "≥", "90", "%", "30", "正向指标"],
        vec!["满意度指标", "服务对象满意度指标", "村民满意度", "≥", "92", "%", "30", "正向指标"],
        // The next project: its 单位名称 cell was merged with the one above.
        vec![
            "村级阵地运转经费",
            "78,600.00",
            "保障村级活动阵地正常运转",
            "产出指标",
            "数量指标",
            "覆盖村数",
            "=",
            "9",
            "个",
            "40",
            "正向指标",
        ],
        vec!["成本指标", "经济成本指标", "每村运转经费", "≤", "8733", "元", "30", "反向指标"],
        vec!["满意度指标", "服务对象满意度指标", "村干部满意度", "≥", "90", "%", "30", "正向指标"],
        vec![
            "530002-青禾乡农业服务中心",
            "农技推广补助",
            "700,000.00",
            "推广主导品种与技术",
            "产出指标",
            "质量指标",
            "技术到位率",
            "≥",
            "95",
            "%",
            "60",
            "正向指标",
        ],
        vec!["效益指标", "经济效益指标", "亩均增收", "≥", "50", "元", "40", "正向指标"],
    ]);
    out
}

/// "|"-flattened, as a web index stores the page: each row padded to the header's width.
fn piped() -> String {
    rows().iter().map(|r| format!("| {} |{}\n", r.join(" | "), " |".repeat(HEADER.len() - r.len()))).collect()
}

fn tabbed() -> String {
    rows().iter().map(|r| r.join("\t") + "\n").collect()
}

fn check(f: &Filing) {
    let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref().unwrap_or("")).collect();
    assert_eq!(names, ["乡村保洁员补助", "村级阵地运转经费", "农技推广补助"], "{:#?}", f.diagnostics);
    let total = |p: &Project| p.funds.annual.as_ref().and_then(|a| a.total);
    let [a, b, c] = &f.projects[..] else { unreachable!() };
    assert_eq!(total(a), Some(456000.0));
    assert_eq!(total(b), Some(78600.0));
    assert_eq!(total(c), Some(700000.0));
    assert_eq!(b.goals.annual.as_deref(), Some("保障村级活动阵地正常运转"));
    assert_eq!(a.money_unit.as_deref(), Some("元"));
    // The merged 单位名称 runs on down to the project that does not print it.
    assert_eq!(b.department.as_deref(), Some("青禾乡人民政府"));
    assert_eq!(b.department_code.as_deref(), Some("530001"));
    assert_eq!(c.department_code.as_deref(), Some("530002"));
    let counts: Vec<_> = f.projects.iter().map(|p| p.indicators.len()).collect();
    assert_eq!(counts, [4, 3, 2]);
    let first = &b.indicators[0];
    assert_eq!((first.level1.as_str(), first.level2.as_str(), first.name.as_str()), ("产出指标", "数量指标", "覆盖村数"));
    assert_eq!(first.value, "=9个");
    assert_eq!(first.score, Some(40.0));
    assert_eq!(b.indicators[1].polarity.as_deref(), Some("反向指标"));
    assert_eq!(b.indicators[1].value, "≤8733元");
    let s005: Vec<_> = f.diagnostics.iter().filter(|d| d.code == "S005").filter_map(|d| d.snippet.clone()).collect();
    assert!(s005.is_empty(), "{s005:?}");
}

#[test]
fn project_rows_list_pipe_form() {
    check(&parse(&piped()));
}

#[test]
fn project_rows_list_tab_form() {
    check(&parse(&tabbed()));
}
