//! 项目支出绩效目标申报表 and 审批表 forms as real pages carry them (synthetic text of
//! the same shapes): the fields of the form each go to their own record field, and
//! the form's narrative blocks (项目概况, 立项依据 …) do not run into the field before.

#[path = "common/families.rs"]
mod families;

use families::{all, parse, show};

/// A doc-sharing page's 文档简介: the whole 财政支出项目绩效目标申报表 run together
/// with no separators, as the 湖南/陕西 template prints it (主管部门 | 主管部门编码 |
/// 项目单位 | 项目负责人 | 联系电话 | 项目起止时间 | 资金总额及构成 | 总额 …).
const RUN_TOGETHER_FORM: &str = "文档简介

项目绩效目标表(2022年度)填报单位(盖章):某县青石镇人民政府 项目名称村级道路维护项目属性新增项目□延续项目√主管部门青石镇主管部门编码项目单位青石镇农业服务中心项目负责人王明联系电话13800001111项目起止时间2022年度资金总额及构成总额520.5万元财政拨款:400.5万元(其中:上级财政资金:300万元;本级财政:100.5万元)二、自有资金:0万元三、其他:120万元项目概况维护全镇村级道路30公里项目立项情况项目立项的依据县交通规划项目申报的可行性已完成可行性评估项目申报的必要性保障群众出行项目实施进度计划项目实施内容开始时间完成时间1道路维护20222022项目绩效目标年度目标完成30公里道路维护年度绩效指标一级指标二级指标指标内容指标值备注产出指标数量指标道路维护里程30公里质量指标验收合格率≥95%满意度指标服务对象满意度指标群众满意度≥90%
";

#[test]
fn run_together_application_form_fields_each_go_to_their_own_field() {
    let f = parse(RUN_TOGETHER_FORM);
    assert_eq!(f.projects.len(), 1, "{}", show(&f));
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("村级道路维护"), "{}", show(&f));
    // 主管部门编码 (left empty) ends the department; 项目单位 is the implementing unit,
    // and the 项目负责人 after it is a form line of its own.
    assert_eq!(p.department.as_deref(), Some("青石镇"), "{}", show(&f));
    assert_eq!(p.implementing_unit.as_deref(), Some("青石镇农业服务中心"), "{}", show(&f));
    // "资金总额及构成 | 总额" is the total; the 上级财政资金 split inside 财政拨款's
    // brackets is not a second 财政拨款.
    let annual = p.funds.annual.as_ref().expect("annual funds");
    assert_eq!(annual.total, Some(520.5), "{}", show(&f));
    assert_eq!(annual.fiscal, Some(400.5), "{}", show(&f));
    // The narrative blocks are kept as printed, each under its own label.
    assert_eq!(p.extra.get("项目概况").map(String::as_str), Some("维护全镇村级道路30公里"));
    assert_eq!(p.extra.get("项目立项的依据").map(String::as_str), Some("县交通规划"));
    assert_eq!(p.extra.get("项目申报的必要性").map(String::as_str), Some("保障群众出行"));
    assert_eq!(p.extra.get("联系电话").map(String::as_str), Some("13800001111"));
    assert!(p.extra.get("项目起止时间").is_some_and(|v| v.starts_with("2022")), "{:?}", p.extra);
    let names: Vec<&str> = all(&f).iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["道路维护里程", "验收合格率", "群众满意度"], "{}", show(&f));
}

/// 重庆's 项目支出绩效目标审批表 cut at spaces (a web page's text): 业务主管部门 beside
/// 建设周期, 项目分类 beside the name, 当年年度预算 and "其中:其它资金".
const APPROVAL_FORM: &str = "2024年某乡便民桥建设项目支出绩效目标审批表
(   2024年度)
预算单位: 某县某乡人民政府

金额单位:万元
项目名称 2024年某乡便民桥建设项目 项目分类 资产资源类--构筑物类
建设周期 2024年3月-2024年11月 业务主管部门 县交通局
实施单位 某乡 项目负责人 李四 联系电话 13900002222
项目审批 县交通局《关于下达2024年度便民桥项目计划的通知》
项目总体概况 新建便民桥1座,长12米,宽4米。
年度主要目标和成果 新建便民桥1座,方便两岸群众出行。
项目总预算 48 财政资金预算分类 一般公共预算
当年年度预算 48
其中:财政资金 40 财政资金科目代码 21406
其中:其它资金 8
年度绩效目标(90分) 一级指标 二级指标 三级指标 指标值 分值 指标解释
成本指标(0-20)分 经济成本指标 便民桥建设成本 ≤48万元 10
产出指标(40-50)分 数量指标 新建便民桥数量 =1座 20
质量指标 工程验收合格率 100% 20
效益指标(20-30)分 社会效益指标 受益群众人数 ≥800人 20
满意度指标(10)分 服务对象满意度指标 群众满意度 ≥95% 10
";

