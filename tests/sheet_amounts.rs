//! Multi-project sheets (部门项目支出绩效目标表, 05-2 style, L11) that print each
//! project's amount in a column of its own (项目金额, 项目资金, 预算金额 …) among the
//! owner columns: the amount is the project's annual total. It was an unknown column,
//! so the cells shifted: the amount read as the goal and the goal as an indicator.

#[path = "common/families.rs"]
mod families;

use families::{parse, rows, s005, show};

fn sheet(amount_header: &str) -> String {
    format!(
        "部门项目支出绩效目标表\n单位名称\t项目名称\t{amount_header}\t项目年度绩效目标\t一级指标\t二级指标\t三级指标\t指标值\n\
         某某局\t道路维护\t40\t完成道路维护\t产出指标\t数量指标\t维护里程\t≥50公里\n\
         \t\t\t\t效益指标\t社会效益指标\t通行条件\t改善\n\
         某某局\t路灯维修\t1,212.5\t保障照明\t产出指标\t质量指标\t完好率\t≥95%\n"
    )
}

#[test]
fn an_amount_column_is_each_projects_annual_total() {
    for header in ["项目金额", "项目金额（万元）", "预算金额(万元)", "项目资金"] {
        let f = parse(&sheet(header));
        let totals: Vec<Option<f64>> = f.projects.iter().map(|p| p.funds.annual.as_ref().and_then(|a| a.total)).collect();
        assert_eq!(totals, vec![Some(40.0), Some(1212.5)], "{header}: {}", show(&f));
        let goals: Vec<Option<&str>> = f.projects.iter().map(|p| p.goals.annual.as_deref()).collect();
        assert_eq!(goals, vec![Some("完成道路维护"), Some("保障照明")], "{header}: {}", show(&f));
        assert_eq!(rows(&f).len(), 3, "{header}: {}", show(&f));
        assert!(s005(&f).is_empty(), "{header}: {:?}", s005(&f));
    }
}

#[test]
fn an_amount_column_one_cell_per_line() {
    let text: String = sheet("项目金额").split(['\t', '\n']).filter(|c| !c.is_empty()).map(|c| format!("{c}\n")).collect();
    let f = parse(&text);
    let totals: Vec<Option<f64>> = f.projects.iter().map(|p| p.funds.annual.as_ref().and_then(|a| a.total)).collect();
    assert_eq!(totals, vec![Some(40.0), Some(1212.5)], "{}", show(&f));
    assert_eq!(rows(&f).len(), 3, "{}", show(&f));
}

/// The unit an amount column's name prints is the money unit of the projects under it
/// (it was stripped with the brackets, leaving the amounts unit-less for F004 and the
/// `_yuan` columns); a name without one declares none.
#[test]
fn an_amount_columns_unit_is_the_projects_money_unit() {
    for (header, unit) in
        [("项目金额（万元）", Some("万元")), ("预算金额(元)", Some("元")), ("项目资金（万元）", Some("万元")), ("项目金额", None)]
    {
        let f = parse(&sheet(header));
        let units: Vec<Option<&str>> = f.projects.iter().map(|p| p.money_unit.as_deref()).collect();
        assert_eq!(units, vec![unit, unit], "{header}: {}", show(&f));
    }
    // One cell per line, the header's names one per line too.
    let text: String = sheet("项目金额（万元）").split(['\t', '\n']).filter(|c| !c.is_empty()).map(|c| format!("{c}\n")).collect();
    let f = parse(&text);
    let units: Vec<Option<&str>> = f.projects.iter().map(|p| p.money_unit.as_deref()).collect();
    assert_eq!(units, vec![Some("万元"), Some("万元")], "{}", show(&f));
}

/// A table's own "单位：元" line still wins over nothing: the column without a unit
/// takes the table's.
#[test]
fn a_tables_unit_line_still_declares_the_unit() {
    let f = parse(&sheet("项目金额").replacen('\n', "\n单位：元\n", 1));
    let units: Vec<Option<&str>> = f.projects.iter().map(|p| p.money_unit.as_deref()).collect();
    assert_eq!(units, vec![Some("元"), Some("元")], "{}", show(&f));
}
