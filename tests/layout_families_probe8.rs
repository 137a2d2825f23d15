//! Layout families with no real sample in the corpus, probed in the text shapes PDF
//! copies come in: the 湖南 table's 指标值类型 column (L6), a 区域绩效目标表 with one
//! value column per sub-region (L8), and merged 一级 labels printed mid-span in a
//! tab-separated copy. Each shape is checked against a clean tab-separated table.

#[path = "common/families.rs"]
mod families;
#[path = "common/probe8_tables.rs"]
mod probe8_tables;

use families::{all, parse, rows, s005, show};
use probe8_tables::*;

/// L6 copied one cell per line: "定量" / "定性" between name and value ends like a
/// measure (…量) and closed the record as a name with no value, so every target came
/// out empty (V001) and the value opened an indicator of its own ("≥1280" = "万平方米").
#[test]
fn hunan_value_kind_column_in_a_one_cell_per_line_copy() {
    let (f, clean) = (parse(&one_cell_per_line(HUNAN)), parse(HUNAN));
    assert_eq!(all(&clean).len(), 9, "{}", show(&clean));
    assert_eq!(full(&f), full(&clean), "{}", show(&f));
    let values: Vec<_> = all(&f).iter().map(|i| i.value.clone()).collect();
    assert_eq!(values[..3], ["≥1280万平方米", "≥26万吨", "≥90%"], "{}", show(&f));
    assert_eq!(all(&f)[4].target.value, Some(530.0));
    assert_eq!(all(&f)[4].target.unit.as_deref(), Some("元/天"));
    assert!(!f.diagnostics.iter().any(|d| d.code == "V001"), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

/// L8 one cell per line: the place names were read as indicators (全省 = 长沙市), and
/// under a merged 指标值 each record lost its later regions' values to a name of its own
/// ("≥8000人≥4500人" = "≥3200人").
#[test]
fn regional_value_columns_in_a_one_cell_per_line_copy() {
    for header in [REGIONS_ALONE, REGIONS_UNDER_VALUE, REGIONS_BY_LEVEL] {
        let tab = regional(header);
        check_regional(&parse(&one_cell_per_line(&tab)), &parse(&tab));
    }
}

/// L8 under a merged 指标值, cut at runs of spaces (pdftotext -layout, pdfplumber's
/// text): the place row, out of its columns, was read as an indicator and every
/// sub-region's value but the first was quoted as unplaced (S005).
#[test]
fn regional_sub_header_in_text_cut_at_spaces() {
    let tab = regional(REGIONS_UNDER_VALUE);
    let clean = parse(&tab);
    for gap in ["   ", " "] {
        check_regional(&parse(&spaced(&tab, gap)), &clean);
        check_regional(&parse(&spaced(&regional(REGIONS_BY_LEVEL), gap)), &clean);
    }
    // A sub-header of column names, not places, is still no region row.
    let f = parse(&spaced(&regional(REGIONS_ALONE), "   "));
    check_regional(&f, &clean);
}

/// A tab-separated copy of a page where the merged 一级 cell is printed on the middle
/// row of its span: the rows above it took the 一级 before (产出指标 | 社会效益指标, T002).
#[test]
fn level1_printed_mid_span_in_a_tab_separated_copy() {
    let mid = HUNAN
        .lines()
        .map(|l| {
            // 效益指标 spans three rows: printed on the second only; the others blank.
            if l.contains("社会效益指标") || l.contains("可持续影响指标") {
                l.replacen("效益指标", "", 1)
            } else if l.starts_with("产出指标") && !l.contains("质量指标") {
                l.replacen("产出指标", "", 1)
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    let (f, clean) = (parse(&mid), parse(HUNAN));
    assert_eq!(rows(&f), rows(&clean), "{}", show(&f));
    assert!(!f.diagnostics.iter().any(|d| d.code == "T002"), "{}", show(&f));
    // Labels printed on every row are left as printed, a misplaced 二级 included.
    let misplaced = HUNAN.replace("效益指标\t社会效益指标", "产出指标\t社会效益指标");
    let f = parse(&misplaced);
    assert_eq!(all(&f)[5].level1, "产出指标", "{}", show(&f));
}

/// L11 as a tab-separated copy whose project cells are printed mid-span: the rows
/// above each name went to the project before (the first ones to a project with no
/// name, S002).
#[test]
fn multi_project_sheet_with_names_printed_mid_span_in_a_tab_copy() {
    let clean = parse(&sheet(Printed::EveryRow));
    assert_eq!(all(&clean)[0].value, "≥3000人次");
    check_sheet(&clean, &clean);
    check_sheet(&parse(&sheet(Printed::FirstRow)), &clean);
    check_sheet(&parse(&sheet(Printed::MidSpan)), &clean);
}

/// L11 cut at runs of spaces (pdftotext -layout, pdfplumber's text): the header row,
/// opening with 单位名称 / 项目名称, was joined into that field's value as one name; the
/// rows printing no project filled the project columns with the indicator's cells.
#[test]
fn multi_project_sheet_cut_at_spaces() {
    let clean = parse(&sheet(Printed::EveryRow));
    for printed in [Printed::EveryRow, Printed::FirstRow, Printed::MidSpan] {
        for gap in ["   ", " "] {
            check_sheet(&parse(&spaced(&sheet(printed), gap)), &clean);
        }
    }
}

/// 审批表 with score bands (L9) kept in its page layout (`pdftotext -layout`, blank
/// lines between rows, narrow columns wrapping every long cell, 一级 centred): a date
/// wrapped inside its number ("2024年1" / "2月") was joined with a space between the
/// digits, and read as no date.
#[test]
fn a_number_wrapped_in_a_laid_out_cell_is_joined_whole() {
    let text = r"重庆市奉节县项目支出绩效目标审批表

项目名称  农村公路养护工程

主管部门  奉节县交通运输委员会  实施单位  奉节县公路养护中心

项目资金（万元）  年度资金总额  860.5  财政拨款  860.5  其他资金  0

年度绩效目标  完成全县农村公路日常养护1200公里，优良中等路率≥85%。

一级指标     二级指标     三级指标     指标值      分值   指标解释

         数量指标     日常养护里程   ≥1200公   10   全年养护农村公
                           里             路总里程

         数量指标     危桥改造数量   ≥3座      10   完成危桥改造

产出指标（5   质量指标     优良中等路率   ≥85%     10   路况检测
0分）

         时效指标     养护完成时间   2024年1   10   年底前完成
                           2月

         成本指标     每公里养护成   ≤7000元   10   单位成本控制
                  本        /公里

效益指标（3   社会效益指标   群众出行条件   逐步提高     15   出行便利程度
0分）

         可持续影响指   公路使用年限   ≥10年     15   延长使用寿命
         标

满意度指标（   服务对象满意   沿线群众满意   ≥90%     10   问卷调查
10分）     度指标      度

";
    let f = parse(text);
    let got: Vec<_> = all(&f).iter().map(|i| (i.level1.as_str(), i.name.as_str(), i.value.as_str(), i.score)).collect();
    assert_eq!(got.len(), 8, "{}", show(&f));
    assert_eq!(got[0], ("产出指标", "日常养护里程", "≥1200公里", Some(10.0)), "{}", show(&f));
    assert_eq!(got[3], ("产出指标", "养护完成时间", "2024年12月", Some(10.0)), "{}", show(&f));
    assert_eq!(all(&f)[3].target.date.as_deref(), Some("2024-12"), "{}", show(&f));
    assert_eq!(got[4], ("产出指标", "每公里养护成本", "≤7000元/公里", Some(10.0)), "{}", show(&f));
    assert_eq!(got[7], ("满意度指标", "沿线群众满意度", "≥90%", Some(10.0)), "{}", show(&f));
    assert_eq!(all(&f)[7].level1_raw, "满意度指标（10分）");
    assert!(s005(&f).is_empty(), "{}", show(&f));
}