#[test]
fn approval_form_fields_are_read_by_their_own_labels() {
    let f = parse(APPROVAL_FORM);
    assert_eq!(f.projects.len(), 1, "{}", show(&f));
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("2024年某乡便民桥建设项目"), "{}", show(&f));
    assert_eq!(p.department.as_deref(), Some("县交通局"), "{}", show(&f));
    assert_eq!(p.implementing_unit.as_deref(), Some("某乡"), "{}", show(&f));
    let annual = p.funds.annual.as_ref().expect("annual funds");
    assert_eq!((annual.total, annual.fiscal, annual.other), (Some(48.0), Some(40.0), Some(8.0)), "{}", show(&f));
    assert_eq!(p.extra.get("项目分类").map(String::as_str), Some("资产资源类--构筑物类"));
    assert_eq!(p.extra.get("建设周期").map(String::as_str), Some("2024年3月-2024年11月"));
    assert_eq!(p.extra.get("财政资金科目代码").map(String::as_str), Some("21406"));
    // The matrix's caption "年度绩效目标(90分)" is no second goal taking the 一级 label
    // under it.
    assert_eq!(p.goals.annual.as_deref(), Some("新建便民桥1座,方便两岸群众出行。"), "{}", show(&f));
    assert_eq!(all(&f).len(), 5, "{}", show(&f));
}

/// A 湖北 web page, one cell per paragraph: the label "主管部门及编码" wrapped onto two
/// lines, and the matrix captioned "绩效项目指标表" on a line of its own under the goals.
const ONE_CELL_PER_LINE_FORM: &str = "项目支出绩效目标表

项目名称

社区图书室设备购置

主管部门

及编码

[021003]某区文化和旅游局

实施单位

某区图书馆

项目资金

资金总额

36万元

其中:财政拨款

36万元

年度目标

完成12个社区图书室设备购置

绩效项目指标表

一级指标

二级指标

三级指标

指标值

产出指标

数量指标

购置图书室数量

12个

满意度指标

服务对象满意度指标

读者满意度

≥90%
";

#[test]
fn wrapped_department_and_code_label_and_a_captioned_matrix() {
    let f = parse(ONE_CELL_PER_LINE_FORM);
    assert_eq!(f.projects.len(), 1, "{}", show(&f));
    let p = &f.projects[0];
    assert_eq!(p.department.as_deref(), Some("某区文化和旅游局"), "{}", show(&f));
    assert_eq!(p.department_code.as_deref(), Some("021003"), "{}", show(&f));
    // The caption is not a piece of the goal above it.
    assert_eq!(p.goals.annual.as_deref(), Some("完成12个社区图书室设备购置"), "{}", show(&f));
    assert_eq!(all(&f).len(), 2, "{}", show(&f));
}

/// (period, name, value) of every indicator.
fn by_period(f: &jixiao::Filing) -> Vec<(Option<String>, String, String)> {
    all(f).iter().map(|i| (i.period.map(|p| p.as_str().to_string()), i.name.clone(), i.value.clone())).collect()
}

