//! `pdftotext -layout` of a tight table whose 三级指标, 绩效指标描述 and 指标值 cells are
//! printed one space apart ("新区财政供养 新区财政供养 47100 人"): pdftotext gives an
//! ideograph one column though it is two wide, so a full cell of ideographs pushes the
//! cells after it left, up against it.

use jixiao::{parse_bytes, Filing, ParseOptions};

fn indicators(f: &Filing) -> Vec<String> {
    f.projects.iter().flat_map(|p| &p.indicators).map(|i| format!("{} | {} | {} | {}", i.level1, i.level2, i.name, i.value)).collect()
}

fn table(rows: &str) -> String {
    // A form feed: pdftotext's page start, which marks the text as its output.
    [
        "\u{c}项目支出绩效目标表",
        "",
        "项目名称     甲乙丙医疗保险费",
        "绩效目标     为在编人员投保补充医疗保险。",
        "一级指标     二级指标        三级指标        绩效指标描述 指标值",
        rows,
    ]
    .join("\n")
}

/// The value is glued onto the description by a single space after an ideograph,
/// which alone reads as pdftotext's own ("12 月"); the values of the rows around it
/// ending their lines at the same column show it is the value column.
#[test]
fn a_value_one_space_after_a_description_is_its_own_cell() {
    // A raw string: the indentation is the layout.
    let text = table(
        r"产出指标     数量指标        新区财政供养 新区财政供养 47100 人
                     的事业单位在 的事业单位在
         质量指标        符合条件的群 符合条件的群 100%
                     体保险覆盖率 体保险覆盖率
         质量指标        医疗费报销准 医疗费报销准 100%
                     确率增加一个 确率增加一个
         成本指标        新区事业人员 新区事业人员 757 元/人
                     保险保费标准 保险保费标准",
    );
    let f = parse_bytes(text.as_bytes(), &ParseOptions::default()).unwrap();
    assert_eq!(
        indicators(&f),
        [
            "产出指标 | 数量指标 | 新区财政供养的事业单位在 | 47100人",
            "产出指标 | 质量指标 | 符合条件的群体保险覆盖率 | 100%",
            "产出指标 | 质量指标 | 医疗费报销准确率增加一个 | 100%",
            "产出指标 | 成本指标 | 新区事业人员保险保费标准 | 757元/人",
        ]
    );
}

/// A cell's short last line is printed at the column's true place, right of the full
/// lines above it that were pushed left: it still ends that cell ("确率" under
/// "医疗费报销准"), whether it reaches into the value column or not.
#[test]
fn a_short_last_line_right_of_its_pushed_cell_ends_that_cell() {
    let text = table(
        r"产出指标     数量指标        新区财政供养 新区财政供养 47100 人
                     的事业单位在 的事业单位在
                     职在编人员       职在编人员
         质量指标        医疗费报销准 医疗费报销准 100%
                     确率          确率
         成本指标        新区事业人员 新区事业人员 757 元/人
                     保险保费标准 保险保费标准",
    );
    let f = parse_bytes(text.as_bytes(), &ParseOptions::default()).unwrap();
    assert_eq!(
        indicators(&f),
        [
            "产出指标 | 数量指标 | 新区财政供养的事业单位在职在编人员 | 47100人",
            "产出指标 | 质量指标 | 医疗费报销准确率 | 100%",
            "产出指标 | 成本指标 | 新区事业人员保险保费标准 | 757元/人",
        ]
    );
}

/// A funds row whose amount has the next key one space after it ("5800000.00
/// 其中：财政资", "金：" wrapped below): the amount and the key are two cells, so the
/// totals are read (they were None, the amount glued onto the key).
#[test]
fn an_amount_one_space_before_a_fund_key_is_its_own_cell() {
    // A raw string: the indentation is the layout.
    let text = r"              项目支出绩效目标表（2023 年度）

项目名称          城市绿道维护项目


主管部门          某市园林局                   实施单位         某市绿道管理所


项目资金（元）    年度资金总额：   5800000.00 其中：财政资       5800000.00     其他资金    0
                                金：


年度绩效目标      完成城市绿道日常维护，保障绿道通行安全。


一级指标 二级指标     三级指标                  指标值


产出指标 数量指标     维护绿道长度              ≥35 公里


效益指标 社会效益指标 游客满意度                ≥90%
";
    let f = parse_bytes(text.as_bytes(), &ParseOptions::default()).unwrap();
    let funds = f.projects[0].funds.annual.as_ref().expect("annual funds");
    assert_eq!((funds.total, funds.fiscal, funds.other), (Some(5800000.0), Some(5800000.0), Some(0.0)));
    assert!(f.diagnostics.iter().all(|d| d.code != "S005"), "{:?}", f.diagnostics);
    assert_eq!(indicators(&f), ["产出指标 | 数量指标 | 维护绿道长度 | ≥35公里", "效益指标 | 社会效益指标 | 游客满意度 | ≥90%"]);
}

