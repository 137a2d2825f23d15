//! `pdftotext -layout` text of a tight 88号-style table with two sides: each printed
//! line holds 一级 二级 三级 指标值 of the 中期 block and 二级 三级 指标值 of the 年度
//! block, rows follow without blank lines, and a wrapped 三级 name goes on below with
//! its value cell empty. The tables are written here column by column (pdftotext prints
//! an ideograph in one column); names and values are made up.

#[path = "common/laid_out_lines.rs"]
mod laid_out_lines;
use laid_out_lines::{indicators, line, parse};

/// A project's head and the indicator header, then `rows` (the lines of the matrix),
/// with pdftotext's form feed opening the page.
fn table(rows: &[String]) -> String {
    table_with(&[], rows)
}

/// [`table`] with more lines of the project's head before its indicator header.
fn table_with(extra_head: &[String], rows: &[String]) -> String {
    let head = [
        line(&[(0, "\u{c}项目支出绩效目标申报表")]),
        line(&[(0, "项目名称"), (24, "基层医保经办能力建设")]),
        line(&[(0, "主管部门及代码"), (24, "[101]某某市医疗保障局"), (60, "实施单位"), (69, "某某市医保中心")]),
        line(&[(0, "项目属性"), (24, "经常性项目"), (60, "项目期"), (69, "3年")]),
        line(&[(0, "项目资金 (万元)"), (24, "中期资金总额："), (42, "300.00"), (50, "年度资金总额："), (69, "100.00")]),
        line(&[(24, "其中：财政拨款"), (42, "300.00"), (50, "其中：财政拨款"), (69, "100.00")]),
        line(&[(24, "其他资金"), (42, "0.00"), (50, "其他资金"), (69, "0.00")]),
        line(&[(0, "总体目标"), (13, "中期目标（2023 年—2025 年）"), (50, "年度目标")]),
        line(&[(13, "提升基层医保经办服务能力。"), (50, "完成本年度经办人员培训。")]),
        line(&[
            (0, "绩效指标"),
            (9, "一级指标"),
            (17, "二级指标"),
            (27, "三级指标"),
            (38, "指标值"),
            (48, "二级指标"),
            (58, "三级指标"),
            (69, "指标值"),
        ]),
    ];
    let (fields, header) = head.split_at(head.len() - 3);
    fields.iter().chain(extra_head).chain(header).chain(rows).cloned().collect::<Vec<_>>().join("\n") + "\n"
}

/// The second line of a three-line name has nothing in its value column, so the next
/// piece on it is the 年度 side's name, far off: that gap says nothing of whether the
/// line fills its cell, and the third line goes on in the name.
#[test]
fn a_wrapped_line_beside_an_empty_value_cell_is_measured_against_the_value_column() {
    let text = table(&[
        line(&[
            (9, "产出指标"),
            (17, "质量指标"),
            (27, "药品追溯码扫码"),
            (38, "100%"),
            (48, "质量指标"),
            (58, "耗材集中采购执"),
            (69, "100%"),
        ]),
        line(&[(27, "上传覆盖面达标"), (58, "行到位率")]),
        line(&[(27, "率")]),
        line(&[(27, "经办窗口标准化"), (38, "≥90%"), (58, "经办窗口标准化"), (69, "≥90%")]),
        line(&[(27, "建设率")]),
        line(&[
            (9, "满意度指标"),
            (17, "满意度指标"),
            (27, "参保人员满意率"),
            (38, "≥95%"),
            (48, "满意度指标"),
            (58, "参保人员满意率"),
            (69, "≥95%"),
        ]),
    ]);
    let got = indicators(&parse(&text));
    assert!(got.contains(&"质量指标 | 药品追溯码扫码上传覆盖面达标率 | 100%".to_string()), "{got:#?}");
    assert!(got.contains(&"质量指标 | 耗材集中采购执行到位率 | 100%".to_string()), "{got:#?}");
    assert!(got.contains(&"质量指标 | 经办窗口标准化建设率 | ≥90%".to_string()), "{got:#?}");
    assert!(!got.iter().any(|i| i.contains("| 率 |")), "{got:#?}");
}

