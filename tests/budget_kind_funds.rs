//! 公开表 fund sources by budget kind (广西 …): 一般公共预算拨款, 政府性基金预算拨款,
//! 国有资本经营预算拨款, 其他资金. All three budget kinds are appropriations, so
//! 财政拨款 is their sum when the table prints no 财政拨款 of its own; each kind is
//! still kept as printed. Fixtures synthetic (own names and numbers).

#[path = "common/families.rs"]
mod families;
use families::{parse, s005, show};
use jixiao::Filing;

fn table(fund_rows: &str) -> Filing {
    parse(&format!(
        "\
| 2025年度预算项目绩效目标公开表 | |||||||
| 项目名称 | 某县城区污水管网改造 | ||||||
| 项目主管部门 | 某县住房和城乡建设局 | 项目实施单位 | 某县排水公司 | ||||
{fund_rows}| 年度绩效目标 | 改造污水管网。 | ||||||
| 项目年度绩效目标衡量指标 | 一级指标 | 二级指标 | 指标内容 | 指标值 | |||
| 产出指标 | 产出数量指标 | 改造管网长度 | ≥8公里 | ||||
"
    ))
}

fn funds(f: &Filing) -> (Option<f64>, Option<f64>, Option<f64>) {
    let a = f.projects[0].funds.annual.clone().unwrap_or_default();
    (a.total, a.fiscal, a.other)
}

#[test]
fn fund_and_state_capital_budgets_count_as_fiscal() {
    // Only 一般公共预算拨款 was fiscal: the 基金 amount sat in extra, and F001 found
    // the total 230 short of fiscal + other.
    let f = table(
        "\
| 项目资金 (万元) | 合计 | 230 | |||||
| 一般公共预算拨款 | 小计 | 100 | |||||
| 政府性基金预算拨款 | 小计 | 90 | |||||
| 国有资本经营预算拨款 | 30 | ||||||
| 其他资金 | 10 | ||||||
",
    );
    assert_eq!(funds(&f), (Some(230.0), Some(220.0), Some(10.0)), "{}", show(&f));
    let extra = &f.projects[0].extra;
    assert_eq!(extra.get("政府性基金预算拨款").map(String::as_str), Some("90"), "{}", show(&f));
    assert_eq!(extra.get("国有资本经营预算拨款").map(String::as_str), Some("30"), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
    assert!(!f.diagnostics.iter().any(|d| d.code == "F001"), "{}", show(&f));
}

#[test]
fn a_printed_fiscal_total_is_kept() {
    let f = table(
        "\
| 项目资金 (万元) | 合计 | 230 | |||||
| 财政拨款 | 200 | ||||||
| 政府性基金预算拨款 | 90 | ||||||
| 其他资金 | 30 | ||||||
",
    );
    assert_eq!(funds(&f), (Some(230.0), Some(200.0), Some(30.0)), "{}", show(&f));
}

#[test]
fn fund_budget_alone_is_the_fiscal_amount() {
    let f = table("| 项目资金 (万元) | 合计 | 90 | |||||\n| 政府性基金预算拨款 | 90 | ||||||\n");
    assert_eq!(funds(&f), (Some(90.0), Some(90.0), None), "{}", show(&f));
}

fn codes(f: &Filing, code: &str) -> Vec<String> {
    f.diagnostics.iter().filter(|d| d.code == code).map(|d| d.message.clone()).collect()
}

#[test]
fn budget_kinds_under_a_printed_fiscal_amount_are_kept_beside_it() {
    // 一般公共预算拨款 below a printed 财政拨款 is one of its kinds: it took 财政拨款's
    // place (110 + 90 = 200 read as fiscal by chance only).
    let f = table(
        "\
| 项目资金 (万元) | 合计 | 230 | |||||
| 财政拨款 | 200 | ||||||
| 一般公共预算拨款 | 110 | ||||||
| 政府性基金预算拨款 | 90 | ||||||
| 其他资金 | 30 | ||||||
",
    );
    assert_eq!(funds(&f), (Some(230.0), Some(200.0), Some(30.0)), "{}", show(&f));
    assert_eq!(f.projects[0].extra.get("一般公共预算拨款").map(String::as_str), Some("110"), "{}", show(&f));
    assert!(codes(&f, "F009").is_empty() && codes(&f, "F001").is_empty(), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

#[test]
fn budget_kinds_that_do_not_add_up_to_the_fiscal_amount_are_said() {
    // 100 + 90 is not the 200 printed: F009 says so, and F001 (230 = 200 + 30) is
    // silent, where it fired on the kinds' 190 read as fiscal.
    let f = table(
        "\
| 项目资金 (万元) | 合计 | 230 | |||||
| 财政拨款 | 200 | ||||||
| 一般公共预算拨款 | 100 | ||||||
| 政府性基金预算拨款 | 90 | ||||||
| 其他资金 | 30 | ||||||
",
    );
    let f009 = codes(&f, "F009");
    assert_eq!(f009.len(), 1, "{}", show(&f));
    assert!(f009[0].contains("190") && f009[0].contains("200"), "{}", f009[0]);
    assert!(codes(&f, "F001").is_empty(), "{}", show(&f));
    // One kind alone above the whole appropriation is said too, 一般公共预算 unprinted.
    let f = table("| 项目资金 (万元) | 合计 | 230 | |||||\n| 财政拨款 | 200 | ||||||\n| 政府性基金预算拨款 | 250 | ||||||\n| 其他资金 | 30 | ||||||\n");
    assert_eq!(codes(&f, "F009").len(), 1, "{}", show(&f));
}

#[test]
fn kinds_read_as_the_fiscal_amount_or_short_of_a_partial_list_are_no_finding() {
    // 财政拨款 is the kinds' sum when no 财政拨款 is printed; a kind listed alone beside a
    // printed 财政拨款 leaves the rest of it unsaid.
    for rows in [
        "| 项目资金 (万元) | 合计 | 230 | |||||\n| 一般公共预算拨款 | 小计 | 100 | |||||\n| 政府性基金预算拨款 | 小计 | 90 | |||||\n| 国有资本经营预算拨款 | 30 | ||||||\n| 其他资金 | 10 | ||||||\n",
        "| 项目资金 (万元) | 合计 | 230 | |||||\n| 财政拨款 | 200 | ||||||\n| 政府性基金预算拨款 | 90 | ||||||\n| 其他资金 | 30 | ||||||\n",
    ] {
        let f = table(rows);
        assert!(codes(&f, "F009").is_empty(), "{}", show(&f));
    }
}
