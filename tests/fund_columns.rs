//! A fund table printed as a header row of money keys over a row of amounts
//! (年度资金总额 | 财政拨款 | 其他资金, then 1200 | 1000 | 200), in the text forms a copy
//! gives: each amount is its own column's, however the cells are cut.

#[path = "common/families.rs"]
mod families;

use families::{parse, s005, show};

const INDICATORS: &str = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t维护道路里程\t≥50公里\n";

fn annual(text: &str) -> (Option<f64>, Option<f64>, Option<f64>) {
    let f = parse(text);
    let a = f.projects[0].funds.annual.clone().unwrap_or_default();
    assert!(s005(&f).is_empty(), "{}", show(&f));
    (a.total, a.fiscal, a.other)
}

/// One cell per line (`pdftotext` without -layout, a Word copy): the header's keys
/// come first, then the amounts in the same order. The last key took the first amount.
#[test]
fn a_row_of_money_keys_over_its_amounts_one_cell_per_line() {
    for (head, amounts) in [
        ("项目资金（万元）\t年度资金总额\t财政拨款\t其他资金\n", "\t1200\t1000\t200\n"),
        ("年度资金总额（万元）\t财政拨款（万元）\t其他资金（万元）\n", "1200\t1000\t200\n"),
    ] {
        let text = format!("项目支出绩效目标表\n项目名称\t道路维护\n{head}{amounts}{INDICATORS}");
        // The grid form reads the amounts by column: the reference.
        assert_eq!(annual(&text), (Some(1200.0), Some(1000.0), Some(200.0)), "{text}");
        let stream = text.replace('\t', "\n").replace("\n\n", "\n");
        assert_eq!(annual(&stream), (Some(1200.0), Some(1000.0), Some(200.0)), "{stream}");
    }
}

/// A key whose value is blank (年度资金总额 left empty) before the next key and its
/// amount: the amount is the next key's, as before, not the blank one's.
#[test]
fn a_blank_money_key_before_the_next_keys_amount() {
    let text = "项目支出绩效目标表\n项目名称\n道路维护\n年度资金总额\n其中：财政拨款\n1000\n其他资金\n200\n一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n维护道路里程\n≥50公里\n";
    assert_eq!(annual(text), (None, Some(1000.0), Some(200.0)), "{}", show(&parse(text)));
    // And the usual vertical form, one cell per line.
    let text = "项目支出绩效目标表\n项目名称\n道路维护\n年度资金总额\n1200\n其中：财政拨款\n1000\n其他资金\n200\n一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n维护道路里程\n≥50公里\n";
    assert_eq!(annual(text), (Some(1200.0), Some(1000.0), Some(200.0)), "{}", show(&parse(text)));
}
