//! Text a PDF gives through pdfplumber's `extract_text()`: one line per visual line,
//! cells cut at single spaces, and every wrapped cell continued on the lines below,
//! one piece per cell still wrapping. Before, each continuation line was an indicator
//! of its own without a value, a field key cut at its wrap ("预算规模及资" / "金用途")
//! was no key, and a goal's last short line was an unplaced cell. Fixture synthetic
//! (own names and numbers) in the shape of the seed PDFs' pdfplumber text.

#[path = "common/families.rs"]
mod families;
use families::{parse, rows, s005, show};

const FORM: &str = "\
1.2024年某区职工补充医疗保险费绩效目标表
某区医疗保障局 单位：元
项目名称 2024年某区职工补充医疗保险费
预算规模及资 预算数 3600000.00 其中：财政资 3600000.00 其他资金
金用途 金
绩效目标 1.为在编职工投保商业补充医疗保险，提高职工医疗保险待遇，减轻职工个人医疗费
用。
一级指标 二级指标 三级指标 绩效指标描述 指标值
产出指标 数量指标 参保的在职在 参保的在职在 4800人
编及退休人员 编及退休人员
质量指标 参保人员医疗 参保人员医疗 100%
费报销准确率 费报销准确率
满意度指标 服务对象满意 参保职工对经 参保职工对经 ≥90%
度指标 办服务的满意 办服务的满意
度 度
效益指标 社会效益指标 减轻职工医疗 减轻职工医疗 有效减轻
费用负担 费用负担
填报人：张某 联系电话：0000-1234567
";

#[test]
fn continuation_lines_end_the_cells_they_continue() {
    let f = parse(FORM);
    let got = rows(&f);
    let want = [
        ("产出指标", "数量指标", "参保的在职在编及退休人员", "4800人"),
        ("产出指标", "质量指标", "参保人员医疗费报销准确率", "100%"),
        ("满意度指标", "服务对象满意度指标", "参保职工对经办服务的满意度", "≥90%"),
        ("效益指标", "社会效益指标", "减轻职工医疗费用负担", "有效减轻"),
    ];
    let got: Vec<(&str, &str, &str, &str)> = got.iter().map(|r| (r.0.as_str(), r.1.as_str(), r.2.as_str(), r.3.as_str())).collect();
    assert_eq!(got, want, "{}", show(&f));
    let p = &f.projects[0];
    assert_eq!(p.indicators[0].description.as_deref(), Some("参保的在职在编及退休人员"), "{}", show(&f));
    // The key cut at its wrap is read, and the goal's last line is the goal's.
    let annual = p.funds.annual.as_ref().expect("annual funds");
    assert_eq!((annual.total, annual.fiscal), (Some(3_600_000.0), Some(3_600_000.0)), "{}", show(&f));
    assert!(p.goals.annual.as_deref().is_some_and(|g| g.ends_with("减轻职工个人医疗费用。")), "{}", show(&f));
    assert!(!s005(&f).iter().any(|s| s == "用。" || s == "金用途"), "{:?}", s005(&f));
}

#[test]
fn a_numbered_line_and_a_table_number_are_no_continuations() {
    // A heading's next line is a heading of its own, and "表3-2" under a sentence is
    // the next table's number, though both are short and follow a long line.
    let f =
        parse(&format!("（一）某区职工补充医疗保险费项目情况\n1.绩效目标\n{FORM}以上绩效目标由项目单位设定，随部门预算公开。\n表3-2\n"));
    assert_eq!(f.projects[0].name.as_deref(), Some("2024年某区职工补充医疗保险费"), "{}", show(&f));
    assert!(s005(&f).iter().all(|s| !s.contains("1.绩效目标") || !s.contains("项目情况")), "{:?}", s005(&f));
    assert_eq!(rows(&f).len(), 4, "{}", show(&f));
}