/// A full line of ideographs in a column whose widest line has a half-width bracket in
/// it ("抽查定点药店(含": seven ideographs and a half) is one half-width short of that
/// line, yet no further ideograph fits beside it: the line below goes on in the name.
#[test]
fn a_full_line_of_ideographs_half_a_character_short_of_the_widest_is_continued() {
    let text = table(&[
        line(&[
            (9, "产出指标"),
            (17, "数量指标"),
            (27, "培训基层经办人"),
            (38, "459 人"),
            (48, "数量指标"),
            (58, "培训经办人数"),
            (69, "153 人"),
        ]),
        line(&[(27, "数")]),
        line(&[(27, "抽查定点药店(含"), (38, "60 家"), (58, "抽查定点药店(含"), (69, "20 家")]),
        line(&[(27, "连锁门店)数量"), (58, "连锁门店)")]),
        line(&[
            (9, "满意度指标"),
            (17, "满意度指标"),
            (27, "参保人员满意率"),
            (38, "≥95%"),
            (48, "满意度指标"),
            (58, "参保人员满意率"),
            (69, "≥95%"),
        ]),
    ]);
    let got = indicators(&parse(&text));
    assert!(got.contains(&"数量指标 | 培训基层经办人数 | 459人".to_string()), "{got:#?}");
    assert!(got.contains(&"数量指标 | 抽查定点药店(含连锁门店)数量 | 60家".to_string()), "{got:#?}");
    assert!(!got.iter().any(|i| i.contains("| 数 |")), "{got:#?}");
}

/// A full single-line name over the next row's name, each with its value: the value
/// under a whole value opens a row of its own ("≤3000元" does not go on "15000元").
#[test]
fn a_value_under_a_whole_value_opens_a_row() {
    let text = table(&[
        line(&[
            (9, "产出指标"),
            (17, "成本指标"),
            (27, "人年均培训标准"),
            (38, "15000 元"),
            (48, "成本指标"),
            (58, "人年均培训标准"),
            (69, "15000 元"),
        ]),
        line(&[(27, "人均差旅支出上"), (38, "≤3000 元"), (58, "人均差旅支出上"), (69, "≤3000 元")]),
        line(&[(27, "限")]),
        line(&[
            (9, "满意度指标"),
            (17, "满意度指标"),
            (27, "参保人员满意率"),
            (38, "≥95%"),
            (48, "满意度指标"),
            (58, "参保人员满意率"),
            (69, "≥95%"),
        ]),
    ]);
    let got = indicators(&parse(&text));
    assert!(got.contains(&"成本指标 | 人年均培训标准 | 15000元".to_string()), "{got:#?}");
    assert!(got.contains(&"成本指标 | 人均差旅支出上限 | ≤3000元".to_string()), "{got:#?}");
}

/// A 二级 label printed under a row whose name wrapped beside it is no line of the label
/// above: the lines of a wrapped cell are printed one under the other.
#[test]
fn a_label_after_a_line_without_its_column_opens_a_row() {
    let text = table(&[
        line(&[(9, "产出指标"), (17, "数量指标"), (27, "培训人数"), (38, "≥50 人"), (48, "数量指标"), (58, "培训人数"), (69, "≥20 人")]),
        line(&[
            (9, "效益指标"),
            (17, "社会效益指标"),
            (27, "群众办事时长压"),
            (38, "≥5%"),
            (48, "社会效益指标"),
            (58, "群众办事时长压"),
            (69, "≥5%"),
        ]),
        line(&[(27, "缩幅度"), (58, "缩幅度")]),
        line(&[(17, "生态效益指标"), (48, "生态效益指标")]),
        line(&[
            (9, "满意度指标"),
            (17, "满意度指标"),
            (27, "参保人员满意率"),
            (38, "≥95%"),
            (48, "满意度指标"),
            (58, "参保人员满意率"),
            (69, "≥95%"),
        ]),
    ]);
    let got = indicators(&parse(&text));
    assert!(got.contains(&"社会效益指标 | 群众办事时长压缩幅度 | ≥5%".to_string()), "{got:#?}");
    assert!(!got.iter().any(|i| i.contains("生态效益指标")), "{got:#?}");
}

/// pdftotext opens a page's first line with a form feed that takes no column: the
/// name's second line, under it, stands at the name's column, not one left of it.
#[test]
fn a_page_break_form_feed_takes_no_column() {
    let text = table(&[
        format!(
            "\u{c}{}",
            line(&[
                (9, "产出指标"),
                (17, "数量指标"),
                (27, "培训基层经办人"),
                (38, "459 人"),
                (48, "数量指标"),
                (58, "培训经办人数"),
                (69, "153 人")
            ])
        ),
        line(&[(27, "数")]),
        line(&[(27, "抽查定点药店数"), (38, "60 家"), (58, "抽查定点药店数"), (69, "20 家")]),
        line(&[
            (9, "满意度指标"),
            (17, "满意度指标"),
            (27, "参保人员满意率"),
            (38, "≥95%"),
            (48, "满意度指标"),
            (58, "参保人员满意率"),
            (69, "≥95%"),
        ]),
    ]);
    let got = indicators(&parse(&text));
    assert!(got.contains(&"数量指标 | 培训基层经办人数 | 459人".to_string()), "{got:#?}");
    assert!(!got.iter().any(|i| i.contains("| 数 |")), "{got:#?}");
}

