//! PyMuPDF's plain `get_text()` of a matrix whose value column is narrow: one cell per
//! line, and a value wraps off its unit, its percent sign or its date's month
//! ("≤30" / "万元", "2026" / "年11" / "月"). Fixtures synthetic (own names and numbers),
//! in the shape of such a copy.

#[path = "common/families.rs"]
mod families;
use families::{all, parse, show};

const HEAD: &str = "2026 年部门预算项目支出绩效目标表\n项目名称\n城区道路养护专项经费\n主管部门\n区城管局\n\
    实施单位\n区市政养护所\n项目资金（万元）\n年度资金总额\n320.00\n其中：财政拨款\n320.00\n年度绩效目标\n\
    完成城区道路日常养护与巡查任务，市民满意度不低于90%。\n";

/// Each value's pieces (two or three lines, the first too short to be a full line)
/// are one value again, and every name keeps it.
#[test]
fn values_wrapped_in_a_narrow_column_are_joined() {
    let body = "一级指标\n二级指标\n三级指标\n指标\n值\n\
        产出指标\n数量指标\n巡查里程数1\n≥92\n%\n\
        质量指标\n修补面积2\n≤30\n万元\n\
        时效指标\n完好率3\n100\n%\n\
        成本指标\n合格率4\n2026\n年11\n月\n\
        效益指标\n社会效益指标\n养护支出5\n≥88\n%\n\
        满意度指标\n服务对象满意\n度指标\n达标率6\n≥86\n%\n";
    let f = parse(&format!("{HEAD}{body}"));
    let got: Vec<(String, String)> = all(&f).iter().map(|i| (i.name.clone(), i.value.clone())).collect();
    let want = [
        ("巡查里程数1", "≥92%"),
        ("修补面积2", "≤30万元"),
        ("完好率3", "100%"),
        ("合格率4", "2026年11月"),
        ("养护支出5", "≥88%"),
        ("达标率6", "≥86%"),
    ];
    let want: Vec<(String, String)> = want.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect();
    assert_eq!(got, want, "{}", show(&f));
}
