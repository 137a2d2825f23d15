//! A cost breakdown (项目预算成本构成 | 金额 | 测算依据 | …) gives the annual total when no
//! funds field is printed, and only when its items add up to its 合计: run together
//! into one line (the 合计's numbers glued) and as a table.

use jixiao::{parse_text, Filing, ParseOptions};

fn parse(text: &str) -> Filing {
    parse_text(text, &ParseOptions::default())
}

fn annual_total(f: &Filing) -> Option<f64> {
    f.projects[0].funds.annual.as_ref().and_then(|a| a.total)
}

fn unplaced(f: &Filing) -> Vec<&str> {
    f.diagnostics.iter().filter(|d| d.code == "S005").filter_map(|d| d.snippet.as_deref()).collect()
}

const COSTS: &str = "项目预算成本构成金额测算(公式)依据2020年实际执行数2021年实际执行数\
                     保安服务费191依据招标文件191191保洁服务费99依据招标文件9999\
                     水电气、维修维护费524根据三定方案,各项费用据实结算372.88504.55合计814662.98794.55";

/// A form run together into one line (as the Ezhou 2022 filing), `fields` before its
/// cost block.
fn run_together(fields: &str, costs: &str) -> String {
    format!(
        "鄂州市2022年市直部门预算项目支出绩效目标表项目名称滨湖大楼运行保障项目类别本级支出项目\
         {fields}立项依据市机关事务服务中心三定方案{costs}绩效目标以办公大楼服务对象满意为目标。\
         绩效指标保障措施一级指标二级指标绩效标准当年预期实现值\
         数量指标办公大楼日常维修维护次数反映办公大楼全年维修维护情况280次大楼安检巡察次数反映大楼保卫巡检情况200次\
         质量指标办公大楼日常维修维护验收合格率反映办公大楼全年维修维护质量情况≥92%\n"
    )
}

#[test]
fn a_glued_cost_total_that_the_items_give_is_the_annual_total() {
    let f = parse(&run_together("", COSTS));
    let p = &f.projects[0];
    assert_eq!(annual_total(&f), Some(814.0));
    assert!(p.funds.midterm.is_none());
    // The block is a field of its own: 立项依据 ends where it begins, and it is kept.
    assert_eq!(p.extra.get("立项依据").map(String::as_str), Some("市机关事务服务中心三定方案"));
    assert!(p.extra.get("项目预算成本构成").is_some_and(|t| t.ends_with("合计814662.98794.55")));
    assert_eq!(p.indicators.len(), 3);
    assert!(unplaced(&f).is_empty(), "{:?}", unplaced(&f));
}

#[test]
fn a_glued_cost_total_that_the_items_do_not_give_is_no_funds() {
    // 524 misprinted as 542: the items add up to 832, the 合计 says 814.
    let f = parse(&run_together("", &COSTS.replace("维修维护费524", "维修维护费542")));
    assert_eq!(annual_total(&f), None);
    assert!(f.projects[0].funds.annual.is_none());
    // The block is still kept as printed.
    assert!(f.projects[0].extra.contains_key("项目预算成本构成"));
}

#[test]
fn a_printed_funds_field_wins_over_a_cost_total() {
    let f = parse(&run_together("年度资金总额800", COSTS));
    assert_eq!(annual_total(&f), Some(800.0));
}

const MATRIX: &str = "一级指标\t二级指标\t三级指标\t指标值\n\
                      产出指标\t数量指标\t维修维护次数\t≥280次\n\
                      \t质量指标\t验收合格率\t≥92%\n";

fn table(fields: &str, total: &str) -> String {
    format!(
        "项目名称\t滨湖大楼运行保障\n{fields}\
         项目预算成本构成\t金额\t测算(公式)依据\t2020年实际执行数\t2021年实际执行数\n\
         保安服务费\t191\t依据招标文件\t191\t191\n\
         保洁服务费\t99\t依据招标文件\t99\t99\n\
         水电气、维修维护费\t524\t根据三定方案,各项费用据实结算\t372.88\t504.55\n\
         合计\t{total}\t\t662.98\t794.55\n\
         年度目标\t保障办公大楼运行\n{MATRIX}"
    )
}

#[test]
fn a_cost_table_total_that_the_items_give_is_the_annual_total() {
    let f = parse(&table("", "814"));
    let p = &f.projects[0];
    assert_eq!(annual_total(&f), Some(814.0));
    // The rows after the table are read as before.
    assert_eq!(p.goals.annual.as_deref(), Some("保障办公大楼运行"));
    assert_eq!(p.indicators.len(), 2);
    let kept = p.extra.get("项目预算成本构成").expect("the table is kept");
    assert!(kept.starts_with("金额\t测算(公式)依据") && kept.ends_with("合计\t814\t662.98\t794.55"), "{kept}");
    assert!(unplaced(&f).is_empty(), "{:?}", unplaced(&f));
}

#[test]
fn a_cost_table_declares_the_unit_of_its_total() {
    let f = parse(&table("", "814").replace("\t金额\t", "\t金额(万元)\t"));
    assert_eq!(annual_total(&f), Some(814.0));
    assert_eq!(f.projects[0].money_unit.as_deref(), Some("万元"));
}

#[test]
fn a_cost_table_total_that_the_items_do_not_give_is_no_funds() {
    let f = parse(&table("", "841"));
    assert_eq!(annual_total(&f), None);
}

#[test]
fn a_printed_funds_field_wins_over_a_cost_table() {
    let f = parse(&table("年度资金总额\t800\n", "814"));
    assert_eq!(annual_total(&f), Some(800.0));
}

#[test]
fn prose_that_starts_with_a_cost_label_is_no_cost_block() {
    // "成本构成…" as a field's value stays that field's value.
    let f = parse(&format!("项目名称\t测试项目\n项目主要内容\t成本构成包括人员经费和公用经费\n{MATRIX}"));
    let p = &f.projects[0];
    assert_eq!(p.extra.get("项目主要内容").map(String::as_str), Some("成本构成包括人员经费和公用经费"));
    assert!(p.funds.annual.is_none());
}

#[test]
fn a_cost_table_after_the_matrix_ends_it() {
    // Printed below the indicators: its items are amounts, not indicators under the
    // matrix's last label, and its 合计 is still the annual total.
    let costs = "项目预算成本构成\t金额\t测算依据\n保安服务费\t191\t依据招标文件\n保洁服务费\t99\t依据招标文件\n\
                 水电气、维修维护费\t524\t根据三定方案\n合计\t814\t\n";
    let f = parse(&format!("项目名称\t滨湖大楼运行保障\n年度目标\t保障办公大楼运行\n{MATRIX}{costs}"));
    let p = &f.projects[0];
    let names: Vec<&str> = p.indicators.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["维修维护次数", "验收合格率"]);
    assert_eq!(annual_total(&f), Some(814.0));
    assert!(p.extra.get("项目预算成本构成").is_some_and(|t| t.ends_with("合计\t814")));
    assert!(unplaced(&f).is_empty(), "{:?}", unplaced(&f));
}
