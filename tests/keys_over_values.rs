//! Keys over values: a form printed as a PDF copy sets a row of field names over a
//! row of their values in the same columns. Synthetic fixtures (own names, numbers).

#[path = "common/families.rs"]
mod families;

use families::{all, parse, s005, show};

/// The project's name opens like the field name 绩效目标, and 项目负责人 (a key that
/// takes no value in a key–value row) has its value under it: before, the name row
/// was read as a goal and left its cells unplaced, or 张三 took the 实施单位.
const FORM: &str = "项目支出绩效目标表
项目名称   主管部门   实施单位   项目负责人
绩效目标管理系统建设项目   某县财政局   某县财政信息中心   张三
年度资金总额   财政拨款   其他资金
86   80   6
年度目标   完成系统建设并上线运行
一级指标   二级指标   三级指标   指标值
产出指标   数量指标   上线模块数量   ≥5个
效益指标   社会效益指标   用户满意度   ≥90%
";

#[test]
fn a_row_of_keys_gives_its_values_the_row_below_column_by_column() {
    let f = parse(FORM);
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("绩效目标管理系统建设项目"), "{}", show(&f));
    assert_eq!(p.department.as_deref(), Some("某县财政局"), "{}", show(&f));
    assert_eq!(p.implementing_unit.as_deref(), Some("某县财政信息中心"), "{}", show(&f));
    assert_eq!(p.extra.get("项目负责人").map(String::as_str), Some("张三"), "{}", show(&f));
    assert_eq!(p.goals.annual.as_deref(), Some("完成系统建设并上线运行"), "{}", show(&f));
    // The fund keys over their amounts and the matrix header are read as before.
    let funds = p.funds.annual.as_ref().expect("annual funds");
    assert_eq!((funds.total, funds.fiscal, funds.other), (Some(86.0), Some(80.0), Some(6.0)));
    let names: Vec<&str> = all(&f).iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["上线模块数量", "用户满意度"], "{}", show(&f));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

/// A row of keys over a row of "key：value" cells is no keys-over-values pair: each
/// of those cells is a field of its own.
#[test]
fn key_value_cells_under_a_row_of_keys_keep_their_own_keys() {
    let text = "项目支出绩效目标表
项目名称   主管部门
河道清淤项目   某镇水务站
项目属性：延续   实施单位：某镇河道管理所
年度目标   完成河道清淤
一级指标   二级指标   三级指标   指标值
产出指标   数量指标   清淤长度   ≥8公里
";
    let f = parse(text);
    let p = &f.projects[0];
    assert_eq!((p.name.as_deref(), p.department.as_deref()), (Some("河道清淤项目"), Some("某镇水务站")), "{}", show(&f));
    assert_eq!(p.implementing_unit.as_deref(), Some("某镇河道管理所"), "{}", show(&f));
    assert_eq!(p.attribute.as_deref(), Some("延续"), "{}", show(&f));
}

/// The same keys over values copied one cell per line (a stream): the values came
/// after all three keys, and each went to the last key still open, so the name took
/// the 实施单位 and the 实施单位 the name.
#[test]
fn keys_over_values_one_cell_per_line_pair_in_order() {
    let text = "项目支出绩效目标表\n项目名称\n主管部门\n实施单位\n乡村道路养护项目\n某县交通运输局\n某县公路养护中心\n\
                年度目标\n完成乡村道路养护\n一级指标\n二级指标\n三级指标\n指标值\n\
                产出指标\n数量指标\n养护里程\n≥120公里\n效益指标\n社会效益指标\n群众满意度\n≥90%\n";
    let f = parse(text);
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("乡村道路养护项目"), "{}", show(&f));
    assert_eq!(p.department.as_deref(), Some("某县交通运输局"), "{}", show(&f));
    assert_eq!(p.implementing_unit.as_deref(), Some("某县公路养护中心"), "{}", show(&f));
    let names: Vec<&str> = all(&f).iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["养护里程", "群众满意度"], "{}", show(&f));
}

/// A key left blank before the next key, and a value wrapped over two lines, are no
/// keys-over-values runs: read in print order as before.
#[test]
fn a_blank_key_or_a_wrapped_value_in_a_stream_is_read_in_print_order() {
    let text = "项目支出绩效目标表\n项目名称\n农田水利设施建设\n主管部门\n实施单位\n某县水利局\n\
                年度目标\n完成农田水利建设\n一级指标\n二级指标\n三级指标\n指标值\n\
                产出指标\n数量指标\n新建渠道\n≥8公里\n效益指标\n社会效益指标\n受益农户\n≥500户\n";
    let f = parse(text);
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("农田水利设施建设"), "{}", show(&f));
    assert_eq!(p.implementing_unit.as_deref(), Some("某县水利局"), "{}", show(&f));
}
