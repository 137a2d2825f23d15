//! Two real-data gaps: prose (L12) budget explanations that describe several projects,
//! each under a numbered heading, and a funds block that prints "其中:" on its own
//! before 财政拨款 / 其他资金.

#[path = "common/families.rs"]
mod families;

use families::{parse, show};
use jixiao::Filing;

fn s005(f: &Filing) -> Vec<String> {
    f.diagnostics.iter().filter(|d| d.code == "S005").filter_map(|d| d.snippet.clone()).collect()
}

/// (5) "其中:" printed alone before 财政拨款 / 其他资金 is a connective, not data: set
/// aside in tab rows, one cell per line and space-separated text alike.
#[test]
fn a_lone_qizhong_before_the_funds_breakdown_is_set_aside() {
    let tabs = "项目名称\t乡村道路养护\n\
        年度资金总额\t50\t其中:\t财政拨款\t50\t其他资金\t0\n\
        一级指标\t二级指标\t三级指标\t指标值\n\
        产出指标\t数量指标\t养护里程\t≥10公里\n";
    let next_row = "项目名称\t乡村道路养护\n\
        年度资金总额\t50\n\
        其中：\t财政拨款\t50\n\
        \t其他资金\t0\n\
        一级指标\t二级指标\t三级指标\t指标值\n\
        产出指标\t数量指标\t养护里程\t≥10公里\n";
    let lines = "项目名称\n乡村道路养护\n年度资金总额\n50\n其中：\n财政拨款\n50\n其他资金\n0\n\
        一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n养护里程\n≥10公里\n";
    let spaces = "项目名称 乡村道路养护\n\
        年度资金总额 50 其中: 财政拨款 50 其他资金 0\n\
        一级指标 二级指标 三级指标 指标值\n\
        产出指标 数量指标 养护里程 ≥10公里\n";
    for text in [tabs, next_row, lines, spaces] {
        let f = parse(text);
        assert_eq!(f.projects.len(), 1, "{}", show(&f));
        let a = f.projects[0].funds.annual.as_ref();
        assert_eq!((a.and_then(|a| a.total), a.and_then(|a| a.fiscal), a.and_then(|a| a.other)), (Some(50.0), Some(50.0), Some(0.0)), "{text}\n{}", show(&f));
        assert_eq!(f.projects[0].indicators.len(), 1, "{}", show(&f));
        assert!(s005(&f).is_empty(), "{text}\n{}", show(&f));
    }
}

/// (6) "其中:" that carries its own sub-key ("其中:上级资金 30") is a field, not the
/// connective alone: its amount is still read.
#[test]
fn qizhong_with_its_own_key_keeps_its_value() {
    let f = parse(
        "项目名称\t农村义务教育薄弱学校改造\n\
         年度资金总额\t30\t其中:上级资金\t30\n\
         一级指标\t二级指标\t三级指标\t指标值\n\
         产出指标\t数量指标\t改造学校数\t≥3所\n",
    );
    let a = f.projects[0].funds.annual.as_ref();
    assert_eq!((a.and_then(|a| a.total), a.and_then(|a| a.fiscal)), (Some(30.0), Some(30.0)), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
}