/// A 申报表 prints its 长期 and 年度 indicators as two matrices, one under the other,
/// each under its caption: the caption gives the period (the two were one list, every
/// name a duplicate).
#[test]
fn captioned_long_term_and_annual_matrices_give_each_indicator_its_period() {
    let matrix = |caption: &str, km: &str, sep: &str| {
        format!(
            "{caption}{sep}一级指标\t二级指标\t指标内容\t指标值\t备注\n产出指标\t数量指标\t维护道路里程\t{km}公里\t\n满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t\n"
        )
    };
    let head = "项目名称\t村级道路维护\n主管部门\t青石镇\n";
    let expected = vec![
        (Some("midterm".to_string()), "维护道路里程".to_string(), "90公里".to_string()),
        (Some("midterm".to_string()), "群众满意度".to_string(), "≥90%".to_string()),
        (Some("annual".to_string()), "维护道路里程".to_string(), "30公里".to_string()),
        (Some("annual".to_string()), "群众满意度".to_string(), "≥90%".to_string()),
    ];
    // The caption on a line of its own above each header.
    let own_line = format!("{head}{}{}", matrix("长期绩效指标", "90", "\n"), matrix("年度绩效指标", "30", "\n"));
    let f = parse(&own_line);
    assert_eq!(by_period(&f), expected, "{}", show(&f));
    assert!(f.diagnostics.iter().all(|d| d.code != "T006"), "{}", show(&f));
    // Run together with no separators (a doc-sharing page's 文档简介).
    let glued = "项目绩效目标表项目名称村级道路维护主管部门青石镇项目单位青石镇农业服务中心长期绩效指标一级指标二级指标指标内容指标值备注产出指标数量指标维护道路里程90公里满意度指标服务对象满意度指标群众满意度≥90%年度绩效指标一级指标二级指标指标内容指标值备注产出指标数量指标维护道路里程30公里满意度指标服务对象满意度指标群众满意度≥90%\n";
    let f = parse(glued);
    assert_eq!(by_period(&f), expected, "{}", show(&f));
}

/// "年度绩效指标" alone over a single-period table names no period: its indicators
/// stay without one, as every single-period table's.
#[test]
fn a_lone_annual_caption_sets_no_period() {
    let text = "项目名称\t村级道路维护\n主管部门\t青石镇\n年度绩效指标\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t维护道路里程\t30公里\n";
    let f = parse(text);
    assert_eq!(by_period(&f), vec![(None, "维护道路里程".to_string(), "30公里".to_string())], "{}", show(&f));
}

/// A 兵团/88号-style 申报表 flattened with "|" (a government page): the year's amounts
/// under 年度资金申请总额 / 其中:当年财政拨款, and the goals' heads (项目总目标 |
/// 年度总体目标) on the label's row, their texts on the next row one column left.
const PIPE_FORM: &str = "某团设施农业补助资金绩效目标申报表 | ||||||
项目名称 | 某团温室大棚改造项目 | |||||
主管部门 | 农业农村局 | 实施单位 | 某团农业发展服务中心 | |||
项目属性 | 补助资金 | 项目期 | 2年 | |||
资金情况 (万元) | 项目资金总额: | 800 | 年度资金申请总额 | 500 | ||
其中:财政资金 | 800 | 其中:当年财政拨款 | 450 | |||
上年结转资金 | ||||||
其他资金 | 其他资金 | |||||
项目绩效目标 | 项目总目标 | 年度总体目标 | ||||
改造温室大棚40座。 | 当年完成25座大棚改造。 | |||||
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | ||
产出指标 | 数量指标 | 改造大棚数量 | 25座 | |||
满意度指标 | 服务对象满意度指标 | 种植户满意度 | ≥95% | |||
";

#[test]
fn pipe_form_reads_the_years_amounts_and_both_goals() {
    let f = parse(PIPE_FORM);
    assert_eq!(f.projects.len(), 1, "{}", show(&f));
    let p = &f.projects[0];
    let annual = p.funds.annual.as_ref().expect("annual funds");
    assert_eq!((annual.total, annual.fiscal), (Some(500.0), Some(450.0)), "{}", show(&f));
    assert_eq!(p.goals.midterm.as_deref(), Some("改造温室大棚40座。"), "{}", show(&f));
    assert_eq!(p.goals.annual.as_deref(), Some("当年完成25座大棚改造。"), "{}", show(&f));
    assert_eq!(all(&f).len(), 2, "{}", show(&f));
}

/// An item number in brackets before a funds label ("(二)自有资金小计"): the label's
/// own characters are counted after it, so its text is not cut one character in.
#[test]
fn numbered_funds_label_keeps_its_text_whole() {
    let text = "项目名称\t敬老院护理补贴\n预算单位\t某区民政局\n项目资金(万元)\t年度资金总额\n(一)财政拨款小计\t12.50\n(二)自有资金小计\t0.00\n年度目标\t补贴敬老院护理人员\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t补贴人数\t25人\n";
    let f = parse(text);
    let p = &f.projects[0];
    assert!(p.extra.get("自有资金").is_none_or(|v| !v.starts_with("有资金")), "{:?}", p.extra);
    assert_eq!(p.funds.annual.as_ref().and_then(|a| a.fiscal), Some(12.5), "{}", show(&f));
}
