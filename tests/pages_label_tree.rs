//! 宁夏 批复表 copied from web pages: a header of three column names (项目 / 指标值 /
//! 绩效金额), then one cell per line the budget unit, each project and its amount, its
//! 一级 and 二级 labels (marked "(必填)"), and each 三级 name followed by its value. No
//! 一级指标 / 三级指标 column name, so no table was found at all. Fixture synthetic (own
//! names and numbers) in the shape of such a page.

#[path = "common/families.rs"]
mod families;
use families::{parse, show};

const PAGE: &str = "\
首页 > 财政预决算公开 > 部门预算

某市图书馆2021年项目绩效目标批复表

单位:元

项目

指标值

绩效金额

 某市图书馆

  少儿阅读推广活动

250000

   产出指标

    数量指标(必填硬性指标)

     阅读推广活动场次

≥24场

    时效指标(必填)

     活动完成及时率

100%

   满意度指标

    服务对象满意度指标(必填)

     读者满意度

≥90%

   效益指标

    社会效益指标(必填)

     少儿到馆人次

12000

  古籍修复

80000

   产出指标

    质量指标(必填)

     修复验收合格率

100%

附件下载:

扫一扫
";

fn rows(f: &jixiao::Filing, p: usize) -> Vec<(String, String, String, String)> {
    f.projects[p].indicators.iter().map(|i| (i.level1.clone(), i.level2.clone(), i.name.clone(), i.value.clone())).collect()
}

fn own(v: &[(&str, &str, &str, &str)]) -> Vec<(String, String, String, String)> {
    v.iter().map(|r| (r.0.into(), r.1.into(), r.2.into(), r.3.into())).collect()
}

#[test]
fn tree_of_projects_labels_names_and_values() {
    let f = parse(PAGE);
    assert_eq!(f.projects.len(), 2, "{}", show(&f));
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("少儿阅读推广活动"), "{}", show(&f));
    assert_eq!(p.department.as_deref(), Some("某市图书馆"), "{}", show(&f));
    assert_eq!(p.funds.annual.as_ref().and_then(|a| a.total), Some(250000.0), "{}", show(&f));
    assert_eq!(
        rows(&f, 0),
        own(&[
            ("产出指标", "数量指标", "阅读推广活动场次", "≥24场"),
            ("产出指标", "时效指标", "活动完成及时率", "100%"),
            ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
            // A bare number last under its 一级 is still a value: 产出指标 has been seen
            // in this project, 古籍修复 then opens the next one.
            ("效益指标", "社会效益指标", "少儿到馆人次", "12000"),
        ]),
        "{}",
        show(&f)
    );
    let q = &f.projects[1];
    assert_eq!(q.name.as_deref(), Some("古籍修复"), "{}", show(&f));
    assert_eq!(q.department.as_deref(), Some("某市图书馆"), "{}", show(&f));
    assert_eq!(q.funds.annual.as_ref().and_then(|a| a.total), Some(80000.0), "{}", show(&f));
    assert_eq!(rows(&f, 1), own(&[("产出指标", "质量指标", "修复验收合格率", "100%")]), "{}", show(&f));
}
