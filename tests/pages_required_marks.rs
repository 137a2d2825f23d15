//! 宁夏 批复表 print a mark after every level label a filing must fill ("数量指标(必填硬性
//! 指标)", "时效指标(必填)"); on web pages the table comes one cell per paragraph. The
//! marked labels were not read as labels, so the stream took them for names and values
//! and every row shifted. Fixture synthetic (own names and numbers) in that shape.

#[path = "common/families.rs"]
mod families;
use families::{parse, show};

#[test]
fn marked_labels_in_a_paragraph_stream() {
    let f = parse(
        "\
某县文化馆2022年项目绩效目标批复表

项目名称

乡村文化活动补助

一级指标

二级指标

三级指标

指标值

   产出指标

    数量指标(必填硬性指标)

     送戏下乡场次

≥40场

    时效指标(必填)

     活动完成时间

2022年12月31日前

   效益指标

    社会效益指标(必填)

     群众文化生活改善情况

明显改善

   满意度指标

    服务对象满意度指标(必填)

     观众满意度

≥90%
",
    );
    let p = &f.projects[0];
    let got: Vec<(&str, &str, &str, &str)> =
        p.indicators.iter().map(|i| (i.level1.as_str(), i.level2.as_str(), i.name.as_str(), i.value.as_str())).collect();
    assert_eq!(
        got,
        vec![
            ("产出指标", "数量指标", "送戏下乡场次", "≥40场"),
            ("产出指标", "时效指标", "活动完成时间", "2022年12月31日前"),
            ("效益指标", "社会效益指标", "群众文化生活改善情况", "明显改善"),
            ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
        ],
        "{}",
        show(&f)
    );
    // The raw label is kept as printed, mark included, as a score band is.
    assert_eq!(p.indicators[1].level2_raw, "时效指标(必填)", "{}", show(&f));
}
