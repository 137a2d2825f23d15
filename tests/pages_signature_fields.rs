//! A city 项目支出绩效目标申报表 copied from a government web page (湖南 shape: one
//! cell per line, each closed by a pipe), ending with its signature line "填表人: 某
//! 联系电话:… 填报日期: 单位负责人签字:" and the page's "扫一扫在手机打开当前页".
//! The empty 填报日期 was read as part of the phone number before it ("139… 填报日期:"),
//! and the page's control text was left as an unplaced cell. Fixture synthetic (own
//! names and numbers) in that shape.

#[path = "common/families.rs"]
mod families;
use families::{expect, parse, rows, s005, show};

const PAGE: &str = "某市园林绿化中心2024年行道树修剪服务项目支出绩效目标申报表
2024年项目支出绩效目标申报表
|
填报单位:(盖章) 单位:万元 |
|
项目支出名称 |
行道树修剪服务 |
预算部门 |
某市园林绿化中心 |
|
年度本级 预算金额 |
80万 |
|
本年度绩效目标 |
完成主城区行道树修剪,保障道路通行安全 |
|
本年度 绩效指标 |
一级指标 |
二级指标 |
三级指标 |
指标值及单位 |
绩效标准 |
|
产出指标 |
数量指标 |
修剪行道树数量 |
≥6000株 |
计划标准 |
|
满意度指标 |
服务对象满意度指标 |
市民满意度 |
≥90% |
计划标准 |
|
填表人: 李某 联系电话:13900002222 填报日期: 单位负责人签字:
扫一扫在手机打开当前页
";

#[test]
fn an_empty_signature_field_ends_the_field_before_it() {
    let f = parse(PAGE);
    let p = &f.projects[0];
    assert_eq!(p.extra.get("联系电话").map(String::as_str), Some("13900002222"), "{:?}\n{}", p.extra, show(&f));
    assert_eq!(p.extra.get("填表人").map(String::as_str), Some("李某"), "{:?}", p.extra);
    assert_eq!(
        rows(&f),
        expect(&[("产出指标", "数量指标", "修剪行道树数量", "≥6000株"), ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%")]),
        "{}",
        show(&f)
    );
}

#[test]
fn the_page_s_scan_to_phone_control_is_no_cell() {
    let f = parse(PAGE);
    assert!(s005(&f).iter().all(|s| !s.contains("扫一扫")), "{}", show(&f));
}