/// A name on the right-hand side ends its lines, as a field of the project's head above
/// does at the same column: the field ("某某市医保中心经办科", wider than any line of the
/// name) is no line of the name's column, whose lines go on from a value cell's left.
#[test]
fn a_head_field_over_the_right_hand_names_does_not_measure_their_column() {
    let extra = [line(&[(0, "联系人及电话"), (24, "王某"), (48, "经办科室"), (58, "某某市医保中心经办科")])];
    let text = table_with(
        &extra,
        &[
            line(&[
                (9, "产出指标"),
                (17, "质量指标"),
                (27, "经办窗口标准化"),
                (38, "≥90%"),
                (48, "质量指标"),
                (58, "药品追溯码扫码"),
                (69, "100%"),
            ]),
            line(&[(27, "建设率"), (58, "上传覆盖面达标")]),
            line(&[(58, "率")]),
            line(&[
                (9, "满意度指标"),
                (17, "满意度指标"),
                (27, "参保人员满意率"),
                (38, "≥95%"),
                (48, "满意度指标"),
                (58, "参保人员满意率"),
                (69, "≥95%"),
            ]),
        ],
    );
    let got = indicators(&parse(&text));
    assert!(got.contains(&"质量指标 | 药品追溯码扫码上传覆盖面达标率 | 100%".to_string()), "{got:#?}");
    assert!(got.contains(&"质量指标 | 经办窗口标准化建设率 | ≥90%".to_string()), "{got:#?}");
    assert!(!got.iter().any(|i| i.contains("| 率 |")), "{got:#?}");
}

/// A 中期 name whose value cell is empty: the next piece on its line is the 年度 side's
/// label, far off, yet the name fills its cell (as wide as its column's lines beside
/// their values) and its second line goes on in it, on both sides. A label row with
/// its other cells empty (经济效益指标) still has room left: the label under it opens
/// the next row.
#[test]
fn a_name_beside_an_empty_value_cell_is_measured_by_its_column() {
    let text = table(&[
        line(&[
            (9, "产出指标"),
            (17, "数量指标"),
            (27, "培训基层经办人"),
            (38, "≥50 人"),
            (48, "数量指标"),
            (58, "培训基层经办人"),
            (69, "≥20 人"),
        ]),
        line(&[(27, "员人数"), (58, "员人数")]),
        line(&[(9, "效益指标"), (17, "经济效益指标"), (48, "经济效益指标")]),
        line(&[(17, "社会效益指标"), (27, "医保经办政策知"), (48, "社会效益指标"), (58, "医保经办政策知"), (69, "≥85%")]),
        line(&[(27, "晓率"), (58, "晓率")]),
        line(&[
            (9, "满意度指标"),
            (17, "满意度指标"),
            (27, "参保人员满意率"),
            (38, "≥95%"),
            (48, "满意度指标"),
            (58, "参保人员满意率"),
            (69, "≥95%"),
        ]),
    ]);
    let got = indicators(&parse(&text));
    assert!(got.contains(&"社会效益指标 | 医保经办政策知晓率 | ".to_string()), "{got:#?}");
    assert!(got.contains(&"社会效益指标 | 医保经办政策知晓率 | ≥85%".to_string()), "{got:#?}");
    assert!(!got.iter().any(|i| i.contains("| 晓率") || i.contains("经济效益指标社会")), "{got:#?}");
    assert_eq!(got.len(), 6, "{got:#?}");
}

/// A value of two words one space apart ("逐步 推开"): the space is the cell's own, as
/// no column starts after it and both words fit in the value column (as wide as the
/// widest value near it); it is not cut into two cells.
#[test]
fn a_value_of_two_words_one_space_apart_stays_one_cell() {
    let text = table(&[
        line(&[
            (9, "产出指标"),
            (17, "数量指标"),
            (27, "培训基层经办人"),
            (38, "≥50 人"),
            (48, "数量指标"),
            (58, "培训基层经办人"),
            (69, "≥20 人"),
        ]),
        line(&[(27, "员人数"), (58, "员人数")]),
        line(&[(17, "成本指标"), (27, "人均培训经费"), (38, "≤500 元/人"), (48, "成本指标"), (58, "人均培训经费"), (69, "≤500 元/人")]),
        line(&[
            (9, "效益指标"),
            (17, "可持续影响指标"),
            (27, "经办服务标准化"),
            (38, "逐步 推开"),
            (48, "可持续影响指标"),
            (58, "经办服务标准化"),
            (69, "逐步 推开"),
        ]),
        line(&[
            (9, "满意度指标"),
            (17, "满意度指标"),
            (27, "参保人员满意率"),
            (38, "≥95%"),
            (48, "满意度指标"),
            (58, "参保人员满意率"),
            (69, "≥95%"),
        ]),
    ]);
    let got = indicators(&parse(&text));
    assert_eq!(got.iter().filter(|i| i.as_str() == "可持续影响指标 | 经办服务标准化 | 逐步 推开").count(), 2, "{got:#?}");
    assert_eq!(got.len(), 8, "{got:#?}");
}
