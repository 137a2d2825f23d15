//! 湖南 项目支出绩效目标表 as its pages print it: "指标值内容" (what the value measures)
//! beside 指标值, and 评(扣)分标准 with its bracket closed late ("评(扣分标准)").
//! Unknown, either name left the header unread or its column unplaced. Fixture
//! synthetic (own names and numbers).

#[path = "common/families.rs"]
mod families;
use families::{all, parse, show};

#[test]
fn value_content_and_late_bracket_scoring_columns() {
    let f = parse(
        "某县2024年项目支出绩效目标表\n\
         项目名称\t校舍维修项目\t主管部门\t某县教育局\n\
         一级指标\t二级指标\t三级指标\t指标值\t指标值内容\t评(扣分标准)\t度量单位\t指标值类型\t备注\n\
         产出指标\t数量指标\t维修校舍面积\t1200\t反映维修校舍的面积\t完成得10分,每少100平方米扣1分\t平方米\t定量\t\n\
         \t时效指标\t完工时间\t2024年8月底前\t反映维修完成时间\t按期完成得10分\t\t定量\t\n\
         满意度指标\t服务对象满意度指标\t师生满意度\t90%以上\t反映师生对维修的满意程度\t每降低1%扣1分\t\t定性\t\n",
    );
    let got: Vec<(&str, &str, Option<&str>, Option<&str>)> = all(&f)
        .iter()
        .map(|i| (i.name.as_str(), i.value.as_str(), i.description.as_deref(), i.scoring.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("维修校舍面积", "1200平方米", Some("反映维修校舍的面积"), Some("完成得10分,每少100平方米扣1分")),
            ("完工时间", "2024年8月底前", Some("反映维修完成时间"), Some("按期完成得10分")),
            ("师生满意度", "90%以上", Some("反映师生对维修的满意程度"), Some("每降低1%扣1分")),
        ],
        "{}",
        show(&f)
    );
}
