//! PyMuPDF's plain `get_text()` of a matrix whose 三级 names carry a row number at
//! their end ("巡查次数3", "完好率12"): one cell per line, name and value in turn.
//! The target grammar reads a trailing number as a value, so such names were paired
//! with the line before or glued onto their neighbours. Fixtures synthetic (own
//! names and numbers), in the shape of such a copy.

#[path = "common/families.rs"]
mod families;
use families::{all, parse, show};

const HEAD: &str = "2026 年部门预算项目支出绩效目标表\n项目名称\n城区道路养护专项经费\n主管部门\n区城管局\n\
    实施单位\n区市政养护所\n项目资金（万元）\n年度资金总额\n320.00\n其中：财政拨款\n320.00\n年度绩效目标\n\
    完成城区道路日常养护与巡查任务，市民满意度不低于90%。\n";

/// Names ending with their row number, each followed by its value (numbers, dates,
/// amounts with font gaps): every pair is one indicator, in order.
#[test]
fn names_ending_with_a_row_number_keep_their_values() {
    let names = ["巡查里程数", "修补面积", "完好率", "办结时间", "合格率", "养护支出", "巡查人次", "达标率"];
    let values = ["≥92%", "100%", "≤30 万元", "≥1800 人次", "2026 年11 月", "≥88%", "15 次", "≥86%"];
    let mut body = String::from("一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n");
    let mut want = Vec::new();
    for k in 0..20 {
        if k == 10 {
            body.push_str("质量指标\n");
        }
        let (n, v) = (format!("{}{}", names[k % 8], k + 1), values[k % 8]);
        body.push_str(&format!("{n}\n{v}\n"));
        want.push((n, v.replace(' ', "")));
    }
    let f = parse(&format!("{HEAD}{body}"));
    let got: Vec<(String, String)> = all(&f).iter().map(|i| (i.name.clone(), i.value.clone())).collect();
    assert_eq!(got, want, "{}", show(&f));
}