/// A value glued on after a full description stands left of the value column, as the
/// cells after a full line of ideographs do ("项目完成时间 2025 年 12 月" with "2025" two
/// columns left of the "≥98%" above and below it): it is still the row's value, whole.
#[test]
fn a_value_glued_on_left_of_its_column_is_its_own_cell() {
    let text = table(
        r"产出指标     数量指标        培训到位率  培训到位率    ≥98%        县级预算安排
         质量指标        设备合格率  设备合格率    ≥98%        县级预算安排
         时效指标        项目完成时间 项目完成时间 2025 年 12 月   县级预算安排
         成本指标        经费拨付率  经费拨付率    ≥98%        县级预算安排",
    );
    let f = parse_bytes(text.as_bytes(), &ParseOptions::default()).unwrap();
    assert_eq!(
        indicators(&f),
        [
            "产出指标 | 数量指标 | 培训到位率 | ≥98%",
            "产出指标 | 质量指标 | 设备合格率 | ≥98%",
            "产出指标 | 时效指标 | 项目完成时间 | 2025年12月",
            "产出指标 | 成本指标 | 经费拨付率 | ≥98%",
        ]
    );
}

/// A date value printed on many rows ("2025 年 12 月"): the single space inside it is
/// its own, though the rows' "12" all stand at one column.
#[test]
fn a_repeated_date_value_is_not_cut_at_its_own_spaces() {
    // Columns 0, 9, 21, 33, 40 as in the header (an ideograph takes one column here,
    // as pdftotext prints it).
    let row = |label: &str, name: String, desc: &str, value: &str| {
        let pad = |t: &str, w: usize| format!("{t}{}", " ".repeat(w - t.chars().count()));
        format!("{}{}{}{value}", pad(label, 21), pad(&name, 12), pad(desc, 7))
    };
    let mut lines = Vec::new();
    for i in 1..=6 {
        let label = if i == 1 { format!("产出指标{}时效指标", " ".repeat(5)) } else { String::new() };
        lines.push(row(&label, format!("完成时间 {i}"), "按期完成", "2025 年 12 月"));
        lines.push(row("", format!("达标率 {i}"), "验收达标", "≥90%"));
    }
    let f = parse_bytes(table(&lines.join("\n")).as_bytes(), &ParseOptions::default()).unwrap();
    let got = indicators(&f);
    assert_eq!(got.iter().filter(|i| i.ends_with("| 2025年12月")).count(), 6, "{got:#?}");
    assert!(!got.iter().any(|i| i.ends_with("| 12月")), "{got:#?}");
}

/// Every cell one space apart ("项目完成时间 项目完成时间 2025 年 12 月 县级预算安排"),
/// under a project head whose right-hand cells start where the date's "12" stands: the
/// date is still one value (a space after a number and its unit is the value's own).
#[test]
fn a_date_is_not_cut_where_a_head_column_starts_under_its_month() {
    let at = |cells: &[(usize, &str)]| {
        let mut out = String::new();
        for &(col, text) in cells {
            let n = out.chars().count();
            out.push_str(&" ".repeat(col.saturating_sub(n).max(usize::from(n > 0))));
            out.push_str(text);
        }
        out
    };
    let text = [
        at(&[(0, "\u{c}项目支出绩效目标表")]),
        at(&[(0, "项目名称"), (9, "某县医保补助资金"), (33, "项目编码"), (42, "2025001")]),
        at(&[(0, "预算数"), (22, "5.00"), (28, "其中：财政资"), (42, "5.00")]),
        at(&[(0, "实施单位"), (9, "某县医保局"), (33, "实施单位"), (42, "某县医保中心")]),
        at(&[(0, "一级指标"), (9, "二级指标"), (21, "三级指标"), (28, "绩效指标描述 指标值"), (47, "指标值确定依据")]),
        at(&[(0, "产出指标"), (9, "数量指标"), (21, "培训到位率"), (28, "培训到位率"), (35, "≥98%"), (47, "县级预算安排")]),
        at(&[(9, "质量指标"), (21, "设备合格率"), (28, "设备合格率"), (35, "≥98%"), (47, "县级预算安排")]),
        at(&[(9, "时效指标"), (21, "项目完成时间"), (28, "项目完成时间"), (35, "2025 年 12 月"), (47, "县级预算安排")]),
        at(&[(9, "成本指标"), (21, "经费拨付率"), (28, "经费拨付率"), (35, "≥98%"), (47, "县级预算安排")]),
    ]
    .join("\n");
    let f = parse_bytes(text.as_bytes(), &ParseOptions::default()).unwrap();
    let got = indicators(&f);
    assert!(got.contains(&"产出指标 | 时效指标 | 项目完成时间 | 2025年12月".to_string()), "{got:#?}");
    assert_eq!(got.len(), 4, "{got:#?}");
}
